import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import { acronymOf } from './02-find-names.js';
import type { Candidate } from './candidates.js';

/** Lower-case words that may stand inside an organisation's name before its acronym: "Mission in Kivu", "Nusrat al-Islam". */
const INNER_WORDS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'against', 'de', 'des', 'du', 'la', 'wal', 'e', 'i', 'ul', 'al', 'el']);
/** Tokens that join the words of a name: "Inter-Agency", "Workers' Party". */
const JOINERS = new Set(['-', '&', "'", '’', "'s", '’s']);
/** Longest name read back from an acronym, in tokens. */
const MAX_TOKENS = 16;
/** Capitalised words an acronym may leave out ("Front for the Defence of Farmers and Herders in Sahel", FDS). */
const MAX_SKIPPED = 2;

/**
 * An organisation defines its acronym right after its full name: "the Joint Monitoring Mission in Kivu
 * (JMMK)", "the Observer Force on the Border (OFB)". The name finder stops at "in", "on" and at a place,
 * so such a name was read cut short or in pieces ("Joint Monitoring Mission" + "Kivu"). Read back from the bracket, the longest run of capitalised
 * words and inner words whose initials spell the acronym in order (each word giving its first letter
 * or a few, a short word such as "in" giving one or none, at most two capitalised words none) is one
 * organisation. The gazetteer's places inside it stay, nested, so its country is still read; a known
 * organisation inside it ("UN Observer Force on the Border") leaves the name as the finder read it; guesses
 * inside it or across its edge (a person, a shorter organisation) go.
 */
export function findAcronymDefinitions(tokens: readonly Token[], shapes: NameShapes, candidates: readonly Candidate[]): Candidate[] {
  let out = [...candidates];
  for (let k = 1; k + 2 < tokens.length; k++) {
    const open = tokens[k]!;
    const word = tokens[k + 1]!;
    if (open.text !== '(' || tokens[k + 2]!.text !== ')' || !/^\p{Lu}[\p{Lu}\d&/-]{1,9}$/u.test(word.text)) continue;
    const acronym = word.text.replace(/[^\p{Lu}]/gu, '');
    if (acronym.length < 2) continue;
    // A name the finder read whole, its initials spelling the acronym in its own order or another
    // language's ("National Front for the Liberation of Angola (FNLA)"), stays as read.
    const before = tokens[k - 1]!;
    if (out.some((c) => c.label === 'ORG' && c.end === before.end && acronymOf(acronym, tokens.filter((t) => t.start >= c.start && t.end <= c.end)))) continue;
    // The tokens a name may take, back from the bracket within the sentence.
    let first = k;
    while (first > 0 && k - first < MAX_TOKENS && tokens[first - 1]!.sentence === open.sentence && isNamePart(tokens, first - 1)) first--;
    let best = -1;
    for (let s = first; s < k; s++) {
      const t = tokens[s]!;
      if (!/^\p{Lu}/u.test(t.text) || INNER_WORDS.has(t.normal) || t.text[0] !== acronym[0]) continue;
      // A sentence's first word is capitalised whatever it is: "Fighters of the … (F…)" starts no name unless tagged one.
      if ((s === 0 || tokens[s - 1]!.sentence !== t.sentence) && t.pos !== 'PROPN') continue;
      if (spells(acronym, tokens.slice(s, k))) { best = s; break; }
    }
    if (best < 0) continue;
    const parts = tokens.slice(best, k);
    const capitalised = parts.filter((t) => /^\p{Lu}/u.test(t.text));
    if (capitalised.length < 2) continue;
    // A person's initials in brackets are no acronym: "Kwame Ansah (KA)" has no inner word and no organisation's head.
    if (!parts.some((t) => INNER_WORDS.has(t.normal)) && !capitalised.some((t) => shapes.orgHeads.has(t.normal)) && shapes.isGivenName(capitalised[0]!.normal)) continue;
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    // A gazetteer name across the name's edge means the name was read wrong: leave it.
    if (out.some((c) => c.readings && c.start < end && start < c.end && (c.start < start || c.end > end))) continue;
    if (out.some((c) => c.label === 'ORG' && c.start === start && c.end === end)) continue;
    // A known organisation inside ("UN" of "UN Observer Force on the Border (UNOFB)") stays the name read: the actors
    // stage reads a state nested in an unknown organisation as its country, but not a known body, which it would lose.
    if (out.some((c) => c.readings?.includes('organisation') && c.start >= start && c.end <= end)) continue;
    // A guess that began before the name with an owner in the possessive keeps the owner, a person:
    // "Ama Boateng's National Renewal Party (NRP)", read whole as one organisation, is a leader and a party.
    const owners = out.filter((c) => !c.readings && c.start < start && c.end > start).flatMap((c) => ownerBefore(tokens, c.start, best));
    out = out.filter((c) => !(c.start < end && start < c.end) || (c.readings !== undefined && c.start >= start && c.end <= end));
    out.push(...owners, { start, end, label: 'ORG' });
  }
  return out;
}

/** The capitalised words from offset `from` to a possessive right before token `b` ("Ama Boateng's"), as a person, if two to four. */
function ownerBefore(tokens: readonly Token[], from: number, b: number): Candidate[] {
  const mark = tokens[b - 1];
  if (!mark || !JOINERS.has(mark.text) || !/s$/.test(mark.text)) return [];
  const words = tokens.filter((t, k) => k < b - 1 && t.start >= from);
  if (words.length < 2 || words.length > 4 || !words.every((t) => /^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT')) return [];
  return [{ start: words[0]!.start, end: words[words.length - 1]!.end, label: 'PERSON' }];
}

/** Whether token `i` may stand inside an organisation's name: a capitalised word, an inner word, a joiner, a word after a hyphen ("Inter-agency"). */
function isNamePart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const hyphened = i > 0 && tokens[i - 1]!.text === '-' && tokens[i - 1]!.end === t.start && /^\p{L}/u.test(t.text);
  return (/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT') || INNER_WORDS.has(t.normal) || JOINERS.has(t.text) || hyphened;
}

/**
 * Whether the words spell the acronym in order: each capitalised word gives its first letters (one or
 * more; an abbreviation such as "U.N." its capitals), or none for at most MAX_SKIPPED of them; a
 * lower-case inner word gives its first letter or none; joiners give nothing. The first word gives the first letter.
 */
function spells(acronym: string, parts: readonly Token[]): boolean {
  const words = parts.filter((t) => /^\p{L}/u.test(t.text) && !JOINERS.has(t.text));
  const memo = new Map<string, boolean>();
  const go = (w: number, a: number, skipped: number): boolean => {
    if (a === acronym.length) return w === words.length;
    if (w === words.length) return false;
    const key = `${w}:${a}:${skipped}`;
    if (memo.has(key)) return memo.get(key)!;
    const t = words[w]!;
    const upper = /^\p{Lu}/u.test(t.text);
    const letters = /^(\p{Lu}\.)+$/u.test(t.text) ? t.text.replace(/\./g, '') : t.text.replace(/[^\p{L}]/gu, '').toUpperCase();
    let ok = false;
    // A capitalised word gives one or more of its first letters; an inner word at most its first.
    const most = upper ? letters.length : Math.min(1, letters.length);
    for (let n = 1; n <= most && !ok; n++) {
      if (acronym.slice(a, a + n) !== letters.slice(0, n)) break;
      ok = go(w + 1, a + n, skipped);
    }
    if (!ok && w > 0) ok = upper ? skipped < MAX_SKIPPED && go(w + 1, a, skipped + 1) : go(w + 1, a, skipped);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}
