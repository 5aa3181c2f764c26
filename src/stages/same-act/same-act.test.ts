import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/document.js';
import { createDocumentCoder, type ChronicleOptions } from '../../pipeline/default.js';
import { tokenAt } from '../actors/context.js';
import type { ConfidenceModel } from '../confidence/model.js';
import { dependencyPath, pairFeatures, SEQUENCED } from './features.js';
import { mayFold, sameActPairs, shippedSameActModel } from './index.js';

// Two events of one sentence: an accusation and the seizure it is about.
const TWO_EVENTS = 'The ministry accused Veldor of arming the rebels who seized two villages.';
// Two acts the text orders in time.
const SEQUENCE = 'Soldiers arrested three traders in Rovno before the governor announced a curfew.';
/** A sentence set among others, as long as the articles the model reads (index.ts mayFold). */
const article = (sentence: string) => [
  sentence,
  'The weather in the valley stayed dry all week.',
  'Farmers took their goats to the upland pastures.',
  'A new school opened in the district town.',
  'The river was low for the season.',
  'Shops in the market closed early on Saturday.',
  'A local choir sang at the festival.',
  'The bridge over the canal was painted.',
  'Buses ran on the winter timetable.',
  'The library lent more books than last year.',
  'Wheat prices held steady at the market.',
  'Residents said the evenings were quiet.',
].join(' ');

function code(text: string, options: ChronicleOptions = {}) {
  const doc = createDoc('same-act-test', { uri: 'same-act-test', format: 'text', publishedAt: '2024-05-08' }, text);
  createDocumentCoder({ onStageError: 'throw', ...options }).code(doc);
  return doc;
}

/** A model that folds every pair (its bias alone is far over any threshold). */
const FOLD_ALL: ConfidenceModel = { version: 'fold-all', threshold: 0.5, weights: { bias: 10 } };

describe('the shipped same-act model', () => {
  it('loads with its threshold, weights and training provenance', () => {
    const model = shippedSameActModel();
    expect(model.version).toMatch(/^[0-9a-f]{8}$/);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThanOrEqual(1.01);
    expect(model.weights).toHaveProperty('bias');
    expect(model.trained).toMatchObject({ command: 'npm run train:same-act' });
    expect(model.trained).toHaveProperty('crossValidated');
  });
});

describe('pair features', () => {
  const doc = code(TWO_EVENTS, { sameAct: false });
  const accusation = doc.events.find((e) => e.event === 'ACCUSE')!;
  const seizure = doc.events.find((e) => e.evidence.trigger.text === 'seized')!;

  it('reads the rules alone with two events in the sentence', () => {
    expect(accusation).toBeDefined();
    expect(seizure).toBeDefined();
    expect(sameActPairs(doc, doc.events)).toHaveLength(2);
  });

  it('give the dependency path from one trigger to the other with its case and mark words', () => {
    const path = dependencyPath(doc, tokenAt(doc.tokens, seizure.evidence.trigger.start), tokenAt(doc.tokens, accusation.evidence.trigger.start))!;
    expect(path.down).toEqual([]);
    expect(path.up.at(-1)).toBe('advcl');
    expect(path.words).toContain('of');
  });

  it('describe the shape of the pair, ordered, and never the names of the article', () => {
    const forward = pairFeatures(doc, seizure, accusation);
    expect(forward).toEqual(expect.arrayContaining(['bias', `types=${seizure.event}>ACCUSE`, 'other.type', 'b.first', 'a.under.b=advcl', 'path.word=of', 'sizes=neither']));
    const backward = pairFeatures(doc, accusation, seizure);
    expect(backward).toEqual(expect.arrayContaining([`types=ACCUSE>${seizure.event}`, 'a.first', 'b.under.a=advcl']));
    expect([...forward, ...backward].some((f) => /veldor|ministry|villages|rebels/i.test(f))).toBe(false);
  });
});

describe('the same-act stage', () => {
  it('folds a pair its model scores over the threshold into one event carrying both triggers', () => {
    expect(code(article(TWO_EVENTS), { sameAct: false }).events).toHaveLength(2);
    const folded = code(article(TWO_EVENTS), { sameAct: { model: FOLD_ALL } }).events;
    expect(folded).toHaveLength(1);
    expect(folded[0]!.evidence.mentions?.map((m) => m.trigger.text)).toHaveLength(1);
    expect(folded[0]!.why.some((w) => /tells this act again .* folded in/.test(w))).toBe(true);
    expect(folded[0]!.origin.resources).toContain('same-act-model@fold-all');
  });

  it('folds nothing under the threshold', () => {
    expect(code(article(TWO_EVENTS), { sameAct: { model: FOLD_ALL, minProbability: 1.01 } }).events).toHaveLength(2);
  });

  it('never folds two acts a sequence word orders in time', () => {
    const doc = code(article(SEQUENCE), { sameAct: false });
    const [first, second] = sameActPairs(doc, doc.events);
    expect(first?.features).toContain(SEQUENCED);
    expect(second?.features).toContain(SEQUENCED);
    expect(code(article(SEQUENCE), { sameAct: { model: FOLD_ALL } }).events).toHaveLength(2);
  });

  it('leaves a short note alone', () => {
    const note = code(TWO_EVENTS, { sameAct: { model: FOLD_ALL } });
    expect(mayFold(note)).toBe(false);
    expect(note.events).toHaveLength(2);
  });

  it('runs by default, named in the coder\'s versions', () => {
    const coder = createDocumentCoder({ onStageError: 'throw' });
    expect(coder.versions.some((v) => v.startsWith('same-act@'))).toBe(true);
    expect(createDocumentCoder({ onStageError: 'throw', sameAct: false }).versions.some((v) => v.startsWith('same-act@'))).toBe(false);
  });
});
