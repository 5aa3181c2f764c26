import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/document.js';
import { createDocumentCoder, type ChronicleOptions } from '../../pipeline/default.js';
import { acceptanceWithFilter, admissionOf, shippedAcceptanceModel, type TriggerAcceptance } from './acceptance.js';
import { events } from './index.js';

function code(text: string, options: ChronicleOptions = {}) {
  const doc = createDoc('acceptance-test', { uri: 'acceptance-test', format: 'text', publishedAt: '2025-02-11' }, text);
  createDocumentCoder({ onStageError: 'throw', ...options }).code(doc);
  return doc;
}

// A reply told with a doer the rule of "hit back" does not list: the rule's `subjects` condition refuses it.
const REPLY = 'The mayor of Corvenna hit back at his critics on Monday.';

/** Codes `text` with an acceptance that admits nothing and records what its conditions refused. */
function refusedIn(text: string) {
  const seen: { lemma: string; type: string; condition: string; features: readonly string[] }[] = [];
  const acceptance: TriggerAcceptance = {
    model: { version: 'none', weights: {}, threshold: Infinity },
    minSentences: 0,
    collect: (doc, c, features) => seen.push({ lemma: doc.tokens[c.head]!.lemma, type: c.rule.event, condition: c.condition, features }),
  };
  const doc = code(text, { events: { acceptance } });
  return { doc, seen };
}

describe('the learned acceptance of refused trigger candidates', () => {
  it('loads the shipped model with its training provenance', () => {
    const model = shippedAcceptanceModel();
    expect(model.version).toMatch(/^[0-9a-f]{8}$/);
    expect(typeof model.threshold).toBe('number');
    expect(Object.keys(model.weights).length).toBeGreaterThan(50);
    expect(model.trained?.command).toBe('npm run train:acceptance');
  });

  it('collects a refused candidate with the condition that refused it and the shape of its reading', () => {
    const { doc, seen } = refusedIn(REPLY);
    expect(doc.events.filter((e) => e.event === 'ACCUSE')).toHaveLength(0);
    const reply = seen.find((c) => c.lemma === 'hit' && c.type === 'ACCUSE');
    expect(reply?.condition).toBe('subjects');
    expect(reply?.features).toEqual(expect.arrayContaining(['bias', 'cond=subjects', 'type=ACCUSE', 'lemma=hit', 'rule.pos.pos=VERB/VERB', 'dep=root', 'kid=nsubj', 'sentence.none']));
    // Its subject read by its class (a person of a government), never by its name.
    expect(reply?.features.some((f) => f.startsWith('arg=nsubj/'))).toBe(true);
    expect(reply?.features.some((f) => /corvenna|mayor/i.test(f))).toBe(false);
  });

  it('reads negation and modal words on the candidate', () => {
    const { seen } = refusedIn('The mayor of Corvenna would not hit back at his critics.');
    const reply = seen.find((c) => c.lemma === 'hit' && c.type === 'ACCUSE');
    expect(reply?.features).toEqual(expect.arrayContaining(['modal=would', 'negated']));
  });

  it('admits from its lower threshold where the confidence filter runs behind it', () => {
    const model = { version: 'test', weights: {}, threshold: 0.3 };
    expect(acceptanceWithFilter({ ...model, thresholdWithFilter: 0.1 }).threshold).toBe(0.1);
    expect(acceptanceWithFilter(model).threshold).toBe(0.3);
    const shipped = shippedAcceptanceModel();
    expect(acceptanceWithFilter().threshold).toBe(shipped.thresholdWithFilter ?? shipped.threshold);
  });

  it('admits a candidate the model scores over its threshold, built as any event', () => {
    const admitting: TriggerAcceptance = { model: { version: 'test', weights: { 'cond=subjects': 3, 'type=ACCUSE': 3, bias: -2 }, threshold: 0.5 }, minSentences: 0 };
    const doc = code(REPLY, { events: { acceptance: admitting } });
    const reply = doc.events.find((e) => e.event === 'ACCUSE');
    expect(reply?.why.some((w) => /refused by its rule's condition subjects, admitted by the learned acceptance/.test(w))).toBe(true);
    expect(reply?.actor[0]?.sector).toBe('GOV');
    // The scripts read the admission back from the why line (a rules' event has none).
    expect(admissionOf(reply!)).toBeGreaterThanOrEqual(0.5);
    expect(admissionOf({ why: ['matched the lexicon'] })).toBeNull();
    expect(reply?.date).toBe('2025-02-10');
    // Off, the rules alone refuse it.
    expect(code(REPLY, { events: { acceptance: false } }).events.some((e) => e.event === 'ACCUSE')).toBe(false);
  });

  it('reads no document shorter than the articles it was trained on', () => {
    let scored = 0;
    const acceptance: TriggerAcceptance = { model: { version: 'all', weights: { bias: 5 }, threshold: 0.5 }, collect: () => scored++ };
    expect(code(REPLY, { events: { acceptance } }).events.some((e) => e.event === 'ACCUSE')).toBe(false);
    expect(scored).toBe(0);
  });

  it('is on by default, with the shipped model named in the stage provenance', () => {
    expect(events().resources).toEqual([`acceptance-model@${shippedAcceptanceModel().version}`]);
    expect(events({ acceptance: false }).resources).toEqual([]);
  });
});
