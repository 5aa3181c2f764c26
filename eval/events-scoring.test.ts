import { describe, expect, it } from 'vitest';
import type { CodedEvent, EventParty } from '../src/core/document.js';
import { dateCompatible, eventMatches, matchEvents, maxWeightAssignment, plover2Type, prf, sameQualifier, scoreReference, type ReferenceEvent } from './events-scoring.js';

const party = (code: string): EventParty => ({ code, sector: 'GOV', text: code, start: 0, end: 3 });

function ev(partial: Partial<CodedEvent> & { event: string }): CodedEvent {
  return {
    kind: 'event', id: 'e', doc_id: 'd', source: { id: 'story.txt', url: null, title: null, outlet: null, published: null }, mode: null, context: [], actor: [], recipient: [], third_party: [], date: '2022-10-04', date_precision: 'day',
    date_source: { rule: 'clause' }, background: false, modality: 'asserted', size: {}, event_loc: null,
    evidence: { sentence: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1, text: 'x' } }, confidence: 0.8, cameo: null, why: [],
    origin: { stage: 'test', resources: [] }, ...partial,
  };
}

const ref = (partial: Partial<ReferenceEvent> & { id: string }): ReferenceEvent => ({ event: ['RETREAT'], date: '2022-10-04', background: false, required: true, ...partial });

describe('event matching', () => {
  it.each([
    ['should match type, direction and date', ev({ event: 'RETREAT', actor: [party('AZE')], recipient: [party('ARM')] }), ref({ id: 'r', actor: ['AZE'], recipient: ['ARM'] }), true],
    ['should reject a reversed direction', ev({ event: 'RETREAT', actor: [party('ARM')], recipient: [party('AZE')] }), ref({ id: 'r', actor: ['AZE'], recipient: ['ARM'] }), false],
    ['should reject a type the reference does not accept', ev({ event: 'CONSULT', actor: [party('AZE')] }), ref({ id: 'r', actor: ['AZE'] }), false],
    ['should accept parties in any role', ev({ event: 'CONSULT', actor: [party('USA')], recipient: [party('ARM'), party('AZE')] }), ref({ id: 'r', event: ['CONSULT'], parties: ['ARM', 'AZE', 'USA'] }), true],
    ['should require every listed party', ev({ event: 'CONSULT', actor: [party('USA')], recipient: [party('ARM')] }), ref({ id: 'r', event: ['CONSULT'], parties: ['ARM', 'AZE'] }), false],
    ['should accept a finer date than the reference', ev({ event: 'RETREAT', actor: [party('AZE')], date: '2022-10-04' }), ref({ id: 'r', actor: ['AZE'], date: '2022' }), true],
    ['should reject a coarser date than the reference', ev({ event: 'RETREAT', actor: [party('AZE')], date: '2022' }), ref({ id: 'r', actor: ['AZE'], date: '2022-10-04' }), false],
    ['should look for third parties among all parties', ev({ event: 'RETREAT', actor: [party('AZE')], third_party: [party('USA')] }), ref({ id: 'r', actor: ['AZE'], third_party: ['USA'] }), true],
  ])('%s', (_name, ours, reference, expected) => {
    expect(eventMatches(ours, reference)).toBe(expected);
  });

  it('should match one-to-one and give required events priority', () => {
    const ours = [ev({ event: 'CONSULT', actor: [party('ARM'), party('AZE')] })];
    const refs = [ref({ id: 'optional', event: ['CONSULT'], parties: ['ARM'], required: false }), ref({ id: 'required', event: ['CONSULT'], parties: ['AZE'] })];
    const matching = matchEvents(ours, refs);
    expect([...matching.keys()]).toEqual([1]);
  });

  it('should find an augmenting path when a greedy choice would block a match', () => {
    const a = ev({ event: 'CONSULT', actor: [party('ARM'), party('AZE')] });
    const b = ev({ event: 'CONSULT', actor: [party('ARM')] });
    const refs = [ref({ id: 'x', event: ['CONSULT'], parties: ['ARM'] }), ref({ id: 'y', event: ['CONSULT'], parties: ['AZE'] })];
    expect(matchEvents([a, b], refs).size).toBe(2);
  });

  it('should count unmatched events as extra and missed required events by id', () => {
    const score = scoreReference([ev({ event: 'ASSAULT', actor: [party('RUS')] })], [ref({ id: 'release', actor: ['AZE'] })]);
    expect(score.extra).toBe(1);
    expect(score.missedRequired).toEqual(['release']);
    expect(score.requiredFound).toBe(0);
  });

  it('should score date value, precision, background and size on matched events', () => {
    const ours = [ev({ event: 'ASSAULT', actor: [party('ARM'), party('AZE')], date: '2022-09', date_precision: 'month', size: { dead: { value: 286, qualifier: 'at least' } } })];
    const score = scoreReference(ours, [ref({ id: 'clashes', event: ['ASSAULT'], parties: ['ARM', 'AZE'], date: '2022-09', size: { dead: 286, qualifier: 'at least' } })]);
    expect(score.dateValue).toEqual({ correct: 1, n: 1 });
    expect(score.datePrecision).toEqual({ correct: 1, n: 1 });
    expect(score.background).toEqual({ correct: 1, n: 1 });
    expect(score.size).toEqual({ correct: 1, n: 1 });
  });
});

