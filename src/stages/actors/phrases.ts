import type { Token } from '../../core/document.js';
import type { Kb } from '../../kb/index.js';
import { STATE_BODY_SECTORS } from '../../kb/sectors.js';

/** Prepositions after which a place name is a location, not an actor ("talks in Geneva"). */
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'throughout', 'within', 'into', 'outside', 'around', 'via', 'through', 'north', 'south', 'east', 'west']);
/** Compass words that can stand between a locative word and a place: "in northern Iraq", "across south-eastern and central Somalia". */
export const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|-|and)$/;

/** Nouns after which "of <country>" names a place: "an enclave of Azerbaijan", "the capital of Armenia". */
export const GEO_NOUNS = new Set(['enclave', 'region', 'territory', 'territories', 'part', 'parts', 'capital', 'city', 'province', 'border', 'borders', 'coast', 'outskirts', 'streets', 'suburbs', 'edge', 'area', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'rest', 'map', 'soil', 'state', 'republic']);

/** Compound adjectives that describe a population, not an actor: "an Armenian-populated enclave". */
export const ETHNIC_SUFFIXES = new Set(['populated', 'speaking', 'majority', 'dominated', 'born', 'descent', 'origin', 'style']);

/** Compound adjectives that make the state an actor: "a Russian-brokered ceasefire", "US-led coalition". */
export const AGENT_SUFFIXES = new Set(['brokered', 'led', 'backed', 'mediated', 'sponsored', 'funded', 'supported', 'imposed', 'drafted', 'proposed', 'allied', 'trained', 'armed']);

/**
 * The sector noun phrase starting at token `i` (longest match), e.g. "prisoners of war" → MIL,
 * "armed groups" → REB.
 */
export function sectorPhraseAt(tokens: readonly Token[], i: number, end: number, kb: Kb): { sector: string; length: number } | null {
  let best: { sector: string; length: number } | null = null;
  let phrase = '';
  let lemmaPhrase = '';
  for (let j = i; j < end && j - i < kb.maxPhraseWords; j++) {
    const t = tokens[j]!;
    phrase = j === i ? t.normal : `${phrase} ${t.normal}`;
    lemmaPhrase = j === i ? t.lemma : `${lemmaPhrase} ${t.lemma}`;
    // An office is a sector phrase too: "the Irish premier", "a Kenyan foreign minister" ("counterpart"
    // has no sector of its own: the people stage gives it the office of the one it answers).
    const office = kb.officeTitles.get(phrase);
    const sector = kb.sectorTerms.get(phrase) ?? kb.sectorTerms.get(lemmaPhrase) ?? (office === 'COUNTERPART' ? undefined : office);
    if (sector) best = { sector, length: j - i + 1 };
    if (!kb.phraseStarts.has(phrase) && !kb.phraseStarts.has(lemmaPhrase)) break;
  }
  return best;
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP']);

/** The words that make a state body's name before them a party's name. */
const PARTY_WORDS = new Set(['party', 'parties']);

/**
 * "the Congress party", "India's Congress party workers": a state body's word named in capitals (a legislature, a
 * government, a court) right before "party" is the name a party took up, not the body; the phrase, name and party
 * word, is of the party's sector (PTY). A lower-case word ("the government party") is left to the sector words.
 */
export function namesakePartyAt(tokens: readonly Token[], i: number, end: number, kb: Kb): { sector: string; length: number } | null {
  const body = sectorPhraseAt(tokens, i, end, kb);
  const after = tokens[i + (body?.length ?? 0)];
  if (!body || !STATE_BODY_SECTORS.has(body.sector) || !/^\p{Lu}/u.test(tokens[i]!.text) || i + body.length >= end || !PARTY_WORDS.has(after!.normal)) return null;
  return { sector: kb.sectorTerms.get(after!.normal) ?? 'PTY', length: body.length + 1 };
}

/**
 * The group noun a modifier applies to: skips numbers, adjectives and coordinated modifiers
 * ("17 Armenian prisoners", "Hungarian and Romanian officials", "Palestinian armed groups").
 * Stops at a capitalised word (a title or name follows) or after four tokens.
 */
export function headSectorAfter(tokens: readonly Token[], i: number, end: number, kb: Kb, isModifier: (t: Token) => boolean): { sector: string; start: number; end: number } | null {
  let j = i;
  let skipped = 0;
  while (j < end && skipped <= 4) {
    const hit = namesakePartyAt(tokens, j, end, kb) ?? sectorPhraseAt(tokens, j, end, kb);
    if (hit) return { sector: hit.sector, start: tokens[j]!.start, end: tokens[j + hit.length - 1]!.end };
    const t = tokens[j]!;
    // A participle describing the head ("US-trained fighters"), not a finite verb whose object is
    // named after it ("the Houthis fired missiles": the missiles say nothing of the Houthis).
    const participle = t.pos === 'VERB' && /(ed|ing)$/.test(t.normal) && tokens[j + 1]?.pos === 'NOUN' && !FINITE_TAGS.has(t.tag ?? '');
    const skippable = t.pos === 'ADJ' || t.pos === 'NUM' || t.normal === 'and' || t.normal === ',' || participle || isModifier(t);
    if (!skippable) return null;
    j++;
    skipped++;
  }
  return null;
}
