import { describe, expect, it } from 'vitest';
import type { CodedEvent, EventParty } from '../src/core/document.js';
import { dateCompatible, eventMatches, matchEvents, plover2Type, prf, sameQualifier, scoreReference, type ReferenceEvent } from './events-scoring.js';

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
