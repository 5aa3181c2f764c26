import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu.js';
import { seededRandom } from '../random.js';
import { ActionScorer } from './action-scores.js';
import { ContextCache } from './context-cache.js';
import { bestLabel, parserWords, Scratch } from './decode.js';
import { actionFeatures, labelFeatures, MAX_ACTION_FEATURES, MAX_LABEL_FEATURES } from './features.js';
import { trainParser, type TreeSentence } from './parser.js';
import { ACTIONS, LEFT, RIGHT, ParseState } from './transitions.js';

const FIXTURE = resolve(import.meta.dirname, '../../../test/fixtures/syntax/news.conllu');
const treebank: TreeSentence[] = parseConllu(readFileSync(FIXTURE, 'utf8')).map((s) => ({
  forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos),
  heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel),
}));
const model = trainParser(treebank, { seed: 1, epochs: 2, beamWidth: 1, exploreFrom: 1, explore: 0.5, pruneBelow: 0 });

/**
 * Random walks of valid transitions with random labels over the fixture's sentences (several walks
 * per sentence, so contexts repeat as in a beam): `visit` sees every configuration with a free
 * buffer front, and every arc about to be made.
 */
function walk(visit: { sentence?: (s: TreeSentence) => void; state?: (state: ParseState, s: TreeSentence) => void; arc?: (state: ParseState, head: number, dependent: number, s: TreeSentence) => number }): void {
  const random = seededRandom(3);
  for (const s of treebank) {
    visit.sentence?.(s);
    for (let round = 0; round < 6; round++) {
      const state = new ParseState(s.forms.length);
      while (!state.terminal) {
        if (!state.bufferEmpty) visit.state?.(state, s);
        const valid = [0, 1, 2, 3].filter((a) => state.valid(a));
        const action = valid[Math.floor(random() * valid.length)]!;
        let label = Math.floor(random() * model.labels.length);
        if (action === LEFT || action === RIGHT) {
          const head = action === LEFT ? state.b0 : state.s0;
          const dependent = action === LEFT ? state.s0 : state.b0;
          label = visit.arc?.(state, head, dependent, s) ?? label;
        }
        state.apply(action, label);
      }
    }
  }
}

describe('action scores by parts', () => {
  it('gives every configuration the scores of all its action features together, to the last bit', () => {
    const scorer = new ActionScorer(model.actions);
    const features = new Uint32Array(MAX_ACTION_FEATURES);
    const direct = new Float64Array(ACTIONS);
    const byParts = new Float64Array(ACTIONS);
    let states = 0;
    walk({
      sentence: (s) => scorer.begin(parserWords(s), s.forms.length),
      state: (state, s) => {
        direct.fill(0);
        model.actions.scoreUnscaled(features, actionFeatures(state, parserWords(s), features), direct);
        scorer.score(state, byParts);
        expect([...byParts]).toEqual([...direct]);
        states++;
      },
    });
    expect(states).toBeGreaterThan(500);
  });

  it('puts each of the 88 action templates in exactly one group', () => {
    const features = new Uint32Array(MAX_ACTION_FEATURES);
    const s = treebank[0]!;
    const state = new ParseState(s.forms.length);
    state.apply(0, -1);
    expect(actionFeatures(state, parserWords(s), features)).toBe(88);
  });
});

describe('the label cache', () => {
  it('gives an arc the label the label model gives it in that configuration', () => {
    const scratch = new Scratch(model.labels);
    const features = new Uint32Array(MAX_LABEL_FEATURES);
    const scores = new Float64Array(model.labels.length);
    let hits = 0;
    let words = parserWords(treebank[0]!);
    walk({
      sentence: (s) => {
        scratch.labelCache.begin();
        words = parserWords(s);
      },
      arc: (state, head, dependent) => {
        scores.fill(0);
        model.arcLabels.scoreUnscaled(features, labelFeatures(state, words, head, dependent, features), scores);
        const label = bestLabel(scores, head === 0, scratch.rootLabel);
        const cached = scratch.labelCache.find(state, head, dependent);
        if (cached >= 0) {
          hits++;
          expect(cached).toBe(label);
        } else {
          scratch.labelCache.store(label);
        }
        return label;
      },
    });
    expect(hits).toBeGreaterThan(50);
  });
});

describe('context cache', () => {
  it('finds a stored context only by its whole key, only in its sentence, and stops storing at half full', () => {
    const cache = new ContextCache(2, 1, 8);
    cache.key.set([1, 2]);
    expect(cache.find()).toBe(-1);
    expect(cache.store()).toBe(-1);
    cache.begin();
    expect(cache.find()).toBe(-1);
    cache.values[cache.store()] = 42;
    expect(cache.values[cache.find()]).toBe(42);
    cache.key.set([2, 1]);
    expect(cache.find()).toBe(-1);
    for (let k = 0; k < 3; k++) {
      cache.key.set([10 + k, 0]);
      expect(cache.find()).toBe(-1);
      expect(cache.store()).toBeGreaterThanOrEqual(0);
    }
    cache.key.set([20, 0]);
    expect(cache.find()).toBe(-1);
    expect(cache.store()).toBe(-1);
    cache.begin();
    cache.key.set([1, 2]);
    expect(cache.find()).toBe(-1);
  });
});
