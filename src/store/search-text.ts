import type { CodedEvent } from '../core/document.js';
import { actorName } from '../kb/actor-names.js';

/*
 * Free-text search without a dialect's full-text engine: each event stores `search_text`, its
 * words lower-cased, stripped of accents and joined by single spaces after a leading space, and
 * a query word `kill` becomes `like '% kill%'` — a match at the start of a word ("killed",
 * "killing"; not "skill"). The same SQL runs on SQLite and PostgreSQL. It is a scan of one text
 * column, not an index seek: fine for the analyst's question over the filtered events, and the
 * other filters (dates, types, parties) narrow the rows first.
 */

/** `Türkiye's "Idlib" offensive` → ` turkiye s idlib offensive`: the normal form both sides are compared in. */
export function normalizeWords(text: string): string {
  const words = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words === '' ? '' : ` ${words}`;
}

/**
 * The words an event is found by: its evidence sentence, its parties' words, codes, names and
 * sectors, and its place with its country.
 */
export function searchTextOf(event: CodedEvent): string {
  const parts: string[] = [event.evidence.sentence.text, event.evidence.trigger.text];
  for (const party of [...event.actor, ...event.recipient, ...event.third_party]) {
    parts.push(party.text);
    if (party.code !== null) parts.push(party.code, actorName(party.code) ?? '');
    if (party.sector !== null) parts.push(party.sector);
  }
  const place = event.event_loc;
  if (place !== null) {
    parts.push(place.name);
    if (place.country_code !== null) parts.push(place.country_code, actorName(place.country_code) ?? '');
  }
  return parts.map(normalizeWords).join('');
}

/**
 * The patterns a query asks for, each to be found in `search_text`: words and "quoted phrases",
 * as word beginnings. `kill "prisoners of war"` → [' kill', ' prisoners of war'].
 */
export function searchPatterns(query: string): string[] {
  const patterns: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = normalizeWords(match[1] ?? match[2] ?? '');
    if (words === '') continue;
    if (match[1] !== undefined) patterns.push(words);
    else patterns.push(...words.split(' ').filter(Boolean).map((word) => ` ${word}`));
  }
  return [...new Set(patterns)];
}

/** A LIKE pattern matching `text` literally anywhere, with `\` as the escape character. */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
