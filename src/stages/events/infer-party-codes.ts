import type { ArticleDoc, CodedEvent, EventParty, Token } from '../../core/document.js';
import { Span } from '../../core/span.js';
import { firstTokenFrom } from '../../core/search.js';
import { isGroupNounActor } from '../actors/14-group-nouns.js';
import { lowerConfidence } from './salience.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { longestAt } from '../../dictionaries/phrase-index.js';
import { syntaxOf } from '../../syntax/relations.js';
import { isSpeech, ROLE_WORDS } from './role-words.js';
import { ARMED_SECTORS, NOT_STATES } from '../../kb/sectors.js';

/** Country codes named in the sentence (country actors, demonyms, places), with the kind of mention; only those named before `before` when given. */
function sentenceCountries(doc: ArticleDoc, sentence: Span, before = Infinity): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (code: string, kind: string) => (out.get(code) ?? out.set(code, new Set()).get(code)!).add(kind);
  for (const a of doc.actors) if (a.code && a.code.length === 3 && Span.contains(sentence, a.span) && a.span.start < before && !NOT_STATES.has(a.code)) add(a.code, a.actorKind);
  for (const p of doc.places) if (p.countryCode && Span.contains(sentence, p.span) && p.span.start < before) add(p.countryCode, 'place');
  return out;
}

/**
 * A party the actors stage could not code ("President Hage Geingob", "the Deputy Minister for
 * Mines") most often belongs to the one country its sentence is about: "President Hage Geingob
 * lifted the fuel tax imposed in Namibia" → NAM. Filled only when the sentence names exactly one
 * country and that country is not already the event's state-level counterpart ("Chancellor Vogel
 * received Chilean leader Ricardo Lagos" and "Mr Vogel thanked the Government of Chile" stay unknown). A domestic counterpart (an opposition group)
 * is allowed: "President Mwale suspended Zambian opposition rallies" → ZMB → ZMB, and a protester facing
 * the state itself is the state's own.
 */
export function inferPartyCodes(doc: ArticleDoc, event: CodedEvent, home: string | null = null): void {
  const parties = [...event.actor, ...event.recipient];
  // A group noun ("civilians", "gunmen") already took the country its text gives, if any (actors
  // stage, 14-group-nouns.ts); the other party's country is no evidence for it ("US forces killed a civilian").
  // "Both sides" is never the one country its sentence names: that is most often the mediator
  // ("the deal was signed in Doha by envoys of both sides").
  const groupNoun = (p: EventParty) => doc.actors.some((a) => a.span.start === p.start && a.span.end === p.end && (isGroupNounActor(a) || a.actorKind === 'collective'));
  const unknown = parties.filter((p) => p.code === null && !groupNoun(p));
  if (unknown.length === 0) return;
  const countries = sentenceCountries(doc, event.evidence.sentence);
  if (countries.size !== 1) return;
  const [code] = [...countries.keys()] as [string];
  // "Government negotiators met in Doha" in a story about Chad: the venue of talks abroad is no party's country.
  if (abroad(event, home) && event.event_loc?.country_code === code) return;
  // A state, its leader or its government ("thanked the Government of Ghana") on the other side.
  const stateCounterpart = parties.some((p) => p.code === code && doc.actors.some((a) => a.span.start === p.start && a.code === code &&
    (a.actorKind === 'country' || a.actorKind === 'person' || a.sector === 'GOV')));
  // A protest is most often against its own state ("a deputy went on a sit-in to denounce the president's
  // veto …"): the state on the other side is no sign the protester is foreign.
  if (stateCounterpart && event.event !== 'PROTEST') return;
  const fill = (list: EventParty[], role: string) => {
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      if (party.code !== null || groupNoun(party)) continue;
      list[k] = { ...party, code };
      event.why.push(`${role} "${party.text}" coded ${code}: the only country of its sentence (inferred)`);
    }
  };
  fill(event.actor, 'actor');
  fill(event.recipient, 'recipient');
  lowerConfidence(event, 0.02);
}

/**
 * Acts whose place is often a venue abroad: meetings, talks, visits (a statement or a demand is most
 * often made where its makers live: "protesters in Lagos demanded …").
 */
const VENUE_TYPES = new Set(['CONSULT']);

/**
 * "Government negotiators and rebel representatives met in Doha": a group named without a state
 * took the country of its sentence's place (actors stage, `group-noun-place`, as ACLED codes
 * "Protesters (India)"), but the place of talks, a visit or a statement is most often a venue
 * abroad, not the group's country. Such a code equal to the venue of talks held outside the state the
 * story is about is taken back (talks at home keep it: "opposition leaders met in Harare").
 */
export function venueIsNoParty(doc: ArticleDoc, event: CodedEvent, home: string | null): void {
  const venue = event.event_loc?.country_code;
  if (!venue || !abroad(event, home)) return;
  const lent = (p: EventParty) => p.code === venue && doc.actors.some((a) => a.span.start === p.start && a.span.end === p.end && a.via === 'group-noun-place');
  for (const [list, role] of [[event.actor, 'actor'], [event.recipient, 'recipient']] as const) {
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      if (!lent(party)) continue;
      list[k] = { ...party, code: null };
      event.why.push(`${role} "${party.text}" not coded ${venue}: that is the venue of the ${event.event.toLowerCase()}, not the group's country`);
    }
  }
}

/** Talks held in a state other than the one the story is about (`homeCountry`); with no such state, none is known to be abroad. */
function abroad(event: CodedEvent, home: string | null): boolean {
  const venue = event.event_loc?.country_code;
  return VENUE_TYPES.has(event.event) && home !== null && venue !== null && venue !== undefined && venue !== home;
}

/** How the actors stage codes a party from another mention rather than from its own words. */
const INFERRED_VIA = new Set(['coreference', 'group-noun', 'group-noun-antecedent', 'group-noun-place', 'group-noun-article-place', 'group-noun-article-state',
  'sentence-country',
  'article-country', 'sector-in-place', 'count-of-group', 'collective', 'counterpart', 'region-sector', 'ethnic-location', 'scene-place', 'stated-nationality',
  'shared-name']);

/**
 * The country an article is about: the one that holds more than half of its country-coded mentions
 * (places, country actors, demonyms; international bodies left out) and twice the next country's,
 * named at least three times.
 * Null when no country dominates (a story between two states).
 */
