import type { ArticleDoc, Quantity, QuantityCategory, Token } from '../../core/document.js';
import { syntaxOf, type SyntaxView } from '../../syntax/relations.js';
import { monthNumber, WEEKDAYS } from '../dates/calendar.js';
import { COUNTING_PHRASAL_VERBS, COUNTING_SUBJECT_VERBS, COUNTING_VERBS, DEATH_RESULTS, JUDGING_VERBS, PERSON_NOUNS, personCategory } from './lexicon.js';
import { isPartitiveWhole, isYear } from './find-quantities.js';
import { parseNumber } from './number-words.js';
import { isPlausibleCount } from './plausible.js';

/**
 * What the parse says a count counts. The window cues of find-quantities.ts take the nearest
 * verb, which in "Two guards killed and about ten hurt" is the wrong one for the second count, and they skip
 * a bare number with no noun unless it sits right by its verb. On the parse, a number that is the
 * object or passive subject of a counting verb — directly ("killed one", "kill 1 and injure 2") or
 * through its noun ("kill four members of the militia") — counts what that verb says; the subject
 * of "die" counts the dead; and the subject of a counting verb with no object of its own is the
 * headline passive ("Seven killed in a blast"), while with an object it counts the doers ("four
 * gunmen killed two villagers"). Counts the window found are re-categorised; bare numbers it
 * skipped are added.
 */
export function readCountsOnParse(doc: ArticleDoc, quantities: readonly Quantity[], version: number): Quantity[] {
  const tokens = doc.tokens;
  if (!tokens.some((t) => t.dep !== undefined)) return [...quantities];
  const out = [...quantities];
  const syn = syntaxOf(doc);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NUM') {
      // "killing an officer", "a journalist was detained": one person, whom a counting verb acts on.
      const one = oneVictim(doc, syn, i, out);
      if (one) out.push({ ...one, origin: { stage: `quantities@${version}` } });
      continue;
    }
    // "a court let two of the eleven go": the parse may make the whole the verb's subject, but the part is the count.
    if (isPartitiveWhole(doc.text, token.start)) continue;
    const counted = countingVerb(doc, syn, i);
    if (!counted) {
      // "Armed with machetes, some 60 youths overran the checkpoint, wounding four policemen": the window gave the subject's count the
      // participle's cue, but the subject of an act with an object of its own counts its doers.
      const at = out.findIndex((q) => q.span.start <= token.start && token.end <= q.span.end);
      if (at >= 0 && (VICTIM_CATEGORIES.has(out[at]!.category) || releaseNounCue(doc, out[at]!)) && countsDoers(doc, syn, i, out[at]!)) out[at] = { ...out[at]!, category: 'persons' };
      continue;
    }
    const cue = { start: counted.verb.start, end: counted.verb.end, text: counted.verb.text };
    const at = out.findIndex((q) => q.span.start <= token.start && token.end <= q.span.end);
    if (at >= 0) {
      const q = out[at]!;
      if (q.category !== counted.category && q.category !== 'other') out[at] = { ...q, category: counted.category, cue };
      continue;
    }
    const value = parseNumber(token.normal);
    // A year or a figure too large to be a count is never a casualty count.
    if (value === undefined || !isPlausibleCount(value) || isYear(doc.text, { start: token.start, end: token.end, value })) continue;
    out.push({
      kind: 'quantity', id: '', span: { start: token.start, end: token.end }, text: token.text, value, qualifier: 'exact',
      category: counted.category, cue, origin: { stage: `quantities@${version}` },
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start).map((q, k) => ({ ...q, id: `q${k}` }));
}

/**
 * The article "a"/"an" before a singular noun for a person that a counting verb kills, wounds, detains or frees
 * ("killing an officer", "a soldier was wounded"): a count of one, when no count already covers the noun.
 */
