import type { ArticleDoc, Sentence, Token } from '../../core/document.js';
import type { Kb } from '../../kb/index.js';
import type { NameShapes } from '../../kb/names.js';
import { labelOf } from './01-match-gazetteer.js';
import { startsUpper } from './case.js';
import { type Candidate, isNameWord, isRelabelable, phraseAfter, phraseBefore, type Slot, slotsOf, tokenAtOffset } from './candidates.js';
import type { KnownNames } from './known-names.js';
import type { OrganisationShapes } from './organisation-shapes.js';

/** What the organisation readers see of one document. */
export interface DocumentScope {
  readonly doc: ArticleDoc;
  readonly shapes: NameShapes;
  readonly org: OrganisationShapes;
  /** Sentences written in capitals (headlines, datelines). */
  readonly shouted: ReadonlySet<Sentence>;
  readonly known: KnownNames;
  readonly kb: Kb;
}

const POSSESSIVES = new Set(["'s", '’s']);

/**
 * Organisations the name shapes alone miss, read from the words around a name and from the rest
 * of the article (an analyst's "one name, one sense per story"):
 * - a company written with "&" ("Halvorsen & Lund", "P.K. Moss & Sons");
 * - the news agencies by name (resources/kb/organisation-shapes.json);
 * - a name beside an organisation noun ("the mineral water firm X", "X news agency said", "X's
 *   chief executive", "X shares fell", "X said it would …"), or listed after one ("firms including
 *   X, Y and Z");
 * - later mentions of such a name, and the short form of a company's name ("Brakeford" after
 *   "Brakeford Industries Inc", "Velta" after "Velta SA"), also in a headline in capitals.
 * A person named with evidence (a given name, a title) and a state's or a capital's name are never
 * relabelled; a town's name only on company evidence, so a city stays a place for events.
 */
export function readOrganisationEvidence(scope: DocumentScope, candidates: readonly Candidate[]): Candidate[] {
  let found = addAmpersandNames(scope, candidates);
  found = addNewsAgencies(scope, found);
  found = addPrefixedNames(scope, found);
  const forms = new Set<string>();
  const { doc, shapes, org } = scope;
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    if (scope.shouted.has(sentence)) continue;
    const slots = slotsOf(tokens, sentence, found, shapes, false);
    slots.forEach((slot, n) => {
      if (!eligible(tokens, slot, sentence)) return;
      const town = slot.candidate !== undefined && slot.candidate.label !== 'PERSON';
      if (!hasOrganisationContext(tokens, slot, sentence, org, town) && !listedAfterOrganisationNoun(tokens, slots, n, sentence, org)) return;
      found = markOrganisation(tokens, slot, found);
      const text = doc.text.slice(tokens[slot.a]!.start, tokens[slot.b - 1]!.end);
      if (!org.genericWords.has(text.toLowerCase())) forms.add(text);
    });
  }
  for (const c of found) if (c.label === 'ORG') for (const f of shortForms(doc, c, scope)) forms.add(f);
  found = propagateForms(scope, found, forms).map((c) => asAttributive(scope, c));
  return readShoutedNames(scope, found).map((c) => withoutFullStop(scope, withCompass(scope, c)));
}

const COMPASS: Readonly<Record<string, string>> = { 'N.': 'North', 'S.': 'South', 'E.': 'East', 'W.': 'West' };

/**
 * "N. Macedonia", "S. Sudanese": a compass point written as an initial before a place or a
 * nationality whose full name the gazetteer knows ("North Macedonia") is that place, not a person's initial.
 */
