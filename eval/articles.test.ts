import { describe, expect, it } from 'vitest';
import type { CodedEvent, EventParty } from '../src/core/document.js';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { addCounts, ARTICLES_DIR, articleNames, countsOf, emptyCounts, HELDOUT_SETS, judgeArticle, locate, sizeRight } from './articles.js';
import type { ReferenceEvent } from './events-scoring.js';

// A made-up article: an ambush, a protest, and a newsletter line the reference drops.
const TEXT = [
  'Gunmen ambushed a police convoy near Mopti on Sunday, killing four officers.',
  'Hundreds of traders marched in Bamako on Monday against new taxes.',
  'Sign up for our morning newsletter.',
].join(' ');

const sentence = (i: number) => {
  const parts = TEXT.split(/(?<=\.) /);
  const start = parts.slice(0, i).reduce((n, p) => n + p.length + 1, 0);
  return { start, end: start + parts[i]!.length, text: parts[i]! };
};
const party = (code: string | null, text = code ?? 'x'): EventParty => ({ code, sector: 'GOV', text, start: 0, end: 1 });

function ev(i: number, partial: Partial<CodedEvent> & { event: string }): CodedEvent {
  return {
    kind: 'event', id: `e${i}`, doc_id: 'd', source: { id: 'a.txt', url: null, title: null, outlet: null, published: null }, mode: null, context: [], actor: [], recipient: [], third_party: [],
    date: '2024-03-03', date_precision: 'day', date_source: { rule: 'clause' }, background: false, modality: 'asserted', size: {}, event_loc: null,
    evidence: { sentence: sentence(i), trigger: sentence(i) }, confidence: 0.8, cameo: null, why: [], origin: { stage: 'test', resources: [] }, ...partial,
  };
}

const refs: ReferenceEvent[] = [
  { id: 'ambush', event: ['ASSAULT'], recipient: ['MLI'], date: '2024-03-03', background: false, size: { dead: 4 }, evidence: 'Gunmen ambushed a police convoy near Mopti on Sunday', required: true },
  { id: 'march', event: ['PROTEST'], parties: ['MLI'], date: '2024-03-04', background: false, evidence: 'Hundreds of traders marched in Bamako', required: true },
];
const reference = { published: '2024-03-05', must_drop: ['Sign up for our morning newsletter.'], events: refs };

describe('judging an article as an analyst would', () => {
  it('should find evidence across re-flowed whitespace', () => {
    expect(locate('one  two\nthree', 'two three')).toEqual({ start: 5, end: 14 });
    expect(locate('one two', 'three')).toBeNull();
  });

  it('should count a fully right event, a repeat, a wrong type and furniture', () => {
    const ambush = ev(0, { event: 'ASSAULT', actor: [party(null, 'Gunmen')], recipient: [party('MLI')], size: { dead: { value: 4, qualifier: 'exact' } } });
    const repeat = ev(0, { event: 'ASSAULT', recipient: [party('MLI')], date: '2024-03' });
    const march = ev(1, { event: 'COERCE', actor: [party('MLI')], date: '2024-03-04' });
    const furniture = ev(2, { event: 'REQUEST' });
    const j = judgeArticle('a', TEXT, [ambush, repeat, march, furniture], reference);
    expect(j.judged.map((x) => [x.typeRight, x.fullyRight, x.extra])).toEqual([
      [true, true, null],
      [true, false, 'tells an act another event already tells'],
      [false, false, null],
      [false, false, 'furniture the reference drops'],
    ]);
    expect(j.outcomes).toEqual(['fully right', 'told, another type']);
    // The sums the training scripts compare: two of four right-typed, one fully right, two extras.
    const counts = countsOf(j);
    expect(counts).toMatchObject({ coded: 4, typeRight: 2, fullyRight: 1, found: 1, references: 2, extras: 2 });
    const sums = addCounts({ ...emptyCounts(), seconds: 5 }, counts);
    expect(addCounts(sums, counts)).toMatchObject({ coded: 8, typeRight: 4, extras: 4, seconds: 5 });
  });

  it('should count an act the reference has, coded as not having happened, as a wrong record of it', () => {
    const denied = ev(0, { event: 'ASSAULT', recipient: [party('MLI')], modality: 'negated' });
    const j = judgeArticle('a', TEXT, [], reference, [denied]);
    expect(j.judged.map((x) => [x.typeRight, x.extra])).toEqual([[false, 'tells an act as not having happened']]);
    expect(judgeArticle('a', TEXT, [], reference, [ev(2, { event: 'REQUEST', modality: 'hypothetical' })]).judged).toEqual([]);
  });

  it('should pair an event with the act its sentence tells, leaving the repeat elsewhere an extra', () => {
    // The ambush told again in the march's sentence would also match the ambush; the event from the ambush's own sentence is its pair.
    const retold = ev(1, { event: 'ASSAULT', recipient: [party('MLI')], size: { dead: { value: 4, qualifier: 'exact' } } });
    const ambush = ev(0, { event: 'ASSAULT', recipient: [party('MLI')], size: { dead: { value: 4, qualifier: 'exact' } } });
    const j = judgeArticle('a', TEXT, [retold, ambush], reference);
    expect(j.matched).toEqual(new Map([[0, 1]]));
    expect(j.judged.map((x) => [x.fullyRight, x.extra])).toEqual([[false, null], [true, null]]);
  });

  it('should name the first detail that is wrong on a strict match', () => {
    const lateDate = ev(0, { event: 'ASSAULT', recipient: [party('MLI')], date: '2024-03-03', background: true, size: { dead: { value: 4, qualifier: 'exact' } } });
    const noSize = ev(1, { event: 'PROTEST', actor: [party('MLI')], date: '2024-03' });
    const j = judgeArticle('a', TEXT, [lateDate, noSize], reference);
    expect(j.outcomes).toEqual(['matched, background flag wrong', 'right type, date incompatible']);
    expect(j.judged.map((x) => x.typeRight)).toEqual([true, true]);
  });
});

