/**
 * Learned acceptance of refused trigger candidates. A lexicon word whose hand conditions refuse it
 * (find-triggers.ts `refusingCue`: the object it wants, the doer it wants, the construction …) is a
 * candidate the rules wrote off; on text other than the articles those conditions were fitted to,
 * many such words tell real acts. A sparse logistic regression (the confidence stage's learner,
 * trained by `npm run train:acceptance` on the 19 training sets: label 1 where a reference act's
 * evidence covers the word, the rule's type is one the reference accepts and no event of the rules
 * tells that act) scores each refused candidate by the SHAPE of its reading: the condition that
 * refused it, the rule's type, the word's lemma and cluster, its place in the parse, the classes of
 * its arguments, negation and modal words, and which acts its sentence already told. A candidate
 * scoring at or above the model's threshold (chosen by leave-one-set-out) is admitted as a trigger
 * and built as any other (parties, date, place, modality, the confidence filter).
 */
import type { ArticleDoc, CodedEvent } from '../../core/document.js';
import { loadPersonNouns } from '../../kb/person-nouns.js';
import { clusterLevels } from '../../syntax/clusters.js';
import { syntaxOf } from '../../syntax/relations.js';
import { MIN_SENTENCES } from '../confidence/index.js';
import { readShippedModel, score, type ConfidenceModel } from '../confidence/model.js';
import type { TriggerRule } from './triggers.js';

/** A lexicon rule that matched a word's phrase but that a condition refused. */
export interface RefusedCandidate {
  readonly rule: TriggerRule;
  readonly head: number;
  readonly end: number;
  /** The refusing condition: a cue of the rule (`objects`, `subjects`, …) or a check of the word (`pos`, `describesNoun`, …). */
  readonly condition: string;
}

/** What the trigger finder does with refused candidates: score them (and admit the likely acts), and hand them to a collector. */
export interface TriggerAcceptance {
  readonly model: Pick<ConfidenceModel, 'version' | 'weights' | 'threshold'>;
  /** Candidates scoring at or above it are admitted; default the model's threshold (Infinity admits none: rules alone). */
  readonly threshold?: number;
  /**
   * The shortest document read (default the confidence stage's MIN_SENTENCES): the model was trained on articles, where a
   * sentence is one of many; on single sentences and short notes it admitted the gatherings, closures and removals the
   * conditions are there to refuse (a soldiers' muster, a road shut for repairs), with nothing around them to weigh.
   */
  readonly minSentences?: number;
  /** Sees every scored candidate (training: the features and labels of what the rules refused). */
  readonly collect?: (doc: ArticleDoc, candidate: RefusedCandidate, features: readonly string[], score: number) => void;
}

/** The acceptance's model: the confidence stage's, with the threshold to admit from when the confidence filter runs behind it. */
export interface AcceptanceModel extends ConfidenceModel {
  /**
   * Where the confidence filter (src/stages/confidence) drops what an analyst would not keep, a lower threshold may find more acts
   * for extras the filter removes; chosen by the joint leave-one-set-out of `npm run train:acceptance-joint`. Absent: `threshold`.
   */
  readonly thresholdWithFilter?: number;
}

/** The shipped model (resources/events/acceptance-model.json), read once per process. */
export const shippedAcceptanceModel = (): AcceptanceModel => readShippedModel('events/acceptance-model.json', 'npm run train:acceptance');

/** The shipped acceptance as the pipeline runs it with the confidence filter behind it: admitting from the model's threshold for that. */
export function acceptanceWithFilter(model: AcceptanceModel = shippedAcceptanceModel()): TriggerAcceptance {
  return { model, threshold: model.thresholdWithFilter ?? model.threshold };
}

const MODAL_WORDS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
/** The relations whose dependents are a word's arguments, read by their class. */
const ARGUMENT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent', 'nmod', 'nmod:poss', 'compound']);

const CORE_ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj']);

/**
 * The class of an argument word: the kind and sector of an actor covering it, a place, a count, a
 * noun of people, a pronoun, or a thing. Classes, never the words, so that weights carry to other names.
 */
function argumentClass(doc: ArticleDoc, n: number): string[] {
  const t = doc.tokens[n]!;
  const actor = doc.actors.find((a) => a.span.start <= t.start && t.end <= a.span.end);
  if (actor) return [`actor.${actor.actorKind}`, `sector.${actor.sector ?? 'none'}`];
  if (doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end)) return ['place'];
  if (t.tag === 'CD') return ['count'];
  if (t.pos === 'PRON') return ['pronoun'];
  if (loadPersonNouns().sectorOf(t.lemma) !== undefined) return ['people'];
  if (t.pos === 'PROPN') return ['name'];
  return ['thing'];
}

