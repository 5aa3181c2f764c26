import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu.js';
import { seededRandom, shuffle } from '../random.js';
import { TopCandidates } from './beam.js';
import { actionCost, goldTree, isProjective } from './oracle.js';
import { parse, parseBeam, parseGreedy, trainParser, type ParserModel, type TreeSentence } from './parser.js';
import { LEFT, REDUCE, RIGHT, SHIFT, ParseState } from './transitions.js';

const FIXTURE = resolve(import.meta.dirname, '../../../test/fixtures/syntax/news.conllu');
const treebank: TreeSentence[] = parseConllu(readFileSync(FIXTURE, 'utf8')).map((s) => ({
  forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos),
  heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel),
}));

/** A random projective tree over n words with a single root dependent (heads 1-based, 0 = root). */
function randomProjectiveTree(n: number, random: () => number): Int32Array {
  const heads = new Int32Array(n + 1);
  // Attach the words of [lo, hi] under `head`: pick a word as the subtree's top, recurse on both sides.
  const build = (lo: number, hi: number, head: number): void => {
    if (lo > hi) return;
    const top = lo + Math.floor(random() * (hi - lo + 1));
    heads[top] = head;
    build(lo, top - 1, top);
    build(top + 1, hi, top);
  };
  const top = 1 + Math.floor(random() * n);
  heads[top] = 0;
  build(1, top - 1, top);
  build(top + 1, n, top);
  // Cut some subtrees into sibling chains so trees are not all binary.
  for (let w = 1; w <= n; w++) {
    const h = heads[w]!;
    if (h > 0 && heads[h]! > 0 && random() < 0.3) {
      const grand = heads[h]!;
      const candidate = Int32Array.from(heads);
      candidate[w] = grand;
      if (isProjective(candidate)) heads[w] = grand;
    }
  }
  return heads;
}

const validActions = (state: ParseState) => [SHIFT, REDUCE, LEFT, RIGHT].filter((a) => state.valid(a));

/** Words attached by transitions whose head is the gold one. */
const rightHeads = (state: ParseState, heads: Int32Array) => {
  let right = 0;
  for (let w = 1; w <= state.n; w++) if (state.heads[w] === heads[w]) right++;
  return right;
};

describe('arc-eager transitions and the dynamic oracle', () => {
  it('takes exactly 2n transitions to a terminal configuration, whatever the valid actions taken', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 25);
      const state = new ParseState(n);
      let steps = 0;
      while (!state.terminal) {
        const valid = validActions(state);
        expect(valid.length).toBeGreaterThan(0);
        state.apply(valid[Math.floor(random() * valid.length)]!, 0);
        steps++;
      }
      expect(steps).toBe(2 * n);
      expect(state.depth).toBe(1);
      // The root never takes more than one dependent.
      expect(state.rightCount[0]).toBeLessThanOrEqual(1);
    }
  });

  it('builds the gold tree of a projective sentence by following zero-cost actions', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 300; trial++) {
      const heads = randomProjectiveTree(1 + Math.floor(random() * 30), random);
      const gold = goldTree(heads);
      const state = new ParseState(heads.length - 1);
      while (!state.terminal) {
        const free = validActions(state).filter((a) => actionCost(state, gold, a) === 0);
        expect(free.length).toBeGreaterThan(0);
        state.apply(free[Math.floor(random() * free.length)]!, 0);
      }
      expect([...state.heads]).toEqual([-1, ...heads.slice(1)]);
    }
  });

  it('charges each action exactly the gold arcs it makes unreachable', () => {
    // Arc-eager is arc-decomposable (Goldberg & Nivre 2013): after any prefix of actions, following
    // zero-cost actions reaches n minus the prefix's total cost right heads.
    const random = seededRandom(13);
    for (let trial = 0; trial < 300; trial++) {
      const heads = randomProjectiveTree(1 + Math.floor(random() * 20), random);
      const gold = goldTree(heads);
      const n = heads.length - 1;
      const state = new ParseState(n);
      let lost = 0;
      const prefix = Math.floor(random() * 2 * n);
      for (let step = 0; !state.terminal; step++) {
        const valid = validActions(state);
        const free = valid.filter((a) => actionCost(state, gold, a) === 0);
        const action = step < prefix || free.length === 0 ? valid[Math.floor(random() * valid.length)]! : free[0]!;
        lost += actionCost(state, gold, action);
        state.apply(action, 0);
      }
      expect(rightHeads(state, heads)).toBe(n - lost);
    }
  });

  it('copies a configuration whole', () => {
    const a = new ParseState(6);
    for (const action of [SHIFT, RIGHT, LEFT, RIGHT, REDUCE]) a.apply(action, 3);
    const b = new ParseState(6);
    b.copyFrom(a);
    expect([b.depth, b.next, b.s0, [...b.heads], [...b.labels], [...b.left1], [...b.rightCount]])
      .toEqual([a.depth, a.next, a.s0, [...a.heads], [...a.labels], [...a.left1], [...a.rightCount]]);
    b.apply(RIGHT, 1);
    expect(a.next).toBe(4);
  });

  it('says which gold trees are projective', () => {
    expect(isProjective(Int32Array.from([0, 2, 0, 2]))).toBe(true);
    expect(isProjective(Int32Array.from([0, 0, 1, 1, 3]))).toBe(true);
    // 1 → 3 crosses 2 → 4
    expect(isProjective(Int32Array.from([0, 0, 1, 1, 2]))).toBe(false);
  });
});

