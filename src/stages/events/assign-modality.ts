import { readFileSync } from 'node:fs';
import type { ArticleDoc, Modality } from '../../core/document.js';
import { syntaxOf, type SyntaxView } from '../../syntax/relations.js';
import { resourcePath } from '../../syntax/resource-path.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';
import { isSpeech, ROLE_WORDS } from './role-words.js';

export interface ModalityResult {
  modality: Modality;
  /** True when the trigger is a purpose or a thing only talked about, not an act to code on its own. */
  embedded: boolean;
  cue?: string;
  /** A negation that is a refusal ("will not", "refused to", "declined to", "failed to"), which PLOVER codes REJECT. */
  refusal?: boolean;
  /** The deed an accusation alleges ("accused X of shelling"): coded only for the types of modality-words.json allegedActsKept. */
  alleged?: boolean;
}

interface ModalityWords {
  readonly refusalVerbs: string[];
  readonly refusalAuxiliaries: string[];
  /** Verbs of a stance whose negation is the stance refused in any tense ("does not recognise the new junta"). */
  readonly stanceVerbs: string[];
  /** Objects a negated stance verb takes as a rule of business, not as a stance ("does not accept cash payments"). */
  readonly stanceNotObjects: string[];
  /** Subjects whose negated stance is a tally, not a party's refusal ("voters did not support the candidate"). */
  readonly stanceNotSubjects: string[];
  readonly futureAuxiliaries: string[];
  readonly futureGovernors: string[];
  readonly intentAdjectives: string[];
  /** Adjectives of readiness whose "to"/"for" noun names an act offered, not done ("open to dialogue", "ready for talks"). */
  readonly offerAdjectives: string[];
  readonly hypotheticalAuxiliaries: string[];
  readonly hypotheticalGovernors: string[];
  /** Verbs whose object names an act that was stopped before it happened ("foiled a bombing"). */
  readonly preventVerbs: string[];
  /** Verbs whose "from" gerund names an act kept from happening ("blocked the convoy from entering", "were barred from leaving"). */
  readonly hinderVerbs: string[];
  /**
   * Verbs whose object names an act already going on, even in a purpose: "fired tear gas to disperse a protest",
   * "sent troops to quell the riots" — the purpose is the force's, the protest happened.
   */
  readonly suppressVerbs: string[];
  /** Verbs whose object names an act only looked for, not told ("analysts expect further launches"). */
  readonly expectationVerbs: string[];
  readonly conditionalMarkers: string[];
  /** Markers of a clause of time whose present tense, under a future or a modal, tells an act waited for ("until the army withdraws"). */
  readonly awaitedMarkers: string[];
  readonly epistemicNouns: string[];
  readonly reportNouns: string[];
  /** Verbs whose gerund after "of"/"for" (allegationMarkers) is a deed alleged by the subject, not told by the writer ("accused X of shelling"). */
  readonly allegationVerbs: string[];
  readonly allegationMarkers: string[];
  readonly denialVerbs: string[];
  readonly purposeGovernors: string[];
  /** Verbs of using a means ("used batons to disperse …"): the infinitive after them is the act the means was used in, done. */
  readonly meansVerbs: string[];
  readonly attemptNouns: string[];
  /** Verbs whose infinitive is an act set about ("tried to break into"): a material act (attemptedActTypes, a type or type/mode) so attempted was begun. */
  readonly attemptVerbs: string[];
  readonly attemptedActTypes: string[];
  /** Verbs of deciding whose infinitive is what was decided, even where an adjunct between them makes the parse read it as a purpose. */
  readonly decisionVerbs: string[];
  /** Bodies that decide by vote or resolution (boards, committees, juries, members): what they voted to do was decided. */
  readonly decidingBodies: string[];
  /** Verbs of sending someone, and the people sent who talk for their sender: "sent an envoy to meet …" is the sender's meeting. */
  readonly sendingVerbs: string[];
  readonly sentTalkers: string[];
}
interface AllegedActs { readonly allegedActsKept?: { readonly types: readonly string[] }; readonly penaltySpeakers?: { readonly sectors: readonly string[] } }

/** Whether a speaker of this sector can impose a penalty it announces for whoever does something (modality-words.json penaltySpeakers). */
export function imposesPenalty(sector: string | null): boolean {
  return sector !== null && PENALTY_SECTORS.has(sector);
}

