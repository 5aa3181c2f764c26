import type { Mention, PlaceLevel, Sentence } from '../../core/document.js';
import { type ActorContext, mentionSpan, nestedMentions, pushActor, pushPlace, tokenBefore, tokenFrom } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';
import { stateOfPlaceWithin } from './05-resolve-organisations.js';
import { codeOf, isSiteNamedByLocality } from './13-disambiguate-places.js';
import { PLACE_PREPOSITIONS } from '../entities/12-places-by-their-noun.js';
import { divisionLikeAnywhere, divisionsLike, divisionsNamed, type Division } from '../../kb/divisions.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { buildPhraseIndex, longestAt, type PhraseIndex } from '../../dictionaries/phrase-index.js';
import { readResource, type ResourceHeader } from '../../kb/resource.js';
import { NON_STATE_ARMED_SECTORS } from '../../kb/sectors.js';

/**
 * Unknown capitalised names whose shape says what they are, so "Islamic Jihad" or "Physicians for
 * Human Rights" is not coded as a person (the name finder labels any 2–4 capitalised words PERSON).
 * Each list is a head word or a lead phrase, never a particular organisation.
 */
/** Last words of armed groups: "Islamic Jihad", "Liberation Tigers", "al-Aqsa Martyrs Brigades". */
const ARMED_HEADS = new Set(['jihad', 'tigers', 'brigades', 'brigade', 'militia', 'militias', 'mujahideen', 'mujahedeen', 'guerrillas', 'martyrs', 'resistance', 'fedayeen']);
/** Heads that are armed groups only with a rebel word in the name: "Revolutionary United Front", "Kosovo Liberation Army", but "Sudanese Army" and "Homeland Union" are not. */
const MAYBE_ARMED_HEADS = new Set(['front', 'army', 'movement', 'forces']);
const REBEL_WORDS = new Set(['liberation', 'revolutionary', 'islamic', 'jihad', 'rebel', 'resistance', 'salvation', 'mujahideen', 'insurgent', 'armed', 'patriotic', 'tigers', 'popular']);
/** NGOs by their last word: "Human Rights Watch", "Amnesty International", "Third World Water Forum". */
const NGO_HEADS = new Set(['watch', 'international', 'forum', 'foundation', 'trust', 'initiative', 'network', 'jurists', 'ngo']);
/** NGOs by their first words: "Physicians for Human Rights", "Association of African Jurists", "Reporters Without Borders". */
const NGO_LEADS = /^(physicians|doctors|lawyers|reporters|journalists|engineers|friends|citizens|women|mothers|committee|society|association|league|campaign|coalition|centre|center|institute|council) (for|of|without|to|against|on)\b/i;
/** Places by their last word: "Black Sea", "Allenby Bridge", "Litani River", "Helmand Province". */
const PLACE_HEADS: ReadonlyMap<string, PlaceLevel> = new Map([
  ...['sea', 'ocean', 'river', 'lake', 'gulf', 'bay', 'strait', 'straits', 'province', 'district', 'county', 'governorate', 'island', 'islands', 'peninsula', 'valley', 'mountains', 'hills', 'desert', 'plain', 'plateau', 'basin', 'coast', 'delta'].map((w) => [w, 'region' as PlaceLevel] as const),
  ...['bridge', 'square', 'street', 'avenue', 'airport', 'port', 'harbour', 'harbor', 'dam', 'camp', 'crossing', 'checkpoint', 'base', 'palace', 'mosque', 'temple', 'church', 'cathedral', 'stadium', 'prison', 'hospital', 'embassy'].map((w) => [w, 'site' as PlaceLevel] as const),
]);

export type NameShape = 'armed' | 'ngo' | 'place' | 'ruling';

