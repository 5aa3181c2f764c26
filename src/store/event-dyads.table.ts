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
  /**
   * Copies of the event's page order after its id (`events.date_sort`, `evidence_start`,
   * `trigger_start`): a page of one pair walks the pair's index in page order and stops after a
   * page, instead of walking every event in order to probe each for the pair. Written with the
   * pair; backfilled from the events by migration 2026_12_02_400000_covering_order.
   */
  date_sort: string;
  evidence_start: number;
  trigger_start: number;
}
