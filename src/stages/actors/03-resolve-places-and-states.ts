import type { ArticleDoc, Mention, PlaceMention, Sentence } from '../../core/document.js';
import { datelinePlaceAt } from '../sentences/split-dateline.js';
import type { Span, TextSpan } from '../../core/span.js';
import type { KbCity } from '../../kb/index.js';
import { type ActorContext, mentionSpan, pushActor, pushPlace, textSpan, tokenAt, tokenBefore, tokenFrom } from './context.js';
import { COMPASS, GEO_NOUNS, LOCATIVE, headSectorAfter, sectorPhraseAt } from './phrases.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { longestAt } from '../../dictionaries/phrase-index.js';
import { codeOf, containerOf, droppedNamesakeState, isDroppedNamesake, statedStateOf } from './13-disambiguate-places.js';
import { storyState, storyWeights } from './10-name-shapes.js';

/** Nouns of a settlement a place name may be set after ("the capital, Tbilisi", "the port city Odesa"). */
const APPOSED_PLACE_NOUNS = new Set(['capital', 'city', 'town']);

/**
 * Whether the words before a place name put something there ("in Geneva", "on the outskirts of Goma", "in the capital,
 * Tbilisi", a dateline): the name is a location, not a party acting.
 */
function isLocatedBy(doc: ArticleDoc, span: Span, sentence: Sentence): boolean {
  const tokens = doc.tokens;
  let prevIndex = tokenBefore(tokens, span.start);
  // "in northern Iraq", "across south-eastern Ukraine": a compass word between the preposition and the name.
  while (prevIndex > sentence.tokenStart && COMPASS.test(tokens[prevIndex]!.normal) && !LOCATIVE.has(tokens[prevIndex]!.normal)) prevIndex--;
  const prev = prevIndex >= sentence.tokenStart ? tokens[prevIndex] : undefined;
  // "BANGUI, Nov 3 (Reuters) -": a dateline names where the story is told from, never an actor.
  if (span.start === sentence.span.start && datelinePlaceAt(doc.text, sentence.span.start)?.end === span.end) return true;
  // "in Geneva", "south Serbia"; "the region of Nagorno-Karabakh", "an enclave of Azerbaijan".
  if (prev && LOCATIVE.has(prev.normal)) return true;
  if (prev?.normal === 'of') {
    const head = tokens[prevIndex - 1];
    if (head && GEO_NOUNS.has(head.normal)) return true;
  }
  // "in the capital, Tbilisi,", "in the capital Dhaka": a name set after "the" and the noun of the place it is, closing
  // the phrase ("After rebels captured the town, Rwanda denied …" names a party after a clause, no apposition).
  if (prev === undefined) return false;
  const nounAt = prev.normal === ',' ? prevIndex - 1 : prevIndex;
  const noun = tokens[nounAt];
  if (noun === undefined || noun.sentence !== prev.sentence || !APPOSED_PLACE_NOUNS.has(noun.normal)) return false;
  // "the regional capital Nakuru", "the provincial capital, Goma": up to two lower-case words saying which capital.
  let the = nounAt - 1;
  while (the > nounAt - 3 && the >= sentence.tokenStart && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[the]!.text) && tokens[the]!.normal !== 'the' && ['ADJ', 'NOUN'].includes(tokens[the]!.pos)) the--;
  if (tokens[the]?.normal !== 'the') return false;
  const nextIndex = tokenFrom(tokens, span.end);
  const next = tokens[nextIndex];
  if (next === undefined || next.sentence !== noun.sentence || [',', '.', ';', ')'].includes(next.normal)) return true;
  // "banned rallies in the capital Lusaka for a week": after a preposition of place, a phrase of time or
  // place closes the name as a comma does (no preposition before the noun: "the capital Dhaka on Monday said" may act).
  const before = tokens[the - 1];
  return before !== undefined && LOCATIVE.has(before.normal) && next.pos === 'ADP' && next.normal !== 'of';
}

