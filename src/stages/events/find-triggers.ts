import type { ArticleDoc, Token } from '../../core/document.js';
import { lemmaOfWord } from '../../nlp/wink.js';
import { firstTokenFrom } from '../../core/search.js';
import { RELATIVE_PRONOUNS, syntaxOf, type SyntaxView } from '../../syntax/relations.js';
import { ROLE_WORDS, countsActs } from './role-words.js';
import { TRIGGERS, type TriggerRule } from './triggers.js';
import { ARMED_SECTORS, NOT_STATES, STATE_FORCE_SECTORS } from '../../kb/sectors.js';
import { loadPersonNouns } from '../../kb/person-nouns.js';
import { KIND_MODIFIERS } from './non-events.js';
import { acceptanceScore, candidateFeatures, readsDocument, type RefusedCandidate, type TriggerAcceptance } from './acceptance.js';

/** A trigger found in the text: the rule and the tokens it covers. */
export interface TriggerMatch {
  readonly rule: TriggerRule;
  /** Index of the head token in doc.tokens. */
  readonly head: number;
  /** Index one past the last token of the phrase. */
  readonly end: number;
  /** Whether the head was used as a noun (nominal trigger) or a verb. */
  readonly nominal: boolean;
  /** A "must" of a reported obligation ("said that Sudan must return …"), coded as the speaker's demand. */
  readonly obligation?: boolean;
  /** Found by the lexicon's fallback source (the Phoenix CAMEO verbs), not by its rules. */
  readonly fallback?: true;
  /** Refused by a condition of its rule and admitted by the learned acceptance (acceptance.ts): the condition and the score. */
  readonly admitted?: { readonly condition: string; readonly score: number };
}

/**
 * A trigger source consulted last, for a word no rule of the lexicon has as its head (the Phoenix
 * CAMEO verbs): the rule and one past its last token, or null. `known(i)` says whether token `i`
 * heads a rule of the lexicon, so that the source can leave a phrase the lexicon codes to it
 * ("began a hunger strike": the noun "strike" is the lexicon's).
 */
export type TriggerFallback = (doc: ArticleDoc, head: number, start: number, limit: number, known: (i: number) => boolean) => { readonly rule: TriggerRule; readonly end: number } | null;

/** Trigger rules indexed by their head lemma, built once per lexicon. */
export interface TriggerLexicon {
  readonly byHead: ReadonlyMap<string, readonly TriggerRule[]>;
  readonly version: string;
  readonly fallback?: TriggerFallback;
  /** The learned acceptance of candidates the rules' conditions refuse (acceptance.ts); none: the rules alone. */
  readonly acceptance?: TriggerAcceptance;
}

/** Builds a lexicon; `extra` rules (user dictionaries) are tried before the built-in ones, `fallback` only where neither has the word. */
export function buildLexicon(extra: readonly TriggerRule[] = [], version = '', builtins = true, fallback?: TriggerFallback): TriggerLexicon {
  const byHead = new Map<string, TriggerRule[]>();
  for (const written of [...extra, ...(builtins ? TRIGGERS : [])]) {
    // Tokens split hyphens as UD does ("sit - in"), so a hyphenated phrase is matched word by word.
    const phrase = written.phrase.replace(/(\p{L})-(\p{L})/gu, '$1 - $2');
    const rule = phrase === written.phrase ? written : { ...written, phrase };
    const head = rule.phrase.split(' ')[0]!.toLowerCase();
    const list = byHead.get(head) ?? [];
    list.push(rule);
    byHead.set(head, list);
  }
  return { byHead, version, ...(fallback ? { fallback } : {}) };
}

const DEFAULT_LEXICON = buildLexicon();

const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
const VERB_TAGS = new Set(['VERB']);
const NOUN_CONTEXT = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
/** How far an `objects` or `preceded` cue may be from the head. */
const OBJECT_WINDOW = 7;
const PRECEDE_WINDOW = 3;

/** Relations by which a word heads a clause of its own. */
const CLAUSE_HEAD_RELATIONS = new Set(['root', 'conj', 'ccomp', 'advcl', 'parataxis']);

/**
 * The part of speech the parse gives a word where the tagger's tag disagrees with it, else null. A word tagged
 * as a noun that heads a clause with a subject and an object, and no copula or determiner, is the clause's verb
 * ("Protesters in Dhaka set fire to buses": the tagger reads "set" after a name as a noun); a word tagged as a
 * verb that has a possessor or an article is a noun ("approved Sweden's bid to join": a bid made, no act of
 * bidding), unless it is a gerund. Read on the parse only; without one, the tag stands.
 */
function posByParse(doc: ArticleDoc, i: number): 'NOUN' | 'VERB' | null {
  const t = doc.tokens[i]!;
  if (t.dep === undefined) return null;
  const syn = syntaxOf(doc);
  const children = syn.children(i);
  const has = (...relations: string[]) => children.some((c) => relations.includes(syn.fullRelation(c)));
  if (t.pos === 'NOUN' && CLAUSE_HEAD_RELATIONS.has(syn.relation(i)) && has('nsubj') && has('obj') && !has('cop', 'det', 'nmod:poss', 'case')) return 'VERB';
  // A gerund keeps its verb's reading: "a military-backed ousting of the president" names the act done.
  if (t.pos === 'VERB' && t.tag !== 'VBG' && !/ing$/.test(t.normal) && !has('nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj')
    && children.some((c) => syn.fullRelation(c) === 'nmod:poss' || (syn.relation(c) === 'det' && ARTICLES.has(doc.tokens[c]!.normal)))) return 'NOUN';
  return null;
}
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A participle before its noun describes it, it tells no act: "the ousted president", "the
 * visiting prince", "Syrian-backed militia" — the parse's `amod` on a later noun. Without a parse
 * (a pipeline run without the syntax stage): a participle glued to a word by a hyphen, or between
 * a determiner and a noun.
 */
function describesNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.dep !== undefined) return t.dep === 'amod' && t.head !== undefined && t.head > i;
  if (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start) return true;
  return /ed$/.test(t.normal) && tokens[i - 1]?.pos === 'DET' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN');
}

function phraseMatches(rule: TriggerRule, tokens: readonly Token[], head: number, limit: number): number | null {
  const parts = rule.phrase.split(' ');
  let i = head + 1;
  for (const part of parts.slice(1)) {
    if (i >= limit) return separatedParticle(rule, parts, tokens, head, limit) ? head + 1 : null;
    if (part === '*') { i++; continue; }
    // allow one adverb between a verb and its particle ("broke quickly away" is rare; "pulled its troops out" is not handled)
    if (tokens[i]!.lemma !== part && tokens[i]!.normal !== part) return separatedParticle(rule, parts, tokens, head, limit) ? head + 1 : null;
    i++;
  }
  return i;
}

/** Particles whose verb keeps their sense with its object between them, read as an adverb too ("sent 40 migrants back", "pulled its troops back"). */
const SEPARABLE_PARTICLES = new Set(['back']);

/**
 * "sent 40 migrants back to Libya", "pulled its troops back", "turned the boats back": a verb rule of two words whose
 * second is a separable particle matches the verb alone when that particle stands later in the clause hung on the verb
 * (as a particle or an adverb, as the parse reads "back"; or on the verb's object, where the parse may hang it), its object
 * between them. Any other second word does so only as the particle the parse hangs on the verb itself (compound:prt):
 * "voted it down", "called the strike off", "handed them over" are "vote down", "call off", "hand over" with their object
 * inside; "out" or "off" read as an adverb tells where the object went ("were pulling bodies out", no withdrawal). The
 * trigger is the verb.
 */
function separatedParticle(rule: TriggerRule, parts: readonly string[], tokens: readonly Token[], head: number, limit: number): boolean {
  if (rule.pos !== 'VERB' || parts.length !== 2) return false;
  const separable = SEPARABLE_PARTICLES.has(parts[1]!);
  for (let k = head + 2; k < limit; k++) {
    const t = tokens[k]!;
    if ((t.dep !== 'compound:prt' && !(separable && t.dep === 'advmod')) || (t.normal !== parts[1] && t.lemma !== parts[1]) || t.head === undefined) continue;
    // On the verb, or for "back" on its object as the parse may hang it ("flew 30 travellers back": "back" on "travellers").
    if (t.head === head || (separable && tokens[t.head]?.head === head && tokens[t.head]?.dep === 'obj')) return true;
  }
  return false;
}

/** Relations that make a verb a clause with arguments of its own (not "obl": "peacekeeping training to the mission" is a noun misread). */
const CLAUSE_ARGUMENTS = new Set(['obj', 'nsubj', 'iobj']);
/** How near a clause's own argument stands to its verb ("crossing the old river"). */
const CLAUSE_REACH = 3;

/**
 * Whether token `t` is one of a rule's object words: by its lemma or form, or as the last part of a compound glued by
 * a hyphen, which the tokens split as UD does ("broke up a sit-in": "sit - in", the object's head "in").
 */
function namesObject(words: readonly string[], doc: ArticleDoc, t: Token): boolean {
  if (words.includes(t.lemma) || words.includes(t.normal)) return true;
  // Only the hyphen and phrase cases need the word's place (found by its offset, not by a scan of the document).
  const i = firstTokenFrom(doc.tokens, t.start);
  // A phrase names the thing by its last word with the words before it: "state of exception" (an "exception" alone is none).
  if (words.some((w) => w.includes(' ') && phraseEndsAt(w, doc.tokens, i))) return true;
  const hyphen = doc.tokens[i - 1];
  const first = doc.tokens[i - 2];
  if (!hyphen || !first || hyphen.text !== '-' || first.end !== hyphen.start || hyphen.end !== t.start) return false;
  return words.includes(`${first.normal}-${t.normal}`);
}

/** Whether the tokens ending at `i` read the words of `phrase` (by form or lemma). */
function phraseEndsAt(phrase: string, tokens: readonly Token[], i: number): boolean {
  const parts = phrase.split(' ');
  return parts.every((p, k) => {
    const t = tokens[i - parts.length + 1 + k];
    return t !== undefined && (t.normal === p || t.lemma === p);
  });
}

/**
 * The first condition of `rule` the word fails, named by the rule's field (`objects`, `subjects`, …), or null when every one
 * holds. The name is what the learned acceptance (acceptance.ts) reads of a refused candidate.
 */
