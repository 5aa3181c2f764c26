import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * The other side of an act of one state's own parties at home, named with no state, is of that state
 * (infer-party-codes.ts ownStateCounterpart); titles of state offices the lexicons know (offices.json, group-nouns.json).
 * Sentences are our own.
 */

const code = (text: string): CodedEvent[] => codeText(text, '2023-09-12');
/** The event of `type` coded from `text`, which must be there for the test to say anything. */
function eventOf(text: string, type: string): CodedEvent {
  const event = code(text).find((e) => e.event === type);
  expect(event, `${type} in ${JSON.stringify(text)}`).toBeDefined();
  return event!;
}

describe('events: the other side of one state\'s own act at home is of that state', () => {
  // A story that names three states gives no home country: only the act's own side says whose the office is.
  const lead = 'Zambia, Malawi and Mozambique signed a rail accord on Monday. ';

  it('should give an uncoded office urged by a coded official that official\'s state', () => {
    const event = eventOf(`${lead}Zambian city treasurer Chanda Mwila urged the finance minister to release the grant on Wednesday.`, 'REQUEST');
    expect(event.recipient.map((p) => p.code)).toEqual(['ZMB']);
  });

  it('should give uncoded residents the state of the government they accuse', () => {
    const event = eventOf(`${lead}Residents accused the Malawian government of neglect on Friday.`, 'ACCUSE');
    expect(event.actor.map((p) => p.code)).toEqual(['MWI']);
  });

  it('should not give the people an army detains the army\'s state: armies act across borders', () => {
    const event = eventOf(`${lead}Zambian soldiers detained nine men on Friday.`, 'COERCE');
    expect(event.recipient.map((p) => p.code)).not.toContain('ZMB');
  });

  it('should leave the office uncoded when the sentence names another state', () => {
    const event = eventOf(`${lead}Zambian deputy mayor Chanda Mwila asked the prime minister to raise the matter with Malawi.`, 'REQUEST');
    expect(event.recipient.map((p) => p.code)).not.toContain('ZMB');
  });

  it('should leave an envoy uncoded: envoys serve abroad', () => {
    const event = eventOf(`${lead}Zambian deputy mayor Chanda Mwila accused the ambassador of lying on Wednesday.`, 'ACCUSE');
    expect(event.recipient.map((p) => p.code)).not.toContain('ZMB');
  });

  it('should not give an office the state of the envoy it summons', () => {
    const event = eventOf(`${lead}The foreign ministry summoned the envoy of Malawi on Wednesday.`, 'ACCUSE');
    expect(event.actor.map((p) => p.code)).not.toContain('MWI');
  });

  it('should not give rulers named by an outsider\'s label ("the junta") the state of the official who names them', () => {
    const event = eventOf(`${lead}Zambian president Mulenga Banda urged the junta to hold elections on Wednesday.`, 'REQUEST');
    expect(event.recipient.map((p) => p.code)).not.toContain('ZMB');
  });

  it('should leave the other side of talks uncoded: talks cross borders', () => {
    const event = eventOf(`${lead}Zambian deputy mayor Chanda Mwila met the prime minister on Wednesday.`, 'CONSULT');
    expect(event.recipient.map((p) => p.code)).not.toContain('ZMB');
  });
});

describe('actors: titles of state offices', () => {
  it('should code a governor named with the abbreviated title as the state\'s', () => {
    const event = eventOf('Ghanaian farmers blocked the Tamale road on Monday. Gov. Kwame Asante imposed a curfew on the district on Tuesday.', 'COERCE');
    expect(event.actor.map((p) => [p.code, p.sector])).toEqual([['GHA', 'GOV']]);
  });

  it('should take a prefect for an office of the state, not a civilian', () => {
    const event = eventOf('Gunmen attacked a gendarmerie post near Bouake in Ivory Coast on Sunday. The Prefect condemned the attack on Monday.', 'ACCUSE');
    expect(event.actor.map((p) => [p.code, p.sector])).toEqual([['CIV', 'GOV']]);
  });
});
