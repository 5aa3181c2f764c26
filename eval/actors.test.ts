import { describe, expect, it } from 'vitest';
import { codeMatches, evaluateActors, formatActorsMarkdown, locate, normaliseSector, type GoldRecord } from './actors.js';

describe('actors scorer', () => {
  it.each([
    ['JAP', 'JPN', true], ['ITL', 'ITA', true], ['IGO', 'UNO', true], ['IGO', 'NGO', true], ['USA', 'USA', true], ['USA', 'GBR', false], ['USA', null, false],
  ] as const)('should score gold %s against ours %s as %s', (gold, ours, ok) => {
    expect(codeMatches(gold, ours)).toBe(ok);
  });

  it.each([['CVLalb', 'CVL'], ['CIV', 'CVL'], ['***', null], [null, null], ['GOV', 'GOV']] as const)('should normalise sector %s to %s', (raw, expected) => {
    expect(normaliseSector(raw)).toBe(expected);
  });

  it('should locate a gold text with an ellipsis by its first part', () => {
    const text = 'Rioters set fire to a prison in Kisumu as crowds marched outside.';
    expect(locate(text, 'Rioters in Kisumu')).toEqual({ start: 0, end: 7 });
  });

  it('should count correct codes, sectors and coverage on hand-made records', () => {
    const records: GoldRecord[] = [
      { id: 'r1', text: 'The Kenyan parliament voted on Friday to recall its ambassador from Uganda.',
        source: [{ text: 'Kenyan parliament', code: 'KEN', sector: 'LEG' }], target: [{ text: 'Uganda', code: 'UGA', sector: null }] },
      { id: 'r2', text: 'Mysterious gunmen attacked a convoy.',
        source: [{ text: 'Mysterious gunmen', code: 'XXX', sector: 'UAF' }], target: [] },
    ];
    const result = evaluateActors(records);
    expect(result.sourceCountry).toEqual({ accuracy: 0.5, n: 2, correct: 1 });
    expect(result.targetCountry).toEqual({ accuracy: 1, n: 1, correct: 1 });
    expect(result.sector.n).toBe(2);
    // "Mysterious gunmen" is a group noun with sector UAF (src/stages/actors/14-group-nouns.ts), though no country.
    expect(result.sector.correct).toBe(2);
    expect(result.misses.map((m) => m.id)).toEqual(['r2']);
    expect(formatActorsMarkdown(result)).toContain('| source country | 50.0% | 1/2 |');
  });
});
