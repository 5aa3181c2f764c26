import type { ArticleDoc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { parseIsoDate } from './calendar.js';
import { DATES_VERSION, detectTimes, type TimeDetection } from './normalize.js';
import { detectTimesWithin, PARTIAL_DATE } from './partial-reference.js';

export { detectTimes, normalizeTimes, DATE_RULES, DATES_VERSION, type TimeDetection } from './normalize.js';

/**
 * The `dates` stage: fills `doc.times` with expressions resolved against `doc.source.publishedAt`
 * (a day, or a month or year only: see `detectTimesWithin`).
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
      const publishedAt = doc.source.publishedAt?.trim();
      const sentences = doc.sentences.map((s) => s.span);
      let detection: TimeDetection;
      if (publishedAt === undefined || publishedAt === '') {
        report('warning', 'dates/no-publication-date', 'No publication date is known, so relative dates ("on Tuesday", "last month") were not resolved; pass one with the input or --published.');
        detection = detectTimes(doc.text, undefined, sentences);
      } else if (PARTIAL_DATE.test(publishedAt)) {
        report('info', 'dates/partial-publication-date', `The publication date ${publishedAt} gives no day, so dates read against it keep only what holds for every day of ${publishedAt}.`, { actual: publishedAt });
        detection = detectTimesWithin(doc.text, publishedAt, sentences);
      } else if (parseIsoDate(publishedAt) === undefined) {
        report('warning', 'dates/bad-publication-date', `Unexpected publication date '${publishedAt}'; give it as YYYY, YYYY-MM or YYYY-MM-DD. Only absolute dates were resolved.`, { actual: publishedAt });
        detection = detectTimes(doc.text, undefined, sentences);
      } else detection = detectTimes(doc.text, publishedAt, sentences);
      const { times, problems } = detection;
      for (const p of problems) report(p.severity, p.ruleId, p.reason, { span: { start: p.start, end: p.end }, actual: doc.text.slice(p.start, p.end) });
      doc.times = times;
    },
  };
}
