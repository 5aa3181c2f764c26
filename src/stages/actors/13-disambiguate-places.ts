import type { ArticleDoc } from '../../core/document.js';
import type { GazetteerMatch, GazetteerRef, Kb } from '../../kb/index.js';
import { firstTokenFrom } from '../../core/search.js';
import { readResource, type ResourceHeader } from '../../kb/resource.js';

/** The state each reading of a name points to. */
export function codeOf(ref: GazetteerRef, kb: Kb): string | null {
  switch (ref.type) {
    case 'country': case 'capital': case 'demonym': return ref.code;
    case 'region': return kb.regions.get(ref.id)?.countryCode ?? null;
    case 'city': return kb.cities.get(ref.id)?.countryCode ?? null;
    default: return null;
  }
}

/** What joins a place to the larger place it lies in: "Richmond, Western Cape", "Tshidzini in northern Limpopo". */
const CONTAINED_IN = /^(?:, |\s+in\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?\s+|(?:east|west)(?:ern)?\s+|central\s+)?)$/i;

/**
 * The state of the province, US state or country a place name is written in: "Richmond,
 * Western Cape" (ZAF), "Hamilton, Waikato" (NZL), "Tripoli, Lebanon", "Tshidzini in northern
 * Limpopo". Not inside a list ("in Kano, Kaduna and Katsina": a comma before the name or
 * "and"/"or" after the larger place make the names items of one list), and not for a state's own
 * name. Null when no such place follows.
 */
