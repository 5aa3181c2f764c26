import type { CodedEvent, EventParty } from '../../core/document.js';

/*
 * What an analyst must know before trusting a row: was the date read from the text or inferred,
 * and how coarse is it. Pure functions over the event record, shared by the table, the article
 * view and the map.
 */

/** Date rules that read the event's own clause or sentence (as the events stage calls them). */
function stated(rule: string): boolean {
  return rule.startsWith('clause') || rule === 'sentence';
}

const INFERRED: Readonly<Record<string, string>> = {
  publication: 'no date in the text: dated by the publication date',
  narrative: 'no date in its sentence: dated from an earlier sentence',
  'before-main-event': 'dated to the year before the event it led to',
  'shortly-after': 'dated to the month of the event it followed ("days after")',
  'shortly-before': 'dated to the month of the event it preceded ("days before")',
};

/** Why a date is inferred rather than read from the event's sentence; null when it was read there (or there is none). */
export function inferredDate(event: Pick<CodedEvent, 'date' | 'date_source'>): string | null {
  if (event.date === null || stated(event.date_source.rule)) return null;
  return INFERRED[event.date_source.rule] ?? `inferred (${event.date_source.rule})`;
}

const COARSE = new Set(['year', 'decade', 'century']);

/** Whether a date is only a year or coarser, so it cannot be placed in a month. */
export function isCoarse(precision: string | null): boolean {
  return precision !== null && COARSE.has(precision);
}

/** Sectors that are the state itself: a party of these sectors is shown by its country code alone. */
const STATE_SECTORS = new Set(['GOV', 'MIL']);

/**
 * How a party reads in a table or a chart: `ARM` for a state; `Police (NGA)` for a non-state part
 * of a country (its words and its code); `gunmen · UAF` for a party the coder gave no country.
 */
export function partyLabel(party: EventParty, max = 28): string {
  const words = party.text.length > max ? `${party.text.slice(0, max - 1).trimEnd()}…` : party.text;
  if (party.code === null) return party.sector ? `${words} · ${party.sector}` : words;
  if (party.sector === null || STATE_SECTORS.has(party.sector)) return party.code;
  return `${words} (${party.code})`;
}

/** Every party of a role, labelled, without repeats: `AZE, ARM` or `—`. */
export function partiesLabel(list: readonly EventParty[]): string {
  return list.length === 0 ? '—' : [...new Set(list.map((p) => partyLabel(p)))].join(', ');
}

/** The full reading of a party for a tooltip: `Police (NGA): code NGA, sector COP, words "Police"`. */
export function partyTitle(party: EventParty): string {
  return `“${party.text}”: ${party.code === null ? 'no country' : `code ${party.code}`}${party.sector ? `, sector ${party.sector}` : ''}`;
}
