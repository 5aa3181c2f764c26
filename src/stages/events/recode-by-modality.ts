import type { ActorMention, ArticleDoc, Modality } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import type { TriggerMatch } from './find-triggers.js';
import type { PloverType, TriggerRule } from './triggers.js';
import { isSpeech, ROLE_WORDS } from './role-words.js';

/**
 * PLOVER codes what was *done* in the reporting period. A promise, a threat or a refusal is itself
 * the act, so the type of a future or refused act changes (PLOVER manual, AGREE/CONCEDE/THREATEN/REJECT):
 *
 * - future CONSULT/SUPPORT/COOPERATE/AID → AGREE ("Japan will give Laos a loan", "X will visit Y"), and so is an announced invitation (future REQUEST/meet);
 * - future RETREAT → CONCEDE (an announced, not yet implemented withdrawal or release);
 * - future ASSAULT/COERCE/SANCTION/PROTEST → THREATEN ("said they would boycott", "ready to close the border");
 * - a refused cooperative act → REJECT ("will not accept more migrants", "declined to resign").
 *
 * The recoded event is the statement, so its modality becomes asserted (or reported).
 */
const FUTURE_TO_AGREE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST']);
const COOPERATIVE = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);

/** REQUEST/REJECT mode from the act asked for or refused (PLOVER's shared modes). */
export function requestMode(act: TriggerRule): string | undefined {
  if (act.event === 'RETREAT' || act.event === 'CONCEDE') return 'yield';
  if (act.event === 'CONSULT') return 'meet';
  if (act.event === 'AID' || act.event === 'COOPERATE') return 'assist';
  return undefined;
}

/** THREATEN mode from the act threatened. */
export function threatMode(act: TriggerRule): string | undefined {
  if (act.event === 'ASSAULT') return 'violence';
  if (act.event === 'PROTEST') return 'restrict';
  if (act.event === 'SANCTION') return act.mode === 'expel' ? 'expel' : 'relations';
  if (act.event === 'COERCE') {
    if (act.mode === 'arrest') return 'arrest';
    if (act.mode === 'deport') return 'expel';
    if (act.mode === 'martial-law') return 'martial-law';
    return 'restrict';
  }
  return undefined;
}

/** A rule with another type and mode (the context and role pattern are kept). */
export function withType(rule: TriggerRule, event: PloverType, mode: string | undefined): TriggerRule {
  const { mode: _old, ...rest } = rule;
  void _old;
  return mode ? { ...rest, event, mode } : { ...rest, event };
}

/** The condition the trigger's act is put under ("will withdraw … unless the attacks end"): an "if"/"unless" clause of its predicate. */
export function conditionOf(doc: ArticleDoc, trigger: TriggerMatch): 'if' | 'unless' | null {
  const syn = syntaxOf(doc);
  const sentence = doc.sentences[doc.tokens[trigger.head]!.sentence]!;
  for (let c = sentence.tokenStart; c < sentence.tokenEnd; c++) {
    const word = doc.tokens[c]!.normal;
    if (word !== 'if' && word !== 'unless') continue;
    // The condition word marks a clause (or, misparsed, a phrase) that hangs on the act or on a word
    // inside the act's phrase ("suspend aid deliveries … if …", "withdraw … unless the attacks end").
    // The condition's own act ("… unless the government released their leader") is what is asked
    // for, not what is announced: it is put under no condition of its own here.
    if (syn.head(c) === trigger.head) continue;
    if (syn.ancestors(c).includes(trigger.head)) return word;
  }
  return null;
}

/**
 * Whether the one a verb trigger acts on (its passive subject or its object) is whoever does something, no one named:
 * "anyone caught looting will be prosecuted", "will prosecute those who attack our patrols" (role-words.json warnedPeople).
 */
