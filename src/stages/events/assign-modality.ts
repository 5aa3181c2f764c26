import type { ArticleDoc, Modality, Token } from '../../core/document.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor']);
const NEGATING_VERBS = new Set(['fail', 'refuse', 'deny', 'decline']);
const FUTURE = new Set(['will', 'shall', "'ll", 'plan', 'plans', 'planned', 'intend', 'intends', 'schedule', 'scheduled', 'expect', 'expected', 'due', 'set', 'upcoming', 'next', 'forthcoming', 'prepare', 'preparing']);
const HYPOTHETICAL = new Set(['if', 'could', 'might', 'may', 'would', 'should', 'hope', 'hopes', 'hoped', 'want', 'wants', 'wish', 'possible', 'possibly', 'unless', 'whether', 'consider', 'considering', 'threaten', 'threatened', 'threatens']);
/** Stated intent: "is willing to withdraw", "ready to host", "prepared to lift the ban" — a commitment about the future. */
const INTENT = new Set(['willing', 'ready', 'prepared', 'determined', 'eager', 'poised', 'going']);
/** Adjectives and verbs whose "to"-complement is an intended act, not a purpose ("willing to", "agreed to", "plans to"). */
const COMPLEMENT_TAKERS = new Set(['about', 'agree', 'promise', 'pledge', 'vow', 'offer', 'plan', 'threaten', 'refuse', 'decide', 'begin', 'start', 'continue', 'fail', 'decline', 'intend', 'want', 'seek', 'try', 'attempt', 'vote', 'move', 'swear', 'prepare', 'expect', 'hope', 'resolve', 'undertake', 'willing', 'ready', 'prepared', 'determined', 'eager', 'poised', 'set', 'due', 'able', 'unable', 'going', 'likely', 'scheduled', 'expected', 'need', 'have', 'must']);
/** Words that turn a negated act into a refusal ("will not accept", "declined to resign", "refused to meet"). */
const REFUSAL_AUX = new Set(['will', 'would', 'shall', 'can', 'could', 'wo', 'ca']);
const SPEECH = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'report', 'write', 'tweet', 'accord', 'confirm', 'quote']);
const SPEECH_OR_ANNOUNCE = new Set([...SPEECH, 'confirm', 'declare', 'insist', 'warn', 'indicate', 'reiterate', 'promise', 'stress', 'signal']);
/** A purpose or complement clause ("efforts to help return", "commitment to helping", "role in mediating") is not an event of its own. */
const EMBEDDING_PREPS = new Set(['to', 'in', 'for', 'of', 'toward', 'towards', 'at', 'on']);

export interface ModalityResult {
  modality: Modality;
  /** True when the trigger is a purpose/complement of another word and must not be coded on its own. */
  embedded: boolean;
  cue?: string;
  /** A negation that is a refusal ("will not", "refused to", "declined to", "failed to"), which PLOVER codes REJECT. */
  refusal?: boolean;
}

/**
 * Reads negation, future, hypothetical and reported speech from the words before the trigger in
 * its clause (and the sentence's speech verbs for 'reported'), so that "expressed hope for
 * further progress" is not an asserted event.
 */
export function assignModality(doc: ArticleDoc, clause: Clause, trigger: TriggerMatch, sentenceTokens: readonly number[]): ModalityResult {
  const tokens = doc.tokens;
  const range = clause.tokens;
  const at = range.indexOf(trigger.head);
  const head = tokens[trigger.head]!;
  const prev = tokens[range[at - 1] ?? -1];
  const prev2 = tokens[range[at - 2] ?? -1];

  // "to help return", "to reach a peace agreement", "commitment to helping", "role in mediating"
  let embedded = false;
  if (!trigger.nominal && prev && prev.normal === 'to' && prev.pos === 'PART' && !(prev2 && (COMPLEMENT_TAKERS.has(prev2.lemma) || COMPLEMENT_TAKERS.has(prev2.normal)))) embedded = true;
  if (!trigger.nominal && prev && prev.lemma === 'help') embedded = true;
  if (!trigger.nominal && head.normal.endsWith('ing') && prev && EMBEDDING_PREPS.has(prev.normal) && prev.pos !== 'PART') embedded = true;
  if (!trigger.nominal && head.normal.endsWith('ing') && prev && prev.normal === 'to') embedded = true;
  // A noun inside an infinitive purpose clause: "to reach a sustainable peace agreement", "to oversee the fragile truce"
  if (trigger.nominal) {
    for (let k = at - 1; k >= 1; k--) {
      const t = tokens[range[k]!]!;
      // …but "failed to reach agreement", "agreed to hold talks": the complement of an intent word is the act.
      const taker = tokens[range[k - 2] ?? -1];
      if (t.pos === 'VERB' && tokens[range[k - 1]!]!.normal === 'to' && tokens[range[k]! - 1]?.text !== '-' &&
        !(taker && (COMPLEMENT_TAKERS.has(taker.lemma) || COMPLEMENT_TAKERS.has(taker.normal)))) { embedded = true; break; }
      if (t.text === ',' || t.pos === 'AUX') break;
    }
  }

  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const t = tokens[range[k]!]!;
    if (NEGATORS.has(t.normal) && !(t.normal === 'no' && trigger.nominal === false)) {
      const aux = tokens[range[k - 1] ?? -1];
      const refusal = (t.normal === 'not' || t.normal === "n't") && aux !== undefined && REFUSAL_AUX.has(aux.normal);
      return { modality: 'negated', embedded, cue: refusal ? `${aux.text} ${t.text}` : t.text, refusal };
    }
    if (NEGATING_VERBS.has(t.lemma) && trigger.rule.event !== 'REJECT') return { modality: 'negated', embedded, cue: t.text, refusal: true };
  }
  // "Iraq said it would allow …": "would" after a speech verb is the future of the reported statement.
  const speechBefore = sentenceTokens.some((i) => i < trigger.head && SPEECH_OR_ANNOUNCE.has(tokens[i]!.lemma) && tokens[i]!.pos === 'VERB');
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const t = tokens[range[k]!]!;
    if (FUTURE.has(t.normal) || FUTURE.has(t.lemma) && t.pos === 'VERB' || INTENT.has(t.normal)) return { modality: 'future', embedded, cue: t.text };
    if (t.normal === 'would' && speechBefore) return { modality: 'future', embedded, cue: t.text };
    if (HYPOTHETICAL.has(t.normal)) return { modality: 'hypothetical', embedded, cue: t.text };
  }
  if (head.normal === 'hope' || prev?.lemma === 'hope') return { modality: 'hypothetical', embedded, cue: 'hope' };
  const speech = speechVerb(doc, sentenceTokens, clause, trigger);
  if (clause.role === 'quote' || speech !== undefined) return { modality: 'reported', embedded, cue: speech !== undefined ? tokens[speech]!.text : 'quotation' };
  return { modality: 'asserted', embedded };
}

/**
 * The speech verb that reports a trigger: one outside its clause, or one in the same clause that is not
 * the trigger itself — "Russian troops shelled villages, officials said", "Syria says it is willing to …".
 */
export function speechVerb(doc: ArticleDoc, sentenceTokens: readonly number[], clause: Clause, trigger: TriggerMatch): number | undefined {
  const tokens = doc.tokens;
  return sentenceTokens.find((i) => SPEECH.has(tokens[i]!.lemma) && tokens[i]!.pos === 'VERB' && tokens[i]!.lemma !== 'accord' &&
    (i < trigger.head || i >= trigger.end) && (!clause.tokens.includes(i) || i < trigger.head || commaBetween(tokens, trigger.end, i)));
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.text === ',') return true;
  return false;
}
