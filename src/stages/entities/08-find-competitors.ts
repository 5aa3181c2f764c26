import type { Sentence, Token } from '../../core/document.js';
import type { Kb } from '../../kb/index.js';
import { type Candidate, isNameWord, isRelabelable, phraseAfter, phraseBefore, type Slot, slotsOf } from './candidates.js';
import type { NameShapes } from '../../kb/names.js';
import type { DocumentScope } from './07-read-organisation-evidence.js';
import type { OrganisationShapes } from './organisation-shapes.js';

/** A score or a standings figure: "3", "108-3", "42-36" (never a year or a date). */
const SCORE = /^(?:\d{1,3}|\d{1,3}-\d{1,3})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Distinct words of sport a story needs before its towns may be teams, and before a town doing something is its team. */
export const SPORTS_STORY = 2;
const SURE_SPORTS_STORY = 3;

/**
 * How surely a document reports sport: the number of distinct words of sport in it ("innings",
 * "halftime", "standings", "soccer"; "league" only in lower case), and two more for a story with
 * two rows of results ("Tamworth 2 Kettering 1", a name and four figures of standings). News of war
 * and politics uses "beat", "defeat" and "the Arab League" too, so nothing here runs on a story
 * scoring under two, and the loosest reading (a town before a verb) needs three.
 */
export function sportsScore(tokens: readonly Token[], sports: OrganisationShapes['sports'], shapes: NameShapes): number {
  const seen = new Set<string>();
  let rows = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (sports.cues.has(t.normal) || (sports.lowerCaseCues.has(t.text))) seen.add(t.normal);
    if (isNameWord(t, shapes) && isResultRow(tokens, i + 1)) rows++;
  }
  return Math.min(SURE_SPORTS_STORY, seen.size + (rows >= 2 ? 2 : 0));
}

const INTEGER = /^\d{1,3}$/;

/** Whether a results row goes on at token `i`, after a name: "2 Kettering 1", or four figures of standings "3 1 0 6". */
function isResultRow(tokens: readonly Token[], i: number): boolean {
  const at = (k: number) => tokens[i + k]?.text ?? '';
  if (!INTEGER.test(at(0))) return false;
  if (/^\p{Lu}\p{Ll}/u.test(at(1)) && INTEGER.test(at(2))) return true;
  return INTEGER.test(at(1)) && INTEGER.test(at(2)) && INTEGER.test(at(3));
}

/**
 * Teams in a sports story. A club is usually named after its town ("Tamworth beat Kettering",
 * "Hexham 3 Ludlow 2", "the Hexham striker …"), so in a story about sport a town's name (or a name no
 * list knows) is a team where it stands as a competitor: before a score or a standings row, beside
 * a result word ("beat", "v", "against", "drew with"), before a player's role ("the Ludlow captain"),
 * or in a club's shape ("Real" + town, town + "United"/"Rovers"/"City", a name + a town: "Vesna
 * Tamworth"). Every other mention of that team in the story is the team too, except after a word
 * of place ("in Tamworth", "at Hexham") and in a dateline ("LUDLOW, England"). A state's name stays
 * a place: national sides are named after their country, as CoNLL and analysts read them.
 */
