import type { ArticleDoc, Quantity, QuantityCategory, Token } from '../../core/document.js';
import { COUNTING_SUBJECT_VERBS, COUNTING_VERBS, PERSON_NOUNS } from './lexicon.js';
import { parseNumber } from './number-words.js';
import { isPlausibleCount } from './plausible.js';

/**
 * What the parse says a count counts. The window cues of find-quantities.ts take the nearest
 * verb, which in "Two guards killed and about ten hurt" is the wrong one for the second count, and they skip
 * a bare number with no noun unless it sits right by its verb. On the parse, a number that is the
 * object or passive subject of a counting verb — directly ("killed one", "kill 1 and injure 2") or
 * through its noun ("kill four members of the militia") — counts what that verb says; the subject
 * of "die" counts the dead; and the subject of a counting verb with no object of its own is the
 * headline passive ("12 killed in a bombing"), while with an object it counts the doers ("four
 * gunmen killed two villagers"). Counts the window found are re-categorised; bare numbers it
 * skipped are added.
 */
export function readCountsOnParse(doc: ArticleDoc, quantities: readonly Quantity[], version: number): Quantity[] {
  const tokens = doc.tokens;
  if (!tokens.some((t) => t.dep !== undefined)) return [...quantities];
  const out = [...quantities];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NUM') continue;
    const counted = countingVerb(tokens, i);
    if (!counted) continue;
    const cue = { start: counted.verb.start, end: counted.verb.end, text: counted.verb.text };
    const at = out.findIndex((q) => q.span.start <= token.start && token.end <= q.span.end);
    if (at >= 0) {
      const q = out[at]!;
      if (q.category !== counted.category && q.category !== 'other') out[at] = { ...q, category: counted.category, cue };
      continue;
    }
    const value = parseNumber(token.normal);
    // A year or a figure too large to be a count is never a casualty count.
    if (value === undefined || !isPlausibleCount(value) || (/^\d{4}$/.test(token.text) && value >= 1800)) continue;
    out.push({
      kind: 'quantity', id: '', span: { start: token.start, end: token.end }, text: token.text, value, qualifier: 'exact',
      category: counted.category, cue, origin: { stage: `quantities@${version}` },
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start).map((q, k) => ({ ...q, id: `q${k}` }));
}

/** The counting verb governing the number at `i`, and what it counts. */
function countingVerb(tokens: readonly Token[], i: number): { verb: Token; category: QuantityCategory } | undefined {
  // `verb` is the word that decides: the governing verb, or the counted word ("injured") itself.
  const noun = tokens[i]!.dep === 'nummod' && tokens[i]!.head !== undefined && tokens[i]!.head >= 0 ? tokens[i]!.head : i;
  // "a dozen injured", "two dead": the counted word itself says what happened.
  const own = noun !== i ? PERSON_NOUNS[tokens[noun]!.normal] : undefined;
  if (own === 'dead' || own === 'injured') return { verb: tokens[noun]!, category: own };
  const relation = tokens[noun]!.dep;
  const v = tokens[noun]!.head;
  if (v === undefined || v < 0) return undefined;
  const verb = tokens[v]!;
  if (verb.pos !== 'VERB') return undefined;
  if (relation === 'obj' || relation === 'nsubj:pass') {
    const category = COUNTING_VERBS[verb.lemma];
    return category ? { verb, category } : undefined;
  }
  if (relation !== 'nsubj') return undefined;
  const subjectCategory = COUNTING_SUBJECT_VERBS[verb.lemma];
  if (subjectCategory) return { verb, category: subjectCategory };
  const category = COUNTING_VERBS[verb.lemma];
  if (!category) return undefined;
  const hasObject = tokens.some((t) => t.head === v && t.dep === 'obj');
  // "Four gunmen killed two villagers": the subject of the act counts its doers, not its victims.
  if (hasObject) return { verb, category: 'persons' };
  // "12 killed in a bombing", "One activist killed": the subject of a transitive verb with no object is a headline passive.
  return { verb, category };
}
