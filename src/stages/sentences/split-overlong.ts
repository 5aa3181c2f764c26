import type { Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';

/**
 * Longest sentence, in tokens, handed to the later stages. Real news sentences stay under about
 * 80 tokens; text without punctuation (a scraped list, a transcript, a hostile input) can come
 * out of the tagger as one "sentence" of 100,000 tokens, and stages that look around a trigger
 * or a name within its sentence then do work that grows with the square of the text.
 */
export const MAX_SENTENCE_TOKENS = 120;

type RawToken = Omit<Token, 'sentence'>;

/** Tokens that end a clause: the cut goes after the last of them in the second half of a window. */
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '-', '|', '•']);

/**
 * Cuts sentences longer than `maxTokens` into pieces of at most `maxTokens` tokens, so no later
 * stage sees an unbounded sentence. A piece ends after the last clause mark (`,` `;` `:` a dash)
 * in the second half of its window when there is one, else at the window's end. Sentences of
 * normal length pass through unchanged (the same objects).
 * @example
 * splitOverlongSentences([{ span, tokens: 300 tokens without a comma }], 120) // 3 pieces: 120 + 120 + 60
 */
export function splitOverlongSentences<T extends { span: Span; tokens: RawToken[] }>(sentences: readonly T[], maxTokens = MAX_SENTENCE_TOKENS): { span: Span; tokens: RawToken[] }[] {
  const out: { span: Span; tokens: RawToken[] }[] = [];
  for (const sentence of sentences) {
    if (sentence.tokens.length <= maxTokens) {
      out.push(sentence);
      continue;
    }
    const { tokens } = sentence;
    let from = 0;
    while (from < tokens.length) {
      let to = Math.min(tokens.length, from + maxTokens);
      if (to < tokens.length) {
        for (let i = to - 1; i >= from + Math.floor(maxTokens / 2); i--) {
          if (CLAUSE_END.has(tokens[i]!.text)) {
            to = i + 1;
            break;
          }
        }
      }
      const piece = tokens.slice(from, to);
      out.push({ span: { start: piece[0]!.start, end: piece[piece.length - 1]!.end }, tokens: piece });
      from = to;
    }
  }
  return out;
}
