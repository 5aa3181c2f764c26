import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu.js';
import { lexeme } from '../lexical.js';
import { argmax } from '../model/linear.js';
import { MAX_TAGGER_FEATURES, taggerContext, taggerFeatures } from './features.js';
import { tagIds, trainTagger, type TaggerModel } from './tagger.js';

const FIXTURE = resolve(import.meta.dirname, '../../../test/fixtures/syntax/news.conllu');
const sentences = parseConllu(readFileSync(FIXTURE, 'utf8')).map((s) => ({
  forms: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos}|${w.xpos}`),
}));

/** Tags greedily by scoring all of each word's features afresh: what tagIds must do, without its cache. */
function tagUncached(model: TaggerModel, forms: readonly string[]): number[] {
  const context = taggerContext(forms.map(lexeme), (lower) => model.ambiguity.get(lower) ?? 0);
  const features = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(model.tags.length);
  for (let i = 0; i < forms.length; i++) {
    scores.fill(0);
    model.weights.scoreUnscaled(features, taggerFeatures(context, i, features), scores);
    context.tags[i] = argmax(scores, model.tags.length);
  }
  return [...context.tags];
}

describe('tagger', () => {
  const model = trainTagger(sentences, { epochs: 2, seed: 1, ambiguityMinCount: 1, pruneBelow: 0 });

  it('gives the tags of scoring every feature afresh, though it scores a word\'s own features once per form', () => {
    // Sentences it was trained on and sentences of the same words in another order (other contexts).
    const shuffled = sentences.map((s) => [...s.forms].reverse());
    for (const forms of [...sentences.map((s) => s.forms), ...shuffled, ...shuffled]) {
      expect([...tagIds(model, forms)]).toEqual(tagUncached(model, forms));
    }
  });

  it('learns its training sentences', () => {
    const trained = trainTagger(sentences, { epochs: 8, seed: 1, ambiguityMinCount: 1, pruneBelow: 0 });
    for (const s of sentences) expect([...tagIds(trained, s.forms)].map((id) => trained.tags[id])).toEqual(s.tags);
  });
});
