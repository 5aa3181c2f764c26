import { describe, expect, it } from 'vitest';
import type { QuantityQualifier } from '../../core/document.js';
import { headlineFigure, type Figure } from './figures.js';
import { countIndependentOutlets, outletOf } from './outlets.js';

const figure = (value: number, qualifier: QuantityQualifier): Figure => ({ value, qualifier, docId: 'd', eventId: 'e', outlet: 'site:x' });

describe('headlineFigure', () => {
  const cases: [string, Figure[], number | null][] = [
    ['"at least 286" against "about 300"', [figure(300, 'about'), figure(286, 'at least')], 286],
    ['an exact count against an upper bound ("up to 250")', [figure(250, 'up to'), figure(286, 'exact')], 286],
    ['only vague counts ("dozens")', [figure(24, 'dozens'), figure(100, 'hundreds')], 24],
    ['no figure', [], null],
    ['a running total beside the act\'s own count', [{ ...figure(500_000, 'more than'), cumulative: true }, figure(12, 'exact')], 12],
    ['only a running total', [{ ...figure(500_000, 'more than'), cumulative: true }], null],
  ];
  it.each(cases)('should choose the lowest firm estimate for %s', (_name, figures, expected) => {
    expect(headlineFigure(figures)).toBe(expected);
  });
});

describe('outlets', () => {
  it.each([
    [{ docId: 'd1', siteName: 'Reuters', url: null }, 'site:reuters'],
    [{ docId: 'd1', siteName: null, url: 'https://www.apnews.com/article/x' }, 'domain:apnews.com'],
    [{ docId: 'd1', siteName: null, url: null }, 'doc:d1'],
  ])('should name the outlet of %j as %s', (facts, expected) => {
    expect(outletOf(facts)).toBe(expected);
  });

  it('should count a document ingest marked as a near-duplicate with the one it repeats', () => {
    expect(countIndependentOutlets([
      { docId: 'a', siteName: 'AFP', url: null, sentence: 'Azerbaijan freed 17 Armenian prisoners of war on Tuesday.' },
      { docId: 'b', siteName: 'Yerevan Times', url: null, sentence: 'Azerbaijan on Tuesday freed 17 Armenian prisoners of war.', nearDuplicateOf: 'a' },
    ])).toBe(1);
  });

  it('should count one wire story republished by two sites once', () => {
    const lead = 'Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation.';
    expect(countIndependentOutlets([
      { docId: 'a', siteName: 'AFP', url: null, sentence: lead },
      { docId: 'b', siteName: 'Yerevan Times', url: null, sentence: `${lead.toUpperCase()}  ` },
      { docId: 'c', siteName: 'Reuters', url: null, sentence: 'Azerbaijan released 17 Armenian prisoners of war on Tuesday.' },
      { docId: 'd', siteName: 'reuters', url: null, sentence: 'Baku handed over 17 soldiers.' },
    ])).toBe(2);
  });
});
