import type { ActorMention, ArticleDoc } from '../../core/document.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import type { SyntaxView } from '../../syntax/relations.js';
import type { TriggerMatch } from './find-triggers.js';
import { ROLE_WORDS, countsActs } from './role-words.js';
import { stateHolder } from './roles.js';

/** Where a subject's words stop: a comma, a clause about it, an apposition, a pronoun. */
const SUBJECT_ENDS = new Set(['acl', 'acl:relcl', 'appos', 'punct', 'parataxis']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * The one who acts, when the text names them but no dictionary knows them: "Sugarcane
 * haulers protested …", "The Union of Market Porters held a sit-in", "The Houthis attacked …".
 * ACLED codes such an actor by its own words ("Protesters (Country)"); so do we, as a party
 * with no code and no sector, which place inference may still give a country. Only for a
 * subject the parse finds as a noun phrase of the act's own clause (a pronoun names no one).
 * `nameOnly`: the subject must be a name (its head a proper noun, not a place or a date) — for
 * acts other than protest, where a common-noun subject is as often a thing ("the plan calls for …",
 * "a car bomb killed …") as a people. `actNouns`: the heads of the act nouns the sentence tells, which name an act,
 * never its doer.
 */
export function namedSubject(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, stage: string, nameOnly = false, actNouns: ReadonlySet<number> = new Set()): ActorMention | null {
  // "Bus drivers on strike": the noun the act is said of.
  const holder = trigger.nominal ? stateHolder(syn, trigger.head) : null;
  // "staged a protest": the light verb's subject is the noun act's.
  let predicate = trigger.nominal ? syn.head(trigger.head) : trigger.head;
  if (predicate < 0) return null;
  // "Unions launched a wave of strikes": a counting noun (role-words.json countingNouns) passes its verb on to the act
  // noun of its "of" phrase.
  if (holder === null && trigger.nominal && syn.relation(trigger.head) === 'nmod'
    && countsActs(doc.tokens[predicate]!.lemma, syn.fullRelation(predicate)) && syn.head(predicate) >= 0) predicate = syn.head(predicate);
  // "declared a state of emergency after riots in six prisons": an act told as coming before or after
  // another is not its subject's (one told as happening at the same time, "during a protest", is left
  // to the rules that read it).
  if (trigger.nominal && holder === null && ROLE_WORDS.sequencePreps.has(syn.caseOf(trigger.head) ?? '')) return null;
  // "The fare rise sparked weeks of demonstrations": what brings the act about (causeVerbs) does not do it.
  if (trigger.nominal && holder === null && ROLE_WORDS.causeVerbs.has(doc.tokens[predicate]!.lemma)) return null;
  // "The Kalima Brigades condemned the attack": only a light verb's subject does the noun act ("carried out an attack").
  if (nameOnly && trigger.nominal && !ROLE_WORDS.lightVerbs.has(doc.tokens[predicate]!.lemma)) return null;
  const subject = holder === null ? syn.subjectOf(predicate) : { token: holder, via: 'own' };
  // "The union met the mayor and warned that …": a later conjunct of a verb shares its first conjunct's own subject.
  const shared = subject?.via === 'shared' && sharesFirstConjunctSubject(syn, predicate);
  if (!subject || (subject.via !== 'own' && !shared) || (holder === null && syn.isPassive(predicate))) return null;
  const head = subject.token;
  // "The rallies turned violent": the act noun itself is the subject, and names no one; "Evicted
  // protest outside the town hall": the noun's own modifier names who protests.
  if (head >= trigger.head && head < Math.max(trigger.end, trigger.head + 1)) {
    // Nouns and participles used as nouns only ("Evicted", "Unemployed"); an adjective ("Peaceful protests") names no one.
    const own = syn.modifiersOf(trigger.head).filter((m) => m < trigger.head && !isPlaceOrTime(doc, m) && (NOMINAL.has(doc.tokens[m]!.pos) || doc.tokens[m]!.tag === 'VBN'));
    if (own.length === 0 || nameOnly) return null;
    return partyFromTokens(doc, trigger, Math.min(...own), Math.max(...own), stage);
  }
  if (!NOMINAL.has(doc.tokens[head]!.pos)) return null;
  // "Turkey's shelling of the villages drew protests", "the arrests sparked a strike": a subject that is itself an act
  // is what the act answers or follows from, no one who does it (its own doer, "Turkey", is that act's, not this one's).
  if (actNouns.has(head)) return null;
  // A body by its kind only for the lexicon's own rules: the fallback dictionary reads verbs too loosely to take an
  // uncoded body as their doer ("the board drove the founder out" is no expulsion by force).
  // "Environmental groups have criticised …", "Air defences shot down …": a noun of a body or force of the kind its
  // modifier says is a doer the story names by kind, for the lexicon's own rules only (as a definite body).
  const kinded = nameOnly && !trigger.fallback && !isUnknownName(doc, head) ? kindedBody(doc, syn, head) : null;
  if (nameOnly && kinded === null && !isUnknownName(doc, head) && (trigger.fallback || !isDefiniteBody(doc, syn, head))) return null;
  const [from, to] = syn.subtreeRange(head);
  // The act's own words are not the actor's ("Bus drivers | on strike").
  const [actFrom, actTo] = syn.subtreeRange(trigger.head);
  let end = head;
  for (let i = head + 1; i <= to; i++) {
    const t = doc.tokens[i]!;
    if (SUBJECT_ENDS.has(syn.fullRelation(i)) || t.pos === 'PRON' || t.pos === 'VERB' || (i >= actFrom && i <= actTo)) break;
    end = i;
  }
  let start = from;
  while (start < head && doc.tokens[start]!.pos === 'DET') start++;
  return partyFromTokens(doc, trigger, start, end, stage, kinded?.sector ?? null);
}

/**
 * Whether `v` is a later conjunct whose subject is the own subject of the first verb of its coordination (conjuncts
 * all the way up), not a controller or a main clause reached through an infinitive or a participle, nor a passive
 * first verb (whose subject is done to).
 */
function sharesFirstConjunctSubject(syn: SyntaxView, v: number): boolean {
  const at = syn.firstConjunct(v);
  return at !== v && syn.subjectOf(at)?.via === 'own' && !syn.isPassive(at);
}

/** A party of the words from token `start` to `end` (inclusive): no code, and the sector its kind gives, if any. */
function partyFromTokens(doc: ArticleDoc, trigger: TriggerMatch, start: number, end: number, stage: string, sector: string | null = null): ActorMention {
  const span = { start: doc.tokens[start]!.start, end: doc.tokens[end]!.end };
  return {
    kind: 'actor', id: `${trigger.head}:subject`, span, text: doc.text.slice(span.start, span.end), code: null, sector,
    actorKind: 'group', name: doc.text.slice(span.start, span.end), via: 'named-subject', evidence: [], origin: { stage },
  };
}

/** A proper noun that is no place, date or time: a name the dictionaries did not know. */
function isUnknownName(doc: ArticleDoc, n: number): boolean {
  const t = doc.tokens[n]!;
  // A known actor that the role logic did not make the actor ("Chile has lifted the curfew imposed after the storm") stays out.
  return t.pos === 'PROPN' && !isPlaceOrTime(doc, n) && !doc.actors.some((a) => a.span.start < t.end && t.start < a.span.end);
}

/**
 * "The union turned down the proposal", "its board refused": a noun of a body that acts for itself (group-nouns.json
 * bodyNouns, the list the actors stage reads for "the union" taking up a named union), made definite by "the" or a
 * possessive, that no dictionary coded. A thing ("the plan calls for …") is no such noun, so the subject is a body the
 * story has named or keeps in view, not a guess. Nouns that as often name no body ("the party ended at midnight",
 * bodyNouns.namedOnly) count only when the actors stage found the body they take up, never here.
 */
function isDefiniteBody(doc: ArticleDoc, syn: SyntaxView, n: number): boolean {
  const t = doc.tokens[n]!;
  const { bodyNouns, bodyNamedOnly } = loadGroupNouns();
  const noun = [t.normal, t.lemma].find((w) => bodyNouns.has(w));
  if (t.pos !== 'NOUN' || noun === undefined || bodyNamedOnly.has(noun)) return false;
  if (doc.actors.some((a) => a.span.start < t.end && t.start < a.span.end)) return false;
  return syn.children(n).some((c) => (syn.relation(c) === 'det' && doc.tokens[c]!.normal === 'the') || syn.fullRelation(c) === 'nmod:poss');
}

/**
 * "Environmental groups", "auxiliary forces", "air defences", "an army source": a noun of group-nouns.json kindedBodies,
 * which names a body or force only with a word of its kind before it (an adjective or a noun, not a place, a time, a
 * number or a word of how many or which, kindedBodies.notKinds), that no dictionary coded. Its sector is the owner's
 * when the kind is a force's owner word ("army", "police": installations.owners), else the noun's own ('' none); the
 * nouns of kindedBodies.withOwner ("source") name a force's voice only after such an owner word.
 */
function kindedBody(doc: ArticleDoc, syn: SyntaxView, n: number): { sector: string | null } | null {
  const t = doc.tokens[n]!;
  const { kindedBodies, ownedVoices, notKinds, installationOwners } = loadGroupNouns();
  const own = kindedBodies.get(t.normal);
  if (t.pos !== 'NOUN' || (own === undefined && !ownedVoices.has(t.normal))) return null;
  if (doc.actors.some((a) => a.span.start < t.end && t.start < a.span.end)) return null;
  const kinds = syn.children(n).filter((c) => c < n && ['amod', 'compound'].includes(syn.relation(c))
    && ['ADJ', 'NOUN', 'PROPN'].includes(doc.tokens[c]!.pos) && !notKinds.has(doc.tokens[c]!.normal) && !isPlaceOrTime(doc, c));
  // "The movement said it would fight the ruling", "the unit said it would widen its searches": a body the story keeps in view, as a
  // definite body noun is (isDefiniteBody); a voice ("the source") speaks for no body it names.
  const definite = own !== undefined && syn.children(n).some((c) => (syn.relation(c) === 'det' && doc.tokens[c]!.normal === 'the') || syn.fullRelation(c) === 'nmod:poss');
  if (kinds.length === 0 && !definite) return null;
  const owner = kinds.map((c) => installationOwners.get(doc.tokens[c]!.normal)).find((s) => s !== undefined);
  if (owner !== undefined) return { sector: owner };
  if (own === undefined) return null;
  return { sector: own === '' ? null : own };
}

function isPlaceOrTime(doc: ArticleDoc, n: number): boolean {
  const t = doc.tokens[n]!;
  const inside = (span: { start: number; end: number }) => span.start <= t.start && t.end <= span.end;
  return doc.places.some((p) => inside(p.span)) || doc.times.some((x) => inside(x.span));
}
