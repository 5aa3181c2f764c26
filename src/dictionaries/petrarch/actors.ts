import type { ActorKind } from '../../core/document.js';
import { contentLines, phraseWords, type DictionaryDiagnostic } from './lines.js';

/**
 * One code of an actor, valid over an optional date range. `codes` is empty for TABARI's null
 * code `---`, and has several entries for `[ELR/GAL]` (the phrase names two actors at once).
 */
export interface ActorCode {
  readonly codes: readonly string[];
  /** Inclusive ISO dates (`1995-06-01`); null = open. Both null = no date restriction. */
  readonly from: string | null;
  readonly to: string | null;
}

/** An actor entry: its names (the first line plus `+` synonyms) and its codes in file order. */
export interface ActorEntry {
  readonly kind: 'actor';
  /** Each name as lower-case words: `MINAS_TIRITH` → ['minas', 'tirith']. */
  readonly names: readonly (readonly string[])[];
  readonly codes: readonly ActorCode[];
  readonly line: number;
  /** What the entry names, where a converted dictionary says it (Phoenix: dated entries are people). */
  readonly actorKind?: ActorKind;
  /** Where the entry came from, for explanations (Phoenix: `C51057`, see `phoenixSource`). */
  readonly source?: string;
}

export interface ActorDictionary {
  readonly entries: readonly ActorEntry[];
  readonly diagnostics: readonly DictionaryDiagnostic[];
}

/**
 * Parses a PETRARCH actor dictionary:
 *
 *     GONDOR [GON]          a name with its code
 *     +MINAS_TIRITH         a synonym of the entry above
 *     GOLLUM                a name whose codes follow on indented lines,
 *         [HOB < 950601]    …valid before a date (YYMMDD or YYYYMMDD),
 *         [HOBGOV 19950601 - 19990815]   …between two dates (inclusive),
 *         [HOBREB > 990816] …after a date.
 *
 * Two-digit years below 30 are read as 20xx, others as 19xx (TABARI wrote 1990s dates as `950601`).
 */
export function parseActorDictionary(source: string): ActorDictionary {
  const entries: { names: string[][]; codes: ActorCode[]; line: number; text: string }[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  let current: (typeof entries)[number] | null = null;

  const close = () => {
    if (current && current.codes.length === 0) {
      diagnostics.push({ line: current.line, ruleId: 'dictionaries/actor-without-code', reason: `Actor "${current.text.trim()}" has no [CODE]; add one on its line or an indented line below it.`, text: current.text });
    }
  };

  for (const { line, text } of contentLines(source)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('+')) {
      if (!current) {
        diagnostics.push({ line, ruleId: 'dictionaries/synonym-without-actor', reason: `Synonym "${trimmed}" comes before any actor; put it under the actor it names.`, text });
        continue;
      }
      const words = phraseWords(trimmed.slice(1).replace(/\[.*$/, ''));
      if (words.length > 0) current.names.push(words);
      const codes = /\[([^\]]*)\]/.exec(trimmed);
      if (codes) addCode(current, codes[1]!, line, text, diagnostics);
      continue;
    }
    if (trimmed.startsWith('[')) {
      if (!current) {
        diagnostics.push({ line, ruleId: 'dictionaries/code-without-actor', reason: `Code line "${trimmed}" comes before any actor; put it under the actor it codes.`, text });
        continue;
      }
      const codes = /^\[([^\]]*)\]/.exec(trimmed);
      if (!codes) {
        diagnostics.push({ line, ruleId: 'dictionaries/unclosed-code', reason: `Code "${trimmed}" has no closing "]"; close the bracket.`, text });
        continue;
      }
      addCode(current, codes[1]!, line, text, diagnostics);
      continue;
    }
    close();
    const m = /^([^[]+?)\s*(?:\[([^\]]*)\](.*))?$/.exec(trimmed);
    const name = m?.[1] ?? '';
    const words = phraseWords(name);
    if (!m || words.length === 0 || (trimmed.includes('[') && m[2] === undefined)) {
      diagnostics.push({ line, ruleId: 'dictionaries/bad-actor-line', reason: `Cannot read actor line "${trimmed}"; write NAME [CODE].`, text });
      current = null;
      continue;
    }
    current = { names: [words], codes: [], line, text };
    entries.push(current);
    if (m[2] !== undefined) addCode(current, m[2], line, text, diagnostics);
  }
  close();
  return {
    entries: entries.filter((e) => e.codes.length > 0).map((e) => ({ kind: 'actor', names: e.names, codes: e.codes, line: e.line })),
    diagnostics,
  };
}

/** Reads `HOB`, `HOB < 950601`, `HOBGOV 19950601 - 19990815`, `HOBREB > 990816`, `ELR/GAL`, `---`. */
function addCode(entry: { codes: ActorCode[] }, body: string, line: number, text: string, diagnostics: DictionaryDiagnostic[]): void {
  const m = /^\s*([A-Za-z0-9/\-+]*)\s*(?:(<|>)\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$/.exec(body);
  if (!m || m[1] === '') {
    diagnostics.push({ line, ruleId: 'dictionaries/bad-actor-code', reason: `Cannot read actor code "[${body}]"; write [CODE], [CODE <YYMMDD], [CODE >YYMMDD] or [CODE YYMMDD-YYMMDD].`, text });
    return;
  }
  const codes = m[1] === '---' ? [] : m[1]!.toUpperCase().split('/').filter((c) => c.length > 0);
  let from: string | null = null;
  let to: string | null = null;
  if (m[2]) {
    const date = readDate(m[3]!);
    if (!date) return badDate(m[3]!);
    if (m[2] === '<') to = shiftDay(date, -1);
    else from = shiftDay(date, 1);
  } else if (m[4]) {
    from = readDate(m[4]);
    to = readDate(m[5]!);
    if (!from) return badDate(m[4]);
    if (!to) return badDate(m[5]!);
  }
  entry.codes.push({ codes, from, to });

  function badDate(value: string): void {
    diagnostics.push({ line, ruleId: 'dictionaries/bad-date', reason: `Cannot read date "${value}" in "[${body}]"; write YYMMDD or YYYYMMDD.`, text });
  }
}

/** `950601` → `1995-06-01`, `20100109` → `2010-01-09`; null when not a real date. */
export function readDate(value: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(value)) {
    const yy = Number(value.slice(0, 2));
    year = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = value.slice(2);
  } else if (/^\d{8}$/.test(value)) {
    year = Number(value.slice(0, 4));
    rest = value.slice(4);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The codes of an actor on a date: the first date-restricted code whose range holds the date
 * (file order, so an earlier, narrower range wins), else the first unrestricted code, else none.
 * Without a date, the unrestricted code, else the first one.
 */
export function actorCodesOn(entry: ActorEntry, date: string | null | undefined): readonly string[] {
  const day = date ? date.slice(0, 10) : null;
  if (day) {
    for (const c of entry.codes) {
      if (c.from === null && c.to === null) continue;
      if ((c.from === null || c.from <= day) && (c.to === null || day <= c.to)) return c.codes;
    }
  }
  const open = entry.codes.find((c) => c.from === null && c.to === null);
  if (open) return open.codes;
  // Only restricted codes, none in force on this date ("ONODOHER [ONO <911226]" in 1995): no code.
  return day ? [] : entry.codes[0]?.codes ?? [];
}