function refusingCue(rule: TriggerRule, doc: ArticleDoc, head: number, end: number, start: number, limit: number, byHead: TriggerLexicon['byHead']): string | null {
  const tokens = doc.tokens;
  const syn = syntaxOf(doc);
  if (rule.objects) {
    let found = false;
    // `objectHead`: only what the verb acts on, by its head word (below), not a word near it.
    if (!rule.objectHead) for (let i = end; i < Math.min(limit, end + OBJECT_WINDOW); i++) {
      const t = tokens[i]!;
      // The object ends at the next verb: "freed the men who *returned* prisoners" is not about prisoners.
      // A participle describing a noun is inside the object ("returned the *seized* ship").
      // So is a word the tagger reads as a verb that the parse makes a compound of a later noun ("agreed to a *pay* rise").
      const nextVerb = t.pos === 'VERB' && i > end && tokens[i - 1]?.text !== '-' && !describesNoun(tokens, i) && !(t.dep === 'compound' && (t.head ?? i) > i);
      // A verb with its own subject or object right by it is a clause, no object word ("opened fire on farmers
      // *crossing* the river" opens no crossing); a bare one may be a noun the tagger misread ("provided
      // peacekeeping *training* to …", even where the parse hangs a far noun on it as its object).
      const clause = nextVerb && syn.children(i).some((c) => CLAUSE_ARGUMENTS.has(syn.relation(c)) && Math.abs(c - i) <= CLAUSE_REACH);
      // An act noun's "of" phrase names what is acted on by its head, not by an owner before it: "the suspension of the
      // newspaper's sports editor" suspends a person, not a newspaper.
      const owner = rule.pos === 'NOUN' && ["'s", "'"].includes(tokens[i + 1]?.normal ?? '') && tokens[i + 1]!.dep === 'case';
      if (!clause && !owner && namesObject(rule.objects, doc, t) && !wordOfLongerName(doc, t)) { found = true; break; }
      if (t.text === '.' || t.text === ';' || nextVerb) break;
    }
    // A long object on the parse: "lifted the nationwide state of emergency declared after the floods" (the object's head or its "of"/compound words).
    if (!found && rule.objectHead && rule.pos === 'VERB') found = objectHeads(doc, head, end).some((t) => namesObject(rule.objects!, doc, t) && !wordOfLongerName(doc, t)
      && ownersFit(doc, t, rule) && (!rule.objectCargo || carries(doc, doc.tokens.indexOf(t), rule.objectCargo)));
    if (!found && !rule.objectHead && rule.pos === 'VERB') found = parsedObjectWords(doc, head, PASSIVE_THING_EVENTS.has(rule.event) || PASSIVE_THING_MODES.has(rule.mode ?? '')).some((t) => namesObject(rule.objects!, doc, t) && !wordOfLongerName(doc, t));
    // "took over Kidal", "Kidal was regained": the object (or a passive subject) is a place the text names.
    // A place the object is taken to or from is no ground taken: "took the wounded to Goma" ("the town of Kidal", "villages in Kidal region" are).
    if (!found && rule.placeObject && rule.pos === 'VERB') found = [...parsedObjectWords(doc, head, true).filter((t) => !movedTo(doc, t)), ...particleObjects(doc, head, end)].some((t) => doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end));
    if (!found) return 'objects';
  }
  if (rule.notObjects) {
    // Every object must be such a thing: "released a statement and two captured soldiers" freed the soldiers.
    // A passive's subject is what the verb acts on too: "crimes committed by the army" commits to nothing.
    // An act noun takes what it is about by a preposition, on the noun or on the light verb it is the object of
    // ("regret for his remarks", "expressed regret over the loss of life").
    const lightVerb = syn.relation(head) === 'obj' ? syn.head(head) : -1;
    const nounObjects = rule.pos === 'NOUN' && doc.tokens[head]!.dep !== undefined
      ? [...syn.nominalModifiersOf(head), ...(lightVerb >= 0 ? syn.obliquesOf(lightVerb) : [])].filter((m) => m.token > head).map((m) => doc.tokens[m.token]!) : [];
    const heads = [...parsedObjectHeads(doc, head), ...passiveSubjectHeads(doc, head), ...nounObjects];
    if (heads.length > 0 && heads.every((t) => rule.notObjects!.includes(t.lemma) || rule.notObjects!.includes(t.normal))) return 'notObjects';
  }
  if (rule.predicates && !predicateAmong(doc, head, rule.predicates)) return 'predicates';
  if (rule.notPredicates && (predicateAmong(doc, head, rule.notPredicates) || participleOnObject(doc, head, rule.notPredicates))) return 'notPredicates';
  if (rule.complements && !hasComplementAmong(doc, head, rule.complements, rule.participlePurpose)) return 'complements';
  const complements = rule.complementDoer || rule.complementObjects || rule.complementParticiple ? complementsAmong(doc, head, rule.complements ?? null, rule.participlePurpose) : [];
  // "ordered the editor detained" puts the editor in custody; "ordered the police to detain him" asks the police.
  // The parse often reads that participle as a past tense with the object as its subject ("ordered the mayor held": "held"
  // a ccomp, "mayor" its nsubj): a complement with no marker or auxiliary whose subject's phrase fills the words between
  // the verb and it is the same small clause ("ordered that the mayor be held" has its marker).
  if (rule.complementParticiple && !complements.some((c) => doc.tokens[c]!.tag === 'VBN' || smallClauseReadAsFinite(doc, head, c) || smallClauseReadAsLoose(doc, head, c))) return 'complementParticiple';
  // "vowed that the attackers would pay": the complement's own subject is who is to act, not the doer.
  if (rule.complementDoer && !complements.some((c) => syn.children(c).some((m) => syn.relation(m) === 'nsubj'))) return 'complementDoer';
  // "banned them from setting foot in the country": the complement's own object says which act it is.
  if (rule.complementObjects && !complements.some((c) => syn.children(c).some((m) => syn.fullRelation(m) === 'obj' && rule.complementObjects!.includes(doc.tokens[m]!.lemma)))) return 'complementObjects';
  if (rule.othersObject && !othersObject(doc, head, end, limit, rule.objects ?? [])) return 'othersObject';
  // "ordered troops into the city" moves them; "ordered the army to investigate" asks it for something else.
  if (rule.complementsIfAny) {
    const told = complementsAmong(doc, head, null);
    if (told.length > 0 && !told.some((c) => rule.complementsIfAny!.includes(doc.tokens[c]!.lemma))) return 'complementsIfAny';
  }
  if (rule.complements && rule.mode === 'expel' && !expelledFromCountry(doc, head, rule.complements)) return 'expelled';
  if (rule.transfer && !isTransfer(doc, head, limit)) return 'transfer';
  // "received air defence systems from the US": a "from" phrase names who gives.
  if (rule.giver && !isTransfer(doc, head, limit, 'from')) return 'giver';
  if (rule.personObject && !hasPersonObject(doc, head)) return 'personObject';
  // A noun that names its own doer, by a possessor or a "by" phrase ("the militia's blockade", "a blockade by truckers"),
  // is that doer's act wherever the noun stands in its clause; the doer tests read those words then, not a verb's subject.
  const ownDoers = rule.pos === 'NOUN' && (rule.armedSubject || rule.stateDoer || rule.crowdDoer) ? nounOwnDoers(doc, head) : [];
  if (rule.armedSubject) {
    // A noun's doer is its verb's: "rebels launched a rebellion", also through a counting noun ("opened ten days of exercises").
    const doerOf = rule.pos === 'NOUN' ? nounDoerVerb(doc, head) : head;
    if (!armedDoer(doc, doerOf, rule.subjects, ownDoers) && !(rule.orGround && outOfGround(doc, head, rule.orGround))) return 'armedSubject';
  } else if (rule.subjects && !hasSubjectAmong(doc, rule.pos === 'NOUN' ? nounDoerVerb(doc, head) : head, rule.subjects)) return 'subjects';
  if (rule.nounDoers && !nounDoerAmong(doc, head, rule.nounDoers)) return 'nounDoers';
  if (rule.objectOf && !objectOfAmong(doc, head, rule.objectOf)) return 'objectOf';
  if (rule.dated && !datedByYear(doc, head)) return 'dated';
  if (rule.subjectOf && !(syn.relation(head) === 'nsubj' && syn.head(head) >= 0 && rule.subjectOf.includes(tokens[syn.head(head)]!.lemma))) return 'subjectOf';
  if (rule.stateDoer && !stateDoer(doc, head, ownDoers)) return 'stateDoer';
  if (rule.crowdDoer && !crowdDoer(doc, head, ownDoers)) return 'crowdDoer';
  if (rule.notCause && toldWithCause(doc, head)) return 'notCause';
  if (rule.partyDoer && !partyDoer(doc, head, rule.pos === 'NOUN')) return 'partyDoer';
  if (rule.doerSectors && !doerOfSectors(doc, rule.pos === 'NOUN' ? nounDoerVerb(doc, head) : head, rule.doerSectors)) return 'doerSectors';
  if (rule.againstParty && !againstParty(doc, head)) return 'againstParty';
  if (rule.twoStates && !twoStatesTaking(doc, head)) return 'twoStates';
  if (rule.describedBy && !(tokens[head]!.dep !== undefined && syn.children(head).some((c) => (syn.relation(c) === 'amod' || syn.relation(c) === 'compound')
    && (rule.describedBy!.includes(tokens[c]!.lemma) || rule.describedBy!.includes(tokens[c]!.normal))))) return 'describedBy';
  if (rule.rescued && !isRescue(doc, head, rule.rescued)) return 'rescued';
  if (rule.deployedTo && !deployedArrival(doc, head)) return 'deployedTo';
  if (rule.placePhrase && !placePhrase(doc, head)) return 'placePhrase';
  // A past participle after its noun, with no "by" agent, says what is said of the noun ("three men accused of looting",
  // "a lorry seized at the port last year"): it tells why the noun is named, no act anyone is said to do now. A participle
  // with an object of its own is no such description but a verb the parse hung on a noun before it ("the embassy
  // spokesman in Nairobi blamed the rebels for …" read as "spokesman blamed"), and stays an act.
  if (rule.notDescribing && tokens[head]!.tag === 'VBN' && tokens[head]!.dep === 'acl' && (tokens[head]!.head ?? head) < head && syn.agentOf(head) === null
    && !syn.children(head).some((c) => syn.fullRelation(c) === 'obj')) return 'notDescribing';
  if (rule.notIn && hasObliqueAmong(doc, head, rule.notIn)) return 'notIn';
  if (rule.inAmong && !hasObliqueAmong(doc, head, rule.inAmong)) return 'inAmong';
  if (rule.facing && !facingSite(doc, head, rule.facing, rule.facingSeats ?? [])) return 'facing';
  if (rule.notSubjects && hasSubjectAmong(doc, head, rule.notSubjects)) return 'notSubjects';
  // "troops backed by helicopter gunships shelled the villages": what backs a force in the field is its weapons, no one's endorsement.
  if (rule.notAgents) {
    const agent = syn.agentOf(head);
    if (agent !== null && syn.conjuncts(agent).some((a) => namesObject(rule.notAgents!, doc, tokens[a]!))) return 'notAgents';
  }
  if (rule.from && !leftAmong(doc, head, rule.from)) return 'from';
  if (rule.onto && !enteredOn(doc, head, rule)) return 'onto';
  // "ordered the envoy out of the country": what is ordered out leaves a state, not a hall or a meeting.
  // The orderer's own envoys ("ordered its ambassador out of France") are recalled, not expelled.
  if (rule.outOfCountry && (!leftWhere(doc, head, (i) => namesCountry(doc, i)) || ownObject(doc, head))) return 'outOfCountry';
  if (rule.toAbroad && !sentAbroad(doc, head)) return 'toAbroad';
  if (rule.onAmong && !onAmong(doc, head, rule.onAmong)) return 'onAmong';
  if (rule.notDoerSectors && doerOfSectors(doc, head, rule.notDoerSectors)) return 'notDoerSectors';
  if (rule.into && (!intoAmong(tokens, end, limit, rule.into) || hitsSomething(doc, head))) return 'into';
  if (rule.noObject && parsedObjectHeads(doc, head).length > 0) return 'noObject';
  if (rule.sumObject && (rule.pos !== 'VERB' || !sumGiven(doc, head, rule.sumObject))) return 'sumObject';
  if (rule.officialTrip && !isOfficialTrip(doc, head, byHead)) return 'officialTrip';
  if (rule.notAfter && head > start && rule.notAfter.includes(tokens[head - 1]!.normal)) return 'notAfter';
  // A preposition opening a time phrase names no target: "declared a strike on Friday" (the times stage's expressions).
  if (rule.notBefore && end < limit && rule.notBefore.includes(tokens[end]!.normal) && !opensTime(doc, end)) return 'notBefore';
  if (rule.preceded) {
    // A noun's verb may stand further back than the window: "set a strict two-week deadline" (the parse's object).
    // So may the verb of the noun it modifies: "raised its alert level" (alert a compound of level, level the object of raised).
    const nounOf = (tokens[head]!.dep === 'compound' || tokens[head]!.dep === 'amod') && tokens[head]!.head !== undefined ? tokens[head]!.head! : head;
    const governor = rule.pos === 'NOUN' && tokens[nounOf]!.dep === 'obj' ? tokens[tokens[nounOf]!.head ?? -1] : undefined;
    let found = governor !== undefined && (rule.preceded.includes(governor.lemma) || rule.preceded.includes(governor.normal));
    for (let i = head - 1; i >= Math.max(start, head - PRECEDE_WINDOW); i--) {
      const t = tokens[i]!;
      if (rule.preceded.includes(t.lemma) || rule.preceded.includes(t.normal)) { found = true; break; }
    }
    if (!found) return 'preceded';
  }
  // "marchers carrying banners calling for …": a word of the protest anywhere in the sentence (TriggerRule.inSentence).
  if (rule.inSentence && !tokens.slice(start, limit).some((t) => rule.inSentence!.includes(t.lemma) || rule.inSentence!.includes(t.normal))) return 'inSentence';
  if (rule.notReasons && toldWithReason(tokens, head, limit, rule.notReasons)) return 'notReasons';
  return null;
}

/**
 * A capitalised word inside a longer name, before its last word, names the thing, not its kind:
 * "attacked the Government Printing Office" is about an office (an assault), "attacked the
 * government" about a government (criticism). The name is an entity mention of the document naming
 * a body or a place; a treaty's name keeps its kind ("violated the Ceasefire Agreement").
 */
const NAMED_BODIES = new Set(['ORG', 'FAC', 'LOC', 'GPE']);
function wordOfLongerName(doc: ArticleDoc, t: Token): boolean {
  if (!/^\p{Lu}/u.test(t.text)) return false;
  // It modifies the name's head only when a capitalised word follows it in the name: "the Government of
  // Kenya" is a government (its head), "the Government Printing Office" an office.
  const next = doc.tokens[firstTokenFrom(doc.tokens, t.end)];
  if (!next || !/^\p{Lu}/u.test(next.text)) return false;
  return doc.mentions.some((m) => NAMED_BODIES.has(m.label) && m.span.start <= t.start && next.end <= m.span.end);
}

/** Whether the word at `i` is a preposition whose phrase is a time expression ("on Friday", "on 3 May"). */
function opensTime(doc: ArticleDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (t.pos !== 'ADP' || !next) return false;
  return doc.times.some((x) => x.span.start <= next.start && next.end <= x.span.end);
}

