import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { MAX_RUN_CHARS, runAsSentence, splitAtLongRuns } from './long-runs.js';
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

describe('splitAtLongRuns and runAsSentence', () => {
  it('should cut a paragraph around a run of more than MAX_RUN_CHARS non-space characters, and keep others whole', () => {
    const text = `Police said ${'&'.repeat(500)} on Tuesday.`;
    expect(splitAtLongRuns(text, { start: 0, end: text.length }).map((p) => [text.slice(p.span.start, p.span.end).slice(0, 12), p.run]))
      .toEqual([['Police said ', false], ['&'.repeat(12), true], [' on Tuesday.', false]]);
    const normal = 'See https://example.org/a/very/long/path for details.';
    expect(splitAtLongRuns(normal, { start: 0, end: normal.length })).toEqual([{ span: { start: 0, end: normal.length }, run: false }]);
  });

  it('should tile a run with tokens of at most MAX_RUN_CHARS, each its own text', () => {
    const text = `x ${'a'.repeat(MAX_RUN_CHARS * 2 + 7)} y`;
    const { tokens } = runAsSentence(text, { start: 2, end: text.length - 2 });
    expect(tokens.map((t) => t.end - t.start)).toEqual([MAX_RUN_CHARS, MAX_RUN_CHARS, 7]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('should give a page of 20,000 entities sentences and tokens without handing the run to the tagger', () => {
    const doc = makeDoc(`Police arrested 40 protesters. ${'&'.repeat(20_000)} Officials said.`);
    expect(doc.tokens.filter((t) => t.pos === 'X' && t.text.startsWith('&'))).toHaveLength(20_000 / MAX_RUN_CHARS);
    expect(doc.tokens.some((t) => t.text === 'protesters')).toBe(true);
    expect(doc.tokens.some((t) => t.text === 'Officials')).toBe(true);
  });
});
