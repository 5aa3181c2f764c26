/**
 * Events per month-period and type, kept by every save and replace (see summaries.ts), so counts
 * over the whole store or whole months read a few thousand rows instead of every event.
 * `period` is the event's month when its date is day- or month-precise, its stored date when
 * coarser (`2022`, `199`), `~` when undated (see `periodKey`).
 */
export interface EventMonthCountsTable {
  period: string;
  event: string;
  n: number;
}

/** Event pairs (`event_dyads`) per month-period, with the cooperation/conflict split of dyad counts. */
export interface DyadMonthCountsTable {
  period: string;
  code_a: string;
  code_b: string;
  n: number;
  /** Of `n`, events of quad class 1–2. */
  cooperation: number;
  /** Of `n`, events of quad class 3–4. */
  conflict: number;
}

/**
 * Event pairs over the whole store: `dyad_month_counts` summed over its periods, one row per pair,
 * so a dyad count without date bounds reads a row per pair instead of a row per pair and month.
 */
export type DyadCountsTable = Omit<DyadMonthCountsTable, 'period'>;
