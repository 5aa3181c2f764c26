import type { ConlluSentence } from './conllu.js';

/** Scores of predicted against gold analyses over the same tokens (the CoNLL 2018 shared-task measures). */
export interface SyntaxScores {
  readonly words: number;
  readonly upos: number;
  readonly xpos: number;
  /** Unlabelled attachment score: right head. */
  readonly uas: number;
  /** Labelled attachment score: right head and right universal relation (subtypes ignored, as in CoNLL 2018). */
  readonly las: number;
  /** LAS with the full relation, subtypes included (`nsubj:pass`). */
  readonly lasFull: number;
}

/**
 * Compares predicted with gold sentences word by word. Both must have the same words (gold
 * tokens): punctuation counts, multiword-token and empty-node lines are ignored — the CoNLL 2018
 * evaluation on gold tokenisation.
 */
export function scoreSyntax(gold: readonly ConlluSentence[], predicted: readonly ConlluSentence[]): SyntaxScores {
  if (gold.length !== predicted.length) throw new Error(`gold has ${gold.length} sentences, predicted ${predicted.length}.`);
  let words = 0, upos = 0, xpos = 0, uas = 0, las = 0, lasFull = 0;
  gold.forEach((g, s) => {
    const p = predicted[s]!;
    if (g.words.length !== p.words.length) throw new Error(`sentence ${s + 1}: gold has ${g.words.length} words, predicted ${p.words.length}.`);
    g.words.forEach((gw, i) => {
      const pw = p.words[i]!;
      words++;
      if (gw.upos === pw.upos) upos++;
      if (gw.xpos === pw.xpos) xpos++;
      if (gw.head === pw.head) {
        uas++;
        if (universal(gw.deprel) === universal(pw.deprel)) las++;
        if (gw.deprel === pw.deprel) lasFull++;
      }
    });
  });
  const ratio = (n: number) => (words === 0 ? 0 : n / words);
  return { words, upos: ratio(upos), xpos: ratio(xpos), uas: ratio(uas), las: ratio(las), lasFull: ratio(lasFull) };
}

function universal(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}