/** Whether a participle has a "to" or "with" phrase of its own (what it is tied to). Needs the parse. */
function tiedTo(doc: ArticleDoc, i: number): boolean {
  if (doc.tokens[i]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  return syn.obliquesOf(i).some((o) => o.prep === 'to' || o.prep === 'with');
}

/** Whether a verb's clausal complement ("ordered the troops to leave") is one of `lemmas`. Needs the parse. */
function hasComplementAmong(doc: ArticleDoc, head: number, lemmas: readonly string[], participles = false): boolean {
  return complementsAmong(doc, head, lemmas, participles).length > 0;
}

/** Whether an object word has an owner the rule asks for (`objectOwners`) and none it refuses (`notObjectOwners`). */
function ownersFit(doc: ArticleDoc, word: Token, rule: TriggerRule): boolean {
  if (!rule.objectOwners && !rule.notObjectOwners) return true;
  const k = doc.tokens.indexOf(word);
  return (!rule.objectOwners || ownedByAmong(doc, k, rule.objectOwners)) && (!rule.notObjectOwners || !ownedByAmong(doc, k, rule.notObjectOwners));
}

/** Verbs of carrying whose object, or "with" phrase, is what a craft carries. */
const CARRYING_VERBS = new Set(['carry', 'transport', 'ferry', 'haul', 'smuggle', 'load', 'laden', 'pack', 'stack', 'stuff']);
/**
 * Whether what a noun (a craft) carries is one of `lemmas`: the object or "with" phrase of a participle of carrying after
 * it ("a boat carrying cocaine", "a lorry loaded with rifles") or a "with" phrase of the noun ("a skiff with two tonnes of
 * hashish"), by the head or the head's "of" noun. Needs the parse.
 */
function carries(doc: ArticleDoc, n: number, lemmas: readonly string[]): boolean {
  if (n < 0 || doc.tokens[n]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const named = (k: number): boolean => lemmas.includes(doc.tokens[k]!.lemma) || lemmas.includes(doc.tokens[k]!.normal);
  const goods = (k: number): boolean => named(k) || syn.nominalModifiersOf(k).some((m) => m.prep === 'of' && named(m.token));
  const participles = syn.children(n).filter((c) => c > n && syn.relation(c) === 'acl' && CARRYING_VERBS.has(doc.tokens[c]!.lemma));
  const carried = [
    ...participles.flatMap((c) => [...syn.objectsOf(c), ...syn.obliquesOf(c).filter((o) => o.prep === 'with').map((o) => o.token)]),
    ...syn.nominalModifiersOf(n).filter((m) => m.prep === 'with' && m.token > n).map((m) => m.token),
  ];
  return carried.flatMap((k) => [k, ...syn.conjuncts(k)]).some(goods);
}

/**
 * Whether a participle or adjective the parse hangs after the verb's object, or after that object's "of" noun, is one
 * of these words ("leaving dozens of villagers injured", "leaving scores of families homeless": read as describing the
 * people, though it tells what they were left).
 */
function participleOnObject(doc: ArticleDoc, head: number, words: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const objects = syn.objectsOf(head).flatMap((o) => [o, ...syn.children(o).filter((c) => syn.relation(c) === 'nmod')]);
  return objects.some((o) => syn.children(o).some((c) => c > o && ((syn.relation(c) === 'acl' && doc.tokens[c]!.tag === 'VBN') || syn.relation(c) === 'amod')
    && (words.includes(doc.tokens[c]!.normal) || words.includes(doc.tokens[c]!.lemma))));
}

/**
 * Whether what a verb calls its object is one of `words` ("called the vote a sham", "described the election as a
 * farce", "branded it illegal", "called it a cowardly attack"): the predicate (an xcomp, an "as" phrase, a bare noun
 * the parse hangs on the object) or an adjective of it — never the object's own words ("called a meeting on
 * rising crime", "described the brutal attack" name no judgement). Needs the parse.
 */
function predicateAmong(doc: ArticleDoc, head: number, words: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  // The parse may read a bare object as an unmarked oblique ("called the report \"biased\"").
  const objects = syn.children(head).filter((c) => syn.fullRelation(c) === 'obj' || syn.fullRelation(c) === 'obl:unmarked');
  const predicates = [
    ...syn.children(head).filter((c) => syn.relation(c) === 'xcomp'),
    ...syn.obliquesOf(head).filter((o) => o.prep === 'as').map((o) => o.token),
    ...syn.children(head).filter((c) => syn.relation(c) === 'advcl' && syn.children(c).some((m) => doc.tokens[m]!.normal === 'as')),
    ...objects.slice(1),
    ...objects.flatMap((o) => syn.children(o).filter((c) => syn.fullRelation(c) === 'nmod:unmarked' || (syn.relation(c) === 'nmod' && syn.children(c).some((m) => syn.relation(m) === 'case' && doc.tokens[m]!.normal === 'as'))
      // An adjective after the object is what it is called ("called the report \"biased\""), as the parse may hang it on the object.
      || ((syn.relation(c) === 'amod' || syn.relation(c) === 'appos') && c > o))).flatMap((c) => [c, ...syn.conjuncts(c)]),
    // A quoted object is the name given ("what it called a \"savage attack\""), and so is the object of "called" in a
    // clause on "what" (the thing called is the "what").
    ...objects.filter((o) => syn.children(o).some((c) => c < o && /^(``|")$/.test(doc.tokens[c]!.tag ?? '') || ['"', '“'].includes(doc.tokens[c]!.text))
      || (syn.relation(head) === 'acl' && doc.tokens[syn.head(head)]?.normal === 'what')),
  ];
  const fits = (n: number) => words.includes(doc.tokens[n]!.lemma) || words.includes(doc.tokens[n]!.normal);
  // The predicate's own words count: its adjectives and the nouns of its phrase ("a cover for repression").
  return predicates.some((p) => fits(p) || syn.children(p).some((c) => (syn.relation(c) === 'amod' || syn.relation(c) === 'nmod' || (syn.relation(c) === 'compound' && c < p)) && fits(c)));
}

/** Words naming a whole country as what is left ("ordered to leave the country"). */
const COUNTRY_WORDS = new Set(['country', 'territory', 'nation', 'state', 'kingdom', 'republic']);

/** Whether the token at `i` names a whole country: a country word or a place the text names ("out of the country", "out of Chad"). */
function namesCountry(doc: ArticleDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  return COUNTRY_WORDS.has(t.lemma) || doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end)
    || doc.mentions.some((m) => m.label === 'GPE' && m.span.start <= t.start && t.end <= m.span.end);
}

/**
 * Whether a "to" phrase of the verb, of its object or of its particle ("sent 40 migrants back to Libya", where the parse
 * may hang "to Libya" on "migrants" or on "back") names a state or place, not in the state of the verb's subject when the
 * subject names one (TriggerRule.toAbroad). Read on the parse.
 */
function sentAbroad(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const covering = <T extends { span: { start: number; end: number } }>(list: readonly T[], i: number): T | undefined =>
    list.find((m) => m.span.start <= doc.tokens[i]!.start && doc.tokens[i]!.end <= m.span.end);
  const stateOf = (i: number): string | null => covering(doc.places, i)?.countryCode ?? covering(doc.actors.filter((a) => a.code !== null), i)?.code ?? null;
  const subject = syn.subjectOf(head)?.token;
  const doerState = subject === undefined ? null : stateOf(subject);
  const holders = [head, ...syn.objectsOf(head), ...syn.children(head).filter((c) => doc.tokens[c]!.normal === 'back')];
  const goals = holders.flatMap((h) => syn.children(h).filter((c) => syn.caseOf(c) === 'to'));
  return goals.some((g) => namesCountry(doc, g) && (doerState === null || stateOf(g) !== doerState));
}

/** Whether what the verb acts on is the doer's own, by "its" or "their" ("ordered its troops …", "ordered their envoy …"). */
function ownObject(doc: ArticleDoc, head: number): boolean {
  const syn = syntaxOf(doc);
  return syn.objectsOf(head).some((o) => syn.children(o).some((c) => syn.fullRelation(c) === 'nmod:poss' && ['its', 'their'].includes(doc.tokens[c]!.normal)));
}

/**
 * Whether an order to leave is an expulsion from a state: what is ordered out is not the orderer's own
 * ("ordered its troops to leave Gaza City" withdraws them), and the leaving verb has no object, or leaves
 * a country: a place the text names or a country word ("leave the country"), not a meeting or a hall.
 */
function expelledFromCountry(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  const syn = syntaxOf(doc);
  if (ownObject(doc, head)) return false;
  return complementsAmong(doc, head, lemmas).some((c) => syn.children(c).filter((o) => syn.relation(o) === 'obj').every((o) => namesCountry(doc, o)));
}

/**
 * Whether one of `words` after the verb is another party's: the head of a "to" phrase of the verb ("agreed to a pay
 * rise", "agreed to the demands") or a noun with a possessor ("agreed to the strikers' demands"): not a list the doers
 * drew up themselves ("agreed on a list of demands", "agreed their own demands").
 */
function othersObject(doc: ArticleDoc, head: number, end: number, limit: number, words: readonly string[]): boolean {
  const syn = syntaxOf(doc);
  const to = syn.obliquesOf(head).filter((o) => o.prep === 'to').map((o) => o.token);
  if (to.some((t) => namesObject(words, doc, doc.tokens[t]!))) return true;
  for (let i = end; i < Math.min(limit, end + OBJECT_WINDOW); i++) {
    const t = doc.tokens[i]!;
    if (t.text === '.' || t.text === ';') break;
    if (namesObject(words, doc, t) && syn.children(i).some((c) => syn.fullRelation(c) === 'nmod:poss' && !['their', 'its', 'our'].includes(doc.tokens[c]!.normal))) return true;
  }
  return false;
}

/**
 * Whether complement `c` of verb `head` is a past form the parse read as a finite clause though it is a small clause's
 * participle ("ordered the former mayor held without bail"): a ccomp past form with no marker or auxiliary, whose own
 * subject's phrase runs from the word right after the verb to the word right before it. Needs the parse.
 */
export function smallClauseReadAsFinite(doc: ArticleDoc, head: number, c: number): boolean {
  const syn = syntaxOf(doc);
  if (syn.fullRelation(c) !== 'ccomp' || doc.tokens[c]!.tag !== 'VBD') return false;
  if (syn.children(c).some((m) => ['mark', 'aux', 'aux:pass'].includes(syn.fullRelation(m)))) return false;
  const subject = syn.children(c).find((m) => syn.fullRelation(m) === 'nsubj');
  if (subject === undefined) return false;
  const [first, last] = syn.subtreeRange(subject);
  return first === head + 1 && last === c - 1;
}

/**
 * Whether `c` is a small clause's participle right after the object of verb `head` that the parse hung on the verb as a
 * loose clause or a complement (parataxis, xcomp), read as a past form or a participle, with no marker, subject or
 * auxiliary of its own: "told them kept in a cell overnight" (a pronoun object takes no description, so the participle
 * cannot hang on it). Needs the parse.
 */
export function smallClauseReadAsLoose(doc: ArticleDoc, head: number, c: number): boolean {
  const syn = syntaxOf(doc);
  if (syn.head(c) !== head || !['parataxis', 'xcomp'].includes(syn.relation(c)) || !['VBN', 'VBD'].includes(doc.tokens[c]!.tag ?? '')) return false;
  if (syn.fullRelation(c - 1) !== 'obj' || syn.head(c - 1) !== head) return false;
  return !syn.children(c).some((m) => ['mark', 'nsubj', 'nsubj:pass', 'aux', 'aux:pass'].includes(syn.fullRelation(m)));
}

/** The complement verbs of `head` among `lemmas` (see hasComplementAmong); `null`: any complement verb. */
function complementsAmong(doc: ArticleDoc, head: number, lemmas: readonly string[] | null, participles = false): number[] {
  if (doc.tokens[head]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  // "ordered the troops to leave" (xcomp), and a purpose infinitive: "sent a team to Kano to investigate" (advcl with "to");
  // what is kept from happening ("banned the ministers from entering", advcl with "from").
  // The parse may also read "from" + gerund as an oblique ("banned him from setting foot …": obl with case "from").
  const isComplement = (c: number) => ['xcomp', 'ccomp'].includes(syn.fullRelation(c)) || (syn.relation(c) === 'advcl' && syn.children(c).some((m) => syn.relation(m) === 'mark' && ['to', 'from'].includes(doc.tokens[m]!.normal)))
    || (syn.relation(c) === 'obl' && doc.tokens[c]!.tag === 'VBG' && syn.children(c).some((m) => syn.relation(m) === 'case' && doc.tokens[m]!.normal === 'from'));
  const among = (c: number) => lemmas === null ? doc.tokens[c]!.pos === 'VERB' : lemmas.includes(doc.tokens[c]!.lemma);
  // A bare participle adjunct tells the purpose as well as an infinitive does ("gathered outside parliament, demanding
  // his release" = "gathered to demand"); read only against a rule's own lemmas, not as "any complement", and only
  // for a rule that asks for it (`participlePurpose`): "sent troops into Congo, supporting the rebels" tells no purpose.
  const participle = (c: number) => participles && lemmas !== null && syn.relation(c) === 'advcl' && doc.tokens[c]!.tag === 'VBG'
    && !syn.children(c).some((m) => syn.relation(m) === 'mark' || syn.relation(m) === 'nsubj');
  const direct = syn.children(head).filter((c) => (isComplement(c) || participle(c)) && among(c));
  if (direct.length > 0) return direct;
  // The parse often hangs the infinitive on the object instead ("ordered the ambassador to leave": "to leave" an acl
  // of "ambassador"); an infinitive right after the object, on it, is the verb's complement all the same.
  // A passive infinitive reads the same ("ordered the treasurer to be arrested"): its "to" stands before the "be".
  const infinitivesOn = (o: number) => syn.children(o).filter((c) => syn.relation(c) === 'acl' && c > o && among(c)
    && syn.children(c).some((m) => syn.relation(m) === 'mark' && doc.tokens[m]!.normal === 'to'
      && (m === c - 1 || (m === c - 2 && syn.fullRelation(c - 1) === 'aux:pass' && syn.head(c - 1) === c))));
  // "ordered the two men held in custody", "ordered the editor detained": a past participle right after the object is the
  // state the verb puts it in (a small clause), which the parse hangs on the object as a description. Only against a rule's
  // own lemmas: "ordered the troops stationed there to leave" is told by its infinitive, not by "stationed".
  const participlesOn = (o: number) => lemmas === null ? [] : syn.children(o).filter((c) => syn.relation(c) === 'acl' && c > o && among(c)
    && doc.tokens[c]!.tag === 'VBN' && !syn.children(c).some((m) => ['mark', 'nsubj', 'nsubj:pass', 'aux', 'aux:pass'].includes(syn.fullRelation(m)))
    && !doc.tokens.slice(o, c).some((t) => t.text === ','));
  // "gathered in front of the town hall in Tamale to demand …": the parse may hang the purpose on the last noun of the
  // verb's place or time phrase (a name takes no infinitive of its own). Only against a rule's own lemmas: "any
  // complement" would read "met in the hall of the committee to be formed" as the meeting's purpose.
  const phraseNouns = (n: number): number[] => [n, ...syn.nominalModifiersOf(n).flatMap((m) => phraseNouns(m.token))];
  const onPhrases = lemmas === null ? [] : syn.obliquesOf(head).flatMap((o) => phraseNouns(o.token)).flatMap(infinitivesOn);
  // "banned the head of a security firm, a former colonel, from entering …": a "from" gerund is what the verb keeps its
  // object from doing, wherever in a long object the parse hangs it (on an apposition or a conjunct); nouns take none.
  const fromGerundsIn = (o: number) => {
    const [first, last] = syn.subtreeRange(o);
    const gerunds: number[] = [];
    for (let c = o + 1; c <= last; c++) {
      if (c >= first && syn.relation(c) === 'acl' && doc.tokens[c]!.tag === 'VBG' && among(c)
        && syn.children(c).some((m) => syn.relation(m) === 'mark' && doc.tokens[m]!.normal === 'from')) gerunds.push(c);
    }
    return gerunds;
  };
  // "ordered her kept in custody": after a pronoun object, which takes no description, the parse may hang the small
  // clause's participle on the verb itself as a loose clause (parataxis); right after the object it is the state all the same.
  const participlesAfter = (o: number) => lemmas === null ? [] : syn.children(head).filter((c) => c === o + 1 && among(c) && smallClauseReadAsLoose(doc, head, c));
  // A long object's infinitive may hang on its "of" noun ("ordered the head of the depot to be arrested").
  const ofNouns = (o: number) => syn.nominalModifiersOf(o).filter((m) => m.prep === 'of' && m.token > o).map((m) => m.token);
  return [...syn.objectsOf(head).flatMap((o) => [...infinitivesOn(o), ...ofNouns(o).flatMap(infinitivesOn), ...participlesOn(o), ...participlesAfter(o), ...fromGerundsIn(o)]), ...onPhrases];
}

/**
 * Acts whose object is a thing restricted, blocked or attacked, which news often makes the subject
 * of a passive ("internet access was cut in three provinces", "the main road was blocked", "homes were
 * burned", "seven fighters were neutralised"), and measures lifted, eased or ended, or ties cut
 * ("the curfew was lifted", "the tariffs were scrapped", "aid was halted"): the lexicon's CONCEDE,
 * RETREAT and SANCTION rules select such objects by what they are. Elsewhere a passive subject is
 * a party whose role the roles step reads (help "was sent", a deal "was welcomed"), so it is no object cue.
 */
const PASSIVE_THING_EVENTS = new Set(['COERCE', 'PROTEST', 'ASSAULT', 'CONCEDE', 'RETREAT', 'SANCTION']);
/**
 * Modes whose object cue names who undergoes the act, which a passive makes its subject too: the people
 * released ("twelve prisoners were handed over to the Red Cross", "the bodies were handed over") and the
 * forces moved ("reinforcements were sent to the district").
 */
const PASSIVE_THING_MODES = new Set(['release', 'troops']);
/** Nouns of a service named by its kind in a compound: "internet access", "mobile data services". */
const SERVICE_HEADS = new Set(['service', 'services', 'access', 'connection', 'connections', 'coverage']);

/**
 * The head word of a verb's object and the words naming its kind ("state of emergency", "travel
 * ban"); with `passiveSubject`, also a passive verb's subject, which is what the act was done to.
 */
function parsedObjectWords(doc: ArticleDoc, head: number, passiveSubject = false): Token[] {
  if (doc.tokens[head]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  const kindWords = (o: number) => syn.children(o).filter((k) => syn.fullRelation(k) === 'compound' || syn.fullRelation(k) === 'nmod');
  const own = syn.children(head).filter((o) => syn.fullRelation(o) === 'obj' && !RELATIVE_PRONOUNS.has(doc.tokens[o]!.normal));
  const objects = (own.length > 0 ? own : relativeAntecedent(doc, head)).flatMap((o) => [o, ...kindWords(o)]);
  // A passive subject by its own word, or a service named by its kind ("internet access was cut"):
  // "undersea internet cables were cut" names no service, and its words are not what was cut.
  const passive = passiveSubject ? syn.children(head).filter((o) => syn.fullRelation(o) === 'nsubj:pass')
    .flatMap((o) => [o, ...(SERVICE_HEADS.has(doc.tokens[o]!.normal) ? kindWords(o) : [])]) : [];
  return [...objects, ...passive].map((k) => doc.tokens[k]!);
}

/** A currency sign ("$", "€", "£", "₹"), alone or in a written sum or code ("A$", "US$", "$12m"). */
const CURRENCY_SIGN = /\p{Sc}/u;

/** Whether the verb's parsed object or passive subject is a sum of money (rule field sumObject; see namesSum). */
function sumGiven(doc: ArticleDoc, head: number, currencies: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  return syn.children(head).some((o) => ['obj', 'nsubj:pass'].includes(syn.fullRelation(o)) && namesSum(doc, o, currencies));
}

/**
 * Whether an object head is a sum of money (rule field sumObject): a currency sign in the head ("$12m", whose head is
 * "$"; "A$3 million"), or a counted head with a sign hung on it ("€12m", whose head is "12m"), or a currency word
 * counted by a number ("45 million rupees"). A thing a sum only describes is none: "a $2bn budget" is a budget.
 */
function namesSum(doc: ArticleDoc, k: number, currencies: readonly string[]): boolean {
  const syn = syntaxOf(doc);
  const t = doc.tokens[k]!;
  if (CURRENCY_SIGN.test(t.text)) return true;
  const counted = t.pos === 'NUM' || syn.children(k).some((c) => syn.relation(c) === 'nummod');
  if (!counted) return false;
  return currencies.includes(t.lemma) || currencies.includes(t.normal) || syn.children(k).some((c) => c < k && CURRENCY_SIGN.test(doc.tokens[c]!.text));
}

/** Prepositions of motion: a noun they hang on an object says where it goes or comes from. */
const MOTION_PREPS = new Set(['to', 'into', 'onto', 'toward', 'towards', 'from']);

/** A noun hung on an object by a preposition of motion ("the wounded *to Goma*", "supplies *from Kigali*"): where the object goes or comes from, not ground taken ("villages *in* Kidal region" still is). */
function movedTo(doc: ArticleDoc, t: Token): boolean {
  const syn = syntaxOf(doc);
  const k = doc.tokens.indexOf(t);
  const prep = syn.caseOf(k);
  return syn.relation(k) === 'nmod' && prep !== null && MOTION_PREPS.has(prep.toLowerCase());
}

/**
 * The object of a phrasal verb whose particle the parse read as a preposition ("took over Kidal" as
 * "took [over Kidal]"): the oblique of the verb introduced by the phrase's last word.
 */
function particleObjects(doc: ArticleDoc, head: number, end: number): Token[] {
  if (doc.tokens[head]!.dep === undefined || end - 1 <= head) return [];
  const syn = syntaxOf(doc);
  const particle = end - 1;
  return syn.children(head).filter((o) => syn.relation(o) === 'obl' && syn.children(o).includes(particle)).map((o) => doc.tokens[o]!);
}

/**
 * The head words of what a verb acts on: its objects and the nouns joined to them, the object of a
 * particle the parse read as a preposition ("took [over the town's utility]": utility), and a
 * passive subject. Possessors and modifiers are not among them.
 */
function objectHeads(doc: ArticleDoc, head: number, end: number): Token[] {
  if (doc.tokens[head]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  const passive = syn.children(head).filter((o) => syn.fullRelation(o) === 'nsubj:pass').flatMap((o) => [o, ...syn.conjuncts(o)]).map((o) => doc.tokens[o]!);
  const heads = [...parsedObjectHeads(doc, head), ...particleObjects(doc, head, end), ...passive];
  // A name told with its kind right before it names the thing by that kind ("suspended the channel TV5Monde", "the broadcaster RFI"),
  // also where the parse hangs the name on the object as its apposition ("suspended French-language channel NTV").
  const named = [...heads.map((t) => doc.tokens.indexOf(t)), ...heads.flatMap((t) => syn.children(doc.tokens.indexOf(t)).filter((c) => syn.relation(c) === 'appos'))];
  const kinds = named.filter((n) => doc.tokens[n]!.pos === 'PROPN' || /^\p{Lu}/u.test(doc.tokens[n]!.text)).flatMap((n) => syn.children(n)
    .filter((c) => c === n - 1 && syn.relation(c) === 'compound' && doc.tokens[c]!.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[c]!.text))).map((c) => doc.tokens[c]!);
  return [...heads, ...kinds];
}


/**
 * Whether the doer of a verb is an armed force: its subject (its "of" group: "hundreds of
 * fighters"), or a passive's "by" agent, is covered by an actor of an armed sector or is one of
 * `lemmas`. A passive with no agent names no doer and passes. Needs the parse.
 */
function armedDoer(doc: ArticleDoc, head: number, lemmas: readonly string[] = [], ownDoers: readonly number[] = []): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const armed = (n: number) => {
    const t = doc.tokens[n]!;
    return lemmas.includes(t.lemma) || lemmas.includes(t.normal) || doc.actors.some((a) => a.sector !== null && ARMED_SECTORS.has(a.sector) && a.span.start <= t.start && t.end <= a.span.end);
  };
  // "Houthi rebels": the actor may name the group by a word before the head.
  const armedHead = (n: number) => armed(n) || syn.children(n).some((c) => ['compound', 'amod', 'flat'].includes(syn.relation(c)) && armed(c));
  const armedOrOf = (n: number, depth: number): boolean => armedHead(n) || (depth > 0 && syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && armedOrOf(m.token, depth - 1)));
  if (ownDoers.length > 0) return ownDoers.some((n) => armedOrOf(n, 2));
  return doerIs(doc, head, (n) => armedOrOf(n, 2));
}

/**
 * The doers a noun names itself: its possessor ("the militia's blockade") or the head of its "by" phrase ("a blockade by
 * farmers"), with their conjuncts. Needs the parse; none without it.
 */
function nounOwnDoers(doc: ArticleDoc, n: number): number[] {
  if (doc.tokens[n]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  const own = [
    ...syn.children(n).filter((c) => syn.fullRelation(c) === 'nmod:poss'),
    ...syn.nominalModifiersOf(n).filter((m) => m.prep === 'by' && m.token > n).map((m) => m.token),
    ...relativeClauseDoers(doc, n),
  ];
  return own.flatMap((k) => syn.conjuncts(k)).filter((k, i, all) => all.indexOf(k) === i);
}

/**
 * "the barricade that truckers erected", "the sit-in that students staged": the subject of a relative clause
 * on an act noun whose verb does or keeps the act (role-words.json relativeDoerVerbs), with no object of its own but the
 * relative pronoun, is the act's doer. Needs the parse.
 */
export function relativeClauseDoers(doc: ArticleDoc, n: number): number[] {
  if (doc.tokens[n]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  return syn.children(n).filter((v) => v > n && syn.fullRelation(v) === 'acl:relcl' && !syn.isPassive(v) && ROLE_WORDS.relativeDoerVerbs.has(doc.tokens[v]!.lemma)
    && syn.children(v).every((c) => syn.fullRelation(c) !== 'obj' || RELATIVE_PRONOUNS.has(doc.tokens[c]!.normal)))
    .flatMap((v) => syn.children(v).filter((c) => syn.fullRelation(c) === 'nsubj' && !RELATIVE_PRONOUNS.has(doc.tokens[c]!.normal)));
}

/** The relative pronouns that stand for a noun a relative clause acts on: a closed class. */

/** Prepositions that give an act's cause or what it is against ("a riot over food", "a riot against the transfers"). */
const CAUSE_PREPS = new Set(['over', 'against']);
/**
 * Whether an act noun (or verb) is told with its purpose or cause (TriggerRule.notCause): an infinitive of purpose or an
 * "over"/"against" phrase, on the word itself or, for a noun, on the verb it is the object of ("staged a riot to protest
 * the transfers", "rioted over rations"). Needs the parse.
 */
function toldWithCause(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const own = doc.tokens[head]!.pos === 'NOUN' || doc.tokens[head]!.pos === 'PROPN';
  const words = own ? [head, nounDoerVerb(doc, head)].filter((k, i, all) => all.indexOf(k) === i) : [head];
  return words.some((w) => syn.children(w).some((c) => ['advcl', 'acl', 'xcomp'].includes(syn.relation(c)) && c > w && syn.isInfinitive(c))
    || syn.obliquesOf(w).some((o) => o.prep !== null && CAUSE_PREPS.has(o.prep) && o.token > w)
    || syn.nominalModifiersOf(w).some((m) => m.prep !== null && CAUSE_PREPS.has(m.prep) && m.token > w));
}

/**
 * Whether the doer of a verb passes `test`: a passive's "by" agent or its subject, any of their
 * conjuncts. A passive with no agent names no doer and passes. Needs the parse.
 */
function doerIs(doc: ArticleDoc, head: number, test: (token: number) => boolean): boolean {
  const syn = syntaxOf(doc);
  const agent = syn.agentOf(head);
  if (agent !== null) return syn.conjuncts(agent).some(test);
  if (syn.children(head).some((c) => syn.fullRelation(c) === 'nsubj:pass')) return true;
  const subject = syn.subjectOf(head);
  return subject !== null && syn.conjuncts(subject.token).some(test);
}

/** Sectors of a state's government and forces that test weapons or cut a population off the network (not police, courts, firms). */
const STATE_DOER_SECTORS = new Set(['GOV', 'MIL', 'SPY']);

/**
 * Whether the doer of a verb is a state's government or army: its subject, or a passive's "by"
 * agent, is covered by a country actor or an actor of STATE_DOER_SECTORS. A passive with no agent passes.
 */
function stateDoer(doc: ArticleDoc, head: number, ownDoers: readonly number[] = []): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const state = (n: number) => {
    const t = doc.tokens[n]!;
    return doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end
      && (a.sector !== null ? STATE_DOER_SECTORS.has(a.sector) : a.actorKind === 'country'));
  };
  if (ownDoers.length > 0) return ownDoers.some(state);
  return doerIs(doc, head, state);
}

/** Sectors of a state's government and of armed forces, whose marching or setting off is no crowd's protest (police may protest). */
const NO_CROWD_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'REB', 'PRM', 'UAF']);

/**
 * Whether the doer of a verb is a crowd or civilians (TriggerRule.crowdDoer): its subject (and its "of" group), or a
 * passive's "by" agent, with their conjuncts, is covered by no actor of NO_CROWD_SECTORS and by no country. A passive
 * with no agent fails ("prisoners were marched to the camp": moved by others). Needs the parse.
 */
function crowdDoer(doc: ArticleDoc, head: number, ownDoers: readonly number[] = []): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const official = (n: number) => {
    const t = doc.tokens[n]!;
    return doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end
      && (a.sector !== null ? NO_CROWD_SECTORS.has(a.sector) : a.actorKind === 'country'));
  };
  const officialOrOf = (n: number, depth: number): boolean => official(n) || (depth > 0 && syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && officialOrOf(m.token, depth - 1)));
  if (ownDoers.length > 0) return !ownDoers.some((n) => officialOrOf(n, 2));
  if (syn.agentOf(head) === null && syn.children(head).some((c) => syn.fullRelation(c) === 'nsubj:pass')) return false;
  return !doerIs(doc, head, (n) => officialOrOf(n, 2));
}

