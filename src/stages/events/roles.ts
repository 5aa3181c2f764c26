import { ARMED_SECTORS } from '../../kb/sectors.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { datedCodeOn, type ActorMention, type ArticleDoc, type EventParty, type Token } from '../../core/document.js';
import { isGroupNounActor } from '../actors/14-group-nouns.js';
import { peopleActedOnBetween } from '../actors/16-numeral-subjects.js';
import { COMPASS } from '../actors/phrases.js';
import { firstTokenFrom } from '../../core/search.js';
import { OBJECT_PRONOUNS, syntaxOf, type SyntaxView } from '../../syntax/relations.js';
import { splitClauses, type Clause } from './clauses.js';
import type { PloverType } from './triggers.js';
import { relativeClauseDoers, smallClauseReadAsFinite, type TriggerMatch } from './find-triggers.js';
import { isPreventVerb, isSuppressVerb, offeredBy, sendingVerbOf } from './assign-modality.js';
import { typesOfNoun } from './condemned-acts.js';
import { carriesAct, countsActs, hostOfSides, isSpeech, ROLE_WORDS, type ArgumentRole } from './role-words.js';
import { aimedAtOwnKind, pronounMayTakeUpObject } from './fold-complements.js';

/** The parties of one event, with the reasons that chose them. */
export interface Roles {
  actor: ActorMention[];
  recipient: ActorMention[];
  thirdParty: ActorMention[];
  why: string[];
  /** The meeting took place inside a multilateral body ("on the sidelines of the UN General Assembly"). */
  multilateral?: boolean;
  /** Some party was inferred from the article's main dyad rather than read in the clause. */
  inferred?: boolean;
  /** The head token of the grammatical object that is a place ("shelled Kharkiv"): where, not whom. */
  placeObject?: number;
  /** Recipients the act noun itself did something to, as the agent of a passive ("families displaced by the fighting"): no side of a two-sided act. */
  undergoers?: ActorMention[];
  /** The actor is who claimed the act ("JNIM claimed responsibility for the attack"): it names the doer an earlier telling left unnamed. */
  claimed?: boolean;
}

export interface ActorIndex {
  /** The actor covering each token index (the longest one where several overlap). */
  readonly byToken: Map<number, ActorMention>;
  /** Tokens inside a time expression the dates stage found ("on Sunday", "last March"). */
  readonly timeTokens: ReadonlySet<number>;
}

export function indexActors(doc: ArticleDoc): ActorIndex {
  const byToken = new Map<number, ActorMention>();
  for (const actor of doc.actors) {
    for (let i = lowerBound(doc.tokens, actor.span.start); i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      if (t.start >= actor.span.end) break;
      const existing = byToken.get(i);
      if (!existing || existing.span.end - existing.span.start < actor.span.end - actor.span.start) byToken.set(i, actor);
    }
  }
  const timeTokens = new Set<number>();
  for (const time of doc.times) {
    for (let i = lowerBound(doc.tokens, time.span.start); i < doc.tokens.length && doc.tokens[i]!.start < time.span.end; i++) timeTokens.add(i);
  }
  return { byToken, timeTokens };
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the role logic needs besides the document: the trigger's clause, the sentence's clauses and triggers. */
export interface RoleContext {
  readonly index: ActorIndex;
  readonly clause: Clause;
  readonly clauses: readonly Clause[];
  readonly triggers: readonly TriggerMatch[];
}

/**
 * "…, leaving two soldiers wounded", "left three villagers dead": the people a "leave" puts in
 * the state the trigger names suffered it. The parser often reads them as the subject of the
 * participle; they are its recipients.
 */
function leftInState(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const tokens = doc.tokens;
  // Parsed as UD does: the people are the object of "leave", the state its complement.
  const leave = syn.head(trigger.head);
  if (leave >= 0 && tokens[leave]!.lemma === 'leave' && syn.relation(trigger.head) === 'xcomp') {
    for (const o of syn.objectsOf(leave)) {
      for (const a of parties(o)) {
        if (roles.actor.includes(a)) roles.actor.splice(roles.actor.indexOf(a), 1);
        if (roles.recipient.includes(a)) continue;
        roles.recipient.push(a);
        roles.why.push(`recipient "${a.text}" is left ${tokens[trigger.head]!.text} ("${tokens[leave]!.text} … ${tokens[trigger.head]!.text}")`);
      }
    }
  }
  for (const actor of [...roles.actor]) {
    const first = firstTokenFrom(tokens, actor.span.start);
    // The actor's last token is the one before the first token after its span.
    if (first < 0 || firstTokenFrom(tokens, actor.span.end) !== trigger.head) continue;
    let k = first - 1;
    while (k >= 0 && ['NUM', 'DET', 'ADJ'].includes(tokens[k]!.pos)) k--;
    if (k < 0 || tokens[k]!.lemma !== 'leave') continue;
    roles.actor.splice(roles.actor.indexOf(actor), 1);
    roles.recipient.push(actor);
    roles.why.push(`recipient "${actor.text}" is left ${tokens[trigger.head]!.text} ("${tokens[k]!.text} … ${tokens[trigger.head]!.text}")`);
  }
}

/**
 * Who did it to whom, read from the dependency parse (src/syntax/relations.ts):
 * - a verb's subject is its actor and its object its recipient; in the passive, the "by" agent
 *   acts and the subject undergoes ("was freed by Azerbaijan"); a subject is shared across
 *   coordinated verbs, infinitive complements and participle adjuncts, and a relative clause
 *   takes the noun it modifies;
 * - prepositional arguments by preposition and event type ("talks with Iran", "protest against
 *   the government", "aid to Sudan"); places and times are never parties;
 * - a noun's own modifiers and "by" phrase name its actor ("Russia's invasion", "US mediation"),
 *   its "of/against/with/between" phrases its recipients; otherwise the subject of the light or
 *   ordinary verb it is the object of ("Iran held talks with …");
 * - brokers ("US-brokered", "mediated by", "after Qatari mediation") are third parties;
 * - the one who says or reports an act is not its actor: a pronoun subject of a reported clause
 *   refers back to the speaker, and a first-person quotation is the speaker's own act.
 */
export function assignRoles(doc: ArticleDoc, matched: TriggerMatch, context: RoleContext): Roles {
  const syn = syntaxOf(doc);
  const trigger = phraseHeaded(syn, matched);
  const roles: Roles = { actor: [], recipient: [], thirdParty: [], why: [] };
  const brokers = findBrokers(doc, syn, context.index, trigger, roles);
  const named = (n: number) => partiesOf(doc, syn, context.index, n).filter((a) => !brokers.has(a));
  // "our forces", "its positions", "they came under fire": a phrase told by a pronoun names the party it stands for.
  const parties = (n: number) => {
    const found = named(n);
    if (found.length === 0) return pronounParties(doc, syn, context, trigger, n, roles);
    return found.every((a) => a.code === null) ? ownedByReferent(doc, syn, context, trigger, n, found, roles) : found;
  };

  // "dispersed a protest by farmers", "fired tear gas at a march by traders": force used on a protest (an act
  // noun the triggers read as PROTEST) is used on those who hold it, its own actors ("by", possessor, modifier).
  const onPeople = (n: number) => {
    const found = parties(n);
    if (found.length > 0 || trigger.nominal || !FORCE_ON_PEOPLE.has(trigger.rule.event)) return found;
    // The protest noun may span words ("sit - in" matched from "sit", its phrase headed by "in").
    if (!context.triggers.some((t) => t.head <= n && n < t.end && t.nominal && t.rule.event === 'PROTEST')) return found;
    const doers = [...syn.nominalModifiersOf(n).filter((m) => m.prep === 'by' || m.prep === "'s").map((m) => m.token), ...strayByPhrases(syn, n)].flatMap(named);
    if (doers.length > 0) roles.why.push(`the ${doc.tokens[n]!.text} is held by ${doers.map((a) => `"${a.text}"`).join(', ')}`);
    return doers;
  };

  if (trigger.obligation) {
    obligationRoles(doc, syn, trigger, parties, roles);
  } else if (trigger.nominal) {
    nominalRoles(doc, syn, trigger, context, parties, roles);
  } else {
    verbalRoles(doc, syn, context.index, trigger, onPeople, roles);
    if (trigger.rule.event === 'CONSULT' && trigger.rule.mode === 'visit' && ROLE_WORDS.hostingVisitVerbs.has(trigger.rule.phrase)) visitorAsActor(doc, trigger, roles);
    if (roles.actor.length === 0) travellerOfWhereClause(doc, syn, context.index, trigger, roles);
    if (roles.actor.length === 0 && trigger.rule.event === 'ASSAULT') harmDoneInWhenClause(doc, syn, context, trigger, parties, roles);
    leftInState(doc, syn, trigger, parties, roles);
    groundTakenFrom(doc, syn, trigger, parties, roles);
    if (roles.recipient.length === 0 && ROLE_WORDS.infinitiveContentTypes.has(trigger.rule.event)) infinitiveContent(doc, syn, context, trigger, parties, roles);
  }

  // "put the town's teenagers under a curfew", "placed the editor under house arrest": a measure told as a noun after
  // "under" on a verb is imposed on that verb's object.
  if (roles.recipient.length === 0 && trigger.nominal && trigger.rule.event === 'COERCE' && syn.caseOf(trigger.head) === 'under') {
    // The parse may hang the measure on the object itself when a time or place follows ("placed the editor under house
    // arrest on Tuesday": "arrest" an nmod of "editor"): the verb is then the object's head.
    const onObject = syn.relation(trigger.head) === 'nmod' && syn.relation(syn.head(trigger.head)) === 'obj';
    const governor = onObject ? syn.head(syn.head(trigger.head)) : syn.head(trigger.head);
    if (governor >= 0 && doc.tokens[governor]!.pos === 'VERB' && (syn.relation(trigger.head) === 'obl' || onObject)) {
      const placed = forceParties(doc, syn, trigger, parties, roles);
      for (const o of syn.objectsOf(governor).flatMap((k) => syn.conjuncts(k))) addAll(roles.recipient, placed(o).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" is whom "${doc.tokens[governor]!.text}" puts under the ${doc.tokens[trigger.head]!.text}`);
    }
  }
  if (roles.recipient.length === 0 && FORCE_ON_PEOPLE.has(trigger.rule.event)) dispersedCrowd(doc, syn, trigger, forceParties(doc, syn, trigger, parties, roles), roles);
  if (trigger.rule.event === 'ASSAULT') lossSufferers(doc, syn, trigger, parties, roles);
  if (trigger.rule.event === 'RETREAT' && trigger.rule.mode === 'release') releasedFromCaptors(doc, syn, context.index, trigger, parties, roles);
  if (trigger.rule.event === 'RETREAT' && trigger.rule.mode === 'return' && !trigger.nominal && roles.recipient.length === 0) returnedToHolder(doc, syn, trigger, parties, roles);
  if (trigger.nominal && roles.recipient.length === 0) fendedOffBy(doc, syn, trigger, parties, roles);
  if (roles.recipient.length === 0 && ROLE_WORDS.aimTypes.has(trigger.rule.event)) aimedAt(doc, syn, trigger, parties, roles);
  if (ROLE_WORDS.opposedAuthors.types.has(trigger.rule.event)) opposedAuthors(doc, syn, trigger, context, parties, roles);
  // A receiver told by a pronoun ("Ukraine said it received tanks from Germany") is the speaker too.
  const receiving = !trigger.nominal && trigger.rule.event === 'AID' && ROLE_WORDS.receivingVerbs.has(trigger.rule.phrase);
  if (roles.actor.length === 0 || (receiving && roles.recipient.length === 0)) speakerAsActor(doc, syn, trigger, context, roles);
  if (roles.actor.length === 0 && roles.recipient.length > 0 && ROLE_WORDS.reportingForces.types.has(trigger.rule.event)) reportingForceAsDoer(doc, syn, trigger, context, roles);
  // "286 people were killed on both sides": with no one named as doing it, "both sides" did it to each other.
  if (roles.actor.length === 0 && roles.recipient.some((r) => r.actorKind === 'collective')) {
    for (const r of roles.recipient.filter((r) => r.actorKind === 'collective')) {
      roles.actor.push(r);
      roles.why.push(`parties "${r.text}": no one else is named as acting`);
    }
    roles.recipient = roles.recipient.filter((r) => r.actorKind !== 'collective');
  }
  // "X declared a ceasefire with Y": declared by one side, the two-sided act is aimed at the other.
  const declared = trigger.nominal && roles.actor.length > 0 && syn.head(trigger.head) >= 0 && ROLE_WORDS.unilateralVerbs.has(doc.tokens[syn.head(trigger.head)]!.lemma);
  // "X clashed with Y", "troops fought the rebels": a two-sided act told as a verb names its other
  // side as the verb's object or "with" phrase, and the field's coding (CAMEO source and target,
  // ACLED's actor 1 and 2) keeps that side apart. A noun ("clashes between X and Y") names both
  // sides alike.
  if (trigger.rule.roles === 'collective' && !declared && (trigger.nominal || roles.actor.length === 0)) {
    const undergoers = roles.undergoers ?? [];
    roles.actor.push(...roles.recipient.filter((r) => !undergoers.includes(r)));
    roles.recipient = roles.recipient.filter((r) => undergoers.includes(r));
  }
  // "both sides", "the two" in the clause: the parties of two-sided violence or talks with no named
  // party. Unnamed victims name no party: "286 people were killed on both sides".
  if (roles.actor.length === 0 && roles.recipient.every(isGroupNounActor)) {
    for (const i of context.clause.tokens) {
      const actor = context.index.byToken.get(i);
      if (actor?.actorKind === 'collective' && !roles.actor.includes(actor)) {
        roles.actor.push(actor);
        roles.why.push(`parties "${actor.text}" in the same clause`);
      }
    }
  }
  if (trigger.rule.event === 'CONSULT') multilateralSetting(doc, syn, context.index, trigger, roles);
  if (trigger.rule.event === 'CONSULT' && roles.recipient.length === 0 && (!trigger.nominal || roles.actor.length === 0)) sidesOfTalksBefore(doc, syn, context, trigger, roles);
  if (trigger.rule.mode === 'third-party' && roles.recipient.length === 0) disputeSides(doc, syn, trigger, parties, roles);
  roles.recipient = roles.recipient.filter((r) => !offeredForce(doc, trigger.rule.event, r));
  roles.actor = [...new Set(roles.actor)];
  roles.recipient = [...new Set(roles.recipient)].filter((r) => !roles.actor.includes(r));
  roles.thirdParty = [...new Set(roles.thirdParty)].filter((r) => !roles.actor.includes(r) && !roles.recipient.includes(r));
  return roles;
}

/**
 * "Ghana hosted a delegation from Togo", "the envoy was received by the president": a visit told from the host's side
 * (role-words.json hostingVisitVerbs) is the visitor's act aimed at the host, as a visit told from the visitor's side
 * ("Togo's delegation visited Accra") is. The verb's roles are read as for any verb (subject or "by" agent the doer,
 * object or passive subject the one acted on), so they trade places; a visitor that names no party ("hosted a
 * delegation") leaves the host as the only party read, in the role it had.
 */
function visitorAsActor(doc: ArticleDoc, trigger: TriggerMatch, roles: Roles): void {
  // "would host both sides for talks": sides brought together are the host's guests at talks between them, no visitor's act.
  if (roles.recipient.length === 0 || roles.recipient.some((r) => r.actorKind === 'collective')) return;
  [roles.actor, roles.recipient] = [roles.recipient, roles.actor];
  roles.why.push(`"${doc.tokens[trigger.head]!.text}" tells a visit from the host's side: the visitor is the actor, the host the recipient`);
}

/**
 * "Police dispersed a march by teachers", "condemned the killing by soldiers": a "by" phrase right after the object of
 * an active verb, which the parse hung on the verb. An active verb has no "by" agent, so the phrase is the object's own
 * (who holds the march, who killed); the callers take only the parties it names ("by force", "by noon" name none).
 */
function strayByPhrases(syn: SyntaxView, n: number): number[] {
  const v = syn.head(n);
  if (v < 0 || syn.relation(n) !== 'obj' || syn.isPassive(v)) return [];
  const end = syn.subtreeRange(n)[1];
  return syn.obliquesOf(v).filter((o) => o.prep === 'by' && o.token > n && syn.subtreeRange(o.token)[0] === end + 1).map((o) => o.token);
}

/**
 * A noun phrase trigger read by the head of its phrase: "cease-fire", "air strikes" are matched
 * from their first word, which the parse hangs on the last as a compound; the phrase's own
 * arguments ("a cease-fire with the rebels") and its verb hang on the last.
 */
function phraseHeaded(syn: SyntaxView, trigger: TriggerMatch): TriggerMatch {
  if (!trigger.nominal || trigger.end - trigger.head < 2) return trigger;
  let at = trigger.head;
  for (let steps = 0; steps < 4 && syn.head(at) > at && syn.head(at) < trigger.end && syn.relation(at) === 'compound'; steps++) at = syn.head(at);
  return at === trigger.head ? trigger : { ...trigger, head: at };
}

/**
 * The actors a noun phrase names: actors on its head or its name-forming modifiers ("Russian
 * troops", "US forces", "Iran's army"), and on its conjuncts ("Armenia and Azerbaijan"). A group
 * noun with no actor of its own is read through its "of" phrase ("supporters of the opposition").
 */
export function partiesOf(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, n: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const c of syn.conjuncts(n)) {
    // "…, according to Pentagon sources" misread as a conjunct: a source of the report, never a party.
    if (c !== n && syn.caseOf(c)?.startsWith('according')) continue;
    for (const a of groupActors(syn, index, c, 0)) if (!out.includes(a)) out.push(a);
    for (const d of misreadFirstConjuncts(syn, c)) for (const a of groupActors(syn, index, d, 0)) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/**
 * "Kenya's soldiers and gang members clashed" parsed as a description of "members" ("soldiers",
 * nmod:desc) with "gang" its conjunct: a description before the head that is coordinated with a word
 * of the head's own phrase is the first conjunct of the phrase, a party of its own.
 */
function misreadFirstConjuncts(syn: SyntaxView, n: number): number[] {
  return syn.descriptionsOf(n).filter((d) => d < n && syn.children(d).some((c) => syn.relation(c) === 'conj' && c > d && c < n
    && syn.children(c).some((k) => syn.relation(k) === 'cc')));
}

/** Prepositions that name the members of a group noun by example ("countries like Kenya", "donors such as Japan"). */
const EXEMPLAR_PREPS = new Set(['like', 'such as', 'including']);

/**
 * The actors of one noun: its own, or, when it names no one, the group it stands for — "members
 * of the opposition", "organisers from the party", "five of the dozens of soldiers" (a part of a
 * part, at most three deep), "countries like Kenya".
 */
function groupActors(syn: SyntaxView, index: ActorIndex, n: number, depth: number): ActorMention[] {
  const own = coreActors(syn, index, n);
  if (own.length > 0 || depth >= 3) return own;
  const modifiers = syn.nominalModifiersOf(n);
  // "a spokesman for the rebels": one who speaks for a body stands for it (group-nouns.json voiceNouns).
  const of = modifiers.find((m) => m.prep === 'of') ?? modifiers.find((m) => m.prep === 'from')
    ?? (loadGroupNouns().voiceNouns.has(syn.tokens[n]!.normal) ? modifiers.find((m) => m.prep === 'for') : undefined);
  if (of) for (const d of syn.conjuncts(of.token)) own.push(...groupActors(syn, index, d, depth + 1));
  if (own.length === 0) for (const m of modifiers) if (m.prep !== null && EXEMPLAR_PREPS.has(m.prep)) for (const d of syn.conjuncts(m.token)) own.push(...coreActors(syn, index, d));
  return own;
}

function coreActors(syn: SyntaxView, index: ActorIndex, n: number): ActorMention[] {
  const out: ActorMention[] = [];
  const add = (i: number) => {
    const a = index.byToken.get(i);
    if (a && !out.includes(a)) out.push(a);
  };
  for (const m of syn.modifiersOf(n)) {
    // "the Turkish and Greek sides": coordinated modifiers each name an owner.
    for (const c of syn.conjuncts(m)) {
      add(c);
      for (const mm of syn.modifiersOf(c)) add(mm);
      // "Saudi-led forces", "Iranian-backed militias": the owner glued to the participle by a hyphen.
      if (syn.tokens[c]!.pos === 'VERB') for (const k of syn.children(c)) if (syn.tokens[k + 1]?.text === '-' && k + 2 === c) add(k);
    }
  }
  // "Danish troops in Mali": a named owner of the noun outranks an actor the head got from a place after it.
  const head = index.byToken.get(n);
  if (head && !(out.length > 0 && head.span.start >= syn.tokens[n]!.start && head.span.end > syn.tokens[n]!.end)) add(n);
  // "Foreign Minister Ararat Mirsoyan": a description counts only when the name itself resolved to nothing.
  if (out.length === 0) for (const d of syn.descriptionsOf(n)) {
    add(d);
    for (const mm of syn.modifiersOf(d)) add(mm);
  }
  // "his counterpart, Yoweri Museveni": a noun that names no one is the person its apposition names.
  // ("on Sunday, according to the Red Cross" misread as an apposition: a source of the report, never a party;
  // nor is a time the dates stage read the name of one: "…, on Sunday, the Kachin Independence Army said" is the speaker.)
  if (out.length === 0 && !index.timeTokens.has(n)) {
    for (const c of syn.children(n)) if (syn.relation(c) === 'appos' && !syn.caseOf(c)?.startsWith('according')) for (const d of syn.conjuncts(c)) if (d === c || syn.caseOf(d) === null) add(d);
  }
  return out;
}

function addAll(list: ActorMention[], actors: readonly ActorMention[], why: string[], reason: (a: ActorMention) => string): void {
  for (const a of actors) {
    if (list.includes(a)) continue;
    list.push(a);
    why.push(reason(a));
  }
}

/** Whether a noun names a place (a place mention or a country actor used as a location), not an actor. */
function isPlace(doc: ArticleDoc, index: ActorIndex, n: number): boolean {
  const t = doc.tokens[n]!;
  const place = doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end);
  if (!place) return false;
  // A country named by an actor mention is a party ("attacked Ukraine"); a city or region is a place.
  const actor = index.byToken.get(n);
  return !actor || actor.actorKind !== 'country' || doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end && p.level !== 'country');
}

/** Acts of force done to people, whose "them" is a group named before (a closed pair of PLOVER types). */
/** Nouns of things counted as many though tagged singular ("their cattle"), which "them" may stand for (a short closed class). */
const PLURAL_MASS_NOUNS = new Set(['cattle', 'livestock', 'poultry', 'sheep', 'goods', 'belongings', 'equipment']);
const FORCE_ON_PEOPLE = new Set(['ASSAULT', 'COERCE']);
/** Words that count a part of a group ("most of them", "dozens of them"): with a number, what a count of "them" is headed by. */
const PART_WORDS = new Set(['most', 'many', 'some', 'several', 'all', 'both', 'few', 'dozens', 'hundreds', 'thousands', 'scores', 'majority', 'rest', 'half', 'more', 'none']);

/**
 * The group "them" stands for: the last group noun ("protesters", "villagers") before it in its own
 * sentence or the one before, other than the act's own actor ("Villagers blocked the road, and
 * riot police used water cannon to scatter them").
 */
function groupAntecedent(doc: ArticleDoc, pronoun: number, roles: Roles, peopleOnly = false, held = false): ActorMention[] {
  const at = doc.tokens[pronoun]!.start;
  const sentence = doc.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
  const from = doc.sentences[Math.max(0, sentence - 1)]?.span.start ?? 0;
  const own = doc.sentences[sentence]?.span.start ?? 0;
  const syn = syntaxOf(doc);
  // The mention's head word: the one the parse hangs outside it (the last word when none is).
  const headOf = (a: ActorMention): number => {
    const first = firstTokenFrom(doc.tokens, a.span.start);
    let last = -1;
    for (let i = first; i >= 0 && i < doc.tokens.length && doc.tokens[i]!.end <= a.span.end; i++) {
      last = i;
      const h = syn.head(i);
      if (h < 0 || doc.tokens[h]!.start < a.span.start || doc.tokens[h]!.end > a.span.end) return i;
    }
    return last;
  };
  // A group is a group noun, or a sector's noun with the place it is in ("40 students in Patna": the actors stage reads
  // it as a sector in a place). "them" is plural: a mention headed by a singular noun stands for it only when that noun
  // names a body of people (the group's head noun, not a place named after it).
  const plural = (a: ActorMention) => {
    const head = doc.tokens[headOf(a)];
    return !head || !['NN', 'NNP'].includes(head.tag ?? '') || ROLE_WORDS.collectiveSingulars.has(head.normal);
  };
  // Those released were held: never the ones who held them, the doer of a verb of holding ("Police detained 40 farmers.
  // Nine of the detained were freed"); soldiers or police who were themselves held (an object, a passive subject) may be
  // the ones released.
  // Armed forces doing an act (subject or agent of any verb: "security forces rounded up …") are taken as the captors too.
  const captor = (a: ActorMention) => {
    const i = headOf(a);
    const verb = i >= 0 ? syn.head(i) : -1;
    if (verb < 0) return false;
    const doer = syn.fullRelation(i) === 'nsubj' || syn.fullRelation(i) === 'obl:agent' || (syn.relation(i) === 'obl' && syn.caseOf(i) === 'by' && syn.isPassive(verb));
    return doer && (ROLE_WORDS.holdVerbs.has(doc.tokens[verb]!.lemma) || ARMED_SECTORS.has(a.sector ?? ''));
  };
  const candidates = doc.actors.filter((a) => a.span.end <= at && a.span.start >= from && (isGroupNounActor(a) || a.via === 'sector-in-place') && plural(a) && !roles.actor.includes(a)
    && !(held && captor(a))
    && !roles.actor.some((r) => r.span.start <= a.span.start && a.span.end <= r.span.end));
  const latest = (list: ActorMention[]) => list.reduce<ActorMention | undefined>((b, a) => (!b || a.span.start > b.span.start ? a : b), undefined);
  // Within its own sentence "them" takes the nearest group. Across the sentence boundary it most often takes up the
  // subject of the sentence before, not a group inside its object ("200 supporters gathered … to demand the release
  // of the detained activists. Riot police used tear gas to scatter them": the supporters).
  // The mention's head word is a subject, or hangs on one before it by "of" ("Dozens of vendors").
  const isSubject = (a: ActorMention) => {
    for (let i = firstTokenFrom(doc.tokens, a.span.start); i < doc.tokens.length && doc.tokens[i]!.end <= a.span.end; i++) {
      const h = syn.head(i);
      // Only the mention's head word (the one hung outside it) says what the phrase is.
      if (h >= 0 && doc.tokens[h]!.start >= a.span.start && doc.tokens[h]!.end <= a.span.end) continue;
      if (/^nsubj/.test(syn.relation(i)) || (syn.relation(i) === 'nmod' && h >= 0 && doc.tokens[h]!.end <= a.span.start && /^nsubj/.test(syn.relation(h)))) return true;
    }
    return false;
  };
  const inOwn = candidates.filter((a) => a.span.start >= own);
  let best = latest(inOwn);
  // A subject taken up across the boundary outranks the things its sentence goes on to name ("Two officers were
  // killed in their homes. Gunmen attacked them"): only things in the pronoun's own sentence compete with it.
  let thingsFrom = best?.span.end ?? 0;
  if (!best) {
    const subjects = candidates.filter(isSubject);
    best = latest(subjects.length > 0 ? subjects : candidates);
    thingsFrom = subjects.length > 0 ? own : best?.span.end ?? 0;
  }
  // "found cocaine in the trucks of two drivers and seized them", "brought their cattle …, and soldiers seized them": a
  // plural noun of things between the group and "them", or holding the group ("the trucks of two drivers"), is as
  // likely what "them" stands for.
  if (best) {
    const group = best;
    // A number word ("Dozens of vendors", quantities stage) counts people; it is no thing.
    const thingsPlural = (i: number) => {
      const t = doc.tokens[i]!;
      return (t.tag === 'NNS' || PLURAL_MASS_NOUNS.has(t.normal)) && !doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end)
        && !doc.quantities.some((q) => q.span.start <= t.start && t.end <= q.span.end);
    };
    // The subject of the pronoun's own verb is never what "them" stands for ("Council guards arrested them").
    const ownSubject = (i: number) => /^nsubj/.test(syn.relation(i)) && syn.head(i) === syn.head(pronoun);
    const between = doc.tokens.some((t, i) => t.start >= Math.max(group.span.end, thingsFrom) && t.end <= at && thingsPlural(i) && !ownSubject(i));
    const holder = doc.tokens.some((t) => t.start >= group.span.start && t.end <= group.span.end && t.head !== undefined && t.head >= 0
      && (doc.tokens[t.head]!.start < group.span.start || doc.tokens[t.head]!.end > group.span.end) && thingsPlural(t.head));
    // An arrest is done only to people: "crowds filled the streets for days, and police detained 300 of them".
    if ((between || holder) && !peopleOnly) return [];
  }
  if (best) roles.why.push(`"them" is the group "${best.text}" named before it`);
  return best ? [best] : [];
}

