import { pointFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

// A year 1800–2099 standing alone: not inside "6,500", "1.2019", "$2020", "2020%", "1990s".
const YEAR = /(?<![\d,.$€£#/:-])\b(1[89]\d\d|20\d\d)\b(?![\d%]|[.,]\d|s\b|'s\b|\s*(?:percent|per cent)\b)/g;
// A year followed by a counted noun is a count: "2000 people", "1500 troops".
const COUNTED = /^\s+(?:[A-Z][a-z]+\s+)?(?:people|persons|men|women|children|soldiers|troops|civilians|prisoners|refugees|migrants|members|workers|protesters|demonstrators|students|residents|police|officers|fighters|rebels|militants|households|families|homes|houses|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|dollars|euros|feet|votes|cases|deaths)\b/;
// "1991-1995", "1992–94": a range of years written with a dash.
const YEAR_RANGE = /(?<![\d,.$€£#/:-])\b(1[89]\d\d|20\d\d)\s?[-–—]\s?(\d{4}|\d{2})\b(?![\d,%-])/g;

/** Years ("in 2020", "since 1991", "the 2020 war") and dashed year ranges. */
export const findYears: DateRule = ({ text }) => {
  const out: Finding[] = [];
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (COUNTED.test(text.slice(end, end + 40))) continue;
    out.push(pointFinding(m.index, end, { year: Number(m[1]), explicitYear: true }, 'year'));
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const first = Number(m[1]);
    const tail = m[2] as string;
    const last = tail.length === 2 ? Math.floor(first / 100) * 100 + Number(tail) : Number(tail);
    // "2010-11" is a range; "1990-85" or "2019-2018" is not a range of years (a score, an id).
    if (!(last > first && last - first <= 100)) continue;
    out.push({ kind: 'time', start: m.index, end: m.index + m[0].length, type: 'range', value: String(first),
      endValue: String(last), precision: 'year', anchored: 'absolute', rule: 'year-range' });
  }
  return out;
};