/**
 * Whether the doer of a verb is a party (TriggerRule.partyDoer): its subject, or a passive's "by" agent, or one of their
 * conjuncts, is covered by an actor. A passive with no agent names no doer and fails. Needs the parse.
 */
function partyDoer(doc: ArticleDoc, head: number, noun = false): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const party = (n: number) => coveredByActor(doc, n) !== null;
  // An act noun's doer is its own possessor or "by" phrase, else the doer of the verb it is the object of ("villagers
  // caused the obstruction of the road"); a noun with neither names no doer.
  if (noun) {
    const own = nounOwnDoers(doc, head);
    if (own.length > 0) return own.some(party);
    const verb = nounDoerVerb(doc, head);
    if (verb === head) return false;
    head = verb;
  }
  const agent = syn.agentOf(head);
  if (agent !== null) return syn.conjuncts(agent).some(party);
  if (syn.children(head).some((c) => syn.fullRelation(c) === 'nsubj:pass')) return false;
  const subject = syn.subjectOf(head);
  return subject !== null && syn.conjuncts(subject.token).some(party);
}

/** Whether an actor mention covers token `n`. */
function coveredByActor(doc: ArticleDoc, n: number): ReadonlySet<string> | null {
  const t = doc.tokens[n]!;
  const covering = doc.actors.filter((a) => a.span.start <= t.start && t.end <= a.span.end);
  return covering.length > 0 ? new Set(covering.flatMap((a) => [...(a.members ?? []), ...(a.code !== null ? [a.code] : [])])) : null;
}

