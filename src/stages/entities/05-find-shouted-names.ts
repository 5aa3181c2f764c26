import type { Token } from '../../core/document.js';
import type { NameCandidate } from './02-find-names.js';
import type { KnownNames } from './known-names.js';

/**
 * Names in a sentence written in capitals, where capitals and the tagger say nothing: words of a
 * person the article names elsewhere ("STOLTENBERG" after "Jens Stoltenberg") and acronyms the article
 * uses for organisations. A given name alone is no evidence here: "CHASE WINS", "AUSTIN FALLS".
 */
export function findShoutedNames(tokens: readonly Token[], from: number, to: number, known: KnownNames, taken: (t: Token) => boolean): NameCandidate[] {
  const out: NameCandidate[] = [];
  const word = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}[\p{Lu}'’.-]*$/u.test(t.text) && /\p{L}{2}/u.test(t.text) && !taken(t);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!word(t)) continue;
    if (known.isAcronym(t.text)) {
      out.push({ start: t.start, end: t.end, label: 'ORG' });
      continue;
    }
    if (!known.isPersonWord(t.text)) continue;
    let j = i + 1;
    while (j < to && word(tokens[j]) && tokens[j]!.start === tokens[j - 1]!.end + 1 && known.isPersonWord(tokens[j]!.text)) j++;
    out.push({ start: t.start, end: tokens[j - 1]!.end, label: 'PERSON', sure: true });
    i = j - 1;
  }
  return out;
}
