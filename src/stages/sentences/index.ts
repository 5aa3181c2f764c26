import type { ArticleDoc, Sentence, Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { wink } from '../../nlp/wink.js';
import { paragraphSpans } from './paragraphs.js';
import { runAsSentence, splitAtLongRuns } from './long-runs.js';
import { splitDatelines } from './split-dateline.js';
import { splitOverlongSentences } from './split-overlong.js';
import { tokenizeParagraph } from './tokenize.js';

export { paragraphSpans } from './paragraphs.js';

/**
 * Splits the cleaned text into sentences and tokens with POS tags (wink-nlp).
 * Each paragraph is tagged on its own: wink otherwise glues a headline to the lead paragraph.
 */
export function sentences(): Stage {
  return {
    name: 'sentences',
    // 2: sentences over MAX_SENTENCE_TOKENS are cut (split-overlong.ts), runs over MAX_RUN_CHARS are not tagged (long-runs.ts).
    // 3: an initialism glued to a hyphen ("Jordanian-U.S.") is one token and ends no sentence (tokenize.ts).
    // 4: a wire dateline ("BAMAKO, March 14 (Reuters) -") is a sentence of its own, not part of the lead (split-dateline.ts).
    // 5: wink reads "Erdoğan" as "Erdogan" (one token, tagged as the name it knows); pieces of a word it still breaks are joined (tokenize.ts).
    // 6: a place in ordinary case and a dash is a dateline when a date is told in it or opens the lead ("Dushanbe - On 18 November, …").
    version: 6,
    requires: ['text'],
    assigns: ['sentences', 'tokens'],
    run(doc: ArticleDoc, { report }) {
      const paragraphs: Span[] = doc.paragraphs.length > 0 ? doc.paragraphs : paragraphSpans(doc.text);
      if (doc.paragraphs.length === 0) doc.paragraphs = paragraphs;
      const tokens: Token[] = [];
      const out: Sentence[] = [];
      const nlp = wink();
      paragraphs.forEach((paragraph, paragraphIndex) => {
        // Hostile-input guards (long-runs.ts, split-overlong.ts): the tagger never sees a run of
        // more than MAX_RUN_CHARS non-space characters, and no sentence is longer than MAX_SENTENCE_TOKENS.
        for (const piece of splitAtLongRuns(doc.text, paragraph)) {
          const found = piece.run ? [runAsSentence(doc.text, piece.span)] : tokenizeParagraph(nlp, doc.text, piece.span);
          for (const sentence of splitOverlongSentences(splitDatelines(doc.text, found))) {
            const index = out.length;
            const tokenStart = tokens.length;
            // Every token built with the same properties in the same order: one object shape for all later stages.
            for (const t of sentence.tokens) tokens.push({ start: t.start, end: t.end, text: t.text, normal: t.normal, pos: t.pos, lemma: t.lemma, sentence: index });
            out.push({ id: `s${index}`, index, span: sentence.span, tokenStart, tokenEnd: tokens.length, paragraph: paragraphIndex });
          }
        }
      });
      if (doc.text.trim().length > 0 && out.length === 0) {
        report('warning', 'sentences/none-found', 'No sentence was found in a non-empty text; check the cleaner output for this input.');
      }
      doc.sentences = out;
      doc.tokens = tokens;
    },
  };
}
