import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import type { GazetteerCandidate } from './01-match-gazetteer.js';
import { isGivenNameToken } from './02-find-names.js';
import { isAgeAfter } from './09-opening-surnames.js';
import type { KnownNames } from './known-names.js';

const isInitial = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\.$/u.test(t.text);
/**
 * Readings a surname may have: a town or a region ("Diane Hamilton"). A state, a capital or a
 * demonym is never taken for one: "Sporting Lisbon", "German Foreign Minister" (and "Michael Jordan" is lost).
 */
const SURNAME_READINGS = new Set(['city', 'region']);
/** Readings a given name may have: a town only ("Israel Tuesday", "Florida Panthers" keep their places). */
const GIVEN_NAME_READINGS = new Set(['city']);

/**
 * A one-word place name that is someone's name here: a surname after a given name or an initial
 * ("Diane Hamilton", "J. Hamilton"), a town that is a given name before a surname the gazetteer does
 * not know ("George Papadakis"), a town followed by what only a person has (an age), or a
 * word of a person the article already named in full ("Preston said" after "Diane Preston" — a
 * town only, never a state's name).
 * Organisations and user entries are never dropped.
 */
export function isSurnameHit(tokens: readonly Token[], sentenceStart: number, hit: GazetteerCandidate, shapes: NameShapes, known: KnownNames): boolean {
  if (isDemonymSurname(tokens, sentenceStart, hit, shapes)) return true;
  if (!hit.match.refs.every((r) => SURNAME_READINGS.has(r.type))) return false;
  const i = oneTokenHit(tokens, sentenceStart, hit);
  if (i < 0) return false;
  const prev = i > sentenceStart ? tokens[i - 1] : undefined;
  const next = tokens[i + 1];
  const adjacent = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && b.start - a.end === 1;
  if (adjacent(prev, tokens[i]) && (isGivenNameToken(prev, shapes) || isInitial(prev)) && !shapes.notNames.has(prev!.normal)) return true;
  const nextIsSurname = next !== undefined && adjacent(tokens[i], next) && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text)
    && !shapes.notNames.has(next.normal) && ![shapes.orgHeads, shapes.eventHeads, shapes.placeHeads].some((s) => s.has(next.normal));
  if (hit.match.refs.every((r) => GIVEN_NAME_READINGS.has(r.type)) && isGivenNameToken(tokens[i], shapes) && nextIsSurname) return true;
  // "Mendoza, 52, was arrested": a town has no age ("Hexham, who won at home …" is a team, so not "who").
  if (hit.match.refs.every((r) => r.type === 'city') && isAgeAfter(tokens, i + 1, tokens.length)) return true;
  return hit.match.refs.every((r) => r.type === 'city' || r.type === 'region') && known.isPersonWord(tokens[i]!.text);
}

/**
 * A demonym that is a surname: "UN rights chief Volker Turk said", "the mayor, Judith French, said". A
 * demonym right after a given name is the end of a person's name, unless it qualifies the word after
 * it ("Christian Lebanese militias", "Jordan Turkish Airlines"): the names stage then reads the pair
 * as one person instead of a state.
 */
function isDemonymSurname(tokens: readonly Token[], sentenceStart: number, hit: GazetteerCandidate, shapes: NameShapes): boolean {
  if (!hit.match.refs.every((r) => r.type === 'demonym')) return false;
  const i = oneTokenHit(tokens, sentenceStart, hit);
  if (i <= sentenceStart) return false;
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (t.start - prev.end !== 1 || !isGivenNameToken(prev, shapes)) return false;
  const next = tokens[i + 1];
  const qualifies = next !== undefined && next.sentence === t.sentence && (/^\p{Lu}/u.test(next.text) || ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos));
  return !qualifies;
}

/** The index of the one token a hit covers exactly, or -1 when it covers more or less than one. */
function oneTokenHit(tokens: readonly Token[], sentenceStart: number, hit: GazetteerCandidate): number {
  let i = sentenceStart;
  while (i < tokens.length && tokens[i]!.start < hit.start) i++;
  return i < tokens.length && tokens[i]!.start === hit.start && tokens[i]!.end === hit.end ? i : -1;
}