/** How the words around a place name use it: as a location, as a modifier of a noun, or as an actor. */
function usage(ctx: ActorContext, mention: Mention, sentence: Sentence): 'location' | 'actor' | 'modifier' {
  const tokens = ctx.doc.tokens;
  if (isLocatedBy(ctx.doc, mention.span, sentence)) return 'location';
  const nextIndex = tokenFrom(tokens, mention.span.end);
  const next = nextIndex >= 0 && nextIndex < sentence.tokenEnd ? tokens[nextIndex] : undefined;
  // "The Geneva talks": a place name modifying a noun is where something happened.
  if (next && next.pos === 'NOUN' && next.start === mention.span.end + 1 && !sectorPhraseAt(tokens, nextIndex, sentence.tokenEnd, ctx.kb)) return 'modifier';
  return 'actor';
}

/** The sector noun after a state name: "Russia's army", "US troops", "Azerbaijan's parliament". */
function sectorAfter(ctx: ActorContext, mention: Mention, sentence: Sentence): { sector: string; evidence: TextSpan } | null {
  const tokens = ctx.doc.tokens;
  let i = tokenFrom(tokens, mention.span.end);
  if (i < 0 || i >= sentence.tokenEnd) return null;
  const possessive = ["'s", '’s', "'", '’'].includes(tokens[i]!.normal);
  if (possessive) i++;
  else if (tokens[i]!.start !== mention.span.end + 1) return null;
  // "Sudan's Darfuri rebels", "Chile's port workers": after a possessive, names and nouns may stand before the sector word.
  const head = headSectorAfter(tokens, i, sentence.tokenEnd, ctx.kb, (t) => possessive && (t.pos === 'PROPN' || t.pos === 'NOUN'));
  if (head) return { sector: head.sector, evidence: textSpan(ctx.doc, head.start, head.end) };
  return possessive ? groupAfterPossessive(ctx, i, sentence) : null;
}

/**
 * "Chile's taxi drivers", "Peru's bus drivers": a group noun (resources/kb/group-nouns.json) that
 * heads the phrase after a possessive state is that state's people of the group's sector, as
 * "Nigeria's doctors" is read through the sector words — not the state's government.
 */
function groupAfterPossessive(ctx: ActorContext, i: number, sentence: Sentence): { sector: string; evidence: TextSpan } | null {
  const tokens = ctx.doc.tokens;
  const lexicon = loadGroupNouns(ctx.groupNouns);
  for (let j = i; j < sentence.tokenEnd && j < i + 4; j++) {
    const match = longestAt(lexicon.index, tokens, j, sentence.tokenEnd);
    const after = tokens[j + (match?.length ?? 0)];
    if (match && !(after && after.pos === 'NOUN' && j + match.length < sentence.tokenEnd)) {
      return { sector: match.value.sector, evidence: textSpan(ctx.doc, tokens[j]!.start, tokens[j + match.length - 1]!.end) };
    }
    if (!['ADJ', 'NOUN', 'NUM'].includes(tokens[j]!.pos)) return null;
  }
  return null;
}

/** "Ministers of Azerbaijan and Armenia": the group noun before "of" and a coordinated list of states. */
function sectorBeforeOf(ctx: ActorContext, mention: Mention, sentence: Sentence): { sector: string; evidence: TextSpan } | null {
  const tokens = ctx.doc.tokens;
  let i = tokenBefore(tokens, mention.span.start);
  // Walk left over "Azerbaijan and" / "Armenia ," to the "of".
  while (i > sentence.tokenStart && tokens[i]!.normal !== 'of') {
    const t = tokens[i]!;
    const inState = ctx.doc.mentions.some((m) => m.label === 'GPE' && m.span.start <= t.start && t.end <= m.span.end);
    if (!(inState || t.normal === 'and' || t.normal === ',' || t.normal === 'the')) return null;
    i--;
  }
  if (tokens[i]?.normal !== 'of') return null;
  for (let start = Math.max(sentence.tokenStart, i - ctx.kb.maxPhraseWords); start < i; start++) {
    const hit = sectorPhraseAt(tokens, start, i, ctx.kb);
    if (hit && start + hit.length === i) return { sector: hit.sector, evidence: textSpan(ctx.doc, tokens[start]!.start, tokens[i - 1]!.end) };
  }
  return null;
}

/**
 * "Paris, Texas": a place name, a comma and a region (a US state, a province in regions.json). The
 * city of that name in that region if city-timezones has it (with its coordinates), else a city-level
 * place in the region's state without coordinates: the right country with no point beats a point on
 * the wrong continent. The region mention keeps its own place record.
 * The same holds for any larger place written after a name, a province of the world gazetteer or a
 * state ("Richmond, Western Cape", "Hamilton, Waikato", "Tshidzini in northern Limpopo"):
 * where the name has no reading in that state, it is a place there without coordinates.
 */
