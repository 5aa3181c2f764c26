import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc, Mention } from '../../core/document.js';
import { nestedMentionIds, nestedMentions } from './context.js';

/** Mentions sorted by start, as the entities stage leaves them, overlapping and nested at random (some with equal spans). */
const mentionsOf = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 12 })), { maxLength: 30 }).map((spans) =>
  spans.sort((a, b) => a[0] - b[0]).map(([start, length], i) => ({ kind: 'mention', id: `m${i}`, span: { start, end: start + length } }) as Mention));

describe('nested mentions, found with the mentions sorted by start', () => {
  it('should agree with a test of every mention against every other', () => {
    fc.assert(fc.property(mentionsOf, (mentions) => {
      const doc = { mentions } as unknown as ArticleDoc;
      // A mention lies inside a longer one.
      const inside = (m: Mention) => mentions.some((o) => o !== m && o.span.start <= m.span.start && m.span.end <= o.span.end && o.span.end - o.span.start > m.span.end - m.span.start);
      expect([...nestedMentionIds(doc)].sort()).toEqual(mentions.filter(inside).map((m) => m.id).sort());
      for (const outer of mentions) {
        expect(nestedMentions(doc, outer)).toEqual(mentions.filter((m) => m !== outer && outer.span.start <= m.span.start && m.span.end <= outer.span.end));
      }
    }), { numRuns: 2000 });
  });
});
