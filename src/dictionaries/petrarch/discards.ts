import { contentLines, phraseWords, type DictionaryDiagnostic } from './lines.js';

/**
 * A discard phrase: text that marks a sentence (or, with `+`, the whole story) as not political
 * news, e.g. sports reports ("+World Golf Championships", "BASEBALL").
 */
export interface DiscardEntry {
  readonly kind: 'discard';
  readonly words: readonly string[];
  readonly scope: 'sentence' | 'story';
  readonly line: number;
}

export interface DiscardList {
  readonly entries: readonly DiscardEntry[];
  readonly diagnostics: readonly DictionaryDiagnostic[];
}

/** Parses a PETRARCH discard list: one phrase a line, `+PHRASE` for story-level discards. */
export function parseDiscardList(source: string): DiscardList {
  const entries: DiscardEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  for (const { line, text } of contentLines(source)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const story = trimmed.startsWith('+');
    // "AFRICAN NATIONS CUP ;AB 13 JUN 2005": text after ';' is an old-style comment.
    const words = phraseWords((story ? trimmed.slice(1) : trimmed).replace(/;.*$/, ''));
    if (words.length === 0 || words.some((w) => /[[\]{}]/.test(w))) {
      diagnostics.push({ line, ruleId: 'dictionaries/bad-discard-line', reason: `Cannot read discard phrase "${trimmed}"; write one phrase a line, with "+" for a story-level discard.`, text });
      continue;
    }
    entries.push({ kind: 'discard', words, scope: story ? 'story' : 'sentence', line });
  }
  return { entries, diagnostics };
}
