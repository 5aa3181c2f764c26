import type { CodedEvent, DatePrecision } from '../../core/document.js';
import { dyadsOf, PARTY_ROLES, sideCodes } from '../event-rows.js';
import type { PartyRole } from '../event-actors.table.js';
import { monthOf, periodOf } from '../periods.js';
import { quadClass } from '../plover.js';
import { addFigures, headlineFigure, HEADLINE_RULE, type CanonicalFigures } from './figures.js';
import { countIndependentOutlets, outletOf } from './outlets.js';

/** A mention as the summary needs it: the event and its document's metadata. */
export interface MentionInput {
  readonly docId: string;
  readonly event: CodedEvent;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly nearDuplicateOf?: string | null;
}

/** Everything a canonical event row holds that comes from its mentions. */
export interface CanonicalSummary {
  readonly event: string;
  readonly mode: string | null;
  readonly quad: number | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateLo: string | null;
  readonly dateHi: string | null;
  readonly month: string | null;
  readonly background: boolean;
  readonly countryCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly firstReported: string | null;
  readonly mentionCount: number;
  readonly sourceCount: number;
  readonly dead: number | null;
  readonly deadRule: string | null;
  readonly figures: CanonicalFigures;
  readonly actors: Record<PartyRole, string[]>;
  readonly dyads: [string, string][];
  /** The earliest report's event. */
  readonly record: CodedEvent;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, decade: 3, century: 4 };

/** Orders dates most precise first, then earliest: the first is a canonical event's date. */
export function byExactness(a: { date: string; precision: DatePrecision }, b: { date: string; precision: DatePrecision }): number {
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.date.localeCompare(b.date);
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  // Ties go to the earliest mention: Map keeps first-insertion order and only a larger count wins.
  let best = values[0]!;
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * Summarises the mentions of one canonical event, given in report order (earliest publication
 * first). The date is the most precise one reported (the earliest on a tie): a wire story's
 * "on Tuesday" (2022-10-04) beats another's "this month" (2022-10).
 */
export function summarize(mentions: readonly MentionInput[]): CanonicalSummary {
  const first = mentions[0];
  if (first === undefined) throw new RangeError('A canonical event needs at least one mention.');
  const events = mentions.map((m) => m.event);
  const type = mostCommon(events.map((e) => e.event));
  const dated = events.filter((e) => e.date !== null && e.date_precision !== null);
  const best = [...dated].sort((a, b) => byExactness({ date: a.date!, precision: a.date_precision! }, { date: b.date!, precision: b.date_precision! }))[0];
  const periods = dated.map((e) => periodOf(e.date)).filter((p) => p !== null);
  const located = events.find((e) => e.event_loc?.lat != null && e.event_loc.lon != null);
  const figures: CanonicalFigures = {};
  const outlets = mentions.map((m) => ({
    docId: m.docId, siteName: m.siteName, url: m.url, sentence: m.event.evidence.sentence.text, nearDuplicateOf: m.nearDuplicateOf ?? null,
  }));
  mentions.forEach((m, i) => addFigures(figures, m.event, m.docId, outletOf(outlets[i]!)));
  const dead = headlineFigure(figures.dead);
  const actors = Object.fromEntries(
    PARTY_ROLES.map((role) => [role, [...new Set(events.flatMap((e) => e[role].map((p) => p.code)).filter((c): c is string => c !== null))].sort()]),
  ) as Record<PartyRole, string[]>;
  const reported = mentions.map((m) => m.publishedAt).filter((p): p is string => p !== null).sort();
  return {
    event: type,
    mode: events.find((e) => e.event === type && e.mode !== null)?.mode ?? null,
    quad: quadClass(type),
    date: best?.date ?? null,
    datePrecision: best?.date_precision ?? null,
    dateLo: periods.length > 0 ? periods.map((p) => p.lo).sort()[0]! : null,
    dateHi: periods.length > 0 ? periods.map((p) => p.hi).sort().at(-1)! : null,
    month: monthOf(best?.date ?? null),
    background: events.every((e) => e.background),
    countryCode: events.find((e) => e.event_loc?.country_code)?.event_loc?.country_code ?? null,
    lat: located?.event_loc?.lat ?? null,
    lon: located?.event_loc?.lon ?? null,
    firstReported: reported[0] ?? null,
    mentionCount: mentions.length,
    sourceCount: countIndependentOutlets(outlets),
    dead,
    deadRule: dead === null ? null : HEADLINE_RULE,
    figures,
    actors,
    dyads: dyadsOf([...new Set(events.flatMap(sideCodes))].sort()),
    record: first.event,
  };
}
