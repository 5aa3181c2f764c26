import type { PositionedDocument, TextOrigin } from './01-parse-with-positions.js';

/**
 * Re-finds the source of a text node that a pass re-created from serialised HTML (Readability
 * resets `innerHTML` when it retries). Serialising and re-parsing can split a node ("yourself!"
 * and a trailing `&#160;`) or join two that an element used to separate ("this " + "recipe…"
 * once `<strong>` is gone). So the node's data is located in the concatenated text of the
 * original nodes: the longest prefix that occurs at or after the last position used, then the
 * rest the same way. Returns undefined when some part cannot be found.
 */
export function createRefinder(doc: PositionedDocument): (data: string, after: number) => TextOrigin[] | undefined {
  let stream: string | undefined;
  const pieces: TextOrigin[] = [];
  const offsets: number[] = [];
  const build = (): string => {
    const parts: string[] = [];
    let at = 0;
    for (const entry of doc.ordered) {
      for (const o of entry.origins) {
        pieces.push(o);
        offsets.push(at);
        parts.push(o.text);
        at += o.text.length;
      }
    }
    return parts.join('');
  };
  /** Index of the piece holding stream offset `at`. */
  const pieceAt = (at: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= at) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  /** First stream offset whose source position is at or after `after`. */
  const streamAfter = (after: number): number => {
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid]!.start < after) lo = mid + 1; else hi = mid;
    }
    return lo < offsets.length ? offsets[lo]! : (stream?.length ?? 0);
  };
  const slice = (from: number, to: number): TextOrigin[] => {
    const out: TextOrigin[] = [];
    for (let i = pieceAt(from); i < pieces.length && offsets[i]! < to; i++) {
      const p = pieces[i]!;
      const a = Math.max(from, offsets[i]!) - offsets[i]!;
      const b = Math.min(to, offsets[i]! + p.text.length) - offsets[i]!;
      if (a === 0 && b === p.text.length) out.push(p);
      else if (p.exact) out.push({ text: p.text.slice(a, b), start: p.start + a, end: p.start + b, exact: true });
      else out.push({ text: p.text.slice(a, b), start: p.start, end: p.end, exact: false });
    }
    return out;
  };
  return (data, after) => {
    stream ??= build();
    const s = stream;
    const out: TextOrigin[] = [];
    let rest = data;
    let from = streamAfter(after);
    while (rest.length > 0) {
      let lo = 1;
      let hi = rest.length;
      let best = -1;
      let bestAt = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const prefix = rest.slice(0, mid);
        let at = s.indexOf(prefix, from);
        if (at < 0) at = s.indexOf(prefix);
        if (at >= 0) { best = mid; bestAt = at; lo = mid + 1; } else hi = mid - 1;
      }
      // A single stray character found anywhere is no evidence; give up rather than mis-map.
      if (best < 0 || (best < 3 && best < rest.length)) return undefined;
      out.push(...slice(bestAt, bestAt + best));
      rest = rest.slice(best);
      from = bestAt + best;
    }
    return out;
  };
}