export function homeCountry(doc: ArticleDoc): string | null {
  const counts = new Map<string, number>();
  // Each named mention once: a capital read both as a place and as its state counts once.
  const seen = new Set<number>();
  const add = (code: string | null, start: number) => {
    if (!code || code.length !== 3 || NOT_STATES.has(code) || seen.has(start)) return;
    seen.add(start);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  // Only what the text names: a code the actors stage inferred (a group noun given the country of
  // its sentence's place, a pronoun's antecedent) repeats that place, and a venue abroad ("talks in
  // Havana") would count once per party it was lent to.
  for (const a of doc.actors) if (!INFERRED_VIA.has(a.via)) add(a.code, a.span.start);
  for (const p of doc.places) add(p.countryCode, p.span.start);
  const total = [...counts.values()].reduce((n, c) => n + c, 0);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [code, n] = ranked[0] ?? [null, 0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  // More than half of the mentions and twice the next country's: a story between two states has none.
  return code !== null && n >= 3 && n * 2 > total && n >= 2 * runnerUp ? code : null;
}

/**
 * The head of a party's words: its last word before "of" or "for" ("the Ministry of Defence", "the Ministry for Foreign
 * Affairs" → Ministry); with the party's words.
 */
function headOf(doc: ArticleDoc, party: EventParty): { head: Token; inside: Token[] } | null {
  const inside = doc.tokens.filter((t) => t.start >= party.start && t.end <= party.end);
  const ofAt = inside.findIndex((t) => t.normal === 'of' || t.normal === 'for');
  const head = (ofAt > 0 ? inside.slice(0, ofAt) : inside).at(-1);
  return head ? { head, inside } : null;
}

/** Between a state's name and the head of its body: a possessive and a few words ("Chile's labour ministry", "Hong Kong police"). */
const STATE_TO_HEAD = /^(?:['’]s)?(?:\s+(?!(?:and|or|but|nor)\b)[\p{L}-]+){0,3}\s+$/u;

/**
 * "Chile's labour ministry said … On Monday the labour ministry fined the mine", "Hong Kong police
 * arrested six … Police later banned the vigil": a body of a state named again without its state is the
 * body the article named before with it. The nearest earlier mention of the same head word ("ministry",
 * "police") that a state's name governs, in the same sector, gives the code, when all such mentions name
 * one state ("Rwandan soldiers … Mozambican soldiers … soldiers" gives none). Not when the other side of
 * the act is that state's same body (one body does not act on itself).
 */
export function earlierBody(doc: ArticleDoc, event: CodedEvent): void {
  const states = loadGroupNouns().stateSectors;
  const fill = (list: EventParty[], role: string, other: readonly EventParty[]) => {
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      if (party.code !== null || !states.has(party.sector ?? '')) continue;
      const named = headOf(doc, party);
      if (!named) continue;
      const head = (named.head.lemma ?? named.head.normal).toLowerCase();
      // The word that says which body of its kind it is ("the defence ministry"), inside the party's words or just before them.
      const kindOf = (i: number) => {
        const before = doc.tokens[i - 1];
        return before && /^\p{Ll}/u.test(before.text) && ['NOUN', 'ADJ'].includes(before.pos) ? before.normal : null;
      };
      const kind = kindOf(firstTokenFrom(doc.tokens, named.head.start));
      // Every earlier mention of the head a state's name governs, nearest first: one state only, or none.
      const owners: { code: string; text: string; kind: string | null }[] = [];
      for (let i = doc.tokens.length - 1; i >= 0; i--) {
        const t = doc.tokens[i]!;
        if (t.end > party.start || (t.lemma ?? t.normal).toLowerCase() !== head) continue;
        // The actor whose words hold the head ("Cambodian soldiers"), else the state's name just before it, with no other actor between.
        const holder = doc.actors.find((a) => a.span.start <= t.start && t.end <= a.span.end);
        const before = doc.actors.filter((a) => a.span.end <= t.start).reduce<ArticleDoc['actors'][number] | undefined>((best, a) => (!best || a.span.end > best.span.end ? a : best), undefined);
        const owner = holder ?? (before && t.start - before.span.end <= 40 && STATE_TO_HEAD.test(doc.text.slice(before.span.end, t.start)) ? before : undefined);
        if (!owner || owner.span.start === party.start || !owner.code || owner.code.length !== 3 || NOT_STATES.has(owner.code) || owner.sector !== party.sector) continue;
        owners.push({ code: owner.code, text: doc.text.slice(Math.min(owner.span.start, t.start), Math.max(owner.span.end, t.end)), kind: kindOf(i) });
      }
      // "Peru's energy ministry … Bolivia's trade ministry … the energy ministry": the mentions of the same kind of body
      // decide, when they name one state; else all of them must.
      const sameKind = kind === null ? [] : owners.filter((o) => o.kind === kind);
      const pool = new Set(sameKind.map((o) => o.code)).size === 1 ? sameKind : owners;
      const found = new Set(pool.map((o) => o.code)).size === 1 ? pool[0]! : null;
      if (!found || other.some((p) => p.code === found!.code && p.sector === party.sector)) continue;
      list[k] = { ...party, code: found.code };
      event.why.push(`${role} "${party.text}" coded ${found.code}: the body named before as "${found.text}"`);
    }
  };
  fill(event.actor, 'actor', event.recipient);
  fill(event.recipient, 'recipient', event.actor);
}

/**
 * "The European Union imposed sanctions … The Union calls on …", "the Inter-American Commission on Human
 * Rights said … the Commission urged …": a body no dictionary knows, named in capitals by a part of a name
 * the article gave in full before, is that body. Its words (but for "the") must all stand, in order, in the
 * earlier name of a coded organisation or international body, and every such earlier name must carry one code;
 * the party takes its code and sector (a sector read from the short name alone, "Union" a trade union, is a guess).
 */
export function definedName(doc: ArticleDoc, event: CodedEvent): void {
  const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w && w.toLowerCase() !== 'the');
  const inOrder = (short: string[], long: string[]) => { let i = 0; for (const w of long) if (i < short.length && w === short[i]) i++; return i === short.length; };
  for (const [list, role] of [[event.actor, 'actor'], [event.recipient, 'recipient']] as const) {
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      if (party.code !== null) continue;
      const self = doc.actors.find((a) => a.span.start === party.start && a.span.end === party.end);
      if (!self || self.actorKind !== 'organization') continue;
      const short = wordsOf(party.text);
      if (short.length === 0 || short.some((w) => !/^\p{Lu}/u.test(w))) continue;
      const earlier = doc.actors.filter((a) => a.span.end <= party.start && a.code !== null && (a.actorKind === 'organization' || a.actorKind === 'igo') &&
        a.text.length > party.text.length && inOrder(short, wordsOf(a.text)));
      if (earlier.length === 0 || new Set(earlier.map((a) => a.code)).size !== 1) continue;
      const full = earlier.reduce((best, a) => (a.span.start > best.span.start ? a : best));
      // The sentence may confirm the short name's own reading: "The Union called on members to join the
      // strike" is a union of workers, not the European Union named before.
      if (party.sector !== null && party.sector !== full.sector && confirmsSector(doc, event.evidence.sentence, party)) continue;
      list[k] = { ...party, code: full.code, sector: full.sector ?? null };
      event.why.push(`${role} "${party.text}" coded ${full.code}: the body named in full before as "${full.text}"`);
    }
  }
}

/** Whether a sentence holds a word of the party's own sector (role-words.json sectorCues) or another party of that sector. */
function confirmsSector(doc: ArticleDoc, sentence: Span, party: EventParty): boolean {
  const cues = ROLE_WORDS.sectorCues.get(party.sector ?? '');
  if (cues && doc.tokens.some((t) => Span.contains(sentence, t) && cues.has(t.lemma.toLowerCase()))) return true;
  return doc.actors.some((a) => Span.contains(sentence, a.span) && a.span.start !== party.start && a.sector === party.sector && a.actorKind === 'group');
}

/** A dateline: a place in capitals opening a paragraph ("NAIROBI, Kenya (AP) —", "LIMA —"). */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'-]+(?:,\s*[\p{L} .'-]+)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]/u;

/**
 * A dateline in capitals after a byline or date run into the lead ("By ANA RUIZ Associated Press June 3, 2022 QUITO, Ecuador (AP) -"):
 * after a year, and closed by an agency's bracket or a dash with a space after it — not a capitalised word joined by a
 * hyphen inside the lead's text ("citing a 2020 EU-backed accord").
 */
const BYLINE_DATELINE = /^[^\n]{0,160}?\b\d{4}\s+(\p{Lu}[\p{Lu}\p{M} .'-]+(?:,\s*[\p{L} .'-]+)?(?:\s*\([^)]{1,30}\)\s*[—–-]|\s*[—–-](?=\s)))/u;
/** A dateline of one place in ordinary case ("Osijek - Police said …", "São Paulo — …"): the place, then a spaced dash. */
const PLAIN_DATELINE = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,2})\s[—–-]\s/u;

/**
 * The length of the dateline opening a lead paragraph (0 when none): in capitals, after a byline, or one place in ordinary
 * case. The ordinary-case form only for a town or region the text reads as a place, not a state: "Armenia - Azerbaijan
 * talks" names two sides, not where the story is told from.
 */
function datelineLength(doc: ArticleDoc, lead: Span): number {
  const text = doc.text.slice(lead.start, lead.end);
  const caps = DATELINE.exec(text) ?? BYLINE_DATELINE.exec(text);
  if (caps) return caps[0].length;
  const plain = PLAIN_DATELINE.exec(text);
  const place = plain && doc.places.some((p) => p.span.start === lead.start && p.span.end === lead.start + plain[1]!.length && p.level !== 'country');
  return place ? plain[0].length : 0;
}

