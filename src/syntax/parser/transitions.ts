/**
 * The arc-eager transition system (Nivre 2003, 2008) over words 1..n with an artificial root 0.
 * A configuration is a stack, a buffer (the words from `next` on) and the arcs made so far.
 *
 * - SHIFT  pushes the first buffer word.
 * - REDUCE pops the stack top, which must already have its head.
 * - LEFT   makes the first buffer word the head of the stack top, and pops it.
 * - RIGHT  makes the stack top the head of the first buffer word, and pushes it.
 *
 * The system builds projective trees; English UD trees are almost all projective. Two rules are
 * added. The root takes a single dependent (UD has exactly one `root`), so RIGHT from the root is
 * allowed once. And once the buffer is empty the stack is emptied by REDUCE, whether or not its
 * top has a head: every parse of n words then takes exactly 2n transitions (each word is pushed
 * once and popped once), so the configurations in a beam always stand at the same step. Words
 * popped without a head are attached afterwards (the parser's `finish`).
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const ACTIONS = 4;
export const ACTION_NAMES = ['SHIFT', 'REDUCE', 'LEFT', 'RIGHT'] as const;

const NONE = -1;
/** Per-word arrays of a configuration (see the fields of ParseState). */
const ARRAYS = 12;

/** A parser configuration with the bookkeeping the features need (children, valencies, label sets). */
export class ParseState {
  /** Number of words; positions run 1..n, 0 is the root. */
  readonly n: number;
  /**
   * Every per-word array below is a view into this one buffer, so a beam copies a whole
   * configuration with one `set` (`copyFrom`).
   */
  private readonly data: Int32Array;
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
  /** 1 for a word on the stack. */
  readonly onStack: Int32Array;

  constructor(n: number) {
    this.n = n;
    const size = n + 1;
    this.data = new Int32Array(size * ARRAYS);
    const part = (k: number) => this.data.subarray(k * size, (k + 1) * size);
    this.stack = part(0);
    this.heads = part(1);
    this.labels = part(2);
    this.left1 = part(3);
    this.left2 = part(4);
    this.right1 = part(5);
    this.right2 = part(6);
    this.leftCount = part(7);
    this.rightCount = part(8);
    this.leftLabels = part(9);
    this.rightLabels = part(10);
    this.onStack = part(11);
    this.reset();
  }

  /** Back to the initial configuration: the root on the stack, every word in the buffer. */
  reset(): void {
    const size = this.n + 1;
    this.data.fill(NONE, size, size * 7);
    this.data.fill(0, size * 7);
    this.depth = 0;
    this.next = 1;
    this.push(0);
  }

  /** Makes this configuration a copy of `other` (a configuration of the same sentence). */
  copyFrom(other: ParseState): void {
    this.data.set(other.data);
    this.depth = other.depth;
    this.next = other.next;
  }

  /** Whether the parse is over: every word has been pushed and popped. */
  get terminal(): boolean {
    return this.next > this.n && this.depth === 1;
  }

  /** Whether the buffer is empty (then only REDUCE is left to do). */
  get bufferEmpty(): boolean {
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
    const s0 = this.s0;
    if (this.next > this.n) return action === REDUCE && s0 !== 0;
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
