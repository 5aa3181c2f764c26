import { partsValue } from './format.js';
import type { Finding, ProblemFinding, TimeFinding } from './types.js';

/**
 * Keeps the longest finding where findings overlap ("September 20, 2022" over "2022"), earlier
 * first on ties. Problems take part, so "February 30" is not also read as the month "February".
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const ordered = [...findings].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ordered) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const isPoint = (f: Finding | undefined): f is TimeFinding => f?.kind === 'time' && f.type === 'point';

/**
 * "from 1992 to 1994", "between 2018 and 2020", "the night of Tuesday to Wednesday" become one `range`; the end's year is lent to a
 * start written without one ("from March to May 2022" → 2022-03 … 2022-05).
 */
export function combineRanges(text: string, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const a = findings[i];
    const b = findings[i + 1];
    if (isPoint(a) && isPoint(b)) {
      // A night told by its two days ("the night of Tuesday to Wednesday", "overnight Saturday into Sunday") spans both.
      const lead = /\b(from|between|night\s+of|overnight)\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const joint = text.slice(a.end, b.start);
      const night = lead !== null && lead[1]?.toLowerCase() !== 'from' && lead[1]?.toLowerCase() !== 'between';
      const fits = lead && (lead[1]?.toLowerCase() === 'between' ? /^\s+and\s+$/i : night ? /^\s*(?:to|into|[-–—])\s*$/i : /^\s*(?:to|until|till|through|[-–—])\s*$/i).test(joint);
      if (fits) {
        let first = a;
        if (a.parts && b.parts && !a.parts.explicitYear && b.parts.explicitYear && a.parts.month !== undefined) {
          const year = b.parts.month !== undefined && a.parts.month > b.parts.month ? b.parts.year - 1 : b.parts.year;
          const parts = { ...a.parts, year, explicitYear: true };
          first = { ...a, ...partsValue(parts), parts, anchored: 'absolute' };
        }
        const start = a.start - (lead[0]?.length ?? 0);
        // A range is only as precise as its coarser end, and both values are truncated to it
        // ("between January and 2022" → 2022 to 2022 at year precision).
        const precision = RANK[first.precision] >= RANK[b.precision] ? first.precision : b.precision;
        out.push({
          kind: 'time', start, end: b.end, type: 'range', value: first.value.slice(0, LENGTH[precision]), endValue: b.value.slice(0, LENGTH[precision]),
          precision,
          anchored: first.anchored === 'absolute' && b.anchored === 'absolute' ? 'absolute' : 'publication',
          rule: `range(${first.rule},${b.rule})`,
        });
        i++;
        continue;
      }
    }
    if (a) out.push(a);
  }
  return out;
}

const RANK = { day: 0, month: 1, year: 2, decade: 3, century: 4 } as const;
const LENGTH = { day: 10, month: 7, year: 4, decade: 3, century: 2 } as const;

/** "since 1991", "ever since September": an open range from a point. */
export function markSince(text: string, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    if (f.kind !== 'time' || f.type !== 'point') return f;
    const lead = /\b(?:ever\s+)?since\s+$/i.exec(text.slice(Math.max(0, f.start - 12), f.start));
    if (!lead) return f;
    return { ...f, start: f.start - lead[0].length, type: 'since', rule: `since(${f.rule})` };
  });
}

export const isProblem = (f: Finding): f is ProblemFinding => f.kind === 'problem';
