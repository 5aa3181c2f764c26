import { doublesFinalConsonant } from '../nlp/spelling.js';
import type { Token } from '../core/document.js';
import { fromCameo } from '../stages/events/cameo.js';
import type { CameoRow } from '../stages/events/cameo.js';
import type { DictionaryDiagnostic } from './petrarch/lines.js';
import { expandSynset, type PatternElement, type VerbDictionary, type VerbSpelling } from './petrarch/verbs.js';

/** A literal slot of a pattern: any of `alternatives` (word sequences); `joined` = the next slot must follow at once. */
export interface Slot {
  readonly alternatives: readonly (readonly string[])[];
  readonly joined: boolean;
  /**
   * The alternatives by their first word and by their last, each list in the order of
   * `alternatives`: matching at a token tries only those that can start (or end) there. A synset
   * slot holds up to hundreds of phrases, tried at every word of a gap of SLOT_GAP.
   */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** A role marker of a pattern and where it stands: in the gap before slot `gap` of its side (`gap` = slots.length: after the last). */
export interface Mark {
  readonly kind: 'source' | 'target' | 'skip' | 'compound';
  /**
   * After the verb, gap k lies between slot k-1 (or the verb) and slot k (or the sentence end);
   * before the verb, between slot k-1 (or the sentence start) and slot k (or the verb).
   */
  readonly gap: number;
}

/**
 * A verb pattern ready to match tokens: one spelling of one verb, the literal slots before and
 * after the verb, and the CAMEO code with its PLOVER reading. A verb's default code is a pattern
 * with no slots.
 */
export interface CompiledPattern {
  readonly group: string;
  readonly spelling: VerbSpelling;
  readonly before: readonly Slot[];
  readonly after: readonly Slot[];
  /** The verb must follow the last `before` slot at once (`IN_*`). */
  readonly verbJoinedBefore: boolean;
  /** The first `after` slot must follow the verb at once (`*_OUT`). */
  readonly verbJoinedAfter: boolean;
  /** The dictionary's CAMEO code; null for `---` (the pattern codes nothing). */
  readonly cameo: string | null;
  /** Code of the mirrored recipient → actor event (`[032:033]`). */
  readonly paired: string | null;
  /** PLOVER reading of `cameo` from the official table; null when none (CAMEO 01/02 statements, made-up test codes). */
  readonly plover: CameoRow | null;
  /** `%` in the pattern: a joint (compound) actor. */
  readonly compound: boolean;
  /** The `$ + ^ %` markers before the verb, left to right (`- + * FROM $` → [{target, gap 0}]). */
  readonly beforeMarks: readonly Mark[];
  /** The markers after the verb, left to right (`- + * FROM $` → [{source, gap 1}]). */
  readonly afterMarks: readonly Mark[];
  /** Number of literal slots: more specific patterns are tried first. */
  readonly specificity: number;
  readonly line: number;
  readonly text: string;
}

/** CAMEO codes are two to four digits, sometimes with a letter (`174K`); `+++`, `xxy`, `025?` are not. */
const CAMEO_SHAPE = /^\d{2,4}[A-Z]?$/;
/** How many words may come between two slots that are not joined ("restore full diplomatic ties"). */
export const SLOT_GAP = 8;

/**
 * Compiles every verb × spelling × pattern of a verb dictionary, most specific first within a
 * verb. Patterns whose code is not CAMEO-shaped are skipped with a diagnostic: TABARI test files
 * use `[+++]` or `[xxy]` as placeholders that code nothing real.
 */
export function compileVerbPatterns(dict: VerbDictionary): { patterns: CompiledPattern[]; diagnostics: DictionaryDiagnostic[] } {
  const patterns: CompiledPattern[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  for (const group of dict.groups) {
    for (const verb of group.verbs) {
      const verbCode = verb.code ?? group.code;
      const compiled: CompiledPattern[] = [];
      for (const pattern of group.patterns) {
        if (pattern.code.code !== null && !CAMEO_SHAPE.test(pattern.code.code)) {
          if (verb === group.verbs[0]) diagnostics.push({ line: pattern.line, ruleId: 'dictionaries/not-cameo-code', reason: `Pattern code [${pattern.code.code}] is not a CAMEO code; the pattern is skipped — use a code such as [064] or [---].`, text: pattern.text });
          continue;
        }
        for (const spelling of verb.spellings) compiled.push(compile(group.name, spelling, pattern.elements, pattern.code.code, pattern.code.paired, pattern.line, pattern.text, dict));
      }
      if (verbCode.code === null || CAMEO_SHAPE.test(verbCode.code)) {
        for (const spelling of verb.spellings) compiled.push(compile(group.name, spelling, [{ kind: 'verb', joined: false }], verbCode.code, verbCode.paired, verb.line, group.name, dict));
      } else if (verb === group.verbs[0]) {
        diagnostics.push({ line: group.line, ruleId: 'dictionaries/not-cameo-code', reason: `Verb code [${verbCode.code}] of "${group.name}" is not a CAMEO code; the verb codes nothing without a pattern — use a code such as [064] or [---].`, text: group.name });
      }
      // Stable: file order among patterns of equal specificity.
      compiled.sort((a, b) => b.specificity - a.specificity);
      patterns.push(...compiled);
    }
  }
  return { patterns, diagnostics };
}

function compile(group: string, spelling: VerbSpelling, elements: readonly PatternElement[], cameo: string | null, paired: string | null,
  line: number, text: string, dict: VerbDictionary): CompiledPattern {
  const verbAt = elements.findIndex((e) => e.kind === 'verb');
  const toSlots = (list: readonly PatternElement[], last: boolean): Slot[] => {
    const slots: Slot[] = [];
    list.forEach((e, k) => {
      if (e.kind !== 'word' && e.kind !== 'synset') return;
      // A marker ($ + ^ %) stands for words of its own: what follows it is never adjacent.
      const next = list[k + 1];
      const joined = e.joined && (next ? next.kind === 'word' || next.kind === 'synset' : last);
      slots.push({ ...alternativesOf(dict.synsets, e), joined });
    });
    return slots;
  };
  const beforeElements = elements.slice(0, verbAt);
  const afterElements = elements.slice(verbAt + 1);
  const before = toSlots(beforeElements, true);
  const after = toSlots(afterElements, false);
  const marks = (list: readonly PatternElement[]): Mark[] => {
    const out: Mark[] = [];
    let gap = 0;
    for (const e of list) {
      if (e.kind === 'word' || e.kind === 'synset') gap++;
      else if (e.kind !== 'verb') out.push({ kind: e.kind, gap });
    }
    return out;
  };
  const lastBefore = beforeElements[beforeElements.length - 1];
  const verb = elements[verbAt]!;
  const firstAfter = afterElements[0];
  return {
    group, spelling, before, after,
    verbJoinedBefore: !!lastBefore && lastBefore.joined && (lastBefore.kind === 'word' || lastBefore.kind === 'synset'),
    verbJoinedAfter: verb.joined && !!firstAfter && (firstAfter.kind === 'word' || firstAfter.kind === 'synset'),
    cameo, paired,
    plover: cameo === null ? null : fromCameo(cameo),
    compound: elements.some((e) => e.kind === 'compound'),
    beforeMarks: marks(beforeElements),
    afterMarks: marks(afterElements),
    specificity: before.length + after.length,
    line, text,
  };
}

type Alternatives = Pick<Slot, 'alternatives' | 'byFirst' | 'byLast'>;

/**
 * The indexed alternatives of each word and synset, per synset table. Shared by every pattern that
 * names them: a synset recurs in thousands of patterns, and a copy per slot would double the
 * memory of the compiled dictionary (80,000 patterns).
 */
const ALTERNATIVES = new WeakMap<VerbDictionary['synsets'], Map<string, Alternatives>>();

function alternativesOf(synsets: VerbDictionary['synsets'], element: { readonly kind: 'word'; readonly text: string } | { readonly kind: 'synset'; readonly name: string }): Alternatives {
  let known = ALTERNATIVES.get(synsets);
  if (!known) ALTERNATIVES.set(synsets, (known = new Map()));
  // A word never starts with "&" (the reader reads such a piece as a synset): one map holds both.
  const key = element.kind === 'word' ? element.text : `&${element.name}`;
  let entry = known.get(key);
  if (!entry) {
    const alternatives = element.kind === 'word' ? [[element.text]] : expandSynset(synsets, element.name);
    entry = { alternatives, byFirst: groupBy(alternatives, (a) => a[0]!), byLast: groupBy(alternatives, (a) => a[a.length - 1]!) };
    known.set(key, entry);
  }
  return entry;
}

/**
 * Word sequences grouped by one of their words, keeping their order within each group. Every
 * alternative has a word: the reader drops empty pieces and `expandSynset` empty phrases.
 */
function groupBy(alternatives: readonly (readonly string[])[], word: (a: readonly string[]) => string): Map<string, (readonly string[])[]> {
  const groups = new Map<string, (readonly string[])[]>();
  for (const alt of alternatives) {
    const list = groups.get(word(alt));
    if (list) list.push(alt);
    else groups.set(word(alt), [alt]);
  }
  return groups;
}

const NO_ALTERNATIVES: readonly (readonly string[])[] = [];

/** Regular English forms of a verb, as PETRARCH generates them: restore → restores, restored, restoring. */
export function inflections(verb: string): string[] {
  let known = INFLECTIONS.get(verb);
  if (!known) {
    known = inflect(verb);
    INFLECTIONS.set(verb, known);
  }
  return known;
}

/** Inflections by verb: matching asks for the same few hundred verbs on every token (a third of the coder's time before). */
const INFLECTIONS = new Map<string, string[]>();

function inflect(verb: string): string[] {
  const out = new Set([verb]);
  if (/[^aeiou]y$/.test(verb)) {
    out.add(`${verb.slice(0, -1)}ies`); out.add(`${verb.slice(0, -1)}ied`); out.add(`${verb}ing`);
  } else if (/e$/.test(verb)) {
    out.add(`${verb}s`); out.add(`${verb}d`); out.add(`${verb.slice(0, -1)}ing`);
  } else {
    out.add(/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);
    // A one-syllable verb doubles its consonant, so "raged" is not "rag" (a CAMEO protest verb);
    // a longer one may or may not ("targeted", "admitted"): both spellings.
    if (!doublesFinalConsonant(verb)) { out.add(`${verb}ed`); out.add(`${verb}ing`); }
    // ban → banned, stab → stabbing
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) { out.add(`${verb}${verb.at(-1)}ed`); out.add(`${verb}${verb.at(-1)}ing`); }
  }
  return [...out];
}

const wordOf = (t: Token) => t.normal;

/** Patterns in the order they are tried, indexed by the first words of their slots' alternatives (see `patternsThatMayMatch`). */
export interface IndexedPatterns {
  readonly patterns: readonly CompiledPattern[];
  /** A word → each pattern with a slot one of whose alternatives starts with it: [the pattern's index, the slot's bit]. */
  readonly slotsByFirstWord: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** Per pattern, the bits of the slots it needs (0 for a verb alone). */
  readonly needed: Uint32Array;
}

/** Slots of one pattern the index reads (a bit each in a 32-bit word); further slots are left to matching. */
const INDEXED_SLOTS = 31;

/** Indexes an ordered list of patterns once, for `patternsThatMayMatch` to filter it per sentence. */
export function indexPatterns(patterns: readonly CompiledPattern[]): IndexedPatterns {
  const slotsByFirstWord = new Map<string, (readonly [number, number])[]>();
  const needed = new Uint32Array(patterns.length);
  patterns.forEach((pattern, k) => {
    [...pattern.before, ...pattern.after].slice(0, INDEXED_SLOTS).forEach((slot, s) => {
      const bit = 1 << s;
      needed[k]! |= bit;
      for (const word of slot.byFirst.keys()) {
        const list = slotsByFirstWord.get(word);
        if (list) list.push([k, bit]);
        else slotsByFirstWord.set(word, [[k, bit]]);
      }
    });
  });
  return { patterns, slotsByFirstWord, needed };
}

/**
 * The patterns, in order, that may match inside tokens [start, end): every slot has an alternative
 * whose first word stands there. Matching a pattern walks each slot over a gap of up to SLOT_GAP
 * words; a verb such as "issue" or "control" has hundreds of patterns and most name words the
 * sentence lacks, so one pass over the sentence rules them out. A necessary condition only: order,
 * gaps and whole phrases are `matchPatternAt`'s to check, so its first match is the same.
 */
export function* patternsThatMayMatch(list: IndexedPatterns, tokens: readonly Token[], start: number, end: number): Generator<CompiledPattern> {
  // "said", "urged": verbs whose patterns can code nothing here have none to try.
  if (list.patterns.length === 0) return;
  const filled = new Uint32Array(list.patterns.length);
  for (let i = start; i < end; i++) {
    for (const [k, bit] of list.slotsByFirstWord.get(wordOf(tokens[i]!)) ?? []) filled[k]! |= bit;
  }
  for (let k = 0; k < list.patterns.length; k++) if (filled[k] === list.needed[k]) yield list.patterns[k]!;
}

/** Token ranges `[start, end)` a pattern matched: its verb spelling and each literal slot. */
export interface PatternMatch {
  readonly verb: readonly [number, number];
  readonly before: readonly (readonly [number, number])[];
  readonly after: readonly (readonly [number, number])[];
}

/**
 * Whether `pattern` matches with its verb's head at token `head`, inside tokens [start, end)
 * (the sentence). Words of the verb spelling must be adjacent; slots match surface words (as
 * PETRARCH does: `RESOLUTION` does not match "resolutions"), with up to SLOT_GAP words between
 * slots that are not joined.
 */
export function matchPattern(pattern: CompiledPattern, tokens: readonly Token[], head: number, start: number, end: number): boolean {
  return matchPatternAt(pattern, tokens, head, start, end) !== null;
}

/** As `matchPattern`, with where each slot matched (the first match, nearest slots first), so that role markers can be placed. */
export function matchPatternAt(pattern: CompiledPattern, tokens: readonly Token[], head: number, start: number, end: number): PatternMatch | null {
  const { words, head: h } = pattern.spelling;
  const headToken = tokens[head];
  if (!headToken || !verbMatches(words[h]!, headToken)) return null;
  const first = head - h;
  const last = head + (words.length - h);
  if (first < start || last > end) return null;
  for (let k = 0; k < words.length; k++) {
    if (k !== h && wordOf(tokens[first + k]!) !== words[k]) return null;
  }
  const after: [number, number][] = [];
  const before: [number, number][] = [];
  if (!matchForward(pattern.after, 0, last, pattern.verbJoinedAfter, tokens, end, after)) return null;
  if (!matchBackward(pattern.before, pattern.before.length - 1, first, pattern.verbJoinedBefore, tokens, start, before)) return null;
  return { verb: [first, last], before: before.reverse(), after };
}

export function verbMatches(word: string, token: Token): boolean {
  return token.lemma === word || token.normal === word || inflections(word).includes(token.normal);
}

/** Matches slots left to right; on success `found` holds each slot's range. */
function matchForward(slots: readonly Slot[], i: number, pos: number, adjacent: boolean, tokens: readonly Token[], end: number, found: [number, number][]): boolean {
  const slot = slots[i];
  if (!slot) return true;
  const limit = adjacent ? pos : Math.min(end - 1, pos + SLOT_GAP);
  for (let at = pos; at <= limit; at++) {
    const token = tokens[at];
    if (token?.text === ';') break;
    if (!token) continue;
    for (const alt of slot.byFirst.get(wordOf(token)) ?? NO_ALTERNATIVES) {
      if (at + alt.length > end) continue;
      if (!alt.every((w, k) => wordOf(tokens[at + k]!) === w)) continue;
      found.push([at, at + alt.length]);
      if (matchForward(slots, i + 1, at + alt.length, slot.joined, tokens, end, found)) return true;
      found.length = i;
    }
  }
  return false;
}

/** Matches slots right to left; `adjacent` = slot i must end exactly at `pos`; `found` gets the ranges right to left. */
function matchBackward(slots: readonly Slot[], i: number, pos: number, adjacent: boolean, tokens: readonly Token[], start: number, found: [number, number][]): boolean {
  const slot = slots[i];
  if (!slot) return true;
  const depth = found.length;
  const lowest = adjacent ? pos : Math.max(start, pos - SLOT_GAP);
  for (let stop = pos; stop >= lowest; stop--) {
    if (stop < pos && tokens[stop]?.text === ';') break;
    const last = tokens[stop - 1];
    if (!last) continue;
    for (const alt of slot.byLast.get(wordOf(last)) ?? NO_ALTERNATIVES) {
      const from = stop - alt.length;
      if (from < start) continue;
      const prev = slots[i - 1];
      if (!alt.every((w, k) => wordOf(tokens[from + k]!) === w)) continue;
      found.push([from, stop]);
      if (matchBackward(slots, i - 1, from, prev ? prev.joined : false, tokens, start, found)) return true;
      found.length = depth;
    }
  }
  return false;
}