interface RulingBodyFile extends ResourceHeader {
  readonly heads: readonly string[]; readonly words: readonly string[]; readonly transitionWords: readonly string[];
  readonly powerWords: readonly string[]; readonly notWords: readonly string[];
}
interface RulingBodyWords { heads: ReadonlySet<string>; words: ReadonlySet<string>; transition: ReadonlySet<string>; power: ReadonlySet<string>; not: ReadonlySet<string> }
let rulingBodies: RulingBodyWords | undefined;
/** The nouns and words of a body that rules a state after a coup or through a transition (resources/kb/ruling-bodies.json). */
function rulingBodyWords(): RulingBodyWords {
  if (!rulingBodies) {
    const file = readResource<RulingBodyFile>('ruling-bodies.json');
    rulingBodies = { heads: new Set(file.heads), words: new Set(file.words), transition: new Set(file.transitionWords), power: new Set(file.powerWords), not: new Set(file.notWords) };
  }
  return rulingBodies;
}

/**
 * Whether a name of a committee or council says it rules the state: a word of regime change ("Salvation",
 * "Restoration"), or a word of transition beside one of power ("Supreme Committee for Transition", "Transitional
 * Governing Council"); never with a word of another field or of a region ("Energy Transition Council", "Transitional
 * Justice Council", "Southern Transitional Council").
 */
function rulingName(words: readonly string[], head: string): boolean {
  const ruling = rulingBodyWords();
  if (!(ruling.heads.has(head) || ruling.heads.has(words[0]!) || ruling.heads.has(words[1] ?? ''))) return false;
  if (words.some((w) => ruling.not.has(w))) return false;
  return words.some((w) => ruling.words.has(w)) || (words.some((w) => ruling.transition.has(w)) && words.some((w) => ruling.power.has(w)));
}

/** The shape of a name, or null when nothing in it is telling. */
export function nameShape(text: string): { shape: NameShape; level?: PlaceLevel } | null {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return null;
  // "Liberation Tigers of Tamil Eelam", "Association of African Jurists": the head is before "of".
  const ofAt = words.indexOf('of');
  const last = words[words.length - 1] ?? '';
  const head = ofAt > 0 ? words[ofAt - 1]! : last;
  // "Armed Forces" alone is a state's military ("the Armed Forces of Liberia"); "armed" is a rebel word only beside
  // another ("Revolutionary Armed Forces").
  const rebel = words.some((w, k) => REBEL_WORDS.has(w) && !(w === 'armed' && words[k + 1] === 'forces'));
  if (ofAt > 0 && (ARMED_HEADS.has(head) || (MAYBE_ARMED_HEADS.has(head) && rebel))) return { shape: 'armed' };
  // "Popular Front for the Liberation of Manicaland", "Army for the Salvation of the North": the head is before "for".
  const forAt = words.indexOf('for');
  if (forAt > 0 && (ofAt < 0 || forAt < ofAt) && MAYBE_ARMED_HEADS.has(words[forAt - 1]!) && rebel) return { shape: 'armed' };
  const place = PLACE_HEADS.get(last);
  if (place) return { shape: 'place', level: place };
  if (ARMED_HEADS.has(last) || (MAYBE_ARMED_HEADS.has(last) && rebel)) return { shape: 'armed' };
  // "the Supreme Committee for Transition and Renewal", "a Transitional Governing Council": a committee or council named for
  // a change of regime is the body that rules the state (a junta), not a civil-society group its "Committee for …" would make it.
  if (rulingName(words, head)) return { shape: 'ruling' };
  if (NGO_HEADS.has(last) || NGO_LEADS.test(text) || /\bhuman rights\b/i.test(text)) return { shape: 'ngo' };
  return null;
}

/** Nouns written after a division's name that the gazetteer may spell as part of it ("Plateau State", "Ogooué-Maritime Province"). */
const DIVISION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'region', 'governorate', 'department', 'district', 'county']);

/** What may stand between a preposition of place and a site's name: "at the Torugart checkpoint", "at its Tessit base". */
const SITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'a']);

