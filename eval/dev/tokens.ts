/**
 * Tokenised development sets (CoNLL 2003, ConfliBERT's actor spans) store text as tokens
 * ("the army 's chief", "army - run", "Mr . Smith"). Chronicle must see ordinary text, so the
 * tokens are joined back into natural text here, with each token's offsets kept for scoring.
 */
import type { Span } from '../../src/core/span.js';

export interface TokenText {
  readonly text: string;
  /** Half-open span of each token in `text`. */
  readonly spans: readonly Span[];
}

export interface DetokeniseOptions {
  /**
   * Join a lone "-" to the words beside it ("army - run" → "army-run"). Right for sets whose
   * tokeniser split every hyphen (ConfliBERT); wrong for CoNLL, where a spaced "-" is a real dash
   * ("SOCCER - LEAGUE RESULTS") and hyphenated words stayed one token.
   */
  readonly joinHyphens?: boolean;
}

/** Tokens written without a space before them. */
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|\.\.\.|'(?:s|S|m|M|d|D|re|RE|ve|VE|ll|LL)|n't|N'T|’(?:s|S)?)$/;
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = /^(?:[([{$€£“‘]|[A-Z]{1,2}\$)$/;
const WORDLIKE = /[\p{L}\p{N}]$/u;

/**
 * Joins tokens into text with the spacing a writer would use: no space before punctuation and
 * clitics, none after opening brackets and currency signs, straight double quotes paired as they
 * open and close.
 */
export function detokenise(tokens: readonly string[], options: DetokeniseOptions = {}): TokenText {
  let text = '';
  const spans: Span[] = [];
  let quoteOpen = false;
  let glueNext = false;
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    let space = i > 0 && !glueNext;
    if (NO_SPACE_BEFORE.test(token)) space = false;
    // "Kinshasa ’ s mayor": a possessive split from its apostrophe.
    if (/^[sS]$/.test(token) && (previous === '’' || previous === "'")) space = false;
    if (token === '"') {
      if (quoteOpen) space = false;
    }
    const hyphenJoin = options.joinHyphens === true && token === '-' && previous !== undefined && WORDLIKE.test(previous)
      && tokens[i + 1] !== undefined && /^[\p{L}\p{N}]/u.test(tokens[i + 1]!);
    if (hyphenJoin) space = false;
    if (space) text += ' ';
    spans.push({ start: text.length, end: text.length + token.length });
    text += token;
    glueNext = NO_SPACE_AFTER.test(token) || hyphenJoin || (token === '"' && !quoteOpen);
    if (token === '"') quoteOpen = !quoteOpen;
  });
  return { text, spans };
}

const QUOTE_FOLD: Readonly<Record<string, string>> = { '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '“': '"', '”': '"' };
const fold = (c: string) => QUOTE_FOLD[c] ?? c;

/**
 * Finds each token in a natural text that holds the same characters (whitespace aside, curly and
 * straight quotes alike), e.g. the untokenised copy of a sentence kept in another file. Returns
 * null when the text does not contain the tokens in order.
 */
export function alignTokens(text: string, tokens: readonly string[]): Span[] | null {
  const spans: Span[] = [];
  let at = 0;
  for (const token of tokens) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const start = at;
    for (const c of token) {
      if (at >= text.length || fold(text[at]!) !== fold(c)) return null;
      at++;
    }
    spans.push({ start, end: at });
  }
  return /^\s*$/.test(text.slice(at)) ? spans : null;
}

/** The tokens' letters and digits only, to find the same sentence in another file. */
export function letterKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** The character span of tokens `[from, to)`. */
export function tokenRange(spans: readonly Span[], from: number, to: number): Span {
  return { start: spans[from]!.start, end: spans[to - 1]!.end };
}
