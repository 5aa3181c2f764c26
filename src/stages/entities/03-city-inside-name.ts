import { firstTokenFrom } from '../../core/search.js';
import type { Token } from '../../core/document.js';
import type { GazetteerMatch } from '../../kb/index.js';
import type { NameShapes } from '../../kb/names.js';
import { EVENT_HEADS, ORG_HEADS } from './keywords.js';

/** Words after a city that make a name of the city, not a person: "Geneva Conventions", "Minsk Group". */
const NOT_SURNAMES = new Set(['convention', 'conventions', 'process', 'protocol', 'declaration', 'format', 'group', 'talks', 'airport', 'club', 'city', 'region']);

const isNamePart = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * A town name that is really part of a person's name: "Judge Alejandro Rivera" (Rivera, Uruguay),
 * "Vladimir Putin" (Vladimir, Russia). A gazetteer hit whose only readings are cities, written next
 * to a capitalised proper noun (one space, no comma), is part of that name. Countries, capitals and
 * organisations are not dropped ("Kenya Airways", "Moscow" after "Kremlin" stay), nor a city before an organisation or
 * event word ("Minsk Group", "Geneva Conventions"); a capital is, between an office title and a name part
 * ("president Santiago Pena": `capitalAsFirstName`).
 */
export function isCityInsideName(tokens: readonly Token[], sentenceStart: number, match: { start: number; end: number; match: GazetteerMatch }, officeTitles?: ReadonlyMap<string, string>): boolean {
  const i = firstTokenFrom(tokens, match.start);
  if (i < 0) return false;
  const prev = i > sentenceStart ? tokens[i - 1] : undefined;
  if (!match.match.refs.every((r) => r.type === 'city')) return capitalAsFirstName(tokens, i, match, prev, officeTitles);
  if (isNamePart(prev) && match.start - prev.end === 1) return true;
  const nextIndex = firstTokenFrom(tokens, match.end);
  const next = nextIndex >= 0 ? tokens[nextIndex] : undefined;
  return isNamePart(next) && next.start - match.end === 1 && ![ORG_HEADS, EVENT_HEADS, NOT_SURNAMES].some((s) => s.has(next.normal));
}

/**
 * A capital that is a person's first name after an office title ("President Santiago Peña", "Mayor Lima Duarte"): a
 * capital's or city's name (never a country's) between a title (offices.json) and a capitalised name part.
 */
function capitalAsFirstName(tokens: readonly Token[], i: number, match: { start: number; end: number; match: GazetteerMatch }, prev: Token | undefined, officeTitles?: ReadonlyMap<string, string>): boolean {
  if (!officeTitles || !prev || !officeTitles.has(prev.normal) || !match.match.refs.every((r) => r.type === 'city' || r.type === 'capital')) return false;
  if (firstTokenFrom(tokens, match.end) !== i + 1 || tokens[i]!.end !== match.end) return false;
  const next = tokens[i + 1];
  return isNamePart(next) && next.start - match.end === 1 && ![ORG_HEADS, EVENT_HEADS, NOT_SURNAMES].some((set) => set.has(next.normal));
}

/**
 * A town name that is the first word of a longer place name the gazetteer does not know: "Sogamoso de Arriba",
 * "Villa de Leyva", "Sitio da Serra" (a hamlet named after a town elsewhere is not that town). A hit whose only
 * readings are cities, followed by a lower-case name particle that is no English word (names.json nameParticles:
 * "del", "de", "da", "di", …; "as" or "den" are English words and end a name: "in Kabul as Taliban …") and then a
 * capitalised word, with single spaces, is part of that name: the town's country would be a guess from its namesake.
 */
export function isCityBeforeParticle(tokens: readonly Token[], match: { start: number; end: number; match: GazetteerMatch }, shapes: Pick<NameShapes, 'nameParticles' | 'isEnglishWord'>): boolean {
  if (!match.match.refs.every((r) => r.type === 'city')) return false;
  let k = firstTokenFrom(tokens, match.end);
  if (k < 0 || tokens[k]!.start - match.end !== 1) return false;
  const particle = (t: Token | undefined): t is Token => t !== undefined && /^\p{Ll}/u.test(t.text) && shapes.nameParticles.has(t.normal) && !shapes.isEnglishWord(t.normal);
  if (!particle(tokens[k])) return false;
  // "San Juan de la Maguana", "Santa Cruz de los Ríos": an article may follow the particle.
  while (particle(tokens[k + 1]) && tokens[k + 1]!.start - tokens[k]!.end === 1) k++;
  const next = tokens[k + 1];
  return next !== undefined && next.start - tokens[k]!.end === 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
}
