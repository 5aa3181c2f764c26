import type { ArticleDoc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { findQuantities, QUANTITIES_VERSION } from './find-quantities.js';

export { findQuantities, QUANTITIES_VERSION } from './find-quantities.js';
export { parseNumber, parseNumberWords } from './number-words.js';

/** The `quantities` stage: fills `doc.quantities` with counted numbers and what they count. */
export function quantities(): Stage {
  return {
    name: 'quantities',
    version: QUANTITIES_VERSION,
    requires: ['sentences'],
    assigns: ['quantities'],
    run(doc: ArticleDoc) {
      doc.quantities = findQuantities(doc.text, doc.sentences.map((s) => s.span));
    },
  };
}
