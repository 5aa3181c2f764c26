import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Acts no rule read at m31 (w2a; triggers.json -w2a, role-words.json -w2a): roads and bridges a state body closes,
// civilians gathering for a cause the sentence tells, exercises an armed force holds, and acts counted by a short span
// ("a week of exercises"). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-03-12');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: roads, bridges and checkpoints a state body closes (COERCE restrict)', () => {
  it('should code a bridge or a road closed or shut by officials or soldiers', () => {
    expect(types('Port officials in Tilbury closed the Kennet Bridge to lorries on Thursday.')).toEqual(['COERCE/restrict']);
    expect(types('Villagers said Malian soldiers had shut the main road linking Douentza to Boni.')).toContain('COERCE/restrict');
  });
  it('should not code a road closed for upkeep or by no state body', () => {
    expect(types('The county council closed the Kennet Bridge for repairs on Thursday.')).toEqual([]);
    expect(types('A rockfall closed the main road linking Douentza to Boni on Thursday.')).toEqual([]);
  });
});

describe('events: civilians gathering for a cause the sentence tells (PROTEST demo)', () => {
  it('should code residents gathered in support of others', () => {
    expect(types('About 70 residents gathered outside the town hall in Tromso on Friday in support of the nurses.')).toEqual(['PROTEST/demo']);
  });
  it('should not code a gathering with no cause, or soldiers gathering', () => {
    expect(types('Residents of Tromso gathered at the harbour for the midsummer festival on Friday.')).toEqual([]);
    expect(types('Residents of Tromso gathered outside the town hall on Friday.')).toEqual([]);
    expect(types('Norwegian soldiers gathered at the base in support of the exercise on Friday.')).not.toContain('PROTEST/demo');
  });
});

describe('events: exercises and drills an armed force holds, counted by a short span (MOBILIZE)', () => {
  it('should code exercises an army starts, also told as "a week of" or "three days of" them', () => {
    expect(types('The Bolivian army started a week of exercises near the Peruvian border on Monday.')).toEqual(['MOBILIZE/troops']);
    expect(types('The Chilean navy began three days of drills off Valparaiso on Monday.')).toEqual(['MOBILIZE/troops']);
  });
  it('should give the span-counted exercise its doer', () => {
    const [event] = code('Bolivian troops started a week of exercises on Monday.');
    expect(event?.actor.map((a) => a.code)).toEqual(['BOL']);
  });
  it('should not code exercises no armed force holds', () => {
    expect(types('Pupils in Sucre started a week of exercises on Monday.')).toEqual([]);
    expect(types('The bank began three days of drills for its staff on Monday.')).toEqual([]);
  });
});

describe('events: what sparks or triggers an act does not do it (role-words.json causeVerbs)', () => {
  it('should give a protest sparked by shortages no doer from the shortages', () => {
    const events = code('In May 2019, fuel shortages sparked days of protests across Oruro.').filter((e) => e.event === 'PROTEST');
    expect(events).toHaveLength(1);
    expect(events[0]!.actor.map((a) => a.text)).not.toContain('fuel shortages');
  });
  it('should still give a protest staged by miners the miners as its doers', () => {
    const events = code('In May 2019, miners staged days of protests across Oruro.').filter((e) => e.event === 'PROTEST');
    expect(events[0]?.actor.map((a) => a.text).join(' ')).toContain('miners');
  });
});
