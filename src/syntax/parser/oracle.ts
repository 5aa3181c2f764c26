import { LEFT, REDUCE, RIGHT, SHIFT, type ParseState } from './transitions.js';

/**
 * The dynamic oracle of the arc-eager system (Goldberg & Nivre 2012, "A dynamic oracle for
 * arc-eager dependency parsing"): the cost of an action is the number of gold arcs that were still
 * reachable and become unreachable by taking it. Training follows zero-cost actions — or, to learn
 * to recover from its own mistakes, the model's own wrong action — and is corrected toward the
 * best-scoring zero-cost action. Exact for projective gold trees, which is what training uses.
 */
export interface GoldTree {
  /** Gold head of each word (index 0 unused). */
  readonly heads: Int32Array;
  /** Gold dependents of each position, the root included. */
  readonly children: readonly Int32Array[];
}

export function goldTree(heads: Int32Array): GoldTree {
  const lists: number[][] = Array.from({ length: heads.length }, () => []);
  for (let d = 1; d < heads.length; d++) lists[heads[d]!]!.push(d);
  return { heads, children: lists.map((l) => Int32Array.from(l)) };
}

/** Cost of a valid action in a configuration. */
export function actionCost(state: ParseState, gold: GoldTree, action: number): number {
  const s0 = state.s0;
  const b0 = state.next;
  let cost = 0;
  switch (action) {
    case LEFT: {
      // s0 takes b0 as its head and leaves: its own gold head further in the buffer, and its
      // dependents in the buffer (b0 included), can no longer be attached.
      const head = gold.heads[s0]!;
      if (head > b0) cost++;
      for (const d of gold.children[s0]!) if (d >= b0) cost++;
      return cost;
    }
    case RIGHT: {
      // b0 takes s0 as its head and goes on the stack: a gold head elsewhere on the stack or in the
      // buffer is lost, and so are its headless gold dependents on the stack. The root takes one
      // dependent: a wrong one loses the gold one, if it is still in the buffer.
      const head = gold.heads[b0]!;
      if (head !== s0 && (head > b0 || onStackAndFree(state, head))) cost++;
      for (const d of gold.children[b0]!) if (d < b0 && state.onStack[d] === 1 && state.heads[d] === -1) cost++;
      if (s0 === 0 && head !== 0 && gold.children[0]!.some((d) => d > b0)) cost++;
      return cost;
    }
    case REDUCE: {
      for (const d of gold.children[s0]!) if (d >= b0) cost++;
      return cost;
    }
    case SHIFT: {
      // b0 goes on the stack: arcs between it and the words already on the stack are lost.
      const head = gold.heads[b0]!;
      if (head < b0 && onStackAndFree(state, head)) cost++;
      for (const d of gold.children[b0]!) if (d < b0 && state.onStack[d] === 1 && state.heads[d] === -1) cost++;
      return cost;
    }
    default:
      return Infinity;
  }
}

/** Whether a word on the stack can still take a dependent from the buffer (the root takes only one). */
function onStackAndFree(state: ParseState, word: number): boolean {
  return state.onStack[word] === 1 && (word !== 0 || state.rightCount[0] === 0);
}

/** Whether a gold tree is projective (no arc crosses another), the trees arc-eager can build. */
export function isProjective(heads: Int32Array): boolean {
  const n = heads.length - 1;
  for (let d = 1; d <= n; d++) {
    const h = heads[d]!;
    const lo = Math.min(h, d);
    const hi = Math.max(h, d);
    for (let k = lo + 1; k < hi; k++) {
      // every word strictly between head and dependent must be dominated by the head
      let a = k;
      while (a !== 0 && a !== h) a = heads[a]!;
      if (a !== h) return false;
    }
  }
  return true;
}
