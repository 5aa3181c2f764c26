import type { CodedEvent } from '../../core/document.js';
import { factsOf, reportedPeriod, type MentionFacts } from './facts.js';

/*
 * The summary merging compares a new mention with: the distinct facts among a canonical event's
 * mentions, each with the first mention (in report order) that has them. `compare` reads nothing
 * else of a mention, so "matches every mention, scored by the weakest" gives the same verdict, score
 * and reasons over this list as over every stored mention; and since copies of one story (and most
 * reports of one event) code the same type, sides, date and place, the list stays short while the
 * mentions grow. A coarser summary (a union of the sides' codes, one date range) could not decide
 * the rules: sides are compared role by role, pair by pair.
 */

/**
 * Where a mention stands in report order, as `loadMentions` sorts: dated publications first, then
 * publication date, document id, evidence offset, trigger offset, event id.
 */
export type ReportOrder = readonly [undated: 0 | 1, publishedAt: string, docId: string, evidenceStart: number, triggerStart: number, eventId: string];

export function reportOrder(docId: string, publishedAt: string | null, event: CodedEvent): ReportOrder {
  return [publishedAt === null ? 1 : 0, publishedAt ?? '', docId, event.evidence.sentence.start, event.evidence.trigger.start, event.id];
}

/** Compares as the database's ORDER BY does: numbers by value, text by code unit (binary / C collation). */
export function compareReportOrder(a: ReportOrder, b: ReportOrder): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** One distinct set of facts among a canonical event's mentions, and the first mention that has it. */
export interface ClusterFacts {
  readonly facts: MentionFacts;
  readonly first: ReportOrder;
}

type StoredFacts = Omit<MentionFacts, 'period'>;

function key(facts: MentionFacts): string {
  return JSON.stringify([facts.event, facts.mode, facts.quad, facts.date, facts.precision, facts.actor, facts.recipient, facts.country]);
}

/**
 * `list` with a mention's facts added: a new entry in report order, or the existing entry moved to
 * the mention's place when it comes earlier. The list stays what `clusterFacts` would make of all
 * the mentions.
 */
export function withMention(list: readonly ClusterFacts[], facts: MentionFacts, order: ReportOrder): ClusterFacts[] {
  const same = list.find((entry) => key(entry.facts) === key(facts));
  if (same !== undefined && compareReportOrder(same.first, order) <= 0) return [...list];
  const rest = list.filter((entry) => entry !== same);
  const at = rest.findIndex((entry) => compareReportOrder(order, entry.first) < 0);
  rest.splice(at === -1 ? rest.length : at, 0, { facts, first: order });
  return rest;
}

/** The distinct facts of mentions given in report order, first occurrences kept. */
export function clusterFacts(mentions: readonly { docId: string; publishedAt: string | null; event: CodedEvent }[]): ClusterFacts[] {
  const seen = new Set<string>();
  const list: ClusterFacts[] = [];
  for (const mention of mentions) {
    const facts = factsOf(mention.event, mention.publishedAt);
    if (seen.has(key(facts))) continue;
    seen.add(key(facts));
    list.push({ facts, first: reportOrder(mention.docId, mention.publishedAt, mention.event) });
  }
  return list;
}

/** The `canonical_events.merge_facts` column: JSON without the periods, which follow from the dates and `reportedBy`. */
export function encodeClusterFacts(list: readonly ClusterFacts[]): string {
  return JSON.stringify(list.map(({ facts: { period: _period, ...stored }, first }) => ({ facts: stored, first })));
}

export function decodeClusterFacts(text: string): ClusterFacts[] {
  return (JSON.parse(text) as { facts: StoredFacts; first: ReportOrder }[]).map(({ facts, first }) => ({ facts: { ...facts, period: reportedPeriod(facts.date, facts.reportedBy) }, first }));
}