describe('the size of an act', () => {
  const arrests: ReferenceEvent = { id: 'arrests', event: ['COERCE'], actor: ['MLI'], date: '2024-03-03', background: false, size: { persons: 31 }, evidence: 'x', required: true };
  it('reads a count of the people arrested or released under either name the annotators gave it', () => {
    expect(sizeRight(ev(0, { event: 'COERCE', size: { arrested: { value: 31, qualifier: 'exact' } } }), arrests)).toBe(true);
    expect(sizeRight(ev(0, { event: 'COERCE', size: { persons: { value: 200, qualifier: 'about' }, arrested: { value: 31, qualifier: 'exact' } } }), arrests)).toBe(true);
    expect(sizeRight(ev(0, { event: 'RETREAT', size: { persons: { value: 12, qualifier: 'exact' } } }), { ...arrests, size: { released: 12 } })).toBe(true);
  });
  it('still wants the figure, and keeps deaths and injuries apart', () => {
    expect(sizeRight(ev(0, { event: 'COERCE', size: { arrested: { value: 30, qualifier: 'exact' } } }), arrests)).toBe(false);
    expect(sizeRight(ev(0, { event: 'ASSAULT', size: { injured: { value: 4, qualifier: 'exact' } } }), { ...arrests, size: { dead: 4 } })).toBe(false);
    expect(sizeRight(ev(0, { event: 'COERCE', size: { arrested: { value: 31, qualifier: 'exact' } } }), { ...arrests, size: { persons: 31, qualifier: 'at least' } })).toBe(false);
  });
});

const PLOVER_TYPES = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

describe.each([['eval/articles', ARTICLES_DIR], ...HELDOUT_SETS.map((set) => [`eval/${basename(set.dir)}`, set.dir])])('the annotated articles in %s', (_folder, dir) => {
  it.each(articleNames(dir))('should quote its own text in every evidence and furniture line, with PLOVER types, codes and dates: %s', (name) => {
    const text = readFileSync(resolve(dir, `${name}.txt`), 'utf8');
    const annotated = JSON.parse(readFileSync(resolve(dir, `${name}.events.json`), 'utf8')) as { published: string; must_drop?: string[]; events: ReferenceEvent[] };
    const missing = [...annotated.events.map((e) => e.evidence ?? ''), ...(annotated.must_drop ?? [])].filter((quote) => !locate(text, quote));
    expect(missing).toEqual([]);
    expect(new Set(annotated.events.map((e) => e.id)).size).toBe(annotated.events.length);
    // PLOVER's sixteen types, three-letter codes, dates no later than the publication it was coded against.
    const meta = JSON.parse(readFileSync(resolve(dir, `${name}.meta.json`), 'utf8')) as { published: string };
    expect(annotated.published).toBe(meta.published);
    for (const e of annotated.events) {
      expect(e.event.every((t) => PLOVER_TYPES.has(t)), e.id).toBe(true);
      expect([...(e.actor ?? []), ...(e.recipient ?? []), ...(e.parties ?? []), ...(e.third_party ?? [])].every((c) => /^[A-Z]{3}$/.test(c)), e.id).toBe(true);
      expect(e.date, e.id).toMatch(/^\d{3,4}(-\d{2}(-\d{2})?)?$/);
      expect(e.date <= annotated.published, e.id).toBe(true);
    }
  });
});
