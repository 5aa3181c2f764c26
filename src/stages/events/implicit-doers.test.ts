import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';
import type { CodedEvent } from '../../core/document.js';

/** Acts only a state does, told without their doer (resources/events/implicit-doers.json). Sentences are our own. */
const code = codeText;
const codes = partyCodes;
const find = (events: CodedEvent[], type: string, mode?: string) => events.find((e) => e.event === type && (mode === undefined || e.mode === mode));

describe('implicit state doers: an arrest, a charge or a release told without its doer', () => {
  it('should make the state of the ones arrested, charged or freed the doer when no place or home country tells it', () => {
    const arrest = find(code('By Wednesday evening 40 Kenyan students had been arrested.'), 'COERCE', 'arrest');
    expect(codes(arrest?.actor)).toBe('KEN');
    expect(arrest?.actor[0]?.sector).toBe('COP');
    // The table changes output without a change of code: the event names its version.
    expect(arrest?.origin.resources.some((r) => r.startsWith('implicit-doers@'))).toBe(true);
    const charged = find(code('Two Ghanaian union organisers were charged with incitement on Monday.'), 'ACCUSE');
    expect(codes(charged?.actor)).toBe('GHA');
    expect(charged?.actor[0]?.sector).toBe('JUD');
  });

  it('should take the doer of a release only from the place of the act, never from the ones freed', () => {
    // A state frees the people it holds, often foreigners or the other side's.
    const swapped = find(code('Forty Georgian prisoners of war were returned on Saturday under a deal brokered by Turkey.'), 'RETREAT', 'release');
    expect(swapped).toBeDefined();
    expect(swapped?.actor ?? []).toEqual([]);
    const fishermen = find(code('Two Vietnamese fishermen held for a year were freed on Monday.'), 'RETREAT', 'release');
    expect(fishermen).toBeDefined();
    expect(fishermen?.actor ?? []).toEqual([]);
    const bailed = find(code('The detained Peruvian farmers were released on bail in Cusco on Thursday.'), 'RETREAT', 'release');
    expect(codes(bailed?.actor)).toBe('PER');
  });

  it('should leave the doer open when soldiers of the state of the place are freed', () => {
    const events = code('Insurgents said they had let go of nine captives. The freed Nigerien soldiers were handed to the Red Cross in Niamey.');
    const freed = events.find((e) => e.event === 'RETREAT' && e.recipient.some((r) => r.sector === 'MIL'));
    expect(freed).toBeDefined();
    expect(freed?.actor ?? []).toEqual([]);
  });

  it('should leave an expulsion from a party, club or school to that organisation', () => {
    const expelled = find(code('The governing party\'s senator was expelled from the party on Friday after he attacked President Hichilema in Lusaka.'), 'SANCTION', 'expel');
    expect(expelled).toBeDefined();
    expect(expelled?.actor ?? []).toEqual([]);
  });

  it('should take a place only from the act\'s own clause, not from a relative clause on its subject', () => {
    const events = code('Ugandan police raided two radio stations in Kampala on Monday. Uganda\'s government defended the raids. ' +
      'A reporter who had covered the fighting in South Sudan was charged with treason on Wednesday.');
    expect(codes(find(events, 'ACCUSE')?.actor)).toBe('UGA');
  });

  it('should leave the doer of a sports sanction open', () => {
    const banned = find(code('A leading Ghanaian sprinter was banned for two years on Thursday after failing a doping test.'), 'COERCE');
    expect(banned).toBeDefined();
    expect(banned?.actor ?? []).toEqual([]);
    const charged = find(code('The Nigerian footballer was suspended by his club and charged with misconduct.'), 'ACCUSE');
    expect(charged).toBeDefined();
    expect(charged?.actor ?? []).toEqual([]);
  });

  it('should take the country the article is about before the nationality of the one acted on', () => {
    const events = code('Thai police broke up a rally in Bangkok on Monday. Thailand has banned gatherings of more than five people. ' +
      'Officials in Thailand said the rally was illegal. On Tuesday a British tourist was arrested near the protest site.');
    expect(codes(find(events, 'COERCE', 'arrest')?.actor)).toBe('THA');
  });

  it('should leave the doer open for acts of violence and for freed hostages', () => {
    const killed = find(code('Three Kenyan students were killed on Tuesday.'), 'ASSAULT');
    expect(killed?.actor ?? []).toEqual([]);
    const hostages = find(code('Two Kenyan hostages were freed on Friday.'), 'RETREAT', 'release');
    expect(hostages?.actor ?? []).toEqual([]);
  });

  it('should leave an active verb whose subject is named to that subject', () => {
    const arrest = find(code('They arrested two Kenyan students on Tuesday.'), 'COERCE', 'arrest');
    expect(arrest?.actor ?? []).toEqual([]);
  });
});

describe('implicit state doers: an arrest, an investigation or a coup told with no one it is done to', () => {
  // Three sentences that make Zambia the country the article is about; the last sentence names no place.
  const story = 'Zambian police dispersed a march in Lusaka on Monday. Zambia\'s government called the march unlawful. Officials in Zambia said order had been restored.';

  it('should make the authority of the country the article is about the doer of an arrest or an investigation told alone', () => {
    const arrest = find(code(`${story} Arrests were made overnight.`), 'COERCE', 'arrest');
    expect(codes(arrest?.actor)).toBe('ZMB');
    expect(arrest?.actor[0]?.sector).toBe('COP');
    const inquiry = find(code(`${story} An investigation has been opened into the violence.`), 'ACCUSE', 'investigate');
    expect(codes(inquiry?.actor)).toBe('ZMB');
    expect(inquiry?.actor[0]?.sector).toBe('JUD');
  });

  it('should make a coup the act of the military of the state it happened in', () => {
    const coup = find(code(`${story} The constitution was suspended after a coup in 1991.`), 'COERCE');
    expect(codes(coup?.actor)).toBe('ZMB');
    expect(coup?.actor[0]?.sector).toBe('MIL');
  });

  it('should code no act for a standing condition or for people named by an act told elsewhere', () => {
    expect(find(code(`${story} Both complaints remain under investigation.`), 'ACCUSE', 'investigate')).toBeUndefined();
    expect(find(code(`${story} Nineteen of those detained were later freed on bail.`), 'COERCE', 'arrest')).toBeUndefined();
  });
});
