import { describe, expect, it } from 'vitest';
import { formatConllu, parseConllu, ConlluError } from './conllu.js';
import { scoreSyntax } from './evaluate.js';
import { hash2, hashString } from './model/hash.js';
import { PerceptronTrainer, SparseLinearModel, argmax } from './model/linear.js';
import { packModel, unpackModel } from './model/file.js';
import { lexeme, shapeOf } from './lexical.js';
import { actionCost, goldTree, isProjective } from './parser/oracle.js';
import { LEFT, REDUCE, RIGHT, SHIFT, ParseState } from './parser/transitions.js';
import { seededRandom } from './random.js';

const SAMPLE = `# sent_id = 1
# text = Rebels shelled the town.
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	shelled	shell	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = 2
# text = They won't go.
1-2	won't	_	_	_	_	_	_	_	_
1	They	they	PRON	PRP	_	4	nsubj	_	_
2	wo	will	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

`;

describe('CoNLL-U', () => {
  it('should read words, comments and multiword lines and write them back unchanged', () => {
    const sentences = parseConllu(SAMPLE);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.words.map((w) => w.form)).toEqual(['Rebels', 'shelled', 'the', 'town', '.']);
    expect(sentences[1]!.extra).toEqual([{ after: 0, line: '1-2\twon\'t\t_\t_\t_\t_\t_\t_\t_\t_' }]);
    expect(formatConllu(sentences)).toBe(SAMPLE);
  });

  it('should name the line of a malformed row', () => {
    expect(() => parseConllu('1\tRebels\trebel\tNOUN\n')).toThrow(ConlluError);
    expect(() => parseConllu('1\tRebels\trebel\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n')).toThrow(/HEAD 9/);
  });

  it('should score UAS and LAS on universal relations, subtypes only in the full score', () => {
    const gold = parseConllu(SAMPLE);
    const predicted = parseConllu(SAMPLE.replace('2\tobj', '2\tobl').replace('2\tnsubj\t_', '4\tnsubj\t_'));
    const scores = scoreSyntax(gold, predicted);
    expect(scores.words).toBe(10);
    expect(scores.uas).toBeCloseTo(9 / 10);
    expect(scores.las).toBeCloseTo(8 / 10);
  });
});

describe('lexemes and hashing', () => {
  it('should collapse shapes by character class', () => {
    expect(shapeOf('Kharkiv')).toBe('Xx');
    expect(shapeOf('1,500')).toBe('d,d');
    expect(shapeOf('U.S.')).toBe('X.X.');
  });

  it('should give the same keys for the same inputs and different keys for different ones', () => {
    expect(hashString('killed')).toBe(hashString('killed'));
    expect(hashString('killed')).not.toBe(hashString('kills'));
    expect(hash2(3, 1, 2)).not.toBe(hash2(3, 2, 1));
    expect(lexeme('Shelled').lower).toBe(lexeme('shelled').lower);
  });
});