/** Prepositions by which a place says where the body a noun names is ("the consulate in Lima", "officials at the border"). */
const LOCATING_PREPS = new Set(['in', 'at']);

/** Whether an actor's words only locate a noun before them: their head is an "in"/"at" modifier of a noun outside them. */
function locatesNoun(doc: ArticleDoc, syn: SyntaxView, actor: ActorMention): boolean {
  const inside = (k: number) => k >= 0 && doc.tokens[k]!.start >= actor.span.start && doc.tokens[k]!.end <= actor.span.end;
  const first = firstTokenFrom(doc.tokens, actor.span.start);
  if (first < 0) return false;
  let head = first;
  while (inside(syn.head(head))) head = syn.head(head);
  const governor = syn.head(head);
  return governor >= 0 && syn.relation(head) === 'nmod' && LOCATING_PREPS.has(syn.caseOf(head) ?? '') && ['NOUN', 'PROPN'].includes(doc.tokens[governor]!.pos);
}

/** Possessive pronouns that refer back to the subject of the clause. */
const OWN_POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "Their patrol hit a roadside bomb", "a minibus ran over a landmine": a vehicle or patrol that
 * hits or runs over a hidden explosive suffers the blast (role-words.json trippedDevices); the
 * device is no party and whoever laid it is unnamed.
 */
function hitsHiddenDevice(doc: ArticleDoc, syn: SyntaxView, v: number): boolean {
  const { hitVerbs, overVerbs, devices } = ROLE_WORDS.trippedDevices;
  const lemma = doc.tokens[v]!.lemma;
  if (syn.isPassive(v)) return false;
  if (hitVerbs.has(lemma)) return syn.objectsOf(v).some((o) => devices.has(doc.tokens[o]!.lemma.toLowerCase()));
  if (!overVerbs.has(lemma)) return false;
  // "ran over a mine": "over" a preposition of the device's phrase or a particle before the object.
  const over = syn.children(v).some((c) => syn.relation(c) === 'compound' && ['over', 'on'].includes(doc.tokens[c]!.normal));
  return syn.obliquesOf(v).some((o) => (o.prep === 'over' || o.prep === 'on') && devices.has(doc.tokens[o.token]!.lemma.toLowerCase()))
    || (over && syn.objectsOf(v).some((o) => devices.has(doc.tokens[o]!.lemma.toLowerCase())));
}

/**
 * "its troops repulsed an attack by the rebels on a base, killing 11 militants": a participle after a comma that the
 * parse hung on an act fended off tells what the defenders did (the repelled attack did not kill). The defence verb
 * (role-words.json defenceVerbs, active), or -1.
 */
function fendingVerb(doc: ArticleDoc, syn: SyntaxView, participle: number): number {
  const act = syn.head(participle);
  if (doc.tokens[participle]!.tag !== 'VBG' || doc.tokens[participle - 1]?.text !== ',' || syn.relation(participle) !== 'acl' || act < 0 || syn.relation(act) !== 'obj') return -1;
  const verb = syn.head(act);
  return verb >= 0 && ROLE_WORDS.defenceVerbs.has(doc.tokens[verb]!.lemma) && !syn.isPassive(verb) ? verb : -1;
}

/** "riot police used water cannon to scatter them", "arrested them": force used on "them" is used on the group they are. */
function forceParties(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, namedParties: (n: number) => ActorMention[], roles: Roles): (n: number) => ActorMention[] {
  // A release told of a count of "them" is, like an arrest, done to people: the group "them" stands for.
  const release = trigger.rule.event === 'RETREAT' && trigger.rule.mode === 'release';
  if (!FORCE_ON_PEOPLE.has(trigger.rule.event) && !release) return namedParties;
  return (n: number) => {
    const named = namedParties(n);
    if (named.length > 0) return named;
    const peopleOnly = trigger.rule.mode === 'arrest' || release;
    if (doc.tokens[n]!.normal === 'them') return groupAntecedent(doc, n, roles, peopleOnly, release);
    // "detained 300 of them", "shot two of them", "nine of the detained were freed": a count of "them", or of people
    // named only by what was done to them (a participle standing as a noun), is a part of the group they stand for.
    const part = PART_WORDS.has(doc.tokens[n]!.normal) || doc.tokens[n]!.pos === 'NUM'
      ? syn.nominalModifiersOf(n).find((m) => m.prep === 'of' && (doc.tokens[m.token]!.normal === 'them' || participleAsNoun(doc, syn, m.token))) : undefined;
    return part ? groupAntecedent(doc, part.token, roles, peopleOnly, release) : named;
  };
}

/** "the detained", "the arrested": a past participle after "the" with no noun of its own, standing for the people it describes. */
function participleAsNoun(doc: ArticleDoc, syn: SyntaxView, n: number): boolean {
  const t = doc.tokens[n]!;
  return (t.tag === 'VBN' || (t.pos !== 'NOUN' && t.pos !== 'PROPN' && /ed$/.test(t.normal))) && syn.children(n).some((c) => doc.tokens[c]!.normal === 'the');
}

/** Particles that make a phrasal verb of dispersal ("push back", "break up", "drive away"). */
const DISPERSAL_PARTICLES = new Set(['back', 'up', 'away', 'off']);

/**
 * "Soldiers shot into the sky to scatter them", "riot police used batons and water cannon to push the marchers back":
 * force whose purpose is to drive a crowd off (role-words.json dispersalPurposes) is aimed at the crowd, the purpose's
 * object — whatever the force's kind (warning shots are no crowd-control rule). The purpose may hang on the act's verb
 * (a noun act's governing verb, through a coordination: "used batons and water cannon"), or, as parsed, on the verb's
 * object or phrase ("shot into the sky to scatter …" with the purpose on "sky").
 */
