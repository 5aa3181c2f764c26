/**
 * Scoring of coded events against reference events. Pure functions, tested in events-scoring.test.ts.
 *
 * Matching rule (documented in docs/evaluation.md): one of our events matches a reference event when
 * - its PLOVER type is one of the reference's acceptable types;
 * - every code in the reference's `parties` and `third_party` appears among our actor, recipient
 *   or third-party codes;
 * - where the reference gives `actor` / `recipient`, those codes appear in our actor / recipient (direction);
 * - our date equals the reference date or refines it (reference `2022`, ours `2022-10-04`).
 * Each event matches at most one reference event and vice versa (a maximum bipartite matching
 * that matches as many `required` reference events as any maximum matching does; among those, the
 * one that pairs the most events with the act their sentence tells, then the most fully right
 * pairs). Our events matched to nothing are "extra".
 */
import type { CodedEvent, EventParty } from '../src/core/document.js';

export interface ReferenceEvent {
  readonly id: string;
  readonly event: readonly string[];
  readonly mode?: string;
  readonly actor?: readonly string[];
  readonly recipient?: readonly string[];
  readonly third_party?: readonly string[];
  readonly parties?: readonly string[];
  readonly date: string;
  readonly background: boolean;
  readonly size?: Readonly<Record<string, number | string>>;
  readonly location?: string;
  readonly required: boolean;
  readonly evidence?: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Finds `needle` in `text` with any run of whitespace standing for any other (the clean stage may re-flow lines). */
export function locate(text: string, needle: string): Span | null {
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || !words[0]) return null;
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The sentences an event is told in: its evidence sentence and those of the mentions merged into it. */
const sentencesOf = (e: CodedEvent): Span[] => [e.evidence.sentence, ...(e.evidence.mentions ?? []).map((m) => m.sentence)];

/** Whether an event tells the act whose evidence lies at `evidence` (located in the text): one of its sentences overlaps it. */
export function tellsAct(event: CodedEvent, evidence: Span | null | undefined): boolean {
  return !!evidence && sentencesOf(event).some((s) => overlaps(s, evidence));
}

const codesOf = (parties: readonly EventParty[]) => new Set(parties.map((p) => p.code).filter((c): c is string => c !== null));

export function dateCompatible(ours: string | null, reference: string): boolean {
  return ours !== null && ours.startsWith(reference);
}

export function eventMatches(ours: CodedEvent, ref: ReferenceEvent): boolean {
  if (!ref.event.includes(ours.event)) return false;
  const actor = codesOf(ours.actor);
  const recipient = codesOf(ours.recipient);
  const all = new Set([...actor, ...recipient, ...codesOf(ours.third_party)]);
  for (const code of [...(ref.parties ?? []), ...(ref.third_party ?? [])]) if (!all.has(code)) return false;
  for (const code of ref.actor ?? []) if (!actor.has(code)) return false;
  for (const code of ref.recipient ?? []) if (!recipient.has(code)) return false;
  return dateCompatible(ours.date, ref.date);
}

/**
 * Why an event of an accepted type does not have the reference's parties: the first failing check,
 * in the order an analyst fixes a record (who did it, to whom, who else), telling apart a party we
 * found but could not code from one we coded wrong or did not find.
 */
export function partiesFault(ours: CodedEvent, ref: ReferenceEvent): string | null {
  const actor = codesOf(ours.actor);
  const recipient = codesOf(ours.recipient);
  const all = new Set([...actor, ...recipient, ...codesOf(ours.third_party)]);
  const missing = (codes: readonly string[] | undefined, have: ReadonlySet<string>) => (codes ?? []).some((c) => !have.has(c));
  const role = (name: string, codes: readonly string[] | undefined, parties: readonly EventParty[], have: ReadonlySet<string>, other: ReadonlySet<string>): string | null => {
    if (!missing(codes, have)) return null;
    if ((codes ?? []).every((c) => other.has(c)) && codes!.length > 0) return `${name} in the other role`;
    if (parties.length === 0) return `no ${name}`;
    if (parties.every((p) => p.code === null)) return `${name} found, no code`;
    return `${name} code wrong`;
  };
  return role('actor', ref.actor, ours.actor, actor, recipient)
    ?? role('recipient', ref.recipient, ours.recipient, recipient, actor)
    ?? (missing(ref.third_party, all) ? 'third party missing' : null)
    ?? (missing(ref.parties, all) ? 'a named party missing' : null);
}

/** A preference between strict pairs (our index, reference index): true for a pair an analyst would rather count. */
export type PairPreference = (o: number, r: number) => boolean;

/**
 * The one-to-one matching of our events to reference events over strict pairs (eventMatches) with,
 * in this order of dominance: the most pairs (a maximum matching, so "found" is what it always was),
 * the most required reference events among them, then the most pairs each `preferences` entry
 * holds for, in turn. When one event could pair with two acts, an analyst pairs it with the one it
 * tells; an arbitrary maximum matching may leave that fully right pair undone.
 *
 * Exact by construction: a pair's weight is a number in base B = (largest possible matching) + 1
 * whose digits are its levels (1 for the pair, 1 if required, 1 per preference held); no level's
 * sum over a matching reaches B, so a matching's total weight orders matchings lexicographically by
 * their level counts. Pairs that are not strict weigh 0 and are dropped from the assignment, so the
 * maximum-weight assignment (maxWeightAssignment) is the maximum-weight matching, the one asked for.
 * (Kuhn's augmenting paths alone keep the count and the required events, but not the preferences.)
 */
export function matchEvents(ours: readonly CodedEvent[], refs: readonly ReferenceEvent[], preferences: readonly PairPreference[] = []): Map<number, number> {
  const base = Math.min(ours.length, refs.length) + 1;
  const levels = 2 + preferences.length;
  // Weights and the method's potentials stay below base^levels times the matrix size: integers, so exact.
  if (base ** levels * (Math.max(ours.length, refs.length) + 1) > Number.MAX_SAFE_INTEGER) throw new Error(`matchEvents: ${ours.length} × ${refs.length} events is too many for exact integer weights`);
  const weights = ours.map((event, o) => refs.map((ref, r) => {
    if (!eventMatches(event, ref)) return 0;
    const digits = [1, Number(ref.required), ...preferences.map((prefer) => Number(prefer(o, r)))];
    return digits.reduce((weight, digit) => weight * base + digit, 0);
  }));
  const refToOurs = new Map<number, number>();
  for (const [o, r] of maxWeightAssignment(weights)) if (weights[o]![r]! > 0) refToOurs.set(r, o);
  return refToOurs;
}

/**
 * The Hungarian method (Kuhn–Munkres with potentials, O(n³)) on the matrix padded square with
 * zeros: row → column pairs of an assignment of the largest total weight. Integer weights keep
 * it exact; the scan order keeps it deterministic.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): [number, number][] {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  const n = Math.max(rows, cols);
  const cost = (i: number, j: number) => -(weights[i - 1]?.[j - 1] ?? 0); // 1-based; minimising the negated weight
  const rowPotential = new Array<number>(n + 1).fill(0);
  const colPotential = new Array<number>(n + 1).fill(0);
  const rowOfCol = new Array<number>(n + 1).fill(0); // 0: the column is free
  const previousCol = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let col = 0;
    const slack = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[col] = true;
      const row = rowOfCol[col]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(row, j) - rowPotential[row]! - colPotential[j]!;
        if (reduced < slack[j]!) {
          slack[j] = reduced;
          previousCol[j] = col;
        }
        if (slack[j]! < delta) {
          delta = slack[j]!;
          next = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          rowPotential[rowOfCol[j]!]! += delta;
          colPotential[j]! -= delta;
        } else slack[j]! -= delta;
      }
      col = next;
    } while (rowOfCol[col] !== 0);
    do {
      const before = previousCol[col]!;
      rowOfCol[col] = rowOfCol[before]!;
      col = before;
    } while (col !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= n; j++) if (rowOfCol[j]! <= rows && j <= cols) pairs.push([rowOfCol[j]! - 1, j - 1]);
  return pairs.sort((a, b) => a[0] - b[0]);
}

export interface ReferenceScore {
  requiredFound: number;
  requiredTotal: number;
  optionalFound: number;
  optionalTotal: number;
  extra: number;
  extraEvents: CodedEvent[];
  missedRequired: string[];
  /** Over matched reference events: our date value equals the reference value exactly. */
  dateValue: { correct: number; n: number };
  datePrecision: { correct: number; n: number };
  background: { correct: number; n: number };
  size: { correct: number; n: number };
  location: { correct: number; n: number };
  rows: { id: string; required: boolean; matched: CodedEvent | null }[];
}

