import type { ActorMention, ArticleDoc, Sentence, Token } from '../../core/document.js';
import { stateCodeOf } from './01-rank-countries.js';
import { type ActorContext, phraseHead, pushActor, textSpan, tokenFrom } from './context.js';
import { ROLE_WORDS } from '../events/role-words.js';
import { sentenceHolding } from '../../core/search.js';

// "both sides", "the two countries", "the two armies", "nemesis neighbors", "the warring neighbours", "the warring parties".
const GROUP = /\b(?:both|the two|the 2)\s+(sides|countries|nations|neighbou?rs|rivals|leaders|governments|states|foes|enemies|parties|republics|ministers|foreign ministers|presidents|prime ministers|premiers|heads of state|envoys|delegations|capitals|armies|militaries|forces)\b|\b(?:nemesis|arch-?rival|rival|feuding|warring|hostile|estranged)\s+(neighbou?rs|nations|countries|states|parties|sides|armies)\b/gi;
// "The neighbours agreed …": a bare definite plural that means two states only in a story between two
// states (pushed only when the pair is named before it; "the neighbours heard shots" elsewhere is people next door).
const DEFINITE_PAIR = /\bthe\s+(neighbou?rs)\b(?!\s*'|\s+(?:of|in|at|on|who|whose)\b)/gi;
// "the two held joint talks": "the two" as a subject.
const BARE_TWO = /\b(?:the two|both)\b(?=\s+(\w+))/gi;

const GOV_NOUNS = /^(countries|nations|neighbou?rs|rivals|governments|states|republics|leaders|ministers|foreign ministers|presidents|prime ministers|premiers|heads of state|envoys|delegations|capitals)$/i;
/**
 * Collective nouns of people who act for a state ("the two ministers", "both leaders"): they stand for the two states
 * whose people the text has just named ("Ghana's president met his Nigerian counterpart … The two leaders agreed"),
 * coordinated or not.
 */
const ENVOY_NOUNS = /^(leaders|ministers|foreign ministers|presidents|prime ministers|premiers|heads of state|envoys|delegations)$/i;
// "the two armies": the states' armed forces.
const FORCE_NOUNS = /^(armies|militaries|forces)$/i;

/** Sentences before a collective in which the story's two main countries must be named for it to mean them. */
const PAIR_WINDOW = 2;

/**
 * Collective parties: members are the story's two main countries (see 01-rank-countries) when
 * both are named before it, in its sentence or the two before. Otherwise "the two sides"
 * are parties the text has not tied to states (an army and a militia of one country, with the
 * mediators the story's main pair): a collective without members, and no code.
 */
export function resolveCollectives(ctx: ActorContext, sentence: Sentence): void {
  const { doc } = ctx;
  const text = doc.text.slice(sentence.span.start, sentence.span.end);
  const found: { start: number; end: number; noun: string; pairOnly?: boolean }[] = [];
  for (const m of text.matchAll(GROUP)) {
    found.push({ start: sentence.span.start + m.index, end: sentence.span.start + m.index + m[0].length, noun: (m[1] ?? m[2] ?? '').toLowerCase() });
  }
  for (const m of text.matchAll(DEFINITE_PAIR)) {
    const start = sentence.span.start + m.index;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ start, end: start + m[0].length, noun: m[1]!.toLowerCase(), pairOnly: true });
  }
  for (const m of text.matchAll(BARE_TWO)) {
    const start = sentence.span.start + m.index;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    const nextIndex = tokenFrom(doc.tokens, start + m[0].length);
    const next = doc.tokens[nextIndex];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX') && m[0].toLowerCase() === 'the two') found.push({ start, end: start + m[0].length, noun: '' });
  }
  if (found.length === 0) return;
  const windowStart = doc.sentences[Math.max(0, sentence.index - PAIR_WINDOW)]!.span.start;
  const inWindow = doc.mentions.filter((m) => m.span.start >= windowStart && m.span.end <= sentence.span.end && ctx.readings.has(m.id));
  for (const f of found) {
    // Named before it: "the two sides signed a truce brokered by Qatar and Egypt" does not mean the mediators.
    // An earlier collective that meant the pair names it again ("Guyana and Suriname clashed. … The two
    // countries … . … Both sides agreed …. … The neighbours will meet"): the chain carries the pair on.
    const named = new Set(inWindow.filter((m) => m.span.end <= f.start).map((m) => stateCodeOf(ctx.readings.get(m.id)!)));
    for (const a of ctx.actors) {
      if (a.actorKind === 'collective' && a.span.start >= windowStart && a.span.end <= f.start) for (const c of a.members ?? []) named.add(c);
    }
    let members = ctx.pair.length === 2 && ctx.pair.every((c) => named.has(c)) ? [...ctx.pair] : [];
    if (members.length === 0 && ENVOY_NOUNS.test(f.noun)) members = envoyStates(ctx, windowStart, f.start);
    if (f.pairOnly && members.length === 0) continue;
    pushActor(ctx, {
      span: { start: f.start, end: f.end }, text: doc.text.slice(f.start, f.end), code: null,
      sector: GOV_NOUNS.test(f.noun) ? 'GOV' : FORCE_NOUNS.test(f.noun) ? 'MIL' : null, actorKind: 'collective', name: members.length > 0 ? members.join(' and ') : doc.text.slice(f.start, f.end),
      members, via: 'collective', evidence: [textSpan(doc, f.start, f.end)],
    });
  }
}