/** Nouns before "of" that name a settlement or an area no gazetteer may know: "the village of Kafr Tala". */
export const LOCALITY_NOUNS: ReadonlyMap<string, PlaceLevel> = new Map([
  ...['village', 'villages', 'town', 'towns', 'city', 'locality', 'community', 'settlement', 'municipality', 'hamlet', 'neighbourhood', 'neighborhood', 'suburb', 'township', 'commune'].map((w) => [w, 'city' as PlaceLevel] as const),
  // Plurals too: "in the border provinces of Dajabón and Elías Piña".
  ...['district', 'province', 'region', 'county', 'governorate', 'department', 'prefecture', 'area', 'territory',
    'districts', 'provinces', 'regions', 'counties', 'governorates', 'departments', 'prefectures', 'territories'].map((w) => [w, 'region' as PlaceLevel] as const),
]);

/**
 * "near the village of Kafr Tala", "in the community of San Isidro": a name the gazetteer does not
 * know, after a noun for a settlement and "of", is a place — often the most precise place of the
 * act. So is one the entities stage read as a place by the preposition before it ("attacked farmers
 * in Wad Kibeira", "near Gogoni, east of Mombasa"): most such names in news are villages and
 * neighbourhoods. No coordinates; its country is the one the other places of its sentence are in
 * ("…, 30 kilometres from Gusau", "in the Mopti region", "north of Baghdad"), when they agree on one.
 */
function resolveNamedLocality(ctx: ActorContext, mention: Mention, sentence: Sentence): boolean {
  const tokens = ctx.doc.tokens;
  const before = tokenBefore(tokens, mention.span.start);
  const noun = tokens[before - 1];
  // "in neighbouring Gazipur district": the noun of an area after the name says it is one, whatever stands before it.
  const after = tokens[tokenFrom(tokens, mention.span.end)];
  const lower = after !== undefined && after.start < sentence.span.end && /^\p{Ll}/u.test(after.text);
  // "in Plateau state": the gazetteer names a first-order division with its noun ("Plateau State"), which the name alone misses.
  const divisionNoun = lower && DIVISION_NOUNS.has(after!.normal) ? `${after!.normal.charAt(0).toUpperCase()}${after!.normal.slice(1)}` : undefined;
  const area = lower && (LOCALITY_NOUNS.get(after!.normal) === 'region' || divisionNoun !== undefined) ? 'region' as const : undefined;
  // "detained at the Torugart checkpoint", "gunmen opened fire outside the Bakoro camp": a name set before the lower-case noun of
  // a site mostly called after where it stands (site-nouns.json namedByLocality), in a phrase a preposition of place opens, is the
  // locality the site is at, the place analysts write for the act ("Torugart"), not the site's noun. So is one a verb acts on
  // ("closed the Torugart crossing", "shelled the Bakoro camp"): the site is where the act was done all the same.
  const siteAfter = lower && isSiteNamedByLocality(after!.normal) && before - 1 >= sentence.tokenStart
    && SITE_DETERMINERS.has(tokens[before]!.normal) && (PLACE_PREPOSITIONS.has(tokens[before - 1]!.normal) || tokens[before - 1]!.pos === 'VERB');
  const level = noun && before - 1 >= sentence.tokenStart && tokens[before]!.normal === 'of' ? LOCALITY_NOUNS.get(noun.normal)
    : before >= sentence.tokenStart && PLACE_PREPOSITIONS.has(tokens[before]!.normal) ? area ?? 'city' : area ?? (siteAfter ? 'city' : undefined);
  if (!level) return false;
  const countries = new Set<string>();
  // "in Shopian district of south Kashmir": a disputed region points to the states that claim it.
  const claimants = new Set<string>();
  for (const m of ctx.doc.mentions) {
    if (m === mention || m.span.start < sentence.span.start || m.span.end > sentence.span.end) continue;
    const reading = ctx.readings.get(m.id);
    const code = reading && !(m.span.start > mention.span.start && namesPeople(ctx, m, reading)) ? countryOfReading(ctx, reading) : null;
    if (code) countries.add(code);
    for (const r of reading?.refs ?? []) if (r.type === 'region') for (const c of ctx.kb.regions.get(r.id)?.alternatives ?? []) claimants.add(c);
  }
  const { countryCode, division } = localityCountry(ctx, mention.text, countries.size === 1 ? [...countries][0]! : null, claimants, divisionNoun);
  pushPlace(ctx, { span: mention.span, text: mention.text, name: mention.text, countryCode, lat: division?.lat ?? null, lon: division?.lon ?? null, level });
  return true;
}

