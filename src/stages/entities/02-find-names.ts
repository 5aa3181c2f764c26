import type { MentionLabel, Token } from '../../core/document.js';
import type { Kb } from '../../kb/index.js';
import { loadPersonNouns } from '../../kb/person-nouns.js';
import type { NameShapes } from '../../kb/names.js';
import type { GazetteerCandidate } from './01-match-gazetteer.js';
import { isOpeningName, isOpeningSurname, isPersonShapedAfter } from './09-opening-surnames.js';
import type { KnownNames } from './known-names.js';
import { organisationShapes } from './organisation-shapes.js';

export interface NameCandidate {
  start: number;
  end: number;
  label: MentionLabel;
  /**
   * For a person: the name has evidence beyond capitals (a title, a given name, an initial, a word
   * already known as a person's), so its words may resolve short forms elsewhere in the article.
   */
  sure?: boolean;
  /** A sure person known so by the name's own words alone (candidates.ts Candidate.sureByWordsOnly). */
  sureByWordsOnly?: boolean;
}

/** What the name finder reads for one sentence. */
export interface NameScope {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
  readonly kb: Kb;
  readonly shapes: NameShapes;
  /** The gazetteer hit covering a token, if any. */
  readonly hitAt: (t: Token) => GazetteerCandidate | undefined;
  readonly known: KnownNames;
}

export interface FoundNames {
  readonly names: NameCandidate[];
  /**
   * Gazetteer hits inside an event's or treaty's name, which are no place mention ("Geneva" in
   * "Geneva Protocol", "Moscow" in "Treaty of Moscow"). A place inside an organisation's name stays
   * a mention of its own, nested in the name ("Romania" in "National Bank of Romania", "Baghdad" in
   * "Baghdad University"), so the organisation's country can be read from it; the actors stage
   * reads it as the organisation's modifier, never as a party or a place of its own.
   */
  readonly absorbed: ReadonlySet<GazetteerCandidate>;
}

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT';
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'note', 'state', 'write', 'announce', 'insist', 'warn', 'claim']);
/**
 * Words that join two capitalised parts of an organisation's or event's name: "Ministry of Defence",
 * "Organisation for Security and Cooperation". Not "in" or "on": "a school in Arua", "the Coast
 * Guard on Friday" say where and when.
 */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&']);
const POSSESSIVES = new Set(["'s", '’s']);
/** Numbers that end an event's name: "Gulf War Two", "World War II". */
const ORDINAL_NAMES = new Set(['one', 'two', 'three', 'i', 'ii', 'iii']);
/** Gazetteer readings a longer name may swallow: places and states, never an organisation or a user's entry. */
const PLACE_READINGS = new Set(['city', 'capital', 'region', 'country', 'demonym']);

/** Length (in tokens) of the longest office title or role starting at token `i`, 0 if none. */
export function titleLengthAt(tokens: readonly Token[], i: number, end: number, kb: Kb, shapes?: NameShapes): number {
  let best = 0;
  let phrase = '';
  const longest = Math.max(kb.maxPhraseWords, shapes?.maxRoleWords ?? 0) + 2;
  for (let j = i; j < end && j - i < longest; j++) {
    const t = tokens[j]!;
    phrase = j === i ? t.normal : `${phrase}${t.start > tokens[j - 1]!.end ? ' ' : ''}${t.normal}`;
    if (kb.officeTitles.has(phrase) || shapes?.roleWords.has(phrase)) best = j - i + 1;
  }
  return best;
}

const absorbable = (hit: GazetteerCandidate | undefined): hit is GazetteerCandidate =>
  hit !== undefined && hit.match.refs.every((r) => PLACE_READINGS.has(r.type));

/** A hit that is only a nationality's adjective ("Russian"), which stays apart from a bare head ("the Russian Army"). */
const isDemonym = (hit: GazetteerCandidate): boolean => hit.match.refs.every((r) => r.type === 'demonym');

/** Whether a word (lower-cased) heads an organisation, an event or a place name. */
function headKind(word: string, shapes: NameShapes): 'ORG' | 'EVENT' | null {
  if (shapes.orgHeads.has(word) || organisationShapes().companyHeads.has(word)) return 'ORG';
  if (shapes.eventHeads.has(word)) return 'EVENT';
  return null;
}

