import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { marksFor, piecesOf } from './highlight.js';

// "Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation"
const TEXT = 'Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation';

function event(id: string, trigger: [number, number], extra: Partial<CodedEvent> = {}): CodedEvent {
  return {
    kind: 'event', id, doc_id: 'd', source: { id: 'story.txt', url: null, title: null, outlet: null, published: null }, event: 'RETREAT', mode: 'release', context: [], actor: [], recipient: [], third_party: [],
    date: '2022-10-04', date_precision: 'day', date_source: { rule: 'clause' }, background: false, modality: 'asserted', size: {},
    event_loc: null, evidence: { sentence: { start: 0, end: TEXT.length, text: TEXT }, trigger: { start: trigger[0], end: trigger[1], text: TEXT.slice(...trigger) } },
    confidence: 0.9, cameo: null, why: [], origin: { stage: 'events@1', resources: [] }, ...extra,
  };
}

const freed = event('e0', [11, 16], {
  actor: [{ code: 'AZE', sector: null, text: 'Azerbaijan', start: 0, end: 10 }],
  recipient: [{ code: 'ARM', sector: null, text: 'Armenian prisoners of war', start: 20, end: 45 }],
  date_source: { rule: 'clause', text: 'Tuesday', start: 49, end: 56 },
  size: { persons: { value: 17, qualifier: 'exact', text: '17', start: 17, end: 19 } },
});
const mediation = event('e1', [63, 75]);

function rendered(selected: CodedEvent | undefined, events = [freed, mediation]): [string, string][] {
  return piecesOf(marksFor(events, selected, TEXT.length), TEXT.length)
    .filter((p) => p.roles.length > 0 && p.roles[0] !== 'sentence')
    .map((p) => [p.roles[0]!, TEXT.slice(p.start, p.end)]);
}

describe('article highlights', () => {
  it('should mark the selected event trigger, parties, number and date, and cue the other trigger', () => {
    expect(rendered(freed)).toEqual([
      ['actor', 'Azerbaijan'], ['trigger', 'freed'], ['number', '17'], ['recipient', 'Armenian prisoners of war'],
      ['date', 'Tuesday'], ['cue', 'US mediation'],
    ]);
  });

  it('should let the trigger win where a party span overlaps it', () => {
    const overlapping = event('e2', [11, 16], { actor: [{ code: 'AZE', sector: null, text: 'Azerbaijan freed', start: 0, end: 16 }] });
    expect(rendered(overlapping, [overlapping])).toEqual([['actor', 'Azerbaijan '], ['trigger', 'freed']]);
  });

  it.each([
    ['past the end', [70, 90]],
    ['reversed', [16, 11]],
  ] as const)('should drop a span that is %s instead of drawing it elsewhere', (_, [start, end]) => {
    const bad = event('e3', [11, 16], { actor: [{ code: 'AZE', sector: null, text: '?', start, end }] });
    expect(rendered(bad, [bad]).map(([role]) => role)).toEqual(['trigger']);
  });

  it('should cover the whole text with pieces in order', () => {
    const pieces = piecesOf(marksFor([freed, mediation], freed, TEXT.length), TEXT.length);
    expect(pieces.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe(TEXT);
  });
});
