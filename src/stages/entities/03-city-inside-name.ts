import type { Token } from '../../core/document.js';
import type { GazetteerMatch } from '../../kb/index.js';
import { EVENT_HEADS, ORG_HEADS } from './keywords.js';

/** Words after a city that make a name of the city, not a person: "Geneva Conventions", "Minsk Group". */
const NOT_SURNAMES = new Set(['convention', 'conventions', 'process', 'protocol', 'declaration', 'format', 'group', 'talks', 'airport', 'club', 'city', 'region']);

const isNamePart = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * A town name that is really part of a person's name: "Judge Alejandro Rivera" (Rivera, Uruguay),
 * "Vladimir Putin" (Vladimir, Russia). A gazetteer hit whose only readings are cities, written next
 * to a capitalised proper noun (one space, no comma), is part of that name. Countries, capitals and
 * organisations are never dropped ("Kenya Airways", "Moscow" after "Kremlin" stay), nor a city before
 * an organisation or event word ("Minsk Group", "Geneva Conventions").
 */
export function isCityInsideName(tokens: readonly Token[], sentenceStart: number, match: { start: number; end: number; match: GazetteerMatch }): boolean {
  if (!match.match.refs.every((r) => r.type === 'city')) return false;
  let i = sentenceStart;
  while (i < tokens.length && tokens[i]!.start < match.start) i++;
  if (i >= tokens.length) return false;
  const prev = i > sentenceStart ? tokens[i - 1] : undefined;
  if (isNamePart(prev) && match.start - prev.end === 1) return true;
  let nextIndex = i;
  while (nextIndex < tokens.length && tokens[nextIndex]!.start < match.end) nextIndex++;
  const next = tokens[nextIndex];
  return isNamePart(next) && next.start - match.end === 1 && ![ORG_HEADS, EVENT_HEADS, NOT_SURNAMES].some((s) => s.has(next.normal));
}