export function actsOnWhoever(doc: ArticleDoc, trigger: TriggerMatch): boolean {
  if (trigger.nominal || doc.tokens[trigger.head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const words = ROLE_WORDS.warnedPeople;
  const undergoers = syn.children(trigger.head).filter((c) => ['nsubj:pass', 'obj'].includes(syn.fullRelation(c)));
  return undergoers.some((u) => {
    const t = doc.tokens[u]!;
    if (words.pronouns.has(t.normal)) return true;
    // "any trader who hoards flour", "every motorist caught speeding": a noun under "any"/"every" is whoever does
    // something only with the deed said of it (a relative clause or a participle); "every member of the gang" is a
    // part of a group already named, charged as such, and "any delay" names no deed at all.
    const kids = syn.children(u);
    if (kids.some((c) => ['det', 'amod'].includes(syn.relation(c)) && words.determiners.has(doc.tokens[c]!.normal))) {
      const partitive = kids.some((c) => syn.relation(c) === 'nmod' && syn.caseOf(c) === 'of');
      return !partitive && kids.some((c) => syn.fullRelation(c) === 'acl:relcl' || syn.relation(c) === 'acl');
    }
    return t.normal === 'those' && words.thoseWith.has(doc.tokens[u + 1]?.normal ?? '');
  });
}

/**
 * Whether an act announced for the future (cue: its future auxiliary or the verb of deciding or intending it hangs on)
 * is the acting party's own decision (role-words.json announcedDecisions): "Ghana said it would recall its envoy",
 * "Malian officials said Mali would leave the bloc", or "Mali will leave the bloc" told by the reporter alone. Not one
 * that others say, expect or warn of ("analysts said the bloc would suspend aid", "diplomats expect that Mali will
 * leave", "the opposition said the government would cut ties": they decide nothing), and not one under a condition
 * ("Without a deal, Britain will leave …"). A decision told as taken ("has decided to leave") is one whoever tells it.
 */
export function decidedByDoer(doc: ArticleDoc, trigger: TriggerMatch, cue: string | undefined, doers: readonly ActorMention[]): boolean {
  if (cue === undefined || !ROLE_WORDS.decisionCues.has(cue.toLowerCase())) return false;
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  // The act and the verbs that frame it: up through complements ("said that …", "decided to …") and conjuncts, not
  // out of an adverbial or relative clause ("protested after Mali said it would leave": Senegal tells nothing).
  const chain = [trigger.head];
  for (let at = trigger.head; ['ccomp', 'xcomp', 'conj'].includes(syn.relation(at)) && syn.head(at) >= 0;) {
    at = syn.head(at);
    chain.push(at);
  }
  // "Without a deal, Britain will leave the union", "… or it will cut ties otherwise": the act hangs on a condition.
  // A fronted "without" phrase is one; after the verb it tells the manner ("will leave without a deal").
  const conditioned = chain.some((v) => syn.children(v).some((c) => {
    const word = tokens[c]!.normal;
    if (ROLE_WORDS.anywhereConditionWords.has(word)) return true;
    const marker = syn.caseOf(c) ?? syn.markerOf(c);
    return c < trigger.head && marker !== null && ROLE_WORDS.frontedConditionWords.has(marker);
  }));
  if (conditioned) return false;
  if (ROLE_WORDS.decisionTakenCues.has(cue.toLowerCase())) return true;
  // Who tells the act: the subjects of the verbs it is said, believed or warned under ("X said that …"), and a speech
  // verb set beside it (", officials said"). Each must be the party that acts.
  const ownSubject = syn.subjectOf(trigger.head)?.token ?? null;
  const tellers: number[] = [];
  for (const v of chain) {
    if (v !== trigger.head && tokens[v]!.pos === 'VERB' && syn.relation(chain[chain.indexOf(v) - 1]!) !== 'conj') tellers.push(v);
    for (const c of syn.children(v)) if (syn.relation(c) === 'parataxis' && tokens[c]!.pos === 'VERB' && isSpeech(tokens, syn, c)) tellers.push(c);
  }
  const mentionAt = (i: number) => doc.actors.find((a) => a.span.start <= tokens[i]!.start && tokens[i]!.end <= a.span.end);
  return tellers.every((v) => {
    const subject = syn.subjectOf(v)?.token ?? null;
    if (subject === null || subject === ownSubject) return !ROLE_WORDS.decisionPredictionVerbs.has(tokens[v]!.lemma);
    if (ROLE_WORDS.decisionPredictionVerbs.has(tokens[v]!.lemma)) return false;
    // "Ghana said it would recall …": a pronoun doer under the speaker's word is the speaker.
    if (ownSubject !== null && tokens[ownSubject]!.pos === 'PRON' && isSpeech(tokens, syn, v)) return true;
    const teller = mentionAt(subject);
    if (!teller) return false;
    // "Malian officials said Mali would …": the same state's people; "the junta said Mali would …": an uncoded
    // government speaker for a state that acts. Not its opposition, nor its critics or analysts.
    if (teller.code !== null) return doers.some((d) => d.code === teller.code && (teller.sector === d.sector || teller.sector === 'GOV' || teller.sector === 'MIL'));
    return teller.sector === 'GOV' && doers.some((d) => d.code !== null && d.sector === 'GOV');
  });
}

export interface Recoded {
  readonly rule: TriggerRule;
  readonly modality: Modality;
  readonly why?: string;
}

/** The rule and modality to code for a trigger read with `modality` (see the module comment). */
export function recodeByModality(rule: TriggerRule, modality: Modality, refusal: boolean, reported: boolean, condition: 'if' | 'unless' | null = null, onWhoever = false, decided = false): Recoded {
  const stated: Modality = reported ? 'reported' : 'asserted';
  // "Anyone caught smuggling fuel will be prosecuted": a legal act announced for whoever does something charges no one
  // yet; it warns of arrest and trial (PLOVER THREATEN arrest: a threat to arrest, detain or imprison).
  if (modality === 'future' && onWhoever && rule.event === 'ACCUSE' && rule.context?.includes('legal')) {
    return { rule: withType(rule, 'THREATEN', 'arrest'), modality: stated, why: 'legal act announced for whoever does something coded THREATEN (a warning)' };
  }
  // "will withdraw its engineers unless …", "may cut off aid if the shelling goes on": a conditional
  // announcement of a hostile or withdrawn act is a coercive warning (PLOVER THREATEN).
  const announced = modality === 'future' || modality === 'hypothetical';
  if (announced && (condition === 'unless' || condition === 'if' && (HOSTILE.has(rule.event) || rule.event === 'SANCTION')) &&
    (HOSTILE.has(rule.event) || rule.event === 'RETREAT' || rule.event === 'MOBILIZE')) {
    return { rule: withType(rule, 'THREATEN', threatMode(rule)), modality: stated, why: `conditional ${rule.event} ("${condition} …") coded THREATEN` };
  }
  if (modality === 'future' && FUTURE_TO_AGREE.has(rule.event)) {
    return { rule: withType(rule, 'AGREE', undefined), modality: stated, why: `future ${rule.event} coded AGREE (a promise; PLOVER AGREE)` };
  }
  // "will invite both negotiators to Brussels": an announced invitation promises a meeting (PLOVER CONSULT note:
  // announced future meetings and invitations are AGREE).
  if (modality === 'future' && rule.event === 'REQUEST' && rule.mode === 'meet') {
    return { rule: withType(rule, 'AGREE', undefined), modality: stated, why: 'announced invitation (future REQUEST/meet) coded AGREE (PLOVER: a promised meeting)' };
  }
  if (modality === 'future' && rule.event === 'RETREAT') {
    return { rule: withType(rule, 'CONCEDE', undefined), modality: stated, why: 'announced future RETREAT coded CONCEDE (PLOVER: not yet implemented)' };
  }
  // "Brussels will hold back the grants", "Mali will leave the customs union": a reduction of relations
  // announced with no condition, by a future auxiliary or a decision, by the party that acts, is the decision taken
  // (the SANCTION), not a warning (decidedByDoer; role-words.json announcedDecisions); one vowed, threatened, planned,
  // held ready ("stands ready to take measures") or only told by others warns.
  if (modality === 'future' && rule.event === 'SANCTION' && condition === null && !onWhoever && decided) {
    return { rule, modality: stated, why: 'announced SANCTION (no condition, by the party that acts) coded as the decision' };
  }
  if (modality === 'future' && HOSTILE.has(rule.event)) {
    return { rule: withType(rule, 'THREATEN', threatMode(rule)), modality: stated, why: `announced future ${rule.event} coded THREATEN` };
  }
  if (modality === 'negated' && refusal && COOPERATIVE.has(rule.event)) {
    return { rule: withType(rule, 'REJECT', requestMode(rule)), modality: stated, why: `refused ${rule.event} coded REJECT` };
  }
  return { rule, modality };
}
