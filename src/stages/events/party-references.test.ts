import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-06-10' });
  coder.code(doc);
  return doc.events;
}
const codes = (list: CodedEvent['actor']) => list.map((p) => [p.code, p.sector]);

describe('events: parties named by reference', () => {
  it('should give the members of "the two armies" the armies\' sector', () => {
    // One paragraph: a later paragraph's first attack would be the lead's clash told again, one event (merge-mentions.ts leadToldAgain).
    const events = code('Bolivian and Chilean troops clashed near the Silala springs on Monday. The two armies exchanged fire for an hour.');
    const exchange = events.find((e) => e.evidence.sentence.text.startsWith('The two armies'));
    expect(exchange && codes(exchange.actor)).toEqual([['BOL', 'MIL'], ['CHL', 'MIL']]);
  });

  it.each([
    ['Kenya and Somalia resumed talks under the auspices of the African Union.', 'CONSULT', [['IGO', null]]],
    ['Ghana and Togo exchanged detainees with mediation from Senegal.', 'RETREAT', [['SEN', 'GOV']]],
    ['Sudan and the rebels reached a truce after mediation by Egypt and Ethiopia.', 'RETREAT', [['EGY', 'GOV'], ['ETH', 'GOV']]],
  ])('should read the mediator a mediation noun names by its own phrase: %s', (text, type, third) => {
    const event = code(text).find((e) => e.event === type && e.mode !== 'third-party');
    expect(event && codes(event.third_party)).toEqual(third);
    expect(event!.recipient.some((p) => third.some(([c]) => c === p.code))).toBe(false);
  });

  it('should give stateless groups the country of a capitalised wire dateline, not of a town its date spells', () => {
    const doc = docFromRaw('MAPUTO, Nov 3 (Reuters) - Gunmen killed four farmers on Sunday, residents said.', 'test.txt', 'text', { published: '2025-11-04' });
    coder.code(doc);
    expect(doc.places.map((p) => [p.text, p.countryCode])).toEqual([['MAPUTO', 'MOZ']]);
    const killing = doc.events.find((e) => e.event === 'ASSAULT');
    expect(killing && [...codes(killing.actor), ...codes(killing.recipient)]).toEqual([['MOZ', 'UAF'], ['MOZ', 'AGR']]);
  });
});

describe('a state\'s adjective as a surname', () => {
  it('is the person, not the state: no Turkey or France among the parties', () => {
    const [call] = code('The UN rights chief Volker Turk called for an end to the executions.');
    expect(call?.event).toBe('REQUEST');
    expect(call!.actor.map((p) => p.code)).not.toContain('TUR');
    const [arrest] = code('Judith French, the police chief, said officers arrested six men in the port.');
    expect([...arrest!.actor, ...arrest!.recipient].map((p) => p.code)).not.toContain('FRA');
  });
});