/**
 * Whether what an act noun is "against", on the noun or on the verb it is the object of, is a party (TriggerRule.
 * againstParty): an actor covers the phrase's head, a conjunct of it, or its "of" group, compound or possessor ("against the
 * militants", "against cells of the group", "against rebel camps"). An operation against tax evasion or against smuggling attacks no one. Needs the parse.
 */
function againstParty(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const words = [head, nounDoerVerb(doc, head)].filter((k, i, all) => all.indexOf(k) === i);
  const against = words.flatMap((w) => [...syn.nominalModifiersOf(w), ...syn.obliquesOf(w)].filter((m) => m.prep === 'against' && m.token > w));
  // What a party holds is the party's side too: "against PKK positions", "against the militants' hideouts".
  const owners = (n: number) => [...syn.nominalModifiersOf(n).filter((m) => m.prep === 'of').map((m) => m.token),
    ...syn.children(n).filter((c) => syn.relation(c) === 'compound' || syn.fullRelation(c) === 'nmod:poss')];
  const named = (n: number): boolean => coveredByActor(doc, n) !== null || owners(n).some((o) => coveredByActor(doc, o) !== null);
  return against.some((m) => syn.conjuncts(m.token).some(named));
}

/**
 * Whether the parties of a joint act are of two states at least (TriggerRule.twoStates): the codes of the actors in the
 * noun's phrase ("with the navies of Chile and Peru") and of the doer of the verb it is the object of ("Kenyan and
 * Somali troops began …"). Police and soldiers of one state working together cooperate with no other party.
 */
function twoStatesTaking(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const [first, last] = syn.subtreeRange(head);
  const tokens = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const verb = nounDoerVerb(doc, head);
  const subject = verb !== head ? syn.subjectOf(verb) : null;
  if (subject) for (const c of syn.conjuncts(subject.token)) { const [a, b] = syn.subtreeRange(c); for (let k = a; k <= b; k++) tokens.push(k); }
  const states = new Set(tokens.flatMap((n) => [...(coveredByActor(doc, n) ?? [])]).filter((c) => !NOT_STATES.has(c)));
  return states.size >= 2;
}

/** Sectors of a state's forces, whose freeing of people others hold is a rescue (not rebels, who hold hostages themselves). */
const RESCUER_SECTORS = STATE_FORCE_SECTORS;

/**
 * Whether a verb of freeing is a rescue (TriggerRule.rescued): its doer, the subject or a passive's "by" agent (an
 * agentless passive names none), is covered by an actor of RESCUER_SECTORS, and what it frees (its object or passive
 * subject, with their compound words: "kidnap victims") is among `captives`. Needs the parse.
 */
function isRescue(doc: ArticleDoc, head: number, captives: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const freed = parsedObjectWords(doc, head, true).flatMap((t) => {
    const n = doc.tokens.indexOf(t);
    return [t, ...syn.children(n).filter((k) => syn.fullRelation(k) === 'compound' || syn.fullRelation(k) === 'amod').map((k) => doc.tokens[k]!)];
  });
  if (!freed.some((t) => captives.includes(t.lemma) || captives.includes(t.normal))) return false;
  const force = (n: number) => {
    const t = doc.tokens[n]!;
    return doc.actors.some((a) => a.sector !== null && RESCUER_SECTORS.has(a.sector) && a.span.start <= t.start && t.end <= a.span.end);
  };
  const agent = syn.agentOf(head);
  if (agent !== null) return syn.conjuncts(agent).some(force);
  const subject = syn.subjectOf(head);
  return subject !== null && syn.fullRelation(subject.token) !== 'nsubj:pass' && syn.conjuncts(subject.token).some(force);
}

/** Words of an arrival that is a return, not a deployment ("arrived home", "arrived back"). */
const RETURN_WORDS = new Set(['home', 'back']);
const ARRIVAL_PREPS = new Set(['in', 'at', 'to']);

/** Whether an arrival is a deployment (TriggerRule.deployedTo). Needs the parse. */
function deployedArrival(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const kids = syn.children(head);
  if (kids.some((c) => RETURN_WORDS.has(doc.tokens[c]!.normal))) return false;
  if (kids.some((c) => ['advcl', 'xcomp'].includes(syn.relation(c)) && syn.isInfinitive(c))) return false;
  const subject = syn.subjectOf(head);
  // "soldiers returning from Ukraine": a subject described by a clause of its own is coming back from somewhere.
  if (subject && syn.children(subject.token).some((c) => syn.relation(c) === 'acl' && doc.tokens[c]!.pos === 'VERB')) return false;
  return syn.obliquesOf(head).some((o) => o.prep !== null && ARRIVAL_PREPS.has(o.prep)
    && doc.places.some((p) => p.span.start <= doc.tokens[o.token]!.start && doc.tokens[o.token]!.end <= p.span.end));
}

/** Prepositions of a move's way: where it goes or comes from, whatever the phrase names (TriggerRule.placePhrase). */
const WAY_PREPS = new Set(['from', 'to', 'into', 'toward', 'towards']);
/** Prepositions of where a move is made, which count only before a place the text names (TriggerRule.placePhrase). */
const WHERE_PREPS = new Set(['in', 'at', 'near']);
/** Whether a verb has a phrase of where its move goes or comes from (TriggerRule.placePhrase). Needs the parse. */
function placePhrase(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const placed = (n: number) => doc.places.some((p) => p.span.start <= doc.tokens[n]!.start && doc.tokens[n]!.end <= p.span.end);
  return syntaxOf(doc).obliquesOf(head).some((o) => o.prep !== null && (WAY_PREPS.has(o.prep) || (WHERE_PREPS.has(o.prep) && placed(o.token))));
}

/**
 * Whether one of `words` modifies the noun `n` or names its owner: a compound, adjective, possessor or "of" noun, or their
 * compounds. A word of two or more ("coast guard") fits a modifier that is its last word written right after the others.
 */
function ownedByAmong(doc: ArticleDoc, n: number, words: readonly string[]): boolean {
  if (n < 0) return false;
  const syn = syntaxOf(doc);
  const written = (m: number, w: string) => {
    const parts = w.split(' ');
    return parts.every((part, i) => {
      const t = doc.tokens[m - (parts.length - 1 - i)];
      return t !== undefined && (t.normal === part || (i === parts.length - 1 && t.lemma === part));
    });
  };
  const fits = (m: number) => words.includes(doc.tokens[m]!.lemma) || words.includes(doc.tokens[m]!.normal)
    || words.some((w) => w.includes(' ') && written(m, w));
  const modifiers = (m: number) => syn.children(m).filter((c) => ['compound', 'amod', 'nmod:poss', 'nmod'].includes(syn.fullRelation(c)) || syn.relation(c) === 'nmod');
  return modifiers(n).some((m) => fits(m) || modifiers(m).some(fits));
}

/**
 * Whether the verb's "out of" phrase names ground: its head, or the head's own "of" noun ("out of
 * parts of central Somalia"), is one of `lemmas` or inside a place the text names. Needs the parse.
 */
function outOfGround(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const ground = (n: number) => {
    const t = doc.tokens[n]!;
    return lemmas.includes(t.lemma) || lemmas.includes(t.normal) || doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end);
  };
  return syn.obliquesOf(head).some((o) => (o.prep === 'of' || o.prep === 'out' || o.prep === 'out of') &&
    (ground(o.token) || syn.nominalModifiersOf(o.token).some((m) => m.prep === 'of' && ground(m.token))));
}

/** Prepositions of the setting an act is done in: "in the by-election", "at the polls", "during the vote". */
const SETTING_PREPS = new Set(['in', 'at', 'during']);

/** Words that open a reason after an act: "for", or the first word of "because of", "due to", "owing to". */
const REASON_MARKERS = new Map<string, string | null>([['for', null], ['because', 'of'], ['due', 'to'], ['owing', 'to']]);
/** How far after the act its reason may stand, and how many words may come between the marker and the reason word. */
const REASON_REACH = 12;
const REASON_WORDS_BETWEEN = 3;

/** Whether a reason among `reasons` follows the act at `head` in its sentence (TriggerRule.notReasons). */
function toldWithReason(tokens: ArticleDoc['tokens'], head: number, limit: number, reasons: readonly string[]): boolean {
  const end = Math.min(limit, head + REASON_REACH);
  for (let i = head + 1; i < end; i++) {
    const marker = tokens[i]!.normal;
    if (!REASON_MARKERS.has(marker)) continue;
    const second = REASON_MARKERS.get(marker);
    if (second && tokens[i + 1]?.normal !== second) continue;
    const from = second ? i + 2 : i + 1;
    for (let k = from; k < Math.min(limit, from + REASON_WORDS_BETWEEN + 1); k++) {
      const t = tokens[k]!;
      if (reasons.includes(t.lemma) || reasons.includes(t.normal)) return true;
      if (t.pos === 'PUNCT') break;
    }
  }
  return false;
}
/**
 * Whether the verb has an "in", "at" or "during" phrase headed by one of `lemmas` ("won the seat in the by-election"), on
 * the verb or on its object. Needs the parse.
 */
function hasObliqueAmong(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const named = (k: number) => lemmas.includes(doc.tokens[k]!.lemma) || lemmas.includes(doc.tokens[k]!.normal);
  if (syn.obliquesOf(head).some((o) => o.prep !== null && SETTING_PREPS.has(o.prep) && named(o.token))) return true;
  // The parse may hang the phrase on the object instead ("toppled the minister in a confidence vote": "vote" an nmod of
  // "minister"): the setting of the act all the same.
  return syn.objectsOf(head).some((obj) => syn.children(obj).some((c) => c > obj && syn.relation(c) === 'nmod'
    && SETTING_PREPS.has(syn.caseOf(c) ?? '') && named(c)));
}

/** Sectors of the bodies whose seat a crowd faces to be seen by them: the state's organs, a force, a firm. */
const SEAT_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'BUS']);

/**
 * Whether a verb is placed before the seat of a body by one of `words` with no purpose told (TriggerRule.facing): an
 * oblique whose preposition is among them ("outside the ministry"), or an "in" phrase headed by one ("in front of the
 * court"); and no infinitive of purpose or "for" phrase of the verb, and the verb no clause describing a noun. The site
 * must be a body's seat: its head or a word before it among `seats` ("the town hall", "the government building") or a party of the state, a force
 * or a firm named in its phrase ("the district court", "the embassy"): a crowd outside a stadium, a cathedral, a library
 * or its own homes after an earthquake is there for reasons the text need not give. Needs the parse.
 */
function facingSite(doc: ArticleDoc, head: number, words: readonly string[], seats: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const among = (k: number) => words.includes(doc.tokens[k]!.normal);
  // "dispersed nurses who had gathered outside the ministry": a clause describing a noun says where people another act is
  // told of stood, no act told of its own.
  if (syn.relation(head) === 'acl') return false;
  const obliques = syn.obliquesOf(head);
  if (syn.children(head).some((c) => ['advcl', 'xcomp'].includes(syn.relation(c)) && c > head && syn.isInfinitive(c)) || obliques.some((o) => o.prep === 'for')) return false;
  // The site's noun or a word before it in its phrase ("the regional government building") names the seat.
  const seat = (site: number): boolean => {
    const first = Math.min(site, ...syn.children(site).filter((c) => c < site));
    for (let i = first; i <= site; i++) if (seats.includes(doc.tokens[i]!.normal) || seats.includes(doc.tokens[i]!.lemma ?? '')) return true;
    const from = doc.tokens[first]!.start;
    const to = doc.tokens[site]!.end;
    return doc.actors.some((a) => a.sector !== null && SEAT_SECTORS.has(a.sector) && a.span.start < to && from < a.span.end);
  };
  return obliques.some((o) => {
    if (o.prep !== null && words.includes(o.prep)) return seat(o.token);
    // "in front of the court": the site is the "of" noun of the word that places the act.
    if (o.prep !== 'in' || !among(o.token)) return false;
    return syn.children(o.token).some((c) => syn.relation(c) === 'nmod' && syn.caseOf(c) === 'of' && seat(c));
  });
}