/**
 * The states an article is about, graded: each named mention (as `homeCountry` counts them) weighs 1,
 * 3 in the headline (a first paragraph of one short line), 2 in the lead (the first paragraph of
 * twenty words or more) and 3 more as the lead's dateline place. A story between two states
 * ("Rwandan and Mozambican troops retake a town", datelined in Maputo) has no home country, but
 * its dateline and headline still say which state it is told from. Sorted by weight, best first.
 */
export function countrySalience(doc: ArticleDoc): [string, number][] {
  const weights = new Map<string, number>();
  const seen = new Set<number>();
  const paragraphs = doc.paragraphs;
  const first = paragraphs[0];
  const headline = first && paragraphs.length > 1 && doc.text.slice(first.start, first.end).trim().length <= 160 && !/[.!?]["”’]?\s*$/.test(doc.text.slice(first.start, first.end).trim()) ? first : null;
  const words = (p: Span) => doc.text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length;
  const lead = paragraphs.find((p) => words(p) >= 20) ?? null;
  const datelineEnd = lead ? datelineLength(doc, lead) + lead.start : -1;
  const add = (code: string | null, start: number) => {
    if (!code || code.length !== 3 || NOT_STATES.has(code) || seen.has(start)) return;
    seen.add(start);
    let w = 1;
    if (headline && start >= headline.start && start < headline.end) w = 3;
    else if (lead && start >= lead.start && start < lead.end) w = start < datelineEnd ? 5 : 2;
    weights.set(code, (weights.get(code) ?? 0) + w);
  };
  for (const a of doc.actors) if (!INFERRED_VIA.has(a.via)) add(a.code, a.span.start);
  for (const p of doc.places) add(p.countryCode, p.span.start);
  // Only a state the story names as an actor can own its unnamed bodies: a state known only through
  // its places (a dateline, a venue: "GENEVA — Envoys from Congo and Rwanda resumed talks in Geneva")
  // is where the story is told, not a side of it. Its places still weigh for a state that is named.
  const actors = storyStates(doc);
  return [...weights].filter(([c]) => actors.has(c)).sort((a, b) => b[1] - a[1]);
}

/**
 * The states a story names as actors: a state's name, its demonym, a coded party ("Congo", "Rwandan
 * troops", "Kigali accused …"), not a town or capital read only as where something happened ("in Geneva").
 */
function storyStates(doc: ArticleDoc): Set<string> {
  const out = new Set<string>();
  for (const a of doc.actors) {
    if (!a.code || INFERRED_VIA.has(a.via) || NOT_STATES.has(a.code)) continue;
    const place = doc.places.some((p) => p.level !== 'country' && p.span.start === a.span.start && p.span.end === a.span.end);
    if (place && a.via !== 'capital-metonym') continue;
    out.add(a.code);
  }
  return out;
}

/**
 * "Soldiers were sent to protect the state broadcaster", "the navy denied shelling the port":
 * a group or body named without a state, in a sentence that names no other country, belongs to the
 * country the article is about, `home` (`homeCountry`, found once per text; ACLED's "Military
 * Forces of Pakistan", "Protesters (Pakistan)").
 * Collectives ("both sides") are left alone, a collective is its several parties; and people but
 * for holders of a state office: anyone else may be foreign to the story.
 */
export function inferHomeCountry(doc: ArticleDoc, event: CodedEvent, home: string | null): void {
  if (!home) return;
  // A sentence that names another country may be about that country's people; one that names only
  // the home country ("Finance Minister Tendai Moyo said the government …", the minister coded by an earlier sentence) is not.
  const others = [...sentenceCountries(doc, event.evidence.sentence).keys()].filter((c) => c !== home);
  // But where every other country it names is the party on the other side, a body of the state
  // ("The Government accused Azerbaijan of …", "the Interior Ministry expelled two Danish
  // envoys") is the home state's: the counterpart is the story's other state, not its owner.
  const counterpartOnly = (other: readonly EventParty[]) => others.every((c) => other.some((p) => p.code === c)) && !other.some((p) => p.code === home);
  const kindOf = (p: EventParty) => partyKind(doc, p, home);
  const sentence = event.evidence.sentence;
  const internationalBody = doc.actors.some((a) => a.code !== null && NOT_STATES.has(a.code) && Span.contains(sentence, a.span));
  // "the cabinet shelved the levy because exporters in Chile objected", "the assembly approved a quota on Peruvian
  // copper": states named only after the act's word are in what the body did, not whose it
  // is (English names a body's state with it or before it: "Romania's government", "in Romania, the government …").
  const trigger = event.evidence.trigger;
  const othersBefore = [...sentenceCountries(doc, sentence, trigger.end).keys()].filter((c) => c !== home);
  const fill = (list: EventParty[], role: string, other: readonly EventParty[]) => {
    const predicateOnly = role === 'actor' && othersBefore.length === 0 && !other.some((p) => p.code === home);
    if (others.length > 0 && !counterpartOnly(other) && !predicateOnly) return;
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      const kind = kindOf(party);
      if (party.code !== null || kind === undefined || kind === 'collective') continue;
      // Beside a foreign counterpart, only a body or office of the state, or a body named in capitals
      // that no dictionary knows ("the State Security Committee"): a group noun ("civilians") may be either side's.
      const stateBody = loadGroupNouns().stateSectors.has(party.sector ?? '') || (kind === 'organization' && party.sector === null);
      if (others.length > 0 && (!stateBody || !singleBody(doc, party))) continue;
      // Past the foreign states of the predicate, only the body that does the act, named before its word.
      if (others.length > 0 && !counterpartOnly(other) && party.end > trigger.start) continue;
      // A person without a state office in a sentence that names no other state is the home state's too when the
      // story introduced the person as one of its local people ("Mr Okafor, a trader", "farmer Musa Bello", "Grace
      // Obi, from Kano": localPerson, ACLED's "Civilians (Nigeria)"); a person named bare may be a foreigner
      // the story takes as known (a tech magnate criticising the government). Not beside an international body,
      // whose officer the person may be ("UN envoy Hans Lindqvist"), nor beside a foreign counterpart.
      if (kind === 'person' && !loadGroupNouns().stateSectors.has(party.sector ?? '') && (others.length > 0 || internationalBody || !localPerson(doc, party, home))) continue;
      list[k] = { ...party, code: home };
      event.why.push(`${role} "${party.text}" coded ${home}: the country the article is about (inferred)`);
    }
  };
  fill(event.actor, 'actor', event.recipient);
  fill(event.recipient, 'recipient', event.actor);
}

/**
 * "The guild voted down the pay scale", "the council turned down the invitation": a definite body subject the events
 * stage keeps with no actor and no code (named-subject.ts, group-nouns.json bodyNouns), a body no dictionary knows, as
 * one named in capitals is (`localBody`): of the state the story is about, as ACLED's "Labour Group (South Korea)".
 * Not when the article names, anywhere, a body of no state or of another state whose name ends in the noun ("The
 * African Union suspended Mali's membership … the union gave the junta six months"): the noun may take that body up
 * however far back, beyond earlierBody's reach; but it does not past a body of the kind mentioned since without a name.
 */
function definiteBody(doc: ArticleDoc, party: EventParty, home: string | null): boolean {
  if (party.code !== null || doc.actors.some((a) => a.span.start < party.end && party.start < a.span.end)) return false;
  const head = headOf(doc, party)?.head;
  const { bodyNouns, bodyNamedOnly } = loadGroupNouns();
  const noun = head && [head.normal, head.lemma].find((w) => bodyNouns.has(w));
  if (noun === undefined || bodyNamedOnly.has(noun)) return false;
  const endsInNoun = (name: string) => name.toLowerCase().split(/\s+/).at(-1) === noun;
  const elsewhere = doc.actors.filter((a) => a.code !== null && a.code !== home && a.actorKind !== 'country' && (endsInNoun(a.text) || endsInNoun(a.name)));
  // A body of the kind named without a name since ("led by their union") is the one taken up (actors/17-definite-groups.ts).
  const unnamedSince = (after: number) => doc.tokens.some((t) => t.start >= after && t.end <= party.start && [t.normal, t.lemma].includes(noun)
    && !doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end));
  return !elsewhere.some((a) => a.span.start > party.start || !unnamedSince(a.span.end));
}