const PRECISION_BY_LENGTH: Record<number, string> = { 10: 'day', 7: 'month', 4: 'year', 3: 'decade', 2: 'century' };

export function precisionOf(value: string): string {
  return PRECISION_BY_LENGTH[value.length] ?? 'unknown';
}

/** Per figure of the reference's size: whether ours gives that value, with the reference's qualifier where it gives one. */
function sizeFiguresRight(event: CodedEvent, ref: ReferenceEvent): boolean[] {
  const size = event.size as Record<string, { value: number; qualifier: string } | undefined>;
  return Object.entries(ref.size ?? {}).filter(([key]) => key !== 'qualifier').map(([key, value]) => {
    const ourValue = size[key];
    return !!ourValue && ourValue.value === Number(value) && (ref.size!.qualifier === undefined || sameQualifier(ourValue.qualifier, String(ref.size!.qualifier)));
  });
}

/** Every detail scoreReference measures on a matched pair is right: date value, background flag, size figures, place. */
function detailsRight(event: CodedEvent, ref: ReferenceEvent): boolean {
  return event.date === ref.date && event.background === ref.background && sizeFiguresRight(event, ref).every(Boolean) && (ref.location === undefined || event.event_loc?.name === ref.location);
}

/**
 * Scores our events against reference events. Given the text the events' evidence spans point into,
 * the matching pairs each event with the act its sentence tells, then with one it has fully right
 * (matchEvents); without it, any maximum matching with the most required events.
 */