/**
 * The two states whose parties the text names between `from` and `to` (in the collective's sentence and the ones
 * before it), when there are exactly two: "Kenya's foreign minister met his Somali counterpart" names Kenya and
 * Somalia, so "the two ministers" are theirs. A third state, or only one, leaves the collective without members.
 */
function envoyStates(ctx: ActorContext, from: number, to: number, passageEnd?: number): string[] {
  const isState = (code: string) => ctx.kb.countries.has(code);
  const codes = new Set(stateParties(ctx.actors, isState, from, to).map((a) => a.code!));
  if (codes.size === 2 || passageEnd === undefined) return codes.size === 2 ? [...codes] : [];
  // "… Oslo had brokered talks between the two sides", "Norway's facilitator said both sides would meet again": the
  // state that brings the sides together is none of them; the two others named are.
  for (const code of mediatorStates(ctx, from, passageEnd)) codes.delete(code);
  return codes.size === 2 ? [...codes] : [];
}

/** The parties of a state (no collective) that `actors` names between `from` and `to`. */
function stateParties(actors: readonly ActorMention[], isState: (code: string) => boolean, from: number, to: number): ActorMention[] {
  return actors.filter((a) => a.span.start >= from && a.span.end <= to && a.actorKind !== 'collective' && a.code !== null && isState(a.code));
}

/**
 * The states named between `from` and `to` as the one who brings sides together: the subject of a broker verb ("Oslo
 * brokered"), the owner or modifier of a mediator noun ("Kenya's facilitator", "Qatari mediators"), the "of/by" of a
 * mediation noun ("the mediation of Brazil") — the state's phrase head is, or hangs on, such a word.
 */
function mediatorStates(ctx: ActorContext, from: number, to: number): Set<string> {
  const { doc } = ctx;
  const isMediation = (t: Token | undefined) =>
    t !== undefined && (ROLE_WORDS.brokerOnlyVerbs.has(t.lemma) || ROLE_WORDS.mediatorNouns.has(t.normal) || ROLE_WORDS.mediationNouns.has(t.normal));
  const codes = new Set<string>();
  for (const a of stateParties(ctx.actors, (code) => ctx.kb.countries.has(code), from, to)) {
    const head = phraseHead(doc.tokens, a);
    if (head && (isMediation(head) || (head.head !== undefined && isMediation(doc.tokens[head.head])))) codes.add(a.code!);
  }
  return codes;
}

/** Sentences before a collective (besides its own) in which two parties of one state named together stand for it. */
const PARTY_WINDOW = 3;
/** Words that may stand between two parties named together: the rest of the first party's phrase, a comma, "and". */
const JOINING_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART', 'PUNCT', 'CCONJ', 'DET', 'PRON']);
/** Determiners after "and" before the second party ("the army and its rival", "Kenya and the African Union"). */
const SECOND_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their']);

/**
 * Whether two parties are named together: in one sentence, the second right after "and" (or "&"), with nothing but the
 * rest of the first one's phrase before it ("Guyanese police and Venezuelan soldiers", "Kenya's president and
 * Uganda's premier", "Peru's army and the rebels"); no verb, so no clause, between them.
 */
