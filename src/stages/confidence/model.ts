/**
 * A logistic regression over sparse binary features, the model of the confidence stage. Written
 * here rather than taken from a package: the npm ones (ml-logistic-regression and kin) take dense
 * matrices, and ours has thousands of feature names of which an event has about forty; the whole
 * learner is the forty lines below, trained in well under a second on a few thousand events.
 */
import { readFileSync } from 'node:fs';
import { resourcePath } from '../../syntax/resource-path.js';

export interface ConfidenceModel {
  /** What the model is, for provenance (`origin.resources`). */
  readonly version: string;
  /** Events scored below it are not kept (the stage's default `minConfidence`). */
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
  /** How it was trained: the command, the sets, the counts and the cross-validated figures. */
  readonly trained?: Readonly<Record<string, unknown>>;
}

export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

export interface TrainOptions {
  /** L2 penalty on every weight but the bias. */
  readonly l2?: number;
  readonly epochs?: number;
  /** Features seen in fewer examples are left out (they would only learn their examples). */
  readonly minCount?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const shippedModels = new Map<string, ConfidenceModel>();

/**
 * A model shipped in resources/ (`confidence/model.json`, `same-act/model.json`, …), read once per
 * process. A missing, unreadable or malformed file is named with the command that writes it, not left as
 * a bare JSON error.
 */
export function readShippedModel(resource: string, trainCommand: string): ConfidenceModel {
  const known = shippedModels.get(resource);
  if (known) return known;
  const path = resourcePath(resource, trainCommand);
  let model: ConfidenceModel;
  try {
    model = JSON.parse(readFileSync(path, 'utf8')) as ConfidenceModel;
  } catch (error) {
    throw new Error(`cannot read the model ${path} (${(error as Error).message}); \`${trainCommand}\` writes it`);
  }
  if (typeof model?.version !== 'string' || typeof model.threshold !== 'number' || typeof model.weights !== 'object' || model.weights === null) {
    throw new Error(`the model ${path} lacks its version, threshold or weights; \`${trainCommand}\` writes it`);
  }
  shippedModels.set(resource, model);
  return model;
}

/** The probability that an event with these features is a record an analyst keeps. */
export function score(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return sigmoid(z);
}

/**
 * Fits the weights by full-batch gradient descent with AdaGrad steps on the mean log loss plus an
 * L2 penalty (deterministic: no sampling, so one training set gives one model).
 */
export function train(examples: readonly Example[], options: TrainOptions = {}): Record<string, number> {
  const { l2 = 0.01, epochs = 400, minCount = 2 } = options;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([f, n]) => n >= minCount || f === 'bias').map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((ex) => ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(names.length);
  const history = new Float64Array(names.length);
  const bias = index.get('bias');
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(names.length);
    rows.forEach((row, r) => {
      let z = 0;
      for (const i of row) z += w[i]!;
      const err = sigmoid(z) - examples[r]!.label;
      for (const i of row) grad[i]! += err / rows.length;
    });
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! + (i === bias ? 0 : l2 * w[i]!);
      history[i]! += g * g;
      w[i]! -= (rate * g) / (Math.sqrt(history[i]!) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    if (Math.abs(w[i]!) >= 1e-4) weights[f] = Math.round(w[i]! * 1e4) / 1e4;
  });
  return weights;
}