function withCompass(scope: DocumentScope, c: Candidate): Candidate {
  if (c.label !== 'PERSON' && c.label !== 'GPE' && c.label !== 'LOC' && c.label !== 'NORP') return c;
  const { doc, kb } = scope;
  const { tokens } = doc;
  const i = tokenAtOffset(tokens, 0, tokens.length, c.start);
  const first = tokens[i]!;
  const initialInside = c.label === 'PERSON' && COMPASS[first.text] !== undefined;
  const prev = tokens[i - 1];
  const initialBefore = !initialInside && prev !== undefined && COMPASS[prev.text] !== undefined && prev.end + 1 === c.start && prev.sentence === first.sentence;
  if (!initialInside && !initialBefore) return c;
  const initial = initialInside ? first : prev!;
  const restStart = initialInside ? tokens[i + 1]?.start ?? c.end : c.start;
  const full = `${COMPASS[initial.text]} ${doc.text.slice(restStart, c.end)}`;
  const hit = kb.match(full, 0, full.length).find((m) => m.start === 0 && m.end === full.length);
  if (!hit) return c;
  return { start: initial.start, end: c.end, label: labelOf(hit, kb) };
}

/**
 * "A Mombasa-based trader", "a Lima-bound bus", "a Kenyan-born pilot": a place or a
 * nationality joined by a hyphen to such a word describes someone; it is neither where anything
 * happens nor a party to it. The whole word is one NORP-like name (CoNLL's MISC).
 */
function asAttributive(scope: DocumentScope, c: Candidate): Candidate {
  if (c.label !== 'GPE' && c.label !== 'LOC' && c.label !== 'NORP') return c;
  const { tokens } = scope.doc;
  const j = tokenAtOffset(tokens, 0, tokens.length, c.end);
  const dash = tokens[j];
  const word = tokens[j + 1];
  if (dash?.text !== '-' || dash.start !== c.end || !word || word.start !== dash.end || word.sentence !== dash.sentence || !scope.org.attributiveSuffixes.has(word.normal)) return c;
  return { start: c.start, end: word.end, label: 'NORP' };
}

/**
 * Names of events and organisations the story writes in ordinary case, found again in its
 * sentences in capitals: "ASIAN GAMES FINAL" after "the Asian Games", "LIMA OPEN" after "the Lima
 * Open". A place inside an event's name there is no place ("LIMA" in "LIMA OPEN");
 * inside an organisation's name it stays nested, as elsewhere.
 */