/**
 * Whether an "on" phrase of the verb, or of its object ("imposed a security law on the province"), names ground or a
 * people: a place the text names, a state, or a head among `lemmas` (its own "of" noun counts: "on the people of the
 * valley"). Needs the parse.
 */
function onAmong(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const ground = (n: number): boolean => {
    const t = doc.tokens[n]!;
    return lemmas.includes(t.lemma) || lemmas.includes(t.normal) || doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end)
      || doc.actors.some((a) => a.actorKind === 'country' && a.span.start <= t.start && t.end <= a.span.end);
  };
  const onPhrases = [
    ...syn.obliquesOf(head).filter((o) => o.prep === 'on').map((o) => o.token),
    ...syn.objectsOf(head).flatMap((obj) => syn.nominalModifiersOf(obj).filter((m) => m.prep === 'on' && m.token > obj).map((m) => m.token)),
  ];
  return onPhrases.some((n) => ground(n) || syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && ground(m.token)));
}

/**
 * Whether the doer of a verb, its subject or a passive's "by" agent, is covered by an actor of one of `sectors`. A passive
 * with no agent names no doer: false. Needs the parse.
 */
function doerOfSectors(doc: ArticleDoc, head: number, sectors: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  if (syn.agentOf(head) === null && syn.children(head).some((c) => syn.fullRelation(c) === 'nsubj:pass')) return false;
  return doerIs(doc, head, (n) => {
    const t = doc.tokens[n]!;
    return doc.actors.some((a) => a.sector !== null && sectors.includes(a.sector) && a.span.start <= t.start && t.end <= a.span.end);
  });
}

/** Prepositions of what is left: "from the deal", "out of the mission" (read as "out", "out of", or "of" alone after "out"). */
const LEAVING_PREPS = new Set(['from', 'out', 'out of', 'of']);
/** Whether a "from"/"out of" phrase of the verb, or of its object ("pulled its soldiers out of the mission"), is headed by one of `lemmas`. */
function leftAmong(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  return leftWhere(doc, head, (i) => lemmas.includes(doc.tokens[i]!.lemma) || lemmas.includes(doc.tokens[i]!.normal));
}

/** Whether a "from"/"out of" phrase of the verb, or of its object, is headed by a word `named` accepts. */
function leftWhere(doc: ArticleDoc, head: number, named: (i: number) => boolean): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  // "of" alone only after "out" ("out of"), which the parse may hang as the verb's particle: not "withdrew most of its staff".
  const leaving = (o: { prep: string | null; token: number }): boolean => o.prep !== null && LEAVING_PREPS.has(o.prep)
    && (o.prep !== 'of' || doc.tokens[o.token - 1]?.normal === 'out' || doc.tokens.slice(head + 1, o.token).some((t) => t.normal === 'out'));
  if (syn.obliquesOf(head).some((o) => leaving(o) && named(o.token))) return true;
  return syn.objectsOf(head).some((obj) => syn.children(obj).some((c) => ['nmod', 'obl'].includes(syn.relation(c)) && leaving({ prep: syn.caseOf(c), token: c }) && named(c)));
}

const ENTERING_PREPS = new Set(['to', 'on', 'onto']);
/** Mentions that name a party a state may penalise by entering it on a register: a person or an organisation. */
const PARTY_MENTIONS = new Set(['PERSON', 'ORG']);

/**
 * Whether a "to" or "on" phrase of the verb, or one inside its object's phrase (where the parse may hang it: "placed a
 * Cypriot bank whose directors fund the militia on its watchlist", "added six traders and a bank to a register of …"), is a
 * register of those penalised (TriggerRule.onto, ontoOwners, ontoPartyOwners), and what is entered on it is a party
 * (ontoParties). Read on the parse.
 */
function enteredOn(doc: ArticleDoc, head: number, rule: TriggerRule): boolean {
  if (doc.tokens[head]!.dep === undefined || !rule.onto) return false;
  const syn = syntaxOf(doc);
  const among = (words: readonly string[] | undefined, i: number) => words !== undefined && (words.includes(doc.tokens[i]!.lemma) || words.includes(doc.tokens[i]!.normal));
  const describing = (n: number) => syn.children(n).filter((c) => ['compound', 'amod', 'nmod'].includes(syn.relation(c)));
  // The "of" noun and its own words describe the list too ("its list of terror suspects").
  const ownedBy = (n: number) => describing(n).some((c) => among(rule.ontoOwners, c) || (syn.relation(c) === 'nmod' && describing(c).some((d) => among(rule.ontoOwners, d))));
  // "a list of banned organisations", "a list of individuals barred from travel": a word that marks those penalised only
  // when its list is of a kind of party, said of that noun (an adjective or a participle after it, which the parse may
  // hang on the list itself), not of substances or sites.
  const marks = (n: number, after: number) => syn.children(n).some((c) => (syn.relation(c) === 'amod' || (syn.relation(c) === 'acl' && c > after))
    && among(rule.ontoPartyOwners, c));
  const ofPenalisedParties = (n: number) => syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && among(rule.ontoParties, m.token)
    && (marks(m.token, m.token) || marks(n, m.token)));
  const described = (n: number) => (rule.ontoOwners === undefined && rule.ontoPartyOwners === undefined) || ownedBy(n) || ofPenalisedParties(n);
  const register = (o: { prep: string | null; token: number }) => o.prep !== null && ENTERING_PREPS.has(o.prep) && among(rule.onto, o.token) && described(o.token);
  // Anywhere in the object's phrase: the parse hangs the phrase on the last noun before it, a conjunct or a relative's word.
  const onObjects = syn.objectsOf(head).flatMap((obj) => {
    const [from, to] = syn.subtreeRange(obj);
    const inside: { prep: string | null; token: number }[] = [];
    for (let k = from; k <= to; k++) if (['nmod', 'obl'].includes(syn.relation(k))) inside.push({ prep: syn.caseOf(k), token: k });
    return inside;
  });
  if (![...syn.obliquesOf(head), ...onObjects].some(register)) return false;
  if (rule.ontoParties === undefined) return true;
  // What is entered: the object, or a passive's subject ("three shipping firms were added to …"), with their conjuncts,
  // or the body its "of" noun names ("the armed wing of a movement").
  const party = (k: number) => among(rule.ontoParties, k)
    || doc.actors.some((a) => a.span.start <= doc.tokens[k]!.start && doc.tokens[k]!.end <= a.span.end)
    || doc.mentions.some((m) => PARTY_MENTIONS.has(m.label) && m.span.start <= doc.tokens[k]!.start && doc.tokens[k]!.end <= m.span.end);
  return [...parsedObjectHeads(doc, head), ...passiveSubjectHeads(doc, head)].map((t) => doc.tokens.indexOf(t))
    .some((k) => party(k) || syn.nominalModifiersOf(k).some((m) => m.prep === 'of' && party(m.token)));
}

/**
 * Whether an "into" phrase headed by one of `heads` follows the verb before the next verb or the
 * sentence's end: "into" then, within a determiner and modifiers, the head ("into the sea", "into
 * the Sea of Japan", "into international waters").
 */
function intoAmong(tokens: readonly Token[], end: number, limit: number, heads: readonly string[]): boolean {
  for (let i = end; i < limit; i++) {
    const t = tokens[i]!;
    if (t.text === '.' || t.text === ';' || (t.pos === 'VERB' && !describesNoun(tokens, i))) return false;
    if (t.lemma !== 'into') continue;
    for (let k = i + 1; k < Math.min(limit, i + 4); k++) {
      if (heads.includes(tokens[k]!.lemma) || heads.includes(tokens[k]!.normal)) return true;
    }
  }
  return false;
}

/**
 * Whether a launch hit something after all: a participle or a joined verb of its clause acting on an
 * object ("fired torpedoes into the Gulf, sinking a tanker"), or an "at"/"on"/"against" target of the
 * verb ("fired missiles into the sea at a patrol boat"). Needs the parse; without it nothing is read.
 */
const TARGET_PREPS = new Set(['at', 'on', 'against']);
function hitsSomething(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const consequence = syn.children(head).some((c) => c > head && ['advcl', 'conj', 'xcomp'].includes(syn.relation(c)) && doc.tokens[c]!.pos === 'VERB'
    && syn.children(c).some((o) => syn.relation(o) === 'obj'));
  // "on Saturday" is a time, no target.
  const timed = (o: number) => syn.children(o).some((c) => syn.relation(c) === 'case' && opensTime(doc, c));
  return consequence || syn.obliquesOf(head).some((o) => o.prep !== null && TARGET_PREPS.has(o.prep) && !timed(o.token));
}

/** The head words of a verb's objects and of the nouns joined to them on the parse (none without a parse). */
function parsedObjectHeads(doc: ArticleDoc, head: number): Token[] {
  if (doc.tokens[head]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  // A count names its people by its "of" noun: "drove hundreds of families out" drove families.
  const counted = (o: number) => (COUNT_NOUNS.has(doc.tokens[o]!.lemma) || COUNT_NOUNS.has(doc.tokens[o]!.normal)) ? syn.nominalModifiersOf(o).filter((m) => m.prep === 'of').map((m) => m.token)[0] ?? o : o;
  const own = syn.children(head).filter((o) => syn.fullRelation(o) === 'obj' && !RELATIVE_PRONOUNS.has(doc.tokens[o]!.normal));
  const objects = own.length > 0 ? own : relativeAntecedent(doc, head);
  return objects.flatMap((o) => [o, ...syn.conjuncts(o)]).map((o) => doc.tokens[counted(o)]!);
}

/**
 * The noun a relative clause's verb acts on when the clause leaves its object out: "an allegation the ministry waved
 * away as invented", "the aid that Japan pledged", "the road farmers had blocked" (the parse hangs such a clause on the noun as
 * acl:relcl, or as a bare acl with its own subject). The verb must have a subject of its own that is not the relative
 * pronoun ("the men who blocked the road" blocked a road, not men), be active (a passive's noun is its subject, "the
 * charges brought against him" is read as such elsewhere), have no object or clause of its own and no marker. Empty otherwise.
 */
function relativeAntecedent(doc: ArticleDoc, verb: number): number[] {
  const syn = syntaxOf(doc);
  const relation = syn.fullRelation(verb);
  const noun = syn.head(verb);
  if ((relation !== 'acl:relcl' && relation !== 'acl') || noun < 0 || noun > verb || doc.tokens[noun]!.pos !== 'NOUN' || syn.isPassive(verb)) return [];
  const kids = syn.children(verb);
  const subject = kids.find((c) => syn.fullRelation(c) === 'nsubj');
  if (subject === undefined || subject < noun || RELATIVE_PRONOUNS.has(doc.tokens[subject]!.normal)) return [];
  if (kids.some((c) => (syn.fullRelation(c) === 'obj' && !RELATIVE_PRONOUNS.has(doc.tokens[c]!.normal)) || ['ccomp', 'xcomp'].includes(syn.relation(c)))) return [];
  // A clause with a marker is, as often, the content of its noun ("claims that a helicopter had fired on houses"): it
  // tells what was said, and the noun is nothing it acts on.
  if (kids.some((c) => syn.relation(c) === 'mark')) return [];
  return [noun];
}

/** The subject of a passive verb (or the noun a participle describes, "crimes committed by …"), with its conjuncts. */
function passiveSubjectHeads(doc: ArticleDoc, head: number): Token[] {
  if (doc.tokens[head]!.dep === undefined) return [];
  const syn = syntaxOf(doc);
  if (!syn.isPassive(head)) return [];
  const subject = syn.subjectOf(head);
  return subject === null ? [] : syn.conjuncts(subject.token).map((t) => doc.tokens[t]!);
}

/** Nouns of a count whose "of" noun names what is counted ("hundreds of families"). */
const COUNT_NOUNS = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'score', 'scores', 'ten', 'tens', 'number', 'group', 'groups']);

/**
 * Whether a verb moves something to someone: it has an object (or, passive, a subject) and a "to"
 * phrase hangs under the verb with no other verb between ("returned the ship to its owners", "the
 * ship was returned to Greece"). "Returned to Kabul" (the subject went back) has no object. Needs the parse.
 */