export function findCompetitors(scope: DocumentScope, candidates: readonly Candidate[], score: number): Candidate[] {
  const { doc, shapes, kb } = scope;
  const { tokens } = doc;
  let out = [...candidates];
  const teams = new Set<string>();
  const replace = (slot: Slot, start: number, end: number) => {
    out = [...out.filter((c) => c !== slot.candidate && !(c.start >= start && c.end <= end && !c.sure)), { start, end, label: 'ORG' }];
  };
  for (const sentence of doc.sentences) {
    const shouted = scope.shouted.has(sentence);
    const slots = slotsOf(tokens, sentence, out, shapes, shouted).map((s) => trimTableWords(tokens, s, scope));
    let taken = sentence.tokenStart;
    slots.forEach((slot, n) => {
      if (slot.b <= slot.a || slot.a < taken) return;
      const club = clubSpan(tokens, slots, n, sentence, scope, kb);
      if (!club && !(mayBeTeam(tokens, slot, sentence, shouted) && isCompetitor(tokens, slot, sentence, scope, score >= SURE_SPORTS_STORY))) return;
      const a = club?.a ?? slot.a;
      const b = club?.b ?? slot.b;
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      replace(slot, start, end);
      taken = b;
      // A club's name reaching over the next slot ("Hexham" + "United") takes that slot's candidate too.
      const next = slots[n + 1];
      if (next && next.a < b) out = out.filter((c) => c !== next.candidate);
      teams.add(doc.text.slice(start, end).toLowerCase());
      // The short form of a club named with its town: "Vesna" of "Vesna Tamworth".
      if (club && b - a === 2 && !scope.org.genericWords.has(tokens[a]!.normal)) teams.add(tokens[a]!.normal);
    });
  }
  // A team's name in a list of names is a list of teams: "rivals Hexham, Ludlow and Kettering".
  for (const sentence of doc.sentences) {
    const slots = slotsOf(tokens, sentence, out, shapes, scope.shouted.has(sentence));
    const isTeam = (s: Slot) => s.candidate?.label === 'ORG' && teams.has(doc.text.slice(s.candidate.start, s.candidate.end).toLowerCase());
    for (let n = 0; n < slots.length; n++) {
      let m = n;
      while (m + 1 < slots.length && inList(tokens, slots[m]!.b, slots[m + 1]!.a)) m++;
      const list = slots.slice(n, m + 1);
      if (list.length >= 2 && list.some(isTeam)) {
        for (const s of list) {
          if (isTeam(s) || !mayBeTeam(tokens, s, sentence, false) || isPlaceContext(tokens, s, sentence, out, scope)) continue;
          const start = tokens[s.a]!.start;
          const end = tokens[s.b - 1]!.end;
          replace(s, start, end);
          teams.add(doc.text.slice(start, end).toLowerCase());
        }
      }
      n = m;
    }
  }
  // A table's heading is no team nor an organisation: "Division one", "League".
  out = out.filter((c) => !(c.label === 'ORG' && scope.org.sports.tableWords.has(doc.text.slice(c.start, c.end).toLowerCase())));
  if (teams.size === 0) return out;
  // The other mentions of each team in the story.
  for (const sentence of doc.sentences) {
    const shouted = scope.shouted.has(sentence);
    for (const slot of slotsOf(tokens, sentence, out, shapes, shouted)) {
      if (slot.candidate?.label === 'ORG' || !mayBeTeam(tokens, slot, sentence, false)) continue;
      const start = tokens[slot.a]!.start;
      const end = tokens[slot.b - 1]!.end;
      if (!teams.has(doc.text.slice(start, end).toLowerCase()) || isPlaceContext(tokens, slot, sentence, out, scope)) continue;
      replace(slot, start, end);
    }
  }
  return out;
}

/** Whether tokens `[end, start)` join two names of a list: ",", "and", "or", ", and". */
function inList(tokens: readonly Token[], end: number, start: number): boolean {
  const between = tokens.slice(end, start).map((t) => t.normal);
  return between.length >= 1 && between.length <= 2 && between.every((w) => w === ',' || w === 'and' || w === 'or');
}

/** Parts of speech a team's name never has, even capitalised: "The club", "In 1996". */
const FUNCTION_WORDS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'NUM']);

/**
 * A slot that may be a team: a town (a capital too), or capitalised words no finder took — in a
 * sentence in capitals only where the story names the team elsewhere, since every word there is
 * capitalised. A person, even a guessed one, is left to the club shapes ("Ludlow Rovers"):
 * a player's name before a score or after "beat" is the commonest line of a results table.
 */
function mayBeTeam(tokens: readonly Token[], slot: Slot, sentence: Sentence, shouted: boolean): boolean {
  if (slot.candidate) return slot.candidate.label !== 'PERSON' && isRelabelable(slot.candidate, true);
  if (shouted) return false;
  const words = tokens.slice(slot.a, slot.b);
  if (slot.a === sentence.tokenStart && words[0]!.pos !== 'PROPN') return false;
  return words.every((w) => (w.text.match(/\p{L}/gu)?.length ?? 0) >= 2 && !FUNCTION_WORDS.has(w.pos));
}

/** Drops the words of a table's headings and a sentence's first "The" before a name: "Group two Hexham Town 3 …" → "Hexham Town". */
function trimTableWords(tokens: readonly Token[], slot: Slot, scope: DocumentScope): Slot {
  if (slot.candidate) return slot;
  let a = slot.a;
  const table = scope.org.sports.tableWords;
  while (a < slot.b && (table.has(tokens[a]!.normal) || tokens[a]!.normal === 'the' || /^\p{Lu}$/u.test(tokens[a]!.text))) a++;
  return { a, b: slot.b };
}

