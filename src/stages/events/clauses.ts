import type { ArticleDoc, Sentence, Token } from '../../core/document.js';

/** A clause: the token indices (into doc.tokens) that belong to it, in order, and how it attaches. */
export interface Clause {
  readonly tokens: number[];
  /**
   * 'main' an ordinary clause; 'relative' a who/which clause or a parenthetical between dashes;
   * 'subordinate' introduced by a conjunction such as "before" or "after"; 'quote' the words inside quotation marks.
   */
  readonly role: 'main' | 'relative' | 'subordinate' | 'quote';
  /** The subordinating word ("before", "after", "days after", "when"), lower-cased. */
  readonly marker?: string;
}

const SUBORDINATORS = new Set(['before', 'after', 'when', 'while', 'because', 'although', 'though', 'as', 'since', 'until', 'whereas', 'once']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);
const DASHES = new Set(['–', '—', '--']);

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Whether a verb follows `from` before the next punctuation: "before a ceasefire ended …" is a clause, "after US mediation," is not. */
function verbFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    // "US-brokered" is an adjective built from a verb: not the verb of a clause.
    if (isVerb(t) && tokens[i - 1]?.text !== '-') return true;
  }
  return false;
}

/** Whether a verb comes after `from` before the next dash or the end: an aside with a verb is its own clause. */
function verbBeforeDash(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (DASHES.has(t.text)) return false;
    if (isVerb(t) && tokens[i - 1]?.text !== '-') return true;
  }
  return false;
}

/**
 * Splits a sentence into clauses with simple, explainable cues (no parser): semicolons,
 * ", and" before a new subject, subordinating conjunctions followed by a verb, who/which
 * relative clauses up to the next comma, parentheticals between dashes, and quotations.
 */
export function splitClauses(doc: ArticleDoc, sentence: Sentence): Clause[] {
  const tokens = doc.tokens;
  const clauses: Clause[] = [];
  let current: number[] = [];
  let currentRole = 'main' as Clause['role'];
  const roleNow = (): Clause['role'] => currentRole;
  let currentMarker: string | undefined;
  const stack: { tokens: number[]; role: Clause['role']; marker: string | undefined }[] = [];

  const close = () => {
    if (current.length > 0) clauses.push(currentMarker ? { tokens: current, role: currentRole, marker: currentMarker } : { tokens: current, role: currentRole });
    current = [];
  };
  const open = (role: Clause['role'], marker?: string) => {
    close();
    currentRole = role;
    currentMarker = marker;
  };
  const push = (role: Clause['role'], marker?: string) => {
    stack.push({ tokens: current, role: currentRole, marker: currentMarker });
    current = [];
    currentRole = role;
    currentMarker = marker;
  };
  const pop = () => {
    const outer = stack.pop();
    if (!outer) return;
    if (current.length > 0) clauses.push(currentMarker ? { tokens: current, role: currentRole, marker: currentMarker } : { tokens: current, role: currentRole });
    current = outer.tokens;
    currentRole = outer.role;
    currentMarker = outer.marker;
  };

  let inQuote = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (OPEN_QUOTES.has(t.text) && !inQuote && !(t.text === '’' && prev && prev.end === t.start)) {
      inQuote = true;
      push('quote');
      continue;
    }
    if (CLOSE_QUOTES.has(t.text) && inQuote) {
      inQuote = false;
      pop();
      continue;
    }
    if (DASHES.has(t.text)) {
      const top = stack[stack.length - 1];
      if (roleNow() === 'relative' && top && currentMarker === 'dash') pop();
      // "fought two wars – in 2020 and in the 1990s –": a verbless aside stays in its clause.
      else if (verbBeforeDash(tokens, i + 1, sentence.tokenEnd)) push('relative', 'dash');
      continue;
    }
    if (t.text === ';') {
      open('main');
      continue;
    }
    if (t.text === ',' && roleNow() === 'relative' && currentMarker !== 'dash') {
      pop();
      continue;
    }
    if (t.text === ',' && next && RELATIVE.has(next.normal)) {
      push('relative', next.normal);
      continue;
    }
    if (t.text === ',' && next && (next.normal === 'and' || next.normal === 'but') && i + 2 < sentence.tokenEnd &&
        verbFollows(tokens, i + 2, sentence.tokenEnd)) {
      open('main');
      i++; // the conjunction belongs to no clause
      continue;
    }
    // "days after nemesis neighbors resumed talks": a time-distance before the conjunction belongs to the marker.
    // "has once again rejected", "as well as": adverbs, not subordinators.
    const adverbial = (t.normal === 'once' && (next?.normal === 'again' || next?.normal === 'more')) || (t.normal === 'as' && (next?.normal === 'well' || prev?.normal === 'well'));
    if (SUBORDINATORS.has(t.normal) && !adverbial && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV') && verbFollows(tokens, i + 1, sentence.tokenEnd)) {
      let marker = t.normal;
      if (prev && /^(days?|weeks?|months?|years?|hours?|shortly|soon|just|decades?)$/.test(prev.normal) && current.at(-1) === i - 1) {
        current.pop();
        marker = `${prev.normal} ${t.normal}`;
      }
      if (current.length === 0 && clauses.length === 0 && stack.length === 0) {
        currentRole = 'subordinate';
        currentMarker = marker;
        continue;
      }
      open('subordinate', marker);
      continue;
    }
    // A subordinate clause at the start ends at its comma: "When the Soviet Union collapsed in 1991, separatists …".
    if (t.text === ',' && roleNow() === 'subordinate' && clauses.length === 0 && stack.length === 0) {
      open('main');
      continue;
    }
    current.push(i);
  }
  while (stack.length > 0) pop();
  close();
  return clauses;
}
