import type { Sentence, Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import { type Candidate, isNameWord, type Slot, slotsOf } from './candidates.js';

/** Words between a place's noun and "of" or the name: "the southwestern province of", "the mining towns of". */
const MAX_GAP = 3;
const MAX_NAME_WORDS = 3;

/**
 * Prepositions that put an act somewhere: "attacked herders in Wad Kibeira", "an ambush near Gogoni".
 * Not "on" or "from" (a date, a source: "on Mondays", "from Reuters"), "to" (a destination can be a
 * person: "handed to Okello").
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'around']);

/**
 * Villages, camps and districts no gazetteer knows, named by the word for a place beside them (the
 * place heads of resources/kb/names.json, written in lower case): "the village of Kafr Tala", "the
 * towns of Arbat and Penjwen", "Zaatari refugee camp", "the Qandil mountains", "Wadi province".
 * The name alone is the place (LOC), as in "Helmand Province" the capitalised head is part of it. A
 * name already read as a state, an organisation or a group, or a person named with evidence, stays
 * what it is ("a Hamas camp", "the Kenyan town"); a person guessed from capitals alone becomes the place.
 */
export function findPlacesByTheirNoun(tokens: readonly Token[], sentences: readonly Sentence[], shouted: ReadonlySet<Sentence>, shapes: NameShapes, candidates: readonly Candidate[]): Candidate[] {
  let out = [...candidates];
  const heads = shapes.placeHeads;
  // "the towns of …", "the Qandil mountains": a plural noun counts as its singular.
  const isHead = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text) && (heads.has(t.normal) || heads.has(t.normal.replace(/s$/, '')));
  for (const sentence of sentences) {
    if (shouted.has(sentence)) continue;
    const slots = slotsOf(tokens, sentence, out, shapes, false);
    const places: Slot[] = [];
    // The end of the last name after "<noun> of", a place already known or not ("the towns of Arbat and Penjwen").
    let listEnd = -1;
    for (let n = 0; n < slots.length; n++) {
      const slot = slots[n]!;
      const listed = listEnd >= 0 && inListAfter(tokens, listEnd, slot.a);
      const known = slot.candidate !== undefined && (slot.candidate.label === 'GPE' || slot.candidate.label === 'LOC');
      listEnd = -1;
      if (known && (listed || ofBefore(tokens, slot.a, sentence.tokenStart, isHead))) listEnd = slot.b;
      if (!mayBePlace(slot, tokens, shapes, sentence) && !mayBePersonsNameForPlace(slot)) continue;
      // "Zaatari refugee camp", "Huize county": the noun right after the name, or after one more word in lower case.
      const after = tokens[slot.b];
      const after2 = tokens[slot.b + 1];
      const nounAfter = slot.b < sentence.tokenEnd && (isHead(after) || (after !== undefined && /^\p{Ll}+$/u.test(after.text) && after.pos === 'NOUN' && slot.b + 1 < sentence.tokenEnd && isHead(after2)));
      // "the village of Kafr Tala", "the towns of Arbat and Penjwen".
      const nounOf = ofBefore(tokens, slot.a, sentence.tokenStart, isHead) || listed;
      // A name sure to be a person's by its words alone becomes the place only by a place's noun, not by a preposition
      // ("in Abu Tabar" may be in a person's hands; "the Abu Tabar district" is not).
      if (!mayBePlace(slot, tokens, shapes, sentence) && !nounAfter && !nounOf) continue;
      if (!nounAfter && !nounOf && !afterPlacePreposition(tokens, slot, sentence, shapes)) continue;
      places.push(slot);
      if (nounOf) listEnd = slot.b;
    }
    for (const slot of places) {
      const start = tokens[withParticle(tokens, slot.a, shapes)]!.start;
      const end = tokens[slot.b - 1]!.end;
      out = [...out.filter((c) => c !== slot.candidate), { start, end, label: 'LOC' }];
    }
  }
  return out;
}

/**
 * A name that may be read as the place: a guessed person, or capitalised words the tagger calls
 * proper nouns ("Local hospital officials" is no place name); a sentence's first word, or a name
 * of one word, only when it is no English word ("The town's school", "Primary market activity").
 */