function isTransfer(doc: ArticleDoc, head: number, limit: number, prep = 'to'): boolean {
  const tokens = doc.tokens;
  if (tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const objects = new Set(syn.children(head).filter((c) => syn.fullRelation(c) === 'obj' || syn.fullRelation(c) === 'nsubj:pass'));
  if (objects.size === 0) return false;
  for (let i = head + 1; i < limit; i++) {
    const t = tokens[i]!;
    if (t.normal !== prep || t.dep !== 'case' || t.head === undefined) continue;
    // The "to" phrase may hang deep in a long object ("returned a mask of a jaguar god from the
    // Moche period to Bolivia"); it belongs to this verb when no other verb stands between them in the tree.
    for (const at of syn.ancestors(t.head).slice(0, 12)) {
      if (at === head) return true;
      if (tokens[at]!.pos === 'VERB' && !objects.has(at)) break;
    }
  }
  return false;
}

/** Predicates said of an object ("called him a liar", "called the vote rigged"). */
const SECONDARY_PREDICATES = new Set(['xcomp', 'ccomp']);

/** How a party owns a visitor's word: "the UAE ambassador", "Jordan's envoy", "the envoy of Jordan". */
const OWNER_RELATIONS = new Set(['amod', 'compound', 'nmod:poss', 'nmod']);

/** Actors that can be called or received: people, states, organisations (not crowds: "received 500 migrants"). */
const VISITOR_KINDS = new Set(['person', 'country', 'organization', 'igo']);

/**
 * Whether a verb's one object names a person or a party: an actor of a visitor kind covers the
 * object's head word or the name in apposition to it ("his counterpart, Michel Aoun"), and nothing
 * is predicated of the object. Needs the parse.
 */
function hasPersonObject(doc: ArticleDoc, head: number): boolean {
  const tokens = doc.tokens;
  if (tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const children = syn.children(head);
  const objects = children.filter((c) => syn.fullRelation(c) === 'obj');
  if (objects.length !== 1 || children.some((c) => SECONDARY_PREDICATES.has(syn.fullRelation(c)))) return false;
  const object = objects[0]!;
  // "his counterpart, Michel Aoun"; "the UAE ambassador" (a visitor's word owned by a party).
  const visitor = ROLE_WORDS.visitorWords.has(tokens[object]!.lemma);
  const named = [object, ...syn.children(object).filter((c) => syn.fullRelation(c) === 'appos' || (visitor && OWNER_RELATIONS.has(syn.fullRelation(c))))];
  // A visitor's word covered by a group actor ("the Kuwaiti ambassador") is one person too.
  return named.some((n) => doc.actors.some((a) => (VISITOR_KINDS.has(a.actorKind) || (visitor && n === object)) && a.span.start <= tokens[n]!.start && tokens[n]!.end <= a.span.end));
}

/**
 * The verb whose subject does a noun act: the verb the noun is the object of ("unions staged strikes"), also through a
 * counting noun ("unions launched a wave of strikes", "called a series of strikes"); the noun itself otherwise
 * (its own subject, if any, when the parse made it a predicate).
 */
function nounDoerVerb(doc: ArticleDoc, head: number): number {
  const t = doc.tokens[head]!;
  if (t.dep === undefined || t.head === undefined || t.head < 0) return head;
  if (t.dep === 'obj') return t.head;
  // A counting noun (role-words.json countingNouns) passes its verb on to the act noun of its "of" phrase.
  const outer = doc.tokens[t.head]!;
  if (t.dep === 'nmod' && countsActs(outer.lemma, outer.dep) && outer.head !== undefined && outer.head >= 0) return outer.head;
  return head;
}

const YEAR = /^(1[89]|20)\d\d$/;

/** Whether a year dates the act noun: "of" or "in" and a year within three words after it. */
function datedByYear(doc: ArticleDoc, head: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[head]!.sentence;
  const inSentence = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence;
  const marker = tokens[head + 1];
  if (inSentence(head + 1) && (marker!.normal === 'of' || marker!.normal === 'in')) {
    for (let i = head + 2; i <= head + 4 && inSentence(i); i++) if (YEAR.test(tokens[i]!.text)) return true;
  }
  return false;
}

/** Whether the act noun is the object (or a counting noun's "of" group) of a verb of `lemmas`: "erected barricades". */
function objectOfAmong(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  const verb = nounDoerVerb(doc, head);
  return verb !== head && lemmas.includes(doc.tokens[verb]!.lemma);
}

/**
 * Whether the act noun's "by" phrase, possessor or relative-clause doer (or the "of" group of any, "by hundreds of miners")
 * is one of `lemmas`: "a stoppage by the crews", "the nurses' stoppage", "the roadblock that farmers kept". A noun read
 * as a verb has no such doer.
 */
function nounDoerAmong(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined || doc.tokens[head]!.pos !== 'NOUN') return false;
  const syn = syntaxOf(doc);
  const doers = [
    ...syn.nominalModifiersOf(head).filter((m) => m.prep === 'by').map((m) => m.token),
    ...syn.children(head).filter((c) => syn.fullRelation(c) === 'nmod:poss'),
    ...relativeClauseDoers(doc, head),
  ];
  const fits = (n: number) => lemmas.includes(doc.tokens[n]!.lemma) || lemmas.includes(doc.tokens[n]!.normal);
  const fitsOrOf = (n: number, depth: number): boolean => fits(n) || (depth > 0 && syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && fitsOrOf(m.token, depth - 1)));
  return doers.flatMap((n) => syn.conjuncts(n)).some((n) => fitsOrOf(n, 2));
}

/** Whether the verb's subject, or the group its subject is a part of ("hundreds of protesters"), is one of `lemmas`. */
function hasSubjectAmong(doc: ArticleDoc, head: number, lemmas: readonly string[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const subject = syn.subjectOf(head);
  if (!subject) return false;
  // A capitalised word ending a longer name is the name's, not a kind of doer: "the Orlando Pirates" (a team) are no pirates.
  const inName = (t: Token) => /^\p{Lu}/u.test(t.text) && [...doc.mentions.filter((m) => NAMED_BODIES.has(m.label)), ...doc.actors].some((m) => m.span.start < t.start && t.end <= m.span.end);
  const fits = (n: number) => (lemmas.includes(doc.tokens[n]!.lemma) || lemmas.includes(doc.tokens[n]!.normal)) && !inName(doc.tokens[n]!);
  // "Thousands of protesters", and a count of a count: "tens of thousands of supporters".
  const fitsOrOf = (n: number, depth: number): boolean => fits(n) || (depth > 0 && syn.nominalModifiersOf(n).some((m) => m.prep === 'of' && fitsOrOf(m.token, depth - 1)));
  return syn.conjuncts(subject.token).some((n) => fitsOrOf(n, 2));
}

/** Prepositions of a journey's destination ("flew to Bamako", "arrived in Moscow"). */
// "flew into Nairobi" is a journey there as "flew to Nairobi" is.
const DESTINATION = new Set(['to', 'in', 'into']);

/**
 * Whether the verb tells an official going to a state or a place: its subject a person, a
 * government or an official's title, a destination after it. A journey "on a visit" or "for talks" is told by that noun,
 * which the verb only brings the traveller to.
 */
function isOfficialTrip(doc: ArticleDoc, head: number, byHead: TriggerLexicon['byHead']): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const meeting = (n: number) => (byHead.get(doc.tokens[n]!.lemma) ?? []).some((r) => r.pos === 'NOUN' && r.event === 'CONSULT');
  if (syn.obliquesOf(head).some((o) => meeting(o.token))) return false;
  // "Blinken, who is traveling in Latin America, began talks …": a relative clause says where the
  // person is, as background to what the sentence tells.
  if (syn.relation(head) === 'acl') return false;
  const covering = (n: number) => {
    const t = doc.tokens[n]!;
    return doc.actors.filter((a) => a.span.start <= t.start && t.end <= a.span.end);
  };
  const subject = syn.subjectOf(head);
  // "the league's special envoy travelled to Niamey": a subject named by a title held on a party's behalf (role-words.json
  // visitorWords) is an official too, whatever actor covers the title: the test before misses one of an organisation (IGO,
  // NGO) or none. The word alone decides, so "a delegation of farmers travelled to the capital" is a visit as well.
  const official = (n: number) => covering(n).some((a) => a.actorKind === 'person' || a.sector === 'GOV') || ROLE_WORDS.visitorWords.has(doc.tokens[n]!.lemma);
  if (!subject || !official(subject.token)) return false;
  return syn.obliquesOf(head).some((o) => o.prep !== null && DESTINATION.has(o.prep) &&
    (covering(o.token).some((a) => a.actorKind === 'country') || doc.places.some((p) => p.span.start <= doc.tokens[o.token]!.start && doc.tokens[o.token]!.end <= p.span.end)));
}

/**
 * The rules of a plural noun the lemmatiser left as it is: wink-nlp lemmatises the words it knows,
 * so a newer compound ("airstrikes", "drone-strikes") keeps its "-s".
 */
function singularRules(byHead: TriggerLexicon['byHead'], t: Token): readonly TriggerRule[] {
  if (t.pos !== 'NOUN' || t.lemma !== t.normal || !/[^s]s$/.test(t.normal)) return [];
  return (byHead.get(t.normal.slice(0, -1)) ?? []).filter((r) => r.pos === 'NOUN');
}

const NO_RULES: readonly TriggerRule[] = [];

/** The rules headed by the token's lemma, its own form, or its singular (see `singularRules`), in that order. */
function ownRules(byHead: TriggerLexicon['byHead'], t: Token): readonly TriggerRule[] {
  const byLemma = byHead.get(t.lemma);
  const byForm = t.normal !== t.lemma ? byHead.get(t.normal) : undefined;
  const singular = singularRules(byHead, t);
  // Most words head no rule, or only by their lemma: no list to build.
  if (!byForm && singular.length === 0) return byLemma ?? NO_RULES;
  return [...(byLemma ?? []), ...(byForm ?? []), ...singular];
}

/**
 * The rules of a hyphenated compound kept as one token ("cyber-attacks", "re-captured"): those of
 * its last part, the first part standing for the word a rule wants before it.
 */
function compoundRules(byHead: TriggerLexicon['byHead'], t: Token): readonly TriggerRule[] {
  // Asked of every word no rule has: most have no hyphen, and need no split.
  if (!t.normal.includes('-')) return NO_RULES;
  const parts = t.normal.split('-');
  if (parts.length < 2 || parts.some((p) => p === '')) return [];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // The last part read as a word of its own ("re-captured" → "capture"), wink's lemma of it.
  const rules = byHead.get(last) ?? byHead.get(lemmaOfWord(last)) ?? (t.pos === 'NOUN' && /[^s]s$/.test(last) ? byHead.get(last.slice(0, -1))?.filter((r) => r.pos === 'NOUN') : undefined) ?? [];
  return rules
    .filter((r) => !r.phrase.includes(' ') && (!r.preceded || r.preceded.includes(first)))
    .map((r) => (r.preceded ? { ...r, preceded: undefined } : r));
}

/** Whether every token of [from, to) is in `set` (a loop: asked for every rule tried on every word). */
function allIn(set: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!set.has(k)) return false;
  return true;
}

/**
 * Whether a noun only names the kind of a party or its equipment: it is a compound before a noun of
 * people, a unit or a weapon ("riot police", "protest movement leader", "attack helicopters"). That
 * noun says who or what they are, not that the act happened. A noun of an act itself ("mediation
 * mission", "protest march") is not such a head: the compound names that act's kind. Those who
 * suffered an act ("kidnap victims") tell that it did, so they are left to the act's own reading.
 */
function namesKindOfParty(doc: ArticleDoc, i: number): boolean {
  const tokens = doc.tokens;
  // After a plural noun or a party's phrase the word is rather a verb the tagger misread ("Gunmen
  // attack farmers"), its subject before it.
  const previous = tokens[i - 1];
  if (previous && (previous.tag === 'NNS' || previous.tag === 'NNPS' || doc.actors.some((a) => a.span.end === previous.end && a.span.end < tokens[i]!.end))) return false;
  const isKind = (word: string) => !KIND_MODIFIERS.sufferers.has(word) && (KIND_MODIFIERS.heads.has(word) || loadPersonNouns().sectorOf(word) !== undefined);
  // "Protest movement leader": the compounds of one phrase hang on its last noun; any noun on the
  // way may be the party's ("riot police overnight", where the parse joins the time word to the phrase).
  let at = i;
  for (let step = 0; step < 4 && tokens[at]!.dep === 'compound'; step++) {
    const next = tokens[at]!.head ?? -1;
    if (next <= at || !NOUN_TAGS.has(tokens[next]!.pos)) return false;
    if (isKind(tokens[next]!.normal)) return true;
    at = next;
  }
  return false;
}

/** Whether the token reads as a noun here even if the tagger said verb ("expressed hope for", "help return"). */
function looksNominal(tokens: readonly Token[], i: number, start: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < start) return false;
  return NOUN_CONTEXT.has(prev.pos) || prev.lemma === 'express' || prev.normal === 'of';
}

/**
 * "At least 20 were wounded in the blast": with a bare count for subject the parser may read the participle after
 * "were" as an adjective with a copula; it is the passive verb (relations.ts isPassive), an act. Only for a count
 * with no noun: after a noun ("a lone guard was lightly hurt", "three others were hurt as …") the adjective
 * reading is a state or an outcome told of an act coded from its own verb, and coding it as an act of its own
 * added retellings on the development articles.
 */
function passiveOfCount(doc: ArticleDoc, i: number): boolean {
  const syn = syntaxOf(doc);
  if (doc.tokens[i]!.pos !== 'ADJ' || !syn.isPassive(i)) return false;
  const subject = syn.children(i).find((c) => /^nsubj/.test(syn.fullRelation(c)));
  return subject !== undefined && doc.tokens[subject]!.tag === 'CD';
}

/**
 * Whether the word at `i` is read as a state its subject is in ("the union is *concerned* by the sackings", "*alarmed* by
 * the arrests, the bishops …"), as the rules with `adjective` need: an adjective, or a participle with a copula or passive
 * auxiliary or none, but never a verb with its own object or a finite active verb ("the dispute *concerned* the
 * expulsion of two diplomats" is what the dispute was about, no view of anyone's).
 */
function adjectivalPredicate(doc: ArticleDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.pos === 'ADJ') return t.dep !== 'amod';
  if (t.dep === undefined) return t.tag === 'VBN';
  const syn = syntaxOf(doc);
  const kids = syn.children(i);
  if (kids.some((c) => ['obj', 'iobj', 'ccomp'].includes(syn.relation(c)))) return false;
  const be = kids.some((c) => ['cop', 'aux'].includes(syn.relation(c)) && doc.tokens[c]!.lemma === 'be');
  return be || syn.isPassive(i) || (t.tag === 'VBN' && !kids.some((c) => syn.relation(c) === 'aux'));
}

