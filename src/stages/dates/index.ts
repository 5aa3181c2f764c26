import type { ArticleDoc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { parseIsoDate } from './calendar.js';
import { DATES_VERSION, detectTimes, type TimeDetection } from './normalize.js';
import { detectTimesWithin, PARTIAL_DATE } from './partial-reference.js';
import { CAPITALS, DATELINE, DATELINE_MAX } from '../sentences/split-dateline.js';
import type { TimeExpression } from '../../core/document.js';
import type { Span } from '../../core/span.js';

/** How many days before the publication a dateline may be and still be the story's day (an archive's or a feed's later stamp). */
const DATELINE_LAG_DAYS = 14;

/**
 * The day of a wire dateline opening one of the first paragraphs ("KABUL, April 24 (Reuters) -") when it
 * lies a little before the publication date: the story was written that day, so "on Monday" is the
 * Monday before it, not before a later stamp of the page or feed.
 */
function datelineDay(text: string, sentences: readonly Span[], times: readonly TimeExpression[], publishedAt: string): string | undefined {
  for (const s of sentences.slice(0, 3)) {
    // The sentences stage cut the dateline off its lead: read on past the sentence's end.
    const m = DATELINE.exec(text.slice(s.start, s.start + DATELINE_MAX));
    if (!m || (!CAPITALS.test(m.groups!.place!) && !m.groups!.agency)) continue;
    const end = s.start + m[0].length;
    const day = times.find((t) => t.type === 'point' && t.precision === 'day' && t.span.start >= s.start && t.span.end <= end);
    if (!day) return undefined;
    const lag = (Date.parse(publishedAt.slice(0, 10)) - Date.parse(day.value)) / 86_400_000;
    return lag > 0 && lag <= DATELINE_LAG_DAYS ? day.value : undefined;
  }
  return undefined;
}

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
      } else {
        detection = detectTimes(doc.text, publishedAt, sentences);
        const dateline = datelineDay(doc.text, sentences, detection.times, publishedAt);
        if (dateline) detection = detectTimes(doc.text, dateline, sentences);
      }
      const { times, problems } = detection;
      for (const p of problems) report(p.severity, p.ruleId, p.reason, { span: { start: p.start, end: p.end }, actual: doc.text.slice(p.start, p.end) });
      doc.times = times;
    },
  };
}
