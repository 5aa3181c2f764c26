import type { ArticleDoc, CodedEvent, PlaceMention } from '../../core/document.js';
import { datelinePlaceAt } from '../sentences/split-dateline.js';
import { ROLE_WORDS } from './role-words.js';
import { lowerConfidence } from './salience.js';
import { NOT_STATES } from '../../kb/sectors.js';
import { loadKb } from '../../kb/index.js';

/**
 * The town a story is set in: the first town it names by its proper name (the dateline, the headline or the lead); a
 * capital read as its government ("Nairobi said …") is no place mention (actors stage). A wire report of unrest in one
 * town names it first and then tells "police fired tear gas", "twelve people were detained" without naming it again.
 */
export function storyScene(doc: ArticleDoc): PlaceMention | undefined {
  // A proper name ("Dar es Salaam" too), not a noun phrase that stands for a town ("the Kenyan capital").
  const towns = [...doc.places]
    .sort((a, b) => a.span.start - b.span.start)
    .filter((p) => p.level === 'city' && p.countryCode !== null && /^\p{Lu}/u.test(p.text) && !/\s\p{Ll}+$/u.test(p.text));
  const first = towns[0];
  if (!first) return capitalNamingThings(doc);
  // "MEXICO CITY, May 2 (Reuters) - Drones attacked the town of X …": a wire dateline names where the story was filed,
  // often the capital; a town of the same state the lead then names is where it happened.
  const dateline = doc.sentences.some((s) => datelinePlaceAt(doc.text, s.span.start)?.start === first.span.start);
  if (!dateline) return first;
  const inLead = (p: PlaceMention) => p.span.start > first.span.end && p.span.start < first.span.end + LEAD_CHARS;
  const lead = towns.find((p) => p !== first && p.name !== first.name && p.countryCode === first.countryCode && inLead(p));
  if (lead) return lead;
  // "BEIRUT (Reuters) - Gunmen killed four fighters in Syria's Deir ez-Zor province …": a correspondent files from a
  // regional hub, and a lead that places the story only in other countries tells where it happened. The scene is then
  // the first town of the lead's country (after the dateline), or none: never the hub.
  const leadPlaces = doc.places.filter((p) => p.countryCode !== null && inLead(p));
  if (leadPlaces.length && leadPlaces.every((p) => p.countryCode !== first.countryCode)) {
    return towns.find((p) => p.span.start > first.span.end && p.countryCode === leadPlaces[0]!.countryCode);
  }
  return first;
}

/**
 * "Budapest transport protest: …", "Budapest police say 14 people were detained": a story that names no town but a capital the
 * actors stage read as its government, written before a noun it qualifies (a name used as a word of place, not as a doer that
 * speaks or acts), is set in that capital.
 */
function capitalNamingThings(doc: ArticleDoc): PlaceMention | undefined {
  for (const actor of [...doc.actors].sort((a, b) => a.span.start - b.span.start)) {
    const capital = actor.code ? loadKb().capitalOf(actor.code) : undefined;
    if (!capital || capital.name !== actor.text) continue;
    if (!qualifiesNoun(doc, actor.span.end)) continue;
    return { kind: 'place', id: `${actor.id}-scene`, span: actor.span, text: actor.text, name: capital.name, countryCode: capital.countryCode,
      lat: capital.lat, lon: capital.lon, level: 'city', origin: actor.origin };
  }
  return undefined;
}

/** Whether a lower-case noun follows a name ending at `end` (with "'s" at most), the name qualifying it: "Budapest police", "Budapest's transport company". */
function qualifiesNoun(doc: ArticleDoc, end: number): boolean {
  let next = doc.tokens.findIndex((t) => t.start >= end);
  if (next < 0) return false;
  if (/^['’]s$/u.test(doc.tokens[next]!.text)) next += 1;
  const word = doc.tokens[next];
  return word !== undefined && word.pos === 'NOUN' && /^\p{Ll}/u.test(word.text);
}

/** How far after a dateline the lead runs (a wire lead is one sentence of 25–45 words). */
const LEAD_CHARS = 400;

/**
 * Places an act done on the ground (role-words.json storySceneTypes) told with no place of its own at the story's town,
 * as an analyst places the events of a report on one town's unrest there (ACLED codes each event at the most precise
 * place the report supports). Not background (history happened elsewhere), and not an act whose coded parties are all of
 * another state than the town's ("US bombers struck the sites", in a story set in Vienna): the town must be in the
 * country of one of its parties, or the act must have no coded party. The location's span is the town's first mention,
 * and the event says why; the confidence is a little lower, as the place is the story's, not the act's.
 */
export function placeAtStoryScene(doc: ArticleDoc, event: CodedEvent, town: PlaceMention | undefined): void {
  if (!town || event.event_loc || event.background || !ROLE_WORDS.storySceneTypes.has(event.event)) return;
  if (event.modality !== 'asserted' && event.modality !== 'reported') return;
  // The first town, not the last one named before the act: "Protests spread on Tuesday. In Nantes, demonstrators set fire
  // to bins. Police fired tear gas." would be better placed at Nantes, but on the annotated sets taking a town named in the
  // act's sentence or the one before cost three places for every one it gained (the clause's own places were already read
  // and set aside for a reason: a goal, a place of another verb).
  // A town the act's own sentence names was read by the place rules and set aside for a reason (where witnesses fled to,
  // where an official spoke, the seat of the government the act is aimed at): the story does not lend it back.
  const sentence = event.evidence.sentence;
  if (town.span.start >= sentence.start && town.span.end <= sentence.end) return;
  // Only states' codes tell whose ground an act is on: a UN force deploying in the story's town is no foreign act.
  const codes = [...event.actor, ...event.recipient].map((p) => p.code).filter((c): c is string => c !== null && !NOT_STATES.has(c));
  if (codes.length > 0 && !codes.includes(town.countryCode!)) return;
  // Named as the text writes it ("Moirang", not the gazetteer's "Moirāng"), as a place the act's own clause names is;
  // a name written in capitals (a dateline's "KISUMU") by the gazetteer's.
  const name = /\p{Ll}/u.test(town.text) ? town.text : town.name;
  event.event_loc = { name, resolved: town.name, country_code: town.countryCode, lat: town.lat, lon: town.lon, level: town.level, start: town.span.start, end: town.span.end };
  event.why.push(`location ${name}: the town the story is set in ("${town.text}", its first town named), the act telling no place of its own`);
  lowerConfidence(event, 0.05);
}