function readShoutedNames(scope: DocumentScope, candidates: readonly Candidate[]): Candidate[] {
  const { doc } = scope;
  const { tokens } = doc;
  const forms = new Map<string, Candidate['label']>();
  for (const c of candidates) {
    if (c.label !== 'EVENT' && c.label !== 'ORG') continue;
    const a = tokenAtOffset(tokens, 0, tokens.length, c.start);
    const b = tokenAtOffset(tokens, a, tokens.length, c.end);
    const sentence = doc.sentences[tokens[a]?.sentence ?? -1];
    if (b - a < 2 || !sentence || scope.shouted.has(sentence)) continue;
    forms.set(tokens.slice(a, b).map((t) => t.normal).join(' '), c.label);
  }
  if (forms.size === 0) return [...candidates];
  const longest = Math.max(...[...forms.keys()].map((f) => f.split(' ').length));
  let out = [...candidates];
  for (const sentence of scope.shouted) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      for (let n = Math.min(longest, sentence.tokenEnd - i); n >= 2; n--) {
        const label = forms.get(tokens.slice(i, i + n).map((t) => t.normal).join(' '));
        if (!label) continue;
        const start = tokens[i]!.start;
        const end = tokens[i + n - 1]!.end;
        const touching = out.filter((c) => c.start < end && start < c.end);
        if (touching.some((c) => c.start < start || c.end > end || !(c.label === 'GPE' || c.label === 'LOC' || c.label === 'NORP'))) break;
        out = [...out.filter((c) => label === 'ORG' || !touching.includes(c)), { start, end, label }];
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * "… said an analyst at Tarnvik Capital Inc." The full stop after a company's suffix that ends the
 * sentence closes the sentence; the name is "Tarnvik Capital Inc" (inside a sentence, "Inc." keeps it).
 */
function withoutFullStop(scope: DocumentScope, c: Candidate): Candidate {
  const { doc } = scope;
  if (c.label !== 'ORG' || !doc.text.endsWith('.', c.end)) return c;
  const i = tokenAtOffset(doc.tokens, 0, doc.tokens.length, c.end) - 1;
  const last = doc.tokens[i];
  const sentenceEnd = doc.sentences[last?.sentence ?? -1]?.tokenEnd;
  if (!last || i + 1 !== sentenceEnd || !scope.org.companySuffixes.has(last.normal)) return c;
  return { ...c, end: c.end - 1 };
}

/**
 * A company word before a place's name makes one organisation of both: "Air Malawi", "Statistics
 * Norway", "Radio Free Europe". The place stays nested in the name, as the organisation's country.
 */
function addPrefixedNames(scope: DocumentScope, candidates: readonly Candidate[]): Candidate[] {
  const { doc, org } = scope;
  const { tokens } = doc;
  const out = [...candidates];
  for (const c of candidates) {
    if (c.label !== 'GPE' && c.label !== 'LOC') continue;
    const i = tokenAtOffset(tokens, 0, tokens.length, c.start);
    const sentence = doc.sentences[tokens[i]?.sentence ?? -1];
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    if (!sentence || !prev || i === sentence.tokenStart || prev.end + 1 !== c.start || !/^\p{Lu}\p{Ll}/u.test(prev.text) || !org.companyPrefixes.has(prev.normal)) continue;
    if (out.some((o) => o !== c && o.start < c.end && prev.start < o.end)) continue;
    out.push({ start: prev.start, end: c.end, label: 'ORG' });
  }
  return out;
}

/** A slot context may make an organisation: no candidate yet (not a bare sentence-initial common word), or a relabelable one. */
function eligible(tokens: readonly Token[], slot: Slot, sentence: Sentence): boolean {
  if (slot.candidate) return isRelabelable(slot.candidate);
  // A letter alone ("N / A") or a capitalised common word at the head of a sentence is no name.
  if (tokens.slice(slot.a, slot.b).some((t) => (t.text.match(/\p{L}/gu)?.length ?? 0) < 2)) return false;
  return slot.a > sentence.tokenStart || tokens[slot.a]!.pos === 'PROPN';
}

/** Whether the words around a name say it is an organisation (a town's name: only company words). */
function hasOrganisationContext(tokens: readonly Token[], slot: Slot, sentence: Sentence, org: OrganisationShapes, town: boolean): boolean {
  const { a, b } = slot;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const n = org.maxPhraseWords;
  const before = phraseBefore(tokens, a, from, org.nounsBefore, n);
  if (before > 0 && /^\p{Ll}/u.test(tokens[a - 1]!.text)) return true;
  const next = tokens[b];
  if (!next || b >= to) return false;
  if (phraseAfter(tokens, b, to, town ? org.companyWords : org.nounsAfter, n) > 0) return true;
  if (POSSESSIVES.has(next.text) && phraseAfter(tokens, b + 1, to, town ? org.companyWords : org.afterPossessive, n) > 0) return true;
  // "X said it would …": a person says "he" or "she".
  return next.lemma === 'say' && tokens[b + 1]?.normal === 'it' && b + 1 < to;
}

/** "firms including Halden, Portlake and Velta": a name in a list opened by an organisation noun and "including", "such as", "like". */
function listedAfterOrganisationNoun(tokens: readonly Token[], slots: readonly Slot[], n: number, sentence: Sentence, org: OrganisationShapes): boolean {
  let k = n;
  // Walk back over the list: "X, Y and Z" (names joined by commas, "and", "or").
  while (k > 0 && joinedInList(tokens, slots[k - 1]!.b, slots[k]!.a)) k--;
  const a = slots[k]!.a;
  const intro = phraseBefore(tokens, a, sentence.tokenStart, org.listIntroducers, 2);
  if (intro === 0) return false;
  const noun = tokens[a - intro - 1];
  return noun !== undefined && a - intro - 1 >= sentence.tokenStart && org.nounsBefore.has(noun.lemma);
}

function joinedInList(tokens: readonly Token[], end: number, start: number): boolean {
  const between = tokens.slice(end, start).map((t) => t.normal);
  return between.length >= 1 && between.length <= 2 && between.every((w) => w === ',' || w === 'and' || w === 'or');
}

/** The candidates with `slot` made an organisation: its candidate relabelled, or a new one. */
function markOrganisation(tokens: readonly Token[], slot: Slot, found: readonly Candidate[]): Candidate[] {
  const start = tokens[slot.a]!.start;
  const end = tokens[slot.b - 1]!.end;
  return [...found.filter((c) => c !== slot.candidate), { start, end, label: 'ORG' }];
}

/**
 * The short forms of a company's name: its name without the suffix ("Velta" of "Velta SA", "Halvorsen
 * & Lund" of "Halvorsen & Lund Co") and the first word of a two-word name ("Brakeford" of "Brakeford
 * Industries Inc"), unless that word is generic ("First", "National") or a person's.
 */
function shortForms(doc: ArticleDoc, c: Candidate, scope: DocumentScope): string[] {
  const { tokens } = doc;
  const a = tokenAtOffset(tokens, 0, tokens.length, c.start);
  const b = tokenAtOffset(tokens, a, tokens.length, c.end);
  if (b - a < 2 || !scope.org.companySuffixes.has(tokens[b - 1]!.normal)) return [];
  let stemEnd = b - 1;
  while (stemEnd > a && [',', '&', 'and'].includes(tokens[stemEnd - 1]!.normal)) stemEnd--;
  if (stemEnd === a) return [];
  const out = [doc.text.slice(tokens[a]!.start, tokens[stemEnd - 1]!.end)];
  const first = tokens[a]!;
  const second = tokens[a + 1]!;
  if (stemEnd - a === 2 && isNameWord(second, scope.shapes) && !scope.org.genericWords.has(first.normal) && !scope.shapes.orgHeads.has(first.normal) && !scope.known.isPersonWord(first.text)) out.push(first.text);
  return out.filter((f) => !scope.org.genericWords.has(f.toLowerCase()) && !scope.shapes.orgHeads.has(f.toLowerCase()));
}

/**
 * Every other mention of an organisation's name or short form is the organisation: where no
 * finder took the words, or where they were read as a guessed person or a town. In a sentence in
 * capitals the form is matched whatever its case ("VELTA" after "Velta SA").
 */
function propagateForms(scope: DocumentScope, found: Candidate[], forms: ReadonlySet<string>): Candidate[] {
  if (forms.size === 0) return found;
  const { doc, shapes } = scope;
  const { tokens } = doc;
  const byFirst = new Map<string, string[][]>();
  for (const f of forms) {
    const words = tokensOfForm(f);
    const key = words[0]!.toLowerCase();
    byFirst.set(key, [...(byFirst.get(key) ?? []), words]);
  }
  let out = found;
  for (const sentence of doc.sentences) {
    const shouted = scope.shouted.has(sentence);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (!startsUpper(t.text)) continue;
      for (const words of byFirst.get(t.text.toLowerCase()) ?? []) {
        const end = i + words.length;
        if (end > sentence.tokenEnd) continue;
        const same = words.every((w, k) => (shouted ? tokens[i + k]!.text.toLowerCase() === w.toLowerCase() : tokens[i + k]!.text === w));
        if (!same) continue;
        // A longer name goes on ("Brakeford Foods" is not "Brakeford").
        const after = tokens[end];
        if (!shouted && after && end < sentence.tokenEnd && after.start === tokens[end - 1]!.end + 1 && isNameWord(after, shapes)) continue;
        if (words.length === 1 && !shouted && scope.known.isPersonWord(t.text)) continue;
        const start = t.start;
        const stop = tokens[end - 1]!.end;
        const touching = out.filter((c) => c.start < stop && start < c.end);
        if (touching.length === 0) out = [...out, { start, end: stop, label: 'ORG' }];
        else if (touching.length === 1 && touching[0]!.start === start && touching[0]!.end === stop && isRelabelable(touching[0]!, shouted)) {
          out = [...out.filter((c) => c !== touching[0]), { start, end: stop, label: 'ORG' }];
        }
        break;
      }
    }
  }
  return out;
}

/** Words of a form as the tokenizer splits them: "Halvorsen & Lund" → Halvorsen, &, Lund. */
function tokensOfForm(form: string): string[] {
  return form.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu) ?? [form];
}

