import type { ArticleDoc, Token } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { analyseWords, syntaxModel } from '../../syntax/analyse.js';
import { lemmaOfWord } from '../../nlp/wink.js';

/**
 * Tags and parses every sentence with Chronicle's own tagger and dependency parser (src/syntax,
 * trained on UD English EWT): each token gets its universal tag (`pos`), treebank tag (`tag`),
 * head and relation. wink-nlp's tag, which the sentences stage put in `pos`, is an input feature
 * of the tagger. Stages read the parse through src/syntax/relations.ts, not through relation names.
 */
export function syntax(): Stage {
  return {
    name: 'syntax',
    // 3: "after police opened fire" read as a clause even when the parser hung the verb on the noun (repair.ts).
    version: 3,
    requires: ['sentences', 'tokens'],
    assigns: ['tokens', 'syntax'],
    run(doc: ArticleDoc) {
      const model = syntaxModel();
      const tokens: Token[] = new Array(doc.tokens.length);
      for (const sentence of doc.sentences) {
        const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
        // An over-long run of symbols cut into pieces by the sentences stage (long-runs.ts) is not
        // language: it keeps its X tags, flat on its first piece, and the tagger never sees it.
        if (words.every((t) => t.pos === 'X')) {
          words.forEach((token, i) => {
            tokens[sentence.tokenStart + i] = { ...token, tag: 'ADD', head: i === 0 ? -1 : sentence.tokenStart, dep: i === 0 ? 'root' : 'flat' };
          });
          continue;
        }
        const glued = words.map((t, i) => i > 0 && i < words.length - 1 && words[i - 1]!.end === t.start && t.end === words[i + 1]!.start);
        const analysis = analyseWords(words.map((t) => t.text), words.map((t) => t.pos), model, glued);
        words.forEach((token, i) => {
          const a = analysis[i]!;
          // wink leaves a word it read as a name unlemmatised ("Protests" → "protests"); once the tagger
          // says it is a common noun or a verb, it gets the lemma the lexicons look it up by.
          const relemmatise = token.pos === 'PROPN' && (a.upos === 'NOUN' || a.upos === 'VERB') && token.lemma === token.normal;
          // Written out rather than spread: the same properties in the same order, without copying by name lookup.
          tokens[sentence.tokenStart + i] = {
            start: token.start, end: token.end, text: token.text, normal: token.normal, pos: a.upos,
            lemma: relemmatise ? lemmaOfWord(token.normal) : token.lemma, sentence: token.sentence,
            tag: a.xpos, head: a.head < 0 ? -1 : sentence.tokenStart + a.head, dep: a.deprel,
          };
        });
      }
      // Tokens outside every sentence (none today) keep what they had.
      doc.tokens = doc.tokens.map((t, i) => tokens[i] ?? t);
    },
  };
}
