import { addDays } from '../calendar.js';
import { dayFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

const RELATIVE_DAY = /\b(the day before yesterday|the day after tomorrow|today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b/gi;

const SHIFT: Readonly<Record<string, number>> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, tonight: 0, 'this morning': 0,
  'this afternoon': 0, 'this evening': 0, yesterday: -1, 'last night': -1, tomorrow: 1,
};

/** "today", "yesterday", "last night" (the evening before publication), "tomorrow". */
export const findRelativeDays: DateRule = ({ text, reference }) => {
  const out: Finding[] = [];
  if (!reference) return out;
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const shift = SHIFT[m[0].toLowerCase()];
    if (shift === undefined) continue;
    out.push(dayFinding(m.index, m.index + m[0].length, addDays(reference, shift), 'relative-day'));
  }
  return out;
};