/**
 * "Halvorsen & Lund Co", "P.K. Moss & Sons", "Marsh & Pike's": capitalised words joined by "&" are a
 * company (a country's name with "&" is a gazetteer hit and stays one). The words the name covers
 * lose their own readings: a town's name among them is no town.
 */
function addAmpersandNames(scope: DocumentScope, candidates: readonly Candidate[]): Candidate[] {
  const { doc, shapes } = scope;
  const { tokens } = doc;
  let out = [...candidates];
  for (const sentence of doc.sentences) {
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd - 1; i++) {
      if (tokens[i]!.text !== '&') continue;
      const joined = (x: Token, y: Token) => y.start - x.end <= 1;
      if (!isNameWord(tokens[i - 1]!, shapes) || !isNameWord(tokens[i + 1]!, shapes) || !joined(tokens[i - 1]!, tokens[i]!) || !joined(tokens[i]!, tokens[i + 1]!)) continue;
      const amp = tokens[i]!;
      if (out.some((c) => c.start <= amp.start && amp.end <= c.end && c.label !== 'ORG' && c.label !== 'PERSON')) continue;
      let a = i - 1;
      while (a > sentence.tokenStart && isNameWord(tokens[a - 1]!, shapes) && tokens[a - 1]!.pos !== 'DET' && joined(tokens[a - 1]!, tokens[a]!)) a--;
      let b = i + 2;
      while (b < sentence.tokenEnd && isNameWord(tokens[b]!, shapes) && joined(tokens[b - 1]!, tokens[b]!)) b++;
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      out = [...out.filter((c) => !(c.start < end && start < c.end)), { start, end, label: 'ORG' }];
      i = b;
    }
  }
  return out;
}

