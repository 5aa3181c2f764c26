import type { ArticleDoc } from '../core/document.js';
import type { ConlluSentence } from './conllu.js';

/**
 * A parsed document as CoNLL-U sentences: one per sentence of the document, its tokens with
 * lemma, universal and treebank tags, head and relation. MISC keeps each token's place in the
 * cleaned text (`TokenRange=start:end`, the UDPipe convention) and `SpaceAfter=No` where the next
 * token follows without a space, so the analysis can be laid back on the text.
 */
export function docToConllu(doc: ArticleDoc): ConlluSentence[] {
  return doc.sentences.map((sentence, s) => {
    const first = sentence.tokenStart;
    const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t, i) => {
      const next = doc.tokens[first + i + 1];
      const misc = [`TokenRange=${t.start}:${t.end}`, ...(next && i + 1 < sentence.tokenEnd - first && next.start === t.end ? ['SpaceAfter=No'] : [])].join('|');
      const head = t.head === undefined ? -1 : t.head < 0 ? 0 : t.head - first + 1;
      return { id: i + 1, form: t.text, lemma: t.lemma, upos: t.pos, xpos: t.tag ?? '_', feats: '_', head, deprel: t.dep ?? '_', deps: '_', misc };
    });
    const text = doc.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' ');
    return { comments: [`# sent_id = ${s + 1}`, `# text = ${text}`], words, extra: [] };
  });
}
