import type { Token } from '../core/document.js';
import { readResource, type ResourceHeader } from './resource.js';

interface DestinationFile extends ResourceHeader { readonly prepositions: readonly string[]; readonly movementVerbs: readonly string[] }

let words: { prepositions: ReadonlySet<string>; verbs: ReadonlySet<string> } | undefined;

function load(): NonNullable<typeof words> {
  if (words) return words;
  const file = readResource<DestinationFile>('destinations.json');
  return (words = { prepositions: new Set(file.prepositions), verbs: new Set(file.movementVerbs) });
}

/** Words that may stand between a goal preposition and its place: "into neighbouring Chad", "to the capital". */
const BETWEEN_POS = new Set(['DET', 'ADJ']);

/**
 * The movement verb whose goal the place starting at token `first` is ("fled into Chad", "crossed from
 * Guatemala into Mexico", "fled the town for the capital"; resources/kb/destinations.json), or -1.
 * The verb is the nearest verb before the preposition in the sentence, so "fled after gunmen attacked
 * villages in Chad" is no goal: "attacked" stands nearer.
 */
export function destinationVerb(tokens: readonly Token[], first: number): number {
  const t = tokens[first];
  if (!t) return -1;
  const { prepositions, verbs } = load();
  let p = first - 1;
  const inSentence = (i: number) => i >= 0 && tokens[i]!.sentence === t.sentence;
  for (let skipped = 0; inSentence(p) && skipped < 2 && BETWEEN_POS.has(tokens[p]!.pos); skipped++) p--;
  // "crossed into Guinea's Lola prefecture": the goal is written in its state, which stands after the preposition.
  if (inSentence(p) && ["'s", '’s'].includes(tokens[p]!.normal)) {
    p--;
    // The state's name, capitalised whatever its tag ("Guinea" may be tagged a common noun).
    for (let skipped = 0; inSentence(p) && skipped < 3 && /^\p{Lu}/u.test(tokens[p]!.text); skipped++) p--;
  }
  if (p < 0 || tokens[p]!.sentence !== t.sentence || !prepositions.has(tokens[p]!.normal)) return -1;
  for (let v = p - 1; v >= 0 && tokens[v]!.sentence === t.sentence; v--) {
    if (tokens[v]!.pos === 'VERB') return verbs.has(tokens[v]!.lemma) ? v : -1;
  }
  return -1;
}