/** The news agencies by name, where nothing else took the words (or only a guessed person). */
function addNewsAgencies(scope: DocumentScope, candidates: readonly Candidate[]): Candidate[] {
  const { tokens } = scope.doc;
  const byFirst = agenciesByFirstWord(scope.org.newsAgencies);
  let out = [...candidates];
  for (let i = 0; i < tokens.length; i++) {
    for (const words of byFirst.get(tokens[i]!.text) ?? []) {
      const end = i + words.length;
      if (end > tokens.length || !words.every((w, k) => tokens[i + k]!.text === w && tokens[i + k]!.sentence === tokens[i]!.sentence)) continue;
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      const touching = out.filter((c) => c.start < stop && start < c.end);
      if (touching.some((c) => !(c.label === 'PERSON' && !c.sure) || c.start < start || c.end > stop)) break;
      out = [...out.filter((c) => !touching.includes(c)), { start, end: stop, label: 'ORG' }];
      i = end - 1;
      break;
    }
  }
  return out;
}

let agencyIndex: { source: readonly string[]; byFirst: Map<string, string[][]> } | undefined;

/** The agencies' names as the tokenizer splits them, longest first under each first word. */
function agenciesByFirstWord(names: readonly string[]): Map<string, string[][]> {
  if (agencyIndex?.source !== names) {
    const byFirst = new Map<string, string[][]>();
    for (const name of names) {
      const words = tokensOfForm(name);
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words].sort((x, y) => y.length - x.length));
    }
    agencyIndex = { source: names, byFirst };
  }
  return agencyIndex.byFirst;
}