/**
 * "seized the town of Rubaya in Masisi territory": a place read by its noun or preposition before the
 * sentence's later places were read takes the state they agree on, once the whole article is read;
 * else the state the story's places point to most.
 */
export function settleLocalities(ctx: ActorContext): void {
  ctx.places.forEach((place, i) => {
    if (place.countryCode !== null || place.lat !== null || ctx.readings.has(mentionAt(ctx, place)?.id ?? '')) return;
    const sentence = ctx.doc.sentences.find((s) => s.span.start <= place.span.start && place.span.end <= s.span.end);
    const states = new Set(ctx.places.filter((p) => p !== place && p.countryCode !== null && sentence && sentence.span.start <= p.span.start && p.span.end <= sentence.span.end).map((p) => p.countryCode!));
    const code = states.size === 1 ? [...states][0]! : storyState(storyWeights(ctx, false));
    if (code) ctx.places[i] = { ...place, countryCode: code };
    else {
      // A story that points to no state: a first-order division whose name sounds like it in one state only
      // ("in Lower Shabelle": GeoNames' "Lower Shabeelle", SOM).
      const division = divisionLikeAnywhere(place.text);
      if (division) ctx.places[i] = { ...place, countryCode: division.countryCode, lat: division.lat, lon: division.lon, level: 'region' };
    }
  });
}

function mentionAt(ctx: ActorContext, place: { span: { start: number; end: number } }): Mention | undefined {
  return ctx.doc.mentions.find((m) => m.span.start === place.span.start && m.span.end === place.span.end);
}

/**
 * How much the story points to each state: its names, demonyms and capitals (`ctx.salience`) and
 * every place the gazetteer or the divisions read so far whose state is known; `withStates` false counts the places alone (a state or
 * a people named as a party, "French troops", says nothing of where an unknown village lies).
 */
export function storyWeights(ctx: ActorContext, withStates = true): Map<string, number> {
  const weights = new Map(withStates ? ctx.salience : []);
  // Only places the gazetteer or the divisions read (they have a point): a state merely guessed for another unknown name is no evidence.
  const read = new Set(ctx.doc.mentions.filter((m) => ctx.readings.has(m.id)).map((m) => `${m.span.start}:${m.span.end}`));
  for (const p of ctx.places) {
    if (p.countryCode && (p.lat !== null || read.has(`${p.span.start}:${p.span.end}`))) weights.set(p.countryCode, (weights.get(p.countryCode) ?? 0) + 1);
  }
  return weights;
}