/** Types of an alleged deed coded as an act of its own (modality-words.json allegedActsKept): the material ones. */
export function allegedActKept(event: string): boolean {
  return ALLEGED_KEPT.has(event);
}

const WORDS = (() => {
  const data = JSON.parse(readFileSync(resourcePath('events/modality-words.json'), 'utf8')) as ModalityWords & { name: string; version: string };
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v])) as unknown as { [K in keyof ModalityWords]: Set<string> } & { version: string };
})();

/** Whether an act noun hangs as the "to"/"for" phrase of an adjective of readiness ("open to dialogue", "ready for talks"): modality-words.json offerAdjectives. */
export function offeredBy(doc: ArticleDoc, noun: number): number {
  const syn = syntaxOf(doc);
  const adjective = syn.head(noun);
  if (adjective < 0 || doc.tokens[adjective]!.pos !== 'ADJ' || !WORDS.offerAdjectives.has(doc.tokens[adjective]!.normal)) return -1;
  return ['to', 'for'].includes(syn.caseOf(noun) ?? '') ? adjective : -1;
}

/** Whether a verb stops the act its object names ("foiled a bombing"): modality-words.json preventVerbs. */
export function isPreventVerb(lemma: string): boolean {
  return WORDS.preventVerbs.has(lemma);
}

/** Whether a verb scatters or puts down the act its object names ("dispersed a protest"): modality-words.json suppressVerbs. */
export function isSuppressVerb(lemma: string): boolean {
  return WORDS.suppressVerbs.has(lemma);
}

/** A quotation mark, either way (the tagger may read a closing straight quote as an opening one). */
const isQuoteMark = (t: { text: string; tag?: string }): boolean => t.tag === "''" || t.tag === '``' || ['"', '\u201c', '\u201d'].includes(t.text);

/** Relations by which a clause is the complement of a word that can govern it ("agreed to …", "said that …", "the likelihood that …"). */
const GOVERNED = new Set(['xcomp', 'ccomp', 'acl', 'advcl', 'csubj']);
/** Pronouns that deny an act happened to or by anyone. */
const NEGATIVE_PRONOUNS = new Set(['nobody', 'none', 'nothing', 'noone']);
const COMPARATIVES = new Set(['fewer', 'less', 'more', 'longer', 'later', 'sooner']);

/**
 * Reads an event's modality from the dependency parse: the negation, auxiliaries and clause
 * marker of its predicate, and the words that govern its clause, climbing through complements
 * ("Russia said it would not withdraw", "the likelihood that Iran would attack", "if they were
 * caught"). A purpose ("sent troops to quell …", "efforts to help return …") is marked embedded:
 * it is part of another act, not one of its own.
 */
export function assignModality(doc: ArticleDoc, clause: Clause, trigger: TriggerMatch, sentenceTokens: readonly number[]): ModalityResult {
  const read = modalityOfClauses(doc, clause, trigger, sentenceTokens);
  // "Will Russia invade Moldova next?": a question asks whether the act happens or will; it
  // announces nothing, whatever its auxiliary says.
  const sentence = doc.sentences[doc.tokens[trigger.head]!.sentence]!;
  if ((read.modality === 'future' || read.modality === 'asserted') && syntaxOf(doc).isQuestion(sentence.tokenStart, sentence.tokenEnd)) {
    return { modality: 'hypothetical', embedded: read.embedded, cue: '?' };
  }
  return read;
}

