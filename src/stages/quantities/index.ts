import type { ArticleDoc } from '../../core/document.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { findQuantities, QUANTITIES_VERSION } from './find-quantities.js';
import { readCountsOnParse, sumConjoinedCounts } from './read-on-parse.js';

export { findQuantities, QUANTITIES_VERSION } from './find-quantities.js';
export { parseNumber, parseNumberWords } from './number-words.js';
export { isPlausibleCount, MAX_PLAUSIBLE_COUNT } from './plausible.js';

/** The `quantities` stage: fills `doc.quantities` with counted numbers and what they count. */
export function quantities(): Stage {
  return {
    name: 'quantities',
    version: QUANTITIES_VERSION,
    requires: ['sentences'],
    assigns: ['quantities'],
    run(doc: ArticleDoc, { report }: StageContext) {
      // The entities stage's people: a capitalised word before ", 40," is a name (40 an age) only inside one of them.
      const people = doc.mentions.filter((m) => m.label === 'PERSON').map((m) => m.span);
      const found = findQuantities(doc.text, doc.sentences.map((s) => s.span), (span, value) => {
        const figure = doc.text.slice(span.start, span.end);
        report('warning', 'quantities/implausible-count', `The figure "${figure}" (${value.toPrecision(3)}) is larger than any real count of people or things; it was not stored.`, { span, actual: figure });
      }, people);
      // With a parse (the syntax stage ran before), the verb that governs a count decides what it counts.
      doc.quantities = sumConjoinedCounts(doc, readCountsOnParse(doc, found, QUANTITIES_VERSION));
    },
  };
}