// A made-up dispatch: two talks, each told in its own sentence, the second also coded from the first.
const TALKS = 'Chile and Peru held talks in Lima on Monday. Chile and Peru met again in Arica on Friday.';
const told = (sentence: number) => {
  const [first, second] = TALKS.split(/(?<=\.) /) as [string, string];
  const span = sentence === 0 ? { start: 0, end: first.length, text: first } : { start: first.length + 1, end: TALKS.length, text: second };
  return { sentence: span, trigger: span };
};

describe('pairing events as an analyst would, among the maximum matchings', () => {
  const talks = (id: string, date: string, evidence: string, required = true) => ref({ id, event: ['CONSULT'], parties: ['CHL', 'PER'], date, evidence, required });
  const consult = (sentence: number, date: string) => ev({ event: 'CONSULT', actor: [party('CHL')], recipient: [party('PER')], date, evidence: told(sentence) });

  it('should pair an event with the act its sentence tells when it could pair with another', () => {
    // Both events match both meetings by type, parties and a month date; the first reference is the one the second event tells.
    const refs = [talks('arica', '2025-06', 'met again in Arica'), talks('lima', '2025-06', 'held talks in Lima')];
    const reversed = [consult(0, '2025-06-09'), consult(1, '2025-06-13')];
    expect(scoreReference(reversed, refs, TALKS).rows.map((row) => row.matched?.date)).toEqual(['2025-06-13', '2025-06-09']);
  });

  it('should take back a lone event from an act it does not tell for one it tells', () => {
    const refs = [talks('lima', '2025-06', 'held talks in Lima'), talks('arica', '2025-06', 'met again in Arica')];
    const score = scoreReference([consult(1, '2025-06-13')], refs, TALKS);
    expect(score.rows.map((row) => row.matched !== null)).toEqual([false, true]);
    expect(score.missedRequired).toEqual(['lima']);
  });

  it('should prefer, among acts its sentence tells, the one it has fully right', () => {
    // One sentence tells two acts (the year's talks and Monday's); the event dated Monday has only Monday's fully right.
    const refs = [talks('year', '2025', 'Chile and Peru held talks'), talks('monday', '2025-06-09', 'in Lima on Monday')];
    const score = scoreReference([consult(0, '2025-06-09')], refs, TALKS);
    expect(score.rows.map((row) => row.matched?.date ?? null)).toEqual([null, '2025-06-09']);
    expect(score.dateValue).toEqual({ correct: 1, n: 1 });
  });

  it('should never give up a matched act or a required one for a told pair', () => {
    const refs = [talks('lima', '2025-06', 'held talks in Lima'), talks('arica', '2025-06', 'met again in Arica', false)];
    // The only event could tell the optional act, but the required one keeps it.
    expect([...scoreReference([consult(1, '2025-06-13')], refs, TALKS).rows.map((row) => row.matched !== null)]).toEqual([true, false]);
    // Both events tell the first talks; only the one dated Friday can pair with the second: it does, so both acts stay found.
    const fridayInFirstSentence = consult(0, '2025-06-13');
    const refsByDay = [talks('lima', '2025-06', 'held talks in Lima'), talks('arica', '2025-06-13', 'met again in Arica')];
    expect(scoreReference([consult(0, '2025-06-09'), fridayInFirstSentence], refsByDay, TALKS).rows.map((row) => row.matched?.date)).toEqual(['2025-06-09', '2025-06-13']);
  });
});

describe('the maximum-weight assignment', () => {
  // Every assignment of rows to distinct columns (or none), for checking small matrices exhaustively.
  const bestByEnumeration = (weights: number[][], row = 0, used = new Set<number>()): number => {
    if (row === weights.length) return 0;
    let best = bestByEnumeration(weights, row + 1, used);
    weights[row]!.forEach((w, col) => {
      if (used.has(col)) return;
      used.add(col);
      best = Math.max(best, w + bestByEnumeration(weights, row + 1, used));
      used.delete(col);
    });
    return best;
  };

  it('should reach the best total weight of any assignment, on rectangular matrices either way', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const weights = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < 0.4 ? 0 : Math.floor(random() * 30))));
      const pairs = maxWeightAssignment(weights);
      expect(new Set(pairs.map(([, c]) => c)).size).toBe(pairs.length);
      expect(pairs.reduce((sum, [r, c]) => sum + weights[r]![c]!, 0)).toBe(bestByEnumeration(weights));
    }
  });
});

describe('scoring helpers', () => {
  it('should compute precision, recall and F1', () => {
    expect(prf(2, 4, 2)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(prf(0, 0, 3)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('should fold early-draft types into PLOVER 2.0', () => {
    expect(['DEMAND', 'DISAPPROVE', 'INVESTIGATE', 'FIGHT', 'AGREE'].map(plover2Type)).toEqual(['REQUEST', 'ACCUSE', 'ACCUSE', 'ASSAULT', 'AGREE']);
  });
  it('should treat around and about as one qualifier', () => {
    expect(sameQualifier('about', 'around')).toBe(true);
    expect(sameQualifier('at least', 'about')).toBe(false);
  });
  it('should check date refinement by prefix', () => {
    expect(dateCompatible('1991', '199')).toBe(true);
    expect(dateCompatible(null, '2020')).toBe(false);
  });
});