/** A word as the lead-word tables write it: lower case, without apostrophes ("Jama'at" → "jamaat"). */
const leadForm = (t: Token): string => t.normal.replace(/['’]/g, '');

/** Whether capitalised token `t` is a given name ("Diane Preston", "Olga Petrenko"). */
export function isGivenNameToken(t: Token | undefined, shapes: NameShapes): boolean {
  return t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !shapes.notNames.has(t.normal) && shapes.isGivenName(t.normal);
}

/**
 * Capitalised proper-noun runs: people ("Nikol Pashinyan"), organisations ("Revolutionary United
 * Front", "Ministry of Defence", "National Bank of Romania"), events and treaties ("Geneva
 * Protocol"), acronyms ("RUF"). Office titles and roles are cut from a run wherever they stand, so
 * "Prime Minister Nikol Pashinyan" and "Federal Aviation Administration Director Jane Garvey" yield the
 * person (and the organisation before the title). A place right before a name that ends in an
 * organisation or event word, or after "of" inside one, is part of that name, not a place mention.
 */
export function findNames(scope: NameScope): FoundNames {
  const { tokens, from, to, kb, shapes, hitAt } = scope;
  const out: NameCandidate[] = [];
  const absorbed = new Set<GazetteerCandidate>();
  const plainFree = (t: Token | undefined): boolean => t !== undefined && isCapitalised(t) && !hitAt(t) && !shapes.notNames.has(t.normal.replace(/\.$/, ''));
  // A word of the compass, no name alone ("Western diplomats"), opens one before another free capitalised word:
  // "Southern Transitional Council", "Western Togoland Restoration Front" (names.json nameCompassWords).
  const indexOf = new Map(tokens.slice(from, to).map((t, k) => [t, from + k]));
  const free = (t: Token | undefined): boolean => {
    if (plainFree(t)) return true;
    if (t === undefined || !isCapitalised(t) || hitAt(t) || !shapes.compassWords.has(t.normal)) return false;
    const k = indexOf.get(t);
    const next = k === undefined ? undefined : tokens[k + 1];
    return k !== undefined && k + 1 < to && next!.start === t.end + 1 && plainFree(next);
  };
  const wordsOf = (a: number, b: number) => tokens.slice(a, b).filter(isCapitalised).map((t) => t.normal);
  const hasHead = (a: number, b: number) => wordsOf(a, b).some((w) => headKind(w, shapes) !== null);
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    // A sentence-initial common noun starts a run only as an office title ("President Ruto has warned …"),
    // as the head of an "X for Y" name, or when its capitalised run ends in an organisation word (below).
    // Inside a sentence a capitalised adjective or an acronym starts one whatever its tag: "the Democratic Forces", "(MEND)".
    // A sentence-initial common noun joined by "for" to capitalised words names an organisation:
    // "Engineers for Clean Water", "Campaign for Nuclear Disarmament".
    const namedFor = i + 2 < to && tokens[i + 1]!.normal === 'for' && isCapitalised(tokens[i + 2]!);
    // Sentence-initial capitals say nothing about a word, so a first word the tagger read as a
    // common noun or adjective starts a name only when the capitalised run it opens has an
    // organisation's head word: "Federal Aviation Administration …", "Police held …".
    let namedOrganisation = false;
    if (i === from && (t.pos === 'NOUN' || t.pos === 'ADJ')) {
      let capitalisedEnd = i;
      while (capitalisedEnd < to && free(tokens[capitalisedEnd])) capitalisedEnd++;
      namedOrganisation = hasHead(i, capitalisedEnd) || (capitalisedEnd - i >= 2 && (shapes.eventLeads.has(t.normal) || shapes.orgLeads.has(leadForm(t))));
    }
    // A surname that is also an English word, first in its sentence, is tagged as that word ("Trump set …").
    const startsRun = free(t) && (t.pos === 'PROPN' || namedOrganisation || isOpeningSurname(tokens, i, from, scope.known) || (t.pos === 'NOUN' && (i > from || namedFor || titleLengthAt(tokens, i, to, kb, shapes) > 0))
      || (i > from && (t.pos === 'ADJ' || /^\p{Lu}{2,}$/u.test(t.text))));
    if (!startsRun) {
      i++;
      continue;
    }
    let j = i + 1;
    const inside: GazetteerCandidate[] = [];
    while (j < to) {
      const u = tokens[j]!;
      const next = tokens[j + 1];
      if (free(u)) { j++; continue; }
      // A known organisation's generic one-word name after capitalised words is that name's head, not the
      // organisation: the "Malawi National Congress" is not the US Congress.
      const orgHit = hitAt(u);
      if (orgHit && u.start === tokens[j - 1]!.end + 1 && orgHit.start === u.start && orgHit.end === u.end && shapes.orgHeads.has(u.normal)
        && orgHit.match.refs.every((r) => r.type === 'organisation') && isCapitalised(tokens[j - 1]!)) {
        absorbed.add(orgHit);
        j++;
        continue;
      }
      // Particles of personal names: "Joaquin del Olmo", "Jan van der Berg".
      let p = j;
      while (p < to && shapes.nameParticles.has(tokens[p]!.normal) && /^\p{Ll}/u.test(tokens[p]!.text)) p++;
      if (p > j && p < to && free(tokens[p])) { j = p + 1; continue; }
      // Arabic name particles written lower-case and hyphenated: "Omar Hassan al-Bashir", "Ahmed el-Tayeb".
      if (shapes.nameParticles.has(u.normal) && next?.text === '-' && next.start === u.end && tokens[j + 2] && tokens[j + 2]!.start === next.end && isCapitalised(tokens[j + 2]!)) { j += 3; continue; }
      // "Al-Assad", "Nagorno-Karabakh"-like hyphen-joined capitalised parts stay together.
      if (u.text === '-' && next && isCapitalised(next) && !hitAt(next) && next.start === u.end && u.start === tokens[j - 1]!.end) { j += 2; continue; }
      // Korean and Chinese given names romanised with a hyphen: "Kim Jong-un", "Moon Jae-in". The
      // syllable is short or no English word, and no adjective's ending ("Hamas-run", "Obama-era").
      if (u.text === '-' && next && /^\p{Ll}{1,5}$/u.test(next.text) && next.start === u.end && u.start === tokens[j - 1]!.end && !hitAt(tokens[j - 1]!)
        && !shapes.compoundSuffixes.has(next.normal) && (next.text.length <= 3 || !shapes.isEnglishWord(next.normal))) { j += 2; continue; }
      // "People's Liberation Army": a possessive inside a name (cut again below when no head follows it).
      if (POSSESSIVES.has(u.text) && u.start === tokens[j - 1]!.end && free(next) && next!.start === u.end + 1) { j += 2; continue; }
      // "for" between capitalised words ("Engineers for Clean Water"); "of"/"and" inside an
      // organisation's or event's name or a title ("Secretary of State"), not after a person
      // ("Peter Hall of Barclays"); "the" may follow ("Movement for the Emancipation of the Niger Delta").
      // A company's suffix ends its name: "Portlake Mining Corp of Canada", "Halden Cement Corp and Velta SA".
      if (NAME_CONNECTORS.has(u.normal) && organisationShapes().companySuffixes.has(tokens[j - 1]!.normal)) break;
      // "and the" joins two names, not two parts of one: "the Jakarta Post and the Gulf Times".
      if (u.normal === 'and' && next?.normal === 'the') break;
      const after = next?.normal === 'the' ? j + 2 : j + 1;
      const joined = tokens[after];
      if (NAME_CONNECTORS.has(u.normal) && after < to && joined && isCapitalised(joined) && (u.normal === 'for' || hasHead(i, j) || titleSpansConnector(tokens, i, j, to, kb, shapes))) {
        const hit = hitAt(joined);
        if (free(joined)) { j = after + 1; continue; }
        if (absorbable(hit) && hasHead(i, j)) {
          inside.push(hit);
          j = after;
          while (j < to && tokens[j]!.start < hit.end) j++;
          continue;
        }
      }
      break;
    }
    // A possessive stays inside only an organisation's name: "Russia's Putin" and "Putin's Kremlin" are two names.
    const possessive = tokens.slice(i, j).findIndex((x) => POSSESSIVES.has(x.text));
    if (possessive > 0 && !hasHead(i + possessive + 1, j)) j = i + possessive;
    classifyRun(scope, i, j, inside, out, absorbed);
    i = j;
  }
  findNamedAfterPlaces(scope, out, absorbed);
  return { names: out, absorbed };
}

/**
 * A place before a lower-case word of treaties and processes names the treaty, not a place:
 * "the Minsk agreements", "the Astana process", "the Normandy format" (EVENT); "the Paris club"
 * (ORG, the place kept nested).
 */
function findNamedAfterPlaces(scope: NameScope, out: NameCandidate[], absorbed: Set<GazetteerCandidate>): void {
  const { tokens, from, to, shapes, hitAt } = scope;
  for (let k = from; k + 1 < to; k++) {
    const hit = hitAt(tokens[k]!);
    const next = tokens[k + 1]!;
    // A nationality before such a word is no name: "a Dutch club", "the Kenyan group".
    if (!absorbable(hit) || hit.match.refs.every((r) => r.type === 'demonym') || hit.end !== tokens[k]!.end || next.start !== hit.end + 1 || !/^\p{Ll}/u.test(next.text) || !shapes.nameOfHeads.has(next.normal)) continue;
    const label: MentionLabel = next.normal === 'club' || next.normal === 'group' ? 'ORG' : 'EVENT';
    if (label === 'EVENT') absorbed.add(hit);
    out.push({ start: hit.start, end: next.end, label });
  }
}

/** The acronym in brackets right after token `b` ("… Renewal (ANR)"), or null. */
function acronymAfter(tokens: readonly Token[], b: number): string | null {
  const open = tokens[b];
  const word = tokens[b + 1];
  const close = tokens[b + 2];
  if (open?.text !== '(' || close?.text !== ')' || !word || !/^\p{Lu}[\p{Lu}\d&/-]{1,9}$/u.test(word.text)) return null;
  return word.text.replace(/[^\p{Lu}]/gu, '');
}

/**
 * Whether an acronym is made of the initials of a name's capitalised words: in order
 * ("Alliance for National Renewal" ANR), or in another language's order (FDLR for "Democratic
 * Forces for the Liberation of Rwanda").
 */
export function acronymOf(acronym: string, words: readonly Token[]): boolean {
  const initials = words.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]!.toUpperCase());
  if (acronym.length < 2 || initials.length < 2) return false;
  let k = 0;
  for (const c of initials) if (k < acronym.length && c === acronym[k]) k++;
  if (k === acronym.length && initials[0] === acronym[0]) return true;
  return [...acronym].sort().join('') === [...initials].sort().join('');
}

