import { pointFinding, yearFor } from '../format.js';
import type { DateRule, Finding } from '../types.js';

const MONTH_NAMES = '(January|February|March|April|May|June|July|August|September|October|November|December)';
// A month name alone is a date only after a word that introduces a time: "in February",
// "since September", "last March", "in mid-August". This keeps out "March" the verb at a
// sentence start and people named May or June.
const BARE_MONTH = new RegExp(`\\b(?:(last|next|this)\\s+)?(?:(early|mid|late)[- ])?${MONTH_NAMES}\\b(?!\\.?\\s*\\d)`, 'g');
const INTRODUCER = /(?:^|[^\w'])(in|since|until|till|by|during|from|to|through|before|after|between|and|or|of|last|next|this)\s+$/i;
// "May" is also a modal and a surname ("told May", "May and Macron"): accept it only after these.
const STRONG_INTRODUCER = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'from', 'before', 'after', 'of', 'last', 'next', 'this']);

/** A month without day or year, resolved against the publication date (month precision). */
export const findBareMonths: DateRule = (context) => {
  const out: Finding[] = [];
  const { text, reference } = context;
  for (const m of text.matchAll(BARE_MONTH)) {
    const [, relative, modifier, name] = m;
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(name as string) + 1;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const introducer = relative?.toLowerCase() ?? (modifier ? 'in' : INTRODUCER.exec(before)?.[1]?.toLowerCase());
    if (introducer === undefined) continue;
    if (name === 'May' && !STRONG_INTRODUCER.has(introducer)) continue;
    if (!reference) continue;
    let year: number;
    if (relative === 'last') year = month < reference.month ? reference.year : reference.year - 1;
    else if (relative === 'next') year = month > reference.month ? reference.year : reference.year + 1;
    else if (relative === 'this') year = reference.year;
    else year = yearFor(reference, month, undefined, context.futureBefore(m.index));
    out.push(pointFinding(m.index, m.index + m[0].length, { year, month, explicitYear: false }, relative ? `${relative}-month-name` : 'month-name'));
  }
  return out;
};