function oneVictim(doc: ArticleDoc, syn: SyntaxView, i: number, found: readonly Quantity[]): Omit<Quantity, 'origin'> | undefined {
  const token = doc.tokens[i]!;
  if (token.tag === 'NNP') return oneNamedCasualty(doc, syn, i, found);
  if (token.normal !== 'a' && token.normal !== 'an') return undefined;
  if (syn.relation(i) !== 'det') return undefined;
  const noun = syn.head(i);
  if (noun < 0 || doc.tokens[noun]!.tag !== 'NN' || personCategory(doc.tokens[noun]!.normal) === undefined) return undefined;
  if (found.some((q) => q.span.start <= doc.tokens[noun]!.end && doc.tokens[noun]!.start <= q.span.end)) return undefined;
  const counted = countingVerb(doc, syn, noun);
  if (!counted || !(VICTIM_CATEGORIES.has(counted.category) || counted.category === 'released')) return undefined;
  // "a soldier" who did the act ("a soldier killed two") is no victim: only the object or the passive subject.
  if (!['obj', 'nsubj:pass'].includes(syn.fullRelation(noun))) return undefined;
  const cue = { start: counted.verb.start, end: counted.verb.end, text: counted.verb.text };
  const head = { start: doc.tokens[noun]!.start, end: doc.tokens[noun]!.end, text: doc.tokens[noun]!.text };
  // The figure is told by the article with its noun ("an officer"), so both are its text.
  return { kind: 'quantity', id: '', span: { start: token.start, end: head.end }, text: doc.text.slice(token.start, head.end), value: 1, qualifier: 'exact', head, category: counted.category, cue };
}

/**
 * A person's name that a counting verb kills or wounds ("Peter Mwangi, a young farmer, was shot dead", "gunmen killed
 * Amina Yusuf"): one dead or hurt, as analysts count it, though no figure is written. Only the name's head word, as the
 * object or passive subject; a name joined to others by "and" is a sum's (sumConjoinedCounts), not one.
 */
function oneNamedCasualty(doc: ArticleDoc, syn: SyntaxView, i: number, found: readonly Quantity[]): Omit<Quantity, 'origin'> | undefined {
  const token = doc.tokens[i]!;
  const name = doc.mentions.find((m) => m.label === 'PERSON' && m.span.start <= token.start && token.end <= m.span.end);
  // The name's head word (its other words hang on it as "flat" or "compound"), as the verb's object or passive subject.
  if (!name || !['obj', 'nsubj:pass'].includes(syn.fullRelation(i))) return undefined;
  if (syn.relation(i) === 'conj' || syn.conjuncts(i).length > 1) return undefined;
  if (found.some((q) => q.span.start < name.span.end && name.span.start < q.span.end)) return undefined;
  const counted = countingVerb(doc, syn, i);
  if (!counted || (counted.category !== 'dead' && counted.category !== 'injured')) return undefined;
  const cue = { start: counted.verb.start, end: counted.verb.end, text: counted.verb.text };
  const head = { start: name.span.start, end: name.span.end, text: doc.text.slice(name.span.start, name.span.end) };
  return { kind: 'quantity', id: '', span: head, text: head.text, value: 1, qualifier: 'exact', head, category: counted.category, cue };
}

/**
 * "some 45 wives of sailors barricaded the jetty, pressing for the release of the crew": a release the window read in a
 * noun ("the release", "calls for the release") is what the doers ask for, not what happened to them; a verb's ("were
 * freed") is.
 */
function releaseNounCue(doc: ArticleDoc, q: Quantity): boolean {
  const cue = q.cue;
  if (q.category !== 'released' || !cue) return false;
  return doc.tokens.some((t) => t.start <= cue.start && cue.start < t.end && t.pos === 'NOUN');
}

/** What a count of people may say happened to them. */
const VICTIM_CATEGORIES = new Set<QuantityCategory>(['dead', 'injured', 'arrested', 'missing']);

/**
 * Whether the count at `i` is on the subject of an act that has an object of its own, and its cue
 * word is outside that act's verb and object ("killing" in "30 gunmen attacked a patrol, killing
 * one officer"; not "lost" in "three civilians lost their lives").
 */
