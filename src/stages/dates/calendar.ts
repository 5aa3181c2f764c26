/** A date on the proleptic Gregorian calendar; `month` is 1–12. Plain data, no time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'] as const;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * Regex source for a capitalised month name or its news abbreviation ("Sept.", "Feb").
 * Case-sensitive on purpose: lower-case "march" and "may" are a verb and a modal.
 */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

/** 1–12 for a month name or abbreviation ("Sept" → 9), undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === key || m.slice(0, 3) === key || (key === 'sept' && m === 'september'));
  return index === -1 ? undefined : index + 1;
}

/** Parses `YYYY-MM-DD` or a full ISO timestamp (its date part), undefined when not a real date. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date.year, date.month, date.day) ? date : undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Shifts by whole months, keeping the day only as far as the target month allows. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const formatDay = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month, 2)}`;
export const formatYear = (year: number): string => pad(year, 4);
/** "199" for the 1990s (TimeML's decade value). */
export const formatDecade = (year: number): string => pad(Math.floor(year / 10), 3);
/** "19" for the 20th century (the years 19xx). */
export const formatCentury = (ordinal: number): string => pad(ordinal - 1, 2);
