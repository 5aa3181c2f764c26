import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import type { Candidate } from './candidates.js';

/** A model's designation: letters, a hyphen, a number ("Ka-52", "Su-25s", "S-400"). */
const DESIGNATION = /^\p{Lu}\p{L}{0,3}-\d{1,4}\p{Lu}?s?$/u;
/** Lower-case words that may stand between a weapon's name and its noun: "Tokarev automatic pistols". */
const MAX_MODIFIERS = 2;
const MAX_NAME_WORDS = 3;

/**
 * Weapons are named like people and companies: "Storm Shadow missiles", "Galil rifles",
 * "Su-30 jets", "Shahed drones". A name or a model's designation right before a word for a
 * weapon (names.json `weaponNouns`, one or two lower-case modifiers between: "Tokarev automatic pistols")
 * is the weapon (PRODUCT, CoNLL's MISC), and so are the names listed with it ("Galil, Beretta and
 * Tokarev pistols"). Who owns or fires it stays what it is: a state or a nationality ("Iranian
 * drones"), a known organisation ("Hamas rockets"), an acronym ("RSF drones"); only a guessed person
 * and words no finder took become the weapon (a person is seldom named right before such a word, a given name being no proof: "Storm Shadow missiles").
 */
export function findWeaponNames(tokens: readonly Token[], shapes: NameShapes, candidates: readonly Candidate[]): Candidate[] {
  if (shapes.weaponNouns.size === 0) return [...candidates];
  const weapons: Candidate[] = [];
  const maxNounWords = Math.max(...[...shapes.weaponNouns].map((n) => n.split(' ').length));
  for (let i = 1; i < tokens.length; i++) {
    const noun = nounAt(tokens, i, shapes, maxNounWords);
    if (noun === 0) continue;
    // Back over lower-case modifiers to the name's last word.
    let end = i;
    for (let m = 0; m < MAX_MODIFIERS && end > 0 && isModifier(tokens[end - 1]!) && tokens[end - 1]!.sentence === tokens[i]!.sentence; m++) end--;
    for (;;) {
      const named = nameEndingAt(tokens, end, shapes, candidates);
      if (!named) break;
      weapons.push(named.candidate);
      // A list before it: "Galil, Beretta and Tokarev …".
      const joiner = tokens[named.first - 1];
      if (!joiner || (joiner.normal !== ',' && joiner.normal !== 'and') || joiner.sentence !== tokens[i]!.sentence) break;
      end = named.first - 1;
      if (tokens[end - 1]?.normal === ',') end--;
    }
    i += noun - 1;
  }
  if (weapons.length === 0) return [...candidates];
  const out = candidates.filter((c) => !weapons.some((w) => c.start < w.end && w.start < c.end));
  return [...out, ...weapons];
}

/** Length of the weapon noun phrase starting at token `i`, 0 if none: "drones", "fighter jets". */
function nounAt(tokens: readonly Token[], i: number, shapes: NameShapes, maxWords: number): number {
  let phrase = '';
  let best = 0;
  for (let n = 0; n < maxWords && i + n < tokens.length; n++) {
    const t = tokens[i + n]!;
    if (!/^\p{Ll}/u.test(t.text)) break;
    phrase = n === 0 ? t.normal : `${phrase} ${t.normal}`;
    if (shapes.weaponNouns.has(phrase)) best = n + 1;
  }
  return best;
}

const isModifier = (t: Token): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN');

/**
 * The weapon's name ending right before token `end`: a designation, or one to three capitalised
 * words the tagger calls proper nouns that no finder took or that were guessed a person.
 */
function nameEndingAt(tokens: readonly Token[], end: number, shapes: NameShapes, candidates: readonly Candidate[]): { first: number; candidate: Candidate } | null {
  let first = end;
  const isWord = (t: Token) => DESIGNATION.test(t.text) || (t.pos === 'PROPN' && /^\p{Lu}\p{L}*\d*$/u.test(t.text) && !/^\p{Lu}+$/u.test(t.text) && !shapes.notNames.has(t.normal));
  while (first > 0 && end - first < MAX_NAME_WORDS && isWord(tokens[first - 1]!) && tokens[first - 1]!.sentence === tokens[end - 1]?.sentence
    && (first === end || tokens[first]!.start === tokens[first - 1]!.end + 1)) first--;
  if (first === end) return null;
  // A sentence's first word is capitalised whatever it is ("Several rockets …"): only a designation starts a name there.
  if ((first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence) && !DESIGNATION.test(tokens[first]!.text)) return null;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const over = candidates.filter((c) => c.start < stop && start < c.end);
  if (over.some((c) => c.start < start || c.end > stop || c.label !== 'PERSON' || (c.readings ?? []).length > 0)) return null;
  return { first, candidate: { start, end: stop, label: 'PRODUCT' } };
}
