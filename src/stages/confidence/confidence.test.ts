import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/document.js';
import { createDocumentCoder, type ChronicleOptions } from '../../pipeline/default.js';
import { eventFeatures, whyTemplate } from './features.js';
import { confidence, MIN_SENTENCES, shippedModel } from './index.js';
import { readShippedModel, score, train, type ConfidenceModel } from './model.js';

const TEXT = 'Rebels attacked an army post near the border town on Monday. Police arrested 12 protesters in the capital on Tuesday. The rebels could attack the post again, a commander warned.';
// As long as the articles the model is trained on (MIN_SENTENCES), with an attack as background.
const ARTICLE = [
  TEXT,
  'The governor visited the market on Wednesday.',
  'Traders said business had been slow for weeks.',
  'Rain fell across the region for most of the day.',
  'Schools in the district stayed open.',
  'A local radio station broadcast the news.',
  'Farmers brought their crops to town.',
  'In 2019, rebels attacked the same post and held it for a week.',
  'The road to the coast was repaired last year.',
  'Residents said the town was calm on Wednesday evening.',
].join(' ');

function code(text: string, options: ChronicleOptions = {}) {
  const doc = createDoc('confidence-test', { uri: 'confidence-test', format: 'text', publishedAt: '2024-05-08' }, text);
  createDocumentCoder({ onStageError: 'throw', ...options }).code(doc);
  return doc;
}

describe('why lines as rule templates', () => {
  it('keeps the rule and drops the words it was applied to', () => {
    expect(whyTemplate('"attacked" is a verb trigger for ASSAULT (rule "attack")')).toBe('Q is a verb trigger for ASSAULT (rule Q)');
    expect(whyTemplate('date 2024-05-06 from "Monday" (clause, rule weekday)')).toBe('date N-N-N from Q (clause, rule weekday)');
    expect(whyTemplate('location Port Said from "Port Said" in the same clause')).toBe('location C from Q in the same clause');
  });
});

describe('the logistic regression', () => {
  const examples = [
    ...Array.from({ length: 30 }, () => ({ features: ['bias', 'good'], label: 1 as const })),
    ...Array.from({ length: 30 }, () => ({ features: ['bias', 'bad'], label: 0 as const })),
    { features: ['bias', 'once'], label: 1 as const },
  ];
  it('learns which features mark a kept record', () => {
    const weights = train(examples);
    expect(score(weights, ['bias', 'good'])).toBeGreaterThan(0.8);
    expect(score(weights, ['bias', 'bad'])).toBeLessThan(0.2);
  });
  it('is deterministic and leaves out features seen fewer than minCount times', () => {
    expect(train(examples)).toEqual(train(examples));
    expect(train(examples)).not.toHaveProperty('once');
    expect(train(examples, { minCount: 1 })).toHaveProperty('once');
  });
});

describe('shipped models', () => {
  it('should name a missing model file and the command that writes it', () => {
    expect(() => readShippedModel('confidence/no-such-model.json', 'npm run train:confidence')).toThrow(/no-such-model\.json.*npm run train:confidence/);
  });

  it('should read a model once and hand the same object to every caller', () => {
    expect(readShippedModel('confidence/model.json', 'npm run train:confidence')).toBe(shippedModel());
  });
});

describe('event features', () => {
  it('describe the reading of each event, not the article\'s words', () => {
    const doc = code(TEXT);
    const features = eventFeatures(doc, doc.events);
    const assault = doc.events.findIndex((e) => e.event === 'ASSAULT' && e.modality === 'asserted');
    const arrest = doc.events.findIndex((e) => e.event === 'COERCE');
    expect(features[assault]).toEqual(expect.arrayContaining(['bias', 'type=ASSAULT', 'modality=asserted', 'lemma=attack', 'actor.sector=REB', 'why=Q is a verb trigger for ASSAULT (rule Q)', 'type.rank=1']));
    expect(features[arrest]).toEqual(expect.arrayContaining(['mode=COERCE/arrest', 'size=arrested', 'date.age=day']));
    expect(features.flat().some((f) => /border|protesters|Police/.test(f))).toBe(false);
  });
  it('mark a second event of a type with a party of the first', () => {
    const doc = code('Troops shelled rebel positions outside Goma on Monday. On Tuesday troops shelled rebel positions again.');
    const features = eventFeatures(doc, doc.events);
    const assaults = doc.events.map((e, i) => [e, features[i]!] as const).filter(([e]) => e.event === 'ASSAULT').sort((a, b) => a[0].evidence.trigger.start - b[0].evidence.trigger.start);
    expect(assaults.length).toBe(2);
    expect(assaults[0]![1]).toContain('type.rank=1');
    expect(assaults[1]![1]).toContain('type.rank=2');
    expect(assaults[1]![1]).toContain('earlier.same.lemma');
  });
});

