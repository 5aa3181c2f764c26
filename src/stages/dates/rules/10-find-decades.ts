import { formatCentury, formatDecade } from '../calendar.js';
import type { DateRule, Finding } from '../types.js';

// "the 1990s", "the early 2000s", "the '90s". Not "1,990s" (a count) — the lookbehind keeps digits and commas out.
const DECADE = /(?<![\d,.$])\b(?:(?:the\s+)?(?:(?:early|mid|late)[- ])?)(1[0-9]\d0|20\d0)s\b/gi;
const SHORT_DECADE = /\bthe\s+(?:(?:early|mid|late)[- ])?['’](\d)0s\b/gi;
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const CENTURY = /\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century\b/gi;

/** Decades (value "199" for the 1990s) and centuries (value "19" for the 20th century). */
export const findDecades: DateRule = ({ text }) => {
  const out: Finding[] = [];
  const push = (index: number, length: number, value: string, precision: 'decade' | 'century', rule: string): void => {
    out.push({ kind: 'time', start: index, end: index + length, type: 'point', value, precision, anchored: 'absolute', rule });
  };
  for (const m of text.matchAll(DECADE)) push(m.index, m[0].length, formatDecade(Number(m[1])), 'decade', 'decade');
  // "the '90s" is read as the 1990s: news uses the short form for the last century.
  for (const m of text.matchAll(SHORT_DECADE)) push(m.index, m[0].length, formatDecade(1900 + 10 * Number(m[1])), 'decade', 'decade');
  for (const m of text.matchAll(CENTURY)) {
    const word = (m[1] as string).toLowerCase();
    const ordinal = ORDINALS[word] ?? Number.parseInt(word, 10);
    if (!(ordinal >= 1 && ordinal <= 21)) continue;
    push(m.index, m[0].length, formatCentury(ordinal), 'century', 'century');
  }
  return out;
};