function countsDoers(doc: ArticleDoc, syn: SyntaxView, i: number, q: Quantity): boolean {
  let noun = syn.fullRelation(i) === 'nummod' && syn.head(i) >= 0 ? syn.head(i) : i;
  // "about 30 heavily armed gunmen": a parse may hang the number on a modifier; the counted noun the window read is the one.
  if (doc.tokens[noun]!.pos !== 'NOUN' && q.head) {
    const head = q.head;
    const last = doc.tokens.findIndex((t) => t.start < head.end && head.end <= t.end);
    if (last >= 0) noun = last;
  }
  if (syn.fullRelation(noun) !== 'nsubj') return false;
  const v = syn.head(noun);
  if (v < 0 || doc.tokens[v]!.pos !== 'VERB') return false;
  const objects = syn.objectsOf(v);
  if (objects.length === 0 || !q.cue) return false;
  const cue = q.cue;
  const inside = (k: number) => doc.tokens[k]!.start <= cue.start && cue.end <= doc.tokens[k]!.end;
  if (inside(v)) return false;
  return !objects.some((o) => {
    const [first, last] = syn.subtreeRange(o);
    return doc.tokens[first]!.start <= cue.start && cue.end <= doc.tokens[last]!.end;
  });
}

/**
 * The word that decides what the number at `i` counts — its governing verb, or the counted word
 * itself ("injured") — and the category it gives.
 */
function countingVerb(doc: ArticleDoc, syn: SyntaxView, i: number): { verb: Token; category: QuantityCategory } | undefined {
  const tokens = doc.tokens;
  const noun = syn.fullRelation(i) === 'nummod' && syn.head(i) >= 0 ? syn.head(i) : i;
  // "a dozen injured", "two dead": the counted word itself says what happened.
  const own = noun !== i ? PERSON_NOUNS[tokens[noun]!.normal] : undefined;
  if (own === 'dead' || own === 'injured') return { verb: tokens[noun]!, category: own };
  const relation = syn.fullRelation(noun);
  const v = syn.head(noun);
  if (v < 0 || tokens[v]!.pos !== 'VERB') return undefined;
  const verb = tokens[v]!;
  if (relation === 'obj' || relation === 'nsubj:pass') {
    const category = countingCategory(doc, syn, v, noun);
    return category ? { verb, category } : undefined;
  }
  if (relation !== 'nsubj') return undefined;
  const subjectCategory = COUNTING_SUBJECT_VERBS[verb.lemma];
  if (subjectCategory) return { verb, category: subjectCategory };
  const category = countingCategory(doc, syn, v, noun);
  if (!category) return undefined;
  // "Four gunmen killed two villagers": the subject of the act counts its doers, not its victims.
  if (syn.objectsOf(v).length > 0) return { verb, category: 'persons' };
  // "Seven killed in a blast", "One guard killed": the subject of a transitive verb with no object is a headline passive.
  return { verb, category };
}

/**
 * What the object `noun` of verb `v` counts: the verb's own category (COUNTING_VERBS), that of the
 * verb with its particle ("gunned down"), or "dead" when a resultative on the verb says the object
 * died ("shot dead", "beaten to death"; "to death" may hang on the object: "stoned two thieves to death"); a verb of
 * judgment counts those it condemned, never the dead ("nine convicts were sentenced to death").
 */
function countingCategory(doc: ArticleDoc, syn: SyntaxView, v: number, noun: number): QuantityCategory | undefined {
  const tokens = doc.tokens;
  const verb = tokens[v]!;
  const own = COUNTING_VERBS[verb.lemma];
  if (own) return own;
  // "judges sentenced a pair of smugglers to death": people condemned, whom the window's "death" would have counted as dead.
  if (JUDGING_VERBS.has(verb.lemma)) return 'persons';
  for (const c of [...syn.children(v), ...syn.children(noun)]) {
    const relation = syn.fullRelation(c);
    const word = tokens[c]!.normal;
    if (relation === 'compound:prt') {
      const phrasal = COUNTING_PHRASAL_VERBS[`${verb.lemma} ${word}`];
      if (phrasal) return phrasal;
    }
    if (relation === 'xcomp' && DEATH_RESULTS.adjectives.includes(word)) return 'dead';
    if ((relation.startsWith('obl') || relation === 'nmod') && DEATH_RESULTS.nouns.includes(word) && syn.caseOf(c) === 'to') return 'dead';
  }
  return undefined;
}

/**
 * Whether the proper noun at `last` (a name's last word, right before "and N others") names a person of the same argument
 * as "others": a name the entities stage read as a person's or did not read at all, not a place, group, weekday or month
 * ("a guard was shot on Friday and 9 others …": "Friday" is the shooting's time), and not the noun of a preposition or a
 * time ("arrested a trader in Kisumu and 4 others": "Kisumu" is where) — the parse puts no such word in the list of the counted.
 */
