/**
 * The same-act stage: a learned pairwise decision (resources/same-act/model.json, trained by `npm run
 * train:same-act` on the training articles) of whether one event coded from a sentence tells the act
 * another event of that sentence tells ("shelled the town, killing five" coded as an attack and as
 * deaths), where the events stage's hand rules (merge-mentions.ts, fold-complements.ts) left two.
 * Each ordered pair (a, b) of events told as happening in one sentence is scored with the
 * probability that an analyst records a as a second telling of b's act; pairs over the model's
 * threshold (chosen by leave-one-set-out cross-validation) fold a into b, highest first: b keeps its
 * own fields, takes a's size and parties where it has none, and carries a's words as a mention.
 */
import type { ArticleDoc, CodedEvent } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { MIN_SENTENCES } from '../confidence/index.js';
import { readShippedModel, score, type ConfidenceModel } from '../confidence/model.js';
import { pairFeatures, SEQUENCED } from './features.js';

export const SAME_ACT_VERSION = 1;

export interface SameActOptions {
  /** Another model than the shipped one (tests, experiments). */
  readonly model?: ConfidenceModel;
  /** Pairs scoring at least this fold; above 1 folds none. Default: the model's threshold. */
  readonly minProbability?: number;
}

/** The shipped model, read once per process. */
export const shippedSameActModel = (): ConfidenceModel => readShippedModel('same-act/model.json', 'npm run train:same-act');

/**
 * Whether the stage reads a document: one as long as the articles the model was trained on (the
 * confidence stage's bound, for the same reason). A short note or a single sentence tells one act,
 * and on ACLED-style notes folding its second event lost the type the note was coded with (types
 * found 983 → 978 of 1,073).
 */
export function mayFold(doc: ArticleDoc): boolean {
  return doc.sentences.length >= MIN_SENTENCES;
}

/** Negated and hypothetical events claim no act: they are no second telling of one that happened. */
const happened = (e: CodedEvent) => e.modality !== 'negated' && e.modality !== 'hypothetical';

/** A pair the model reads: `a` may be a second telling of `b`'s act. */
export interface SameActPair {
  readonly a: CodedEvent;
  readonly b: CodedEvent;
  readonly features: string[];
}

/** The most events of one sentence whose pairs are read: a sentence listing more acts tells several, and the pairs grow as the square. */
const MAX_PER_SENTENCE = 8;

/** The ordered pairs of events told as happening in one sentence, with their features. */
export function sameActPairs(doc: ArticleDoc, events: readonly CodedEvent[]): SameActPair[] {
  const bySentence = new Map<number, CodedEvent[]>();
  for (const e of events) {
    if (!happened(e)) continue;
    const list = bySentence.get(e.evidence.sentence.start) ?? [];
    list.push(e);
    bySentence.set(e.evidence.sentence.start, list);
  }
  const pairs: SameActPair[] = [];
  for (const list of bySentence.values()) {
    if (list.length < 2 || list.length > MAX_PER_SENTENCE) continue;
    for (const a of list) for (const b of list) if (a !== b) pairs.push({ a, b, features: pairFeatures(doc, a, b) });
  }
  return pairs;
}

export interface FoldOptions {
  /** The model's `name@version`, added to the provenance of an event that took another in. */
  readonly resource?: string;
  /** Whether the kept event takes the folded one's size and parties where it has none (default true). */
  readonly carry?: boolean;
}

/**
 * Folds the events of `events` that score at least `threshold` as second tellings into the event
 * whose act they tell; returns the events kept, in their order. An event that took another in is
 * not folded in turn (a chain would carry a fold the model never scored).
 */
export function foldSameActs(doc: ArticleDoc, events: readonly CodedEvent[], weights: Readonly<Record<string, number>>, threshold: number, options: FoldOptions = {}): CodedEvent[] {
  const { resource, carry = true } = options;
  // Two acts the text orders in time are two acts: no score folds them (the hand merge keeps the same guard, merge-mentions.ts SEQUENCE_WORD).
  const scored = sameActPairs(doc, events).map((pair) => ({ ...pair, p: score(weights, pair.features) })).filter((s) => s.p >= threshold && !s.features.includes(SEQUENCED));
  if (!scored.length) return [...events];
  // Highest first; ties in text order, so that one input gives one output.
  scored.sort((x, y) => y.p - x.p || x.a.evidence.trigger.start - y.a.evidence.trigger.start || x.b.evidence.trigger.start - y.b.evidence.trigger.start);
  const folded = new Set<CodedEvent>();
  const hosts = new Set<CodedEvent>();
  for (const { a, b, p } of scored) {
    if (folded.has(a) || folded.has(b) || hosts.has(a)) continue;
    folded.add(a);
    hosts.add(b);
    if (resource) b.origin = { ...b.origin, resources: [...b.origin.resources, resource] };
    absorb(b, a, carry, `${resource ? `${resource}: ` : ''}learned probability that "${a.evidence.trigger.text}" (${a.event}) tells this act again ${p.toFixed(2)}: folded in`);
  }
  return events.filter((e) => !folded.has(e));
}

/** The kept event takes what the folded one told and it did not: a size, an actor, a recipient, and its words as a mention. */
function absorb(kept: CodedEvent, other: CodedEvent, carry: boolean, why: string): void {
  if (carry) {
    for (const [key, value] of Object.entries(other.size) as [keyof CodedEvent['size'], CodedEvent['size'][keyof CodedEvent['size']]][]) {
      if (value && kept.size[key] === undefined) kept.size = { ...kept.size, [key]: value };
    }
    if (!kept.actor.length && other.actor.length) kept.actor = other.actor;
    if (!kept.recipient.length && other.recipient.length) kept.recipient = other.recipient;
  }
  kept.evidence = { ...kept.evidence, mentions: [...(kept.evidence.mentions ?? []), { sentence: other.evidence.sentence, trigger: other.evidence.trigger }, ...(other.evidence.mentions ?? [])] };
  kept.why.push(why);
}

export function sameAct(options: SameActOptions = {}): Stage {
  // Read when the coder is built, so that its provenance names the model (retraining changes output, not code).
  const model = options.model ?? shippedSameActModel();
  const resource = `same-act-model@${model.version}`;
  return {
    name: 'same-act',
    version: SAME_ACT_VERSION,
    resources: [resource],
    requires: ['sentences', 'tokens', 'events'],
    assigns: ['events'],
    run(doc) {
      if (doc.events.length < 2 || !mayFold(doc)) return;
      doc.events = foldSameActs(doc, doc.events, model.weights, options.minProbability ?? model.threshold, { resource });
    },
  };
}