function dispersedCrowd(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  let verb = trigger.head;
  if (trigger.nominal) {
    let n = trigger.head;
    while (syn.relation(n) === 'conj' && syn.head(n) >= 0) n = syn.head(n);
    if (!['obj', 'obl'].includes(syn.relation(n))) return;
    verb = syn.head(n);
    if (verb < 0 || doc.tokens[verb]!.pos !== 'VERB') return;
  }
  const phrase = (c: number) => {
    const particle = syn.children(c).find((k) => ['compound', 'advmod'].includes(syn.relation(k)) && DISPERSAL_PARTICLES.has(doc.tokens[k]!.normal));
    return particle === undefined ? doc.tokens[c]!.lemma : `${doc.tokens[c]!.lemma} ${doc.tokens[particle]!.normal}`;
  };
  const holders = [verb, ...syn.objectsOf(verb), ...syn.obliquesOf(verb).map((o) => o.token)];
  const purposes = holders.flatMap((h) => syn.children(h).filter((c) => syn.isInfinitive(c) && doc.tokens[c]!.pos === 'VERB'
    && (h === verb ? ['advcl', 'xcomp'].includes(syn.relation(c)) : syn.relation(c) === 'acl')));
  for (const c of purposes) {
    if (!ROLE_WORDS.dispersalPurposes.has(phrase(c))) continue;
    for (const o of syn.objectsOf(c).flatMap((k) => syn.conjuncts(k))) {
      addAll(roles.recipient, parties(o).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" is whom the force's purpose ("${phrase(c)}") drives off`);
    }
  }
}

function verbalRoles(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, namedParties: (n: number) => ActorMention[], roles: Roles): void {
  const parties = forceParties(doc, syn, trigger, namedParties, roles);
  const v = trigger.head;
  const verb = doc.tokens[v]!.text;
  const event = trigger.rule.event;
  if (event === 'AID' && ROLE_WORDS.receivingVerbs.has(trigger.rule.phrase) && !syn.isPassive(v)) {
    receivedAid(doc, syn, v, parties, roles);
    return;
  }
  const subject = syn.subjectOf(v);
  // "Poland is opposed to the pipeline", "Serb forces were engaged in …": a stance, not something done to the subject.
  // "the union is concerned by the sackings": an adjective predicate's subject holds the view; its "by" phrase is what
  // the view is of, no agent (triggers.json adjective rules).
  const stance = (ROLE_WORDS.stanceParticiples.has(doc.tokens[v]!.normal) && syn.agentOf(v) === null) || trigger.rule.adjective === true;
  // "a man died after …": the subject of a verb of dying undergoes the act, as a passive subject does.
  const undergoes = ROLE_WORDS.undergoerVerbs.has(doc.tokens[v]!.lemma) || hitsHiddenDevice(doc, syn, v);
  const passive = (syn.isPassive(v) && !stance) || undergoes;
  const subjects = subject?.via === 'own' ? syn.subjectsOf(v) : subject ? [subject.token] : [];
  const defence = subject?.via === 'modified-noun' ? fendingVerb(doc, syn, v) : -1;
  if (defence >= 0) subjects.splice(0, subjects.length, ...syn.subjectsOf(defence));
  if (passive) {
    const agent = syn.agentOf(v);
    if (agent !== null) addAll(roles.actor, parties(agent), roles.why, (a) => `actor "${a.text}" is the "by" agent of the passive "${verb}"`);
    // "were handed over to Moscow by Kyiv" with "by Kyiv" hung on the "to" phrase: a passive with no agent of its own takes
    // a "by" phrase the parse hung on its phrase of where to or from (a place there names no one: "to a village by the river";
    // nor does one on a setting, "arrested at a rally by the opposition", whose "by" holds the rally).
    else for (const o of syn.obliquesOf(v).filter((x) => x.prep === 'to' || x.prep === 'into' || x.prep === 'from')) {
      for (const m of syn.nominalModifiersOf(o.token)) if (m.prep === 'by' && !isPlace(doc, index, m.token)) addAll(roles.actor, parties(m.token), roles.why, (a) => `actor "${a.text}" is the "by" agent of the passive "${verb}" (hung on its "${o.prep}" phrase)`);
    }
    for (const s of subjects) {
      // "Chinese troops were deployed to the border", "four battalions were dispatched to the province", "two coastguard
      // cutters were sent": what a passive of mobilising moves is the mobiliser's own force, whatever the word for the unit
      // (the trigger rule already read it as a force); only a place there ("the border town was reinforced") is not moved.
      const moved = event === 'MOBILIZE' && !isPlace(doc, index, s) ? parties(s) : [];
      addAll(roles.actor, moved, roles.why, (a) => `actor "${a.text}" is the force moved, the subject of the passive "${verb}"`);
      addAll(roles.recipient, parties(s).filter((a) => !moved.includes(a)), roles.why, (a) => `recipient "${a.text}" is the subject of ${undergoes ? 'the intransitive' : 'the passive'} "${verb}"`);
    }
  } else if (subject) {
    // "The UN sent an envoy to Khartoum to meet the army chief": talks an envoy is sent to hold are its sender's (PLOVER
    // CONSULT, as assign-modality.ts reads them), so the sender is the actor, not the one sent, however the parse hangs the
    // infinitive; a sender that names no party leaves the one sent.
    const sending = event === 'CONSULT' && subject.via !== 'own' ? sendingVerbOf(doc, syn, v) : -1;
    const senders = sending >= 0 && !syn.isPassive(sending) ? syn.subjectsOf(sending).filter((s) => parties(s).length > 0) : [];
    if (senders.length > 0) subjects.splice(0, subjects.length, ...senders);
    const how = senders.length > 0 ? `the sender (subject of "${doc.tokens[sending]!.text}")` : subject.via === 'own' ? 'the subject' : subject.via === 'object-control' ? 'the one asked (object of the governing verb)' : subject.via === 'modified-noun' ? 'the noun the clause describes' : 'the shared subject';
    for (const s of subjects) addAll(roles.actor, parties(s), roles.why, (a) => `actor "${a.text}" is ${how} of "${verb}"`);
    // "A bomb planted by the rebels exploded …, killing four", "a rocket fired by militants hit …":
    // a subject that names no party is the means; who placed or fired it, the "by" agent of a
    // participle that describes it, did the act.
    // Only for violence, and for a text that speaks for its author ("a statement by the opposition accused …",
    // role-words.json authoredTexts): elsewhere a party-less subject described by a "by" phrase is no means.
    // "Clashes between the army and rebels killed 12 soldiers": both sides of the fighting told as the
    // subject (the parse may hang the second side on the subject itself).
    if (event === 'ASSAULT') for (const s of subjects.filter((x) => ROLE_WORDS.fightingNouns.has(doc.tokens[x]!.lemma))) {
      for (const m of syn.nominalModifiersOf(s).filter((x) => x.prep === 'between')) {
        for (const side of syn.conjuncts(m.token)) addAll(roles.actor, parties(side), roles.why, (a) => `actor "${a.text}" is a side of "${doc.tokens[s]!.text} between", ${how} of "${verb}"`);
      }
    }
    const means = (s: number) => event === 'ASSAULT' || ROLE_WORDS.authoredTexts.has(doc.tokens[s]!.lemma);
    if (roles.actor.length === 0) for (const s of subjects.filter(means)) {
      // "a grenade attack by the militia wounded nine": the means told as an act names its doer after "by"
      // (which the parse may hang on the verb, between the subject and it).
      const byPhrases = [...syn.nominalModifiersOf(s), ...syn.obliquesOf(v).filter((o) => o.token > s && o.token < v)].filter((m) => m.prep === 'by');
      for (const m of byPhrases) addAll(roles.actor, parties(m.token), roles.why, (a) => `actor "${a.text}" is the "by" phrase of "${doc.tokens[s]!.text}", ${how} of "${verb}"`);
      for (const c of syn.children(s)) {
        if (syn.relation(c) !== 'acl' || !['VBN', 'VBD'].includes(doc.tokens[c]!.tag ?? '')) continue;
        const agent = syn.agentOf(c);
        if (agent !== null) addAll(roles.actor, parties(agent), roles.why, (a) => `actor "${a.text}" is the "by" agent of "${doc.tokens[c]!.text}", which tells of ${how} of "${verb}"`);
      }
    }
    // "issued a statement calling on …", "put out a report accusing …": a text that names no one
    // acts for its author, the subject of the verb that made it.
    if (roles.actor.length === 0 && subject.via === 'modified-noun' && syn.relation(subject.token) === 'obj') {
      const maker = syn.head(subject.token);
      // "Police foiled an attempt to kidnap the governor": who stops an attempt did not make it.
      const stopped = maker >= 0 && isPreventVerb(doc.tokens[maker]!.lemma);
      for (const s of maker >= 0 && !stopped ? syn.subjectsOf(maker) : []) addAll(roles.actor, parties(s), roles.why, (a) => `actor "${a.text}" is the author of the ${doc.tokens[subject.token]!.text} ("${doc.tokens[maker]!.text} … ${verb}")`);
    }
  }
  // "provided $400 million in ODA to Indonesia", "shared intelligence with Israel", "extradited the
  // preacher to the US": what is handed on is no recipient when a "to" (or, for cooperation, "with")
  // phrase names a party that receives it.
  const handedTo = passive ? [] : receiversOfTransfer(doc, syn, v, event, parties);
  addAll(roles.recipient, handedTo, roles.why, (a) => `recipient "${a.text}" receives what "${verb}" hands on`);
  // "handed over 45 servicemen" parsed as "over 45 servicemen": the particle of a phrasal trigger read as
  // a preposition leaves the verb's object as an oblique. Only for rules chosen by their object (a phrase
  // that takes one); "called for …", "cracked down on …" name what is asked or whom it is aimed at otherwise.
  const particleObjects = trigger.rule.objects === undefined ? [] : syn.obliquesOf(v).filter((o) => o.prep !== null && syn.children(o.token).some((c) => syn.relation(c) === 'case' && c > v && c < trigger.end)).map((o) => o.token);
  // "has charged Daily Monitor editor Paul Okello" parsed with the name as a bare phrase ("obl:unmarked", the
  // relation of "Tuesday" or "last week"): a noun phrase right after an active verb with no object, naming no
  // time, is its object.
  const bareObjects = passive || syn.objectsOf(v).length > 0 ? [] : syn.children(v).filter((c) => syn.fullRelation(c) === 'obl:unmarked'
    && syn.subtreeRange(c)[0] === trigger.end && ['PROPN', 'NOUN'].includes(doc.tokens[c]!.pos) && !index.timeTokens.has(c)
    && !Array.from({ length: c - trigger.end + 1 }, (_, k) => trigger.end + k).some((k) => index.timeTokens.has(k)));
  for (const object of [...syn.objectsOf(v), ...particleObjects, ...bareObjects]) {
    if (passive || handedTo.length > 0) continue;
    // "Moscow dispatched 2,000 peacekeepers": what a sending verb moves is not its recipient.
    // But "provided Jordan with vehicles", "gave Jordan vehicles": with the goods after "with", or as
    // the second object, the (first) object is who receives them.
    // "accepted 2,000 refugees": people taken in are who the act is for (rule flag `objectReceives`).
    const receiver = trigger.rule.objectReceives === true || (event === 'AID' && (syn.relation(object) === 'iobj' || syn.obliquesOf(v).some((o) => o.prep === 'with')));
    // So are the people sent to look into something ("sent its officials to Somalia to investigate"):
    // rules that ask for what is sent (`objects`) or why (`complements`) read the object as the thing moved.
    if ((trigger.rule.objects || trigger.rule.complements) && (event === 'AID' || event === 'MOBILIZE' || trigger.rule.mode === 'investigate') && !receiver) continue;
    // "sent its soldiers", "withdrew their forces": the subject's own force is what it moves or offers, not a target.
    if (ROLE_WORDS.isForceNoun(doc.tokens[object]!) && syn.children(object).some((c) => syn.fullRelation(c) === 'nmod:poss' && OWN_POSSESSIVES.has(doc.tokens[c]!.normal))) continue;
    // "took six guards hostage" parsed with the group as a compound of "hostage": the group is taken, not the word for what it becomes.
    const captives = loadGroupNouns().captiveComplements.has(doc.tokens[object]!.normal)
      ? parties(object).filter((a) => !(a.span.start <= doc.tokens[object]!.start && doc.tokens[object]!.end <= a.span.end)) : [];
    // "condemned the killing of three protesters by police": a condemnation of an act whose doer is named is aimed
    // at the doer, not at those the act was done to.
    const doers = ROLE_WORDS.condemnedActs.types.has(event) && typesOfNoun(doc.tokens[object]!.normal).size > 0 ? actNounDoers(syn, object, parties) : [];
    const found = doers.length > 0 ? doers : captives.length > 0 ? captives : parties(object);
    // "returned six Malian statues to the government of Mali", "handed a portrait of a boy to its owner":
    // what is given back or handed over names parties only in its modifiers; the "to" phrase says who receives it.
    if (handsOver(trigger) && !found.some((a) => a.span.start <= doc.tokens[object]!.start && doc.tokens[object]!.end <= a.span.end)
      && (syn.obliquesOf(v).some((o) => o.prep === 'to') || hasToPhrase(doc, syn, object))) continue;
    if (isPlace(doc, index, object)) {
      roles.placeObject = object;
      continue;
    }
    addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" is the object of "${verb}"`);
  }
  // "ordered the former mayor held" parsed with the mayor as the subject of a past-tense complement: the one the order puts
  // in that state is its object all the same (find-triggers.ts smallClauseReadAsFinite).
  if (trigger.rule.complementParticiple && !passive) {
    for (const c of syn.children(v)) {
      if (!trigger.rule.complements?.includes(doc.tokens[c]!.lemma) || !smallClauseReadAsFinite(doc, v, c)) continue;
      const held = syn.children(c).find((m) => syn.fullRelation(m) === 'nsubj')!;
      addAll(roles.recipient, parties(held), roles.why, (a) => `recipient "${a.text}" is whom "${verb}" puts in the state "${doc.tokens[c]!.text}" tells`);
    }
  }
  // "urged donors like Japan to …" with "like Japan" hung on the verb right after the object: the
  // examples name the members of the object's group.
  if (!passive) for (const { token, prep } of syn.obliquesOf(v)) {
    if (prep === null || !EXEMPLAR_PREPS.has(prep)) continue;
    const follows = syn.objectsOf(v).some((o) => parties(o).length === 0 && syn.subtreeRange(o)[1] + 1 === syn.subtreeRange(token)[0]);
    if (follows) addAll(roles.recipient, parties(token), roles.why, (a) => `recipient "${a.text}" is named as an example of the object of "${verb}" ("${prep}")`);
  }
  // A phrasal trigger's particle may carry the phrase ("cracked down | on traders" hung on "down").
  const particles = Array.from({ length: Math.max(0, trigger.end - v - 1) }, (_, k) => v + 1 + k);
  // A "by" phrase the parser read as a passive agent of an active verb ("denied charges by X") is an oblique like any other.
  const misreadAgents = passive ? [] : syn.children(v).filter((c) => syn.fullRelation(c) === 'obl:agent').map((token) => ({ token, prep: 'by' }));
  // "…, according to the Commission on Human Rights": the source of the report closes the clause, and
  // a phrase the parse hung on the verb after it is part of the source's name ("on Human Rights").
  const attribution = Math.min(...syn.obliquesOf(v).filter((o) => o.prep?.startsWith('according')).map((o) => o.token));
  for (const { token, prep } of [...syn.obliquesOf(v), ...misreadAgents, ...particles.flatMap((k) => syn.obliquesOf(k))]) {
    if (prep === null || token > attribution) continue;
    // "12km south of Kismayo": a bearing from a place tells where, not whom.
    if (prep === 'of' && COMPASS.test(doc.tokens[syn.subtreeRange(token)[0] - 1]?.normal ?? '')) continue;
    // "clashed with police", "fought with rebels": the other side of a two-sided act is a party of it.
    // "rejected accusations by Germany" with "by Germany" hung on the verb: in the active voice it is the claimant.
    const claimant = prep === 'by' && !passive && ROLE_WORDS.claimAnswerTypes.has(event) && syn.objectsOf(v).length > 0;
    // "two reporters were expelled from Eritrea": who holds the territory removes them.
    const remover = prep === 'from' && ROLE_WORDS.removalVerbs.has(doc.tokens[v]!.lemma);
    // "recaptured the town from the rebels": whom ground or goods were taken from is the target.
    // The verb names what was taken as its object (not a participle describing a thing, "the lorries
    // seized in May from army posts": that tells an earlier act).
    // "protested outside the US embassy", "in front of the French embassy": a protest at a state's embassy is aimed at that state.
    const mission = ['front', 'gate', 'gates', 'entrance'].includes(doc.tokens[token]!.lemma)
      ? syn.nominalModifiersOf(token).find((m) => m.prep === 'of')?.token ?? token : token;
    const atEmbassy = event === 'PROTEST' && ROLE_WORDS.embassyNouns.has(doc.tokens[mission]!.lemma) && (mission !== token || !['in', 'inside', 'into'].includes(prep));
    const taken = prep === 'from' && ROLE_WORDS.seizureTypes.has(event) && ROLE_WORDS.seizureVerbs.has(doc.tokens[v]!.lemma) && !passive && syn.objectsOf(v).length > 0
      && !syn.obliquesOf(v).some((o) => o.prep === 'to' || o.prep === 'into');
    // "Kuwait mediated between Riyadh and Doha": the sides a mediator goes between are whom it acts for, as for the noun.
    const use = ROLE_WORDS.phraseRole(trigger.rule.phrase, prep) ?? (remover ? 'actor' : (trigger.rule.roles === 'collective' && prep === 'with') || claimant || taken || atEmbassy ? 'recipient' : mediationRole(doc, syn, trigger, prep, token) ?? ROLE_WORDS.obliqueRole(event, prep));
    if (use === 'none') continue;
    const found = parties(atEmbassy ? mission : token);
    if (use === 'actor') addAll(roles.actor, found, roles.why, (a) => `participant "${a.text}" from "${prep}"`);
    else addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" after "${prep}"`);
  }
  if (event === 'ASSAULT') fightOpponents(doc, syn, v, passive, parties, roles);
  // "came under fire from rebels" with "from rebels" hung on "fire": a phrase the trigger's phrase gives a role
  // (role-words.json phraseRoles) may hang on the noun the verb takes.
  for (const held of [...syn.objectsOf(v), ...syn.obliquesOf(v).map((o) => o.token)]) {
    for (const { token, prep } of syn.nominalModifiersOf(held)) {
      const use = prep === null ? undefined : ROLE_WORDS.phraseRole(trigger.rule.phrase, prep);
      if (use === 'actor') addAll(roles.actor, parties(token), roles.why, (a) => `actor "${a.text}" after "${prep}" (attached to "${doc.tokens[held]!.text}", the phrase of "${trigger.rule.phrase}")`);
      else if (use === 'recipient') addAll(roles.recipient, parties(token), roles.why, (a) => `recipient "${a.text}" after "${prep}" (attached to "${doc.tokens[held]!.text}", the phrase of "${trigger.rule.phrase}")`);
    }
  }
  // "provided $200 million in ODA to Kenya": with a receiver named, the other phrases ("in ODA") name none.
  if (handedTo.length > 0) roles.recipient = roles.recipient.filter((r) => handedTo.includes(r));
  // "condemned X for its refusal to talk to Y", "praised X over its offer to help Y": the one the
  // reason's act is aimed at is a target of the verb too.
  // (Not for force: "arrested X for collaborating with Y" does nothing to Y.)
  const reasons = event === 'COERCE' || event === 'ASSAULT' ? [] : [
    ...syn.obliquesOf(v).filter((o) => o.prep === 'for' || o.prep === 'over').flatMap((o) => syn.children(o.token).filter((c) => syn.relation(c) === 'acl' && doc.tokens[c]!.pos === 'VERB')),
    // "… for refusing to talk to Y": the reason as a clause, and the act it is about.
    ...syn.children(v).filter((c) => syn.relation(c) === 'advcl' && ['for', 'over'].includes(syn.markerOf(c) ?? '')).flatMap((c) => [c, ...syn.children(c).filter((k) => syn.relation(k) === 'xcomp')]),
  ];
  for (const c of reasons) {
    for (const inner of syn.obliquesOf(c)) {
      // Read as the inner act's own argument, whatever the outer act's type ("talk to Y" is aimed at Y).
      if (inner.prep === null || ROLE_WORDS.obliqueRole('', inner.prep) !== 'recipient') continue;
      addAll(roles.recipient, parties(inner.token).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" is the target of "${doc.tokens[c]!.text}", the reason for "${verb}"`);
    }
  }
  // A prepositional phrase the parse hung on the object rather than the verb ("demanding compensation from
  // Slovakia", "rejected the proposal from Sweden", "sent $2 million in relief to Malawi"), or on a
  // participle describing the object ("lifted a curfew imposed on Bolivian miners"): read it as the verb's
  // when the verb has no target yet, nearest phrase first.
  if (roles.recipient.length === 0 && !passive) {
    // "suspended fuel shipments and flights to Belarus": every conjunct of the object is the object.
    // Obliques that gave no party are walked too: "provided $3 million in funding to Lebanon".
    let frontier = [...syn.objectsOf(v).flatMap((o) => syn.conjuncts(o)), ...syn.obliquesOf(v).filter((o) => o.prep !== null && (ROLE_WORDS.obliqueRole(event, o.prep) === 'none' || parties(o.token).length === 0)).map((o) => o.token)];
    // Aid given "to help families in Malawi", "to assist Zambia": the purpose clause names who receives it.
    // The parse may hang the purpose on what is given ("donated trucks to help Malawi").
    const purposes = (): number[] => [v, ...syn.objectsOf(v).flatMap((o) => syn.conjuncts(o))].flatMap((h) => syn.children(h).filter((c) =>
      (syn.relation(c) === 'advcl' || (h !== v && syn.relation(c) === 'acl')) && syn.isInfinitive(c)));
    if (event === 'AID') frontier.push(...purposes().flatMap((c) => {
      const direct = syn.objectsOf(c).flatMap((o) => syn.conjuncts(o));
      for (const o of direct) addAll(roles.recipient, parties(o), roles.why, (a) => `recipient "${a.text}" is who the aid's purpose ("${doc.tokens[c]!.text}") is for`);
      for (const o of syn.obliquesOf(c)) if (o.prep === 'in' || o.prep === 'to' || o.prep === 'for') addAll(roles.recipient, parties(o.token), roles.why, (a) => `recipient "${a.text}" is where the aid's purpose ("${doc.tokens[c]!.text}") lies`);
      return [...direct, ...syn.obliquesOf(c).map((o) => o.token)];
    }));
    // "fired tear gas to disperse the crowd", "used water cannon to push back protesters": force
    // used on a crowd is aimed at whom its purpose clause acts on. (Not for other force: "attacked
    // the base to free their comrades" is not aimed at the comrades.)
    // (The parse may read the purpose as the verb's complement: "fired tear gas to disperse …" with "disperse" an xcomp.)
    const crowdPurposes = (): number[] => [...purposes(), ...syn.children(v).filter((c) => syn.relation(c) === 'xcomp' && syn.isInfinitive(c))];
    if (trigger.rule.mode === 'crowd-control') for (const c of crowdPurposes()) {
      for (const o of syn.objectsOf(c).flatMap((k) => syn.conjuncts(k))) addAll(roles.recipient, parties(o), roles.why, (a) => `recipient "${a.text}" is whom the purpose ("${doc.tokens[c]!.text}") of "${verb}" acts on`);
    }
    for (let depth = 0; depth < 3 && frontier.length > 0 && roles.recipient.length === 0; depth++) {
      const next: number[] = [];
      for (const noun of frontier) {
        // A plain `acl` verb is a participle whatever its tag: the tagger often reads "laid", "put" as past tense.
        const participles = syn.children(noun).filter((c) => syn.relation(c) === 'acl' && (doc.tokens[c]!.tag === 'VBN' || (doc.tokens[c]!.tag === 'VBD' && syn.fullRelation(c) === 'acl')));
        // ... or hung on the verb as its complement right after the object ("rejected the plan drawn up by …").
        if (syn.head(noun) === v) participles.push(...syn.children(v).filter((c) => syn.relation(c) === 'xcomp' && c > noun && (doc.tokens[c]!.tag === 'VBN' || doc.tokens[c]!.tag === 'VBD')));
        // A word the tagger read as an adjective ("a new offensive against …") carries its phrases as obliques.
        const ownPhrases = doc.tokens[noun]!.pos === 'ADJ' ? [...syn.nominalModifiersOf(noun), ...syn.obliquesOf(noun)] : syn.nominalModifiersOf(noun);
        const phrases = [...ownPhrases.map((m) => ({ ...m, via: noun })),
          ...participles.flatMap((c) => syn.obliquesOf(c).map((m) => ({ ...m, via: c }))),
          // "rejected the plan put forward by the opposition": the participle's agent made the claim.
          ...participles.flatMap((c) => { const agent = syn.agentOf(c); return agent === null ? [] : [{ token: agent, prep: 'by', via: c }]; })];
        // "cancelled a planned visit to Paris", "postponed talks with the rebels": the object is an act
        // whose own argument names the party (read as that act's noun), whatever the outer act's type.
        const actType = depth === 0 ? ROLE_WORDS.anaphorTypes(doc.tokens[noun]!.normal)[0] : undefined;
        for (const { token, prep, via } of phrases) {
          if (prep === null || prep === "'s") continue;
          // "denied charges by local activists", "rejected a request by the mayor": whoever made the claim is its target.
          const byClaimant = prep === 'by' && ROLE_WORDS.claimAnswerTypes.has(event);
          // "recaptured the town of Kidal from the rebels" with "from" hung on the town: taken from them.
          const takenFrom = prep === 'from' && via === noun && ROLE_WORDS.seizureTypes.has(event) && ROLE_WORDS.seizureVerbs.has(doc.tokens[v]!.lemma);
          const role = actType !== undefined && via === noun ? ROLE_WORDS.nounArgumentRole(actType, prep) : ROLE_WORDS.obliqueRole(event, prep);
          const found = byClaimant || takenFrom || (prep !== 'of' && role === 'recipient') ? parties(token) : [];
          if (found.length > 0) addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" after "${prep}" (attached to "${doc.tokens[via]!.text}")`);
          else next.push(token);
        }
      }
      frontier = next;
    }
  }
  // "demanded that Mugabe abandon …", "accused Iran of …": the subject of a statement's "that" clause is its target.
  if (roles.recipient.length === 0 && ROLE_WORDS.thatTargetTypes.has(event)) {
    for (const c of syn.complementsOf(v)) {
      const s = syn.subjectOf(c);
      if (s && s.via === 'own') addAll(roles.recipient, parties(s.token), roles.why, (a) => `recipient "${a.text}" is the subject of the clause "${verb}" is about`);
    }
  }
}

/** Words that open a clause telling how a harm came about at the same moment ("were hurt when …", "died as …"). */
const SAME_MOMENT_MARKERS = new Set(['when', 'as']);

/**
 * "Six constables were injured when miners hurled rocks at the post", "three farmers died as soldiers opened fire on the
 * market": harm told with no doer (a passive with no agent, a verb of dying) whose "when"/"as" clause tells an act of
 * force (a trigger of violence, arrest or a riot) names its doer there: that clause's subject, or the "by" agent of a
 * passive one ("when their convoy was ambushed by rebels"). Not a pronoun or an owner pronoun's thing ("when they tried
 * to flee", "when their vehicle struck a mine"), which take up the victims, nor the victims themselves.
 */
function harmDoneInWhenClause(doc: ArticleDoc, syn: SyntaxView, context: RoleContext, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const v = trigger.head;
  const undergoes = ROLE_WORDS.undergoerVerbs.has(doc.tokens[v]!.lemma);
  if ((!syn.isPassive(v) && !undergoes) || syn.agentOf(v) !== null) return;
  for (const c of syn.children(v)) {
    if (syn.relation(c) !== 'advcl') continue;
    const marker = syn.children(c).find((k) => SAME_MOMENT_MARKERS.has(doc.tokens[k]!.normal) && (syn.relation(k) === 'mark' || syn.relation(k) === 'advmod') && k < c);
    if (marker === undefined) continue;
    const act = context.triggers.find((t) => t.head === c && !t.nominal);
    if (!act || !(FORCE_KIN.has(act.rule.event) || act.rule.mode === 'riot')) continue;
    // "fought" misread as a passive participle ("gunmen fought over land"): only an auxiliary of the passive makes one.
    const passive = syn.children(c).some((k) => syn.fullRelation(k) === 'aux:pass');
    const agent = passive ? syn.agentOf(c) : null;
    const doers = passive ? (agent === null ? [] : [agent]) : syn.subjectsOf(c).filter((s) => syn.head(s) === c
      && doc.tokens[s]!.pos !== 'PRON' && !syn.children(s).some((k) => syn.fullRelation(k) === 'nmod:poss' && doc.tokens[k]!.pos === 'PRON'));
    const found = doers.flatMap(parties).filter((a) => !roles.recipient.includes(a));
    addAll(roles.actor, found, roles.why, (a) => `actor "${a.text}" does the act ("${doc.tokens[c]!.text}") of the "${doc.tokens[marker]!.text}" clause the harm "${doc.tokens[v]!.text}" came about in`);
  }
}

/**
 * "Three militants were killed in a gunfight with police", "two soldiers died during an exchange of
 * fire with rebels": an act told as happening in a fight (role-words.json fightingNouns settingPreps)
 * names the fight's other side after "with" (for a casualty, both sides after "between") — hung on the fight noun, on its "of fire", or on the
 * verb right after the fight phrase. Where the subject undergoes the act (a passive, a verb of
 * dying) that side did it; where the subject did it and no target is named ("troops killed six in a
 * shootout with a gang" has one), it is the target.
 * "were killed by gunfire from soldiers", "died in an attack by pirates": a casualty told as suffering
 * in or by an attack or its means (role-words.json attackMeans) names the doer after "by" or "from".
 */
function fightOpponents(doc: ArticleDoc, syn: SyntaxView, v: number, passive: boolean, parties: (n: number) => ActorMention[], roles: Roles): void {
  const use = passive ? roles.actor : roles.recipient;
  if (use.length > 0) return;
  const isFight = (n: number): boolean => {
    const t = doc.tokens[n]!;
    if (ROLE_WORDS.fightingNouns.has(t.normal) || ROLE_WORDS.fightingNouns.has(t.lemma)) return true;
    return ROLE_WORDS.fightExchange.nouns.has(t.normal) && syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && ROLE_WORDS.fightExchange.fire.has(doc.tokens[m.token]!.lemma));
  };
  const isAttack = (n: number): boolean => ROLE_WORDS.attackMeans.nouns.has(doc.tokens[n]!.normal) || ROLE_WORDS.attackMeans.nouns.has(doc.tokens[n]!.lemma);
  const obliques = syn.obliquesOf(v);
  const agent = passive ? syn.agentOf(v) : null;
  // "were killed in fighting between troops and militiamen": the parse may read the fight's word as a gerund clause
  // ("in" its marker), which names the fight as the noun does; its sides hang on it as obliques.
  const gerunds = syn.children(v).filter((c) => syn.relation(c) === 'advcl' && doc.tokens[c]!.tag === 'VBG' && isFight(c))
    .map((c) => ({ token: c, prep: syn.markerOf(c) ?? syn.caseOf(c) })).filter((o) => o.prep !== null && ROLE_WORDS.fightSettingPreps.has(o.prep) && !ROLE_WORDS.sequencePreps.has(o.prep));
  const settings = [...obliques.filter((o) => o.prep !== null && ROLE_WORDS.fightSettingPreps.has(o.prep)), ...gerunds, ...(agent === null ? [] : [{ token: agent, prep: 'by' }])];
  for (const setting of settings) {
    const fight = isFight(setting.token);
    // Only a casualty names the doer of an attack this way ("troops killed six in an attack by …" is not told so).
    const attack = !fight && passive && isAttack(setting.token);
    if (!fight && !attack) continue;
    // "were killed in clashes between herders and farmers": for a casualty, both sides a fight is "between" made it.
    const sidePreps = (prep: string | null) => prep !== null && (fight ? prep === 'with' || (passive && prep === 'between') : ROLE_WORDS.attackMeans.preps.has(prep));
    const holders = [setting.token, ...syn.nominalModifiersOf(setting.token).filter((m) => m.prep === 'of').map((m) => m.token)];
    const gerund = gerunds.some((g) => g.token === setting.token);
    const sides = [...holders.flatMap((h) => syn.nominalModifiersOf(h)), ...(gerund ? syn.obliquesOf(setting.token) : [])].filter((m) => sidePreps(m.prep))
      .flatMap((m) => (m.prep === 'between' ? syn.conjuncts(m.token) : [m.token]));
    // The parse may hang the side's phrase on the verb, right after the fight or attack phrase.
    const after = syn.subtreeRange(setting.token)[1] + 1;
    sides.push(...obliques.filter((o) => sidePreps(o.prep) && syn.subtreeRange(o.token)[0] === after).map((o) => o.token));
    // "were killed in a militant attack", "died in a Houthi drone strike": the attack's own doer word names who made it.
    if (attack) sides.push(...attackDoers(doc, syn, setting.token));
    // "Five soldiers were killed in fighting between the army and rebels": the casualties' own force (its sector, and no
    // other code) is not their killer; the other side is.
    const ownSide = (a: ActorMention) => passive && fight && a.sector !== null && ROLE_WORDS.fightForceSectors.has(a.sector)
      && roles.recipient.some((r) => r.sector === a.sector && (r.code === null || a.code === null || r.code === a.code));
    for (const a of sides.flatMap((s) => parties(s)).filter(ownSide)) roles.why.push(`"${a.text}" is the casualties' own side of the ${doc.tokens[setting.token]!.text}, not who made it`);
    const found = sides.flatMap((s) => parties(s)).filter((a) => !roles.actor.includes(a) && !roles.recipient.includes(a) && !ownSide(a));
    const how = fight ? 'the other side of the' : 'who made the';
    addAll(use, found, roles.why, (a) => `${passive ? 'actor' : 'recipient'} "${a.text}" is ${how} ${doc.tokens[setting.token]!.text} the act happened in ("${setting.prep} …")`);
  }
}

/**
 * "Troops retook the village of Mbakolo from the rebels", "wrested control of the airport from the
 * army": ground taken by force (role-words.json seizureVerbs `ground`) is where the act happened; the
 * party it was taken from, after "from" on the verb or — as the parser often hangs it — anywhere in
 * the object's phrase, is the target. A party read from the ground's own phrase ("village" as
 * villagers, "the town of X" read as a name) is then no recipient.
 */
function groundTakenFrom(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const v = trigger.head;
  const verb = doc.tokens[v]!;
  if (!ROLE_WORDS.seizureTypes.has(trigger.rule.event) || syn.isPassive(v)) return;
  if (!ROLE_WORDS.seizureVerbs.has(verb.lemma) && !ROLE_WORDS.seizureVerbs.has(verb.normal)) return;
  const grounds = syn.objectsOf(v).flatMap((o) => syn.conjuncts(o)).filter((o) => ROLE_WORDS.seizureGround.has(doc.tokens[o]!.normal));
  if (grounds.length === 0) return;
  const holders: number[] = syn.obliquesOf(v).filter((o) => o.prep === 'from').map((o) => o.token);
  const inGround: Array<[number, number]> = grounds.map((g) => syn.subtreeRange(g));
  for (const [lo, hi] of inGround) for (let k = lo; k <= hi; k++) if (syn.relation(k) === 'nmod' && syn.caseOf(k) === 'from') holders.push(k);
  const found = holders.flatMap((h) => parties(h)).filter((a) => !roles.actor.includes(a));
  if (found.length === 0) return;
  const holderTokens = new Set(holders.flatMap((h) => { const [lo, hi] = syn.subtreeRange(h); return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k); }));
  const inside = (a: ActorMention) => inGround.some(([lo, hi]) => a.span.start >= doc.tokens[lo]!.start && a.span.end <= doc.tokens[hi]!.end)
    && ![...holderTokens].some((k) => a.span.start <= doc.tokens[k]!.start && doc.tokens[k]!.end <= a.span.end);
  for (const a of roles.recipient.filter(inside)) roles.why.push(`"${a.text}" is in the ground taken ("${verb.text} … from"), not a party`);
  roles.recipient = roles.recipient.filter((a) => !inside(a));
  addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" is whom the ground was taken from ("${verb.text} … from")`);
}