function modalityOfClauses(doc: ArticleDoc, clause: Clause, trigger: TriggerMatch, sentenceTokens: readonly number[]): ModalityResult {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  // The predicate whose clause carries the trigger's modality: the verb itself, or for a noun the
  // clause head governing it ("Iran will hold talks", "no agreement was reached").
  const predicate = trigger.nominal ? clause.head : trigger.head;
  const embedded = isEmbedded(doc, syn, trigger, predicate);

  const nounNegation = trigger.nominal ? syn.negationOf(trigger.head) : null;
  const negation = nounNegation ?? syn.negationOf(predicate);
  if (negation !== null) {
    const aux = syn.auxiliariesOf(predicate).find((a) => WORDS.refusalAuxiliaries.has(a));
    const not = tokens[negation]!.normal === 'not' || tokens[negation]!.normal === "n't";
    // "do not recognise the breakaway charter", "never accepted the plan": a stance verb negated is the stance refused.
    const subject = syn.subjectOf(predicate);
    const stance = !trigger.nominal && not && WORDS.stanceVerbs.has(tokens[predicate]!.lemma)
      && !syn.objectsOf(predicate).some((o) => WORDS.stanceNotObjects.has(tokens[o]!.lemma))
      && !(subject !== null && WORDS.stanceNotSubjects.has(tokens[subject.token]!.lemma));
    return { modality: 'negated', embedded, cue: aux && not ? `${aux} ${tokens[negation]!.text}` : tokens[negation]!.text, refusal: Boolean(aux && not) || stance };
  }
  // "No civilians were harmed", "nobody was killed": a verb whose subject or object is a negative
  // quantifier ("no …", "nobody", "none") tells that the act did not happen to anyone.
  const negativeArgument = [...syn.subjectsOf(predicate), ...syn.objectsOf(predicate)].find((n) =>
    NEGATIVE_PRONOUNS.has(tokens[n]!.normal) || syn.children(n).some((c) => syn.relation(c) === 'det' && tokens[c]!.normal === 'no'
      // "no fewer than 12 villagers" counts them.
      && !COMPARATIVES.has(tokens[c + 1]?.normal ?? '')));
  if (!trigger.nominal && negativeArgument !== undefined) return { modality: 'negated', embedded, cue: tokens[negativeArgument]!.text };
  // Climb the governing chain of the predicate: each step may set the modality. A noun's own verb
  // starts the climb when it lies below the clause head ("failed to renew the embargo": renew → failed).
  const own = trigger.nominal ? syn.head(trigger.head) : -1;
  let at = own >= 0 && own !== predicate && tokens[own]!.pos === 'VERB' && syn.ancestors(own).includes(predicate) ? own : predicate;
  const speechAbove = syn.ancestors(predicate).some((a) => isSpeech(tokens, syn, a));
  // "police foiled a bombing", "the army thwarted an attack": the act named was stopped, it did not happen.
  // The act noun may name the kind of what was stopped ("foiled a bombing plot").
  const stopped = trigger.nominal && syn.relation(trigger.head) === 'compound' ? syn.head(trigger.head) : trigger.head;
  const stopper = trigger.nominal ? syn.head(stopped) : -1;
  if (stopper >= 0 && syn.relation(stopped) === 'obj' && WORDS.preventVerbs.has(tokens[stopper]!.lemma)) return { modality: 'negated', embedded, cue: tokens[stopper]!.text };
  // "analysts expect further launches", "residents fear new attacks": an act looked for is not told as happening.
  if (stopper >= 0 && syn.relation(stopped) === 'obj' && WORDS.expectationVerbs.has(tokens[stopper]!.lemma)) return { modality: 'hypothetical', embedded, cue: tokens[stopper]!.text };
  // "said it remained open to dialogue", "is ready for talks": the act noun after an adjective of readiness is offered
  // (future: an offered meeting is AGREE), not told as done.
  if (trigger.nominal && offeredBy(doc, trigger.head) >= 0) return { modality: 'future', embedded, cue: tokens[own]!.text };
  for (let depth = 0; depth < 8; depth++) {
    const auxiliaries = syn.auxiliariesOf(at);
    const future = auxiliaries.find((a) => WORDS.futureAuxiliaries.has(a));
    if (future) return { modality: 'future', embedded, cue: future };
    const hypothetical = auxiliaries.find((a) => WORDS.hypotheticalAuxiliaries.has(a));
    if (hypothetical) {
      // "Venezuela said it would allow …": a reported "would" is the statement's future.
      if (hypothetical === 'would' && speechAbove) return { modality: 'future', embedded, cue: hypothetical };
      return { modality: 'hypothetical', embedded, cue: hypothetical };
    }
    const marker = syn.markerOf(at);
    if (marker && WORDS.conditionalMarkers.has(marker)) return { modality: 'hypothetical', embedded, cue: marker };
    const governor = syn.head(at);
    // "the picket would stay until the ministry withdraws the tariff", "will come back when the soldiers leave": a present
    // tense in a clause of time under a future or a modal tells an act waited for, a condition of the other, neither done
    // nor promised by the one who speaks (modality-words.json awaitedMarkers).
    // The parse hangs "when" as the clause's adverb, not its marker.
    const timeWord = marker ?? (syn.relation(at) === 'advcl' ? syn.children(at).filter((c) => c < at && syn.relation(c) === 'advmod' && tokens[c]!.tag === 'WRB').map((c) => tokens[c]!.normal)[0] : undefined);
    if (timeWord && WORDS.awaitedMarkers.has(timeWord) && governor >= 0 && presentTense(syn, tokens, at) && lookedForward(syn, tokens, governor)) {
      return { modality: 'hypothetical', embedded, cue: timeWord };
    }
    // '"Our rivals wish to see the republic in flames," a minister said, blaming exiles …': a speech verb after a
    // closing quotation mark reports the quotation; the parse may hang it under a verb of the quote, whose mood ("want")
    // is the quote's own, not the report's or what the report goes on to tell.
    if (governor >= 0 && governor < at && isSpeech(tokens, syn, at) && tokens.slice(governor + 1, at).some(isQuoteMark)) break;
    // "a demand the government has so far rejected", "the claims, which police denied": a relative clause describes its
    // noun, it is not the noun's content; what the noun or the clause above it holds (a demand, a wish) is not its mood.
    // A content clause the parse reads as relative ("allegations that police had killed protesters") has its marker or all its
    // arguments; a relative clause lacks the one its noun fills.
    const content = syn.children(at).some((c) => syn.relation(c) === 'mark') || syn.objectsOf(at).length > 0;
    if (syn.fullRelation(at) === 'acl:relcl' && tokens[governor]?.pos === 'NOUN' && !content) break;
    const relation = (predicateNoun(doc, syn, governor) && syn.relation(at) === 'acl') || decidedAct(doc, syn, at) ? 'xcomp' : syn.relation(at);
    if (governor < 0 || !GOVERNED.has(relation) && relation !== 'conj') break;
    const g = tokens[governor]!;
    if (relation !== 'conj') {
      // "Kyrgyzstan accused Kazakh guards of firing on its engineers": the deed is the accuser's claim, reported (guideline 4:
      // an alleged act is coded; one the text tells as denied is optional).
      if ((relation === 'advcl' || relation === 'acl') && tokens[at]!.tag === 'VBG' && WORDS.allegationVerbs.has(g.lemma) && WORDS.allegationMarkers.has(syn.markerOf(at) ?? '')) {
        return { modality: 'reported', embedded, cue: g.text, alleged: true };
      }
      // "accused the peacekeepers of failing to protect civilians": a refusal that is itself the deed an accusation
      // alleges is the accuser's claim, not a refusal the writer tells (coded only as allegedActsKept allows).
      const accuser = syn.head(governor);
      if (WORDS.refusalVerbs.has(g.lemma) && relation === 'xcomp' && accuser >= 0 && g.tag === 'VBG' && ['advcl', 'acl'].includes(syn.relation(governor))
        && WORDS.allegationVerbs.has(tokens[accuser]!.lemma) && WORDS.allegationMarkers.has(syn.markerOf(governor) ?? '')) {
        return { modality: 'reported', embedded, cue: tokens[accuser]!.text, alleged: true };
      }
      // "troops blocked aid convoys from entering the city": the act kept from happening did not happen.
      if (relation === 'advcl' && syn.markerOf(at) === 'from' && WORDS.hinderVerbs.has(g.lemma)) return { modality: 'negated', embedded, cue: g.text };
      if (WORDS.refusalVerbs.has(g.lemma) && trigger.rule.event !== 'REJECT') return { modality: 'negated', embedded, cue: g.text, refusal: true };
      if (syn.negationOf(governor) !== null && relation === 'xcomp') {
        const n = tokens[syn.negationOf(governor)!]!;
        return { modality: 'negated', embedded, cue: n.text, refusal: WORDS.refusalAuxiliaries.has(syn.auxiliariesOf(governor)[0] ?? '') };
      }
      if (relation === 'xcomp' && (WORDS.futureGovernors.has(g.lemma) || WORDS.intentAdjectives.has(g.normal))) return { modality: 'future', embedded, cue: g.text };
      // "a mob tried to break into the armoury": a material act set about was begun, coded as the act (as an attempt noun's);
      // the climb goes on, so "will try to" or "said they tried to" gives it the attempt's own mood.
      if (relation === 'xcomp' && WORDS.attemptVerbs.has(g.lemma) && (WORDS.attemptedActTypes.has(trigger.rule.event) || WORDS.attemptedActTypes.has(`${trigger.rule.event}/${trigger.rule.mode ?? ''}`))) {
        at = governor;
        continue;
      }
      if ((relation === 'xcomp' || relation === 'ccomp') && WORDS.hypotheticalGovernors.has(g.lemma)) return { modality: 'hypothetical', embedded, cue: g.text };
      if (g.pos === 'NOUN' && WORDS.attemptNouns.has(g.normal)) {
        // "thwarted a plot to bomb the embassy": an attempt that was stopped did not happen.
        const stopper = syn.head(governor);
        if (stopper >= 0 && syn.relation(governor) === 'obj' && WORDS.preventVerbs.has(tokens[stopper]!.lemma)) return { modality: 'negated', embedded, cue: tokens[stopper]!.text };
        break;
      }
      if (g.pos === 'NOUN' && WORDS.epistemicNouns.has(g.normal)) return { modality: 'hypothetical', embedded, cue: g.text };
      if (g.pos === 'NOUN' && WORDS.reportNouns.has(g.normal)) {
        // "denied reports that its troops had crossed", "rejected allegations that police killed …":
        // a report its subject denies is told to say it did not happen (a denial, not a refusal).
        const denier = syn.head(governor);
        if (denier >= 0 && syn.relation(governor) === 'obj' && WORDS.denialVerbs.has(tokens[denier]!.lemma)) return { modality: 'negated', embedded, cue: tokens[denier]!.text };
        return { modality: 'reported', embedded, cue: g.text };
      }
    }
    at = governor;
  }
  const sentence = doc.sentences[tokens[trigger.head]!.sentence]!;
  if (syn.isQuestion(sentence.tokenStart, sentence.tokenEnd)) return { modality: 'hypothetical', embedded, cue: '?' };
  const speech = speechVerb(doc, sentenceTokens, clause, trigger);
  if (clause.role === 'quote' || speech !== undefined) return { modality: 'reported', embedded, cue: speech !== undefined ? tokens[speech]!.text : 'quotation' };
  return { modality: 'asserted', embedded };
}

