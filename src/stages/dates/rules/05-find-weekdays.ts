import { addDays, WEEKDAYS, weekdayOf } from '../calendar.js';
import { dayFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

// A part of the day after the weekday ("on Tuesday night", "Sunday morning") belongs to the
// expression: the parse makes the part of the day the phrase's head, so a span of the weekday
// alone would sit inside a noun phrase and date nothing.
// The relative word may open a sentence ("Last Wednesday the president met …").
const WEEKDAY = /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s\b)(?:\s+(?:morning|afternoon|evening|night)\b)?/g;
// Named days are events, not dates: "Good Friday", "Bloody Sunday", "Super Tuesday".
const NAMED_DAY = /\b(?:Good|Black|Ash|Bloody|Super|Holy|Palm|Easter|Cyber|Maundy|Shrove|Giving)\s+$/;

/**
 * A weekday: by default the most recent such day on or before publication (news reports the
 * past: "freed … on Tuesday" in a Tuesday paper is that day); after a future cue ("will meet on
 * Thursday") the nearest on or after; "last Tuesday" strictly before and not in the week still running (that is "on
 * Tuesday"), "next Sunday" strictly after.
 */
/** How many days the week (Monday to Sunday) has run before a weekday (0 = Sunday, as weekdayOf counts): 0 on a Monday, 6 on a Sunday. */
function daysIntoWeek(weekday: number): number {
  return (weekday + 6) % 7;
}

export const findWeekdays: DateRule = (context) => {
  const out: Finding[] = [];
  const { text, reference } = context;
  if (!reference) return out;
  const today = weekdayOf(reference);
  for (const m of text.matchAll(WEEKDAY)) {
    const [, told, name] = m;
    const relative = told?.toLowerCase();
    if (NAMED_DAY.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const target = WEEKDAYS.indexOf((name as string).toLowerCase() as (typeof WEEKDAYS)[number]);
    const back = (today - target + 7) % 7; // 0..6 days back
    const forward = (target - today + 7) % 7; // 0..6 days ahead
    let shift: number;
    // "last Tuesday" told on a Wednesday (or "last Monday" told on a Thursday) is the Tuesday of the week before: a day
    // of the week still running is "on Tuesday" or "yesterday", and "last" sets the day apart from it. A day of the
    // week before (weeks run Monday to Sunday) is simply the latest one: "last Friday" told on a Tuesday, "last Sunday"
    // told on a Monday. Reading only the day before this way would put "last Monday" told on a Wednesday after "last
    // Tuesday".
    if (relative === 'last') shift = -(back === 0 || back <= daysIntoWeek(today) ? back + 7 : back);
    else if (relative === 'next') shift = forward === 0 ? 7 : forward;
    else shift = context.futureBefore(m.index) ? forward : -back;
    out.push(dayFinding(m.index, m.index + m[0].length, addDays(reference, shift), relative ? `${relative}-weekday` : 'weekday'));
  }
  return out;
};