/** Whether an office title starting inside `[i, j)` reaches past token `j` ("Secretary of State"). */
function titleSpansConnector(tokens: readonly Token[], i: number, j: number, to: number, kb: Kb, shapes: NameShapes): boolean {
  for (let k = i; k < j; k++) if (k + titleLengthAt(tokens, k, to, kb, shapes) > j + 1) return true;
  return false;
}

/**
 * Whether a sentence's first word is the first of a compound subject: a noun in lower case after
 * it, and the verb after that. "Brown rice is …" and "Apple shares fell …" name no one, even in an
 * article about a Mr Brown; "Okafor meets envoy …" (a headline's verb read as a noun) does.
 */
function opensCompound(tokens: readonly Token[], b: number): boolean {
  const noun = tokens[b];
  const verb = tokens[b + 1];
  return noun !== undefined && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** Splits a run at its titles and labels what is left; pushes the names found. */
function classifyRun(scope: NameScope, i: number, j: number, inside: readonly GazetteerCandidate[], out: NameCandidate[], absorbed: Set<GazetteerCandidate>): void {
  const { tokens, kb, shapes } = scope;
  const hasHead = (a: number, b: number) => tokens.slice(a, b).some((t) => isCapitalised(t) && headKind(t.normal, shapes) !== null);
  // The furthest title whose remainder is not an organisation's name: "Aviation Administration Director | Jane Garvey",
  // but "Democratic Republican Army" stays whole ("Republican" is a role only before a person).
  let cut = i;
  let titleStart = -1;
  for (let k = i; k < j; k++) {
    const n = titleLengthAt(tokens, k, j, kb, shapes);
    if (n === 0 || k + n >= j || hasHead(k + n, j) || insideName(tokens, k, i, j, shapes)) continue;
    if (k + n > cut) {
      if (titleStart < 0 || k > cut) titleStart = k;
      cut = k + n;
    }
    while (cut < j && tokens[cut]!.text === '.') cut++;
  }
  const titled = cut > i;
  const within = (a: number, b: number) => inside.filter((h) => h.start >= tokens[a]!.start && h.end <= tokens[b - 1]!.end);
  if (titled && titleStart > i) labelPart(scope, i, titleStart, false, within(i, titleStart), out, absorbed);
  if (cut < j) labelPart(scope, cut, j, titled, within(cut, j), out, absorbed);
}

/** An honorific standing between two words of one personal name ("Abdi Sheikh Warsame"), not before it. */
function insideName(tokens: readonly Token[], k: number, i: number, j: number, shapes: NameShapes): boolean {
  return k > i && k + 1 < j && shapes.innerHonorifics.has(tokens[k]!.normal) && isCapitalised(tokens[k]!)
    && isGivenNameToken(tokens[k - 1], shapes) && isCapitalised(tokens[k + 1]!);
}

/** Words that open a noun phrase before a name: "the", "a", "an". */
const DETERMINERS = new Set(['the', 'a', 'an']);
const isDeterminer = (t: Token | undefined): boolean => t !== undefined && DETERMINERS.has(t.normal) && t.pos === 'DET';

/** Cities this large are named far more often than a child is named after them ("Houston", "Denver"). */
const PLACE_OVER_GIVEN_NAME = 500_000;

/**
 * Whether a name's first word is a person's given name, as evidence: in the given-name list, and not the
 * name of a large city, a state or a region, which the list also holds ("Houston", "Denver", "Georgia" as
 * names of girls and boys in some language). Such a word opens a club's or a company's name as often ("the
 * Houston Dynamo", "Denver Broncos"), so it makes no name sure.
 */
function isPersonsGivenName(scope: NameScope, t: Token | undefined): boolean {
  if (!isGivenNameToken(t, scope.shapes)) return false;
  const place = scope.kb.match(t!.text).find((m) => m.start === 0 && m.end === t!.text.length);
  if (place && place.refs.some((r) => r.type === 'country' || r.type === 'region' || r.type === 'capital')) return false;
  return !scope.kb.citiesNamed(t!.text).some((c) => c.population >= PLACE_OVER_GIVEN_NAME);
}

/**
 * Whether a name's own words say it is a person's, beyond capitals: a given name first, an initial first, or a word
 * of a person already named.
 */
function namedAsPerson(scope: NameScope, parts: readonly Token[], named: readonly Token[]): boolean {
  return isPersonsGivenName(scope, parts[0]) || /^\p{Lu}\.$/u.test(parts[0]!.text) || named.some((p) => scope.known.isPersonWord(p.text));
}

/** Whether an office's title ends a name in tokens `[a, b)` ("the Kaduna Governor", "the Deputy Speaker"). */
function endsInTitle(scope: NameScope, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (titleLengthAt(scope.tokens, k, b, scope.kb, scope.shapes) > 0) return true;
  return false;
}

/** Labels one titled-off part of a run and pushes it. */
function labelPart(scope: NameScope, a: number, b: number, titled: boolean, within: readonly GazetteerCandidate[], out: NameCandidate[], absorbed: Set<GazetteerCandidate>): void {
  const { tokens, from, shapes, hitAt, known } = scope;
  const parts = tokens.slice(a, b);
  // A known organisation's head taken into the name ("… National Congress") counts as a word of it.
  const named = parts.filter((p) => isCapitalised(p) && (!hitAt(p) || absorbed.has(hitAt(p)!)));
  if (named.length === 0) return;
  const words = named.map((p) => p.normal);
  const last = words[words.length - 1]!;
  const next = tokens[b];
  const sentenceInitial = a === from;
  let start = parts[0]!.start;
  let label: MentionLabel | null = null;
  // A group's name written like a person's ("Roman Catholic", "North Africans") is a group.
  if (shapes.groupNames.has(named.map((p) => p.text).join(' '))) {
    out.push({ start: parts[0]!.start, end: parts[parts.length - 1]!.end, label: 'NORP' });
    return;
  }
  const before = a > from ? hitAt(tokens[a - 1]!) : undefined;
  const placeBefore = absorbable(before) && tokens[a]!.start - before.end === 1;
  // A trade word names a company after another name or a place ("Norway Shipping"), not alone ("Chemical plants").
  const companyHead = organisationShapes().companyHeads.has(last) && (named.length >= 2 || placeBefore);
  // A word for one person in lower case right before a name of two words or more says it is a person's,
  // as a title does: "rebel leader Tomas Okwera", "the farmer Ojuku Manyang" (resources/kb/person-nouns.json),
  // so its surname is the person's later in the story. Not a plural ("the rival bidders Real Kafue"),
  // and it labels no one-word name: trades describe companies too ("the engine maker Voltra").
  const prev = a > from ? tokens[a - 1] : undefined;
  const nouns = loadPersonNouns();
  const afterPersonNoun = prev !== undefined && named.length >= 2 && /^\p{Ll}+$/u.test(prev.text) && prev.end < parts[0]!.start && (prev.pos === 'NOUN' || prev.pos === 'PROPN')
    && nouns.sectorOf(prev.normal) !== undefined && !(/s$/.test(prev.normal) && nouns.sectorOf(prev.normal.replace(/e?s$/, '')) !== undefined);
  const orgAt = words.findIndex((w) => shapes.orgHeads.has(w));
  // Names whose head comes first: "Jaish al-Adl", "Al-Harakat al-Wataniya", "Lashkar-e-Taiba" (after an "al-"),
  // "Operation Sea Guardian". A lead that is also a given name ("Ansar") leads only when a particle or a
  // hyphen follows it ("Ansar al-Sharia"), not in "Ansar Mahmood".
  const leadAt = parts.findIndex((p) => isCapitalised(p) && !shapes.nameParticles.has(p.normal));
  const lead = leadAt >= 0 ? parts[leadAt]! : undefined;
  const joinedAfter = (k: number) => parts[k]?.text === '-' || (parts[k] !== undefined && shapes.nameParticles.has(parts[k]!.normal) && /^\p{Ll}/u.test(parts[k]!.text));
  const orgLed = lead !== undefined && named.length >= 2 && shapes.orgLeads.has(leadForm(lead)) && (!shapes.isGivenName(leadForm(lead)) || joinedAfter(leadAt + 1));
  const eventLed = leadAt === 0 && named.length >= 2 && shapes.eventLeads.has(parts[0]!.normal);
  const acronym = acronymAfter(tokens, b);
  const before0 = a > from ? hitAt(tokens[a - 1]!) : undefined;
  const defines = acronym !== null && (acronymOf(acronym, tokens.slice(a, b)) || (absorbable(before0) && acronymOf(acronym, tokens.slice(a - 1, b))));
  if (eventLed) label = 'EVENT';
  else if (orgAt >= 0 || orgLed || companyHead || (defines && named.length >= 2) || (named.length >= 2 && organisationShapes().companySuffixes.has(last))) label = 'ORG';
  // "Geneva Protocol"; "Treaty of Lusaka", "Cup of Nations" (a head before "of"); "Gulf War Two".
  else if (shapes.eventHeads.has(last) || parts.some((p, k) => shapes.eventHeads.has(p.normal) && isCapitalised(p) && parts[k + 1]?.normal === 'of')
    || (named.length >= 3 && ORDINAL_NAMES.has(last) && shapes.eventHeads.has(words[words.length - 2]!))) label = 'EVENT';
  else if (parts.length === 1 && /^\p{Lu}{2,6}$/u.test(parts[0]!.text)) label = shapes.notAcronyms.has(parts[0]!.text) ? null : 'ORG';
  else if (named.length >= 2 && (shapes.placeHeads.has(last) || shapes.placeLeads.has(words[0]!))) label = 'LOC';
  else if (named.length >= 2 && named.length <= 4) label = sentenceInitial && /ing$/.test(words[0]!) && !isGivenNameToken(parts[0], shapes) ? null
    : !titled && !afterPersonNoun && isDeterminer(prev) && prev!.end < parts[0]!.start && !namedAsPerson(scope, parts, named) && !endsInTitle(scope, a, b) ? 'ORG' : 'PERSON';
  else if (named.length === 1 && (titled || (known.isPersonWord(parts[0]!.text) && !(sentenceInitial && opensCompound(tokens, b))) || (next !== undefined && SPEECH_VERBS.has(next.lemma)) || isPersonShapedAfter(tokens, b, scope.to) || (sentenceInitial && isOpeningName(tokens, a, shapes)))) label = 'PERSON';
  if (!label) return;
  // The article written in lower case before such a name is part of it: "al-Kataib al-Sharqiya".
  const dash = tokens[a - 1];
  const article = tokens[a - 2];
  if (orgLed && leadAt === 0 && a - 2 >= from && dash?.text === '-' && article && dash.start === article.end && parts[0]!.start === dash.end
    && shapes.nameParticles.has(article.normal) && /^\p{Ll}/u.test(article.text)) start = article.start;
  // A military unit's number is part of its name: "the 5th Infantry Brigade", "the 101st Airborne Division".
  if (label === 'ORG' && start === parts[0]!.start && shapes.unitHeads.has(last) && a > from && /^\d+(st|nd|rd|th)$/i.test(tokens[a - 1]!.text)) start = tokens[a - 1]!.start;
  let inside = within;
  // An event's head alone, not tagged a proper noun, is a common word written with a capital ("the
  // Final"), unless a place names it ("Geneva Protocol"); "the Olympics" stays an event.
  if (label === 'EVENT' && named.length === 1 && !placeBefore && parts[0]!.pos !== 'PROPN') return;
  // A place written right before an organisation's or event's name is part of it: "Geneva Protocol",
  // "Tokyo Stock Exchange"; so is a state before a name of two words or more ("Kurdistan Democratic
  // Party", "Ethiopian Human Rights Commission"), and a state's name before a bare head ("China Daily",
  // "Kenya Police"), but not a nationality before a bare head ("Russian Army").
  if ((label === 'ORG' || label === 'EVENT') && placeBefore && (!isDemonym(before) || label === 'EVENT' || named.length >= 2 || companyHead || (defines && !acronymOf(acronym, tokens.slice(a, b))))) {
    inside = [before, ...inside];
    start = before.start;
  }
  // Inside an event's name a place is no mention at all; inside an organisation's name it stays, nested, as the organisation's place.
  if (label === 'EVENT') for (const h of inside) absorbed.add(h);
  const sure = label === 'PERSON' && (titled || afterPersonNoun || namedAsPerson(scope, parts, named));
  // A name in quotes of its own that nothing says is a person's is the name of an operation, a campaign or a
  // work ("the offensive \"Iron Swords\"", "the \"Clean Streets\" campaign"): an EVENT, no party to anything.
  if (label === 'PERSON' && !sure && named.length >= 2 && isQuoted(tokens, a, b, scope.to)) label = 'EVENT';
  const byWordsOnly = sure && !titled && !afterPersonNoun;
  out.push({ start, end: parts[parts.length - 1]!.end, label, ...(sure ? { sure } : {}), ...(byWordsOnly ? { sureByWordsOnly: true } : {}) });
}

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '``']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', "''"]);

/** Whether tokens `[a, b)` stand alone between a pair of quotes. */
function isQuoted(tokens: readonly Token[], a: number, b: number, to: number): boolean {
  const open = tokens[a - 1];
  const close = tokens[b];
  return open !== undefined && close !== undefined && b < to && OPENING_QUOTES.has(open.text) && CLOSING_QUOTES.has(close.text)
    && open.end === tokens[a]!.start && close.start === tokens[b - 1]!.end;
}
