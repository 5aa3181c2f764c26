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
 * that matches `required` reference events first). Our events matched to nothing are "extra".
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

/** Kuhn's augmenting-path matching; reference events are tried in the given order (required first). */
export function matchEvents(ours: readonly CodedEvent[], refs: readonly ReferenceEvent[]): Map<number, number> {
  const order = refs.map((_, i) => i).sort((a, b) => Number(refs[b]!.required) - Number(refs[a]!.required));
  const ourOwner = new Map<number, number>(); // our index → ref index
  const tryRef = (r: number, seen: Set<number>): boolean => {
    for (let o = 0; o < ours.length; o++) {
      if (seen.has(o) || !eventMatches(ours[o]!, refs[r]!)) continue;
      seen.add(o);
      const owner = ourOwner.get(o);
      if (owner === undefined || tryRef(owner, seen)) {
        ourOwner.set(o, r);
        return true;
      }
    }
    return false;
  };
  for (const r of order) tryRef(r, new Set());
  const refToOurs = new Map<number, number>();
  for (const [o, r] of ourOwner) refToOurs.set(r, o);
  return refToOurs;
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

export function scoreReference(ours: readonly CodedEvent[], refs: readonly ReferenceEvent[]): ReferenceScore {
  const matching = matchEvents(ours, refs);
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
    if (ref.size) {
      for (const [key, value] of Object.entries(ref.size)) {
        if (key === 'qualifier') continue;
        score.size.n++;
        const ourValue = (event.size as Record<string, { value: number; qualifier: string } | undefined>)[key];
        if (ourValue && ourValue.value === Number(value) && (ref.size.qualifier === undefined || sameQualifier(ourValue.qualifier, String(ref.size.qualifier)))) score.size.correct++;
      }
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