/**
 * Finds trigger words in a token range. Rules of the token's own part of speech are tried first;
 * a rule of the other part of speech is accepted only when the context supports that reading.
 */
export function findTriggers(doc: ArticleDoc, tokenIndices: readonly number[], lexicon: TriggerLexicon = DEFAULT_LEXICON): TriggerMatch[] {
  const byHead = lexicon.byHead;
  const tokens = doc.tokens;
  const matches: TriggerMatch[] = [];
  if (tokenIndices.length === 0) return matches;
  const start = tokenIndices[0]!;
  const limit = tokenIndices[tokenIndices.length - 1]! + 1;
  const inClause = new Set(tokenIndices);
  let skipUntil = -1;
  // A word of an organisation's name is not an act: "Shanghai Cooperation Organisation", "the Union for Democratic Renewal".
  const organisations = doc.mentions.filter((m) => m.label === 'ORG' && m.span.end > tokens[start]!.start && m.span.start < tokens[limit - 1]!.end);
  // A capitalised act noun inside a sentence in ordinary case is a word of a name ("a Memorandum
  // on Cessation of Hostilities", "Operation Desert Storm"); in a title-case headline it is not.
  const words = tokenIndices.filter((k) => /^\p{L}/u.test(tokens[k]!.text));
  const titleCase = words.filter((k) => /^\p{Lu}/u.test(tokens[k]!.text)).length > 0.6 * words.length;
  // With a learned acceptance, the candidates the conditions below refuse, for words where no trigger was found (scored after the loop).
  const acceptance = lexicon.acceptance && readsDocument(lexicon.acceptance, doc) ? lexicon.acceptance : undefined;
  const refused: RefusedCandidate[] = [];
  const refuse = (rule: TriggerRule, i: number, condition: string) => {
    if (!acceptance) return;
    const end = phraseMatches(rule, tokens, i, limit);
    if (end !== null && allIn(inClause, i, end)) refused.push({ rule, head: i, end, condition });
  };
  for (const i of tokenIndices) {
    if (i < skipUntil) continue;
    const t = tokens[i]!;
    const skipped = wordSkipped(doc, i, organisations);
    if (skipped) {
      if (acceptance) for (const rule of ownRules(byHead, t)) refuse(rule, i, skipped);
      continue;
    }
    const own = ownRules(byHead, t);
    const rules = own.length > 0 ? own : compoundRules(byHead, t);
    const reparsed = posByParse(doc, i);
    const tryFallback = () => {
      // A present participle after its noun says what the noun is or does ("convoys carrying commandos", "officers
      // serving with the mission"): the Phoenix verbs read a clause's verb, not such a description.
      // Only help or cooperation so read: "protesters hurling rocks at officers" still tells the stoning.
      const describing = t.tag === 'VBG' && t.dep === 'acl' && t.head !== undefined && t.head < i;
      const found = lexicon.fallback?.(doc, i, start, limit, (k) => byHead.has(tokens[k]!.lemma) || byHead.has(tokens[k]!.normal));
      if (found && describing && (found.rule.event === 'AID' || found.rule.event === 'COOPERATE')) return;
      if (found && allIn(inClause, i, found.end)) {
        matches.push({ rule: found.rule, head: i, end: found.end, nominal: false, fallback: true });
        skipUntil = found.end;
      }
    };
    // The fallback dictionary reads verbs: a word the parse shows to be a noun is none.
    if (rules.length === 0) {
      if (reparsed !== 'NOUN') tryFallback();
      continue;
    }
    const isNoun = reparsed === 'NOUN' || (NOUN_TAGS.has(t.pos) && !(t.pos === 'PROPN' && t.text[0] === t.text[0]?.toUpperCase() && i > start && /^[A-Z]/.test(t.text) && tokens[i - 1]?.pos === 'PROPN'));
    const isVerb = reparsed === 'VERB' || (reparsed !== 'NOUN' && (VERB_TAGS.has(t.pos) || passiveOfCount(doc, i)));
    // "tear gas", "water cannon": the tagger may read the first word of a compound noun as an adjective.
    const compoundNoun = (r: TriggerRule) => t.pos === 'ADJ' && r.phrase.includes(' ') && !r.phrase.includes('*');
    const ordered = [
      ...rules.filter((r) => (r.pos === 'NOUN' ? isNoun || compoundNoun(r) : (isVerb || (r.adjective === true && t.pos === 'ADJ')) && (r.adjective !== true || adjectivalPredicate(doc, i)))),
      ...rules.filter((r) => (r.pos === 'NOUN' ? !isNoun && isVerb && looksNominal(tokens, i, start) : !isVerb && isNoun && tokens[i - 1]?.normal === 'to')),
    ];
    for (const rule of ordered) {
      if (rule.pos === 'NOUN' && namesKindOfParty(doc, i)) { refuse(rule, i, 'kindOfParty'); continue; }
      if (rule.pos === 'NOUN' && !titleCase && i > start && /^\p{Lu}\p{Ll}/u.test(t.text)) { refuse(rule, i, 'capitalised'); continue; }
      const end = phraseMatches(rule, tokens, i, limit);
      if (end === null || !allIn(inClause, i, end)) continue;
      // "troops equipped with drones attacked the camp": words of a compound noun ("drone attack") whose last the parse reads as a verb
      // that the first is no compound of are two phrases.
      if (rule.pos === 'NOUN' && end - i > 1 && tokens[end - 1]!.pos === 'VERB' && !(t.head === end - 1 && t.dep === 'compound')) continue;
      const condition = refusingCue(rule, doc, i, end, start, limit, byHead);
      if (condition !== null) { refuse(rule, i, condition); continue; }
      matches.push({ rule, head: i, end, nominal: rule.pos === 'NOUN' });
      skipUntil = end;
      break;
    }
    // The rules of the other part of speech than the word is read as, where the context gave no reason to read it so.
    if (acceptance && matches.at(-1)?.head !== i) for (const rule of rules) if (!ordered.includes(rule)) refuse(rule, i, 'pos');
    // A journey word whose traveller is no official ("peacekeepers arrived in Juba") is not ours to
    // code as a visit, nor "hit" whose doer is no weapon ("police hit protesters"): where the lexicon
    // has a word only for some doers or some uses (`narrow`), the fallback dictionary reads the others as it would without our rules.
    if (matches.at(-1)?.head !== i && reparsed !== 'NOUN' && rules.every((r) => r.officialTrip || r.subjects || r.narrow)) tryFallback();
  }
  if (acceptance && refused.length) admitRefused(doc, acceptance, refused, matches);
  // "carried out an arson at a police station": the verb whose object names the act is that act's
  // light verb, not a second act read from the Phoenix patterns (which coded it MOBILIZE).
  // A compound act noun is read by its last word, the head of its phrase ("used water cannon").
  // An act noun counted ("carried out a series of raids") has the verb of its counting noun (role-words.json countingNouns).
  const countedBy = (m: TriggerMatch): number | undefined => {
    const t = tokens[m.end - 1]!;
    const counter = t.dep === 'nmod' && t.head !== undefined ? tokens[t.head] : undefined;
    return counter && countsActs(counter.lemma, counter.dep) ? counter.head : undefined;
  };
  const governed = new Set(matches.filter((m) => m.nominal && (tokens[m.end - 1]!.dep === 'obj' || countedBy(m) !== undefined))
    .map((m) => countedBy(m) ?? tokens[m.end - 1]!.head));
  // Signing an act noun is one act, not two. PLOVER codes "signed a trade agreement" SUPPORT
  // (signing or ratifying an agreement), so the agreement noun is no second event (AGREE); a
  // signed truce is the truce (RETREAT), not an endorsement beside it.
  const signedObjects = matches.filter((m) => m.nominal && ['obj', 'nsubj:pass'].includes(tokens[m.end - 1]!.dep ?? '')
    && ROLE_WORDS.signingVerbs.has(tokens[tokens[m.end - 1]!.head ?? -1]?.lemma ?? ''));
  const signingVerb = new Set(signedObjects.filter((m) => m.rule.event !== 'AGREE').map((m) => tokens[m.end - 1]!.head));
  // (Only where the signing verb is itself an event: "inked a deal" keeps the deal.)
  const verbHeads = new Set(matches.filter((m) => !m.nominal).map((m) => m.head));
  const signedAgreement = new Set(signedObjects.filter((m) => m.rule.event === 'AGREE' && verbHeads.has(tokens[m.end - 1]!.head ?? -1)));
  // "resigned in protest at the deal", "shelled the town in retaliation": a bare act noun after "in" on a
  // verb that is itself an act of another type gives that act's motive, not a second act. On an act of its
  // own type it is kept: "blocked roads in protest" may yet be read as police blocking (recode-by-parties).
  const verbTypes = new Map(matches.filter((m) => !m.nominal).map((m) => [m.head, m.rule.event]));
  const otherActs = (m: TriggerMatch) => new Set([...verbTypes].filter(([, type]) => type !== m.rule.event).map(([head]) => head));
  const motive = new Set(matches.filter((m) => m.nominal && motiveOf(doc, m.head, otherActs(m))));
  return matches.filter((m) => (!m.fallback || !governed.has(m.head)) && !(!m.nominal && signingVerb.has(m.head)) && !signedAgreement.has(m) && !motive.has(m));
}

/**
 * Why a word is no trigger whatever its rules, or null: a participle describing its noun, one naming who backs or arms a party, a
 * word of an organisation's name, a tie described.
 */
function wordSkipped(doc: ArticleDoc, i: number, organisations: readonly { readonly span: { readonly start: number; readonly end: number } }[]): string | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (t.pos === 'VERB' && describesNoun(tokens, i)) return 'describesNoun';
  // "forces, backed by clan militias, attacked …": a participle after its noun with a "by" agent names who stands behind it;
  // with a "with" phrase ("fighters armed with rifles attacked …", "troops equipped with drones") what the noun carries.
  if (t.tag === 'VBN' && t.dep === 'acl' && (t.head ?? i) < i && ROLE_WORDS.relationParticiples.has(t.lemma) && describesParty(syntaxOf(doc), i)) return 'describesParty';
  if (organisations.some((m) => m.span.start <= t.start && t.end <= m.span.end && m.span.end - m.span.start > t.end - t.start)) return 'organisationName';
  // "a gang linked to the cartel", "which is affiliated with al-Qaeda": a tie described, no act (role-words.json tieParticiples).
  if (t.tag === 'VBN' && ROLE_WORDS.tieParticiples.has(t.lemma) && tiedTo(doc, i)) return 'tiedTo';
  return null;
}

/**
 * Scores the candidates the conditions refused at words where no trigger was found, and admits the best of each word that
 * the learned acceptance takes (acceptance.ts), where its phrase overlaps no trigger found. The sentence's found triggers
 * are among the features, so the candidates are read after the rules have read the whole sentence.
 */
function admitRefused(doc: ArticleDoc, acceptance: TriggerAcceptance, refused: readonly RefusedCandidate[], matches: TriggerMatch[]): void {
  const told = matches.map((m) => m.rule.event);
  const threshold = acceptance.threshold ?? acceptance.model.threshold;
  // A word a later rule of its own took, or inside a trigger's phrase, is no candidate. The rules of one type that refused one word
  // are one candidate (its first rule), read with every condition that refused it: "gathered" refused by each of its PROTEST rules
  // is one reading of the word, not five.
  const found = new Set(matches.map((m) => m.head));
  const grouped = new Map<string, { candidate: RefusedCandidate; conditions: Set<string> }>();
  for (const candidate of refused) {
    if (found.has(candidate.head)) continue;
    const key = `${candidate.head}|${candidate.rule.event}`;
    const group = grouped.get(key);
    if (group) group.conditions.add(candidate.condition);
    else grouped.set(key, { candidate, conditions: new Set([candidate.condition]) });
  }
  const best = new Map<number, { candidate: RefusedCandidate; score: number }>();
  for (const { candidate, conditions } of grouped.values()) {
    const features = candidateFeatures(doc, candidate, told, [...conditions]);
    const p = acceptanceScore(acceptance, features);
    acceptance.collect?.(doc, candidate, features, p);
    const kept = best.get(candidate.head);
    if (!kept || p > kept.score) best.set(candidate.head, { candidate, score: p });
  }
  const admitted: TriggerMatch[] = [];
  for (const { candidate, score } of best.values()) {
    if (!(score >= threshold)) continue;
    const overlaps = (m: TriggerMatch) => m.head < candidate.end && candidate.head < m.end;
    if (matches.some(overlaps) || admitted.some(overlaps)) continue;
    admitted.push({ rule: candidate.rule, head: candidate.head, end: candidate.end, nominal: candidate.rule.pos === 'NOUN', admitted: { condition: candidate.condition, score } });
  }
  if (!admitted.length) return;
  matches.push(...admitted);
  matches.sort((a, b) => a.head - b.head);
}

/** Whether a noun is a bare "in" phrase ("in protest") on a verb of `acts`. Needs the parse. */
function motiveOf(doc: ArticleDoc, noun: number, acts: ReadonlySet<number>): boolean {
  const t = doc.tokens[noun]!;
  if (t.dep === undefined || t.head === undefined || !acts.has(t.head) || t.dep !== 'obl') return false;
  const syn = syntaxOf(doc);
  const children = syn.children(noun);
  return children.some((c) => syn.relation(c) === 'case' && doc.tokens[c]!.normal === 'in' && c === noun - 1) && !children.some((c) => syn.relation(c) === 'det');
}

/** Whether a participle after its noun says who stands behind it (a "by" agent) or what it carries (a "with" phrase). */
function describesParty(syn: SyntaxView, participle: number): boolean {
  return syn.agentOf(participle) !== null || syn.obliquesOf(participle).some((o) => o.prep === 'with');
}