/**
 * "the militia will return the trucks it seized from the army", "handed back the farms taken from their owners": what is
 * given back was taken by force from someone (role-words.json seizureVerbs, or "take"/"steal"/"loot", told in a clause on
 * the object); with no one named to receive it, the one it was taken from gets it back and is the return's target.
 */
function returnedToHolder(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const taking = (k: number) => ROLE_WORDS.seizureVerbs.has(doc.tokens[k]!.lemma) || ROLE_WORDS.seizureVerbs.has(doc.tokens[k]!.normal) || ROLE_WORDS.takingVerbs.has(doc.tokens[k]!.lemma);
  const objects = syn.objectsOf(trigger.head).flatMap((o) => syn.conjuncts(o));
  const clauses = objects.flatMap((o) => syn.children(o).filter((c) => syn.relation(c) === 'acl' && taking(c)));
  const holders = clauses.flatMap((c) => syn.obliquesOf(c).filter((o) => o.prep === 'from').map((o) => o.token));
  const found = holders.flatMap((h) => parties(h)).filter((a) => !roles.actor.includes(a));
  addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" is whom what is returned was taken from ("${doc.tokens[trigger.head]!.text} … from")`);
}

/**
 * The words before an attack noun that name who made it: "a militant attack", "a Houthi missile",
 * "an RSF drone strike" (the doer of a compound's first noun too), and the possessor ("Hamas's
 * ambush").
 */
function attackDoers(doc: ArticleDoc, syn: SyntaxView, noun: number): number[] {
  const out: number[] = [];
  for (const head of [noun, ...syn.children(noun).filter((c) => syn.relation(c) === 'compound' && doc.tokens[c]!.pos === 'NOUN')]) {
    for (const m of syn.modifiersOf(head)) if (m < noun) out.push(m);
  }
  return out;
}

/**
 * "Forty soldiers returned home from Russian captivity", "two aid workers were freed from Taliban
 * detention", "a teacher detained by Iran was released": a release is done by whoever held the
 * captives (role-words.json `captivity`) — the owner of the captivity they come or are freed
 * "from" (its modifier, possessor or "of" phrase, or a state it lies "in"), or the "by" agent of a
 * participle of holding on the freed. Those who come back "from" captivity with no object of their
 * own are the freed: the subject of the active verb is the recipient, not the doer. The captor is
 * never the one freed.
 */
function releasedFromCaptors(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const tokens = doc.tokens;
  const v = trigger.head;
  const isCaptivity = (n: number) => ROLE_WORDS.captivityNouns.has(tokens[n]!.normal) || ROLE_WORDS.captivityNouns.has(tokens[n]!.lemma);
  const phrases = trigger.nominal ? syn.nominalModifiersOf(v) : syn.obliquesOf(v);
  const captivities = phrases.filter((o) => (o.prep === 'from' || o.prep === 'out of') && isCaptivity(o.token)).map((o) => o.token);
  // The captivity word itself read as a body ("released from prison") names no captor: only its owner does — also when
  // the owner is a force word the actors stage read with it ("police custody", "military detention": the force held them).
  const ownedByForce = (a: ActorMention, noun: number) => a.span.start < tokens[noun]!.start && a.sector !== null && ARMED_SECTORS.has(a.sector);
  const ownersOf = (noun: number): ActorMention[] => [
    ...parties(noun).filter((a) => !(a.span.start <= tokens[noun]!.start && tokens[noun]!.end <= a.span.end) || ownedByForce(a, noun)),
    // "captivity in Russia": a state it lies in (not a town: "custody in Kabul" says where, not whose).
    ...syn.nominalModifiersOf(noun).filter((m) => m.prep === 'in' && !isPlace(doc, index, m.token)).flatMap((m) => parties(m.token)).filter((a) => a.actorKind === 'country'),
  ];
  const captors: ActorMention[] = captivities.flatMap(ownersOf);
  // Nor is it one of the freed: "were released from prison" frees no prison.
  const held = roles.recipient.filter((a) => captivities.some((n) => a.span.start <= tokens[n]!.start && tokens[n]!.end <= a.span.end));
  roles.recipient = roles.recipient.filter((a) => !held.includes(a));
  const passive = !trigger.nominal && syn.isPassive(v);
  // The freed: the passive subject, the active object, the noun's "of" phrase, or the subject of a verb of coming back.
  const comesBack = !trigger.nominal && !passive && captivities.length > 0 && syn.objectsOf(v).length === 0;
  const freed = trigger.nominal ? syn.nominalModifiersOf(v).filter((m) => m.prep === 'of').map((m) => m.token)
    : passive || comesBack ? syn.subjectsOf(v) : syn.objectsOf(v);
  if (comesBack) {
    for (const s of freed) {
      const found = parties(s);
      roles.actor = roles.actor.filter((a) => !found.includes(a));
      addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" comes back from ${tokens[captivities[0]!]!.text} ("${tokens[v]!.text} … from"): the one freed`);
    }
  }
  for (const f of freed.flatMap((x) => syn.conjuncts(x))) {
    for (const c of syn.children(f)) {
      if (syn.relation(c) !== 'acl' || tokens[c]!.tag !== 'VBN' || !ROLE_WORDS.holdVerbs.has(tokens[c]!.lemma)) continue;
      const agent = syn.agentOf(c);
      if (agent !== null) captors.push(...syn.conjuncts(agent).flatMap(parties));
      for (const o of syn.obliquesOf(c)) if (o.prep === 'in' && isCaptivity(o.token)) captors.push(...ownersOf(o.token));
    }
  }
  if (captors.length === 0) return;
  roles.recipient = roles.recipient.filter((r) => !captors.includes(r));
  if (roles.actor.length > 0) return;
  addAll(roles.actor, captors, roles.why, (a) => `actor "${a.text}" held the captives the ${tokens[v]!.text} freed`);
}

/**
 * "Chad lost six soldiers in an ambush by the rebels", "the army suffered heavy losses in fighting
 * with the militia": an act of force told as the setting (fightingNouns settingPreps) of a verb of
 * losing (role-words.json lossVerbs) was done to that verb's subject — the target of an attack, a
 * side of a two-sided fight (where the sides are read as one, the target joins the actors).
 */
function lossSufferers(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const act = trigger.head;
  // "lost two officers in a shootout" with the act hung on what was lost: the setting of the loss all the same.
  const onLost = trigger.nominal && syn.relation(act) === 'nmod' && syn.relation(syn.head(act)) === 'obj';
  const host = onLost ? syn.head(syn.head(act)) : syn.head(act);
  if (host < 0 || !ROLE_WORDS.lossVerbs.has(doc.tokens[host]!.lemma) || syn.isPassive(host)) return;
  const prep = trigger.nominal ? (syn.relation(act) === 'obl' || onLost ? syn.caseOf(act) : null) : (syn.relation(act) === 'advcl' ? syn.markerOf(act) : null);
  if (prep === null || !ROLE_WORDS.fightSettingPreps.has(prep)) return;
  for (const s of syn.subjectsOf(host)) {
    // The noun's act read as the subject's own ("Kenya lost three soldiers in a blast"): who loses in it did not do it.
    const sufferers = parties(s);
    roles.actor = roles.actor.filter((a) => !sufferers.includes(a));
    addAll(roles.recipient, sufferers, roles.why, (a) => `recipient "${a.text}" suffered the ${doc.tokens[act]!.text} ("${doc.tokens[host]!.text} … ${prep}")`);
  }
}

/**
 * "Ukraine received air defence systems from the United States", "took delivery of a frigate from
 * China": aid told from the side aided. The subject receives; whoever it is received "from" gives,
 * whether the parse hangs the phrase on the verb or inside what is received (role-words.json
 * receivingVerbs).
 */
function receivedAid(doc: ArticleDoc, syn: SyntaxView, v: number, parties: (n: number) => ActorMention[], roles: Roles): void {
  const verb = doc.tokens[v]!.text;
  const subject = syn.subjectOf(v);
  for (const s of subject === null ? [] : subject.via === 'own' ? syn.subjectsOf(v) : [subject.token]) {
    addAll(roles.recipient, parties(s), roles.why, (a) => `recipient "${a.text}" is the subject of "${verb}": the one aided`);
  }
  const givers = syn.obliquesOf(v).filter((o) => o.prep === 'from').map((o) => o.token);
  // "received 50 million euros in budget support from the EU": the phrase hung on what is received or on a phrase saying what it is.
  for (const o of [...syn.objectsOf(v), ...syn.obliquesOf(v).map((x) => x.token)]) {
    const [lo, hi] = syn.subtreeRange(o);
    for (let k = lo; k <= hi; k++) if (syn.relation(k) === 'nmod' && syn.caseOf(k) === 'from') givers.push(k);
  }
  for (const g of givers) addAll(roles.actor, parties(g).filter((a) => !roles.recipient.includes(a)), roles.why, (a) => `actor "${a.text}" gives what "${verb}" takes ("from")`);
}

/**
 * "Turkey threatened to launch an offensive against the militia", "refused to meet the envoy": a
 * statement whose content is an act told by an infinitive that is no trigger of its own is aimed
 * at whom that act is done to — the infinitive's object and phrases, read as the statement's own
 * (role-words.json `infinitiveContent`). A trigger infinitive is the statement's complement and
 * gives its recipients where the events are coded.
 */
function infinitiveContent(doc: ArticleDoc, syn: SyntaxView, context: RoleContext, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  for (const c of syn.children(trigger.head)) {
    if (syn.relation(c) !== 'xcomp' || !syn.isInfinitive(c) || doc.tokens[c]!.pos !== 'VERB') continue;
    if (context.triggers.some((t) => t.head === c || syn.ancestors(t.head).includes(c))) continue;
    const inner: Roles = { actor: [], recipient: [], thirdParty: [], why: [] };
    verbalRoles(doc, syn, context.index, { ...trigger, head: c, end: c + 1, nominal: false }, parties, inner);
    const found = inner.recipient.filter((a) => !roles.actor.includes(a));
    addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" is whom "${doc.tokens[c]!.text}", what "${doc.tokens[trigger.head]!.text}" is about, is aimed at`);
  }
}

/**
 * "carried out a strike, targeting rebel commanders", "fired tear gas, hitting protesters": a
 * participle adjunct of the act's verb (a noun act's governing verb) says whom the force was aimed
 * at. The participle's own object, and "aimed at X", give the recipient.
 */
