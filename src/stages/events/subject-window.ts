import type { Token } from '../../core/document.js';

/**
 * Where a verb trigger's subject is searched, as positions into its clause's token list: the
 * half-open window [from, to), with the reason when it is narrower than "everything before the verb".
 * English news syntax without a parser; each rule names its cue.
 */
export interface SubjectWindow {
  readonly from: number;
  readonly to: number;
  readonly why?: string;
}

const SPEECH = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'report', 'declare', 'write', 'tweet', 'note', 'insist', 'confirm']);
const COORDINATORS = new Set(['and', 'or', 'but']);
/** Day and month names, and deictic days: "said Tuesday, …", "on Monday, Iraq said …" — never a noun-phrase head. */
export const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|weekend)$/;
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
/** Pronouns that stand for the speaker in "X said it would …", "X announced they are willing …". */
const SPEAKER_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

const isVerb = (tokens: readonly Token[], i: number) => {
  const t = tokens[i]!;
  return (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1]?.text !== '-' && tokens[i + 1]?.text !== '-';
};

/** First finite verb position in `range` within [from, to), skipping a hyphenated compound ("US-led"). */
function firstVerb(tokens: readonly Token[], range: readonly number[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isVerb(tokens, range[k]!)) return k;
  return -1;
}

/**
 * The subject window of the verb at position `at` of `range`.
 *
 * - A relative clause takes its antecedent as subject: "Sudan must return a helicopter that was
 *   captured by the Sudanese authorities" — the subject of "captured" is "helicopter", not "Russia".
 * - A verb coordinated with an earlier one shares its subject: "A roadside bomb killed one U.S.
 *   soldier and wounded two others" — "U.S." is the object of "killed", not the subject of
 *   "wounded"; likewise a participial adjunct: "Bangladesh rejected the proposal, urging …".
 *   The window is the stretch before the first verb of the clause (after a "that" complementiser).
 * - Reported speech turned round: "Croatian authorities are failing …, a human rights group
 *   protested" — the subject of a verb after a comma is what stands between that comma and the
 *   verb, when a full clause (with its own verb) stands before the comma.
 */
export function subjectWindow(tokens: readonly Token[], range: readonly number[], at: number): SubjectWindow {
  const head = tokens[range[at]!]!;
  // Walk back over the verb group ("and has urged", "but will not").
  let k = at - 1;
  while (k >= 0 && (tokens[range[k]!]!.pos === 'AUX' || tokens[range[k]!]!.pos === 'ADV' || tokens[range[k]!]!.pos === 'PART' && tokens[range[k]!]!.normal !== 'to')) k--;
  const joiner = k >= 0 ? tokens[range[k]!]! : undefined;
  // "a helicopter that was captured by …": a relative clause's subject is its antecedent, the word before "that".
  const antecedent = k >= 1 ? tokens[range[k - 1]!]! : undefined;
  if (joiner && RELATIVE_PRONOUNS.has(joiner.normal) && antecedent && (antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN') && !DATE_WORD.test(antecedent.normal) && range[k - 1] === range[k]! - 1) {
    return { from: k - 1, to: k, why: `the subject of a relative clause is its antecedent ("${antecedent.text} ${joiner.text}")` };
  }
  const coordinated = joiner !== undefined && COORDINATORS.has(joiner.normal);
  const adjunct = joiner?.text === ',' && head.normal.endsWith('ing');
  if ((coordinated || adjunct) && k > 0) {
    let start = 0;
    for (let j = k - 1; j >= 0; j--) {
      if (tokens[range[j]!]!.normal === 'that' && tokens[range[j]!]!.pos === 'SCONJ') { start = j + 1; break; }
    }
    const first = firstVerb(tokens, range, start, k);
    if (first >= 0) {
      return { from: start, to: first, why: coordinated ? `shares the subject of the verb coordinated before it ("${joiner!.text} ${head.text}")` : `a participial adjunct takes the main clause's subject` };
    }
  }
  // "…, a human rights group protested here Wednesday": the subject sits after the last comma.
  for (let c = at - 1; c > 0; c--) {
    if (tokens[range[c]!]!.text !== ',') continue;
    const nounAfter = range.slice(c + 1, at).some((i) => ['NOUN', 'PROPN', 'PRON'].includes(tokens[i]!.pos));
    // A full clause before the comma has a finite verb; "Greece, like most other existing members, plans …" does not.
    const clauseBefore = range.slice(0, c).some((i) => isVerb(tokens, i) && (tokens[i]!.pos === 'AUX' || !tokens[i]!.normal.endsWith('ing')));
    const verbBetween = firstVerb(tokens, range, c + 1, at) >= 0;
    if (nounAfter && clauseBefore && !verbBetween) return { from: c + 1, to: at, why: 'the subject after the comma of an inverted report' };
    break;
  }
  return { from: 0, to: at };
}

/**
 * "Iraq said it would allow …", "The rebels announced they will return …": a pronoun subject right
 * after a speech verb stands for the speaker. Returns the position of the speech verb, or -1.
 */
export function speakerPronoun(tokens: readonly Token[], range: readonly number[], at: number): number {
  for (let k = at - 1; k >= 1; k--) {
    const t = tokens[range[k]!]!;
    if (!SPEAKER_PRONOUNS.has(t.normal)) continue;
    const before = tokens[range[k - 1]!]!;
    const speech = before.normal === 'that' ? k - 2 : k - 1;
    const verb = tokens[range[speech] ?? -1];
    // Only the verb group may stand between the pronoun and the trigger ("it would allow", "they are willing to forgive").
    const verbGroup = at - k <= 6 && range.slice(k + 1, at).every((i) => ['AUX', 'ADV', 'PART', 'VERB', 'ADJ'].includes(tokens[i]!.pos));
    if (verb && verb.pos === 'VERB' && SPEECH.has(verb.lemma) && verbGroup) return speech;
    return -1;
  }
  return -1;
}