export function scoreReference(ours: readonly CodedEvent[], refs: readonly ReferenceEvent[], text?: string): ReferenceScore {
  const refSpans = refs.map((r) => (text !== undefined && r.evidence ? locate(text, r.evidence) : null));
  const preferences: PairPreference[] = text === undefined ? [] : [(o, r) => tellsAct(ours[o]!, refSpans[r]), (o, r) => detailsRight(ours[o]!, refs[r]!)];
  const matching = matchEvents(ours, refs, preferences);
  const matchedOurs = new Set(matching.values());
  const score: ReferenceScore = {
    requiredFound: 0, requiredTotal: refs.filter((r) => r.required).length, optionalFound: 0, optionalTotal: refs.filter((r) => !r.required).length,
    extra: 0, extraEvents: [], missedRequired: [], dateValue: { correct: 0, n: 0 }, datePrecision: { correct: 0, n: 0 }, background: { correct: 0, n: 0 },
    size: { correct: 0, n: 0 }, location: { correct: 0, n: 0 }, rows: [],
  };
  refs.forEach((ref, r) => {
    const o = matching.get(r);
    const event = o === undefined ? null : ours[o]!;
    score.rows.push({ id: ref.id, required: ref.required, matched: event });
    if (!event) {
      if (ref.required) score.missedRequired.push(ref.id);
      return;
    }
    if (ref.required) score.requiredFound++;
    else score.optionalFound++;
    score.dateValue.n++;
    if (event.date === ref.date) score.dateValue.correct++;
    score.datePrecision.n++;
    if (event.date_precision === precisionOf(ref.date)) score.datePrecision.correct++;
    score.background.n++;
    if (event.background === ref.background) score.background.correct++;
    for (const right of sizeFiguresRight(event, ref)) {
      score.size.n++;
      if (right) score.size.correct++;
    }
    if (ref.location) {
      score.location.n++;
      if (event.event_loc?.name === ref.location) score.location.correct++;
    }
  });
  ours.forEach((e, o) => {
    if (!matchedOurs.has(o)) {
      score.extra++;
      score.extraEvents.push(e);
    }
  });
  return score;
}

/** "around" and "about" are one qualifier; so are "over" and "more than". */
export function sameQualifier(ours: string, reference: string): boolean {
  const norm = (q: string) => ({ around: 'about', approximately: 'about', some: 'about', over: 'more than' } as Record<string, string>)[q] ?? q;
  return norm(ours) === norm(reference);
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Early-draft PLOVER types folded into PLOVER 2.0 (shared/README.md). */
export const FOLDED_TYPES: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

export function plover2Type(type: string): string {
  return FOLDED_TYPES[type] ?? type;
}
