import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// A release told by a count of people named only before ("twelve of them", "twelve of the arrested"): the released are
// that group, never the police who held them. Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-06-18');
const released = (text: string) => code(text).filter((e) => e.event === 'RETREAT' && e.mode === 'release');

describe('events: a release of a part of a group named before (RETREAT release)', () => {
  it('should give the release the group "them" stands for as its recipient', () => {
    const [release] = released('Riot police in Arequipa detained 35 students on Monday. Twelve of them were released on Tuesday.');
    expect(release?.recipient.map((r) => r.sector)).toEqual(['EDU']);
  });
  it('should read "of the arrested" as the people arrested, not the police who arrested them', () => {
    const [release] = released('Riot police in Arequipa detained 35 students on Monday. Twelve of the arrested were released on Tuesday.');
    expect(release?.recipient.map((r) => r.text)).toEqual(['students']);
    expect(release?.recipient.some((r) => r.sector === 'COP')).toBe(false);
  });
  it('should read the group by its head noun, not a place named after it', () => {
    // The place follows the counted group inside the same phrase: the group's noun, not the place, says it is plural.
    const [release] = released('Gendarmes arrested 28 traders in Kayes on Friday. Ten of the arrested were released on Sunday.');
    expect(release?.recipient.map((r) => r.text)).toEqual(['traders in Kayes']);
  });
  it('should let soldiers who were themselves taken be the ones released, never their captors', () => {
    const [release] = released('Insurgents abducted eight soldiers near the border last week. Three of the abducted were released on Tuesday.');
    expect(release?.recipient.map((r) => r.text)).toEqual(['soldiers']);
  });
});

// A release told in the passive with no one named doing it is done by whoever held the people (index.ts holderReleases).
describe('events: a release with no doer named is by the holder told before (RETREAT release)', () => {
  it('should give the release the doers of the detention told before it', () => {
    const [release] = released('Gendarmes arrested 14 cocoa farmers near Daloa on Monday. Eleven of them were released on Wednesday.');
    expect(release?.actor.map((a) => a.sector)).toEqual(['COP']);
    expect(release?.actor.map((a) => a.code)).toEqual(['CIV']);
  });
  it('should give the release the abductors and the captive of an abduction told before it', () => {
    const [release] = released('Bandits kidnapped a parish priest near Zuru on Saturday. He was released on Thursday once a ransom had been paid.');
    expect(release?.actor.map((a) => a.text)).toEqual(['Bandits']);
    expect(release?.recipient.map((r) => r.sector)).toEqual(['REL']);
  });
  it('should not give the release the doers of an abduction told only after it', () => {
    const events = released('A parish priest was freed near Zuru on Thursday. Bandits had abducted him near Zuru on Saturday.');
    expect(events.flatMap((e) => e.actor.map((a) => a.text))).not.toContain('Bandits');
  });
});
