/**
 * The confidence stage: a learned model (resources/confidence/model.json, trained by `npm run
 * train:confidence` on annotated articles) scores each coded event with the probability that an
 * analyst keeps it as a record of an act — right type, not a second telling of an act already coded,
 * not a statement or a mention taken for an act — and drops the events told as happening that score
 * under the model's threshold. Negated and hypothetical events make no claim that an act happened:
 * they are scored and kept. The score is written in `why`; `confidence` stays the rules' own (it
 * ranks the events of a sentence by how central they are, which this model was not trained to tell).
 *
 * Off by default (`ChronicleOptions.confidence`), a precision mode for whole articles: on the three
 * newest held-out sets, which it was not trained on, type right rose 3–8 points and fully right 2–4,
 * for 3 of 352 acts found lost; it also drops one required act of the example page (a ceasefire told
 * in a subordinate clause). Always keeping the first event of each type and mode gained too little to
 * be worth the acts it still lost.
 * Short notes and sentences are left alone (on ACLED notes it dropped the one act they tell: types
 * found 91.7% → 81.5%). Figures and commands: docs/confidence.md.
 */
import type { ArticleDoc, CodedEvent } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { eventFeatures } from './features.js';
import { readShippedModel, score, type ConfidenceModel } from './model.js';

export const CONFIDENCE_VERSION = 1;

export interface ConfidenceOptions {
  /** Another model than the shipped one (tests, experiments). */
  readonly model?: ConfidenceModel;
  /** Events told as happening that score under it are dropped; 0 keeps every event. Default: the model's threshold. */
  readonly minConfidence?: number;
}

/** The shipped model, read once per process. */
export const shippedModel = (): ConfidenceModel => readShippedModel('confidence/model.json', 'npm run train:confidence');

/**
 * The shortest document the filter reads: the model was trained on articles of 17 to 41 sentences,
 * and on short notes and single sentences it drops the one act they tell (see the file comment).
 */
export const MIN_SENTENCES = 12;

/**
 * Whether the filter may drop an event: one told as happening (negated and hypothetical events
 * claim no act), not background (history told to frame the news is coded by what the text says of
 * it, not by how the news around it reads), in a document as long as the articles the model was
 * trained on.
 */
export function mayDrop(event: CodedEvent, doc: ArticleDoc): boolean {
  return event.modality !== 'negated' && event.modality !== 'hypothetical' && !event.background && doc.sentences.length >= MIN_SENTENCES;
}

export function confidence(options: ConfidenceOptions = {}): Stage {
  // Read when the coder is built, so that its provenance names the model (retraining changes output, not code).
  const model = options.model ?? shippedModel();
  const resource = `confidence-model@${model.version}`;
  return {
    name: 'event-confidence',
    version: CONFIDENCE_VERSION,
    resources: [resource],
    requires: ['events'],
    assigns: ['events'],
    run(doc) {
      if (!doc.events.length) return;
      const threshold = options.minConfidence ?? model.threshold;
      const features = eventFeatures(doc, doc.events);
      doc.events = doc.events.filter((event, i) => {
        // Compared unrounded, as the training command compares it when it picks the threshold.
        const p = score(model.weights, features[i]!);
        event.why.push(`learned probability an analyst keeps it ${p.toFixed(2)} (confidence model ${model.version}, threshold ${threshold})`);
        event.origin = { ...event.origin, resources: [...event.origin.resources, resource] };
        return !mayDrop(event, doc) || p >= threshold;
      });
    },
  };
}