/**
 * What kind of doer a party is: the actors stage's kind for its span, else an organisation where it is a definite body of
 * the story's state or a body named by its kind; undefined otherwise (both inferences ask it of every uncoded party).
 */
function partyKind(doc: ArticleDoc, p: EventParty, home: string | null): string | undefined {
  return doc.actors.find((a) => a.span.start === p.start && a.span.end === p.end)?.actorKind
    ?? (definiteBody(doc, p, home) || isKindedBodyParty(doc, p) ? 'organization' : undefined);
}

/**
 * "Environmental groups criticised …", "an army source denied …": a subject the events stage keeps as a body or force
 * named by its kind (named-subject.ts, group-nouns.json kindedBodies), which no dictionary knows: like a definite body,
 * of the state the story is about when its sentence names no other.
 */
function isKindedBodyParty(doc: ArticleDoc, party: EventParty): boolean {
  if (party.code !== null || doc.actors.some((a) => a.span.start < party.end && party.start < a.span.end)) return false;
  const head = headOf(doc, party)?.head;
  const { kindedBodies, ownedVoices } = loadGroupNouns();
  return head !== undefined && head.start > party.start && (kindedBodies.has(head.normal) || ownedVoices.has(head.normal));
}

/**
 * Whether the story introduced a person, at the first mention of the name, as one of the people where it happens:
 * a group noun of a local sector (role-words.json localPersonSectors) just before the name or in an apposition
 * after it ("trader Musa Bello", "Grace Obi, 41, a nurse at the clinic"), or a place of the home country there
 * or a body of it ("Grace Obi, from Kano", "Ali Omar, the deputy leader of the opposition Ummah party").
 */
function localPerson(doc: ArticleDoc, party: EventParty, home: string): boolean {
  const actor = doc.actors.find((a) => a.span.start === party.start && a.span.end === party.end);
  if (!actor) return false;
  const surname = (name: string) => name.split(/\s+/).at(-1)!;
  const first = doc.actors.filter((a) => a.actorKind === 'person' && (a.name === actor.name || surname(a.name) === surname(actor.name)))
    .reduce((best, a) => (a.span.start < best.span.start ? a : best), actor);
  const sentence = doc.sentences.find((x) => x.span.start <= first.span.start && first.span.end <= x.span.end);
  if (!sentence) return false;
  const tokens = doc.tokens;
  const nouns = loadGroupNouns().index;
  const local = (i: number, end: number) => {
    const hit = longestAt(nouns, tokens, i, end);
    return hit !== null && ROLE_WORDS.localPersonSectors.has(hit.value.sector);
  };
  const startAt = tokens.findIndex((t) => t.start >= first.span.start);
  const endAt = tokens.findIndex((t) => t.start >= first.span.end);
  if (startAt < 0) return false;
  // Before the name, or inside the mention's own words ("Kano resident Grace Obi", "a local trader, Grace Obi").
  const stop = endAt < 0 ? tokens.length : endAt;
  for (let i = Math.max(sentence.tokenStart, startAt - 3); i < stop; i++) if (local(i, stop)) return true;
  // The apposition after the name, up to its closing comma.
  if (endAt < 0 || tokens[endAt]!.text !== ',') return false;
  for (let i = endAt + 1; i < tokens.length && i < endAt + 12 && tokens[i]!.end <= sentence.span.end && !/^[,.;:]$/.test(tokens[i]!.text); i++) {
    if (local(i, Math.min(tokens.length, endAt + 12))) return true;
    if (doc.places.some((p) => p.countryCode === home && p.span.start === tokens[i]!.start)) return true;
    if (doc.actors.some((a) => a !== first && a.code === home && a.span.start === tokens[i]!.start)) return true;
  }
  return false;
}

/** How far the most salient state must lead the next for a state body to be taken as its own. */
const SALIENT_LEAD = 1.5;

/**
 * "The government said it was investigating", "the foreign ministry barred …": a body or office of a
 * state named without its state, in a story between two states (no `homeCountry`), most often belongs
 * to the state the story is told from — the one its dateline, headline and lead weigh most
 * (`countrySalience`). The state on the other side of the act is left out ("President Ndlovu thanked
 * Rwanda": not Rwanda's president), and the one left must lead every other state, the other side's
 * included, by half again its weight: a story told evenly from both sides gives none. Single bodies and titled officers of a state
 * (as `inferHomeCountry` allows beside a foreign counterpart), and groups of people who live where the story happens
 * (`residents`: "teachers went on strike"); armed groups may be either side's.
 */
export function inferSalientState(doc: ArticleDoc, event: CodedEvent, home: string | null, salience: readonly [string, number][]): void {
  if (home !== null || salience.length === 0) return;
  const sentence = [...sentenceCountries(doc, event.evidence.sentence).keys()];
  const kindOf = (p: EventParty) => partyKind(doc, p, home);
  const states = loadGroupNouns().stateSectors;
  // States named only after the act's word are in what the body did, not whose it is (as in `inferHomeCountry`).
  const trigger = event.evidence.trigger;
  const sentenceBefore = [...sentenceCountries(doc, event.evidence.sentence, trigger.end).keys()];
  const fill = (list: EventParty[], role: string, other: readonly EventParty[]) => {
    const otherSide = new Set(other.map((p) => p.code).filter((c): c is string => c !== null));
    // A sentence naming a state not on the other side may be about that state's own bodies, unless it names it only in
    // the predicate of a body that acts.
    const foreign = sentence.some((c) => !otherSide.has(c));
    const predicateOnly = role === 'actor' && !sentenceBefore.some((c) => !otherSide.has(c));
    if (foreign && !predicateOnly) return;
    // The state left must lead every other one, the other side's included: in a story told evenly from two states
    // ("The US suspended aid to the junta … Germany halted arms exports to the kingdom"), leaving out the other side
    // would hand a body of a state the story never names to whichever state remains.
    const leads = (top: readonly [string, number] | undefined) => {
      const next = salience.find(([c]) => c !== top?.[0]);
      return top !== undefined && (!next || top[1] >= SALIENT_LEAD * next[1]) ? top[0] : null;
    };
    const state = leads(salience.find(([c]) => !otherSide.has(c)));
    // People and bodies who live where the story happens (residents, a local union, a trader named as one) facing only the
    // rulers of the leading state are that state's own, as a protest is most often against its own state ("vendors accused
    // the district council"): the rulers on the other side are no sign of a foreign party, as they are for a state's body.
    const ownRulers = other.every((p) => p.code !== salience[0]![0] || RULING_SECTORS.has(p.sector ?? ''));
    const local = ownRulers ? leads(salience[0]) : state;
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      const kind = kindOf(party);
      if (party.code !== null || kind === undefined || kind === 'collective') continue;
      const body = states.has(party.sector ?? '') && singleBody(doc, party);
      if (foreign && (!body || party.end > trigger.start)) continue;
      const code = body ? state : local;
      if (code === null) continue;
      if (!body && !residents(doc, party, kind) && !localBody(party, kind) && !(kind === 'person' && localPerson(doc, party, code))) continue;
      list[k] = { ...party, code };
      event.why.push(`${role} "${party.text}" coded ${code}: the state the story is told from (dateline, headline, lead; inferred)`);
    }
  };
  fill(event.actor, 'actor', event.recipient);
  fill(event.recipient, 'recipient', event.actor);
}

/**
 * Sectors of armed men who cross borders to fight, so a story's state says nothing of theirs: every armed sector but the
 * police, who keep order at home ("officers" are the residents' own).
 */
const CROSS_BORDER_ARMED_SECTORS: ReadonlySet<string> = new Set([...ARMED_SECTORS].filter((s) => s !== 'COP'));

