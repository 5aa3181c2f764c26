import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// An act's size as an analyst reads it: the people it was done to, however the text counts them.
// Every sentence here was written for this file.


const code = (text: string, published = '2024-05-03'): CodedEvent[] => codeText(text, published);

const sizeOf = (events: CodedEvent[], type: string) => events.find((e) => e.event === type)?.size as Record<string, { value: number } | undefined> | undefined;

describe('events: the size of a sanction', () => {
  it.each([
    ['Seven fishermen were fined by a magistrate in Mangochi for using banned nets.', 7],
    ['Two former guards were sentenced to 20 years in jail by a tribunal in Bamenda.', 2],
  ])('%j counts those punished', (text, persons) => {
    expect(sizeOf(code(text), 'SANCTION')?.persons?.value).toBe(persons);
  });
});

describe('events: a person named with a count of others', () => {
  it('counts the named person among those arrested', () => {
    expect(sizeOf(code('Police in Eldoret arrested Okoth and 12 others on Friday, a police spokesman said.'), 'COERCE')?.arrested?.value).toBe(13);
  });
  it('does not count the day or place named before "and" a count of others', () => {
    // "Saturday" is when the ranger was shot, not one of the wounded.
    expect(sizeOf(code('Raiders shot a ranger near the gate on Saturday and five others were wounded.'), 'ASSAULT')).toEqual({
      injured: { value: 5, qualifier: 'exact', text: 'five', start: 52, end: 56 },
    });
  });
});

describe('events: one person named as killed or wounded', () => {
  it.each([
    ['Gunmen killed Grace Phiri outside her shop in Lilongwe on Friday.', 'dead'],
    ['Daniel Banda was shot dead by unknown men in Zomba on Sunday.', 'dead'],
    ['Gunmen wounded Chief Joseph Mwale outside his home in Dedza on Monday.', 'injured'],
  ])('%j counts one', (text, key) => {
    expect(sizeOf(code(text), 'ASSAULT')?.[key]?.value).toBe(1);
  });
  it('does not count the named doer as a victim', () => {
    // The whole size: the two shot are persons, and the shooter adds no one dead or hurt.
    expect(sizeOf(code('Police said Grace Phiri had shot two intruders at her farm near Lilongwe on Friday.'), 'ASSAULT')).toEqual({
      persons: { value: 2, qualifier: 'exact', text: 'two', start: 33, end: 36 },
    });
  });
});

describe('events: a release of "all of them" counts the group told before', () => {
  const releaseOf = (events: CodedEvent[]) => events.find((e) => e.event === 'RETREAT' && e.mode === 'release')?.size as Record<string, { value: number } | undefined> | undefined;
  it.each([
    ['Eleven activists were arrested by gendarmes in Sokode last week. All of them were freed by a judge on Thursday, their lawyer said.', 11],
    ['Soldiers held 9 herders near Vidin on Friday, a spokesman said. All of the herders were freed on Sunday.', 9],
  ])('%j', (text, persons) => {
    expect(releaseOf(code(text))?.persons?.value).toBe(persons);
  });
  it('does not give the whole count to the rest of the group', () => {
    const events = code('Gendarmes arrested 11 activists in Sokode on Monday. Two of them face charges, but all the others were released on Wednesday.');
    // The release is coded, done to "all the others", and takes no size from the 11 held.
    expect(events.some((e) => e.event === 'RETREAT' && e.mode === 'release')).toBe(true);
    expect(releaseOf(events)?.persons).toBeUndefined();
  });
  it('does not take a protest\'s crowd as the count of those arrested after it', () => {
    const events = code('Some 3,000 dockworkers rallied outside the port authority in Mombasa on Friday. The next day officers detained all the strike organisers.');
    expect(sizeOf(events, 'PROTEST')?.persons?.value).toBe(3000);
    expect(events.some((e) => e.event === 'COERCE' && e.mode === 'arrest')).toBe(true);
    expect(sizeOf(events, 'COERCE')?.arrested).toBeUndefined();
  });
});

describe('events: an age is no count', () => {
  it('sizes the arrest of a person told with an age as one', () => {
    expect(sizeOf(code('Police in Pleven arrested Stoyan Dimitrov, 58, on Thursday.'), 'COERCE')?.arrested?.value).toBe(1);
  });
});

describe('events: the size of a protest told beside another act', () => {
  it('counts the protesters whose demand names a release', () => {
    const events = code('On Sunday some 45 wives of sailors barricaded the jetty at Kilifi, pressing for the release of the crew.');
    expect(sizeOf(events, 'PROTEST')?.persons?.value).toBe(45);
  });
  it('gives the protesters\' count to the protest, not to an arrest already counted', () => {
    const events = code('Three men were arrested in Kilifi on Sunday after roughly 60 traders barricaded the highway with their stalls, halting lorries for an hour.');
    expect(sizeOf(events, 'COERCE')).toMatchObject({ arrested: { value: 3 } });
    expect(sizeOf(events, 'COERCE')?.persons).toBeUndefined();
    expect(sizeOf(events, 'PROTEST')?.persons?.value).toBe(60);
  });
});
