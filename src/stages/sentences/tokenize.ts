import type { Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { wink } from '../../nlp/wink.js';
import { beyondLatin1, plainLatinSameLength } from '../../nlp/plain-latin.js';
import { splitClitics } from './split-clitics.js';

type Nlp = ReturnType<typeof wink>;
/** A token before the syntax stage: wink's tag is kept as `pos` until our tagger replaces it. */
type RawToken = Omit<Token, 'sentence'>;

/**
 * Tokenises one paragraph with wink-nlp and places each token in the text. wink gives each token
 * its preceding white space, so offsets are exact; where wink changed a token's value (rare), the
 * value is looked up just ahead, and a token that cannot be found is dropped rather than given a
 * wrong span. Tokens then follow Universal Dependencies: clitics wink leaves attached ("I'm",
 * "gonna") are split the way the treebank splits them (split-clitics.ts).
 */
export function tokenizeParagraph(nlp: Nlp, text: string, paragraph: Span): { span: Span; tokens: RawToken[] }[] {
  const its = nlp.its;
  const original = text.slice(paragraph.start, paragraph.end);
  // wink reads letters beyond Latin-1 in their plain Latin spelling (same length, so offsets hold):
  // it breaks words at such letters, and knows the names mostly in their plain form ("Erdogan").
  const source = plainLatinSameLength(original);
  const wdoc = nlp.readDoc(source);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const sentenceRanges = wdoc.sentences().out(its.span) as unknown as [number, number][];

  const placed: (RawToken[] | null)[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    const at = source.startsWith(value, cursor) ? cursor : source.indexOf(value, cursor);
    // Accept only a nearby match: a far one means wink changed the value (e.g. expanded an elision).
    if (at < 0 || at - cursor > 40) {
      placed.push(null);
      continue;
    }
    cursor = at + value.length;
    const written = original.slice(at, cursor);
    const token: RawToken = {
      start: paragraph.start + at,
      end: paragraph.start + cursor,
      text: written,
      normal: written.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (written === value ? lemmas[i] ?? value : written).toLowerCase(),
    };
    placed.push(splitClitics(token));
  }

  const sentences: { span: Span; tokens: RawToken[] }[] = [];
  for (const [first, last] of sentenceRanges) {
    // A loop rather than slice and flatMap: this runs for every sentence, and flatMap is slow in V8.
    const inSentence: RawToken[] = [];
    for (let k = first; k <= last; k++) {
      const pieces = placed[k];
      if (pieces) for (const piece of pieces) inSentence.push(piece);
    }
    const tokens = joinBrokenWords(inSentence);
    if (tokens.length === 0) continue;
    sentences.push({ span: { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end }, tokens });
  }
  return joinSplitInitialisms(sentences);
}

const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * wink's tokeniser knows letters up to Latin-1 only: a word with a letter beyond it falls apart at
 * that letter ("Вучич", or a letter with no one-letter plain twin), and the pieces then read as
 * several words, or as none of a name. Pieces that touch and are all letters, where a letter beyond
 * Latin-1 meets the join, are one word again. wink's own splits inside plain letters (none we know
 * of) are left alone.
 */
function joinBrokenWords(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    if (previous && previous.end === token.start && LETTERS.test(previous.text) && LETTERS.test(token.text)
      && (beyondLatin1(previous.text) || beyondLatin1(token.text))) {
      const text = previous.text + token.text;
      out[out.length - 1] = { ...previous, end: token.end, text, normal: text.toLowerCase(), lemma: text.toLowerCase() };
      continue;
    }
    out.push(token);
  }
  return out;
}

const SINGLE_CAPITAL = /^[A-Z]$/;
const CAPITAL_WITH_POINT = /^(?:[A-Z]\.)+$/;

/**
 * wink reads an initialism glued to a hyphen ("Kenyan-U.S. patrols") as a letter, a full stop
 * and "S.", and ends the sentence at that full stop. The pieces are one word: joined back into
 * one token, and the two sentences around it into one.
 */
function joinSplitInitialisms(sentences: { span: Span; tokens: RawToken[] }[]): { span: Span; tokens: RawToken[] }[] {
  const out: { span: Span; tokens: RawToken[] }[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    const tail = previous?.tokens.slice(-2);
    const next = sentence.tokens[0]!;
    if (previous && tail?.length === 2 && SINGLE_CAPITAL.test(tail[0]!.text) && tail[1]!.text === '.' && tail[0]!.end === tail[1]!.start
      && tail[1]!.end === next.start && CAPITAL_WITH_POINT.test(next.text)) {
      const text = `${tail[0]!.text}.${next.text}`;
      const joined: RawToken = { start: tail[0]!.start, end: next.end, text, normal: text.toLowerCase(), pos: 'PROPN', lemma: text.toLowerCase() };
      const tokens = [...previous.tokens.slice(0, -2), joined, ...sentence.tokens.slice(1)];
      out[out.length - 1] = { span: { start: previous.span.start, end: sentence.span.end }, tokens };
      continue;
    }
    out.push(sentence);
  }
  return out;
}