describe('averaged perceptron', () => {
  it('should learn a separable task and keep its decisions after pruning and quantising', () => {
    // Class = which of three features is present.
    const trainer = new PerceptronTrainer(3);
    const random = seededRandom(3);
    const examples = Array.from({ length: 300 }, () => Math.floor(random() * 3));
    const scores = new Float64Array(3);
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const truth of examples) {
        const features = Uint32Array.of(100 + truth, 7);
        scores.fill(0);
        trainer.score(features, 2, scores);
        trainer.update(features, 2, truth, argmax(scores, 3));
        trainer.tick();
      }
    }
    const model = trainer.export(0.01);
    for (const truth of [0, 1, 2]) {
      scores.fill(0);
      model.score(Uint32Array.of(100 + truth, 7), 2, scores);
      expect(argmax(scores, 3)).toBe(truth);
    }
  });

  it('should score the same through the inline four-class table as through the sparse rows', () => {
    const arrays = { classes: 4, scale: 2, keys: Uint32Array.of(11, 22), offsets: Uint32Array.of(0, 2, 3), classIds: Uint8Array.of(0, 3, 2), values: Int16Array.of(4, -6, 8) };
    const scores = new Float64Array(4);
    SparseLinearModel.fromArrays(arrays).score(Uint32Array.of(11, 22, 33), 3, scores);
    expect([...scores]).toEqual([2, 0, 4, -3]);
  });

  it('should add the weights of features with few and with many classes, at any offset of the scores', () => {
    // Key 11 has weights for three classes, key 22 for five; key 33 is not in the model.
    const arrays = {
      classes: 8, scale: 1, keys: Uint32Array.of(11, 22), offsets: Uint32Array.of(0, 3, 8),
      classIds: Uint8Array.of(0, 4, 7, 1, 2, 3, 5, 7), values: Int16Array.of(-32768, 9, 32767, 1, -2, 3, -4, 5),
    };
    const model = SparseLinearModel.fromArrays(arrays);
    const scores = new Float64Array(8);
    model.scoreUnscaled(Uint32Array.of(11, 33, 22), 3, scores);
    expect([...scores]).toEqual([-32768, 1, -2, 3, 9, -4, 0, 32767 + 5]);
    const scoresAt = new Float64Array(16);
    model.addWeights(Uint32Array.of(22, 11), 1, 2, scoresAt, 8);
    expect([...scoresAt.subarray(8)]).toEqual([-32768, 0, 0, 0, 9, 0, 0, 32767]);
  });

  it('should keep a row\'s first two weights in its slot and only the rest in the entries, also when keys collide', () => {
    // Keys 1 and 1025 share their home slot in a table of 1,024 slots; 1 has one class, 2 has two, 1025 four.
    const arrays = {
      classes: 6, scale: 1, keys: Uint32Array.of(1, 2, 1025), offsets: Uint32Array.of(0, 1, 3, 7),
      classIds: Uint8Array.of(5, 0, 1, 4, 2, 3, 1), values: Int16Array.of(-7, 3, -3, 40, 20, -30, 10),
    };
    const model = SparseLinearModel.fromArrays(arrays);
    // Only the two weights of key 1025 past its first two are outside the slots.
    expect(model.tables.entries.length).toBe(2);
    const scores = new Float64Array(6);
    model.scoreUnscaled(Uint32Array.of(1025, 1, 2, 2049), 4, scores);
    expect([...scores]).toEqual([3, 7, 20, -30, 40, -7]);
    // A thread given the tables built here scores the same.
    const shared = SparseLinearModel.fromArrays(arrays, model.tables);
    const again = new Float64Array(6);
    shared.scoreUnscaled(Uint32Array.of(1025, 1, 2, 2049), 4, again);
    expect([...again]).toEqual([...scores]);
  });

  it('should give keys with the same low bits one shared row under the hashing trick, in training as in the model', () => {
    const bits = 4;
    const trainer = new PerceptronTrainer(4, { hashBits: bits });
    // 3 and 3 + 16 share row 3; 5 has a row of its own.
    trainer.add(Uint32Array.of(3), 1, 2, 1);
    trainer.add(Uint32Array.of(3 + 16), 1, 2, 1);
    trainer.add(Uint32Array.of(5), 1, 0, -1);
    trainer.tick();
    expect(trainer.features).toBe(2);
    const trained = new Float64Array(4);
    trainer.score(Uint32Array.of(3 + 32), 1, trained);
    expect([...trained]).toEqual([0, 0, 2, 0]);
    const model = trainer.export(0.01);
    expect(model.arrays.hashBits).toBe(bits);
    expect(model.tables.slots.length).toBe(2 * 2 ** bits);
    const scores = new Float64Array(4);
    model.scoreUnscaled(Uint32Array.of(3 + 48, 5), 2, scores);
    expect([...scores]).toEqual([Math.round(-32767 / 2), 0, 32767, 0]);
  });

  it('should refuse the hashing trick for a model of more than four classes', () => {
    const arrays = { classes: 5, scale: 1, keys: Uint32Array.of(1), offsets: Uint32Array.of(0, 1), classIds: Uint8Array.of(4), values: Int16Array.of(1), hashBits: 4 };
    expect(() => SparseLinearModel.fromArrays(arrays)).toThrow(/at most 4 classes/);
  });

  it('should round-trip arrays and header through the model file format', () => {
    const bytes = packModel({ name: 'x' }, { a: Uint32Array.of(1, 2, 3), b: Int16Array.of(-1, 5) });
    const aligned = new Uint8Array(new SharedArrayBuffer(bytes.length));
    aligned.set(bytes);
    const { header, arrays } = unpackModel<{ name: string }>(aligned);
    expect(header.name).toBe('x');
    expect([...arrays.a!]).toEqual([1, 2, 3]);
    expect([...arrays.b!]).toEqual([-1, 5]);
  });
});

describe('arc-eager transitions and dynamic oracle', () => {
  const heads = Int32Array.from([0, 2, 0, 4, 2, 2]); // Rebels shelled the town .

  it('should build the gold tree by always taking a zero-cost action', () => {
    const gold = goldTree(heads);
    const state = new ParseState(5);
    while (!state.terminal) {
      const action = [LEFT, RIGHT, REDUCE, SHIFT].find((a) => state.valid(a) && actionCost(state, gold, a) === 0);
      expect(action).toBeDefined();
      state.apply(action!, 0);
    }
    expect([...state.heads.slice(1)]).toEqual([...heads.slice(1)]);
  });

  it('should charge an action that loses a gold arc', () => {
    const gold = goldTree(heads);
    const state = new ParseState(5);
    state.apply(SHIFT, 0); // stack: root Rebels; buffer: shelled …
    expect(actionCost(state, gold, LEFT)).toBe(0); // shelled ← Rebels
    expect(actionCost(state, gold, SHIFT)).toBeGreaterThan(0); // Rebels could no longer get its head
  });

  it('should allow the root a single dependent', () => {
    const state = new ParseState(2);
    state.apply(RIGHT, 0);
    state.apply(REDUCE, 0);
    expect(state.valid(RIGHT)).toBe(false);
  });

  it('should tell projective trees from crossing ones', () => {
    expect(isProjective(heads)).toBe(true);
    expect(isProjective(Int32Array.from([0, 3, 4, 0, 3]))).toBe(false);
  });
});