export function containerOf(doc: ArticleDoc, mention: { span: { start: number; end: number } }, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb): { code: string; region: string | null } | null {
  const next = doc.mentions.find((m) => m.span.start > mention.span.end && m.span.start - mention.span.end <= 24);
  if (!next || !CONTAINED_IN.test(doc.text.slice(mention.span.end, next.span.start))) return null;
  if (/,\s*$/.test(doc.text.slice(Math.max(0, mention.span.start - 2), mention.span.start))) return null;
  if (/^\s*(?:,\s*)?(?:and|or)\b/i.test(doc.text.slice(next.span.end, next.span.end + 8))) return null;
  // "in Kabul, Pakistan said", "in Vienna, Iran's envoy said": the next name opens a clause of its own.
  const after = doc.tokens[firstTokenFrom(doc.tokens, next.span.end)];
  const comma = doc.text.slice(mention.span.end, next.span.start).startsWith(',');
  if (after && ((comma && (after.pos === 'VERB' || after.pos === 'AUX')) || /^['’]s$/.test(after.text))) return null;
  const refs = readings.get(next.id)?.refs ?? [];
  const codes = new Set(refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
  if (codes.size !== 1) return null;
  const [code] = codes as unknown as [string];
  const country = refs.some((r) => r.type === 'country');
  // "near Kandahar, US officials said": a state's name before a noun qualifies that noun (whose officials), and says
  // nothing of where the place before it lies.
  if (country && after && (after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
  const region = refs.find((r) => provinceOf(r, kb) !== undefined);
  return country || region ? { code, region: region ? provinceOf(region, kb)! : null } : null;
}

/** The nouns of a settlement a state's adjective may qualify before its name: "the Ethiopian town of Moyale". */
const SETTLEMENT_OF = /^\s+(?:border\s+|frontier\s+|northern\s+|southern\s+|eastern\s+|western\s+)?(?:town|city|village|port|district|province|region|county)\s+of\s+$/i;

/**
 * The state the text itself puts a place in, before the name: a state's possessive ("Ethiopia's Moyale") or its
 * adjective before a settlement noun ("the Ethiopian town of Moyale"); after the name, containerOf's larger place
 * ("Moyale, Ethiopia"). Null when the text says nothing or the state word has more than one state.
 */
export function statedStateOf(doc: ArticleDoc, mention: { span: { start: number; end: number } }, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb): string | null {
  const after = containerOf(doc, mention, readings, kb);
  if (after) return after.code;
  // The nearest mention ending before the name, read backwards without copying the document's mentions per place.
  let before: (typeof doc.mentions)[number] | undefined;
  for (let k = doc.mentions.length - 1; k >= 0 && !before; k--) {
    const m = doc.mentions[k]!;
    if (m.span.end <= mention.span.start && mention.span.start - m.span.end <= 24) before = m;
  }
  if (!before) return null;
  const between = doc.text.slice(before.span.end, mention.span.start);
  const refs = readings.get(before.id)?.refs ?? [];
  const kinds = /^['’]s\s+$/.test(between) ? ['country'] : SETTLEMENT_OF.test(between) ? ['demonym', 'country'] : [];
  const codes = new Set(refs.filter((r) => kinds.includes(r.type)).map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
  return codes.size === 1 ? [...codes][0]! : null;
}

/**
 * The name of a state's first-level division a reading is (a province, a US state: regions.json's or
 * the world gazetteer's), else undefined.
 */
export function provinceOf(ref: GazetteerRef, kb: Kb): string | undefined {
  if (ref.type === 'region') {
    const region = kb.regions.get(ref.id);
    return region?.level === 'region' ? region.name : undefined;
  }
  if (ref.type === 'city') {
    const city = kb.cities.get(ref.id);
    return city?.region === true ? city.name : undefined;
  }
  return undefined;
}

/** Default order when the context does not decide: a state, then its capital, a region, the most populous city. */
const RANK: Record<string, number> = { country: 0, capital: 1, demonym: 1, region: 2, city: 3 };

/**
 * Same-named places in different states ("Georgia" the country or the US state, "Tripoli" in Libya
 * or Lebanon, "Alexandria" in Egypt or Virginia) are read by the article's other, unambiguous
 * places: each reading scores 3 per mention of its own state, 1 per mention of a bordering state and
 * 0.5 per mention of a state in the same subregion, so a Caucasus story keeps Georgia the country and
 * a story datelined "Atlanta" gets the US state; a wrong-continent reading scores 0. On a tie the
 * default order holds (the country over a region, the most populous city).
 * A name two states bear ("Congo") that the context does not settle is the state it meant on the
 * publication date (country-aliases.json `sharedNames`).
 * Returns new readings with only the chosen state's refs.
 */
export function disambiguatePlaces(doc: ArticleDoc, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb): Map<string, GazetteerMatch> {
  const context = new Map<string, number>();
  const ambiguous: string[] = [];
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    if (!reading) continue;
    const codes = new Set(reading.refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
    if (codes.size === 1) {
      const [code] = codes as unknown as [string];
      context.set(code, (context.get(code) ?? 0) + 1);
    } else if (codes.size > 1) ambiguous.push(m.id);
  }
  const score = (code: string): number => {
    const country = kb.countries.get(code);
    let total = 0;
    for (const [other, n] of context) {
      const neighbour = kb.countries.get(other);
      if (other === code) total += 3 * n;
      else if (country?.borders.includes(other)) total += n;
      else if (country?.subregion && country.subregion === neighbour?.subregion) total += 0.5 * n;
    }
    return total;
  };
  const out = new Map(readings);
  for (const id of ambiguous) {
    const reading = readings.get(id)!;
    const ranked = [...reading.refs]
      .map((ref) => ({ ref, code: codeOf(ref, kb) }))
      .filter((x): x is { ref: GazetteerRef; code: string } => x.code !== null)
      .map((x) => ({ ...x, score: score(x.code), rank: RANK[x.ref.type] ?? 9, population: x.ref.type === 'city' ? kb.cities.get(x.ref.id)?.population ?? 0 : Infinity }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank || b.population - a.population);
    // "Tripoli, Lebanon", "Georgia, US", "Lebanon's Tripoli": the state the text puts the name in says which it is.
    const mention = doc.mentions.find((m) => m.id === id)!;
    const container = statedStateOf(doc, mention, readings, kb) ?? undefined;
    const chosen = (container !== undefined && ranked.some((r) => r.code === container) ? container : undefined)
      ?? sharedNameOn(doc, reading, ranked, kb) ?? ranked[0]!.code;
    const keep = reading.refs.filter((r) => codeOf(r, kb) === chosen || r.type === 'organisation' || r.type === 'user');
    out.set(id, { ...reading, refs: keep });
  }
  dropStrayTowns(doc, out, kb);
  dropForeignNamesakes(doc, out, kb);
  dropQualifiedNamesakes(doc, out, kb);
  // "Washington": the capital and the US state name one state; the capital reading is the one news means.
  for (const [id, reading] of out) {
    if (reading.refs.some((r) => r.type === 'capital' || r.type === 'country') && reading.refs.some((r) => r.type === 'region' && r.id.startsWith('region:us:'))) {
      out.set(id, { ...reading, refs: reading.refs.filter((r) => !(r.type === 'region' && r.id.startsWith('region:us:'))) });
    }
  }
  return out;
}

/** The codes of the states the article's names other than `own` point to, each once per mention (names of one state only). */
function otherNamedStates(doc: ArticleDoc, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb, own: string): Map<string, number> {
  const context = new Map<string, number>();
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    if (!reading || reading.text.toLowerCase() === own) continue;
    const codes = new Set(reading.refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
    if (codes.size !== 1) continue;
    const [code] = codes as unknown as [string];
    context.set(code, (context.get(code) ?? 0) + 1);
  }
  return context;
}

/**
 * What the words right after a name make it a word of: a longer proper name of a local site, by a capitalised head
 * noun ("Baghdad Street", "Lincoln Square"; site-nouns.json nameHeads, divisionHeads after a region's or minor town's name) — 'site' —, or a first-order division named like
 * a demonym of another state, by a division noun after the demonym ("the Somali region" in Ethiopia;
 * demonymDivisions) — the division's state. Null for neither.
 */
function qualifiedByNameHead(doc: ArticleDoc, mention: { label: string; text: string; span: { start: number; end: number } }, reading: GazetteerMatch, kb: Kb): 'site' | { divisionOf: string } | null {
  siteNounsResource ??= readResource<SiteNouns>('site-nouns.json');
  const next = /^ (\p{L}+)/u.exec(doc.text.slice(mention.span.end, mention.span.end + 24))?.[1];
  if (next === undefined) return null;
  if (siteNounsResource.nameHeads.includes(next)) return 'site';
  // "the Kurdistan Region" beside a small town of that name abroad: a division's head after the name of a region or a
  // minor town; after a capital's or a big town's name ("the Kharkiv Region") it names that town's own division, in its state.
  if (siteNounsResource.divisionHeads.includes(next) && reading.refs.every((r) => r.type === 'region' || (r.type === 'city' && kb.cities.get(r.id)?.region === true) || isMinorTown(r, kb))) return 'site';
  const { nouns, divisions } = siteNounsResource.demonymDivisions;
  const state = divisions[mention.text];
  return mention.label === 'NORP' && state !== undefined && nouns.includes(next.toLowerCase()) ? { divisionOf: state } : null;
}

/**
 * A name inside a longer name of a local site or division ("Baghdad Street" in a story set in Damascus, "the Somali region"
 * in an Ethiopian one) is not the state its gazetteer reading names — a capital abroad, a neighbour's demonym — when
 * the article names that state in no other way and names others (at least two mentions of other names): the site
 * lies where the story is; a division named like a demonym only where the story names the division's state. Unlike dropForeignNamesakes this holds for capitals, big towns and demonyms too, since the
 * head noun, not the context alone, says the name is a local one; and only the state itself named elsewhere keeps
 * the reading (a neighbour does not: "the Somali region" is in Ethiopia). A place mention so dropped is still a
 * place, which settleLocalities gives the story's state; a demonym so dropped codes no one.
 */
function dropQualifiedNamesakes(doc: ArticleDoc, readings: Map<string, GazetteerMatch>, kb: Kb): void {
  const words: { start: number; end: number }[] = [];
  localNameWords.set(doc, words);
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    const qualified = reading && reading.refs.length > 0 ? qualifiedByNameHead(doc, m, reading, kb) : null;
    if (!reading || qualified === null) continue;
    const codes = new Set(reading.refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
    if (codes.size === 0) continue;
    const context = otherNamedStates(doc, readings, kb, reading.text.toLowerCase());
    let total = 0;
    for (const n of context.values()) total += n;
    if (total < 2 || [...codes].some((code) => context.has(code))) continue;
    if (qualified !== 'site' && !context.has(qualified.divisionOf)) continue;
    readings.delete(m.id);
    words.push(m.span);
    if (m.label === 'NORP') continue;
    let dropped = droppedNamesakes.get(doc);
    if (!dropped) droppedNamesakes.set(doc, (dropped = new Map()));
    dropped.set(m.id, null);
  }
}

/** The spans of names dropQualifiedNamesakes read as words of a local site's or division's name. */
const localNameWords = new WeakMap<ArticleDoc, readonly { start: number; end: number }[]>();
/** Whether a span lies within a name read as a word of a local site's or division's name ("Baghdad" of "Baghdad Street"). */
export function isLocalNameWord(doc: ArticleDoc, span: { start: number; end: number }): boolean {
  return (localNameWords.get(doc) ?? []).some((w) => w.start <= span.start && span.end <= w.end);
}

/** On a tie between states that share the name, the one the name meant on the publication date. */
function sharedNameOn(doc: ArticleDoc, reading: GazetteerMatch, ranked: readonly { code: string; score: number }[], kb: Kb): string | undefined {
  const dated = kb.sharedNames.get(reading.text);
  if (!dated || ranked.length < 2) return undefined;
  const tied = new Set(ranked.filter((r) => r.score === ranked[0]!.score).map((r) => r.code));
  // Undated articles read the name as it is used now: the range open at its end.
  const day = doc.source.publishedAt?.slice(0, 10);
  const meant = dated.find((d) => (day === undefined ? d.to === null : (d.from === null || d.from <= day) && (d.to === null || day <= d.to)));
  return meant && tied.has(meant.code) ? meant.code : undefined;
}

/** A division noun after a name: "Lac province", "Tillabéri region". */
const DIVISION_AFTER = /^\s+(?:province|region|state|department|district|county|prefecture|governorate)\b/i;
/**
 * A name inside a local facility's or site's name: "the Valle Hermoso fuel plant", "the Tarn water works". Only before a
 * noun of a site (site-nouns.json), at most one other lower-case word between: before a noun of the land around a place
 * ("the Afrin countryside", "the Afrin district") the town is real.
 */
interface SiteNouns extends ResourceHeader {
  readonly nouns: readonly string[];
  readonly nameHeads: readonly string[];
  readonly divisionHeads: readonly string[];
  readonly namedByLocality: readonly string[];
  readonly demonymDivisions: { readonly nouns: readonly string[]; readonly divisions: Readonly<Record<string, string>> };
}
let siteNounsResource: SiteNouns | undefined;
let siteNouns: ReadonlySet<string> | undefined;
let namedByLocality: ReadonlySet<string> | undefined;
/** Whether a lower-case site noun names sites mostly called after the locality they stand in (site-nouns.json namedByLocality). */
export function isSiteNamedByLocality(word: string): boolean {
  siteNounsResource ??= readResource<SiteNouns>('site-nouns.json');
  namedByLocality ??= new Set(siteNounsResource.namedByLocality);
  return namedByLocality.has(word);
}
function isSiteNoun(word: string): boolean {
  siteNounsResource ??= readResource<SiteNouns>('site-nouns.json');
  siteNouns ??= new Set(siteNounsResource.nouns);
  return siteNouns.has(word);
}
const ATTRIBUTIVE = {
  before: /\bthe\s+$/i,
  after: (text: string): boolean => {
    const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text);
    return words !== null && (isSiteNoun(words[1]!) || (words[2] !== undefined && isSiteNoun(words[2])));
  },
};

/**
 * A town only the world gazetteer knows, in a state the article names in no other way, is no place where the
 * words around it say it is something else: a division ("Lac province" in a Chadian story is not the Albanian
 * town of Laç, which is no province) or a word inside a local site's name ("the Valle Hermoso fuel plant" in a
 * Bolivian story is no Argentine village). A local name the gazetteer does not know is far more often what such
 * a word is. A town named alone ("talks at Ohrid") keeps its reading, and so do notes that name no state.
 */
function dropStrayTowns(doc: ArticleDoc, readings: Map<string, GazetteerMatch>, kb: Kb): void {
  const named = new Set<string>();
  const stray: string[] = [];
  for (const [id, reading] of readings) {
    const towns = reading.refs.length > 0 && reading.refs.every((r) => r.type === 'city' && r.id.startsWith('geo:') && kb.cities.get(r.id)?.region !== true);
    if (towns) stray.push(id);
    else for (const r of reading.refs) {
      const code = codeOf(r, kb);
      if (code !== null) named.add(code);
    }
  }
  if (named.size === 0) return;
  for (const id of stray) {
    const code = codeOf(readings.get(id)!.refs[0]!, kb);
    const mention = doc.mentions.find((m) => m.id === id);
    if (code === null || named.has(code) || !mention) continue;
    const before = doc.text.slice(Math.max(0, mention.span.start - 8), mention.span.start);
    const after = doc.text.slice(mention.span.end, mention.span.end + 32);
    if (DIVISION_AFTER.test(after) || (ATTRIBUTIVE.before.test(before) && ATTRIBUTIVE.after(after))) readings.delete(id);
  }
}

/**
 * Towns bigger than this are news venues in their own right ("talks in Geneva", "a summit in Jeddah"): their name
 * keeps its reading even where the article names their state in no other way.
 */
const VENUE_POPULATION = 500_000;
/** Whether a gazetteer reading is a town, no capital and no region, of fewer people than VENUE_POPULATION. */
function isMinorTown(r: GazetteerMatch['refs'][number], kb: Kb): boolean {
  if (r.type !== 'city') return false;
  const city = kb.cities.get(r.id);
  return city !== undefined && !city.capital && city.region !== true && city.population < VENUE_POPULATION;
}

/** Nouns and verbs of a diplomatic meeting (venue-nouns.json): a town written beside one is a venue abroad. */
interface VenueNouns extends ResourceHeader { readonly nouns: readonly string[] }
let venueNouns: ReadonlySet<string> | undefined;
function isVenue(doc: ArticleDoc, span: { start: number; end: number }): boolean {
  venueNouns ??= new Set(readResource<VenueNouns>('venue-nouns.json').nouns);
  const after = /^\s+(\p{Ll}+)/u.exec(doc.text.slice(span.end, span.end + 24));
  if (after && venueNouns.has(after[1]!)) return true;
  // "talks held in Bonn", "met at Camp David": the word, then at most two more, then "in"/"at" right before the name.
  const before = /\b(\p{Ll}+)(?:\s+\S+){0,2}\s+(?:in|at)\s+$/u.exec(doc.text.slice(Math.max(0, span.start - 60), span.start));
  if (!before) return false;
  const words = before[0].trim().split(/\s+/).slice(0, -1).map((w) => w.replace(/[^\p{L}]/gu, ''));
  return words.some((w) => venueNouns!.has(w));
}

/** Words of travel, exile and going abroad (travel-words.json): a town in a sentence with one is where people went abroad. */
interface TravelWords extends ResourceHeader { readonly words: readonly string[] }
let travelWords: ReadonlySet<string> | undefined;
function inTravelSentence(doc: ArticleDoc, span: { start: number; end: number }): boolean {
  travelWords ??= new Set(readResource<TravelWords>('travel-words.json').words);
  const sentence = doc.sentences.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  if (!sentence) return false;
  return (doc.text.slice(sentence.span.start, sentence.span.end).toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => travelWords!.has(w));
}

/**
 * Mentions whose foreign readings dropForeignNamesakes dropped, with the state the article's names point to most when
 * one does (null otherwise): still places, in that state or in one the story settles.
 */
const droppedNamesakes = new WeakMap<ArticleDoc, Map<string, string | null>>();
export function isDroppedNamesake(doc: ArticleDoc, id: string): boolean {
  return droppedNamesakes.get(doc)?.has(id) ?? false;
}
/** The state a dropped namesake is read in: the one the article's names point to most, or null (see droppedNamesakes). */
export function droppedNamesakeState(doc: ArticleDoc, id: string): string | null {
  return droppedNamesakes.get(doc)?.get(id) ?? null;
}

/**
 * A town's name is often also the name of a smaller place the gazetteer does not know: a suburb of the story's own
 * city named after a foreign one ("the São Vicente district of Lisbon"), a coastal town that shares a Spanish
 * island's capital's name, a French overseas commune named like a Senegalese port. When every reading of a name is
 * such a town (no state, no capital, no province; under VENUE_POPULATION), and the article's other names point to
 * states that neither are nor border nor neighbour the town's (scored as in disambiguatePlaces, over mentions of
 * other names only, at least two of them), the name is read in the story's own state: the homonym there if the
 * world gazetteer knows one, else — unless a sentence naming it is one of travel or exile (travel-words.json: "held
 * at the airport in X"), where the far town is meant — no reading (settleLocalities then gives the place the story's
 * state, and no party takes the far state from it). A capital, a state and a big city keep their readings ("Moscow said", "talks in Geneva").
 */
function dropForeignNamesakes(doc: ArticleDoc, readings: Map<string, GazetteerMatch>, kb: Kb): void {
  const codesOf = (reading: GazetteerMatch): Set<string> => new Set(reading.refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
  const named: { text: string; codes: Set<string>; townsOnly: boolean }[] = [];
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    if (reading) named.push({ text: reading.text.toLowerCase(), codes: codesOf(reading), townsOnly: reading.refs.length > 0 && reading.refs.every((r) => isMinorTown(r, kb)) });
  }
  // A minor town vouches for its state only where a name of another kind (the state, a demonym, a capital, a province, a
  // big city) points there too: a story set in Ljubljana that names three of its districts, each also the name of a
  // small Croatian village, must not read them as Croatia by their own number.
  const vouched = new Set(named.filter((n) => !n.townsOnly).flatMap((n) => [...n.codes]));
  for (const [id, reading] of [...readings]) {
    if (reading.refs.length === 0) continue;
    const towns = reading.refs.every((r) => isMinorTown(r, kb));
    if (!towns) continue;
    const own = reading.text.toLowerCase();
    if (doc.mentions.some((m) => readings.get(m.id)?.text.toLowerCase() === own && isVenue(doc, m.span))) continue;
    const codes = codesOf(reading);
    const context = new Map<string, number>();
    for (const n of named) {
      if (n.text === own || n.codes.size !== 1) continue;
      const [code] = n.codes as unknown as [string];
      if (n.townsOnly && !vouched.has(code)) continue;
      context.set(code, (context.get(code) ?? 0) + 1);
    }
    let total = 0;
    for (const n of context.values()) total += n;
    if (total < 2) continue;
    // The states the story names most (all of them on a tie): a town of one of them, a neighbour or the same
    // subregion stays; a state the article names anywhere else keeps its towns too.
    const most = Math.max(...context.values());
    const story = [...context].filter(([, n]) => n === most).map(([code]) => code);
    const near = [...codes].some((code) => {
      const country = kb.countries.get(code);
      return context.has(code) || story.some((other) => country?.borders.includes(other) || (country?.subregion !== undefined && country.subregion === kb.countries.get(other)?.subregion));
    });
    if (near) continue;
    const homonym = story.length !== 1 ? undefined : kb.citiesNamed(reading.text).find((c) => c.countryCode === story[0] && !c.capital && c.region !== true);
    if (homonym) readings.set(id, { ...reading, refs: [{ type: 'city', id: homonym.id }] });
    // With no homonym at home, a sentence of travel or exile ("held at the airport in X", "fled into exile in X") says
    // the far town is the one meant: the story's people went there. Only a name never so written is read as local.
    else if (doc.mentions.some((m) => readings.get(m.id)?.text.toLowerCase() === own && inTravelSentence(doc, m.span))) continue;
    else {
      readings.delete(id);
      let dropped = droppedNamesakes.get(doc);
      if (!dropped) droppedNamesakes.set(doc, (dropped = new Map()));
      // The state the names point to, when they point to it at least twice as often as to any other, not the one the
      // places alone do (settleLocalities): a story set in a capital names it mostly as its government ("the mayor of
      // Ljubljana said"), and a venue abroad it names once would otherwise win. A closer race is left to the places.
      const runnerUp = Math.max(0, ...[...context].filter(([code]) => code !== story[0]).map(([, n]) => n));
      dropped.set(id, story.length === 1 && most >= 2 * runnerUp ? story[0]! : null);
    }
  }
}