function mayBePlace(slot: Slot, tokens: readonly Token[], shapes: NameShapes, sentence: Sentence): boolean {
  if (slot.b - slot.a > MAX_NAME_WORDS) return false;
  const c = slot.candidate;
  if (c) return c.label === 'PERSON' && !c.sure;
  const words = tokens.slice(slot.a, slot.b);
  if ((slot.a === sentence.tokenStart || words.length === 1) && shapes.isEnglishWord(words[0]!.normal)) return false;
  return words.every((t) => isNameWord(t, shapes) && t.pos === 'PROPN');
}

/**
 * A name the finder was sure is a person's by its own words only ("Abu", "Dan", "Ban" are given names too, and lead
 * place names across the Sahel, Sudan and Thailand): a place's noun beside it may still make it the place.
 */
function mayBePersonsNameForPlace(slot: Slot): boolean {
  const c = slot.candidate;
  return c !== undefined && c.label === 'PERSON' && c.sureByWordsOnly === true && slot.b - slot.a <= MAX_NAME_WORDS;
}

/**
 * "in Wad Kibeira", "near Gogoni, east of Mombasa": a name no finder knew, right after a preposition
 * of place and ending the phrase (not "in Facebook posts", "at Okello's home"), is where something
 * happened. Proper nouns that name no place ("in Ramadan", "in Swahili") are in names.json `notPlaces`.
 */
function afterPlacePreposition(tokens: readonly Token[], slot: Slot, sentence: Sentence, shapes: NameShapes): boolean {
  // "in al-Hariji", "near el-Mazraa": the Arabic article written in lower case before the name stands between it and the preposition.
  const from = withParticle(tokens, slot.a, shapes);
  const before = tokens[from - 1];
  if (from - 1 < sentence.tokenStart || !before || !PLACE_PREPOSITIONS.has(before.normal) || !/^\p{Ll}/u.test(before.text)) return false;
  // A phrase on a noun of trust, stake or share says in whom or what ("confidence in Mnangagwa",
  // "a stake in Safaricom"), not where. An operation's name is no place ("killed in Operation …").
  const headOfName = tokens[slot.b - 1]!.head ?? -1;
  const holder = headOfName >= 0 ? tokens[headOfName] : undefined;
  if (holder && holder.pos === 'NOUN' && shapes.inWhomNouns.has(holder.lemma)) return false;
  if (shapes.eventHeads.has(tokens[slot.a]!.normal) || tokens[slot.a]!.normal === 'operation') return false;
  const after = tokens[slot.b];
  if (slot.b < sentence.tokenEnd && after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'PART' || /^['’]s$/.test(after.normal))) return false;
  return !tokens.slice(slot.a, slot.b).some((t) => shapes.notPlaces.has(t.normal));
}

/** The name with an Arabic article written before it in lower case: "al-Ram" of "the al-Ram checkpoint". */
function withParticle(tokens: readonly Token[], a: number, shapes: NameShapes): number {
  const dash = tokens[a - 1];
  const particle = tokens[a - 2];
  return dash?.text === '-' && dash.end === tokens[a]!.start && particle !== undefined && particle.end === dash.start && /^\p{Ll}/u.test(particle.text) && shapes.nameParticles.has(particle.normal) ? a - 2 : a;
}

/** Whether "<place noun> of" stands right before token `a`, with at most a few words between "the" and the noun. */
function ofBefore(tokens: readonly Token[], a: number, from: number, isHead: (t: Token | undefined) => boolean): boolean {
  if (a - 2 < from || tokens[a - 1]!.normal !== 'of') return false;
  for (let k = a - 2; k >= Math.max(from, a - 2 - MAX_GAP); k--) {
    if (isHead(tokens[k])) return true;
    if (!/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Whether tokens `[end, start)` join two names of a list: ",", "and", "or". */
function inListAfter(tokens: readonly Token[], end: number, start: number): boolean {
  const between = tokens.slice(end, start).map((t) => t.normal);
  return between.length >= 1 && between.length <= 2 && between.every((w) => w === ',' || w === 'and' || w === 'or');
}
