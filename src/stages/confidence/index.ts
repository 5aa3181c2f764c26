/**
 * The confidence stage: a learned model (resources/confidence/model.json, trained by `npm run
 * train:confidence` on annotated articles) scores each coded event with the probability that an
 * analyst keeps it as a record of an act — right type, not a second telling of an act already coded,
 * not a statement or a mention taken for an act — and drops the events told as happening that score
 * under the model's threshold. Negated and hypothetical events make no claim that an act happened:
 * they are scored and kept. The score is written in `why`; `confidence` stays the rules' own (it
 * ranks the events of a sentence by how central they are, which this model was not trained to tell).
 *
 * Off by default (`ChronicleOptions.confidence`): on articles it trades recall for precision (in
 * leave-one-set-out runs type right 71.0% → 77%, fully right 19.6% → 23%, acts found −1.7%), but on
 * short notes and single sentences, which it was not trained on, it drops the one event they tell
 * (ACLED notes' types found 91.7% → 81.5%, their tolls 89.8% → 68.4%; docs/confidence.md).
 */
import { readFileSync } from 'node:fs';
import type { CodedEvent } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { resourcePath } from '../../syntax/resource-path.js';
import { eventFeatures } from './features.js';
import { score, type ConfidenceModel } from './model.js';

export const CONFIDENCE_VERSION = 1;

export interface ConfidenceOptions {
  /** Another model than the shipped one (tests, experiments). */
  readonly model?: ConfidenceModel;
  /** Events told as happening that score under it are dropped; 0 keeps every event. Default: the model's threshold. */
  readonly minConfidence?: number;
}

let shipped: ConfidenceModel | undefined;
/** The shipped model, read once per process. */
export function shippedModel(): ConfidenceModel {
  shipped ??= JSON.parse(readFileSync(resourcePath('confidence/model.json'), 'utf8')) as ConfidenceModel;
  return shipped;
}

const happened = (e: CodedEvent) => e.modality !== 'negated' && e.modality !== 'hypothetical';

export function confidence(options: ConfidenceOptions = {}): Stage {
  return {
    name: 'event-confidence',
    version: CONFIDENCE_VERSION,
    requires: ['events'],
    assigns: ['events'],
    run(doc) {
      if (!doc.events.length) return;
      const model = options.model ?? shippedModel();
      const threshold = options.minConfidence ?? model.threshold;
      const features = eventFeatures(doc, doc.events);
      const resource = `confidence-model@${model.version}`;
      doc.events = doc.events.filter((event, i) => {
        const p = Math.round(score(model.weights, features[i]!) * 100) / 100;
        event.why.push(`learned probability an analyst keeps it ${p.toFixed(2)} (confidence model ${model.version}, threshold ${threshold})`);
        event.origin = { ...event.origin, resources: [...event.origin.resources, resource] };
        return !happened(event) || p >= threshold;
      });
    },
  };
}