describe('the confidence stage', () => {
  const model: ConfidenceModel = { version: 'test', threshold: 0.5, weights: { bias: 2, 'type=ASSAULT': -5 } };
  it('drops events told as happening that score under the threshold and keeps the rest with their score', () => {
    const doc = code(ARTICLE, { confidence: { model } });
    expect(doc.sentences.length).toBeGreaterThanOrEqual(MIN_SENTENCES);
    expect(doc.events.some((e) => e.event === 'ASSAULT' && e.modality === 'asserted' && !e.background)).toBe(false);
    const arrest = doc.events.find((e) => e.event === 'COERCE')!;
    expect(arrest.why.at(-1)).toBe('learned probability an analyst keeps it 0.88 (confidence model test, threshold 0.5)');
    expect(arrest.origin.resources).toContain('confidence-model@test');
    // The rules' confidence (how central the act is in its sentence) is left as it was.
    expect(arrest.confidence).toBe(code(TEXT).events.find((e) => e.event === 'COERCE')!.confidence);
  });
  it('keeps negated, hypothetical and background events whatever their score', () => {
    const doc = code(ARTICLE, { confidence: { model } });
    expect(doc.events.some((e) => e.event === 'ASSAULT' && e.background && e.date === '2019')).toBe(true);
    const hypothetical = doc.events.find((e) => e.event === 'ASSAULT' && e.modality === 'hypothetical');
    expect(hypothetical?.why.at(-1)).toMatch(/^learned probability an analyst keeps it 0\.05 /);
  });
  it('keeps every event with minConfidence 0, and every event of a document shorter than the training articles', () => {
    const off = code(ARTICLE);
    expect(off.events.some((e) => e.event === 'ASSAULT' && e.modality === 'asserted' && !e.background)).toBe(true);
    expect(code(ARTICLE, { confidence: { model, minConfidence: 0 } }).events.map((e) => e.event)).toEqual(off.events.map((e) => e.event));
    expect(code(TEXT, { confidence: { model } }).events.map((e) => e.event)).toEqual(code(TEXT).events.map((e) => e.event));
    expect(off.events.every((e) => !e.origin.resources.some((r) => r.startsWith('confidence-model')))).toBe(true);
  });
  it('is off in the standard coder, and the last stage when asked for', () => {
    expect(createDocumentCoder().versions.some((v) => v.startsWith('event-confidence@'))).toBe(false);
    expect(createDocumentCoder({ confidence: {} }).versions.at(-1)).toMatch(/^event-confidence@/);
    expect(confidence().name).toBe('event-confidence');
  });
  it('names its model in the coder\'s provenance: a retrained model is told apart from the one before', () => {
    const model: ConfidenceModel = { ...shippedModel(), version: 'retrained' };
    expect(createDocumentCoder({ confidence: {} }).versions.at(-1)).toBe(`event-confidence@1+confidence-model@${shippedModel().version}`);
    expect(createDocumentCoder({ confidence: { model } }).versions.at(-1)).toBe('event-confidence@1+confidence-model@retrained');
  });
});

describe('the shipped model', () => {
  it('is what the training command wrote: its version hashes its threshold and weights', () => {
    const m = shippedModel();
    expect(m.version).toBe(createHash('sha256').update(JSON.stringify([m.threshold, m.weights])).digest('hex').slice(0, 8));
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThan(1);
    expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    expect(m.trained?.command).toBe('npm run train:confidence');
  });
});
