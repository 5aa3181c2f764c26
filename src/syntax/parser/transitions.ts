/**
 * The arc-eager transition system (Nivre 2003, 2008) over words 1..n with an artificial root 0.
 * A configuration is a stack, a buffer (the words from `next` on) and the arcs made so far.
 *
 * - SHIFT  pushes the first buffer word.
 * - REDUCE pops the stack top, which must already have its head.
 * - LEFT   makes the first buffer word the head of the stack top, and pops it.
 * - RIGHT  makes the stack top the head of the first buffer word, and pushes it.
 *
 * The system builds projective trees; English UD trees are almost all projective. One rule is
 * added: the root takes a single dependent (UD has exactly one `root`), so RIGHT from the root is
 * allowed once. Words still without a head when the buffer is empty are attached afterwards
 * (`finish`).
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const ACTIONS = 4;
export const ACTION_NAMES = ['SHIFT', 'REDUCE', 'LEFT', 'RIGHT'] as const;

const NONE = -1;

/** A parser configuration with the bookkeeping the features need (children, valencies, label sets). */
export class ParseState {
  /** Number of words; positions run 1..n, 0 is the root. */
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  /** First word of the buffer; the buffer is empty when `next > n`. */
  next = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost dependents (NONE when absent). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets of the labels of left and right dependents (label id modulo 31, as a feature only). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;
  readonly onStack: Uint8Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n + 1).fill(NONE);
    this.labels = new Int32Array(n + 1).fill(NONE);
    this.left1 = new Int32Array(n + 1).fill(NONE);
    this.left2 = new Int32Array(n + 1).fill(NONE);
    this.right1 = new Int32Array(n + 1).fill(NONE);
    this.right2 = new Int32Array(n + 1).fill(NONE);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
    this.leftLabels = new Int32Array(n + 1);
    this.rightLabels = new Int32Array(n + 1);
    this.onStack = new Uint8Array(n + 1);
    this.push(0);
  }

  get terminal(): boolean {
    return this.next > this.n;
  }

  /** Stack top (the root when only it is left). */
  get s0(): number {
    return this.stack[this.depth - 1]!;
  }

  /** The word under the stack top, or NONE. */
  get s1(): number {
    return this.depth > 1 ? this.stack[this.depth - 2]! : NONE;
  }

  /** First buffer word, or NONE when the buffer is empty. */
  get b0(): number {
    return this.next <= this.n ? this.next : NONE;
  }

  bufferAt(k: number): number {
    const i = this.next + k;
    return i <= this.n ? i : NONE;
  }

  valid(action: number): boolean {
    if (this.terminal) return false;
    const s0 = this.s0;
    switch (action) {
      case SHIFT:
        return true;
      case REDUCE:
        return s0 !== 0 && this.heads[s0]! !== NONE;
      case LEFT:
        return s0 !== 0 && this.heads[s0]! === NONE;
      case RIGHT:
        return s0 !== 0 || this.rightCount[0]! === 0;
      default:
        return false;
    }
  }

  /** Applies a valid action; `label` is the relation of the arc for LEFT and RIGHT. */
  apply(action: number, label: number): void {
    switch (action) {
      case SHIFT:
        this.push(this.next++);
        break;
      case REDUCE:
        this.pop();
        break;
      case LEFT:
        this.attach(this.next, this.pop(), label);
        break;
      case RIGHT: {
        const dependent = this.next++;
        this.attach(this.s0, dependent, label);
        this.push(dependent);
        break;
      }
    }
  }

  attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const bit = 1 << (label % 31);
    if (dependent < head) {
      if (this.left1[head]! === NONE || dependent < this.left1[head]!) {
        this.left2[head] = this.left1[head]!;
        this.left1[head] = dependent;
      } else if (this.left2[head]! === NONE || dependent < this.left2[head]!) {
        this.left2[head] = dependent;
      }
      this.leftCount[head]!++;
      this.leftLabels[head]! |= bit;
    } else {
      if (this.right1[head]! === NONE || dependent > this.right1[head]!) {
        this.right2[head] = this.right1[head]!;
        this.right1[head] = dependent;
      } else if (this.right2[head]! === NONE || dependent > this.right2[head]!) {
        this.right2[head] = dependent;
      }
      this.rightCount[head]!++;
      this.rightLabels[head]! |= bit;
    }
  }

  private push(word: number): void {
    this.stack[this.depth++] = word;
    this.onStack[word] = 1;
  }

  private pop(): number {
    const word = this.stack[--this.depth]!;
    this.onStack[word] = 0;
    return word;
  }
}
