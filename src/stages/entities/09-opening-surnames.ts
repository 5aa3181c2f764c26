import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import type { KnownNames } from './known-names.js';

/** What may follow a surname used as a sentence's subject: a verb ("Trump set"), a possessive ("Brown's aides") or an apposition ("Rice, who …"). */
const AFTER_SUBJECT = new Set(["'s", '’s', ',']);

/**
 * Whether the first word of a sentence is a person's surname the tagger read as a common word:
 * "Trump set a deadline", "Brown told reporters", "Rice met". Capitals say nothing at the start of
 * a sentence, and a surname that is also an English word ("trump", "brown", "rice") is tagged as
 * that word there. It is the person's when the article (or the corpus memory) names someone with
 * it — "President Donald Trump arrived. … Trump set …" — and it stands as a name does: a single
 * word written like a name, right before the verb (a sentence's first word has no determiner), not
 * the first word of a compound ("Brown rice is …", where a noun follows).
 */
export function isOpeningSurname(tokens: readonly Token[], i: number, sentenceStart: number, known: KnownNames): boolean {
  if (i !== sentenceStart) return false;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const subjectShape = next.pos === 'VERB' || next.pos === 'AUX' || (AFTER_SUBJECT.has(next.text) && next.start === t.end);
  return subjectShape && known.isPersonWord(t.text);
}

/**
 * Whether a sentence's first word, alone before a verb, is a name though nothing else says so:
 * "Okonkwo has denied …", "Nyerere warned …". The tagger calls it a proper noun, but at the start
 * of a sentence it calls common words so too ("Inflation has slowed …", "Shipments are expected …"), so the
 * word must also be no common English word (resources/kb/english-words.json); a surname that is one
 * ("Brown", "Rice") needs the article's or the memory's word for it (`isOpeningSurname`).
 */
export function isOpeningName(tokens: readonly Token[], i: number, shapes: NameShapes): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'PROPN' || !next || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const finite = next.pos === 'AUX' || (next.pos === 'VERB' && /^VB[DZP]$/.test(next.tag ?? ''));
  return finite && !describedAsThing(tokens, i + 1) && !shapes.isEnglishWord(t.normal);
}

/** Whether the verb at `v` is "be" before a noun phrase: "Kiboga is a market town …", "… is now a quiet place" describe a place as often as a person. */
function describedAsThing(tokens: readonly Token[], v: number): boolean {
  if (tokens[v]!.lemma !== 'be') return false;
  let k = v + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'DET';
}

/** Relative pronouns that stand for people: "Okonjo, who …", "Halvorsen, whose firm …". */
const PERSONAL_RELATIVES = new Set(['who', 'whose', 'whom']);

/** Whether tokens from `b` are an age in commas: "Mendoza, 52, was arrested …". */
export function isAgeAfter(tokens: readonly Token[], b: number, to: number): boolean {
  const age = tokens[b + 1];
  return tokens[b]?.text === ',' && age !== undefined && b + 1 < to && /^\d{2}$/.test(age.text) && Number(age.text) >= 16 && (tokens[b + 2]?.text === ',' || b + 2 >= to);
}

/**
 * Whether what follows a one-word name says it is a person: an age in commas ("Mendoza, 52,
 * was arrested …") or a relative clause of people ("Okonjo, who led the union …"; British sports
 * writing says it of teams too, which the sports reading relabels: such a person is not sure).
 */
export function isPersonShapedAfter(tokens: readonly Token[], b: number, to: number): boolean {
  if (isAgeAfter(tokens, b, to)) return true;
  return tokens[b]?.text === ',' && b + 1 < to && PERSONAL_RELATIVES.has(tokens[b + 1]!.normal);
}