function namedTogether(doc: ArticleDoc, a: ActorMention, b: ActorMention): boolean {
  if (a.span.end > b.span.start) return false;
  const sentence = sentenceHolding(doc.sentences, a.span.start, a.span.end);
  if (!sentence || sentence !== sentenceHolding(doc.sentences, b.span.start, b.span.end)) return false;
  const between: number[] = [];
  for (let i = tokenFrom(doc.tokens, a.span.end); i >= 0 && i < doc.tokens.length && doc.tokens[i]!.start < b.span.start; i++) between.push(i);
  let k = between.length - 1;
  if (k >= 0 && SECOND_DETERMINERS.has(doc.tokens[between[k]!]!.normal)) k--;
  if (k < 0 || !['and', '&'].includes(doc.tokens[between[k]!]!.normal)) return false;
  // The rest of the first party's phrase: a few words, none a verb ("Russia shelled towns and Ukrainian troops …" is two clauses).
  // Nor the last two of a list ("the borders with Cameroon, Gabon and Congo"): no comma before the first or after it.
  const rest = between.slice(0, k);
  const first = tokenFrom(doc.tokens, a.span.start);
  if (first > 0 && doc.tokens[first - 1]!.normal === ',') return false;
  return rest.length <= 4 && rest.every((i) => JOINING_TAGS.has(doc.tokens[i]!.pos ?? '') && !['and', 'or', 'but', ','].includes(doc.tokens[i]!.normal));
}

/**
 * A collective that no state pair resolved ("the two sides", "both sides"), read again once every party of the story is
 * coded (group nouns, offices), as the two parties named together before it ("Guyanese police and Venezuelan soldiers
 * traded shots …; the two sides later agreed to a commission"): the nearest pair of two states in its sentence or the
 * few before; else the story's coordinated pair of states, both named before it (a regional body that "urged both sides
 * to keep talking" several paragraphs into a story of two states); else the
 * nearest pair of two states named together earlier in the text; else two parties of one state named together just
 * before it (an army and a militia, a government and rebels: the collective is that state's); else the two states the
 * text names in its sentence and the two before, when exactly two, leaving out a state that brings the sides together
 * (mediatorStates). A bare "the neighbours" is left to the state pair alone.
 */
export function resolveLeftCollectives(ctx: ActorContext): void {
  const { doc } = ctx;
  const parties = ctx.actors.filter((a) => a.actorKind !== 'collective' && a.code !== null).sort((a, b) => a.span.start - b.span.start);
  for (let k = 0; k < ctx.actors.length; k++) {
    const c = ctx.actors[k]!;
    if (c.actorKind !== 'collective' || (c.members?.length ?? 0) > 0) continue;
    const sentence = sentenceHolding(doc.sentences, c.span.start, c.span.end);
    if (!sentence) continue;
    const from = doc.sentences[Math.max(0, sentence.index - PARTY_WINDOW)]!.span.start;
    const before = parties.filter((a) => a.span.end <= c.span.start);
    // Pairs named together before the collective, nearest first.
    const pairs: { codes: string[]; near: boolean; parties: ActorMention[] }[] = [];
    for (let i = before.length - 1; i > 0; i--) {
      const a = before[i - 1]!;
      const b = before[i]!;
      if (namedTogether(doc, a, b)) pairs.push({ codes: [...new Set([a.code!, b.code!])], near: a.span.start >= from, parties: [a, b] });
    }
    const named = new Set(before.map((a) => a.code));
    // The story's pair only where the story is told about one of them (its most named state): a pair coordinated in a
    // list of neighbours ("borders with Cameroon, Gabon and Congo") is no side of a story told from a third state.
    const storyPair = ctx.pair.length === 2 && ctx.pair.every((p) => named.has(p)) && ctx.pair.includes(mostNamed(ctx) ?? '') ? [...ctx.pair] : undefined;
    const oneState = pairs.find((p) => p.near);
    // Last, "Beijing hosted the junta chief … the two sides agreed": the two states the text names in the collective's
    // sentence and the two before, when there are exactly two, as for "the two ministers" (envoyStates). Not a bare
    // "the neighbours", which is left to the state pair alone.
    const windowStart = doc.sentences[Math.max(0, sentence.index - PAIR_WINDOW)]!.span.start;
    const namedTwo = BARE_NEIGHBOURS.test(c.text) ? [] : envoyStates(ctx, windowStart, c.span.start, sentence.span.end);
    const told = pairs.find((p) => p.near && p.codes.length === 2)?.codes ?? storyPair
      ?? pairs.find((p) => p.codes.length === 2)?.codes ?? oneState?.codes;
    const members = told ?? (namedTwo.length === 2 ? namedTwo : undefined);
    if (!members) continue;
    // Two states merely named near the collective are its sides, not the story's main pair: the mark keeps the events
    // stage from reading them as the article's dyad (events index.ts inferFromDyad).
    const via = told ? 'collective' : NEARBY_STATES_VIA;
    // Two parties of one state ("Zambian police and opposition supporters … both sides") are two sides by their sectors:
    // the collective keeps each party with its own, not the state's code alone.
    const own = members === oneState?.codes && members.length === 1 ? oneState.parties.map((a) => ({ code: a.code!, sector: a.sector })) : undefined;
    const memberParties = own && new Set(own.map((p) => p.sector)).size === 2 ? own : undefined;
    ctx.actors[k] = { ...c, members, ...(memberParties ? { memberParties } : {}), name: members.join(' and '), via };
  }
}