function cityInRegion(ctx: ActorContext, mention: Mention): Omit<PlaceMention, 'kind' | 'id' | 'origin'> | null {
  const { doc, kb } = ctx;
  const comma = /^, /.exec(doc.text.slice(mention.span.end, mention.span.end + 2));
  const next = comma ? doc.mentions.find((m) => m.span.start === mention.span.end + 2) : undefined;
  const ref = next ? ctx.readings.get(next.id)?.refs.find((r) => r.type === 'region') : undefined;
  const region = ref && ref.type === 'region' ? kb.regions.get(ref.id) : undefined;
  if (next && region && region.countryCode !== null && region.level === 'region') {
    const city = kb.citiesNamed(mention.text).find((c) => c.countryCode === region.countryCode && c.province === region.name);
    return {
      span: mention.span, text: mention.text, name: `${mention.text}, ${region.name}`, countryCode: region.countryCode,
      lat: city?.lat ?? null, lon: city?.lon ?? null, level: 'city',
    };
  }
  const refs = ctx.readings.get(mention.id)?.refs ?? [];
  if (refs.some((r) => r.type === 'country')) return null;
  const container = containerOf(doc, mention, ctx.readings, kb);
  // A state the text puts the name in only chooses among the name's own readings (13-disambiguate-places) when one is
  // there ("Tripoli, Lebanon"); a province moves it ("Richmond, Western Cape"). A name with no reading in that state is
  // a town of it the gazetteer lacks ("Moyale, Ethiopia", "the Ethiopian town of Moyale", when only Kenya's is listed):
  // the state the text says, without coordinates.
  const code = container?.code ?? statedStateOf(doc, mention, ctx.readings, kb);
  if (!code || refs.some((r) => codeOf(r, kb) === code)) return null;
  return {
    span: mention.span, text: mention.text, name: container?.region ? `${mention.text}, ${container.region}` : mention.text,
    countryCode: code, lat: null, lon: null, level: 'city',
  };
}

/** Chooses among same-named cities: one in a country the story is about, else the most populous. */
export function chooseCity(ctx: ActorContext, candidates: readonly KbCity[]): KbCity | undefined {
  return [...candidates].sort((a, b) => {
    const sa = ctx.salience.has(a.countryCode) ? 1 : 0;
    const sb = ctx.salience.has(b.countryCode) ? 1 : 0;
    return sb - sa || b.population - a.population;
  })[0];
}

/** The nouns of a first-level division written after its name, and the word the gazetteer names such a division by. */
const DIVISION_AFTER = /^\s+(state|province|region|governorate)\b/i;

/**
 * "in Kaduna state", "in the Kano state capital": a name the gazetteer knows as a city, written with the noun of a
 * first-level division after it, is that division ("Kaduna State") when the gazetteer has one of that name in the
 * city's state: the act is placed at region level, as the text names it, not at the city of the same name.
 * Not "the Kano state capital": the noun after the division's names the city.
 */
function divisionNamedAfter(ctx: ActorContext, mention: Mention): KbCity | undefined {
  const after = DIVISION_AFTER.exec(ctx.doc.text.slice(mention.span.end, mention.span.end + 16));
  if (!after) return undefined;
  if (/^\s+(?:capital|city|town)\b/i.test(ctx.doc.text.slice(mention.span.end + after[0].length, mention.span.end + after[0].length + 10))) return undefined;
  const noun = after[1]!.charAt(0).toUpperCase() + after[1]!.slice(1).toLowerCase();
  const cities = ctx.kb.citiesNamed(mention.text);
  const divisions = ctx.kb.citiesNamed(`${mention.text} ${noun}`).filter((d) => d.region && cities.some((c) => c.countryCode === d.countryCode));
  return divisions.length === 1 ? divisions[0] : undefined;
}

/**
 * Country names, capitals, cities and regions. A country is a state actor (GOV) unless it is a
 * location ("in Ukraine"); a capital is the government by metonymy when it acts ("Moscow
 * dispatched", "Baku and Yerevan fought") and a city after "in"; other cities and regions are places.
 */
