import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Acts no rule read at m31 (w2a; triggers.json -w2a, role-words.json -w2a), as kept after review (r33): roads and
// bridges a state body closes, civilians gathering for a cause of their own "in" phrase, exercises an armed force holds,
// and acts counted by a short span ("ten days of exercises"). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-03-12');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: roads, bridges and ports a state body closes (COERCE restrict)', () => {
  it('should code a highway or a port closed or shut by officials or soldiers', () => {
    expect(types('Harbour officials in Kismayo closed the ferry port to all lorries from Tuesday.')).toEqual(['COERCE/restrict']);
    expect(types('The army shut the coastal highway near Gao on Sunday, traders said.')).toContain('COERCE/restrict');
  });
  it('should not code a road closed for upkeep, for the weather or by no state body', () => {
    expect(types('The county council closed the Ashby Bridge for repairs on Thursday.')).toEqual([]);
    expect(types('Harbour officials in Kismayo closed the ferry port on Tuesday because of the cyclone.')).toEqual([]);
    expect(types('A rockfall closed the coastal highway near Gao on Thursday.')).toEqual([]);
  });
  it('should not read a checkpoint closed as movement barred: closing one lifts a control', () => {
    expect(types('The army closed two checkpoints near Gao on Monday, easing travel for traders.')).not.toContain('COERCE/restrict');
  });
});

describe('events: civilians gathering in support of or in solidarity with others (PROTEST demo)', () => {
  it('should code farmers gathered in support of a jailed leader', () => {
    expect(types('A few hundred farmers gathered at the courthouse in Kitale on Monday in support of the jailed union leader.')).toEqual(['PROTEST/demo']);
  });
  it('should not code a gathering with no cause, or soldiers gathering', () => {
    expect(types('Residents of Tromso gathered at the harbour for the midsummer festival on Friday.')).toEqual([]);
    // Outside the town hall with no purpose told, the crowd is there to be seen by it: a protest (recall-gatherings.test.ts).
    expect(types('Residents of Tromso gathered in the square on Friday.')).toEqual([]);
    expect(types('Norwegian soldiers gathered at the base in support of the exercise on Friday.')).not.toContain('PROTEST/demo');
  });
  it('should not take a word of support or a banner elsewhere in the sentence for the gathering\'s cause', () => {
    expect(types('Hundreds of residents gathered in Kitale on Friday to collect food parcels handed out with support from a charity.')).not.toContain('PROTEST/demo');
    expect(types('Thousands of residents gathered at the stadium in Kitale on Sunday, waving banners of the football club.')).not.toContain('PROTEST/demo');
  });
});

describe('events: exercises and drills an armed force holds, counted by a short span (MOBILIZE)', () => {
  it('should code drills a navy begins, also told as "three days of" them', () => {
    expect(types('The Chilean navy began three days of drills off Valparaiso on Monday.')).toEqual(['MOBILIZE/troops']);
    expect(types('Ghanaian soldiers staged a week of drills near Tamale on Monday.')).toEqual(['MOBILIZE/troops']);
  });
  it('should give the span-counted drills their doer', () => {
    const [event] = code('Ghanaian soldiers staged a week of drills near Tamale on Monday.');
    expect(event?.actor.map((a) => a.code)).toEqual(['GHA']);
  });
  it('should not code exercises no armed force holds', () => {
    expect(types('Pupils in Sucre began ten days of exercises on Monday.')).toEqual([]);
    expect(types('The bank began three days of drills for its staff on Monday.')).toEqual([]);
  });
  it('should not code a drill of safety that soldiers or police hold (triggers.json SAFETY_DRILLS)', () => {
    expect(types('Soldiers in Kano held a fire drill at the barracks on Monday.')).toEqual([]);
    expect(types('Police in Kano held an evacuation drill at the airport on Monday.')).toEqual([]);
  });
});

describe('events: what sets off or triggers an act does not do it (role-words.json causeVerbs)', () => {
  it('should give demonstrations set off by a fare rise no doer from the fare rise', () => {
    const events = code('Last August, a rise in bus fares triggered weeks of demonstrations in Cochabamba.').filter((e) => e.event === 'PROTEST');
    expect(events).toHaveLength(1);
    expect(events[0]!.actor.map((a) => a.text).join(' ')).not.toMatch(/fares|rise/);
  });
  it('should still give demonstrations staged by drivers the drivers as their doers', () => {
    const events = code('Last August, bus drivers staged weeks of demonstrations in Cochabamba.').filter((e) => e.event === 'PROTEST');
    expect(events[0]?.actor.map((a) => a.text).join(' ')).toContain('drivers');
  });
});

// h40f: forces positioned at a place (triggers.json rule position), and staple foods handed out (AID_OBJECTS).
describe('events: forces positioned somewhere are deployed (MOBILIZE)', () => {
  it('should code police units or battalions positioned around a site or near a town', () => {
    expect(types('Ugandan police units were positioned around the stadium on Saturday ahead of the final.')).toEqual(['MOBILIZE/troops']);
    expect(types('The Malian army positioned two battalions near Gao on Sunday.')).toContain('MOBILIZE/troops');
  });
  it('should not code a party positioning itself, or forces described as in position while they do another act', () => {
    expect(types('Turkey has positioned itself as a mediator between the two sides.')).toEqual([]);
    expect(types('State forces positioned on the hill ridges exchanged fire with gunmen for three hours.')).not.toContain('MOBILIZE/troops');
  });
});

describe('events: staple foods handed out are aid (AID_OBJECTS)', () => {
  it('should code maize and beans distributed to displaced people', () => {
    const [aid] = code('On Tuesday the World Food Programme began distributing maize and beans to about 3,200 displaced people in Pemba.');
    expect(aid?.event).toBe('AID');
    expect(aid?.actor.map((a) => a.code)).toEqual(['UNO']);
  });
  it('should not code staple foods sold', () => {
    expect(types('Exporters in Kenya sold maize to Uganda on Monday.')).toEqual([]);
  });
});