/** The state the story points to most, when one does more than every other. */
export function storyState(weights: ReadonlyMap<string, number>, among?: ReadonlySet<string>): string | null {
  const ranked = [...weights].filter(([code, w]) => w > 0 && (!among || among.has(code))).sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

/**
 * The state of a place the gazetteer does not know, and the administrative division it is, if one:
 * the state its sentence's other places agree on; else a first- or second-order division of that name
 * (resources/kb/divisions.tsv.gz: "in Gazipur district" BGD, "in Djugu territory" COD) — when the story
 * points to a state most, only a division of that state — or, within the states the sentence's
 * disputed region or the story point to, one whose name sounds like it ("Shopian" → Shupiyan, IND);
 * else the state the story's places point to most (a village in a story set in one state lies in it).
 */
function localityCountry(ctx: ActorContext, name: string, sentenceState: string | null, claimants: ReadonlySet<string>, divisionNoun?: string): { countryCode: string | null; division?: Division } {
  const weights = storyWeights(ctx);
  const within: ReadonlySet<string> | null = sentenceState ? new Set([sentenceState]) : claimants.size > 0 ? claimants : null;
  // A part of a second-order division named by a compass word ("Upper X") is read only in the states the sentence or story points to.
  const top = storyState(weights);
  const pointedTo = new Set([...(within ?? []), ...(top !== null ? [top] : [])]);
  const spelled = [...divisionsNamed(name, pointedTo), ...(divisionNoun ? divisionsNamed(`${name} ${divisionNoun}`, pointedTo) : [])];
  const named = spelled.filter((d) => !within || within.has(d.countryCode));
  const namedStates = new Set(named.map((d) => d.countryCode));
  // With no story to choose by, a first-order division outranks second-order namesakes abroad ("Kasai": COD, not a ward of Tokyo);
  // a story that points to another state most says the name is not that division ("the Bekaa region" in a story set in Syria).
  const firstOrder = new Set(named.filter((d) => d.level === 1).map((d) => d.countryCode));
  // A first-order division of a state the story names too, though it names another more (a Canadian province
  // in a story of a US company's mine, Canada named less often than the United States), is that division: a province is no local namesake.
  const namedFirstOrder = [...firstOrder].filter((code) => (weights.get(code) ?? 0) > 0);
  const namedState = top !== null ? (namedStates.has(top) ? top : namedFirstOrder.length === 1 ? namedFirstOrder[0]! : null)
    : namedStates.size === 1 ? [...namedStates][0]! : firstOrder.size === 1 ? [...firstOrder][0]! : null;
  if (namedState) return { countryCode: namedState, division: named.find((d) => d.countryCode === namedState)! };
  if (sentenceState) return { countryCode: sentenceState };
  const pointed = within ?? new Set([storyState(weights)].filter((c): c is string => c !== null));
  const like = divisionsLike(name, pointed);
  const likeStates = new Set(like.map((d) => d.countryCode));
  if (likeStates.size === 1) return { countryCode: [...likeStates][0]!, division: like[0]! };
  return { countryCode: claimants.size > 0 ? storyState(weights, claimants) : storyState(storyWeights(ctx, false)) };
}

/**
 * Whether a mention is a demonym naming people, not where a place lies: after the place, in what was done there ("opened
 * fire on miners near Kalonda, killing five Zambian men", "burned tents near Tavolqui and drove 300 Bolivians back across
 * the border"), it tells whose the victims are, and the village lies in the state where the act happens, often another.
 * (Before the place it is most often the doer's, at home: "Sudanese troops shelled Wad Sabil", as ACLED's notes write.) A
 * demonym before a noun of a settlement or an area ("the Zambian town of Kalonda", "the Bolivian side of the border")
 * does say where.
 */
function namesPeople(ctx: ActorContext, mention: Mention, reading: NonNullable<ReturnType<ActorContext['readings']['get']>>): boolean {
  if (!reading.refs.every((r) => r.type === 'demonym')) return false;
  const next = ctx.doc.tokens[tokenFrom(ctx.doc.tokens, mention.span.end)];
  return next === undefined || !(LOCALITY_NOUNS.has(next.normal) || DEMONYM_PLACE_NOUNS.has(next.normal));
}

/** Nouns after a demonym that make it say where a place lies, besides the nouns of settlements and areas: "the Malian side of the border". */
const DEMONYM_PLACE_NOUNS: ReadonlySet<string> = new Set(['side', 'border', 'soil', 'capital', 'coast', 'island', 'islands', 'mainland', 'countryside']);

/** The country a gazetteer reading stands in, when its readings agree on one. */
function countryOfReading(ctx: ActorContext, reading: NonNullable<ReturnType<ActorContext['readings']['get']>>): string | null {
  const codes = new Set(reading.refs.map((r) => codeOf(r, ctx.kb)).filter((c): c is string => c !== null));
  return codes.size === 1 ? [...codes][0]! : null;
}

/** The state named right before a mention or inside its name ("Iraq's Anbar Province", "Palestinian Islamic Jihad"). */
function stateBefore(ctx: ActorContext, mention: Mention, sentence: Sentence): { code: string; mention: Mention } | null {
  const tokens = ctx.doc.tokens;
  let i = tokenBefore(tokens, mention.span.start);
  if (i >= 0 && ["'s", '’s'].includes(tokens[i]!.normal)) i--;
  const end = i >= sentence.tokenStart ? tokens[i]!.end : -1;
  const m = ctx.doc.mentions.find((x) => x.span.end === end && ctx.readings.has(x.id))
    ?? nestedMentions(ctx.doc, mention).find((x) => ctx.readings.has(x.id) && stateCodeOf(ctx.readings.get(x.id)!) !== null);
  const code = m ? stateCodeOf(ctx.readings.get(m.id)!) : null;
  return m && code ? { code, mention: m } : null;
}

/** Sectors of a state's own offices, whose titles (resources/kb/offices.json) head a name of the state's ("Public Defender"). */
const STATE_OFFICE_SECTORS = new Set(['GOV', 'JUD', 'LEG', 'COP', 'MIL']);

/**
 * The sector of the state office a name's head is the title of ("Human Rights Ombudsman", "Commissioner for Human
 * Rights": the head is the word before "for"/"of", else the last; a two-word title counts: "Public Defender"), else null.
 */
function stateOffice(ctx: ActorContext, text: string): string | null {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, k) => k > 0 && ['of', 'for'].includes(w));
  const head = cut > 0 ? words.slice(0, cut) : words;
  for (const n of [2, 1]) {
    if (head.length < n) continue;
    const sector = ctx.kb.officeTitles.get(head.slice(-n).join(' '));
    if (sector && STATE_OFFICE_SECTORS.has(sector)) return sector;
  }
  return null;
}

