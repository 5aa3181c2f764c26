import { closestMatch } from 'leven';

/**
 * The candidate nearest to a mistyped word, when it is near enough to be what was meant: at most
 * a third of the word's letters apart (`formt` → `format`, `ingset` → `ingest`), else undefined.
 * Case is ignored, so `assult` finds `ASSAULT`.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = candidates.map((candidate) => candidate.toLowerCase());
  const found = closestMatch(word.toLowerCase(), lower, { maxDistance: Math.max(1, Math.floor(word.length / 3)) });
  return found === undefined ? undefined : candidates[lower.indexOf(found)];
}
