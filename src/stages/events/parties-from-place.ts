import type { ArticleDoc, CodedEvent, PlaceMention } from '../../core/document.js';
import { Span } from '../../core/span.js';
import { lowerConfidence } from './salience.js';

/** The place a party-less event happened: its event location, else a country-level place in the sentence. */
function placeOf(doc: ArticleDoc, event: CodedEvent): { code: string; text: string; start: number; end: number } | null {
  if (event.event_loc?.country_code) {
    const loc = event.event_loc;
    return { code: loc.country_code!, text: loc.name, start: loc.start ?? event.evidence.trigger.start, end: loc.end ?? event.evidence.trigger.end };
  }
  const sentence = event.evidence.sentence;
  const place = doc.places.find((p: PlaceMention) => Span.contains(sentence, p.span) && p.countryCode !== null && (p.level === 'country' || p.level === 'region' || p.level === 'city'));
  return place ? { code: place.countryCode!, text: place.text, start: place.span.start, end: place.span.end } : null;
}

/**
 * PLOVER codes an event even when no party is named, from where it happened:
 * "Thousands of nurses held protests across Portugal" — the protesters are that country's
 * civilians (actor PRT, sector CVL); "a missionary was arrested in Lebanon" — the
 * arresting authority is the state where it happened (actor LBN). A recipient never comes from
 * a place alone: "an observer force on the Turkey-Syria border" is not aimed at Turkey or Syria.
 * Marked in `why` and costed in confidence.
 */
export function partiesFromPlace(doc: ArticleDoc, event: CodedEvent): void {
  if (event.actor.length > 0) return;
  const place = placeOf(doc, event);
  if (!place) return;
  const party = { code: place.code, text: place.text, start: place.start, end: place.end };
  // "A landmine near Kandahar killed three British soldiers": unidentified attackers of the place (sector UAF).
  // "Furious students staged protests in Quito against the education minister": the protesters are the place's civilians,
  // whoever they protest against (often their own government).
  if (event.recipient.length > 0 && event.event === 'PROTEST') {
    event.actor.push({ ...party, sector: 'CVL' });
    event.why.push(`actor ${place.code} (civilians) from the place of the protest ("${place.text}")`);
    lowerConfidence(event, 0.1);
    return;
  }
  if (event.recipient.length > 0) {
    if (event.event !== 'ASSAULT' || event.recipient.some((r) => r.code === place.code)) return;
    event.actor.push({ ...party, sector: 'UAF' });
    event.why.push(`actor ${place.code} (unidentified armed forces) from the place of the attack ("${place.text}")`);
    lowerConfidence(event, 0.1);
    return;
  }
  if (event.event === 'PROTEST') {
    event.actor.push({ ...party, sector: 'CVL' });
    event.why.push(`actor ${place.code} (civilians) from the place of the protest ("${place.text}")`);
  } else if (event.event === 'COERCE') {
    event.actor.push({ ...party, sector: 'GOV' });
    event.why.push(`actor ${place.code} (authorities) from the place of the ${event.event.toLowerCase()} ("${place.text}")`);
  } else {
    return;
  }
  lowerConfidence(event, 0.1);
}
