import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Verbs the trigger lexicon had no rule for (triggers.json 2026-12-08c, events 295); every sentence written for this file.
const types = (text: string) => codeText(text, '2024-05-08').map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: people seized, snatched or grabbed by irregular armed doers are abducted (TAKEN_PEOPLE)', () => {
  it('should code the taking of people by gunmen, bandits or militants as ASSAULT abduct', () => {
    expect(types('Gunmen seized three aid workers outside Mopti.')).toEqual(['ASSAULT/abduct']);
    expect(types('Bandits grabbed two teachers from a school in Zamfara.')).toEqual(['ASSAULT/abduct']);
    expect(types('Militants snatched a French engineer in Niamey.')).toEqual(['ASSAULT/abduct']);
  });

  it('should leave goods seized, and people a state force seizes, to the other readings', () => {
    expect(types('Gunmen seized a truck near Gao.')).toEqual(['COERCE/seize']);
    expect(types('Police seized three suspects in Accra.')).toEqual(['COERCE/seize']);
  });
});

describe('events: goods impounded, crowds thronging, troops stationed', () => {
  it('should code goods impounded by officials as a seizure', () => {
    expect(types('Customs officers impounded two trucks carrying weapons near the border.')).toEqual(['COERCE/seize']);
  });

  it('should code protesters thronging a place, or people thronging it to demand something, as a protest', () => {
    expect(types('Thousands of traders thronged the streets of Lagos on Monday to demand lower taxes.')).toEqual(['PROTEST/demo']);
    expect(types('Angry demonstrators thronged the square outside the electoral commission in Harare.')).toEqual(['PROTEST/demo']);
    // Fans filling a stadium protest nothing.
    expect(types('Fans thronged the stadium in Accra for the final.')).toEqual([]);
  });

  it('should code troops stationed somewhere as a deployment, and nothing else stationed', () => {
    expect(types('Nigeria stationed 2,000 troops along its border with Chad.')).toEqual(['MOBILIZE/troops']);
    expect(types('The company stationed a repair crew at the dam.')).toEqual([]);
  });
});