/** The state named right after a name with "of" ("the Human Rights Ombudsman of Mongolia"), or null. */
function stateAfterOf(ctx: ActorContext, mention: Mention, sentence: Sentence): { code: string; mention: Mention } | null {
  const tokens = ctx.doc.tokens;
  const i = tokenFrom(tokens, mention.span.end);
  if (i < 0 || i + 1 >= sentence.tokenEnd || tokens[i]!.normal !== 'of') return null;
  const j = tokens[i + 1]!.normal === 'the' ? i + 2 : i + 1;
  const m = ctx.doc.mentions.find((x) => x.span.start === tokens[j]?.start && ctx.readings.has(x.id));
  const code = m ? stateCodeOf(ctx.readings.get(m.id)!) : null;
  return m && code ? { code, mention: m } : null;
}

/**
 * Sectors of group nouns that make the name beside them a rebel group's (coded REB below): "rebels of X", "X fighters",
 * "gunmen from X". The non-state armed sectors but for paramilitaries: a name beside "pro-government militias" is no rebel group.
 */
const REBEL_CONTEXT_SECTORS: ReadonlySet<string> = new Set([...NON_STATE_ARMED_SECTORS].filter((s) => s !== 'PRM'));

/**
 * Whether the words around an unknown name say it is an armed group whatever its shape: a group
 * noun of fighters before it with "of"/"from" ("rebels of the Front for National Renewal",
 * "fighters from the Union for Peace"), or right after it ("the Union for Peace rebels"). Names of
 * coalitions, unions and movements read as NGOs by their shape alone; who they are is said by the
 * noun an article puts beside them.
 */
