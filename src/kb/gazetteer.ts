import type { GazetteerMatch, GazetteerRef } from './types.js';

interface Node {
  readonly next: Map<string, Node>;
  refs: GazetteerRef[] | null;
}

/** A word piece of a text: a run of letters/digits or one other non-space character. */
export interface Piece { readonly start: number; readonly end: number; readonly key: string }

// Our own pieces, not wink tokens: the gazetteer must match "Nagorno-Karabakh" and "U.S." the same
// way whatever the tokenizer does with hyphens and periods.
const PIECE = /[\p{L}\p{M}\p{N}]+|\S/gu;

function normalisePiece(piece: string): string {
  return piece === '’' || piece === '‘' ? "'" : piece;
}

/** Splits text into gazetteer pieces. */
export function pieces(text: string, from = 0, to = text.length): Piece[] {
  const out: Piece[] = [];
  PIECE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(text)) !== null && m.index < to) {
    out.push({ start: m.index, end: m.index + m[0].length, key: normalisePiece(m[0]) });
  }
  return out;
}

/**
 * A token trie over names (LIBRARIES.md: a trie or one regex alternation matches 1,300 names over
 * 1 MB in ~23 ms; Aho-Corasick packages were slower). Matching is case-sensitive: names are stored
 * as they are written, so "Chad" matches but "chad" does not, and "US" never matches "us".
 */
export class Gazetteer {
  private readonly root: Node = { next: new Map(), refs: null };
  private count = 0;

  /** Number of distinct names. */
  get size(): number {
    return this.count;
  }

  add(name: string, ref: GazetteerRef): void {
    const keys = pieces(name).map((p) => p.key);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), refs: null };
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.refs) {
      node.refs = [];
      this.count++;
    }
    if (!node.refs.some((r) => JSON.stringify(r) === JSON.stringify(ref))) node.refs.push(ref);
  }

  /** Longest, leftmost, non-overlapping matches in `text[from, to)`. */
  match(text: string, from = 0, to = text.length): GazetteerMatch[] {
    return this.matchPieces(text, pieces(text, from, to));
  }

  /** `match` over pieces of `text` already split (`pieces(text, from, to)`), for a caller that needs them too. */
  matchPieces(text: string, ps: readonly Piece[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < ps.length) {
      let node: Node | undefined = this.root;
      let best: { end: number; refs: GazetteerRef[] } | null = null;
      for (let j = i; j < ps.length; j++) {
        const piece = ps[j]!;
        // Names never span a gap of more than one space ("Nagorno - Karabakh" still matches).
        if (j > i && piece.start - ps[j - 1]!.end > 1) break;
        node = node.next.get(piece.key);
        if (!node) break;
        if (node.refs) best = { end: j, refs: node.refs };
      }
      if (best) {
        const start = ps[i]!.start;
        const end = ps[best.end]!.end;
        out.push({ start, end, text: text.slice(start, end), refs: best.refs });
        i = best.end + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}