/**
 * Whether a party is a body named in capitals that no dictionary knows ("the Dunga Beach Management Unit", "the Kisumu
 * Boda Boda Riders' Association"), of no sector or of a sector of people who live where the story happens (role-words.json
 * localPersonSectors: unions, associations, schools, churches): such a body is most often of the state the story is told
 * from, as ACLED's "Labour Group (Kenya)". Not armed groups, nor a state's own bodies (`singleBody` decides those).
 */
function localBody(party: EventParty, kind: string): boolean {
  return kind === 'organization' && (party.sector === null || ROLE_WORDS.localPersonSectors.has(party.sector));
}

/**
 * Whether a party is a group of people who live where the story happens, named by a group noun with no
 * state ("residents", "officers", "prosecutors", "striking teachers"): ACLED's "Civilians (Malawi)",
 * "Police Forces of Malawi". Not armed groups, who may be either side's ("gunmen", "troops"), nor people
 * often from elsewhere (role-words.json outsiderNouns: "migrants", "tourists").
 */
function residents(doc: ArticleDoc, party: EventParty, kind: string): boolean {
  if (kind !== 'group' || CROSS_BORDER_ARMED_SECTORS.has(party.sector ?? '')) return false;
  if (!doc.actors.some((a) => a.span.start === party.start && a.span.end === party.end && isGroupNounActor(a))) return false;
  const words = party.text.toLowerCase().split(/\s+/);
  // "foreign observers", "international monitors": a word before the noun may say they are from elsewhere.
  if (words.slice(0, -1).some((w) => ROLE_WORDS.outsiderModifiers.has(w))) return false;
  return !fromElsewhere(party);
}

/** Whether a party's head noun, its last word or last two ("asylum seekers"), is one of `nouns`. */
function headedByNoun(party: EventParty, nouns: ReadonlySet<string>): boolean {
  const words = party.text.toLowerCase().split(/\s+/);
  return nouns.has(words.at(-1)!) || nouns.has(words.slice(-2).join(' '));
}

/** Whether a party is named by a noun of people often not of the country they are in (role-words.json outsiderNouns: "migrants", "tourists"). */
function fromElsewhere(party: EventParty): boolean {
  return headedByNoun(party, ROLE_WORDS.outsiderNouns);
}

/**
 * "Kenyan police fired tear gas at protesters", "protesters stoned Ugandan police": police keep order
 * at home, so a group of no named state (a group noun) on the other side of a state's police is of
 * that state: an intra-state act carries one country on both sides. (Not for the army: "US troops
 * killed three militants" tells nothing of where the militants are from.)
 */
export function policeCounterpart(doc: ArticleDoc, event: CodedEvent): void {
  const groupNoun = (p: EventParty) => doc.actors.some((a) => a.span.start === p.start && a.span.end === p.end && isGroupNounActor(a));
  const policeCode = (list: readonly EventParty[]): string | null => {
    const codes = new Set(list.filter((p) => p.sector === 'COP' && p.code !== null && p.code.length === 3 && !NOT_STATES.has(p.code)).map((p) => p.code!));
    return codes.size === 1 ? [...codes][0]! : null;
  };
  // A sentence that names another country may be about that country's people ("police raided offices run
  // by Serbian institutions, detaining employees"): the group may be either side's.
  const countries = [...sentenceCountries(doc, event.evidence.sentence).keys()];
  const fill = (list: EventParty[], role: string, code: string | null) => {
    if (code === null || countries.some((c) => c !== code)) return;
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      if (party.code !== null || !groupNoun(party)) continue;
      // "Greek police detained migrants": people often from elsewhere are not of the police's state (role-words.json outsiderNouns).
      if (fromElsewhere(party)) continue;
      list[k] = { ...party, code };
      event.why.push(`${role} "${party.text}" coded ${code}: the country of the police on the other side (inferred)`);
    }
  };
  fill(event.recipient, 'recipient', policeCode(event.actor));
  fill(event.actor, 'actor', policeCode(event.recipient));
}

/** Types of act a state's own parties do to one another at home: control and protest, claims, answers (role-words.json). */
const OWN_STATE_TYPES: ReadonlySet<string> = new Set([...ROLE_WORDS.ownStateTargets, ...ROLE_WORDS.ownStateClaims, ...ROLE_WORDS.ownStateAnswers]);

/**
 * "The city's treasurer urged the finance minister to release the grant", "the ministry called on residents to report
 * looting", "residents accused the district council of neglect": a claim, an act of control or protest, or an answer (OWN_STATE_TYPES) whose
 * other side is of one state, in a sentence that names no other state, is most often that state's own business, so a
 * body or office of a state (`singleBody`, or a person of a state sector), a group of people who live where the act is
 * (`residents`) or a local body (`localBody`) named with no state faces it from the same state: ACLED's intra-state
 * dyads. Runs after the home country's and the salient state's guesses, for stories that give neither (a story naming
 * several states). Not for meetings, aid or praise, which cross borders as often; nor in a sentence naming an envoy
 * (role-words.json envoyNouns), who serves abroad, nor for people often from elsewhere on either side (outsiderNouns:
 * "migrants"); nor where the act is placed in another state.
 */
export function ownStateCounterpart(doc: ArticleDoc, event: CodedEvent, home: string | null): void {
  if (!OWN_STATE_TYPES.has(event.event)) return;
  const stateOf = (list: readonly EventParty[]): string | null => {
    const codes = new Set(list.map((p) => p.code));
    const [code] = [...codes];
    return codes.size === 1 && code && code.length === 3 && !NOT_STATES.has(code) ? code : null;
  };
  const countries = [...sentenceCountries(doc, event.evidence.sentence).keys()];
  const placed = event.event_loc?.country_code ?? null;
  const kindOf = (p: EventParty) => doc.actors.find((a) => a.span.start === p.start && a.span.end === p.end)?.actorKind ?? (definiteBody(doc, p, home) ? 'organization' : undefined);
  const states = loadGroupNouns().stateSectors;
  // People often from elsewhere (fromElsewhere) are away from their state: they neither take nor give one here. Nor does
  // a sentence about an envoy, an act between states ("the foreign ministry summoned the envoy of Peru", coded as at
  // Peru). Only the sentence's own tokens are read (binary search to its first), not the document's per event.
  const sentence = event.evidence.sentence;
  const first = firstTokenFrom(doc.tokens, sentence.start);
  for (let i = first; i >= 0 && i < doc.tokens.length && doc.tokens[i]!.start < sentence.end; i++) {
    const t = doc.tokens[i]!;
    if (ROLE_WORDS.envoyNouns.has(t.normal) || ROLE_WORDS.envoyNouns.has(t.lemma)) return;
  }
  const fill = (list: EventParty[], role: string, code: string | null, other: readonly EventParty[]) => {
    if (code === null || other.some(fromElsewhere) || countries.some((c) => c !== code) || (placed !== null && placed !== code)) return;
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      const kind = kindOf(party);
      if (party.code !== null || kind === undefined || kind === 'collective' || fromElsewhere(party)) continue;
      // "The Nigerian president urged the junta to free him": rulers named by an outsider's label (role-words.json
      // outsiderLabels) are not those of the state whose official names them so.
      if (other.some((p) => p.sector === 'GOV') && headedByNoun(party, ROLE_WORDS.outsiderLabels)) continue;
      const office = states.has(party.sector ?? '') && (kind === 'person' || singleBody(doc, party));
      if (!office && !residents(doc, party, kind) && !localBody(party, kind)) continue;
      list[k] = { ...party, code };
      event.why.push(`${role} "${party.text}" coded ${code}: the state of the other side, an act of one state's own parties at home (inferred)`);
    }
  };
  // Armed forces act across borders ("Chadian troops held six herders"): whom they act on may be anyone's.
  const armed = (list: readonly EventParty[]) => list.some((p) => CROSS_BORDER_ARMED_SECTORS.has(p.sector ?? ''));
  if (!armed(event.actor)) fill(event.recipient, 'recipient', stateOf(event.actor), event.actor);
  // The doer from the other side only where that side is the state's rulers ("residents accused the council"): a people's
  // state says nothing of who controls them ("coastguards stopped 40 Senegalese fishermen").
  if (event.recipient.every((p) => RULING_SECTORS.has(p.sector ?? ''))) fill(event.actor, 'actor', stateOf(event.recipient), event.recipient);
}