export function resolvePlaceOrState(ctx: ActorContext, mention: Mention, sentence: Sentence): void {
  const { kb } = ctx;
  const reading = ctx.readings.get(mention.id);
  if (!reading) {
    // A local namesake of a far town (13-disambiguate-places dropForeignNamesakes) is still a place, in the state the
    // article's names point to most; else settleLocalities gives it the state of its sentence or story.
    if (isDroppedNamesake(ctx.doc, mention.id)) pushPlace(ctx, { span: mention.span, text: mention.text, name: mention.text, countryCode: droppedNamesakeState(ctx.doc, mention.id), lat: null, lon: null, level: 'city' });
    return;
  }
  const country = reading.refs.find((r) => r.type === 'country');
  const capital = reading.refs.find((r) => r.type === 'capital');
  const region = reading.refs.find((r) => r.type === 'region');
  const cityIds = reading.refs.flatMap((r) => (r.type === 'city' ? [r.id] : []));
  const use = usage(ctx, mention, sentence);
  const span = mention.span;

  // "Paris, Texas", "Alexandria, Virginia": a city name followed by a region names the city in that region.
  const inRegion = cityInRegion(ctx, mention);
  if (inRegion) {
    pushPlace(ctx, inRegion);
    return;
  }

  if (country && country.type === 'country') {
    const record = kb.countries.get(country.code);
    if (use === 'location') {
      pushPlace(ctx, { span, text: mention.text, name: record?.name ?? mention.text, countryCode: country.code, lat: record?.lat ?? null, lon: record?.lon ?? null, level: 'country' });
      return;
    }
    const role = sectorAfter(ctx, mention, sentence) ?? sectorBeforeOf(ctx, mention, sentence);
    pushActor(ctx, {
      span, text: mention.text, code: country.code, sector: role?.sector ?? 'GOV', actorKind: 'country',
      name: record?.name ?? mention.text, via: role ? 'country-sector' : 'country-name',
      evidence: role ? [mentionSpan(mention), role.evidence] : [mentionSpan(mention)],
    });
    return;
  }

  if (region && region.type === 'region') {
    const record = kb.regions.get(region.id)!;
    const role = sectorAfter(ctx, mention, sentence);
    if (role && use !== 'location') {
      // "Nagorno-Karabakh authorities": a breakaway region's government is PLOVER's PRE sector.
      const sector = record.disputed && role.sector === 'GOV' ? 'PRE' : role.sector;
      pushActor(ctx, { span, text: mention.text, code: record.countryCode, sector, actorKind: 'group', name: record.name, via: 'region-sector', evidence: [mentionSpan(mention), role.evidence] });
    }
    // "Kashmir", which two states claim: the claimant the story points to (its states, its places read so far).
    const claimant = record.countryCode === null && record.alternatives ? storyState(storyWeights(ctx, false), new Set(record.alternatives)) : null;
    pushPlace(ctx, { span, text: mention.text, name: record.name, countryCode: record.countryCode ?? claimant, lat: record.lat, lon: record.lon, level: record.level });
    return;
  }

  const city = divisionNamedAfter(ctx, mention) ?? chooseCity(ctx, cityIds.map((id) => kb.cities.get(id)!).filter(Boolean));
  if (capital && capital.type === 'capital' && use === 'actor' && !(city && !city.capital && ctx.salience.has(city.countryCode) && city.countryCode !== capital.code)) {
    const record = kb.countries.get(capital.code);
    const role = sectorAfter(ctx, mention, sentence);
    pushActor(ctx, {
      span, text: mention.text, code: capital.code, sector: role?.sector ?? 'GOV', actorKind: 'country',
      name: record?.name ?? mention.text, via: 'capital-metonym',
      evidence: role ? [mentionSpan(mention), role.evidence] : [mentionSpan(mention)],
    });
    return;
  }
  const place = city ?? (capital && capital.type === 'capital' ? kb.capitalOf(capital.code) : undefined);
  if (place) {
    // A first-order division of the world gazetteer ("Borno State") is a region, not a town.
    pushPlace(ctx, { span, text: mention.text, name: place.name, countryCode: place.countryCode, lat: place.lat, lon: place.lon, level: place.region ? 'region' : 'city' });
  } else if (capital && capital.type === 'capital') {
    pushPlace(ctx, { span, text: mention.text, name: mention.text, countryCode: capital.code, lat: null, lon: null, level: 'city' });
  }
}