function isNameOfOthersArgument(doc: ArticleDoc, syn: SyntaxView, last: number): boolean {
  const tokens = doc.tokens;
  // The name's head word: its other words hang on it as "flat" or "compound" ("Grace Phiri").
  let head = last;
  while (['flat', 'compound'].includes(syn.relation(head)) && syn.head(head) >= 0 && tokens[syn.head(head)]!.tag === 'NNP') head = syn.head(head);
  const [first, end] = [Math.min(head, last), Math.max(head, last)];
  const start = tokens[first]!.start;
  const stop = tokens[end]!.end;
  const over = (span: { start: number; end: number }) => span.start < stop && start < span.end;
  const mentions = doc.mentions.filter((m) => over(m.span));
  if (mentions.some((m) => m.label !== 'PERSON')) return false;
  if (doc.times.some((t) => over(t.span))) return false;
  if (mentions.length === 0) {
    for (let k = first; k <= end; k++) {
      const word = tokens[k]!.normal;
      if ((WEEKDAYS as readonly string[]).includes(word) || monthNumber(word) !== undefined) return false;
    }
  }
  // No preposition on the name, and no adjunct of the verb's (an oblique, a bare time: "tmod", "npmod").
  const relation = syn.fullRelation(head);
  return syn.caseOf(head) === null && !relation.startsWith('obl') && !/(?:tmod|npmod)$/.test(relation);
}

/** Qualifiers a sum can keep: an exact count added to "at least 4" is at least the sum. */
const SUMMABLE = new Set(['exact', 'at least', 'more than', 'about']);

/** What is done only to people: a count of "others" in one of these counts people. */
const DONE_TO_PEOPLE: ReadonlySet<QuantityCategory> = new Set(['dead', 'injured', 'arrested', 'released', 'missing']);

/** Nouns for people of no particular kind, which a list may break down ("14 people, nine guards and five villagers"). */
const GENERAL_PERSON_NOUNS = new Set(['people', 'persons', 'suspects', 'individuals', 'civilians']);

/**
 * Counts of people joined by "and" under one verb are one toll: "six fighters and two gendarmes were
 * killed" is 8 dead, "abducted a village chief and his three sons" 4 people. The window cue goes to
 * one count only (the nearest), so the other reads as mere persons; on the parse the conjoined nouns
 * are one argument of the verb and their counts add up, a singular person noun ("a driver", "the
 * chief") counting one. Ranges, running totals, counts of things and counts with a verb of their own
 * ("killing 5 and wounding 3") are not summed.
 */
