import type { ArticleDoc, CodedEvent, EventParty, PlaceMention } from '../../core/document.js';
import { Span } from '../../core/span.js';
import type { SyntaxView } from '../../syntax/relations.js';
import type { TriggerMatch } from './find-triggers.js';
import { ROLE_WORDS } from './role-words.js';
import type { ActorIndex, Roles } from './roles.js';
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
 * where an act merely happened: "an observer force on the Turkey-Syria border" is not aimed at
 * Turkey or Syria (only an act aimed at a territory is, `recipientFromPlace`).
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
  // "Two Tanzanian drivers were detained outside Lubumbashi": whoever is held, the authority holding them is the state where it happened.
  if (event.recipient.length > 0 && event.event === 'COERCE') {
    event.actor.push({ ...party, sector: 'GOV' });
    event.why.push(`actor ${place.code} (authorities) from the place of the ${event.event.toLowerCase()} ("${place.text}")`);
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

/** How deep "of" phrases are followed inside a place phrase ("in parts of the city of Ahmedabad"). */
const OF_DEPTH = 3;

/**
 * The place a phrase headed by `n` names: a place mention (or a country actor) on its head, on an
 * "of" phrase inside it ("parts of Darfur", "the town of Kayes") or on its possessor or name-forming
 * modifier ("Mali's Mopti region", "all Sudanese provinces"). Null when it names no place
 * with a country, or when a party of the phrase is a person or group ("militants in Waziristan" is
 * aimed at the militants).
 */
function placeOfPhrase(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, n: number, depth = 0): EventParty | null {
  const t = doc.tokens[n]!;
  const place = doc.places.find((p) => p.span.start <= t.start && t.end <= p.span.end && p.countryCode !== null);
  const actor = index.byToken.get(n);
  if (actor && actor.actorKind !== 'country' && !place) return null;
  if (place) return { code: place.countryCode, sector: null, text: place.text, start: place.span.start, end: place.span.end };
  if (actor?.code) return { code: actor.code, sector: null, text: actor.text, start: actor.span.start, end: actor.span.end };
  if (depth >= OF_DEPTH) return null;
  for (const m of syn.nominalModifiersOf(n)) {
    if (m.prep !== 'of' && m.prep !== "'s") continue;
    const inner = placeOfPhrase(doc, syn, index, m.token, depth + 1);
    if (inner) return inner;
  }
  for (const m of syn.modifiersOf(n)) {
    const a = index.byToken.get(m);
    if (a?.actorKind === 'country' && a.code) return { code: a.code, sector: null, text: a.text, start: a.span.start, end: a.span.end };
    // "in Mandalay region": a place name before the place noun names the territory even when no actor is read on it (a
    // town the dictionaries do not list as its state's party).
    const m0 = doc.tokens[m]!;
    const named = doc.places.find((p) => p.span.start <= m0.start && m0.end <= p.span.end && p.countryCode !== null);
    if (named) return { code: named.countryCode, sector: null, text: named.text, start: named.span.start, end: named.span.end };
  }
  return null;
}

/**
 * "Police ordered a curfew across the town of Kayes", "the rebels declared a truce in Darfur", "sent
 * food aid to Malawi", "withdrew its troops from Kidal": an act aimed at a territory and the people
 * in it, with no one named as its target, is aimed at the place's country (resources/events/role-words.json
 * `placeTargets` says by which prepositions, per type). Only a phrase on the act itself — its verb,
 * its noun, what the verb acts on, or the verb an act noun is the object of — and only when someone
 * is named as doing it: a place alone is where, and gives the actor instead (`partiesFromPlace`).
 * Two-sided acts ("clashed in Donetsk") have no target. Runs after the place of the act is set, so
 * it costs no confidence and moves no event ahead of another.
 */
export function recipientFromPlace(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, roles: Roles, event: CodedEvent, triggers: readonly TriggerMatch[]): void {
  // Two-sided violence ("clashed in Donetsk") is fought in a place, not at it; a two-sided truce
  // ("agreed a truce in Kidal") still holds over the place.
  if (event.recipient.length > 0 || event.actor.length === 0 || (trigger.rule.roles === 'collective' && event.event === 'ASSAULT')) return;
  const own = placeAimedAt(doc, syn, index, trigger, event.event, event.mode, roles.placeObject);
  // "agreed to a truce in Kassala", "refused to pull its troops out of Kidal": an act agreed
  // to, asked for or refused holds over the place its own phrase names.
  const v = trigger.head;
  const inner = own ? null : triggers.filter((t) => t !== trigger && syn.head(t.head) === v && ['obj', 'obl', 'xcomp', 'ccomp'].includes(syn.relation(t.head)))
    .map((t) => placeAimedAt(doc, syn, index, t, t.rule.event, t.rule.mode ?? null, t.nominal ? undefined : syn.objectsOf(t.head)[0])).find((p) => p !== null) ?? null;
  const found = own ?? inner;
  if (!found) return;
  const { party, phrase } = found;
  if (event.actor.some((a) => a.start < party.end && party.start < a.end)) return;
  event.recipient.push(party);
  event.why.push(`recipient ${party.code} from the place the act is aimed at ("${doc.tokens[phrase]!.text}", ${syn.caseOf(phrase) ?? 'acted on'}${own ? '' : ', in the act it is about'})`);
}

/** The place an act of `type` is aimed at by a phrase on the act itself, and the phrase's head. */
function placeAimedAt(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, type: string, mode: string | null, placeObject: number | undefined): { party: EventParty; phrase: number } | null {
  const preps = ROLE_WORDS.placeTargetPreps(type, mode);
  if (!preps) return null;
  const v = trigger.head;
  // "ended the emergency rule in Mandalay": the object's "of" phrase is part of what is acted on.
  const objects = syn.objectsOf(v).flatMap((o) => syn.conjuncts(o)).flatMap((o) => [o, ...syn.nominalModifiersOf(o).filter((m) => m.prep === 'of').map((m) => m.token)]);
  // "eased the curfew imposed in North Sinai": a participle describing what the verb acts on.
  const described = objects.flatMap((o) => syn.children(o).filter((c) => syn.relation(c) === 'acl' && doc.tokens[c]!.tag === 'VBN'));
  const hosts = [v, ...objects, ...described];
  // "declared a truce in Kassala" with the phrase hung on the verb the act noun is the object of;
  // "arrived in Baghdad on a visit": the verb whose purpose ("on") the act noun is.
  // A signed text ("signed a ceasefire in Havana", the phrase on the verb or on the noun) names where it was
  // signed with "in" or "at", not what the truce holds over.
  const signed = trigger.nominal && syn.head(v) >= 0 && syn.relation(v) === 'obj' && ROLE_WORDS.signingVerbs.has(doc.tokens[syn.head(v)]!.lemma);
  if (trigger.nominal && syn.head(v) >= 0 && (syn.relation(v) === 'obj' || (syn.relation(v) === 'obl' && syn.caseOf(v) === 'on'))) hosts.push(syn.head(v));
  const phrases: number[] = [];
  // "shelled Kharkiv", "began leaving Afghanistan": a place the verb acts on (for an act agreed to or
  // threatened, "threatened to bomb Mosul", its first object, which names a place or no one).
  if (placeObject !== undefined) phrases.push(placeObject);
  for (const h of hosts) {
    for (const o of [...syn.obliquesOf(h), ...syn.nominalModifiersOf(h)]) {
      if (o.prep !== null && preps.has(o.prep) && !(signed && (o.prep === 'in' || o.prep === 'at'))) phrases.push(...syn.conjuncts(o.token));
    }
  }
  for (const phrase of phrases) {
    const party = placeOfPhrase(doc, syn, index, phrase);
    if (party) return { party, phrase };
  }
  return null;
}

/**
 * "pledged three field hospitals to the AU mission in Somalia", "will send 200 more police officers to
 * the UN mission in Lebanon": a peace operation abroad serves the country it is in,
 * which is a recipient of what is sent or promised to it, beside the body that runs it (role-words.json
 * `missionHosts`). Only when the operation itself is the act's "to" or "for" phrase (its verb's, or for a
 * noun act its own or the verb's that takes it): not a phrase under another noun ("to the staff of the
 * UN mission"), not one aid passes through or troops leave ("through", "out of"), not a negated one
 * ("not to the UN mission"), and not when the act already has a state as recipient (the mission is then
 * only the channel). A host that is already a party is not added again.
 */
export function missionHost(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, event: CodedEvent): void {
  const words = ROLE_WORDS.missionHosts;
  if (!words.types.has(event.event) || event.actor.length === 0) return;
  if (event.recipient.some((p) => p.code !== null && !words.bodies.has(p.code) && (p.sector === null || p.sector === 'GOV'))) return;
  const roots = [trigger.head];
  if (trigger.nominal && syn.head(trigger.head) >= 0 && ['obj', 'obl'].includes(syn.relation(trigger.head))) roots.push(syn.head(trigger.head));
  // "is ready to send police to the UN mission in …", "agreed to fly engineers to …": the act agreed to carries the phrase.
  for (let k = 0; k < roots.length && k < 4; k++) roots.push(...syn.children(roots[k]!).filter((c) => syn.relation(c) === 'xcomp' && !roots.includes(c)));
  // The parse often hangs the "to" phrase on what is sent ("providing engineers | to the AU force in …").
  const phrases = roots.flatMap((r) => [...syn.obliquesOf(r), ...syn.nominalModifiersOf(r), ...syn.objectsOf(r).flatMap((o) => syn.nominalModifiersOf(o))])
    .filter((o) => o.prep === 'to' || o.prep === 'for')
    .flatMap((o) => syn.conjuncts(o.token));
  for (const at of new Set(phrases)) {
    if (negated(doc, syn, at)) continue;
    const host = hostOf(doc, syn, index, at);
    if (!host) continue;
    const taken = [...event.actor, ...event.recipient].some((p) => p.code === host.party.code);
    if (!taken) {
      event.recipient.push(host.party);
      event.why.push(`recipient ${host.party.code} hosts the ${doc.tokens[at]!.text} ("${host.party.text}")`);
    }
  }
}

/** "not to the UN mission": a phrase denied by a "not" or "never" of its own. */
function negated(doc: ArticleDoc, syn: SyntaxView, n: number): boolean {
  const first = syn.subtreeRange(n)[0];
  const before = doc.tokens[first - 1]?.normal ?? '';
  return before === 'not' || before === 'never' || syn.children(n).some((c) => ['not', 'never'].includes(doc.tokens[c]!.normal));
}

/** The country a peace operation noun is "in", when the noun is one (role-words.json `missionHosts`). */
function hostOf(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, n: number): { party: EventParty } | null {
  const words = ROLE_WORDS.missionHosts;
  if (!words.nouns.has(doc.tokens[n]!.normal)) return null;
  const modifiers = syn.modifiersOf(n);
  const kind = modifiers.some((m) => words.kinds.has(doc.tokens[m]!.normal));
  const body = modifiers.some((m) => words.bodies.has(index.byToken.get(m)?.code ?? ''));
  if (!kind && !body) return null;
  // The parse often hangs the "in" phrase on the verb, right after the noun's phrase ("flew supplies to the UN force | in Darfur").
  const verb = syn.head(n);
  const after = verb >= 0 ? syn.obliquesOf(verb).filter((o) => o.token > n && syn.subtreeRange(o.token)[0] === syn.subtreeRange(n)[1] + 1) : [];
  for (const m of [...syn.nominalModifiersOf(n), ...after]) {
    if (m.prep !== 'in') continue;
    const party = placeOfPhrase(doc, syn, index, m.token);
    if (party) return { party };
  }
  return null;
}