function armedByContext(ctx: ActorContext, mention: Mention, sentence: Sentence): boolean {
  const tokens = ctx.doc.tokens;
  const lexicon = loadGroupNouns(ctx.groupNouns);
  const armedAt = (i: number) => {
    if (i < sentence.tokenStart || i >= sentence.tokenEnd) return false;
    const match = longestAt(lexicon.index, tokens, i, sentence.tokenEnd);
    return match !== null && REBEL_CONTEXT_SECTORS.has(match.value.sector);
  };
  const after = tokenFrom(tokens, mention.span.end);
  if (after >= 0 && after < sentence.tokenEnd && armedAt(after)) return true;
  let i = tokenBefore(tokens, mention.span.start);
  if (i >= sentence.tokenStart && tokens[i]!.normal === 'the') i--;
  if (i < sentence.tokenStart || !['of', 'from'].includes(tokens[i]!.normal)) return false;
  // The group noun ends right before "of": "rebels of", "armed men from".
  for (let j = i - 1; j >= Math.max(sentence.tokenStart, i - 3); j--) {
    const match = longestAt(lexicon.index, tokens, j, i);
    if (match && j + match.length === i) return REBEL_CONTEXT_SECTORS.has(match.value.sector);
  }
  return false;
}

interface NgoDescriptorFile extends ResourceHeader { readonly ngoDescriptors: { readonly nouns: readonly string[] } }
let ngoDescriptors: PhraseIndex<true> | undefined;
/** The nouns that introduce a civil-society body beside its name (resources/kb/organisation-shapes.json ngoDescriptors). */
export function ngoDescriptorIndex(): PhraseIndex<true> {
  ngoDescriptors ??= buildPhraseIndex(readResource<NgoDescriptorFile>('organisation-shapes.json').ngoDescriptors.nouns.map((n) => ({ words: n.split(' '), value: true as const })));
  return ngoDescriptors;
}

/** Words that may open an apposition before its descriptor: "Kalmara, a local rights group,". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Whether the words beside an unknown name introduce it as a civil-society body, whatever its shape: a descriptor
 * noun right before it ("the rights group Kalmara", "the Peruvian human rights organisation Vozandes") or in an
 * apposition right after it ("Kalmara, a local rights group, said"). Such a name is as often a single word or a
 * person-like name ("Sauti ya Haki") as one of the shapes `nameShape` reads; the state named before the
 * descriptor is where the group works, not whose body it is.
 */
function ngoByContext(ctx: ActorContext, mention: Mention, sentence: Sentence): boolean {
  const tokens = ctx.doc.tokens;
  const index = ngoDescriptorIndex();
  const first = tokenFrom(tokens, mention.span.start);
  // The descriptor ends right before the name: "rights group Kalmara".
  for (let j = first - 1; j >= Math.max(sentence.tokenStart, first - 4); j--) {
    const match = longestAt(index, tokens, j, first);
    if (match && j + match.length === first) return true;
  }
  // An apposition after it: ", a (local, independent) rights group" closed by punctuation or the sentence's end.
  const after = tokenFrom(tokens, mention.span.end);
  if (after < 0 || after >= sentence.tokenEnd || tokens[after]!.text !== ',' || !APPOSITION_OPENERS.has(tokens[after + 1]?.normal ?? '')) return false;
  for (let k = after + 2; k < Math.min(sentence.tokenEnd, after + 6); k++) {
    const match = longestAt(index, tokens, k, sentence.tokenEnd);
    if (!match) continue;
    const next = tokens[k + match.length];
    return next === undefined || k + match.length >= sentence.tokenEnd || next.pos === 'PUNCT';
  }
  return false;
}

/** Whether the story calls the name an armed group anywhere (`armedByContext`), so its later bare mentions are the group too. */
function namedArmedInStory(ctx: ActorContext, mention: Mention): boolean {
  const { doc } = ctx;
  return doc.mentions.some((other) => {
    if (other.text !== mention.text) return false;
    const at = tokenFrom(doc.tokens, other.span.start);
    const sentence = at >= 0 ? doc.sentences[doc.tokens[at]!.sentence] : undefined;
    return sentence !== undefined && armedByContext(ctx, other, sentence);
  });
}