/** How a collective resolved by the last fallback of resolveLeftCollectives (the two states named near it) is marked. */
export const NEARBY_STATES_VIA = 'collective-nearby-states';

/** A bare definite "the neighbours" (DEFINITE_PAIR): two states only as the story's pair. */
const BARE_NEIGHBOURS = /^the\s+neighbou?rs$/i;

/** The state the story names most (its salience), or null. */
function mostNamed(ctx: ActorContext): string | null {
  return [...ctx.salience.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * A person the text gives no state, named together with a person of one state ("Presidents Nikol Pashinyan and Ilham
 * Aliyev spoke by telephone" where only Aliyev is known), where the text names exactly two states in that sentence and
 * the two before: the other state's counterpart. Two people coordinated as one subject between two states are its two
 * sides, as "the two ministers" are (envoyStates). Every mention of the same person ("Pashinyan said") takes the code.
 * Runs over the dictionaries' actors too, which know more people (src/dictionaries/actors-stage.ts).
 */
export function codeConjoinedCounterparts(doc: ArticleDoc, actors: ActorMention[], isState: (code: string) => boolean): void {
  // Named people only: a dictionary's capital is read as a person too ("Yerevan" for the state's government).
  const named = new Set(doc.mentions.filter((m) => m.label === 'PERSON').map((m) => `${m.span.start}:${m.span.end}`));
  const people = actors.filter((a) => a.actorKind === 'person' && named.has(`${a.span.start}:${a.span.end}`)).sort((a, b) => a.span.start - b.span.start);
  const counterparts = new Map<string, { code: string; sector: string | null; partner: ActorMention }>();
  for (let i = 1; i < people.length; i++) {
    const [first, second] = [people[i - 1]!, people[i]!];
    const unknown = first.code === null ? first : second.code === null ? second : undefined;
    const known = unknown === first ? second : first;
    if (!unknown || unknown.via !== 'unresolved' || known.code === null || !isState(known.code) || !namedTogether(doc, first, second)) continue;
    const sentence = sentenceHolding(doc.sentences, unknown.span.start, unknown.span.end)!;
    const from = doc.sentences[Math.max(0, sentence.index - PAIR_WINDOW)]!.span.start;
    const states = new Set(stateParties(actors, isState, from, sentence.span.end).map((a) => a.code!));
    const other = states.size === 2 && states.has(known.code) ? [...states].find((c) => c !== known.code)! : undefined;
    if (other) counterparts.set(unknown.name, { code: other, sector: known.sector, partner: known });
  }
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    const counterpart = a.actorKind === 'person' && a.code === null ? counterparts.get(a.name) : undefined;
    if (counterpart) actors[k] = { ...a, code: counterpart.code, sector: counterpart.sector, via: 'conjoined-counterpart', evidence: [...a.evidence, textSpan(doc, counterpart.partner.span.start, counterpart.partner.span.end)] };
  }
}
