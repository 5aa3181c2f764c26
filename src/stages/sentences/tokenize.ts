import type { Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { wink } from '../../nlp/wink.js';

type Nlp = ReturnType<typeof wink>;
type RawToken = Omit<Token, 'sentence'>;

/**
 * Tokenises one paragraph with wink-nlp and places each token back in the text.
 * wink reports token values, not offsets, so we find each value from a moving cursor;
 * a value wink normalised (rare) is skipped rather than given a wrong span.
 */
export function tokenizeParagraph(nlp: Nlp, text: string, paragraph: Span): { span: Span; tokens: RawToken[] }[] {
  const its = nlp.its;
  const source = text.slice(paragraph.start, paragraph.end);
  const wdoc = nlp.readDoc(source);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const sentenceRanges = wdoc.sentences().out(its.span) as unknown as [number, number][];

  const placed: (RawToken | null)[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = source.indexOf(value, cursor);
    // Accept only a nearby match: a far one means wink changed the value (e.g. expanded an elision).
    if (at < 0 || at - cursor > 40) {
      placed.push(null);
      continue;
    }
    cursor = at + value.length;
    placed.push({
      start: paragraph.start + at,
      end: paragraph.start + cursor,
      text: value,
      normal: value.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
    });
  }

  const sentences: { span: Span; tokens: RawToken[] }[] = [];
  for (const [first, last] of sentenceRanges) {
    const tokens = placed.slice(first, last + 1).filter((t): t is RawToken => t !== null);
    if (tokens.length === 0) continue;
    sentences.push({ span: { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end }, tokens });
  }
  return sentences;
}
