import type { MentionLabel, Token } from '../../core/document.js';
import type { Kb } from '../../kb/index.js';
import { EVENT_HEADS, NOT_ACRONYMS, NOT_NAMES, ORG_HEADS } from './keywords.js';

export interface NameCandidate { start: number; end: number; label: MentionLabel }

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
/** Lower-case particles inside Arabic names, joined by a hyphen to the next part ("al-Bashir"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'ibn', 'bin', 'abu']);
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'note', 'state', 'write', 'announce', 'insist', 'warn', 'claim']);

/** Length (in tokens) of the longest office title starting at token `i`, 0 if none. */
export function titleLengthAt(tokens: readonly Token[], i: number, end: number, kb: Kb): number {
  let best = 0;
  let phrase = '';
  for (let j = i; j < end && j - i < kb.maxPhraseWords + 2; j++) {
    const t = tokens[j]!;
    phrase = j === i ? t.normal : `${phrase}${t.start > tokens[j - 1]!.end ? ' ' : ''}${t.normal}`;
    if (kb.officeTitles.has(phrase)) best = j - i + 1;
  }
  return best;
}

/**
 * Capitalised proper-noun runs the gazetteer does not know: people ("Nikol Pashinyan"), unknown
 * organisations ("Revolutionary United Front") and acronyms ("RUF"). Office titles are cut off the
 * front of a run, so "Prime Minister Nikol Pashinyan" yields the person "Nikol Pashinyan".
 * `known` holds surnames of people already found in the document, so a later "Pashinyan said" is a PERSON.
 */
export function findNames(tokens: readonly Token[], from: number, to: number, covered: (t: Token) => boolean, kb: Kb, known: ReadonlySet<string>): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    // A sentence-initial common noun starts a run only as an office title: "President Bush has threatened ...".
    const startsRun = isCapitalised(t) && !covered(t) && !NOT_NAMES.has(t.normal)
      && (t.pos === 'PROPN' || (t.pos === 'NOUN' && (i > from || titleLengthAt(tokens, i, to, kb) > 0)));
    if (!startsRun) {
      i++;
      continue;
    }
    // Extend over capitalised tokens, joining "of"/"de"/"al" only between two capitalised ones.
    let j = i + 1;
    while (j < to) {
      const u = tokens[j]!;
      if (covered(u) || NOT_NAMES.has(u.normal)) break;
      if (isCapitalised(u) && u.pos !== 'PUNCT') { j++; continue; }
      if (['of', 'de', 'al', 'bin', 'van', 'von', 'for'].includes(u.normal) && j + 1 < to && isCapitalised(tokens[j + 1]!) && !covered(tokens[j + 1]!)) { j += 2; continue; }
      // Arabic name particles written lower-case and hyphenated: "Omar Hassan al-Bashir", "Ahmed el-Tayeb".
      if (NAME_PARTICLES.has(u.normal) && j + 2 < to && tokens[j + 1]!.text === '-' && tokens[j + 1]!.start === u.end
        && tokens[j + 2]!.start === tokens[j + 1]!.end && isCapitalised(tokens[j + 2]!)) { j += 3; continue; }
      // "Ilham Aliyev's", "Al-Assad": keep hyphen-joined capitalised parts together.
      if (u.text === '-' && j + 1 < to && isCapitalised(tokens[j + 1]!) && tokens[j + 1]!.start === u.end && u.start === tokens[j - 1]!.end) { j += 2; continue; }
      break;
    }
    // Cut leading office titles ("Prime Minister", "Secretary of State", "Gen.").
    let k = i;
    let titled = false;
    for (;;) {
      const n = titleLengthAt(tokens, k, j, kb);
      if (n === 0 || k + n > j) break;
      k += n;
      titled = true;
      while (k < j && tokens[k]!.text === '.') k++;
    }
    if (k < j) {
      const parts = tokens.slice(k, j);
      // Name particles and hyphens do not count as words: "Omar Hassan al-Bashir" has three.
      const named = parts.filter((p) => isCapitalised(p));
      const words = named.map((p) => p.normal);
      const last = words[words.length - 1]!;
      const next = tokens[j];
      const sentenceInitial = k === from;
      let label: MentionLabel | null = null;
      if (words.some((w) => ORG_HEADS.has(w))) label = 'ORG';
      else if (EVENT_HEADS.has(last)) label = 'EVENT';
      else if (parts.length === 1 && /^\p{Lu}{2,6}$/u.test(parts[0]!.text)) label = NOT_ACRONYMS.has(parts[0]!.text) ? null : 'ORG';
      else if (named.length >= 2 && named.length <= 4) label = sentenceInitial && /ing$/.test(words[0]!) ? null : 'PERSON';
      else if (named.length === 1 && (titled || known.has(parts[0]!.text) || (next !== undefined && SPEECH_VERBS.has(next.lemma)))) label = 'PERSON';
      if (label) out.push({ start: parts[0]!.start, end: parts[parts.length - 1]!.end, label });
    }
    i = j;
  }
  return out;
}