/** A verb in the present or the present perfect ("withdraws", "leave", "has carried out"): no past tense of its own. */
function presentTense(syn: SyntaxView, tokens: ArticleDoc['tokens'], verb: number): boolean {
  const tag = tokens[verb]!.tag;
  const auxiliaries = syn.auxiliariesOf(verb);
  if (auxiliaries.some((a) => a === 'did' || a === 'was' || a === 'were' || a === 'had')) return false;
  if (tag === 'VBZ' || tag === 'VBP') return true;
  return tag === 'VBN' && auxiliaries.some((a) => a === 'has' || a === 'have');
}

/** Whether a clause looks forward: its verb takes a future or a modal auxiliary ("would stay", "will come back") or is an infinitive. */
function lookedForward(syn: SyntaxView, tokens: ArticleDoc['tokens'], verb: number): boolean {
  return syn.auxiliariesOf(verb).some((a) => WORDS.futureAuxiliaries.has(a) || WORDS.hypotheticalAuxiliaries.has(a)) || syn.isInfinitive(verb);
}

/**
 * A purpose or a complement that is part of another act: "sent troops to quell the protests",
 * "efforts to help return refugees", "a role in mediating", "a commitment to helping". Complements
 * of words that take an intended act ("agreed to", "plans to", "refused to") are not embedded:
 * the governing word gives them their modality instead.
 */
