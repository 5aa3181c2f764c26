import type { ArticleDoc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { parseIsoDate } from './calendar.js';
import { DATES_VERSION, detectTimes } from './normalize.js';

export { detectTimes, normalizeTimes, DATE_RULES, DATES_VERSION, type TimeDetection } from './normalize.js';

/**
 * The `dates` stage: fills `doc.times` with expressions resolved against `doc.source.publishedAt`.
 * Without a publication date it warns once ('dates/no-publication-date') and keeps only absolute
 * expressions; impossible dates ("February 30") are warned about ('dates/impossible-date') and get no value.
 */
export function dates(): Stage {
  return {
    name: 'dates',
    version: DATES_VERSION,
    requires: ['sentences'],
    assigns: ['times'],
    run(doc: ArticleDoc, { report }) {
      const publishedAt = doc.source.publishedAt;
      let reference: string | undefined;
      if (publishedAt === undefined || publishedAt.trim() === '') {
        report('warning', 'dates/no-publication-date', 'No publication date is known, so relative dates ("on Tuesday", "last month") were not resolved; pass one with the input or --published.');
      } else if (parseIsoDate(publishedAt) === undefined) {
        report('warning', 'dates/bad-publication-date', `Unexpected publication date '${publishedAt}'; give it as YYYY-MM-DD. Only absolute dates were resolved.`, { actual: publishedAt });
      } else reference = publishedAt;
      const { times, problems } = detectTimes(doc.text, reference, doc.sentences.map((s) => s.span));
      for (const p of problems) report(p.severity, p.ruleId, p.reason, { span: { start: p.start, end: p.end }, actual: doc.text.slice(p.start, p.end) });
      doc.times = times;
    },
  };
}
