/**
 * One real-world event reported by one or more articles (cross-article merging). Its mentions are
 * the `events` rows linked to it in `event_links`; every column here is recomputed from them.
 */
export interface CanonicalEventsTable {
  /** `c:DOC/EVENT` after the mention that founded it; `u:DOC/EVENT` when made by `unmerge`. */
  id: string;
  event: string;
  mode: string | null;
  quad: number | null;
  /** The most precise date among the mentions (earliest on a tie), truncated to its precision. */
  date: string | null;
  date_precision: string | null;
  /** Days covered by the mentions' dates (ISO, inclusive); null when undated. Candidates are found by these. */
  date_lo: string | null;
  date_hi: string | null;
  month: string | null;
  /** First day of `date`'s period, `~` when undated: the indexed sort key (see `sortDate`). */
  date_sort: string;
  /** 1 when every mention is background. */
  background: number;
  country_code: string | null;
  lat: number | null;
  lon: number | null;
  /** Earliest publication date among the mentions' documents: the first report. */
  first_reported: string | null;
  mention_count: number;
  /** Independent outlets: distinct sites, copies of one wire story counted once (see outlets.ts). */
  source_count: number;
  /** Headline death toll chosen from `figures` by `dead_rule`. */
  dead: number | null;
  dead_rule: string | null;
  /** JSON `CanonicalFigures`: every reported figure per category, side by side, with its mention. */
  figures: string;
  /** JSON `{actor, recipient, third_party}`: the union of the mentions' codes per role. */
  actors: string;
  /** 1 for a canonical event made by `unmerge`: it takes no other mentions, so a split stays split. */
  locked: number;
  /** JSON CodedEvent of the founding (earliest) mention, for display. */
  record: string;
  /** JSON: the distinct facts merging compares among the mentions, with the first mention of each (merge/cluster-facts.ts). */
  merge_facts: string;
}

/** Why a mention belongs to its canonical event: the score and the reasons, for `explain`. */
export interface EventLinksTable {
  doc_id: string;
  event_id: string;
  canonical_id: string;
  score: number;
  /** JSON `string[]`, e.g. `["same type RETREAT", "same actors AZE→ARM", "dates 2022-10-04 and 2022-10-04 overlap"]`. */
  reasons: string;
  /** 1 when set by `unmerge`: re-merging keeps the mention on its own. */
  pinned: number;
  /** 0 when a save made the link (it depends on what was linked before it), 1 once the finishing step (`settleMerges`), `remerge` or `unmerge` made it. */
  settled: number;
}

/** A saved event waiting for the finishing step (`settleMerges`) to link it: saved with `merge: 'later'`. */
export interface UnlinkedMentionsTable {
  doc_id: string;
  event_id: string;
}

/** A party code of a canonical event per role, for actor filters. */
export interface CanonicalActorsTable {
  canonical_id: string;
  role: 'actor' | 'recipient' | 'third_party';
  code: string;
}

/** A country pair (code_a < code_b) of a canonical event, for dyad filters. */
export interface CanonicalDyadsTable {
  canonical_id: string;
  code_a: string;
  code_b: string;
}