/** Sectors that answer to a state's rule: a government and its offices, a legislature, the courts. */
const RULING_SECTORS = new Set(['GOV', 'LEG', 'JUD']);

/**
 * "The opposition called on Talon to resign", "the opposition accused the government of rigging the vote": an
 * opposition is the opposition of a state, so one its text gives no state (a group noun, OPP) that faces the rulers
 * of one state (GOV, LEG, JUD) on the other side of an act is that state's, also over the country of the article's one
 * place or one state it names (a guess, `group-noun-article-place`, `group-noun-article-state`). Not when its
 * sentence names another state ("the opposition in exile urged France to pressure the junta").
 */
export function oppositionCounterpart(doc: ArticleDoc, event: CodedEvent): void {
  const groupNoun = (p: EventParty) => doc.actors.some((a) => a.span.start === p.start && a.span.end === p.end && isGroupNounActor(a));
  const rulers = (list: readonly EventParty[]): string | null => {
    const codes = new Set(list.filter((p) => p.code !== null && p.code.length === 3 && !NOT_STATES.has(p.code) && RULING_SECTORS.has(p.sector ?? '')).map((p) => p.code!));
    return codes.size === 1 ? [...codes][0]! : null;
  };
  // A country the article's one place gave is a guess the rulers it faces outweigh.
  const guess = (p: EventParty) => doc.actors.find((a) => a.span.start === p.start && a.span.end === p.end && (a.via === 'group-noun-article-place' || a.via === 'group-noun-article-state'));
  const guesses = [...event.actor, ...event.recipient].map(guess).filter((a) => a !== undefined);
  // The sentence's states, but for the guessed opposition's own.
  const sentence = event.evidence.sentence;
  const countries = new Set([...doc.actors.filter((a) => !guesses.includes(a) && a.code !== null && a.code.length === 3 && !NOT_STATES.has(a.code) && Span.contains(sentence, a.span)).map((a) => a.code!),
    ...doc.places.filter((p) => p.countryCode && Span.contains(sentence, p.span)).map((p) => p.countryCode!)]);
  const fill = (list: EventParty[], role: string, code: string | null) => {
    if (code === null || [...countries].some((c) => c !== code)) return;
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      const guessed = guess(party) !== undefined;
      if ((party.code !== null && !guessed) || party.code === code || party.sector !== 'OPP' || !groupNoun(party)) continue;
      list[k] = { ...party, code };
      event.why.push(`${role} "${party.text}" coded ${code}: the opposition of the state whose rulers are on the other side (inferred)`);
    }
  };
  fill(event.actor, 'actor', rulers(event.recipient));
  fill(event.recipient, 'recipient', rulers(event.actor));
}

/** Words that make a singular head one known body: "the foreign ministry", "its foreign ministry". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'its']);

/**
 * Whether a party names one body or office of a state: a singular head after "the" or "its", or in capitals
 * ("the Government", "the Ministry of Defence", "the Interior Minister", "the army"), not a group of
 * people ("soldiers", "the police officers"), who may be either side's.
 */
export function singleBody(doc: ArticleDoc, party: EventParty): boolean {
  const found = headOf(doc, party);
  if (!found) return false;
  const { head, inside } = found;
  if (head.tag !== 'NN' && head.tag !== 'NNP') return false;
  // The article may lie just outside the party's words ("the foreign ministry" coded as "foreign ministry"), also before
  // the lower-case words that say what kind of body it is when the party is the head alone ("the county health
  // administration" coded as "administration"): at most two such words.
  let k = firstTokenFrom(doc.tokens, party.start) - 1;
  for (let words = 0; words < 2 && k >= 0 && /^\p{Ll}/u.test(doc.tokens[k]!.text) && ['NOUN', 'ADJ'].includes(doc.tokens[k]!.pos); words++) k--;
  return DEFINITE.has(inside[0]!.normal) || DEFINITE.has(doc.tokens[k]?.normal ?? '') || /^\p{Lu}/u.test(head.text);
}

/** Violence a state reports against people or places of no named state: most often its own. */
const REPORTED_HARM = new Set(['ASSAULT', 'COERCE']);

/**
 * "Lebanon said Israeli warplanes struck a village", "Somalia's government said al-Shabaab attacked a
 * police station": a state that reports an attack on people or places its text gives no state
 * reports one on its own (ACLED codes the victims with the country the state speaks for). Not when
 * the state's own forces did it ("Russia said its forces destroyed a depot"): what they hit may be
 * anyone's; nor when the act is placed outside the state. `head` is the event's trigger token.
 */
export function reporterVictims(doc: ArticleDoc, event: CodedEvent, head: number): void {
  if (!REPORTED_HARM.has(event.event) || !event.recipient.some((p) => p.code === null)) return;
  const syn = syntaxOf(doc);
  const speech = syn.ancestors(head).find((a) => isSpeech(doc.tokens, syn, a) && doc.tokens[a]!.pos === 'VERB');
  const subject = speech === undefined ? null : syn.subjectOf(speech);
  if (!subject) return;
  // The speaker's own actor, or the state its name-forming modifiers give ("Somalia's government").
  const actorOn = (i: number) => doc.actors.find((a) => a.span.start <= doc.tokens[i]!.start && doc.tokens[i]!.end <= a.span.end);
  const speaker = actorOn(subject.token) ?? syn.modifiersOf(subject.token).map(actorOn).find((a) => a !== undefined);
  const states = loadGroupNouns().stateSectors;
  if (!speaker?.code || speaker.code.length !== 3 || NOT_STATES.has(speaker.code)) return;
  if (speaker.actorKind !== 'country' && !states.has(speaker.sector ?? '')) return;
  if (event.actor.some((p) => p.code === speaker.code && (p.sector === null || states.has(p.sector)))) return;
  // Not an act placed outside the speaker's state: "the US military said Houthi rebels attacked a cargo
  // ship in the Red Sea" reports an attack at sea, on a ship of no stated flag.
  if (event.event_loc && event.event_loc.country_code !== speaker.code) return;
  for (let k = 0; k < event.recipient.length; k++) {
    const party = event.recipient[k]!;
    if (party.code !== null) continue;
    event.recipient[k] = { ...party, code: speaker.code };
    event.why.push(`recipient "${party.text}" coded ${speaker.code}: the state that reports the act against it ("${speaker.text} ${doc.tokens[speech!]!.text}")`);
  }
}

/**
 * The recipient an analyst gives an act told with no one it is aimed at, from the state the act is done in.
 * - "Gendarmes cleared a student camp from a square in Accra", "nurses marched through Lusaka": an act of control
 *   or protest (role-words.json ownStateTargets; an attack only by police) by the parties of one state at home is aimed
 *   at that state's own side, ACLED's intra-state dyads ("Police Forces of Malawi – Civilians (Malawi)"): its people when
 *   the doer is the state (sector CVL), its government when the doer is not (GOV). So is a demand, charge or threat
 *   (ownStateClaims) whose doer is not the state ("the teachers' union demanded back pay"); the state's own at home ("the
 *   minister warned that anyone blocking roads would be prosecuted") is aimed at its own side with no sector, the words
 *   not saying whose (an appeal abroad names the state it goes to, or is placed there). At home: where the act
 *   is placed, else, unplaced, the country the article is about (`home`). A refusal, yielding or agreement at home
 *   (ownStateAnswers) by any of its parties, answering no act told before (answeredFromEarlier runs first), answers
 *   that state's own side ("the dockers' union turned down the pay scale"), with no sector: government, people or a firm; so
 *   does an attack by armed men or crowds of no state sector ("gunmen burned houses"), whose victims are the state's own.
 * - "Norway's aid agency flew medicine into Goma", "the UN envoy condemned the killings in Port Moresby": a demand, a charge,
 *   a sanction, aid, an attack, praise, a pledge or a refusal (role-words.json outsiderTargets) by a party from outside the
 *   state the article is about, placed in that state, is aimed at that state. Unplaced too (outsiderUnplaced; an
 *   international body's any of them): analysts code "the WHO appealed for cholera vaccines" in a story about one state as
 *   aimed at it (27 of 42 such acts on the training sets; 7 more have it among their parties). Not a state's unplaced attack,
 *   nor when placed elsewhere, nor when the act's object is the doer's own ("agreed to lift its fuel levy").
 * Never when its sentence names a state besides these, which may be the one it is aimed at ("Kenya offered to lead a
 * mission to Haiti"). The side is named nowhere: the party's evidence is the place's or the state's mention, as in
 * parties-from-place.ts, never the doer's own name ("Kenya Airways"), and the guess costs confidence, as an implicit doer
 * does (implicit-doers.ts).
 */
