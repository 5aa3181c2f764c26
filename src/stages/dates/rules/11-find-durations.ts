import type { DatePrecision } from '../../../core/document.js';
import { parseNumber, WORD_NUMBER_SOURCE } from '../../quantities/number-words.js';
import type { DateRule, Finding } from '../types.js';

const NUMBER = `(\\d+|${WORD_NUMBER_SOURCE}|a|an)`;
// "the six-week war", "a 10-day ceasefire", "a two-year sentence" (not "a 20-year-old man").
const ADJECTIVE = new RegExp(`\\b${NUMBER}-(day|week|month|year|decade|century)(?:-long)?\\b(?!-old)`, 'gi');
// "for three years", "over the next three years", "within four months", "for more than a decade".
const PHRASE = new RegExp(`\\b(?:for|over|within|during)\\s+(?:the\\s+(?:next|past|last)\\s+|(?:more than|nearly|almost|about|some|at least)\\s+)?${NUMBER}\\s+(day|week|month|year|decade|centur(?:y|ie))s?\\b(?!\\s+(?:old|ago|later|earlier)\\b)`, 'gi');

const DESIGNATOR: Readonly<Record<string, { letter: string; factor: number; precision: DatePrecision }>> = {
  day: { letter: 'D', factor: 1, precision: 'day' },
  week: { letter: 'W', factor: 1, precision: 'day' },
  month: { letter: 'M', factor: 1, precision: 'month' },
  year: { letter: 'Y', factor: 1, precision: 'year' },
  decade: { letter: 'Y', factor: 10, precision: 'decade' },
  century: { letter: 'Y', factor: 100, precision: 'century' },
  centurie: { letter: 'Y', factor: 100, precision: 'century' },
};

/**
 * Lengths of time with a number: ISO 8601 durations (`P6W`, `P3Y`, a decade as `P10Y`). They carry
 * no date. Vague lengths ("for decades", "decades of dominance") are not recorded: no number, no date.
 */
export const findDurations: DateRule = ({ text }) => {
  const out: Finding[] = [];
  for (const pattern of [ADJECTIVE, PHRASE]) {
    for (const m of text.matchAll(pattern)) {
      const count = /^an?$/i.test(m[1] as string) ? 1 : parseNumber(m[1] as string);
      const unit = DESIGNATOR[(m[2] as string).toLowerCase()];
      if (count === undefined || unit === undefined || count <= 0) continue;
      const duration = `P${count * unit.factor}${unit.letter}`;
      out.push({ kind: 'time', start: m.index, end: m.index + m[0].length, type: 'duration', value: duration,
        duration, precision: unit.precision, anchored: 'absolute', rule: pattern === ADJECTIVE ? 'duration-adjective' : 'duration-phrase' });
    }
  }
  return out;
};
