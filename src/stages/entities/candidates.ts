import type { MentionLabel, Sentence, Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import { startsUpper } from './case.js';

/** A mention before it is numbered: a span, a label, and what the finder knew of it. */
export interface Candidate {
  start: number;
  end: number;
  label: MentionLabel;
  /** A person named with evidence beyond capitals (a title, a given name, an initial, a known name). */
  sure?: boolean;
  /**
   * A sure person whose only evidence is the name's own words (a given name first, an initial, a word of a person
   * already named), no title or word for a person before it: a place's noun beside it outweighs that ("the village of
   * Abu Tabar", "the Dan Kano district").
   */
  sureByWordsOnly?: boolean;
  /** For a gazetteer hit: the kinds of its readings ('city', 'country', 'organisation', …). */
  readings?: readonly string[];
}

/**
 * A name in a sentence: tokens `[a, b)`, either a candidate found earlier or a run of capitalised
 * words no finder took (an unknown company, club or newspaper: "Velta", "Gazeta Poranna").
 */
export interface Slot {
  readonly a: number;
  readonly b: number;
  readonly candidate?: Candidate;
}

/** Place readings a context may turn into an organisation: a town or a region, never a state or a demonym. */
const TOWN_READINGS = new Set(['city', 'region']);

/**
 * Whether context may relabel a candidate as an organisation: a person guessed from capitals alone
 * ("Halden Cement" read as a name), or a town's name ("Tamworth") when the words around it
 * say a company or a team is meant. States, capitals, demonyms and sure people stay what they are.
 */
export function isRelabelable(c: Candidate, capitals = false): boolean {
  if (c.label === 'PERSON') return !c.sure;
  if (c.label !== 'GPE' && c.label !== 'LOC') return false;
  const readings = c.readings ?? [];
  return readings.length > 0 && readings.every((r) => TOWN_READINGS.has(r) || (capitals && r === 'capital'));
}

/** Index of the first token starting at or after `offset` within `[from, to)`, or `to`. */
export function tokenAtOffset(tokens: readonly Token[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether token `t` may be part of a name no finder took: capitalised, a word, not a weekday or a month. */
export function isNameWord(t: Token, shapes: NameShapes): boolean {
  return startsUpper(t.text) && /\p{L}/u.test(t.text) && t.pos !== 'PUNCT' && !shapes.notNames.has(t.normal.replace(/\.$/, ''));
}

/**
 * The names of one sentence, in order: every candidate inside it, and every run of capitalised
 * words between them (one word a slot in a sentence in capitals, where capitals say nothing).
 */
export function slotsOf(tokens: readonly Token[], sentence: Sentence, candidates: readonly Candidate[], shapes: NameShapes, shouted: boolean): Slot[] {
  const out: Slot[] = [];
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const inside = candidates.filter((c) => c.start >= sentence.span.start && c.end <= sentence.span.end).sort((x, y) => x.start - y.start);
  let k = 0;
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    while (k < inside.length && inside[k]!.end <= t.start) k++;
    const c = inside[k];
    if (c && c.start < t.end) {
      const b = tokenAtOffset(tokens, i, to, c.end);
      // Nested candidates (a state inside an organisation's name) are read with the outer one.
      if (c.start >= t.start) out.push({ a: i, b, candidate: c });
      i = Math.max(b, i + 1);
      continue;
    }
    if (!isNameWord(t, shapes)) {
      i++;
      continue;
    }
    let j = i + 1;
    const next = inside[k];
    while (!shouted && j < to && isNameWord(tokens[j]!, shapes) && tokens[j]!.start <= tokens[j - 1]!.end + 1 && !(next && next.start < tokens[j]!.end)) j++;
    out.push({ a: i, b: j });
    i = j;
  }
  return out;
}

/** The lower-cased words `[a, b)` joined as a phrase ("news agency"). */
export function phraseOf(tokens: readonly Token[], a: number, b: number): string {
  return tokens.slice(a, b).map((t) => t.normal).join(' ');
}

/** Length of the longest phrase of `set` ending right before token `i` (not before `from`), 0 if none. */
export function phraseBefore(tokens: readonly Token[], i: number, from: number, set: ReadonlySet<string>, maxWords: number): number {
  for (let n = Math.min(maxWords, i - from); n >= 1; n--) if (set.has(phraseOf(tokens, i - n, i))) return n;
  return 0;
}

/** Length of the longest phrase of `set` starting at token `i` (before `to`), 0 if none. */
export function phraseAfter(tokens: readonly Token[], i: number, to: number, set: ReadonlySet<string>, maxWords: number): number {
  for (let n = Math.min(maxWords, to - i); n >= 1; n--) if (set.has(phraseOf(tokens, i, i + n))) return n;
  return 0;
}