/**
 * Codes a PERSON or unknown ORG mention by its shape. Armed groups are REB of the state named
 * before them, else code null (we do not guess IMG: whether a group is international is not in
 * its name); NGOs are code NGO, sector SOC; places become places, not actors.
 * Returns true when the mention was handled.
 */
export function resolveByShape(ctx: ActorContext, mention: Mention, sentence: Sentence): boolean {
  if (ctx.readings.has(mention.id)) return false;
  if (mention.label === 'LOC' && resolveNamedLocality(ctx, mention, sentence)) return true;
  const read = nameShape(mention.text);
  const armed = read?.shape !== 'place' && mention.label === 'ORG' && namedArmedInStory(ctx, mention);
  const shape = armed ? { shape: 'armed' as const } : read ?? (mention.label !== 'LOC' && ngoByContext(ctx, mention, sentence) ? { shape: 'ngo' as const } : null);
  if (!shape) return false;
  const { doc } = ctx;
  const state = stateBefore(ctx, mention, sentence);
  if (shape.shape === 'place') {
    // No coordinates: the gazetteer does not know the place; the state before it gives its country.
    pushPlace(ctx, { span: mention.span, text: mention.text, name: mention.text, countryCode: state?.code ?? null, lat: null, lon: null, level: shape.level ?? 'site' });
    return true;
  }
  const start = state ? Math.min(state.mention.span.start, mention.span.start) : mention.span.start;
  if (state) ctx.consumed.add(state.mention.id);
  const evidence = state ? [mentionSpan(state.mention), mentionSpan(mention)] : [mentionSpan(mention)];
  const office = stateOffice(ctx, mention.text);
  if (shape.shape === 'ngo' && office) {
    // "Kazakhstan's Human Rights Ombudsman", "the Human Rights Ombudsman of Mongolia": an office of the state, named by
    // its title however much of its name is about rights, is the state's (its title's sector), not a civil society group.
    const owner = state ?? stateAfterOf(ctx, mention, sentence);
    if (!state && owner) ctx.consumed.add(owner.mention.id);
    const end = owner && !state ? owner.mention.span.end : mention.span.end;
    pushActor(ctx, { span: { start, end }, text: doc.text.slice(start, end), code: owner?.code ?? null, sector: office, actorKind: 'organization', name: mention.text, via: 'name-shape',
      evidence: owner ? [mentionSpan(owner.mention), mentionSpan(mention)].sort((a, b) => a.start - b.start) : [mentionSpan(mention)] });
    return true;
  }
  if (shape.shape === 'ruling') {
    // The state's ruling body: the state named before it, else none here (the story's state is given to an unknown body of
    // a state's sector after the group nouns, 14-group-nouns.ts codeStateOffices, and by the events stage).
    pushActor(ctx, { span: { start, end: mention.span.end }, text: doc.text.slice(start, mention.span.end), code: state?.code ?? null, sector: 'GOV', actorKind: 'organization', name: mention.text, via: 'name-shape', evidence });
    return true;
  }
  if (shape.shape === 'armed') {
    // "the Front for the Liberation of Manicaland": with no state before it, the place the group fights for or in is its state's.
    const code = state?.code ?? stateOfPlaceWithin(ctx, mention);
    pushActor(ctx, { span: { start, end: mention.span.end }, text: doc.text.slice(start, mention.span.end), code, sector: 'REB', actorKind: 'group', name: mention.text, via: 'name-shape', evidence });
  } else {
    pushActor(ctx, { span: mention.span, text: mention.text, code: 'NGO', sector: 'SOC', actorKind: 'organization', name: mention.text, via: 'name-shape', evidence: [mentionSpan(mention)] });
    if (state) ctx.consumed.delete(state.mention.id);
  }
  return true;
}