export function storyStateRecipient(doc: ArticleDoc, event: CodedEvent, home: string | null): void {
  if (event.recipient.length > 0) return;
  const codes = new Set(event.actor.map((p) => p.code));
  const [code] = [...codes];
  if (codes.size !== 1 || !code) return;
  const loc = event.event_loc?.country_code ? event.event_loc : null;
  const named = [...sentenceCountries(doc, event.evidence.sentence).keys()];
  const give = (state: string, sector: string | null, why: string) => {
    // A span always points at the words it quotes: a place known by its text only (no span) gives way to the state's mention.
    // Never the doer's own words: "Kenya Airways" names its doer, not the side it answers. A place the doer's phrase
    // locates it by ("police in Kisumu") is no part of its name.
    const doers = event.actor.map((d) => nameOf(doc, d));
    const place = loc && loc.start !== undefined && loc.end !== undefined
      ? { text: doc.text.slice(loc.start, loc.end), start: loc.start, end: loc.end }
      : null;
    const evidence = place && !doers.some((d) => Span.overlaps(d, place)) ? place : stateMention(doc, event.evidence.sentence, state, doers);
    if (!evidence || doers.some((d) => Span.overlaps(d, evidence))) return;
    event.recipient.push({ code: state, sector, ...evidence });
    event.why.push(`recipient ${state}${sector ? ` (${sector})` : ''}: ${why} ("${evidence.text}"), aimed at no one named (inferred)`);
    lowerConfidence(event, 0.1);
  };
  const states = loadGroupNouns().stateSectors;
  // The state acts when each doer is of a state sector or the state itself, named as a country ("Kenya banned …"); a doer
  // of no sector that is no country ("Hundreds marched …") is its people.
  const countryNamed = (p: EventParty) => doc.actors.some((a) => a.actorKind === 'country' && a.span.start === p.start && a.span.end === p.end);
  const stateDoer = event.actor.every((p) => (p.sector !== null && states.has(p.sector)) || (p.sector === null && countryNamed(p)));
  const ownType = (ROLE_WORDS.ownStateTargets.has(event.event) && (event.event !== 'ASSAULT' || event.actor.every((p) => p.sector === 'COP')))
    || (ROLE_WORDS.ownStateClaims.has(event.event) && !stateDoer);
  // A refusal, yielding or agreement at home answers the state's own side, which the words do not say: no sector. So does
  // an attack at home by armed men or crowds of no state sector ("gunmen burned houses"): its victims are the state's own,
  // civilians or its forces; the state's own forces' attack, though, may hit anyone's ("artillery shelled a depot").
  // A firm's too: the annotated sets code a company's refusal or agreement at home (to rehire, to halt work) as within its
  // state, like a union's; its evidence is never the firm's own name (give).
  // The state's own demand, charge or threat at home naming no one, in a sentence naming no other state ("the minister
  // warned that anyone blocking roads would be prosecuted", "the mayor called on the state to send police"), is aimed at
  // its own side too, whose the words do not say: no sector. The training references give a threat, demand or charge of
  // one party that party's own state as recipient 247 times and another 223 times; where the act's sentence names
  // another state, this rule leaves the act alone.
  // Not an appeal for goods (role-words.json askedForGoods: "appealed for donations of tents"), aimed at donors.
  const stateClaim = stateDoer && ROLE_WORDS.ownStateClaims.has(event.event) && !(event.event === 'REQUEST' && asksForGoods(doc, event));
  const answer = ROLE_WORDS.ownStateAnswers.has(event.event) || stateClaim
    || (event.event === 'ASSAULT' && event.actor.every((p) => p.sector !== null && !states.has(p.sector)));
  // Control and protest with no one named, unplaced, are at home: a state rarely bans, detains or marches abroad unnamed.
  const where = loc ? loc.country_code : home;
  if ((ownType || answer) && code.length === 3 && !NOT_STATES.has(code) && where === code && named.every((c) => c === code)) {
    if (ownType) give(code, stateDoer ? 'CVL' : 'GOV', `an act of ${code}'s own parties at home, so at its own ${stateDoer ? 'people' : 'government'}`);
    else if (stateClaim) give(code, null, `a demand, charge or threat of ${code}'s state at home naming no one, so at its own side`);
    else give(code, null, `${event.event === 'ASSAULT' ? 'an attack by' : 'a refusal, yielding or agreement of'} ${code}'s own non-state parties at home, so at its own side`);
  } else if (home !== null && code !== home && ROLE_WORDS.outsiderTargets.has(event.event) && named.every((c) => c === code || c === home) && !ownObject(doc, event)) {
    // Unplaced: any such act of an international body or rights group; of another state, not an attack (a state's unplaced
    // attack in a story about another state is as often its war elsewhere), and never its own affair ("Chile agreed to lift
    // its fuel levy", ownObject).
    const body = code.length !== 3 || NOT_STATES.has(code);
    if (loc) {
      if (loc.country_code === home) give(home, null, `an act from outside the state the article is about, placed there, so at that state`);
    } else if (ROLE_WORDS.outsiderUnplaced.has(event.event) || body) {
      give(home, null, `an unplaced act from outside the state the article is about, its object not the doer's own, so at that state`);
    }
  }
}

/**
 * "Two officers were hurt by stones on the ring road", "a police convoy was shot at near the quarry", "a committee
 * said it would occupy the water board's office": an attack, a protest, a demand, a charge, a threat or a refusal
 * (role-words.json ownStateDoers) done at home to parties of one state — placed in that state, or unplaced in
 * a story about it — told with no doer named, in a sentence naming no other state, is coded as done by that state's own
 * side with no sector, as analysts code an unnamed attacker or crowd at home (ACLED's "Unidentified Armed Group (Kenya)",
 * "Protesters (Kenya)"). The mirror of storyStateRecipient, and like it run after merging, so that a doer no text names
 * keeps no two tellings of one act apart; its evidence is the place's or the state's name, never a party's words.
 * The act itself was told and coded before the guess: it costs no confidence (only the doer is guessed, not the act).
 */
export function storyStateDoer(doc: ArticleDoc, event: CodedEvent, home: string | null): void {
  if (event.actor.length > 0 || !ROLE_WORDS.ownStateDoers.has(event.event)) return;
  const codes = new Set(event.recipient.map((p) => p.code).filter((c): c is string => !!c));
  const [code] = [...codes];
  if (codes.size !== 1 || !code || code.length !== 3 || NOT_STATES.has(code)) return;
  const loc = event.event_loc?.country_code ? event.event_loc : null;
  if ((loc ? loc.country_code : home) !== code) return;
  if (![...sentenceCountries(doc, event.evidence.sentence).keys()].every((c) => c === code)) return;
  const done = event.recipient.map((p) => nameOf(doc, p));
  const place = loc && loc.start !== undefined && loc.end !== undefined ? { text: doc.text.slice(loc.start, loc.end), start: loc.start, end: loc.end } : null;
  // Never another party's words ("police said …" does not make the police the doer): the place, else the state's name in
  // the sentence, else the act's own word, as an implicit doer stands on it (implicit-doers.ts).
  const named = stateNames(doc, code).find((m) => Span.contains(event.evidence.sentence, m) && !done.some((d) => Span.overlaps(d, m)));
  const trigger = event.evidence.trigger;
  const evidence = place && !done.some((d) => Span.overlaps(d, place)) ? place
    : named ? { text: doc.text.slice(named.start, named.end), start: named.start, end: named.end }
    : { text: trigger.text, start: trigger.start, end: trigger.end };
  event.actor.push({ code, sector: null, ...evidence });
  event.why.push(`actor ${code}: an act at home on ${code}'s own parties with no doer named, so by its own side ("${evidence.text}", inferred)`);
}

