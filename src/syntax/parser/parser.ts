import { PerceptronTrainer } from '../model/linear.js';
import { seededRandom, shuffle } from '../random.js';
import { trainBeamSentence } from './beam-training.js';
import { parseBeam } from './beam.js';
import { parseGreedy, parserWords, Scratch, type BeamSettings, type Parse, type ParserInput, type ParserModel } from './decode.js';
import { goldTree, isProjective } from './oracle.js';
import { trainGreedySentence, type PreparedTree, type TrainingContext } from './training.js';
import { ACTIONS } from './transitions.js';

export { parseGreedy, parserWords, type BeamSettings, type Parse, type ParserInput, type ParserModel } from './decode.js';
export { parseBeam } from './beam.js';

/** Parses one sentence, with the model's beam unless another is given (width 1 = greedy). */
export function parse(model: ParserModel, input: ParserInput, beam: BeamSettings = model.beam): Parse {
  return beam.width > 1 ? parseBeam(model, input, beam) : parseGreedy(model, input);
}

/** A training sentence: forms, predicted (or gold) tags, gold heads and labels. */
export interface TreeSentence extends ParserInput {
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

export interface ParserTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /**
   * 1: greedy training with the dynamic oracle and error exploration. More: a global structured
   * perceptron over a beam of this width with max-violation updates (beam.ts).
   */
  readonly beamWidth: number;
  /** Greedy training: from this epoch on, follow the model's own wrong actions with probability `explore`. */
  readonly exploreFrom: number;
  readonly explore: number;
  readonly pruneBelow: number;
  /**
   * The action model's rows as the hashing trick's 2^actionHashBits (0 or absent: one row per
   * feature): a table that fits the CPU's cache, collisions and all (SparseLinearModel).
   */
  readonly actionHashBits?: number;
  readonly onEpoch?: (epoch: number, model: (pruneBelow?: number) => ParserModel) => void;
  readonly log?: (line: string) => void;
}

/**
 * Trains the action and label models. Non-projective training trees are skipped: the oracle is
 * exact only for projective ones.
 */
export function trainParser(sentences: readonly TreeSentence[], options: ParserTrainingOptions): ParserModel {
  const labelSet = [...new Set(sentences.flatMap((s) => s.deprels))].sort();
  const labelId = new Map(labelSet.map((l, i) => [l, i]));
  const usable = sentences.filter((s) => isProjective(Int32Array.from([0, ...s.heads])));
  options.log?.(`parser: ${usable.length} of ${sentences.length} training trees are projective and used`);
  const prepared: PreparedTree[] = usable.map((s) => ({
    words: parserWords(s),
    gold: goldTree(Int32Array.from([0, ...s.heads])),
    goldLabels: Int32Array.from([-1, ...s.deprels.map((l) => labelId.get(l)!)]),
  }));
  const context: TrainingContext = {
    actions: new PerceptronTrainer(ACTIONS, { hashBits: options.actionHashBits ?? 0 }),
    arcLabels: new PerceptronTrainer(labelSet.length),
    scratch: new Scratch(labelSet),
    rootLabel: labelId.get('root')!,
  };
  const random = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  const exportModel = (prune = options.pruneBelow): ParserModel => ({
    labels: labelSet, actions: context.actions.export(prune), arcLabels: context.arcLabels.export(prune),
    beam: { width: options.beamWidth, margin: null },
  });

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let decisions = 0;
    let wrong = 0;
    for (const index of order) {
      const sentence = prepared[index]!;
      if (options.beamWidth > 1) {
        decisions++;
        if (trainBeamSentence(context, sentence, options.beamWidth)) wrong++;
      } else {
        const explore = epoch >= options.exploreFrom ? options.explore : 0;
        const counts = trainGreedySentence(context, sentence, explore, random);
        decisions += counts.decisions;
        wrong += counts.wrong;
      }
    }
    const what = options.beamWidth > 1 ? 'training sentences parsed right' : 'training decisions right';
    options.log?.(`parser epoch ${epoch}: ${((1 - wrong / decisions) * 100).toFixed(2)}% of ${what}`);
    options.onEpoch?.(epoch, exportModel);
  }
  return exportModel();
}

