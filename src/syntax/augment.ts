import type { ConlluSentence, ConlluWord } from './conllu.js';

/**
 * News constructions the web treebank rarely has, added to the training sentences by rewriting
 * treebank sentences (never by copying outside text): wire copy puts the day between the subject
 * and its verb ("Albania on Friday denounced …", "Iran today threatened …") and ends with the
 * attribution (", officials said"). Without them a parser trained on EWT takes "Friday" for the
 * subject. Each rewrite is a new sentence beside its original, with heads renumbered.
 */
const TIME_PHRASES: readonly (readonly [form: string, upos: string, xpos: string, relation: 'case' | 'amod' | 'head'])[][] = [
  [['on', 'ADP', 'IN', 'case'], ['Monday', 'PROPN', 'NNP', 'head']],
  [['on', 'ADP', 'IN', 'case'], ['Tuesday', 'PROPN', 'NNP', 'head']],
  [['on', 'ADP', 'IN', 'case'], ['Wednesday', 'PROPN', 'NNP', 'head']],
  [['on', 'ADP', 'IN', 'case'], ['Thursday', 'PROPN', 'NNP', 'head']],
  [['on', 'ADP', 'IN', 'case'], ['Friday', 'PROPN', 'NNP', 'head']],
  [['on', 'ADP', 'IN', 'case'], ['Saturday', 'PROPN', 'NNP', 'head']],
  [['on', 'ADP', 'IN', 'case'], ['Sunday', 'PROPN', 'NNP', 'head']],
  [['today', 'NOUN', 'NN', 'head']],
  [['yesterday', 'NOUN', 'NN', 'head']],
  [['last', 'ADJ', 'JJ', 'amod'], ['week', 'NOUN', 'NN', 'head']],
  [['last', 'ADJ', 'JJ', 'amod'], ['month', 'NOUN', 'NN', 'head']],
  [['earlier', 'ADV', 'RBR', 'amod'], ['this', 'DET', 'DT', 'amod'], ['week', 'NOUN', 'NN', 'head']],
];
const ATTRIBUTIONS: readonly (readonly [string, string, string])[][] = [
  [['officials', 'NOUN', 'NNS']], [['police', 'NOUN', 'NNS']], [['witnesses', 'NOUN', 'NNS']], [['he', 'PRON', 'PRP']],
  [['the', 'DET', 'DT'], ['ministry', 'NOUN', 'NN']], [['the', 'DET', 'DT'], ['agency', 'NOUN', 'NN']], [['sources', 'NOUN', 'NNS']],
];
const REPORT_VERBS = ['said', 'reported', 'added', 'told'];

function word(id: number, form: string, upos: string, xpos: string, head: number, deprel: string): ConlluWord {
  return { id, form, lemma: form.toLowerCase(), upos, xpos, feats: '_', head, deprel, deps: '_', misc: '_' };
}

/** Inserts `inserted` (heads given in new positions, 0 = root) before old position `at` (1-based), renumbering the rest. */
function insertWords(sentence: ConlluSentence, at: number, make: (newIdOf: (old: number) => number, first: number) => ConlluWord[]): ConlluSentence {
  const count = make(() => 0, at).length;
  const newIdOf = (old: number) => (old === 0 ? 0 : old >= at ? old + count : old);
  const moved = sentence.words.map((w) => ({ ...w, id: newIdOf(w.id), head: w.head < 0 ? w.head : newIdOf(w.head) }));
  const added = make(newIdOf, at);
  const words = [...moved.filter((w) => w.id < at), ...added, ...moved.filter((w) => w.id >= at + count)];
  return { comments: [], words, extra: [] };
}

/** Copies of some treebank sentences rewritten into news constructions (deterministic with `random`). */
export function newsConstructions(sentences: readonly ConlluSentence[], random: () => number, rate = 0.3): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  for (const sentence of sentences) {
    if (sentence.extra.length > 0) continue;
    const words = sentence.words;
    const root = words.find((w) => w.head === 0);
    if (!root || root.upos !== 'VERB') continue;
    const subject = words.find((w) => w.head === root.id && (w.deprel === 'nsubj' || w.deprel === 'nsubj:pass'));
    // The subject right before its verb ("Iran threatened"): put the day between them.
    if (subject && subject.id < root.id && random() < rate) {
      const subtreeEnd = Math.max(...words.filter((w) => dominates(words, subject.id, w.id)).map((w) => w.id));
      if (subtreeEnd === root.id - 1 || words.slice(subtreeEnd, root.id - 1).every((w) => w.deprel === 'aux' || w.deprel === 'aux:pass' || w.deprel === 'advmod')) {
        const phrase = TIME_PHRASES[Math.floor(random() * TIME_PHRASES.length)]!;
        out.push(insertWords(sentence, subtreeEnd + 1, (newIdOf, first) => {
          const headId = first + phrase.findIndex((p) => p[3] === 'head');
          const verb = newIdOf(root.id);
          return phrase.map(([form, upos, xpos, relation], k) => word(first + k, form, upos, xpos, relation === 'head' ? verb : headId,
            relation === 'head' ? (upos === 'PROPN' ? 'obl' : 'obl:unmarked') : relation === 'case' ? 'case' : relation === 'amod' && upos === 'DET' ? 'det' : relation === 'amod' && upos === 'ADV' ? 'advmod' : 'amod'));
        }));
      }
    }
    // ", officials said" before the final full stop.
    const last = words[words.length - 1]!;
    if (last.form === '.' && random() < rate / 2) {
      const who = ATTRIBUTIONS[Math.floor(random() * ATTRIBUTIONS.length)]!;
      const verb = REPORT_VERBS[Math.floor(random() * REPORT_VERBS.length)]!;
      out.push(insertWords(sentence, last.id, (newIdOf, first) => {
        const verbId = first + 1 + who.length;
        const subjectId = first + who.length;
        return [
          word(first, ',', 'PUNCT', ',', verbId, 'punct'),
          ...who.map(([form, upos, xpos], k) => word(first + 1 + k, form, upos, xpos, k === who.length - 1 ? verbId : subjectId, k === who.length - 1 ? 'nsubj' : 'det')),
          word(verbId, verb, 'VERB', 'VBD', newIdOf(root.id), 'parataxis'),
        ];
      }));
    }
  }
  return out;
}

function dominates(words: readonly ConlluWord[], top: number, id: number): boolean {
  for (let at = id, steps = 0; at > 0 && steps <= words.length; at = words[at - 1]!.head, steps++) if (at === top) return true;
  return false;
}
