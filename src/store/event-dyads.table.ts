/**
 * One unordered pair of distinct party codes of an event (actors and recipients, not third
 * parties), stored `code_a < code_b`: "ARM and AZE fought" and "AZE shelled ARM" are both the
 * pair (ARM, AZE), so a dyad filter or count needs no OR and no self-join at query time.
 */
export interface EventDyadsTable {
  doc_id: string;
  event_id: string;
  code_a: string;
  code_b: string;
  /** Copy of `events.quad`, for the cooperation/conflict split of dyad counts. */
  quad: number | null;
}
