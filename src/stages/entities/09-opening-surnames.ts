import type { Token } from '../../core/document.js';
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

/** Relative pronouns that stand for people: "Duran, who …", "Estes, whose only win …". */
const PERSONAL_RELATIVES = new Set(['who', 'whose', 'whom']);

/** Whether tokens from `b` are an age in commas: "Duran, 45, takes on …". */
export function isAgeAfter(tokens: readonly Token[], b: number, to: number): boolean {
  const age = tokens[b + 1];
  return tokens[b]?.text === ',' && age !== undefined && b + 1 < to && /^\d{2}$/.test(age.text) && Number(age.text) >= 16 && (tokens[b + 2]?.text === ',' || b + 2 >= to);
}

/**
 * Whether what follows a one-word name says it is a person: an age in commas ("Duran, 45, takes
 * on …") or a relative clause of people ("Woods, who turned professional …"; British sports
 * writing says it of teams too, which the sports reading relabels: such a person is not sure).
 */
export function isPersonShapedAfter(tokens: readonly Token[], b: number, to: number): boolean {
  if (isAgeAfter(tokens, b, to)) return true;
  return tokens[b]?.text === ',' && b + 1 < to && PERSONAL_RELATIVES.has(tokens[b + 1]!.normal);
}