function isEmbedded(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, predicate: number): boolean {
  const tokens = doc.tokens;
  const clauseVerb = predicate;
  const relation = syn.relation(clauseVerb);
  const governor = syn.head(clauseVerb);
  if (governor < 0) return false;
  const g = tokens[governor]!;
  if (WORDS.purposeGovernors.has(g.lemma) && (relation === 'xcomp' || relation === 'ccomp')) return true;
  // "Congress voted on Tuesday to lift the ban": what was decided, not a purpose (the governing verb gives its mood).
  if (decidedAct(doc, syn, clauseVerb)) return false;
  // "The ministry sent two officials to meet the strikers": talks an envoy is sent to hold are the sender's consultation
  // (PLOVER CONSULT), told as going ahead, not a purpose only; troops sent "to quell" stay a purpose.
  // The parse hangs the infinitive on the verb or on the one sent ("official" acl "meet").
  if (trigger.rule.event === 'CONSULT' && !trigger.nominal && sendingVerbOf(doc, syn, clauseVerb) >= 0) return false;
  // "The government plans to hold talks": the governing word is a verb the parse read as a noun; its infinitive is its complement.
  if (relation === 'acl' && predicateNoun(doc, syn, governor)) return false;
  // "an attempt to assassinate …", "a plot to kill …": an attempted act is coded as the act.
  if (relation === 'acl' && WORDS.attemptNouns.has(g.normal)) return false;
  // "…to break up a protest by students": the act noun a purpose sets out to disperse or quell is going on, not intended.
  // The noun read by the head of its phrase: "sit - in" is matched from "sit", a compound of "in".
  let noun = trigger.head;
  while (trigger.nominal && syn.relation(noun) === 'compound' && syn.head(noun) > noun && syn.head(noun) < trigger.end) noun = syn.head(noun);
  if (trigger.nominal && syn.head(noun) === clauseVerb && syn.relation(noun) === 'obj' && WORDS.suppressVerbs.has(tokens[clauseVerb]!.lemma)) return false;
  // "Soldiers used batons to disperse a walk-out", "employed live rounds to scatter the crowd": what a means was used
  // for is told as done with it (the act, its doer the user), not only intended. The parse may hang the purpose on
  // the means ("clubs to disperse …", acl of the object).
  const meansObject = relation === 'acl' && syn.relation(governor) === 'obj' && WORDS.meansVerbs.has(tokens[syn.head(governor)]?.lemma ?? '');
  if (syn.isInfinitive(clauseVerb) && ((WORDS.meansVerbs.has(g.lemma) && (relation === 'advcl' || relation === 'xcomp')) || meansObject)) return false;
  // An infinitive adjunct is a purpose ("to quell …"); an infinitive complement of a noun is the noun's content ("efforts to …").
  if (syn.isInfinitive(clauseVerb) && (relation === 'advcl' || relation === 'acl')) return true;
  // A gerund after a preposition inside a noun phrase ("role in mediating", "commitment to helping").
  if (!trigger.nominal && tokens[clauseVerb]!.tag === 'VBG' && relation === 'acl' && syn.children(clauseVerb).some((c) => syn.relation(c) === 'mark')) return true;
  return false;
}

