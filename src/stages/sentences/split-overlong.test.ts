import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { MAX_SENTENCE_TOKENS, splitOverlongSentences } from './split-overlong.js';

const token = (text: string, start: number) => ({ start, end: start + text.length, text, normal: text.toLowerCase(), pos: 'NOUN' as const, lemma: text.toLowerCase() });

/** A "sentence" of words (and some commas) laid out one space apart. */
function sentenceOf(words: readonly string[]) {
  let at = 0;
  const tokens = words.map((w) => {
    const t = token(w, at);
    at = t.end + 1;
    return t;
  });
  return { span: { start: 0, end: tokens.at(-1)?.end ?? 0 }, tokens };
}

describe('splitOverlongSentences', () => {
  it('should leave sentences of normal length as they are', () => {
    const short = sentenceOf(['Police', 'arrested', '40', 'protesters', '.']);
    expect(splitOverlongSentences([short])[0]).toBe(short);
  });

  it('should cut after the last comma in the second half of a window', () => {
    const words = Array.from({ length: 30 }, (_, i) => (i === 14 ? ',' : `w${i}`));
    const pieces = splitOverlongSentences([sentenceOf(words)], 20);
    expect(pieces.map((p) => p.tokens.length)).toEqual([15, 15]);
    expect(pieces[0]!.tokens.at(-1)!.text).toBe(',');
  });

  it('should keep every token once, in order, in pieces of at most the limit, with spans over their tokens', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('word', ',', ';', 'said', '—'), { minLength: 1, maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (words, max) => {
      const sentence = sentenceOf(words);
      const pieces = splitOverlongSentences([sentence], max);
      expect(pieces.flatMap((p) => p.tokens)).toEqual(sentence.tokens);
      for (const p of pieces) {
        expect(p.tokens.length).toBeGreaterThan(0);
        expect(p.tokens.length).toBeLessThanOrEqual(max);
        expect(p.span).toEqual({ start: p.tokens[0]!.start, end: p.tokens.at(-1)!.end });
      }
    }));
  });

  it('should bound every sentence of a long text without punctuation, and keep tokens inside their sentence', () => {
    const words = ['police', 'arrested', 'protesters', 'in', 'the', 'capital', 'and', 'the', 'army', 'said'];
    const text = Array.from({ length: 3000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const doc = makeDoc(text);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3000 / MAX_SENTENCE_TOKENS);
    for (const s of doc.sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        expect(doc.tokens[i]!.sentence).toBe(s.index);
        expect(doc.tokens[i]!.start).toBeGreaterThanOrEqual(s.span.start);
        expect(doc.tokens[i]!.end).toBeLessThanOrEqual(s.span.end);
      }
    }
  });
});