/** Whether a name stands where a competitor stands: before a score, beside a result word, before a player's role. */
function isCompetitor(tokens: readonly Token[], slot: Slot, sentence: Sentence, scope: DocumentScope, sure: boolean): boolean {
  const { sports, maxPhraseWords } = scope.org;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const next = slot.b < to ? tokens[slot.b] : undefined;
  // A row of a results table or standings starts the line or follows a score: "Hexham 3 Ludlow 2",
  // not a bowler's figure after "b" or "c" in a scorecard ("c Smith b Jones 4").
  const prev = slot.a > from ? tokens[slot.a - 1]! : undefined;
  const rowStart = !prev || /^[\d,;:()-]/.test(prev.text) || scope.org.sports.tableWords.has(prev.normal);
  if (next && rowStart && SCORE.test(next.text) && !/^[%]/.test(tokens[slot.b + 1]?.text ?? '')) return true;
  let a = slot.a;
  if (a > from && tokens[a - 1]!.normal === 'the') a--;
  if (phraseBefore(tokens, a, from, sports.before, maxPhraseWords) > 0) return true;
  if (!next) return false;
  // In a story about sport a town that does something is its team: "Ludlow held on", "Hexham trailed all game".
  const verb = sure && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.text) && !(prev && sports.venueWords.has(prev.normal));
  return verb || phraseAfter(tokens, slot.b, to, sports.after, 1) > 0 || sports.teamNouns.has(next.normal);
}

/**
 * A club's name around a slot: a club word before a town ("Real Harrogate", "Dynamo Tamworth"), a
 * town before a club word ("Hexham United", "Ludlow Rovers"), or a guessed person ending in a club
 * word or a town ("Vesna Tamworth").
 */
function clubSpan(tokens: readonly Token[], slots: readonly Slot[], n: number, sentence: Sentence, scope: DocumentScope, kb: Kb): { a: number; b: number } | null {
  const { sports } = scope.org;
  const slot = slots[n]!;
  const c = slot.candidate;
  const words = tokens.slice(slot.a, slot.b);
  const last = words[words.length - 1]!;
  // A club's nickname is a capitalised plural: "the Rovers", "the Falcons" alone, or after its town
  // ("the Hexham Falcons", even where the town is also a given name). Never "City" or "United" alone.
  const plural = /^\p{Lu}\p{Ll}+s$/u.test(last.text) && !/ss$/.test(last.normal);
  const prev = slot.a > sentence.tokenStart ? tokens[slot.a - 1] : undefined;
  if (words.length === 1 && (!c || (c.label === 'PERSON' && !c.sure)) && plural && (sports.clubSuffixes.has(last.normal) || prev?.normal === 'the')) return slot;
  const town = (t: Token) => kb.match(scope.doc.text, t.start, t.end).some((m) => m.start === t.start && m.end === t.end && m.refs.some((r) => r.type === 'city' || r.type === 'capital'));
  if (c?.label === 'PERSON' && words.length >= 2 && plural && (sports.clubSuffixes.has(last.normal) || town(words[0]!))) return slot;
  // "the Dutch club Vesna Tamworth", "the second-division side Hexham".
  const before = slot.a > sentence.tokenStart ? tokens[slot.a - 1]! : undefined;
  if (before && /^\p{Ll}/u.test(before.text) && ['club', 'side', 'team'].includes(before.normal) && (!c || (c.label === 'PERSON' && !c.sure) || isRelabelable(c, true))) return slot;
  if (c?.label === 'PERSON' && !c.sure && words.length >= 2) {
    if (sports.clubSuffixes.has(last.normal) || sports.clubPrefixes.has(words[0]!.normal)) return slot;
    if (town(last)) return slot;
  }
  if (!c && words.every((w) => sports.clubPrefixes.has(w.normal))) {
    const next = slots[n + 1];
    if (next?.candidate && next.a === slot.b && isRelabelable(next.candidate, true)) return { a: slot.a, b: next.b };
  }
  if (c && c.label !== 'PERSON') {
    const after = tokens[slot.b];
    const nicknameAfter = after !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(after.text) && !/ss$/.test(after.normal);
    if (after && slot.b < sentence.tokenEnd && after.start === last.end + 1 && isNameWord(after, scope.shapes) && (sports.clubSuffixes.has(after.normal) || nicknameAfter)) return { a: slot.a, b: slot.b + 1 };
  }
  return null;
}

/** Where a team's name names its town: after "in"/"at", or in a dateline ("LUDLOW, England", "HEXHAM 2024-05-01"). */
function isPlaceContext(tokens: readonly Token[], slot: Slot, sentence: Sentence, candidates: readonly Candidate[], scope: DocumentScope): boolean {
  const prev = slot.a > sentence.tokenStart ? tokens[slot.a - 1] : undefined;
  if (prev && scope.org.sports.venueWords.has(prev.normal)) return true;
  const next = tokens[slot.b];
  if (!next || slot.b >= sentence.tokenEnd) return false;
  if (DATE.test(next.text)) return true;
  if (next.text !== ',') return false;
  const after = tokens[slot.b + 1];
  return after !== undefined && candidates.some((c) => c.start === after.start && (c.label === 'GPE' || c.label === 'LOC'));
}