export function sumConjoinedCounts(doc: ArticleDoc, quantities: readonly Quantity[]): Quantity[] {
  const tokens = doc.tokens;
  if (!tokens.some((t) => t.dep !== undefined)) return [...quantities];
  const syn = syntaxOf(doc);
  const nounOf = (q: Quantity): number => {
    const i = tokens.findIndex((t) => q.span.start <= t.start && t.end <= q.span.end && t.pos === 'NUM');
    // A count of one told by the article ("an officer", oneVictim) counts the noun it spans.
    if (i < 0) return q.value === 1 && q.head ? tokens.findIndex((t) => t.start === q.head!.start) : -1;
    return syn.fullRelation(i) === 'nummod' && syn.head(i) >= 0 ? syn.head(i) : -1;
  };
  // A proper noun inside a name the entities stage read as a person's.
  const personName = (i: number) => tokens[i]!.tag === 'NNP'
    && doc.mentions.some((m) => m.label === 'PERSON' && m.span.start <= tokens[i]!.start && tokens[i]!.end <= m.span.end);
  // "Otieno and six others were freed": killed, hurt, held, freed or missing "others" are people, so the one named before
  // "and" is a person of the group, though the entities stage may have read a lone surname as nothing; the parse may hang
  // the two nouns apart (two subjects of the verb). The name's last word, or -1.
  const namedBeforeOthers = (noun: number, q: Quantity): number => {
    if (tokens[noun]!.normal !== 'others' || !DONE_TO_PEOPLE.has(q.category)) return -1;
    const numberAt = tokens.findIndex((t) => t.start >= q.span.start && t.pos === 'NUM');
    if (numberAt < 2 || tokens[numberAt - 1]!.normal !== 'and' || tokens[numberAt - 2]!.tag !== 'NNP') return -1;
    return isNameOfOthersArgument(doc, syn, numberAt - 2) ? numberAt - 2 : -1;
  };
  const summable = (q: Quantity) => !q.cumulative && q.max === undefined && SUMMABLE.has(q.qualifier) && q.category !== 'other' && q.category !== 'troops';
  let out = [...quantities];
  for (const q of quantities) {
    if (!out.includes(q) || !summable(q)) continue;
    const noun = nounOf(q);
    if (noun < 0) continue;
    // The nouns joined to this one by "and" (either way round: "X and Y", with this count on X or Y).
    const first = syn.relation(noun) === 'conj' ? syn.head(noun) : noun;
    const joined = [first, ...syn.conjuncts(first)].filter((m, k, all) => all.indexOf(m) === k);
    const named = namedBeforeOthers(noun, q);
    const members = joined.length < 2 && named >= 0 ? [named, noun] : joined;
    if (members.length < 2 || (members === joined && !syn.children(members[members.length - 1]!).some((c) => tokens[c]!.normal === 'and' && syn.relation(c) === 'cc'))) continue;
    const parts: { q?: Quantity; noun: number }[] = [];
    let ok = true;
    for (const m of members) {
      const counted = out.find((o) => o !== undefined && nounOf(o) === m);
      if (counted) {
        if (!summable(counted)) ok = false;
        parts.push({ q: counted, noun: m });
        continue;
      }
      // An uncounted member counts one only as a singular noun for a person ("a driver", "his wife") or a person's name
      // ("detained Amina Okello and three others": four).
      const word = tokens[m]!;
      if ((word.tag !== 'NN' || personCategory(word.normal) === undefined) && !personName(m) && m !== named) { ok = false; break; }
      parts.push({ noun: m });
    }
    const counts = parts.filter((p) => p.q).map((p) => p.q!);
    if (!ok || counts.length === 0 || parts.length < 2) continue;
    // One category between them: what happened to them (the victim category some count's verb gave), never two.
    const categories = [...new Set(counts.map((c) => c.category).filter((c) => c !== 'persons'))];
    if (categories.length > 1) continue;
    const qualifiers = [...new Set(counts.map((c) => c.qualifier).filter((x) => x !== 'exact'))];
    if (qualifiers.length > 1) continue;
    const decided = counts.find((c) => c.category !== 'persons') ?? counts[0]!;
    // "detained 14 suspects, nine guards and five villagers": a first count the others add up to is the total they
    // break down, not one more group (three members at least, all counted, the first a general noun of people set off
    // by a comma right after it: "six protesters, four students and two journalists" are three groups).
    const [lead, ...rest] = parts;
    if (parts.length >= 3 && lead!.q && rest.every((p) => p.q) && lead!.q.value === rest.reduce((n, p) => n + p.q!.value, 0)
      && GENERAL_PERSON_NOUNS.has(tokens[lead!.noun]!.normal) && tokens[lead!.noun + 1]?.text === ',') {
      const total: Quantity = { ...lead!.q, category: decided.category };
      out = [...out.filter((o) => !counts.includes(o)), total];
      continue;
    }
    const start = Math.min(...counts.map((c) => c.span.start), ...parts.map((p) => tokens[syn.subtreeRange(p.noun)[0]]!.start));
    const lastNoun = tokens[Math.max(...parts.map((p) => p.noun))]!;
    const sum: Quantity = {
      ...decided, span: { start, end: lastNoun.end }, text: doc.text.slice(start, lastNoun.end),
      value: counts.reduce((n, c) => n + c.value, 0) + parts.filter((p) => !p.q).length,
      qualifier: (qualifiers[0] ?? 'exact') as Quantity['qualifier'],
    };
    out = [...out.filter((o) => !counts.includes(o)), sum];
  }
  return out.sort((a, b) => a.span.start - b.span.start).map((q, k) => ({ ...q, id: `q${k}` }));
}
