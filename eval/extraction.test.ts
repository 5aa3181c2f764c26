import { describe, expect, it } from 'vitest';
import { formatExtractionMarkdown, overlapCounts, scoreText, tokenize, type ExtractionResult } from './extraction.js';

describe('tokenize', () => {
  it.each([
    ['“I appreciate the efforts,” Pashinyan said.', ['i', 'appreciate', 'the', 'efforts', 'pashinyan', 'said']],
    ['U.S.-brokered — ceasefire', ['u.s.-brokered', 'ceasefire']],
    ['  ', []],
  ])('should tokenise %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('scoreText', () => {
  it.each([
    ['should give 1 for a perfect match', 'Baku and Yerevan fought two wars.', 'baku and yerevan fought two wars', 1, 1, 1],
    ['should give 0 for an empty prediction', '', 'Baku and Yerevan fought two wars.', 0, 0, 0],
    ['should give 1 when both are empty', '', '', 1, 1, 1],
    // 3 of 4 predicted tokens are right; 3 of 6 truth tokens are found: P=0.75, R=0.5, F1=0.6.
    ['should score a partial overlap', 'Baku and Yerevan Advertisement', 'Baku and Yerevan fought two wars', 0.75, 0.5, 0.6],
    // "the" twice in the prediction but once in the truth counts once.
    ['should count repeated tokens with multiplicity', 'the the talks', 'the talks', 2 / 3, 1, 0.8],
  ])('%s', (_name, predicted, truth, p, r, f1) => {
    const s = scoreText(predicted, truth);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f1, 10);
  });

  it('should return the raw overlap counts', () => {
    expect(overlapCounts('the the talks', 'the talks')).toEqual({ overlap: 2, predicted: 3, truth: 2 });
  });
});

describe('formatExtractionMarkdown', () => {
  it('should print an overall table and one row per page', () => {
    const score = { precision: 0.9, recall: 0.8, f1: 0.847, pagesPerSecond: 50, micro: { precision: 0.9, recall: 0.8, f1: 0.85 } };
    const result: ExtractionResult = {
      pages: 1, ours: score, readability: score,
      perPage: [{ id: 'abcdef0123', url: 'https://example.com/a', ours: { p: 1, r: 1, f1: 1 }, readability: { p: 0.5, r: 1, f1: 0.667 } }],
    };
    const md = formatExtractionMarkdown(result);
    expect(md).toContain('| chronicle clean | 0.900 | 0.800 | 0.847 | 0.850 | 50.0 |');
    expect(md).toContain('| abcdef01 | https://example.com/a | 1.000 | 1.000 | 1.000 | 0.500 | 1.000 | 0.667 |');
  });
});