/**
 * The verb of sending whose one sent, a person who talks for the sender (modality-words.json sendingVerbs, sentTalkers),
 * is to do what an infinitive tells: "sent a senior official to meet the strikers", "dispatched an envoy to Juba to hold
 * talks". The parse hangs the infinitive on the verb or on the one sent ("official" acl "meet"). -1 when there is none.
 */
export function sendingVerbOf(doc: ArticleDoc, syn: SyntaxView, verb: number): number {
  const tokens = doc.tokens;
  const governor = syn.head(verb);
  if (governor < 0 || !syn.isInfinitive(verb)) return -1;
  const relation = syn.relation(verb);
  if ((relation === 'advcl' || relation === 'xcomp') && WORDS.sendingVerbs.has(tokens[governor]!.lemma)
    && syn.objectsOf(governor).some((o) => WORDS.sentTalkers.has(tokens[o]!.lemma))) return governor;
  const sender = syn.head(governor);
  if (relation === 'acl' && WORDS.sentTalkers.has(tokens[governor]!.lemma) && syn.relation(governor) === 'obj' && sender >= 0
    && WORDS.sendingVerbs.has(tokens[sender]!.lemma)) return sender;
  return -1;
}

/**
 * Whether an infinitive the parse hangs as an adverbial clause on a verb of deciding (modality-words.json decisionVerbs) is
 * that verb's complement: "the council voted on Monday to reopen the market", "decided after a long meeting to expel
 * him". A time or a place between the two makes the parse read a purpose; a decision has no purpose of that shape. Any
 * other words between are read so only when a body that decides is the subject ("the senate voted 58 to 41 to …",
 * modality-words.json decidingBodies, or an actor of a legislative, government, judicial or union sector): "residents
 * voted in large numbers to punish the ruling party" tells what their ballots did, no act decided.
 */
function decidedAct(doc: ArticleDoc, syn: SyntaxView, verb: number): boolean {
  const governor = syn.head(verb);
  if (!(governor >= 0 && syn.relation(verb) === 'advcl' && syn.isInfinitive(verb) && governor < verb
    && doc.tokens[governor]!.pos === 'VERB' && WORDS.decisionVerbs.has(doc.tokens[governor]!.lemma))) return false;
  return settingBetween(doc, syn, governor, verb) || decidingBody(doc, syn, governor);
}