/** A word's cluster at its coarse (16) and middle (256) levels, in decimal (the shipped model's feature names), or none. */
function clusters(word: string): [string, string] {
  const levels = clusterLevels(word);
  return levels ? [String(levels.coarse), String(levels.middle)] : ['none', 'none'];
}

/**
 * The features of a refused candidate. `told` are the types of the triggers the sentence's rules accepted; `conditions` all that
 * refused the word's rules of the candidate's type (the candidate's own by default).
 */
export function candidateFeatures(doc: ArticleDoc, c: RefusedCandidate, told: readonly string[], conditions: readonly string[] = [c.condition]): string[] {
  const t = doc.tokens[c.head]!;
  const type = c.rule.event;
  const f = ['bias', ...conditions.flatMap((condition) => [`cond=${condition}`, `cond.type=${condition}/${type}`]), `type=${type}`, `mode=${type}/${c.rule.mode ?? '-'}`,
    `lemma=${t.lemma}`, `type.lemma=${type}/${t.lemma}`, `rule.pos=${c.rule.pos}`, `pos=${t.pos}`, `rule.pos.pos=${c.rule.pos}/${t.pos}`, `tag=${t.tag ?? '-'}`];
  const [coarse, middle] = clusters(t.normal);
  f.push(`cluster=${coarse}`, `cluster2=${middle}`, `type.cluster2=${type}/${middle}`);
  if (c.end - c.head > 1) f.push('phrase');
  if (c.rule.resource) f.push('dictionary');
  if (t.dep !== undefined) {
    const syn = syntaxOf(doc);
    const relation = syn.fullRelation(c.head);
    f.push(`dep=${relation}`, `type.dep=${type}/${relation}`, ...conditions.map((condition) => `cond.dep=${condition}/${relation}`));
    const governor = syn.head(c.head);
    f.push(`head.pos=${governor >= 0 ? doc.tokens[governor]!.pos : 'root'}`);
    for (const k of syn.children(c.head)) {
      const rel = syn.fullRelation(k);
      const kid = doc.tokens[k]!;
      f.push(`kid=${rel}`);
      if (rel === 'aux' && MODAL_WORDS.has(kid.lemma)) f.push(`modal=${kid.lemma}`);
      if (rel === 'aux' && kid.lemma === 'to') f.push('infinitive');
      if (rel === 'mark' && kid.normal === 'to') f.push('infinitive');
      if ((rel === 'advmod' || rel === 'det') && NEGATIONS.has(kid.normal)) f.push('negated');
      if (rel === 'aux:pass') f.push('passive');
      if (!ARGUMENT_RELATIONS.has(rel)) continue;
      const prep = syn.children(k).find((m) => syn.relation(m) === 'case');
      const slot = prep !== undefined ? `${rel}:${doc.tokens[prep]!.normal}` : rel;
      for (const cls of argumentClass(doc, k)) f.push(`arg=${slot}/${cls}`, `type.arg=${type}/${rel}/${cls}`);
      // What the core arguments are, by their word's cluster: "closed the crossing" and "closed the checkpoint" share one.
      if (CORE_ARGUMENTS.has(rel)) f.push(`type.arg.cluster2=${type}/${rel}/${clusters(kid.normal)[1]}`);
    }
  }
  if (!told.length) f.push('sentence.none');
  for (const other of new Set(told)) f.push(`sentence.has=${other}`);
  if (told.includes(type)) f.push('sentence.same.type');
  if (t.sentence === 0) f.push('first.sentence');
  return f;
}

const ADMITTED = /admitted by the learned acceptance \(probability ([\d.]+)\)/;

/** The score with which the learned acceptance admitted an event's trigger (its `why` line), or null for an event of the rules. */
export function admissionOf(event: Pick<CodedEvent, 'why'>): number | null {
  for (const line of event.why) {
    const m = ADMITTED.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Whether the acceptance reads this document: one as long as the articles it was trained on. */
export function readsDocument(acceptance: TriggerAcceptance, doc: ArticleDoc): boolean {
  return doc.sentences.length >= (acceptance.minSentences ?? MIN_SENTENCES);
}

/** The candidate's score under the model. */
export function acceptanceScore(acceptance: TriggerAcceptance, features: readonly string[]): number {
  return score(acceptance.model.weights, features);
}