/** Whether the act's sentence names, after the act's word, a thing asked of donors (role-words.json askedForGoods). */
function asksForGoods(doc: ArticleDoc, event: CodedEvent): boolean {
  const sentence = event.evidence.sentence;
  for (let i = firstTokenFrom(doc.tokens, event.evidence.trigger.end); i >= 0 && i < doc.tokens.length && doc.tokens[i]!.start < sentence.end; i++) {
    const t = doc.tokens[i]!;
    if (ROLE_WORDS.askedForGoods.has(t.normal) || ROLE_WORDS.askedForGoods.has(t.lemma)) return true;
  }
  return false;
}

/**
 * The party's name: its words before a place that locates it after a preposition ("police" of "police in Kisumu", "the
 * union" of "the union in Mombasa"), whose place is where it is, not its name; else all its words.
 */
function nameOf(doc: ArticleDoc, party: EventParty): Span {
  for (const p of doc.places) {
    if (p.span.start <= party.start || p.span.end > party.end) continue;
    // The token right before the place, found by binary search (this runs per party and place, on every event).
    const at = firstTokenFrom(doc.tokens, p.span.start) - 1;
    const last = at >= 0 && doc.tokens[at]!.start >= party.start ? doc.tokens[at] : undefined;
    if (last && last.tag === 'IN' && last.start > party.start) return { start: party.start, end: last.start };
  }
  return party;
}

/**
 * Whether the act's object is the doer's own ("agreed to lift its fuel levy", "backed their own nominee"): a
 * possessive "its" or "their" under the act's word, outside its subject, makes the act the doer's own affair, aimed at
 * no other state.
 */
function ownObject(doc: ArticleDoc, event: CodedEvent): boolean {
  const trigger = firstTokenFrom(doc.tokens, event.evidence.trigger.start);
  if (doc.tokens[trigger]?.start !== event.evidence.trigger.start) return false;
  const sentence = doc.tokens[trigger]!.sentence;
  const { tokenStart, tokenEnd } = doc.sentences[sentence]!;
  const under = (k: number): boolean => {
    for (let i = k, hops = 0; i >= 0 && hops < 12; hops++) {
      const t = doc.tokens[i]!;
      if (t.sentence !== sentence) return false;
      if (t.head === trigger) return !(t.dep ?? '').startsWith('nsubj');
      if (t.head === undefined || t.head < 0) return false;
      i = t.head;
    }
    return false;
  };
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if ((t.normal === 'its' || t.normal === 'their') && k !== trigger && under(k)) return true;
  }
  return false;
}

/** Where the text names a state, in text order: its places and its name as a country (not its bodies). */
function stateNames(doc: ArticleDoc, state: string): Span[] {
  return [
    ...doc.places.filter((p) => p.countryCode === state).map((p) => p.span),
    ...doc.actors.filter((a) => a.code === state && a.actorKind === 'country').map((a) => a.span),
  ].sort((a, b) => a.start - b.start);
}

/**
 * The text that names `state`: its first mention as a place or the country itself in the sentence, else as the party whose
 * country it is there ("Kenyan teachers"), else the first such mention in the article.
 */
function stateMention(doc: ArticleDoc, sentence: Span, state: string, avoid: readonly Span[] = []): { text: string; start: number; end: number } | null {
  const byStart = (a: Span, b: Span) => a.start - b.start;
  const names = stateNames(doc, state);
  const parties = doc.actors.filter((a) => a.code === state).map((a) => a.span).sort(byStart);
  const free = (m: Span) => !avoid.some((a) => Span.overlaps(a, m));
  const inSentence = (m: Span) => Span.contains(sentence, m) && free(m);
  const span = names.find(inSentence) ?? parties.find(inSentence) ?? names.find(free) ?? parties.find(free);
  return span ? { text: doc.text.slice(span.start, span.end), start: span.start, end: span.end } : null;
}

/**
 * "Clashes between police and protesters", "fighting between two clans", "the army and a militia fought": a two-sided act
 * (a trigger whose parties all go in as actors, triggers.ts `roles: 'collective'`) whose sides, once coded, are all of one
 * state is that state's own affair on both sides: analysts code it as the state against itself (ACLED's intra-state
 * dyad, "Police Forces of Kenya – Protesters (Kenya)"); a coder who gives the state as a party alone is matched too. The first side named stays the actor and the others become its recipients. Sides of two states keep
 * their shared role ("Kyrgyz and Tajik guards exchanged fire" is both states' act), as does a side with no state.
 */
export function oneStateSides(event: CodedEvent, twoSided: boolean): void {
  if (!twoSided || event.recipient.length > 0 || event.actor.length < 2) return;
  const codes = new Set(event.actor.map((p) => p.code));
  const [code] = [...codes];
  if (codes.size !== 1 || !code || code.length !== 3 || NOT_STATES.has(code)) return;
  const [first, ...others] = [...event.actor].sort((a, b) => a.start - b.start) as [EventParty, ...EventParty[]];
  event.actor.splice(0, event.actor.length, first);
  event.recipient.push(...others);
  event.why.push(`recipient ${others.map((p) => `"${p.text}"`).join(', ')}: the other side${others.length > 1 ? 's' : ''} of a two-sided act whose sides are all of ${code}, the state against itself`);
}

/**
 * "Gendarmes held 20 students in Kara over the weekend, a Togolese monitoring group based in Accra said": a state's body named without its state (police, a court, a ministry: group-nouns.json states), or people who
 * live where the story happens (`residents`), acting at a place of the state the story is about, is that state's
 * (ACLED's "Police Forces of Nicaragua"). Two readings of the text agree here — the act's own place lies in the state
 * (the gazetteer's reading of the place the sentence gives the act) and the story is about it (`homeCountry`, else the
 * state its dateline, headline and lead weigh most by half again the next) — so another state the sentence names (a
 * source's exile, a victim's nationality) no longer keeps the code empty, as it does in `inferHomeCountry`. Not a party
 * whose other side is that state's body of the same sector (one body does not act on itself).
 */
export function placeOfStoryState(doc: ArticleDoc, event: CodedEvent, home: string | null, salience: readonly [string, number][]): void {
  const place = event.event_loc;
  if (!place || place.country_code === null || place.start === undefined || NOT_STATES.has(place.country_code)) return;
  const leader = salience[0];
  const next = salience[1];
  const story = home ?? (leader && (!next || leader[1] >= SALIENT_LEAD * next[1]) ? leader[0] : null);
  if (story === null || place.country_code !== story) return;
  const states = loadGroupNouns().stateSectors;
  const fill = (list: EventParty[], role: string, other: readonly EventParty[]) => {
    for (let k = 0; k < list.length; k++) {
      const party = list[k]!;
      if (party.code !== null) continue;
      const actor = doc.actors.find((a) => a.span.start === party.start && a.span.end === party.end);
      const kind = actor?.actorKind;
      if (kind === undefined || kind === 'collective' || kind === 'person') continue;
      const body = states.has(party.sector ?? '');
      if (!body && !residents(doc, party, kind)) continue;
      if (other.some((p) => p.code === story && p.sector === party.sector)) continue;
      list[k] = { ...party, code: story };
      event.why.push(`${role} "${party.text}" coded ${story}: the act's place "${place.name}" lies in the state the story is about (inferred)`);
    }
  };
  fill(event.actor, 'actor', event.recipient);
  fill(event.recipient, 'recipient', event.actor);
}
