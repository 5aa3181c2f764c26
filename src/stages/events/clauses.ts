import type { ArticleDoc, Sentence } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import { distanceUnit, type DistanceUnit } from '../dates/shift.js';
import { parseNumber } from '../quantities/number-words.js';

/** A clause: its predicate, the token indices (into doc.tokens) that belong to it, in order, and how it attaches. */
export interface Clause {
  /** The predicate heading the clause. */
  readonly head: number;
  readonly tokens: number[];
  /**
   * 'main' an ordinary clause (the root, a complement or a coordinated clause); 'relative' a clause
   * modifying a noun ("troops who …", "the deal signed in March"); 'subordinate' an adverbial
   * clause with a conjunction ("after …", "if …"); 'quote' a clause inside quotation marks.
   */
  readonly role: 'main' | 'relative' | 'subordinate' | 'quote';
  /** The subordinating word ("before", "after", "days after", "if"), lower-cased. */
  readonly marker?: string;
  /** The counted distance told before the conjunction ("nine years after", "a week before"): how far this clause's act lies from its governor's. */
  readonly distance?: { readonly count: number; readonly unit: DistanceUnit };
}

const OPEN_QUOTES = new Set(['“', '"', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '"', '’', '»']);
const TIME_DISTANCE = /^(days?|weeks?|months?|years?|hours?|shortly|soon|just|decades?|minutes?)$/;

/**
 * The clauses of a sentence, read off the dependency parse: every token belongs to the clause of
 * its nearest governing predicate (src/syntax/relations.ts `clauseHeadOf`).
 */
export function splitClauses(doc: ArticleDoc, sentence: Sentence): Clause[] {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const quoted = quotedTokens(doc, sentence);
  const members = new Map<number, number[]>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = syn.clauseHeadOf(i);
    const list = members.get(head) ?? [];
    list.push(i);
    members.set(head, list);
  }
  const clauses: Clause[] = [];
  for (const [head, list] of [...members].sort((a, b) => a[1][0]! - b[1][0]!)) {
    const relation = syn.relation(head);
    let marker = syn.markerOf(head) ?? undefined;
    let distance: Clause['distance'];
    if (marker !== undefined) {
      // "days after nemesis neighbors resumed talks": the distance before the conjunction belongs to the marker.
      const mark = syn.children(head).find((c) => tokens[c]!.normal === marker);
      const before = mark !== undefined ? tokens[mark - 1] : undefined;
      if (before && TIME_DISTANCE.test(before.normal)) {
        marker = `${before.normal} ${marker}`;
        // "nine years after", "a week after": a counted distance moves the act from its governor's date.
        const unit = distanceUnit(before.normal);
        const counted = mark! - 2 >= sentence.tokenStart ? tokens[mark! - 2] : undefined;
        const count = counted === undefined ? undefined : /^(a|an|one)$/.test(counted.normal) ? 1 : parseNumber(counted.text);
        if (unit && count !== undefined && count > 0) distance = { count, unit };
      }
    }
    // 'said it was "gravely alarmed" by the expulsion': words quoted inside the reporter's own clause, whose subject stands
    // outside the quotation marks, are no speaker's own sentence (whose "it", "they" would be others).
    const subject = syn.subjectOf(head);
    const partialQuote = subject !== null && !quoted.has(subject.token);
    const role: Clause['role'] = quoted.has(head) && !partialQuote ? 'quote' : relation === 'acl' ? 'relative' : relation === 'advcl' && marker !== undefined ? 'subordinate' : 'main';
    clauses.push({ head, tokens: list, role, ...(marker !== undefined ? { marker } : {}), ...(distance ? { distance } : {}) });
  }
  return clauses;
}

/** Token indices inside quotation marks in a sentence. */
function quotedTokens(doc: ArticleDoc, sentence: Sentence): Set<number> {
  const tokens = doc.tokens;
  const inside = new Set<number>();
  let open = -1;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    // An apostrophe glued to the word before it is a possessive or an elision, not a quotation mark.
    if (t.text === '’' && i > sentence.tokenStart && tokens[i - 1]!.end === t.start) continue;
    if (open < 0 && OPEN_QUOTES.has(t.text)) open = i;
    else if (open >= 0 && CLOSE_QUOTES.has(t.text)) {
      for (let k = open + 1; k < i; k++) inside.add(k);
      open = -1;
    }
  }
  return inside;
}

/** The clause holding a token. */
export function clauseOf(clauses: readonly Clause[], token: number): Clause | undefined {
  return clauses.find((c) => c.tokens.includes(token));
}