/** Prepositions whose phrase tells when something was decided ("after a long meeting", "during a session"). */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'following', 'since', 'until', 'at']);

/**
 * Whether every word between a verb and its infinitive, but the infinitive's "to", belongs to a phrase of the verb that
 * tells a time or a place: a time or a place the text names, or a phrase of TIME_PREPOSITIONS.
 */
function settingBetween(doc: ArticleDoc, syn: SyntaxView, governor: number, verb: number): boolean {
  const covered = new Set<number>(syn.children(verb).filter((c) => c < verb && syn.relation(c) === 'mark'));
  const within = (k: number, spans: readonly { span: { start: number; end: number } }[]) =>
    spans.some((x) => x.span.start <= doc.tokens[k]!.start && doc.tokens[k]!.end <= x.span.end);
  for (const c of syn.children(governor)) {
    if (c <= governor || c >= verb) continue;
    if (syn.relation(c) === 'punct') { covered.add(c); continue; }
    const setting = within(c, doc.times) || within(c, doc.places) || TIME_PREPOSITIONS.has(syn.caseOf(c) ?? '');
    if (!setting) continue;
    const [from, to] = syn.subtreeRange(c);
    for (let k = from; k <= to; k++) covered.add(k);
  }
  for (let k = governor + 1; k < verb; k++) if (!covered.has(k)) return false;
  return true;
}

/** Sectors of the bodies that decide by vote or resolution: a legislature, a government, a court, a union. */
const DECIDING_SECTORS = new Set(['LEG', 'GOV', 'JUD', 'LAB']);

/** Whether the subject of a verb of deciding is a body that decides (modality-words.json decidingBodies, DECIDING_SECTORS). */
function decidingBody(doc: ArticleDoc, syn: SyntaxView, governor: number): boolean {
  const subject = syn.subjectOf(governor);
  if (subject === null) return false;
  return syn.conjuncts(subject.token).some((n) => {
    const t = doc.tokens[n]!;
    return WORDS.decidingBodies.has(t.lemma) || WORDS.decidingBodies.has(t.normal)
      || doc.actors.some((a) => a.sector !== null && DECIDING_SECTORS.has(a.sector) && a.span.start <= t.start && t.end <= a.span.end);
  });
}

/**
 * Whether a word the parse read as a noun is the predicate of its clause: a verb of intent ("plans",
 * "aims", "intends") with a subject of its own and no copula ("The government plans to hold talks",
 * not "the government's plans to …" nor "the aim is to …"). Its infinitive is then its complement,
 * as after the verb read right.
 */
function predicateNoun(doc: ArticleDoc, syn: SyntaxView, word: number): boolean {
  return word >= 0 && WORDS.futureGovernors.has(doc.tokens[word]!.lemma) && syn.isMisreadVerb(word);
}

/**
 * The speech verb that reports a trigger: one governing it ("officials said troops shelled …"),
 * or one attached beside it (", officials said"), or another in the sentence that is not the
 * trigger itself nor a circumstance of it.
 */
export function speechVerb(doc: ArticleDoc, sentenceTokens: readonly number[], clause: Clause, trigger: TriggerMatch): number | undefined {
  const tokens = doc.tokens;
  const syn = syntaxOf(doc);
  const above = syn.ancestors(trigger.head).find((a) => isSpeech(tokens, syn, a) && tokens[a]!.pos === 'VERB');
  if (above !== undefined) return above;
  // Not one in an adverbial clause of its own ("torched the office after the results were announced"): it tells a
  // circumstance, and a passive one reports its subject ("the results"), not the act.
  const circumstance = (i: number) => syn.markerOf(i) !== null || syn.isPassive(i);
  return sentenceTokens.find((i) => i !== trigger.head && isSpeech(tokens, syn, i) && tokens[i]!.pos === 'VERB' &&
    tokens[i]!.lemma !== 'accord' && !clause.tokens.includes(i) && syn.relation(i) !== 'acl' && !circumstance(i));
}

const ALLEGED_WORDS = JSON.parse(readFileSync(resourcePath('events/modality-words.json'), 'utf8')) as AllegedActs;
const ALLEGED_KEPT: ReadonlySet<string> = new Set(ALLEGED_WORDS.allegedActsKept?.types ?? []);
const PENALTY_SECTORS: ReadonlySet<string> = new Set(ALLEGED_WORDS.penaltySpeakers?.sectors ?? []);
