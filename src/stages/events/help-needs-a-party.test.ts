import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// The Phoenix verbs' bare "help", "assist", "finance" (CAMEO 06x/07x) code aid or cooperation only when a party does
// them (dictionaries/phoenix/verb-triggers.ts PARTY_HELPER_BARE_GROUPS). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-06-18');
const helped = (text: string) => code(text).filter((e) => (e.event === 'AID' || e.event === 'COOPERATE') && /^(help|assist|financ)/.test(e.evidence.trigger.text));

describe('events: bare helping verbs need a party doer', () => {
  it('should code help a state gives another', () => {
    expect(helped('Malawi helped Zambia rebuild the bridge at Chirundu.').map((e) => e.actor.map((a) => a.code))).toEqual([['MWI']]);
  });
  it('should code a promise of funding by a party', () => {
    expect(code('A Malawian minister said he would fund the new wing of the district school.').some((e) => e.evidence.trigger.text === 'fund')).toBe(true);
  });
  it('should not read an act or a thing that "helped" bring something about as aid', () => {
    expect(helped('A dispute over grazing land helped spark the feud between the two clans.')).toEqual([]);
    expect(helped('Cheap credit helped the ruling party win back several provinces.')).toEqual([]);
  });
  it('should not read help by whoever does it as an act, but should read a passive whose "by" phrase names a party', () => {
    expect(helped('Anyone found assisting the smugglers at Mwanza will be prosecuted.')).toEqual([]);
    expect(helped('The clinic in Gulu was financed by Japan.').map((e) => e.actor.map((a) => a.code))).toEqual([['JPN']]);
  });
});
