import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import { type Candidate, isNameWord, phraseBefore } from './candidates.js';

/** Labels a ship's name may have been read with: a person's ("Carl Vinson"), a guessed organisation's, or none. */
const REPLACEABLE = new Set(['PERSON', 'ORG']);
const MAX_NAME_WORDS = 4;

/**
 * Ships are named like people and places: "the aircraft carrier Carl Vinson", "the frigates Sachsen
 * and Hessen", "HMS Argyll". A name right after a word for a vessel, or after a navy's prefix, is the
 * vessel (PRODUCT, CoNLL's MISC), neither a person who acts nor a place where anything happens; so is
 * that name wherever else the story writes it ("The Carl Vinson leads a battle group"). A state's or
 * a nationality's name after the word stays what it is ("a tanker Iran seized").
 */
export function findVesselNames(text: string, tokens: readonly Token[], shapes: NameShapes, candidates: readonly Candidate[]): Candidate[] {
  const vessels: Candidate[] = [];
  const names = new Set<string>();
  const maxNounWords = Math.max(...[...shapes.vesselNouns].map((n) => n.split(' ').length));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prefixed = shapes.vesselPrefixes.has(t.text);
    const afterNoun = !prefixed && /^\p{Lu}/u.test(t.text) && i > 0 && /^\p{Ll}/u.test(tokens[i - 1]!.text)
      && phraseBefore(tokens, i, Math.max(0, i - maxNounWords), shapes.vesselNouns, maxNounWords) > 0 && tokens[i - 1]!.sentence === t.sentence;
    if (!prefixed && !afterNoun) continue;
    // A list after a plural: "the carriers Nimitz and Enterprise".
    let k = prefixed ? i + 1 : i;
    for (;;) {
      let end = k;
      while (end < tokens.length && end - k < MAX_NAME_WORDS && tokens[end]!.sentence === t.sentence && isNameWord(tokens[end]!, shapes)
        && (end === k || tokens[end]!.start === tokens[end - 1]!.end + 1)) end++;
      if (end === k) break;
      const start = prefixed && k === i + 1 ? t.start : tokens[k]!.start;
      const stop = tokens[end - 1]!.end;
      const over = candidates.filter((c) => c.start < stop && start < c.end);
      // After a navy's prefix any name is the vessel's ("HMS Montrose"); after a noun, not a state's or a known place's.
      if (over.some((c) => c.start < start || c.end > stop || (!prefixed && (!REPLACEABLE.has(c.label) || (c.readings ?? []).length > 0)))) break;
      vessels.push({ start, end: stop, label: 'PRODUCT' });
      names.add(text.slice(tokens[k]!.start, stop));
      const joiner = tokens[end];
      if (afterNoun && joiner && (joiner.normal === 'and' || joiner.normal === ',')) {
        k = end + 1;
        continue;
      }
      break;
    }
  }
  if (vessels.length === 0) return [...candidates];
  // The vessel's name elsewhere in the story, also without its prefix.
  const isVesselName = (c: Candidate) => REPLACEABLE.has(c.label) && (c.readings ?? []).length === 0 && names.has(text.slice(c.start, c.end));
  const out = candidates
    .filter((c) => !vessels.some((v) => c.start < v.end && v.start < c.end))
    .map((c): Candidate => (isVesselName(c) ? { start: c.start, end: c.end, label: 'PRODUCT' } : c));
  return [...out, ...vessels];
}