function aimedAt(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const verb = trigger.nominal ? syn.head(trigger.head) : trigger.head;
  if (verb < 0) return;
  for (const c of syn.children(verb)) {
    const t = doc.tokens[c]!;
    if (syn.relation(c) !== 'advcl' || (t.tag !== 'VBG' && t.tag !== 'VBN') || !ROLE_WORDS.aimVerbs.has(t.lemma) || syn.markerOf(c) !== null) continue;
    const aims = t.tag === 'VBG' ? syn.objectsOf(c) : syn.obliquesOf(c).filter((o) => o.prep === 'at').map((o) => o.token);
    for (const o of aims.flatMap((a) => syn.conjuncts(a))) addAll(roles.recipient, parties(o).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" is what "${t.text}" names as the aim`);
  }
}

/**
 * Who made what a protest or a denunciation is against: "a sit-in to denounce the
 * county council's ruling", "went on strike over a labour law passed by parliament", "marched in
 * protest against the arrest of their leader by the police". The target is the author of the
 * thing opposed — its possessor, or the "by" agent of the thing or of a participle describing
 * it — and, when the thing is itself an act ("the arrest of their leader by the police"), its
 * doer rather than whom it was done to. The phrases read are the act's own arguments by
 * preposition (role-words.json `opposedAuthors`), its verb's object, and the object of a purpose
 * clause whose verb is one of opposing ("… to protest X", "… to denounce X").
 */
function opposedAuthors(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, context: RoleContext, parties: (n: number) => ActorMention[], roles: Roles): void {
  const words = ROLE_WORDS.opposedAuthors;
  const v = trigger.head;
  const verb = trigger.nominal ? syn.head(v) : v;
  const hosts = trigger.nominal ? [v, ...(verb >= 0 ? [verb] : [])] : [v];
  // "marched in protest against X", "in protest of X": an oblique noun of the same act is the act told again,
  // whose "of" phrase is what is opposed (elsewhere "a boycott of US products" names no one opposed).
  const retold: number[] = [];
  for (const h of hosts) for (const o of syn.obliquesOf(h)) if (context.triggers.some((t) => t.head === o.token && t.nominal && t.rule.event === trigger.rule.event)) retold.push(o.token);
  const opposed: number[] = [];
  for (const h of [...hosts, ...retold]) {
    for (const o of [...syn.obliquesOf(h), ...syn.nominalModifiersOf(h)]) {
      if (o.prep !== null && (words.preps.has(o.prep) || (o.prep === 'of' && retold.includes(h)))) opposed.push(...syn.conjuncts(o.token));
    }
  }
  if (!trigger.nominal) opposed.push(...syn.objectsOf(v).flatMap((o) => syn.conjuncts(o)));
  // "staged a sit-in to denounce X": a purpose clause of opposing on the act or its verb.
  for (const h of hosts) {
    for (const c of syn.children(h)) {
      if (!['advcl', 'acl'].includes(syn.relation(c)) || !syn.isInfinitive(c) || !words.purposeVerbs.has(doc.tokens[c]!.lemma)) continue;
      opposed.push(...syn.objectsOf(c).flatMap((o) => syn.conjuncts(o)));
      for (const o of syn.obliquesOf(c)) if (o.prep !== null && words.preps.has(o.prep)) opposed.push(...syn.conjuncts(o.token));
    }
  }
  const isAct = (n: number) => context.triggers.some((t) => t.head === n && t.nominal);
  for (const n of opposed) {
    // What the thing names as its own (its head, possessor, modifiers), not the members of an "of" group ("settlement of immigrants").
    const own = syn.conjuncts(n).flatMap((c) => coreActors(syn, context.index, c));
    const [lo, hi] = syn.subtreeRange(n);
    const inPhrase = (a: ActorMention) => a.span.start >= doc.tokens[lo]!.start && a.span.end <= doc.tokens[hi]!.end;
    // The author: the possessor, a "by" phrase on the thing, or the "by" agent of a participle on it.
    const authors: ActorMention[] = [];
    for (const m of syn.nominalModifiersOf(n)) if (m.prep === "'s" || m.prep === 'by') authors.push(...parties(m.token));
    // "the arrest of their leader by the police": the parser often hangs an act's "by" phrase on the last noun before it.
    if (isAct(n)) for (let k = lo; k <= hi; k++) if (k !== n && syn.relation(k) === 'nmod' && syn.caseOf(k) === 'by') authors.push(...parties(k));
    for (const c of syn.children(n)) {
      if (syn.relation(c) !== 'acl' || doc.tokens[c]!.tag !== 'VBN') continue;
      const agent = syn.agentOf(c);
      if (agent !== null) authors.push(...parties(agent));
    }
    // A thing that names a party of its own ("protested against Poland's decision", "against the government") is aimed at it;
    // an act is aimed at its doer, not at whom it was done to.
    const chosen = isAct(n) && authors.length > 0 ? authors : own.length > 0 ? own : authors;
    if (chosen.length === 0 || chosen.every((a) => roles.recipient.includes(a))) continue;
    const dropped = roles.recipient.filter((r) => inPhrase(r) && !chosen.includes(r));
    roles.recipient = roles.recipient.filter((r) => !dropped.includes(r));
    addAll(roles.recipient, chosen.filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" made what the ${doc.tokens[v]!.text} opposes ("${doc.tokens[n]!.text}")`);
  }
}

/** "offered to send 30,000 troops", "offered 500 soldiers": a force no one is named for is what is offered, not a target. */
export function offeredForce(doc: ArticleDoc, event: string, party: ActorMention): boolean {
  return event === 'AGREE' && party.code === null && ROLE_WORDS.isForceNoun(doc.tokens[lastTokenOf(doc, party)]!);
}

/** The index of the last token of an actor's span. */
function lastTokenOf(doc: ArticleDoc, actor: ActorMention): number {
  return Math.max(0, lowerBound(doc.tokens, actor.span.end) - 1);
}

/** Acts that move a thing to someone: its object is the thing, not a party. */
const handsOver = (trigger: TriggerMatch): boolean => trigger.rule.event === 'AID' || (trigger.rule.event === 'RETREAT' && trigger.rule.mode === 'return');

/** Whether a "to" phrase hangs anywhere inside the noun phrase of `n` (the parser often hangs it on the last noun). */
function hasToPhrase(doc: ArticleDoc, syn: SyntaxView, n: number): boolean {
  const [first, last] = syn.subtreeRange(n);
  for (let k = first; k <= last; k++) if (doc.tokens[k]!.normal === 'to' && syn.relation(k) === 'case') return true;
  return false;
}

/**
 * Who receives what an AID, COOPERATE or AGREE verb hands on or offers: the parties of its "to"
 * phrases (and "with" for cooperation), on the verb or — as the parser often hangs them — on a
 * noun after it within its clause ("extradited a drug lord to the United States", "provided $400
 * million in total aid to Ghana", "offered two frigates to NATO"). Empty for other types, and
 * when the receiving phrase names no party.
 */
function receiversOfTransfer(doc: ArticleDoc, syn: SyntaxView, v: number, event: string, parties: (n: number) => ActorMention[]): ActorMention[] {
  if (event !== 'AID' && event !== 'COOPERATE' && event !== 'AGREE') return [];
  const receivingPrep = (prep: string | null) => prep === 'to' || (prep === 'with' && event === 'COOPERATE');
  const phrases = syn.obliquesOf(v).filter((o) => receivingPrep(o.prep)).map((o) => o.token);
  for (let k = v + 1; k <= syn.subtreeRange(v)[1]; k++) {
    const noun = syn.head(k);
    if (syn.relation(k) !== 'case' || !receivingPrep(doc.tokens[k]!.normal) || syn.relation(noun) !== 'nmod') continue;
    // Within the verb's own clause: no other verb between the phrase and the verb.
    const path = syn.ancestors(noun);
    const upTo = path.indexOf(v);
    if (upTo >= 0 && path.slice(0, upTo).every((a) => doc.tokens[a]!.pos !== 'VERB')) phrases.push(noun);
  }
  return [...new Set(phrases.flatMap((t) => parties(t)))];
}

/**
 * "the deployment of 400 troops, including 30 medics, to Haiti": the parse makes the example after "including" a conjunct
 * of the act noun and hangs the phrase after its closing comma on it. That phrase is the act noun's own (the example is a
 * parenthesis): its "to", "against", "with" phrases name the act's parties as they would right after the noun.
 */
function afterExample(doc: ArticleDoc, syn: SyntaxView, n: number): { token: number; prep: string | null }[] {
  const examples = syn.children(n).filter((c) => syn.relation(c) === 'conj' && c > n
    && syn.children(c).some((k) => k < c && syn.relation(k) === 'case' && EXEMPLAR_PREPS.has(doc.tokens[k]!.normal)));
  return examples.flatMap((c) => syn.nominalModifiersOf(c).filter((m) => m.token > c && m.prep !== null && m.prep !== 'of' && m.prep !== "'s"
    && syn.children(m.token).some((k) => syn.relation(k) === 'case' && doc.tokens[k - 1]?.text === ',')));
}

/** The noun an "on strike"-like phrase is said of ("Nurses on strike"), or null. */
export function stateHolder(syn: SyntaxView, n: number): number | null {
  if (syn.relation(n) !== 'nmod' || syn.caseOf(n) !== 'on') return null;
  const head = syn.head(n);
  return head >= 0 && syn.tokens[head]!.pos !== 'VERB' ? head : null;
}

/**
 * The phrases that name what an act noun is done to ("the killing *of* …", "the raid *on* …"). Not "against": what a
 * protest or a boycott is against is often another act, whose own "by" agent that is ("a boycott of exams over
 * beatings by wardens" hangs the wardens on the beatings).
 */
const TARGET_PREPS = new Set(['of', 'on', 'upon']);

/**
 * "the killing of three protesters by police", "the raid on the compound by commandos": the parse may hang an act noun's
 * "by" agent on the phrase of what it is done to, but the one acted on does not act through a bare "by" phrase ("people
 * displaced by floods" is a participle's own; "a village held by rebels", a participle's, is not a bare phrase).
 */
function byOnTarget(syn: SyntaxView, n: number): { token: number; prep: string }[] {
  // A target that is itself an act ("a crackdown on rallies by farmers", "a ban on marches by veterans") has the "by"
  // agent as its own doer: the farmers hold the rallies, they do not crack down.
  return syn.nominalModifiersOf(n).filter((m) => m.prep !== null && TARGET_PREPS.has(m.prep) && !namesAnAct(syn.tokens[m.token]!))
    .flatMap((m) => syn.nominalModifiersOf(m.token).filter((b) => b.prep === 'by')).map(({ token }) => ({ token, prep: 'by' }));
}

/** Whether a noun names an act of some type (a trigger noun, an act noun the role words know). */
function namesAnAct(t: { normal: string; lemma: string }): boolean {
  return typesOfNoun(t.normal).size > 0 || typesOfNoun(t.lemma).size > 0;
}

/** Acts of force that armed doers do together, so that a list of them shares its doer. */
const FORCE_KIN = new Set(['ASSAULT', 'COERCE']);

/** Whether the act noun `c` of a list is of a kind whose doer the act of type `event` may share (same type, or force). */
function sharesDoerWith(doc: ArticleDoc, context: RoleContext, c: number, event: string): boolean {
  const told = context.triggers.filter((t) => t.head === c && t.nominal).map((t) => t.rule.event);
  const types = told.length > 0 ? told : [...typesOfNoun(doc.tokens[c]!.normal), ...typesOfNoun(doc.tokens[c]!.lemma)];
  return types.some((t) => t === event || (FORCE_KIN.has(t) && FORCE_KIN.has(event)));
}

/** Who an act noun names as its doer: its possessor ("the army's shelling") or its "by" phrase, wherever the parse hung it. */
function actNounDoers(syn: SyntaxView, n: number, parties: (n: number) => ActorMention[]): ActorMention[] {
  const by = [...syn.nominalModifiersOf(n).filter((m) => m.prep === 'by' || m.prep === "'s"), ...strayByPhrases(syn, n).map((token) => ({ token })), ...byOnTarget(syn, n)];
  return by.flatMap((m) => parties(m.token));
}

/**
 * "protests led by students", "raids carried out by the police", "a deal reached by Ethiopia and Somalia": a participle
 * of doing the act (role-words.json doerParticiples) that describes the act noun names the act's doer as its "by" agent,
 * and the act's sides in its "between" phrase ("an accord signed in May between the two states"). The participle is
 * the verb of the act told as a noun, so its agent is the noun's doer just as the noun's own "by" phrase would be; a
 * participle of judging or meeting the act ("protests condemned by the government") is no such verb, nor is a broker's
 * ("talks hosted by Qatar", a third party).
 */
function doerParticipleRoles(doc: ArticleDoc, syn: SyntaxView, n: number, event: string, parties: (n: number) => ActorMention[], roles: Roles): void {
  const noun = doc.tokens[n]!.text;
  for (const c of syn.children(n)) {
    const participle = doc.tokens[c]!;
    if (syn.relation(c) !== 'acl' || !ROLE_WORDS.doerParticiples.has(participle.lemma) || ROLE_WORDS.brokers(participle.normal, event)) continue;
    const agent = syn.agentOf(c);
    if (agent !== null) addAll(roles.actor, parties(agent), roles.why, (a) => `actor "${a.text}" is the "by" agent of "${noun} ${participle.text}"`);
    for (const o of syn.obliquesOf(c).filter((x) => x.prep === 'between')) {
      const use = ROLE_WORDS.nounArgumentRole(event, 'between');
      if (use === 'none') continue;
      const sides = syn.conjuncts(o.token).flatMap((side) => parties(side));
      if (use === 'actor') addAll(roles.actor, sides, roles.why, (a) => `participant "${a.text}" from "${noun} ${participle.text} … between"`);
      else addAll(roles.recipient, sides, roles.why, (a) => `recipient "${a.text}" from "${noun} ${participle.text} … between"`);
    }
  }
}

function nominalRoles(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, context: RoleContext, parties: (n: number) => ActorMention[], roles: Roles): void {
  const n = trigger.head;
  const noun = doc.tokens[n]!.text;
  const event = trigger.rule.event;
  // "Venezuela was hit with new US sanctions": the one a penalty is delivered to is its target.
  const deliverer = syn.head(n);
  if (deliverer >= 0 && syn.caseOf(n) === 'with' && ROLE_WORDS.penaltyVerbs.has(doc.tokens[deliverer]!.lemma)) {
    const hit = syn.isPassive(deliverer) ? syn.subjectsOf(deliverer) : syn.objectsOf(deliverer);
    for (const h of hit) addAll(roles.recipient, parties(h), roles.why, (a) => `recipient "${a.text}" is who "${doc.tokens[deliverer]!.text}" delivers the ${noun} to`);
    const agent = syn.isPassive(deliverer) ? syn.agentOf(deliverer) : null;
    if (agent !== null) addAll(roles.actor, parties(agent), roles.why, (a) => `actor "${a.text}" is the agent of "${doc.tokens[deliverer]!.text} … ${noun}"`);
  }
  // A town, site or region naming the act is where it happened, not who did it: "the Geneva talks",
  // "the Gaza offensive", "the Darfur campaign" (a country still names a party: "US mediation",
  // "Russian shelling").
  const townName = (a: ActorMention) => doc.places.some((p) => p.span.start === a.span.start && p.span.end === a.span.end && p.level !== 'country');
  // "the activist's arrest", "the prisoners' release": a noun of an act done to someone (role-words.json
  // patientPossessorNouns) whose "of" phrase does not name that one has them as its possessor; they are its recipient.
  const patientPossessor = ROLE_WORDS.patientPossessorNouns.has(doc.tokens[n]!.normal) && !syn.nominalModifiersOf(n).some((m) => m.prep === 'of');
  for (const m of syn.modifiersOf(n)) {
    if (patientPossessor && syn.fullRelation(m) === 'nmod:poss') {
      addAll(roles.recipient, parties(m), roles.why, (a) => `recipient "${a.text}" is the possessor of "${noun}", the one it is done to`);
      continue;
    }
    addAll(roles.actor, parties(m).filter((a) => !townName(a)), roles.why, (a) => `actor "${a.text}" modifies the noun "${noun}"`);
  }
  // "the barricade that truckers erected", "the sit-in that students staged": a relative clause of doing names the doer.
  for (const s of relativeClauseDoers(doc, n)) addAll(roles.actor, parties(s), roles.why, (a) => `actor "${a.text}" is the subject of the relative clause on "${noun}"`);
  // "Nurses on strike", "miners on a sit-in": the people the state is said of do it.
  const holder = stateHolder(syn, n);
  if (holder !== null) addAll(roles.actor, parties(holder), roles.why, (a) => `actor "${a.text}" is "on ${noun}"`);
  for (const { token, prep } of [...syn.nominalModifiersOf(n), ...strayByPhrases(syn, n).map((token) => ({ token, prep: 'by' })), ...byOnTarget(syn, n), ...afterExample(doc, syn, n)]) {
    if (prep === "'s") {
      if (patientPossessor) continue;
      addAll(roles.actor, parties(token), roles.why, (a) => `actor "${a.text}" is the possessor of "${noun}"`);
      continue;
    }
    if (prep === 'by') {
      addAll(roles.actor, parties(token), roles.why, (a) => `actor "${a.text}" from "${noun} by"`);
      continue;
    }
    if (prep === null) continue;
    // "the deployment of NATO troops", "the withdrawal of Russian forces": the force of a movement acts.
    if (prep === 'of' && ROLE_WORDS.forceActsTypes.has(event) && ROLE_WORDS.isForceNoun(doc.tokens[token]!)) {
      // "the deployment of Danish troops in Mali", "the withdrawal of troops from Iraq": where the force
      // goes or leaves is the movement's, wherever the parse hung it — not whose force it is.
      const destinations = syn.nominalModifiersOf(token).filter((inner) => inner.prep !== null && inner.prep !== 'of' && inner.prep !== "'s" && ROLE_WORDS.nounArgumentRole(event, inner.prep) === 'recipient');
      const destinationParties = new Set(destinations.flatMap((inner) => parties(inner.token)));
      let force = parties(token).filter((a) => !destinationParties.has(a));
      // "Ghana announced the deployment of 400 troops", "parliament approved the deployment of troops": a
      // force no one is named for is the announcer's or the approver's own.
      const governor = syn.head(n);
      const lemma = governor >= 0 ? doc.tokens[governor]!.lemma : '';
      if (force.every((a) => a.code === null) && governor >= 0 && (ROLE_WORDS.lightVerbs.has(lemma) || carriesAct(lemma))) {
        const owners = syn.subjectsOf(governor).flatMap((s) => parties(s)).filter((a) => a.code !== null && !destinationParties.has(a));
        if (owners.length > 0) {
          force = owners;
          roles.why.push(`the force of the ${noun}, named for no one, is that of the subject of "${doc.tokens[governor]!.text}"`);
        }
      }
      addAll(roles.actor, force, roles.why, (a) => `"${a.text}" names the force of the ${noun}`);
      for (const inner of destinations) addAll(roles.recipient, parties(inner.token).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" from "${noun} of … ${inner.prep}"`);
      continue;
    }
    // "the 2014 war with Armenia", "clashes with the army": a two-sided act noun's "with" names its other side, as the
    // verb's does ("clashed with the army"); elsewhere an ASSAULT noun's "with" is its means ("an attack with drones").
    const use = mediationRole(doc, syn, trigger, prep) ?? (trigger.rule.roles === 'collective' && prep === 'with' ? 'recipient' : ROLE_WORDS.nounArgumentRole(event, prep));
    if (use === 'none') continue;
    const found = parties(token);
    if (use === 'actor') addAll(roles.actor, found, roles.why, (a) => `participant "${a.text}" from "${noun} ${prep}"`);
    else addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" from "${noun} ${prep}"`);
  }
  doerParticipleRoles(doc, syn, n, event, parties, roles);
  // "Airstrikes, raids and arrests by the army", "the militia's raids and abductions": a "by" agent or a possessor the
  // parse hangs on one act noun of a list names the doer of every act listed that names none of its own.
  // So does a "by" phrase the parse hangs on the verb the list is the subject of, between the two ("arrests by the
  // army continued"): an active verb has no "by" agent of its own.
  // Only acts of one kind share a doer (or acts of force, which armed men do together: ASSAULT, COERCE): in "protests by
  // students and arrests" the students did not arrest.
  if (roles.actor.length === 0) {
    const first = syn.firstConjunct(n);
    const acts = syn.conjuncts(first).filter((c) => c !== n && namesAnAct(doc.tokens[c]!));
    const list = acts.filter((c) => sharesDoerWith(doc, context, c, event));
    for (const other of list) addAll(roles.actor, actNounDoers(syn, other, parties), roles.why, (a) => `actor "${a.text}" does the acts listed with "${noun}"`);
    const v = syn.head(first);
    if (roles.actor.length === 0 && list.length === acts.length && v > n && syn.relation(first) === 'nsubj' && !syn.isPassive(v)) {
      for (const o of syn.obliquesOf(v).filter((x) => x.prep === 'by' && x.token > n && x.token < v)) addAll(roles.actor, parties(o.token), roles.why, (a) => `actor "${a.text}" is the "by" phrase of "${noun}", hung on its verb "${doc.tokens[v]!.text}"`);
    }
  }
  // "a freeze of grants to Chad", "the closure of rail links with Moldova": what the act noun stops or
  // withholds names no party, but its own "to"/"with" phrase says whom it was for (as for a verb:
  // "suspended flights to Belarus").
  // Only for acts that stop or withhold something (role-words.json withheldGoods): "an investigation of arms
  // sales to Croatia" is not aimed at Croatia.
  if (roles.recipient.length === 0 && ROLE_WORDS.withheldGoodsTypes.has(event)) {
    for (const { token, prep } of syn.nominalModifiersOf(n)) {
      if (prep !== 'of' || ROLE_WORDS.isForceNoun(doc.tokens[token]!)) continue;
      for (const thing of syn.conjuncts(token)) {
        if (parties(thing).length > 0) continue;
        for (const inner of syn.nominalModifiersOf(thing)) {
          if (inner.prep === null || !['to', 'with'].includes(inner.prep) || ROLE_WORDS.obliqueRole(event, inner.prep) !== 'recipient') continue;
          addAll(roles.recipient, parties(inner.token), roles.why, (a) => `recipient "${a.text}" from "${noun} of ${doc.tokens[thing]!.text} ${inner.prep}"`);
        }
      }
    }
  }
  // "a commitment to helping Armenia and Azerbaijan", "an offer to mediate between …": the act the noun is about has the target.
  if (roles.recipient.length === 0) {
    // The parse may hang that act on the noun's verb instead ("reaffirmed our commitment to helping …"
    // with "helping" an adverbial of "reaffirmed"): a clause that starts right after the noun is the noun's.
    const governor = syn.head(n);
    const startsAfterNoun = (c: number) => syn.relation(c) === 'advcl' && syn.head(c) === governor && (c === n + 1 || (c === n + 2 && doc.tokens[n + 1]!.normal === 'to'));
    for (const c of [...syn.children(n), ...(governor >= 0 ? syn.children(governor).filter(startsAfterNoun) : [])]) {
      if ((syn.relation(c) !== 'acl' && !startsAfterNoun(c)) || doc.tokens[c]!.pos !== 'VERB' || fendingVerb(doc, syn, c) >= 0) continue;
      for (const object of syn.objectsOf(c)) addAll(roles.recipient, parties(object), roles.why, (a) => `recipient "${a.text}" from "${noun} … ${doc.tokens[c]!.text}"`);
    }
  }
  // "its invasion of Ukraine": the possessive pronoun refers to the nearest earlier state actor of the sentence.
  const possessive = syn.children(n).find((c) => syn.fullRelation(c) === 'nmod:poss' && ['its', 'their'].includes(doc.tokens[c]!.normal));
  if (roles.actor.length === 0 && possessive !== undefined && !patientPossessor) {
    const sentence = doc.sentences[doc.tokens[n]!.sentence]!;
    for (let i = possessive - 1; i >= sentence.tokenStart; i--) {
      const actor = context.index.byToken.get(i);
      // "The Dutch consulate in Lima said its staff were safe": a party that says where a noun's body is ("in Kabul", "at the
      // border") is not what "its" takes up; the body it locates is.
      if (actor !== undefined && locatesNoun(doc, syn, actor)) {
        while (i > sentence.tokenStart && doc.tokens[i - 1]!.start >= actor.span.start) i--;
        continue;
      }
      if (actor && actor.actorKind !== 'person' && actor.actorKind !== 'collective') {
        roles.actor.push(actor);
        roles.why.push(`"${doc.tokens[possessive]!.text}" refers back to "${actor.text}"`);
        break;
      }
    }
  }
  if (roles.actor.length > 0) return;
  const claimant = claimedBy(doc, syn, n);
  if (claimant !== null) {
    for (const s of syn.subjectsOf(claimant)) addAll(roles.actor, parties(s), roles.why, (a) => `actor "${a.text}" claimed responsibility for the ${noun} ("${doc.tokens[claimant]!.text}")`);
    if (roles.actor.length > 0) {
      roles.claimed = true;
      return;
    }
  }
  for (const author of claimedAuthors(doc, syn, n)) addAll(roles.actor, parties(author), roles.why, (a) => `actor "${a.text}" claimed the ${noun} ("${doc.tokens[syn.head(n)]!.text}")`);
  if (roles.actor.length > 0) {
    roles.claimed = true;
    return;
  }
  // The noun is the act of the verb that governs it: "Iran held talks with …", "launched an
  // offensive", "arrived on a visit", "were engaged in ethnic cleansing". The noun phrase may be a
  // measure or kind of the act ("launched 10 days of war games", "a round of talks", "a mediation
  // mission"): climb to the phrase's head first.
  // A compound trigger ("tear gas", "water cannon") is read by its last word, the head of its phrase.
  let anchor = trigger.end - 1 > n && syn.head(n) === trigger.end - 1 ? trigger.end - 1 : n;
  if (syn.relation(anchor) === 'compound' && syn.head(anchor) >= 0 && doc.tokens[syn.head(anchor)]!.pos === 'NOUN') anchor = syn.head(anchor);
  // "launched air and artillery strikes": a noun joined to the verb's object shares its relation.
  while (syn.relation(anchor) === 'conj' && syn.head(anchor) >= 0 && doc.tokens[syn.head(anchor)]!.pos === 'NOUN') anchor = syn.head(anchor);
  // "announced $20m in humanitarian aid", "pledged 5 million euros in loans": an amount of the act given or imposed stands in
  // its place too (not one lost in it, "lost $40m in the blockade", nor an act its "by" phrase gives a doer of its own).
  while (syn.relation(anchor) === 'nmod' && syn.head(anchor) >= 0 && (syn.caseOf(anchor) === 'of' ? doc.tokens[syn.head(anchor)]!.pos === 'NOUN' : syn.caseOf(anchor) === 'in' && amountGiven(doc, syn, anchor)) &&
    !context.triggers.some((t) => t.head === syn.head(anchor)) && context.index.byToken.get(syn.head(anchor)) === undefined) anchor = syn.head(anchor);
  if (anchor !== n) {
    for (const { token, prep } of syn.nominalModifiersOf(anchor)) {
      if (prep === null || prep === 'of' || prep === "'s") continue;
      const use = mediationRole(doc, syn, trigger, prep) ?? ROLE_WORDS.nounArgumentRole(event, prep);
      if (use === 'none') continue;
      const found = parties(token);
      if (use === 'actor') addAll(roles.actor, found, roles.why, (a) => `participant "${a.text}" from "${doc.tokens[anchor]!.text} ${prep}"`);
      else addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" from "${doc.tokens[anchor]!.text} ${prep}"`);
    }
    for (const m of syn.modifiersOf(anchor)) if (m !== n) addAll(roles.actor, parties(m), roles.why, (a) => `actor "${a.text}" modifies "${doc.tokens[anchor]!.text}"`);
    if (roles.actor.length > 0) return;
  }
  // "the marines opened [ten days] of exercises": a span counting the acts, which the parse reads as a bare time, is what
  // the verb does, as its object would be.
  const relation = anchor !== n && syn.relation(anchor) === 'obl' && countsActs(doc.tokens[anchor]!.lemma, syn.fullRelation(anchor)) ? 'obj' : syn.relation(anchor);
  const governor = syn.head(anchor);
  if (governor < 0 || !(relation === 'obj' || relation === 'nsubj' || relation === 'xcomp' || relation === 'obl')) return;
  const g = doc.tokens[governor]!;
  // "the government is open to dialogue": who is ready for the act offers it (its subject is the offer's actor).
  if (g.pos !== 'VERB' && g.pos !== 'AUX' && offeredBy(doc, anchor) !== governor) return;
  // "was hit with new sanctions", "slapped with a travel ban": the verb only delivers the penalty.
  const penalty = ROLE_WORDS.penaltyVerbs.has(g.lemma) && relation === 'obl' && syn.caseOf(anchor) === 'with';
  const light = ROLE_WORDS.lightVerbs.has(g.lemma) || carriesAct(g.lemma) || penalty;
  if (!light && ROLE_WORDS.speechLemmas.has(g.lemma)) return;
  // "rights groups called the arrests an attempt to silence critics": a verb that gives its object a predicate of its own
  // (a second noun or adjective, xcomp) passes a verdict on the act; who judges it did not do it.
  if (relation === 'obj' && syn.children(governor).some((c) => c !== anchor && syn.relation(c) === 'xcomp' && (doc.tokens[c]!.pos === 'NOUN' || doc.tokens[c]!.pos === 'ADJ'))) return;
  // "families fleeing the war in the north", "survived the attack": who escapes an act did not do it.
  if (ROLE_WORDS.escapeVerbs.has(g.lemma) || isPreventVerb(g.lemma)) return;
  // "the fare rise sparked weeks of demonstrations": what brings an act about (causeVerbs) did not do it.
  if (relation === 'obj' && ROLE_WORDS.causeVerbs.has(g.lemma)) return;
  // "the army repelled an attack on the town", "withstood an assault": who fends off an act is its target.
  if (ROLE_WORDS.defenceVerbs.has(g.lemma)) {
    if (relation === 'obj' && !syn.isPassive(governor)) {
      for (const s of syn.subjectsOf(governor)) addAll(roles.recipient, parties(s), roles.why, (a) => `recipient "${a.text}" fends off the ${noun} ("${g.text} … ${noun}")`);
    }
    return;
  }
  // "police broke up the protest", "dispersed a rally": a protest that force is used on is not the force's doers' protest.
  // "sent troops to quell the protests": nor one a verb of putting down is aimed at, whoever's clause it is in.
  if (event === 'PROTEST' && relation === 'obj' && (isSuppressVerb(g.lemma) || context.triggers.some((t) => t.head === governor && !t.nominal && FORCE_ON_PEOPLE.has(t.rule.event)))) return;
  // "welcomed the release": when the governing verb is itself an act, the noun's act is someone else's.
  // Unless the noun is that act's "by" agent: "refugees displaced by the fighting" tells what the fighting did.
  const agentOfAct = relation === 'obl' && syn.caseOf(anchor) === 'by' && syn.isPassive(governor);
  if (context.triggers.some((t) => t.head === governor) && !light && !agentOfAct) return;
  // "after the talks", "despite the ceasefire": a circumstance of another act, not the subject's own.
  if (relation === 'obl' && (syn.caseOf(anchor) === null || ROLE_WORDS.circumstancePreps.has(syn.caseOf(anchor)!))) return;
  const passive = syn.isPassive(governor);
  if (relation === 'obj' || relation === 'xcomp' || relation === 'obl') {
    // "Qatar played a role in ending the war": the holder of a part does the gerund's deed (ending), not the act its object names.
    const subject = syn.isParticipationGerund(governor) ? null : syn.subjectOf(governor);
    const subjects = subject?.via === 'own' ? syn.subjectsOf(governor) : subject ? [subject.token] : [];
    // "a US-brokered ceasefire ended the clashes": a subject that is itself an act does not do the noun's act.
    const acting = subjects.filter((s) => !context.triggers.some((t) => t.head === s));
    if (!passive) for (const s of acting) addAll(roles.actor, parties(s), roles.why, (a) => `actor "${a.text}" is the subject of "${g.text} … ${noun}"`);
    // "A Chilean reporter was put under investigation", "was placed under arrest": the passive subject undergoes the act.
    if (subject && passive && relation === 'obl') {
      addAll(roles.recipient, parties(subject.token), roles.why, (a) => `recipient "${a.text}" is the subject of the passive "${g.text} … ${noun}"`);
      // "Families were displaced by the fighting", "villages razed by the clashes": what the act noun, as the agent,
      // did to the subject makes it the one the act befell, not a side fighting in it.
      // So does a cause ("were displaced due to the fighting").
      if (['by', 'due to', 'because of', 'owing to'].includes(syn.caseOf(anchor) ?? '')) roles.undergoers = parties(subject.token);
    }
    const agent = passive ? syn.agentOf(governor) : null;
    if (agent !== null) addAll(roles.actor, parties(agent), roles.why, (a) => `actor "${a.text}" is the agent of "${g.text} … ${noun}"`);
    // "gave Putin a stern warning": the light verb's first object is the act's target.
    if (light && relation === 'obj') {
      for (const o of syn.objectsOf(governor)) {
        if (o !== anchor && syn.relation(o) === 'iobj') addAll(roles.recipient, parties(o), roles.why, (a) => `recipient "${a.text}" is given the ${noun} ("${g.text} … ${noun}")`);
      }
    }
  }
  if (relation === 'nsubj' && passive) {
    const agent = syn.agentOf(governor);
    if (agent !== null) addAll(roles.actor, parties(agent), roles.why, (a) => `actor "${a.text}" is the agent of "${noun} … ${g.text}"`);
  }
  for (const { token, prep } of syn.obliquesOf(governor)) {
    if (prep === null || token === anchor) continue;
    // "undertook a mediation mission between Chad and the rebels" with the "between" phrase hung on the light verb:
    // the sides a mediation brings together are its recipients, as when the phrase hangs on the noun.
    const use = (light ? mediationRole(doc, syn, trigger, prep) : null) ?? ROLE_WORDS.obliqueRole(event, prep);
    if (use === 'none') continue;
    const found = parties(token);
    if (use === 'actor') addAll(roles.actor, found, roles.why, (a) => `participant "${a.text}" from "${g.text} … ${prep}"`);
    else addAll(roles.recipient, found, roles.why, (a) => `recipient "${a.text}" from "${g.text} … ${prep}"`);
  }
}

/** A mediation's "between" parties are the ones it brings together, its recipients ("a mediation mission between Chad and Niger"). */
/**
 * The verb by which someone claims the act named by noun `n` as their own: "claimed
 * responsibility for the bombing" (the parse hangs "for" on the noun or on the verb), "took credit
 * for the attacks", "was responsible for the killings" (the adjective), "was behind the bombing"
 * (the noun itself, a copular predicate). Returns the word whose subject is the author, or null.
 */
function claimedBy(doc: ArticleDoc, syn: SyntaxView, act: number): number | null {
  // "responsible for dozens of attacks": the claim is on the measure the act is "of".
  let n = act;
  while (syn.caseOf(n) === 'of' && syn.head(n) >= 0 && ['NOUN', 'NUM'].includes(doc.tokens[syn.head(n)]!.pos)) n = syn.head(n);
  // "Hamas was behind the bombing": the noun is the copular predicate, its subject the author.
  if (ROLE_WORDS.authorPrepositions.has(syn.caseOf(n) ?? '') && syn.subjectsOf(n).length > 0 && syn.negationOf(n) === null) return n;
  if (syn.caseOf(n) !== 'for') return null;
  const head = syn.head(n);
  if (head < 0) return null;
  const isClaimVerb = (v: number) => v >= 0 && ROLE_WORDS.responsibilityVerbs.has(doc.tokens[v]!.lemma);
  const isClaimNoun = (t: number) => ROLE_WORDS.responsibilityNouns.has(doc.tokens[t]!.normal);
  // "responsibility for the attack", the noun the object of "claimed".
  if (isClaimNoun(head) && syn.relation(head) === 'obj' && isClaimVerb(syn.head(head))) return syn.head(head);
  // "claimed responsibility … for the attack", "for" hung on the verb.
  if (isClaimVerb(head) && syn.objectsOf(head).some(isClaimNoun)) return head;
  // "the militia was responsible for the killings": the adjective's subject, unless denied ("was not responsible").
  if (ROLE_WORDS.responsibilityAdjectives.has(doc.tokens[head]!.normal) && syn.negationOf(head) === null) return head;
  return null;
}

/**
 * Who claims the act named by noun `n` itself as their own: "JNIM claimed the attack" (the subject of
 * a verb of claiming whose object is the noun), "the bombing was claimed by JNIM" (the passive's "by"
 * agent). Not when negated ("did not claim the attack").
 */
function claimedAuthors(doc: ArticleDoc, syn: SyntaxView, n: number): number[] {
  const verb = syn.head(n);
  if (verb < 0 || doc.tokens[verb]!.pos !== 'VERB' || !ROLE_WORDS.responsibilityActVerbs.has(doc.tokens[verb]!.lemma) || syn.negationOf(verb) !== null) return [];
  if (syn.fullRelation(n) === 'nsubj:pass') {
    const agent = syn.agentOf(verb);
    return agent === null ? [] : [agent];
  }
  return syn.relation(n) === 'obj' ? syn.subjectsOf(verb) : [];
}

/** Relations that lead out of what a mediation phrase says: another clause, or who does it. */
const OUTSIDE_MEDIATION = new Set(['nsubj', 'csubj', 'parataxis', 'ccomp', 'punct', 'appos', 'list', 'conj']);

/**
 * "Algeria has been mediating in the border row between Mali and Niger", "Egyptian mediation in
 * the quarrel between Hamas and Fatah": the sides a mediator stands
 * between are named on the quarrel it mediates in or means to settle, not on the mediation word.
 * Read from the phrases of the mediation word (and, for a noun, the words it is part of: "a
 * mediation effort", "launched …"), not from another clause or the subject; the sides are the
 * recipients, as in "mediation between X and Y".
 */
function disputeSides(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const roots = [trigger.head];
  for (let at = trigger.head, steps = 0; steps < 3 && syn.head(at) >= 0 && ['compound', 'nmod', 'obj', 'obl'].includes(syn.relation(at)); steps++) roots.push(at = syn.head(at));
  const stack = [...roots];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const c of syn.children(at)) {
      const relation = syn.relation(c);
      // A relative clause, or a side clause with a marker ("after …", "as …"), tells something else; a purpose ("to end …") does not.
      if (OUTSIDE_MEDIATION.has(relation) || syn.fullRelation(c) === 'acl:relcl' || (relation === 'advcl' && !syn.isInfinitive(c))) continue;
      if (roots.includes(c)) continue;
      const prep = syn.caseOf(c);
      if ((prep === 'between' || prep === 'among') && !roots.includes(at)) {
        for (const side of syn.conjuncts(c)) addAll(roles.recipient, parties(side).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" is a side ("${doc.tokens[at]!.text} … ${prep}") of what the mediation is about`);
        continue;
      }
      stack.push(c);
    }
  }
}

function mediationRole(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, prep: string, phrase?: number): ArgumentRole | null {
  // "offered to mediate, invoking the trade between the two neighbours" with the "between" phrase hung on the
  // verb: a phrase past a comma or a participle from the verb belongs to that side clause (as disputeSides
  // skips an adverbial clause), not to the mediation; it names no side.
  if (phrase !== undefined && trigger.rule.mode === 'third-party' && (prep === 'between' || prep === 'among') && phrase > trigger.head) {
    const gap = Array.from({ length: Math.max(0, syn.subtreeRange(phrase)[0] - trigger.head - 1) }, (_, k) => doc.tokens[trigger.head + 1 + k]!);
    if (gap.some((t) => t.text === ',' || t.text === ';' || t.tag === 'VBG' || t.tag === 'VBN')) return 'none';
  }
  // "talks brokered through the mediation of Norway", "mediation from Turkey": a mediation noun names its mediator as it does in another act's
  // circumstances (MEDIATOR_PREPS), and the mediator is who does the mediation.
  if (trigger.rule.mode === 'third-party' && (prep === 'of' || prep === 'from')) return 'actor';
  // Talks a host brought about ("hosted talks between X and Y") are the sides' own: the host is their third party.
  return trigger.rule.mode === 'third-party' && (prep === 'between' || prep === 'among') && hostOfSides(doc.tokens, syn, trigger.head) < 0 ? 'recipient' : null;
}

/**
 * "Peru said on Friday that Chile must hand back the trawler": the speaker demands, the party
 * that "must" act is asked.
 */
function obligationRoles(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  const verb = syn.head(trigger.head);
  if (verb < 0) return;
  const obliged = syn.subjectOf(verb);
  if (obliged) addAll(roles.recipient, parties(obliged.token), roles.why, (a) => `recipient "${a.text}" is the party that "must" act`);
  const statement = syn.ancestors(verb).find((a) => ROLE_WORDS.statementLemmas.has(doc.tokens[a]!.lemma));
  const speaker = statement !== undefined ? syn.subjectOf(statement) : null;
  if (speaker) addAll(roles.actor, parties(speaker.token), roles.why, (a) => `actor "${a.text}" states the demand`);
}

/**
 * The tokens of a broker word's phrase ("brokered by Qatar and Egypt"), without what the parse
 * hangs on it that names no broker: a clause describing a broker ("…, which hosts the talks") or a
 * conjunct with a preposition of its own ("… by Qatar, after ten days of fighting that killed 459
 * people", read as a third conjunct).
 */
function brokerPhrase(syn: SyntaxView, broker: number): number[] {
  const out: number[] = [];
  const stack = [broker];
  while (stack.length > 0) {
    const at = stack.pop()!;
    out.push(at);
    for (const c of syn.children(at)) {
      const relation = syn.relation(c);
      if (relation === 'acl' || relation === 'advcl' || (relation === 'conj' && syn.caseOf(c) !== null && syn.caseOf(c) !== syn.caseOf(at))) continue;
      stack.push(c);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * Third parties: "US-brokered ceasefire" (a broker participle modifying the act), "mediated by
 * Qatar", "after US mediation" (a mediation noun among the act's circumstances). Returns the
 * broker actors so they are not also read as actor or recipient.
 */
function findBrokers(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, roles: Roles): Set<ActorMention> {
  const brokers = new Set<ActorMention>();
  const note = (actors: readonly ActorMention[], reason: (a: ActorMention) => string) => {
    for (const a of actors) {
      if (brokers.has(a)) continue;
      brokers.add(a);
      roles.thirdParty.push(a);
      roles.why.push(reason(a));
    }
  };
  const head = trigger.head;
  // Words that can carry a broker: the trigger's own modifiers, and those of its objects/obliques (a verb's "agreed to a US-brokered truce").
  const hosts = [head, ...syn.children(head).filter((c) => ['obj', 'obl', 'nmod', 'nsubj'].includes(syn.relation(c)))];
  // "reached a truce after mediation by Egypt": the verb an act noun is the object of carries the act's circumstances.
  const lightVerb = trigger.nominal && syn.head(head) >= 0 && syn.relation(head) === 'obj' ? syn.head(head) : -1;
  if (lightVerb >= 0) hosts.push(lightVerb);
  for (const host of hosts) {
    for (const m of syn.children(host)) {
      const t = doc.tokens[m]!;
      if (host === lightVerb && !ROLE_WORDS.mediationNouns.has(t.lemma)) continue;
      if (ROLE_WORDS.brokers(t.normal, trigger.rule.event) && !ROLE_WORDS.isForceNoun(doc.tokens[host]!)) {
        const [lo, hi] = syn.subtreeRange(m);
        const inside: ActorMention[] = [];
        // "Uzbek-mediated talks" split at the hyphen: the word before it is the broker's, whatever the parse hangs it on.
        const hyphened = doc.tokens[m - 1]?.text === '-' && m >= 2 && syn.subtreeRange(m)[0] === m ? [m - 2] : [];
        for (const i of [...hyphened, ...brokerPhrase(syn, m)]) {
          const a = index.byToken.get(i);
          if (a && !inside.includes(a)) inside.push(a);
        }
        note(inside, (a) => `third party "${a.text}" from "${doc.text.slice(doc.tokens[lo]!.start, doc.tokens[hi]!.end)}"`);
      }
      // "after US mediation", "under Egyptian auspices"; "exchanged prisoners with Emirati mediation" (hung on the object).
      const onAct = host === head || ((syn.relation(host) === 'obj' || host === lightVerb) && MEDIATION_CASES.has(syn.caseOf(m) ?? ''));
      // Talks "under the auspices of the AU", "with mediation from Turkey" are mediated as much as a truce is; but
      // a mediation noun that names no mediator of its own in talks is no third party.
      // "with the help of Qatar", "thanks to Omani assistance": help in an act between others is a mediation (assistanceNouns).
      const assistance = ROLE_WORDS.assistanceNouns.has(t.lemma) && ROLE_WORDS.assistanceTypes.has(trigger.rule.event) && ROLE_WORDS.assistancePreps.has(syn.caseOf(m) ?? '');
      if ((ROLE_WORDS.mediationNouns.has(t.lemma) || assistance) && onAct && m !== head) {
        // "US mediation", and "mediation by/from Egypt and Ethiopia", "the auspices of the African Union".
        const actors = [...coreActors(syn, index, m)];
        // The parse often hangs the mediator's phrase on the verb, right after the noun's phrase ("exchanged prisoners
        // with mediation | from Turkey").
        let verb = syn.head(m);
        while (verb >= 0 && doc.tokens[verb]!.pos !== 'VERB') verb = syn.head(verb);
        const next = syn.subtreeRange(m)[1] + 1;
        const after = verb >= 0 ? syn.obliquesOf(verb).filter((o) => syn.subtreeRange(o.token)[0] === next) : [];
        for (const o of [...syn.nominalModifiersOf(m), ...after]) {
          if (!MEDIATOR_PREPS.has(o.prep ?? '')) continue;
          for (const c of syn.conjuncts(o.token)) for (const a of coreActors(syn, index, c)) if (!actors.includes(a)) actors.push(a);
        }
        note(actors, (a) => `third party "${a.text}" from "${a.text} ${t.text}" (mediation")`);
      }
    }
  }
  // "The United States hosted talks between Armenia and Azerbaijan": the host brings the sides together.
  const hostVerb = trigger.nominal ? hostOfSides(doc.tokens, syn, head) : -1;
  if (hostVerb >= 0) {
    // In the passive the act is the subject and the host the "by" agent ("talks … were hosted by Kenya").
    const agent = syn.isPassive(hostVerb) ? syn.agentOf(hostVerb) : null;
    for (const s of agent !== null ? syn.conjuncts(agent) : syn.subjectsOf(hostVerb)) note(partiesOf(doc, syn, index, s), (a) => `third party "${a.text}" ${doc.tokens[hostVerb]!.text} the ${doc.tokens[head]!.text}`);
  }
  return brokers;
}

/** Prepositions that name the mediator after a mediation noun ("mediation by Egypt", "from Turkey", "the auspices of the AU"). */
const MEDIATOR_PREPS = new Set(['of', 'by', 'from']);

/** Prepositions by which a mediation noun on what the act handles still tells the act's mediation ("with", "under" Emirati mediation; not "the offer of"). */
const MEDIATION_CASES = new Set(['with', 'under', 'after', 'following', 'through', 'thanks to']);

/**
 * The one who says an act is not its actor, but a pronoun subject of the reported clause points
 * back to the speaker ("Iraq said it would allow …"), and a quotation in the first person is the
 * speaker's own act ("“We will respond,” the minister said").
 */
/** The subject of the act: of its verb, or of the verb a noun act is the argument of ("it has set aside aid"). */
function subjectOfAct(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch): ReturnType<SyntaxView['subjectOf']> {
  let predicate = trigger.head;
  if (trigger.nominal) {
    for (let steps = 0; predicate >= 0 && doc.tokens[predicate]!.pos !== 'VERB' && ['obj', 'obl', 'nmod', 'xcomp', 'compound'].includes(syn.relation(predicate)) && steps < 4; steps++) {
      // "they arrested 12 suspects over the killing": a circumstance of another act is not the subject's own (as nounRoles reads it).
      const preposition = syn.caseOf(predicate);
      if (['obl', 'nmod'].includes(syn.relation(predicate)) && preposition !== null && ROLE_WORDS.circumstancePreps.has(preposition)) return null;
      predicate = syn.head(predicate);
    }
  }
  return predicate >= 0 && doc.tokens[predicate]!.pos === 'VERB' && (!trigger.nominal || predicate !== trigger.head) ? syn.subjectOf(predicate) : null;
}

/**
 * "Venezuela said it would allow …": the act's pronoun subject and the speech verb the act is said
 * under, whose subject the pronoun stands for; null when the subject is no pronoun or no speech verb
 * governs the act.
 */
export function pronounUnderSpeech(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch): { pronoun: number; statement: number } | null {
  const subject = subjectOfAct(doc, syn, trigger);
  if (subject === null || doc.tokens[subject.token]!.pos !== 'PRON') return null;
  const statement = syn.ancestors(trigger.head).find((a) => isSpeech(doc.tokens, syn, a));
  if (statement === undefined) return null;
  // "Witnesses said he had attacked a journalist": a pronoun that cannot stand for the speaker names someone else.
  const speaker = syn.subjectOf(statement);
  if (speaker && !pronounFits(doc, syn, subject.token, speaker.token)) return null;
  return { pronoun: subject.token, statement };
}

/** Subject pronouns that take up the party a sentence before was about ("It rejected …", "He accused …"). */
const TAKEN_UP_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
/** Sentences back a main-clause subject pronoun looks for the subject it takes up. */
const TAKEN_UP_REACH = 2;

/**
 * "The ministry of foreign affairs issued a statement on Wednesday. It rejected the charge …": a pronoun that is the
 * subject of its sentence's main clause, with no speech verb over it (pronounUnderSpeech reads those), takes up the
 * subject of the main clause of the nearest sentence before that has one (the topic a story keeps: centering), within
 * two sentences, when that subject is a party of the index and the pronoun fits it by number and kind ("it" no person,
 * "he" no country). The first earlier subject decides: if it is no party, or does not fit, the pronoun is left alone.
 * Null where the act's subject is no such pronoun, or it undergoes the act (a passive).
 */
export function mainSubjectTakenUp(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch): { pronoun: number; actor: ActorMention } | null {
  const subject = subjectOfAct(doc, syn, trigger);
  if (subject === null || subject.via === 'modified-noun' || subject.via === 'object-control') return null;
  const pronoun = subject.token;
  if (doc.tokens[pronoun]!.pos !== 'PRON' || !TAKEN_UP_PRONOUNS.has(doc.tokens[pronoun]!.normal) || syn.fullRelation(pronoun) !== 'nsubj') return null;
  // The pronoun's own clause is its sentence's main clause (or a clause joined to it): "It rejected …", "He spoke and accused …".
  let clause = syn.head(pronoun);
  while (clause >= 0 && syn.relation(clause) === 'conj') clause = syn.head(clause);
  if (clause < 0 || syn.head(clause) >= 0) return null;
  const s = doc.tokens[pronoun]!.sentence;
  // "When Zambia's trade ministry learned of it, it protested …": a subject before the pronoun in its own sentence is
  // the nearer antecedent; the pronoun must open its sentence's subjects to carry the topic of the one before.
  for (let k = doc.sentences[s]!.tokenStart; k < pronoun; k++) if (syn.relation(k) === 'nsubj' || syn.relation(k) === 'expl') return null;
  let reach = TAKEN_UP_REACH;
  for (let back = 1; back <= reach && s - back >= 0; back++) {
    const sentence = doc.sentences[s - back]!;
    let root = -1;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (syn.head(k) < 0 && doc.tokens[k]!.pos !== 'PUNCT') { root = k; break; }
    if (root < 0) continue;
    const earlier = syn.subjectOf(root);
    if (earlier === null) continue;
    // "It also recalled …" after "On Tuesday it summoned …": the same pronoun keeps the topic; look one sentence further back.
    if (doc.tokens[earlier.token]!.normal === doc.tokens[pronoun]!.normal && doc.tokens[earlier.token]!.pos === 'PRON') {
      reach++;
      continue;
    }
    // A subject that undergoes ("The ministry was criticised …") is no doer the story follows; nor is a pronoun no party stands for.
    if (syn.isPassive(root)) return null;
    // The party the subject's phrase names ("Ghana's foreign ministry", "Nigerian customs officials"): one only.
    const parties = partiesOf(doc, syn, index, earlier.token);
    if (parties.length !== 1 || !pronounFits(doc, syn, pronoun, earlier.token)) return null;
    // "Police detained five students. They had marched …": "they" may be the people the subject acted on as well.
    if (doc.tokens[pronoun]!.normal === 'they' && peopleActedOnBetween(doc.tokens, doc.actors, doc.tokens[syn.subtreeRange(earlier.token)[1]]!.end, doc.tokens[pronoun]!.start)) return null;
    return { pronoun, actor: parties[0]! };
  }
  return null;
}

/**
 * Clauses whose pronoun subject takes up the subject of the clause they hang on ("…, when it captured", "…, and it threatened").
 * Not a relative clause: "a hostage it had kept for a year", "what it termed a provocation" describe a noun by an act told elsewhere.
 */
const GOVERNED_CLAUSES = new Set(['advcl', 'conj', 'ccomp', 'parataxis']);
/** Clauses a pronoun looks up through for the subject it takes up. */
const GOVERNED_REACH = 3;
const NOMINAL_TAGS: ReadonlySet<string | undefined> = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const PLURAL_TAGS: ReadonlySet<string | undefined> = new Set(['NNS', 'NNPS']);
const MODAL_AUXILIARIES = new Set(['would', 'will', 'could', 'might', 'may', 'shall', 'should', 'can', 'must', "'ll", "'d"]);

/**
 * "The militia made its name in 2016, when it seized the river port", "the nurses' union walked out, and it has
 * vowed to stay out until May": a pronoun subject of a clause hung on another clause of its own sentence (an adverbial
 * clause, a conjunct, a complement) takes up the subject of the nearest clause above it that has one, before the
 * pronoun, when that subject is one party of the index that the pronoun fits by number and kind, and does the act above
 * (no passive), or the party an act above was given for it (`told`). The sentence-opening pronoun is mainSubjectTakenUp's.
 */
export function governingSubjectTakenUp(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, told: readonly ActorMention[] = []): { pronoun: number; actor: ActorMention; within: true } | null {
  const subject = subjectOfAct(doc, syn, trigger);
  if (subject === null || subject.via !== 'own') return null;
  const pronoun = subject.token;
  if (doc.tokens[pronoun]!.pos !== 'PRON' || !TAKEN_UP_PRONOUNS.has(doc.tokens[pronoun]!.normal) || syn.fullRelation(pronoun) !== 'nsubj') return null;
  // "released a hostage it had kept for a year": a pronoun right after a noun opens a relative clause with no "that",
  // which the parse may hang on the verb as a clause of its own.
  if (pronoun > 0 && NOMINAL_TAGS.has(doc.tokens[pronoun - 1]!.tag)) return null;
  // "warned that it would retaliate": an act under a modal is what the clause above says, threatens or promises, folded
  // into that act (fold-complements.ts), not one of its own.
  if (syn.auxiliariesOf(syn.head(pronoun)).some((a) => MODAL_AUXILIARIES.has(a))) return null;
  let clause = syn.head(pronoun);
  for (let step = 0; step < GOVERNED_REACH && clause >= 0; step++) {
    const relation = syn.fullRelation(clause);
    const above = syn.head(clause);
    if (above < 0 || !GOVERNED_CLAUSES.has(relation)) return null;
    const earlier = syn.subjectOf(above);
    if (earlier === null || earlier.token >= pronoun || doc.tokens[earlier.token]!.sentence !== doc.tokens[pronoun]!.sentence) {
      clause = above;
      continue;
    }
    if (doc.tokens[earlier.token]!.pos === 'PRON' || syn.isPassive(above)) return null;
    // A body no dictionary knows is the party the act above was given by its own words ("the dockers' union began a
    // strike, and it threatened …": named-subject.ts), among `told`, the actors of the acts of the sentence built before.
    const head = doc.tokens[earlier.token]!;
    const indexed = partiesOf(doc, syn, index, earlier.token);
    const parties = indexed.length > 0 ? indexed : told.filter((a, k) => a.span.start <= head.start && head.end <= a.span.end && told.indexOf(a) === k);
    if (parties.length !== 1 || !pronounFits(doc, syn, pronoun, earlier.token)) return null;
    // "the cabinet will meet the farmers if they end the blockade": inside one sentence "they" stands
    // for a body named in the singular as often as for anyone else it names; only a plural subject is surely its own.
    const plural = syn.conjuncts(earlier.token).length > 1 || PLURAL_TAGS.has(doc.tokens[earlier.token]!.tag);
    if (doc.tokens[pronoun]!.normal === 'they' && (!plural || peopleActedOnBetween(doc.tokens, doc.actors, doc.tokens[syn.subtreeRange(earlier.token)[1]]!.end, doc.tokens[pronoun]!.start))) return null;
    return { pronoun, actor: parties[0]!, within: true };
  }
  return null;
}

/** Pronouns by what they can stand for: one person, one thing or body. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'himself', 'herself']);
const THING_PRONOUNS = new Set(['it', 'itself']);

/**
 * "The health minister drove to Kisumu, where she opened a clinic", "the envoy sailed to Zanzibar, where he signed …": a
 * pronoun subject of a "where" clause on the place a journey went to ("to" phrase) stands for the traveller, the
 * subject of the verb that took them there (the clause hangs on that verb, or on the place as a relative clause).
 * Only a destination of a journey with no object: "arrested two men in Mombasa, where they had robbed a bank" takes
 * up the men, not the police.
 */
function travellerOfWhereClause(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, roles: Roles): void {
  const v = trigger.head;
  const where = syn.children(v).find((c) => c < v && doc.tokens[c]!.normal === 'where');
  const pronoun = syn.children(v).find((c) => syn.fullRelation(c) === 'nsubj' && doc.tokens[c]!.pos === 'PRON');
  if (where === undefined || pronoun === undefined || pronoun < where) return;
  let host = syn.head(v);
  if (host >= 0 && doc.tokens[host]!.pos !== 'VERB') host = syn.head(host);
  // A journey of the subject's own ("travelled", "flew"), no sending: "deployed troops to Gao, where they …" takes up the troops.
  if (host < 0 || host > v || doc.tokens[host]!.pos !== 'VERB' || syn.isPassive(host) || syn.objectsOf(host).length > 0) return;
  const destination = syn.obliquesOf(host).find((o) => o.prep === 'to' && o.token < where);
  const subject = syn.subjectOf(host);
  if (!destination || !subject || !pronounFits(doc, syn, pronoun, subject.token)) return;
  addAll(roles.actor, partiesOf(doc, syn, index, subject.token), roles.why, (a) => `actor "${a.text}": "${doc.tokens[pronoun]!.text}" stands for the subject of "${doc.tokens[host]!.text}", to whose destination the "where" clause belongs`);
}

/**
 * Whether a pronoun can refer to the noun phrase headed by `antecedent`, by number and by person
 * or body: "he" is no country, no organisation and no group of several ("witnesses … he"), "it"
 * no person and no plural group ("officials … it"). "They" fits anyone: a spokeswoman's "they" is
 * the group she speaks for.
 */
function pronounFits(doc: ArticleDoc, syn: SyntaxView, pronoun: number, antecedent: number): boolean {
  const word = doc.tokens[pronoun]!.normal;
  const head = doc.tokens[antecedent]!;
  const kind = doc.actors.find((a) => a.span.start <= head.start && head.end <= a.span.end)?.actorKind;
  const body = kind === 'country' || kind === 'organization' || kind === 'igo';
  const plural = syn.conjuncts(antecedent).length > 1 || ((head.tag === 'NNS' || head.tag === 'NNPS') && !body);
  if (PERSON_PRONOUNS.has(word)) return !plural && !body;
  if (THING_PRONOUNS.has(word)) return kind !== 'person' && !plural;
  return true;
}

function speakerAsActor(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, context: RoleContext, roles: Roles): void {
  const subject = subjectOfAct(doc, syn, trigger);
  const tokens = doc.tokens;
  const pronoun = subject !== null && tokens[subject.token]!.pos === 'PRON';
  const firstPerson = pronoun && ROLE_WORDS.firstPerson.has(tokens[subject.token]!.normal);
  if (!pronoun && !(context.clause.role === 'quote' && subject === null)) return;
  if (context.clause.role === 'quote' && (firstPerson || subject === null)) {
    const speaker = quotationSpeaker(doc, syn, context);
    if (speaker) {
      roles.actor.push(speaker);
      roles.why.push(`actor "${speaker.text}" speaks the quotation`);
    }
    return;
  }
  // "“They shelled our villages,” the minister said": a speaker tells its own acts in the first person; "they", "he" in its words are others.
  if (context.clause.role === 'quote' && !firstPerson) return;
  const speech = pronounUnderSpeech(doc, syn, trigger);
  const speaker = speech === null ? null : syn.subjectOf(speech.statement);
  if (!speaker) return;
  const actor = partiesOf(doc, syn, context.index, speaker.token)[0];
  // "the army said it had repelled an attack": the speaker fended the act off (its target); "said it
  // had foiled a bombing" or "fled the fighting": it did not do the act.
  const verb = trigger.nominal ? tokens[syn.head(trigger.head)] : undefined;
  // "Ukraine said it had received missiles from its allies": the speaker is the one aided.
  const receives = !trigger.nominal && trigger.rule.event === 'AID' && ROLE_WORDS.receivingVerbs.has(trigger.rule.phrase) && !syn.isPassive(trigger.head);
  if (actor && receives) {
    if (!roles.recipient.includes(actor)) roles.recipient.push(actor);
    roles.why.push(`recipient "${actor.text}" is the speaker "${tokens[speech!.pronoun]!.text}" refers to, who receives`);
    return;
  }
  if (actor && verb && ROLE_WORDS.defenceVerbs.has(verb.lemma)) {
    roles.recipient.push(actor);
    roles.why.push(`recipient "${actor.text}" is the speaker "${tokens[speech!.pronoun]!.text}" refers to, who fends off the act`);
    return;
  }
  if (verb && (ROLE_WORDS.escapeVerbs.has(verb.lemma) || isPreventVerb(verb.lemma))) return;
  // "The detainees said they were tortured": the pronoun is the subject of a passive, so the speaker suffered the act.
  if (actor && (roles.recipient.includes(actor) || (!trigger.nominal && syn.isPassive(trigger.head) && subject?.token === speech!.pronoun))) return;
  if (actor) {
    roles.actor.push(actor);
    roles.why.push(`actor "${actor.text}" is the speaker "${tokens[speech!.pronoun]!.text}" refers to`);
  }
}

/**
 * "The army said 15 militants were killed in an operation", "According to police, two robbers were shot
 * dead": a force (role-words.json `reportingForces`) that reports an act of force told in the passive
 * with no doer, done to its foes (or an arrest of anyone), did it — as ACLED codes such communiques.
 * Its own people suffering the act ("the army said five soldiers were killed") name no doer.
 */
function reportingForceAsDoer(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, context: RoleContext, roles: Roles): void {
  const words = ROLE_WORDS.reportingForces;
  const v = trigger.head;
  if (trigger.nominal || !syn.isPassive(v) || syn.agentOf(v) !== null || context.clause.role === 'quote') return;
  if (!words.anyTarget.has(trigger.rule.event) && !roles.recipient.every((r) => words.foeSectors.has(r.sector ?? ''))) return;
  // The speaker: the subject of a verb of saying above the act, or "according to X" on the act or on a verb above it.
  const sources: number[] = [];
  for (const a of [v, ...syn.ancestors(v)]) {
    if (a !== v && isSpeech(doc.tokens, syn, a)) {
      const s = syn.subjectOf(a);
      if (s) sources.push(s.token);
      break;
    }
    sources.push(...syn.obliquesOf(a).filter((o) => o.prep?.startsWith('according')).map((o) => o.token));
  }
  for (const source of sources) {
    const speaker = partiesOf(doc, syn, context.index, source)[0];
    if (!speaker || speaker.code === null || roles.recipient.includes(speaker)) continue;
    const sentence = doc.sentences[doc.tokens[v]!.sentence]!;
    let named = false;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd && !named; k++) {
      const t = doc.tokens[k]!;
      named = t.start >= speaker.span.start && t.end <= speaker.span.end && words.speakerWords.has(t.normal);
    }
    if (!words.speakerSectors.has(speaker.sector ?? '') && !named) continue;
    roles.actor.push(speaker);
    roles.why.push(`actor "${speaker.text}", a force, reports the ${doc.tokens[v]!.text} of its foes with no doer named`);
    return;
  }
}

/**
 * "Soldiers repelled an attack by jihadists on their base", "an assault on the camp was repulsed by
 * the garrison": who fends off an act is its target, also when the act names its doer (which
 * nominalRoles reads first, and then stops).
 */
function fendedOffBy(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, parties: (n: number) => ActorMention[], roles: Roles): void {
  let anchor = trigger.head;
  if (trigger.end - 1 > anchor && syn.head(anchor) === trigger.end - 1) anchor = trigger.end - 1;
  const governor = syn.head(anchor);
  if (governor < 0 || !ROLE_WORDS.defenceVerbs.has(doc.tokens[governor]!.lemma)) return;
  const passive = syn.isPassive(governor);
  const relation = syn.relation(anchor);
  const defenders = passive && relation === 'nsubj' ? [syn.agentOf(governor)].filter((a): a is number => a !== null)
    : !passive && relation === 'obj' ? syn.subjectsOf(governor) : [];
  for (const d of defenders) {
    addAll(roles.recipient, parties(d).filter((a) => !roles.actor.includes(a)), roles.why, (a) => `recipient "${a.text}" fends off the ${doc.tokens[trigger.head]!.text} ("${doc.tokens[governor]!.text}")`);
  }
}

/** Possessive pronouns through which a noun names a party: "our forces", "its positions", "their base" (a closed class). */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our', 'my', 'his', 'her']);
/** Subject pronouns that stand for a party ("they came under fire"): first person anywhere, third person as a subject (a closed class). */
const PARTY_PRONOUNS = new Set(['we', 'us', 'i', 'me', 'they', 'it']);

/** The prepositions of a main verb's phrase that name whom it acted on ("imposed bans on X", "sanctions against X"). */
const ACTED_ON_PREPOSITIONS = new Set(['on', 'against']);

/**
 * "Peru expelled a Chilean attaché, charging him with espionage", "blacklisted the shipping firms of two brothers,
 * charging them with …": the object pronoun of a participle told after its main clause (an adjunct of the main verb, or
 * parsed as a clause on its object after a comma) is not that clause's doer, who shares the participle's subject; it takes up whom the
 * main verb acted on — its object, or the phrase after "on"/"against" — when the pronoun fits it in number and kind.
 */
function actedOnByHost(doc: ArticleDoc, syn: SyntaxView, context: RoleContext, trigger: TriggerMatch, n: number, roles: Roles): ActorMention[] {
  const v = trigger.head;
  if (doc.tokens[v]!.tag !== 'VBG' || doc.tokens[v - 1]?.text !== ',') return [];
  const relation = syn.relation(v);
  const head = syn.head(v);
  if (head < 0) return [];
  const host = relation === 'advcl' && syn.markerOf(v) === null ? head : relation === 'acl' && syn.relation(head) === 'obj' ? syn.head(head) : -1;
  if (host < 0 || doc.tokens[host]!.pos !== 'VERB') return [];
  const actedOn = [...syn.objectsOf(host), ...syn.obliquesOf(host).filter((o) => o.prep !== null && ACTED_ON_PREPOSITIONS.has(o.prep)).map((o) => o.token)];
  for (const o of actedOn) {
    if (!pronounFits(doc, syn, n, o)) continue;
    // "blacklisted the shipping firms of two brothers": what the verb acts on may be the belongings of the party it is aimed at.
    const owners = syn.nominalModifiersOf(o).filter((m) => m.prep === 'of' || m.prep === "'s").map((m) => m.token);
    const found = syn.conjuncts(o).flatMap((c) => partiesOf(doc, syn, context.index, c));
    const taken = found.length > 0 ? found : owners.flatMap((w) => syn.conjuncts(w).flatMap((c) => partiesOf(doc, syn, context.index, c)));
    if (taken.length === 0) continue;
    roles.why.push(`"${doc.tokens[n]!.text}" stands for ${taken.map((a) => `"${a.text}"`).join(', ')}, whom "${doc.tokens[host]!.text}" acted on`);
    return taken;
  }
  return [];
}

/**
 * The party a phrase names through a pronoun, when it names none of its own:
 * - first person ("our forces", "we", "us") is the speaker: of the quotation it is in, or of the
 *   speech verb the act is told under ("Our troops killed 20 militants, the army said");
 * - third person ("its positions", "their base", "they came under fire") is the subject of the
 *   nearest verb above it that reports, charges or fends off the act ("Georgia said rebels shelled
 *   its positions", "Georgia accused rebels of shelling its positions", "the garrison repelled an
 *   attack on their base"), when the pronoun can stand for it. "They" and "it" count only as
 *   subjects: "police said they arrested them" does not make "them" the police.
 */
function pronounParties(doc: ArticleDoc, syn: SyntaxView, context: RoleContext, trigger: TriggerMatch, n: number, roles: Roles): ActorMention[] {
  const t = doc.tokens[n]!;
  const first = (i: number) => ROLE_WORDS.firstPerson.has(doc.tokens[i]!.normal);
  // A pronoun read for another verb of the clause ("release hostages held by them", the maker of what an act names) is left to that verb.
  const ownArgument = syn.head(n) === trigger.head;
  if (t.pos === 'PRON' && ownArgument && syn.relation(n) === 'obj' && OBJECT_PRONOUNS.has(t.normal)) return actedOnByHost(doc, syn, context, trigger, n, roles);
  let pronoun = -1;
  if (t.pos === 'PRON' && PARTY_PRONOUNS.has(t.normal) && ownArgument && (first(n) || syn.relation(n) === 'nsubj')) pronoun = n;
  else if (t.pos === 'NOUN' || t.pos === 'PROPN') pronoun = syn.children(n).find((c) => syn.fullRelation(c) === 'nmod:poss' && POSSESSIVE_PRONOUNS.has(doc.tokens[c]!.normal)) ?? -1;
  if (pronoun < 0) return [];
  // "the militia will hand in their rifles", "withdrew its troops": outside force, a possessive on what the act
  // moves or gives is its doer's own; only a target of force ("shelled its positions") or the doer ("its troops
  // killed …") is told through the pronoun's referent.
  if (pronoun !== n && !first(pronoun) && !FORCE_ON_PEOPLE.has(trigger.rule.event) && !(ownArgument && syn.relation(n) === 'nsubj')) return [];
  const word = doc.tokens[pronoun]!.text;
  // "“They shelled our villages,” the minister said": in a speaker's own words "they", "its" are others.
  if (!first(pronoun) && context.clause.role === 'quote') return [];
  if (first(pronoun) && context.clause.role === 'quote') {
    const speaker = quotationSpeaker(doc, syn, context);
    if (speaker) roles.why.push(`"${word}" is the speaker of the quotation, "${speaker.text}"`);
    return speaker ? [speaker] : [];
  }
  const [lo, hi] = syn.subtreeRange(n);
  const referent = (verb: number): ActorMention | null => {
    const subject = syn.subjectOf(verb);
    if (!subject || (subject.token >= lo && subject.token <= hi) || !pronounFits(doc, syn, pronoun, subject.token)) return null;
    return partiesOf(doc, syn, context.index, subject.token)[0] ?? null;
  };
  const possessive = pronoun !== n;
  // "Soldiers killed 12 people when they fired on a crowd", "rebels shelled the town after they had ambushed a convoy":
  // the pronoun subject of an adverbial clause telling an act of its main verb's own type stands for that verb's
  // subject, the doer of both (the subject is what a pronoun of the next clause most often takes up).
  if (!possessive && syn.relation(n) === 'nsubj' && syn.relation(trigger.head) === 'advcl' && syn.markerOf(trigger.head) !== null) {
    const host = syn.head(trigger.head);
    const subject = syn.subjectOf(host);
    const sameType = context.triggers.some((t) => t.head === host && !t.nominal && t.rule.event === trigger.rule.event);
    const party = sameType && subject !== null && !aimedAtOwnKind(doc, syn, trigger.head, subject.token) && !pronounMayTakeUpObject(doc, syn, trigger.head, host) ? referent(host) : null;
    if (party) {
      roles.why.push(`"${word}" stands for "${party.text}", the subject of "${doc.tokens[host]!.text}", whose act the clause tells again`);
      return [party];
    }
  }
  for (const a of [n, ...syn.ancestors(n)]) {
    const lemma = doc.tokens[a]!.lemma;
    // The verb the act is told under ("said that …"), or one it charges or fends off.
    const reports = a !== n && doc.tokens[a]!.pos === 'VERB' && (isSpeech(doc.tokens, syn, a)
      || (!first(pronoun) && possessive && (ROLE_WORDS.possessorReporters.has(lemma) || ROLE_WORDS.defenceVerbs.has(lemma))));
    // "…, the army said" told after the act: the speech verb hangs on the act's verb.
    const beside = syn.children(a).filter((c) => syn.relation(c) === 'parataxis' && doc.tokens[c]!.pos === 'VERB' && isSpeech(doc.tokens, syn, c));
    // "The cartel returned a driver it had kidnapped …, the prosecutor said": a clause between the act and the
    // report whose own subject the pronoun can stand for may hold the referent (or not: "offered sympathy over
    // floods in its capital"); left unread rather than given to the reporter.
    if (a !== n && a !== trigger.head && !reports && referent(a) !== null) return [];
    for (const verb of [...(reports ? [a] : []), ...beside]) {
      const party = referent(verb);
      if (!party) continue;
      roles.why.push(`"${word}" stands for "${party.text}", the subject of "${doc.tokens[verb]!.text}"`);
      return [party];
    }
  }
  return [];
}

/** Uncoded group nouns read with the code of their owner, once per mention (the same object each time, as roles compare by identity). */
const ownedCopies = new WeakMap<ActorMention, Map<string, ActorMention>>();

/**
 * "“They shelled our villages,” the Armenian minister said", "Georgia said rebels killed two of its
 * border guards": a group noun that names no state of its own, owned through a pronoun, is the group
 * of the party the pronoun stands for (pronounParties) — Armenian villages, Georgian guards.
 */
function ownedByReferent(doc: ArticleDoc, syn: SyntaxView, context: RoleContext, trigger: TriggerMatch, n: number, found: ActorMention[], roles: Roles): ActorMention[] {
  const owner = pronounParties(doc, syn, context, trigger, n, { ...roles, why: [] })[0];
  if (!owner || owner.code === null) return found;
  return found.map((a) => {
    if (!isGroupNounActor(a)) return a;
    const copies = ownedCopies.get(a) ?? new Map<string, ActorMention>();
    ownedCopies.set(a, copies);
    const copy = copies.get(owner.code!) ?? { ...a, code: owner.code };
    copies.set(owner.code!, copy);
    roles.why.push(`"${a.text}" belongs to "${owner.text}" (${owner.code}), whom its possessive pronoun stands for`);
    return copy;
  });
}

function quotationSpeaker(doc: ArticleDoc, syn: SyntaxView, context: RoleContext): ActorMention | null {
  const inQuote = new Set(context.clause.tokens);
  const speakerAmong = (clauses: readonly Clause[]): ActorMention | null => {
    for (const clause of clauses) {
      if (clause.role === 'quote') continue;
      for (const i of clause.tokens) {
        if (inQuote.has(i) || !isSpeech(doc.tokens, syn, i) || doc.tokens[i]!.pos !== 'VERB') continue;
        const speaker = syn.subjectOf(i);
        if (!speaker) continue;
        const actor = partiesOf(doc, syn, context.index, speaker.token)[0];
        if (actor) return actor;
      }
    }
    return null;
  };
  const own = speakerAmong(context.clauses);
  if (own || context.clauses.some((c) => c.role !== 'quote')) return own;
  // '"…," the minister said. "We urge Tehran to …"': a sentence that is all quotation, right after a quotation
  // told with its speaker, goes on with that speaker's words.
  const sentence = doc.tokens[context.clause.head]!.sentence;
  const before = sentence > 0 ? doc.sentences[sentence - 1] : undefined;
  if (!before) return null;
  const clauses = splitClauses(doc, before);
  return clauses.some((c) => c.role === 'quote') ? speakerAmong(clauses) : null;
}

/** Prepositions of a time adjunct that tells talks as what came before or after the main act ("after talks hosted by X"). */
const SEQUENCE_PREPOSITIONS = new Set(['after', 'before', 'following', 'ahead', 'during']);
/** Acts whose doers held the talks told before them: what talks settle or make way for (an accord, a release, aid). */
const TALKS_OUTCOMES: ReadonlySet<PloverType> = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);

/**
 * "Ghana and Togo agreed on a joint patrol plan after talks hosted by Benin", "Kenya and Uganda agreed to reopen the
 * border after talks brokered by Tanzania": talks told as the time adjunct of an act, naming no sides of their own, were
 * held by the doers of that act, the subject of the verb the adjunct hangs on. They are the talks' sides: the actors of
 * the talks noun, or, where a host or broker is the act's doer ("hosted by"), whom it hosted.
 */
function sidesOfTalksBefore(doc: ArticleDoc, syn: SyntaxView, context: RoleContext, trigger: TriggerMatch, roles: Roles): void {
  const talks = trigger.nominal ? trigger.head : syn.relation(trigger.head) === 'acl' ? syn.head(trigger.head) : -1;
  if (talks < 0) return;
  // An adjunct of the verb, or one the parse coordinated with a noun of the verb's phrase though it has a preposition of
  // its own ("approved a plan for joint patrols, after talks hosted by Benin").
  const ownConjunct = syn.relation(talks) === 'conj' && syn.caseOf(talks) !== syn.caseOf(syn.firstConjunct(talks));
  if (syn.relation(talks) !== 'obl' && !ownConjunct) return;
  let verb = syn.head(talks);
  for (let steps = 0; steps < 4 && verb >= 0 && doc.tokens[verb]!.pos !== 'VERB'; steps++) verb = syn.head(verb);
  if (verb < 0 || doc.tokens[verb]!.pos !== 'VERB') return;
  // A verb ("hosted") tells the talks only when the noun it describes is itself a noun of talks.
  if (!trigger.nominal && !context.triggers.some((t) => t.nominal && t.head === talks && t.rule.event === 'CONSULT')) return;
  // The noun of talks a verb of talks describes ("talks hosted by Egypt") is told by that verb: one act, its sides given there.
  if (trigger.nominal && context.triggers.some((t) => !t.nominal && t.rule.event === 'CONSULT' && syn.head(t.head) === talks && syn.relation(t.head) === 'acl')) return;
  const preposition = syn.caseOf(talks)?.split(' ')[0] ?? '';
  if (!SEQUENCE_PREPOSITIONS.has(preposition)) return;
  // A passive act's subject underwent it ("the crew were released after talks brokered by clerics"); and talks with no
  // broker or host named may be anyone's ("nurses went on strike after talks with the ministry failed").
  if (syn.isPassive(verb) || (trigger.nominal && roles.thirdParty.length === 0)) return;
  // Only an act talks lead to or make way for: who marched or shelled a town during or after talks a broker held need not
  // have sat at them ("protesters marched in the capital during talks hosted by Qatar").
  if (!context.triggers.some((t) => !t.nominal && t.head === verb && TALKS_OUTCOMES.has(t.rule.event))) return;
  const subject = syn.subjectOf(verb);
  if (!subject) return;
  const taken = new Set([...roles.actor, ...roles.thirdParty]);
  const sides = partiesOf(doc, syn, context.index, subject.token).filter((a) => !taken.has(a));
  if (sides.length === 0) return;
  const role = trigger.nominal ? roles.actor : roles.recipient;
  addAll(role, sides, roles.why, (a) => `${trigger.nominal ? 'actor' : 'recipient'} "${a.text}" held the talks "${doc.tokens[talks]!.text}" before its own act ("${preposition} ${doc.tokens[talks]!.text}")`);
}

/**
 * "met on the sidelines of the UN General Assembly", "talks at the African Union summit": an
 * international body whose gathering hosts a meeting is its setting — a third party, and the
 * meeting is multilateral.
 */
function multilateralSetting(doc: ArticleDoc, syn: SyntaxView, index: ActorIndex, trigger: TriggerMatch, roles: Roles): void {
  const predicate = trigger.nominal && syn.head(trigger.head) >= 0 ? syn.head(trigger.head) : trigger.head;
  const settings: number[] = [];
  for (const { token, prep } of [...syn.obliquesOf(predicate), ...syn.nominalModifiersOf(trigger.head)]) {
    const noun = doc.tokens[token]!;
    if (ROLE_WORDS.settingNouns.has(noun.lemma) || ROLE_WORDS.settingNouns.has(noun.normal)) {
      for (const m of syn.nominalModifiersOf(token)) if (m.prep === 'of') settings.push(...syn.conjuncts(m.token));
    } else if (prep === 'at' || prep === 'during' || prep === 'on the margins of') {
      settings.push(token);
    }
  }
  for (const token of settings) {
    for (const party of coreActors(syn, index, token)) {
      if (party.actorKind !== 'igo' && party.actorKind !== 'organization') continue;
      roles.recipient = roles.recipient.filter((r) => r !== party);
      roles.actor = roles.actor.filter((r) => r !== party);
      if (!roles.thirdParty.includes(party)) roles.thirdParty.push(party);
      roles.multilateral = true;
      roles.why.push(`"${party.text}" is the multilateral setting of the meeting`);
    }
  }
}

/**
 * An actor with dated dictionary codes as it was on `on` (a date value of any precision), or the
 * actor itself: a date no dated entry covers keeps the code the mention resolved to.
 */
export function readAtDate(actor: ActorMention, on?: string | null): ActorMention {
  const dated = actor.dated && on && /^\d{4}/.test(on) ? datedCodeOn(actor.dated, on) : null;
  return dated && dated.code !== null && (dated.code !== actor.code || dated.sector !== actor.sector) ? { ...actor, ...dated } : actor;
}

/**
 * Converts resolved actor mentions to event parties, expanding collectives ("both sides") into
 * their members. A dictionary entry with dated codes is read again at the event's date, when
 * known (`on`, a date value of any precision): Obama in a 2014 event told in a 2020 article is USA GOV.
 */
export function toParties(actors: readonly ActorMention[], on?: string | null): EventParty[] {
  const parties: EventParty[] = [];
  const seen = new Set<string>();
  for (const source of actors) {
    const actor = readAtDate(source, on);
    // Two parties of one state a collective stands for keep their own sectors ("police and opposition supporters").
    if (actor.memberParties && actor.memberParties.length > 0) {
      for (const m of actor.memberParties) {
        const key = `${m.code}|${m.sector ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        parties.push({ code: m.code, sector: m.sector, text: actor.text, start: actor.span.start, end: actor.span.end });
      }
      continue;
    }
    const codes = actor.members && actor.members.length > 0 ? actor.members : [actor.code];
    // A collective's members take the sector its noun gives ("the two armies" MIL, "the two governments" GOV);
    // one that names no states gives none.
    const sector = actor.members && actor.members.length === 0 ? null : actor.sector;
    for (const code of codes) {
      const key = `${code ?? actor.text}|${sector ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parties.push({ code, sector, text: actor.text, start: actor.span.start, end: actor.span.end });
    }
  }
  return parties;
}

/**
 * Whether the act noun `act` hangs "in" on a sum or a count (a currency sign or a number, "$20m", or a noun counted by
 * one, "5 million euros") that a verb of giving or imposing (role-words.json amountVerbs) takes as its object, with no
 * "by" phrase of the act's own naming another doer.
 */
function amountGiven(doc: ArticleDoc, syn: SyntaxView, act: number): boolean {
  const amount = syn.head(act);
  const t = doc.tokens[amount]!;
  const isAmount = t.pos === 'SYM' || t.pos === 'NUM' || (t.pos === 'NOUN' && syn.children(amount).some((c) => syn.relation(c) === 'nummod'));
  const verb = syn.head(amount);
  return isAmount && syn.relation(amount) === 'obj' && verb >= 0 && ROLE_WORDS.amountVerbs.has(doc.tokens[verb]!.lemma)
    && !syn.nominalModifiersOf(act).some((m) => m.prep === 'by');
}
