import { pointFinding, yearFor } from '../format.js';
import type { DateRule, Finding } from '../types.js';

const MONTH_NAMES = '(January|February|March|April|May|June|July|August|September|October|November|December)';
// A month name alone is a date only after a word that introduces a time: "in February",
// "since September", "last March", "in mid-August". This keeps out "March" the verb at a
// sentence start and people named May or June.
// "in August last year", "June this year", "in March of next year": the year told after the month is the month's year,
// one expression (read apart, "August" took the publication's year and "last year" dated the act to the year alone).
const BARE_MONTH = new RegExp(`\\b(?:(last|next|this)\\s+)?(?:(early|mid|late)[- ])?${MONTH_NAMES}\\b(?!\\.?\\s*\\d)(?:,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?`, 'g');
const YEAR_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
const INTRODUCER = /(?:^|[^\w'])(in|since|until|till|by|during|from|to|through|before|after|between|and|or|of|last|next|this)\s+$/i;
// "May" is also a modal and a surname ("told May", "May and Macron"): accept it only after these.
const STRONG_INTRODUCER = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'from', 'before', 'after', 'of', 'last', 'next', 'this']);

/** A month without day or year, resolved against the publication date (month precision). */
export const findBareMonths: DateRule = (context) => {
  const out: Finding[] = [];
  const { text, reference } = context;
  for (const m of text.matchAll(BARE_MONTH)) {
    const [, relative, modifier, name, yearWord] = m;
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(name as string) + 1;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const introducer = relative?.toLowerCase() ?? (modifier ? 'in' : INTRODUCER.exec(before)?.[1]?.toLowerCase() ?? (yearWord && name !== 'May' ? 'in' : undefined));
    if (introducer === undefined) continue;
    if (name === 'May' && !STRONG_INTRODUCER.has(introducer)) continue;
    if (!reference) continue;
    let year: number;
    if (yearWord) year = reference.year + YEAR_OFFSET[yearWord.toLowerCase()]!;
    else if (relative === 'last') year = month < reference.month ? reference.year : reference.year - 1;
    else if (relative === 'next') year = month > reference.month ? reference.year : reference.year + 1;
    else if (relative === 'this') year = reference.year;
    else year = yearFor(reference, month, undefined, context.futureBefore(m.index));
    // A year told after the month is written out (it lends its year to a range's start: "from January to March last
    // year"), though read against the publication.
    const found = pointFinding(m.index, m.index + m[0].length, { year, month, explicitYear: yearWord !== undefined }, yearWord ? `month-name-${yearWord.toLowerCase()}-year` : relative ? `${relative}-month-name` : 'month-name');
    out.push({ ...found, anchored: 'publication' });
  }
  return out;
};