/** Each sentence with its words shuffled (fixed seed): input the model has not learned to parse. */
function scrambled(sentences: readonly TreeSentence[]): TreeSentence[] {
  const random = seededRandom(3);
  return sentences.map((s) => {
    const order = shuffle(s.forms.map((_, i) => i), random);
    return { ...s, forms: order.map((i) => s.forms[i]!), xpos: order.map((i) => s.xpos[i]!), upos: order.map((i) => s.upos[i]!) };
  });
}

function expectTree(heads: Int32Array, labels: readonly string[]): void {
  const n = heads.length;
  expect(heads.filter((h) => h === 0)).toHaveLength(1);
  heads.forEach((h, i) => {
    expect(h).toBeGreaterThanOrEqual(0);
    expect(h).toBeLessThanOrEqual(n);
    expect(h).not.toBe(i + 1);
    expect(labels[i] === 'root').toBe(h === 0);
    // following heads from any word reaches the root without a cycle
    let w = i + 1;
    for (let steps = 0; w !== 0; steps++) {
      expect(steps).toBeLessThan(n);
      w = heads[w - 1]!;
    }
  });
}

/** Unlabelled and labelled attachment scores. */
const accuracy = (model: ParserModel, sentences: readonly TreeSentence[], width: number) => {
  let uas = 0, las = 0, total = 0;
  for (const s of sentences) {
    const p = parse(model, s, { width, margin: null });
    s.heads.forEach((h, i) => {
      total++;
      if (p.heads[i] === h) uas++;
      if (p.heads[i] === h && p.labels[i] === s.deprels[i]) las++;
    });
  }
  return { uas: uas / total, las: las / total };
};

describe('beam candidates', () => {
  it('keeps the best candidates in order, the first offered of equal scores first', () => {
    const top = new TopCandidates(3);
    [[0, 5], [1, 9], [2, 5], [3, 7], [4, 9], [5, 1]].forEach(([action, score]) => top.offer(0, action!, score!));
    expect([...top.action.subarray(0, top.size)]).toEqual([1, 4, 3]);
    expect([...top.score.subarray(0, top.size)]).toEqual([9, 9, 7]);
    top.dropBelow(8);
    expect(top.size).toBe(2);
    top.dropBelow(100);
    expect(top.size).toBe(1);
  });
});

describe('greedy and beam parsing', () => {
  const options = { seed: 1, exploreFrom: 2, explore: 0.9, pruneBelow: 0 };
  const greedy = trainParser(treebank, { ...options, epochs: 3, beamWidth: 1 });

  it('makes the greedy parse at beam width 1', () => {
    for (const s of [...treebank, ...scrambled(treebank)]) {
      const a = parseGreedy(greedy, s);
      const b = parseBeam(greedy, s, { width: 1, margin: null });
      expect([...b.heads]).toEqual([...a.heads]);
      expect(b.labels).toEqual(a.labels);
    }
  });

  it('returns a tree with one root at every width, on sentences it cannot parse', () => {
    for (const width of [1, 2, 4, 8]) {
      for (const s of scrambled(treebank)) {
        const p = parse(greedy, s, { width, margin: null });
        expectTree(p.heads, p.labels);
      }
    }
  });

  it('learns its training sentences with global beam training', () => {
    const beam = trainParser(treebank, { ...options, epochs: 16, beamWidth: 4 });
    expect(beam.beam).toEqual({ width: 4, margin: null });
    expect(accuracy(beam, treebank, 4)).toEqual({ uas: 1, las: 1 });
  });

  it('keeps only configurations within the margin of the best', () => {
    const beam = trainParser(treebank, { ...options, epochs: 2, beamWidth: 4 });
    for (const s of scrambled(treebank)) {
      const wide = parse(beam, s, { width: 4, margin: null });
      expect(parse(beam, s, { width: 4, margin: 1e9 })).toEqual(wide);
      // a margin of nothing keeps only the best configuration (and its ties): the greedy parse
      expect(parse(beam, s, { width: 4, margin: 0 })).toEqual(parseGreedy(beam, s));
    }
  });

  it('learns its training sentences with greedy dynamic-oracle training', () => {
    const model = trainParser(treebank, { ...options, epochs: 12, beamWidth: 1 });
    expect(accuracy(model, treebank, 1)).toEqual({ uas: 1, las: 1 });
  });
});
