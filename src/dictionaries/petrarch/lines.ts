/**
 * Line reading shared by the PETRARCH/TABARI dictionary parsers.
 *
 * The files mix two comment styles, both inherited from TABARI: XML comments that may span lines
 * (`<!-- VERSION: 0.9 -->`, and the sloppy `<! -- NEW ACTORS -->`) and `#` to the end of a line
 * (`ATHENS  [GRC] #JW   10/17/91`). Both are removed here, keeping line numbers, so each parser
 * sees only content and can report problems at the line where the user has to look.
 */

/** One line of content, comments removed, with its 1-based line number in the file. */
export interface ContentLine {
  readonly line: number;
  /** The content with comments removed and trailing spaces trimmed; leading indentation kept. */
  readonly text: string;
}

/** A problem in a dictionary file. Parsers collect these and never throw on a bad line. */
export interface DictionaryDiagnostic {
  readonly line: number;
  /** Stable id, `dictionaries/<rule>`, e.g. `dictionaries/actor-without-code`. */
  readonly ruleId: string;
  readonly reason: string;
  /** The offending line as written. */
  readonly text: string;
}

/** Splits a dictionary file into content lines; blank lines are kept (they end synonym lists). */
export function contentLines(source: string): ContentLine[] {
  const out: ContentLine[] = [];
  let inComment = false;
  const raw = source.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i]!;
    let kept = '';
    // Remove XML comments, which may open on one line and close on a later one.
    while (text.length > 0) {
      if (inComment) {
        const close = text.indexOf('-->');
        if (close < 0) { text = ''; break; }
        text = text.slice(close + 3);
        inComment = false;
      } else {
        const open = /<!\s*--/.exec(text);
        if (!open) { kept += text; text = ''; break; }
        kept += text.slice(0, open.index);
        text = text.slice(open.index + open[0].length);
        inComment = true;
      }
    }
    const hash = commentStart(kept);
    if (hash >= 0) kept = kept.slice(0, hash);
    out.push({ line: i + 1, text: kept.replace(/\s+$/, '') });
  }
  return out;
}

/** Where a `#` comment starts, ignoring `#` inside a code in brackets (`[###]` is a code, not a comment). */
function commentStart(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return i;
  }
  return -1;
}

/**
 * Words of a dictionary phrase, lower-cased: `_` and spaces both separate words, and a trailing
 * `_` (TABARI's "match this word exactly" mark, as in `ARNOR_`) is dropped, since Chronicle
 * matches whole words anyway. `NEW_ZEALAND` → ['new', 'zealand'].
 */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[_\s]+/).map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0);
}
