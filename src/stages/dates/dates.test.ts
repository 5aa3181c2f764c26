import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { createPipeline } from '../../core/pipeline.js';
import type { DatePrecision } from '../../core/document.js';
import { dates, detectTimes, normalizeTimes } from './index.js';
import { DATES_VERSION } from './normalize.js';
import { shiftDate, type DistanceUnit } from './shift.js';

const EXAMPLE = readFileSync(new URL('../../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url), 'utf8');

/** The first expression whose text contains `needle`, searched after `after` (a preceding phrase). */
function timeOf(text: string, published: string, needle: string, after = '') {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  return normalizeTimes(text, published).find((t) => t.span.start <= at && at < t.span.end);
}

describe('normalizeTimes on the example page (published Tuesday 2022-10-04)', () => {
  it.each([
    ['freed 17 Armenian prisoners of war on Tuesday', 'Tuesday', '2022-10-04', 'day'],
    ['killed on both sides last month', 'last month', '2022-09', 'month'],
    ['General Assembly on September 20', 'September 20', '2022-09-20', 'day'],
    ['joint talks again in Geneva on Sunday', 'Sunday', '2022-10-02', 'day'],
    ['Ilham Aliyev on August 31', 'August 31', '2022-08-31', 'day'],
    ['invasion of Ukraine in February', 'February', '2022-02', 'month'],
    ['Neighbors’ War in 2020', '2020', '2020', 'year'],
    ['in 2020 and in the 1990s', 'the 1990s', '199', 'decade'],
    ['Soviet Union collapsed in 1991', '1991', '1991', 'year'],
  ])('should resolve "%s" (%s) to %s', (context, needle, value, precision) => {
    const time = timeOf(EXAMPLE, '2022-10-04', needle, context);
    expect(time).toMatchObject({ value, precision });
  });

  it('should read "the six-week war" as a duration with no date', () => {
    expect(timeOf(EXAMPLE, '2022-10-04', 'six-week')).toMatchObject({ type: 'duration', value: 'P6W', duration: 'P6W' });
  });

  it('should record nothing for "for decades" and "decades of dominance"', () => {
    const times = normalizeTimes(EXAMPLE, '2022-10-04');
    expect(times.filter((t) => /decades/.test(t.text))).toEqual([]);
  });
});

describe('normalizeTimes rules', () => {
  const P = '2022-10-04'; // a Tuesday
  it.each([
    // weekdays
    ['Pashinyan said on Twitter on Tuesday.', 'Tuesday', '2022-10-04', 'day', 'point'],
    ['The two held talks in Geneva on Sunday.', 'Sunday', '2022-10-02', 'day', 'point'],
    ['Peru said on Wednesday that Chile must hand back the fishing boat.', 'Wednesday', '2022-09-28', 'day', 'point'],
    ['The foreign ministers will meet in Brussels on Thursday.', 'Thursday', '2022-10-06', 'day', 'point'],
    ['The strike ended last Tuesday.', 'last Tuesday', '2022-09-27', 'day', 'point'],
    // The day just gone is "on Monday"; "last Monday" told on a Tuesday is the Monday of the week before.
    ['The dockers walked out last Monday.', 'last Monday', '2022-09-26', 'day', 'point'],
    ['The dockers walked out last Sunday.', 'last Sunday', '2022-10-02', 'day', 'point'],
    // readiness, an agreement to meet, an invitation or a call for a further act look forward, whatever the verb's tense
    ['The rebel commander says his men are willing to hand over their rifles on Friday.', 'Friday', '2022-10-07', 'day', 'point'],
    ['Both sides agreed to resume talks on Monday.', 'Monday', '2022-10-10', 'day', 'point'],
    ['The palace invited both party leaders to a dinner for the envoy on Thursday.', 'Thursday', '2022-10-06', 'day', 'point'],
    ['The coalition called for another rally on Saturday.', 'Saturday', '2022-10-08', 'day', 'point'],
    ['The coalition called for calm on Saturday.', 'Saturday', '2022-10-01', 'day', 'point'],
    ['The two sides agreed to a truce on Sunday.', 'Sunday', '2022-10-02', 'day', 'point'],
    // ... but only when the time closes what those words govern: a past act of another verb keeps its past day.
    ['Soldiers ready to storm the compound surrounded it on Monday.', 'Monday', '2022-10-03', 'day', 'point'],
    ['Uganda invited the envoy and sent troops to Gulu on Monday.', 'Monday', '2022-10-03', 'day', 'point'],
    ['Herders willing to talk and farmers armed with machetes clashed near the well on Monday.', 'Monday', '2022-10-03', 'day', 'point'],
    // the relative word opening a sentence
    ['Last Tuesday the dockers ended their strike.', 'Last Tuesday', '2022-09-27', 'day', 'point'],
    ['Next Friday the two sides meet again in Arusha.', 'Next Friday', '2022-10-07', 'day', 'point'],
    // a part of the day is part of the expression: the parse hangs the weekday on it
    ['Bandits raided the market on Monday night.', 'Monday night', '2022-10-03', 'day', 'point'],
    ['The envoy flew to Lagos on Sunday morning.', 'Sunday morning', '2022-10-02', 'day', 'point'],
    // relative periods
    ['At least 286 people were killed last month.', 'last month', '2022-09', 'month', 'point'],
    ['Chile and Argentina will hold naval drills this month, a spokeswoman said.', 'this month', '2022-10', 'month', 'point'],
    ['Norway sold patrol boats to Ghana last year, the ministry said.', 'last year', '2021', 'year', 'point'],
    ['The rebels seized the town earlier this year.', 'earlier this year', '2022', 'year', 'point'],
    // a month with a relative year after it is that year's month, one expression
    ['Rebels overran the garrison at Kidal in August last year.', 'August last year', '2021-08', 'month', 'point'],
    ['In June this year, jets struck a fuel depot outside Sirte.', 'June this year', '2022-06', 'month', 'point'],
    ['Pickets have blocked the mine gates since November last year.', 'since November last year', '2021-11', 'month', 'since'],
    ['The two governments will open talks in March next year.', 'March next year', '2023-03', 'month', 'point'],
    ['Two hundred miners went on strike last week in the northern province.', 'last week', '2022-09-26', 'day', 'range'],
    // relative days
    ['Church leaders said yesterday that they would mediate between the parties.', 'yesterday', '2022-10-03', 'day', 'point'],
    ['Kenya and Somalia resumed border talks today in Nairobi.', 'today', '2022-10-04', 'day', 'point'],
    ['The curfew was lifted two days ago after the riots ended.', 'two days ago', '2022-10-02', 'day', 'point'],
    ['The refugees crossed the mountains two years ago.', 'two years ago', '2020', 'year', 'point'],
    // months
    ['Moscow invaded Ukraine in February.', 'February', '2022-02', 'month', 'point'],
    ['A Danish envoy proposed a compromise last November.', 'last November', '2021-11', 'month', 'point'],
    ['The Czech president will tour Vietnam in June, his office said.', 'June', '2023-06', 'month', 'point'],
    ['The last coal shaft will shut in mid-August.', 'mid-August', '2023-08', 'month', 'point'],
    ['The fisheries treaty was ratified in March 2001.', 'March 2001', '2001-03', 'month', 'point'],
    // month and day
    ['Ministers met on the sidelines of the UN General Assembly on September 20.', 'September 20', '2022-09-20', 'day', 'point'],
    ['The rally in Porto on 15 October ended peacefully.', '15 October', '2021-10-15', 'day', 'point'],
    ['The talks took place on Sept. 20, 2022, in New York.', 'Sept. 20, 2022', '2022-09-20', 'day', 'point'],
    ['Leaders met on 20 September 2019.', '20 September 2019', '2019-09-20', 'day', 'point'],
    ['The deal was signed on 2021-03-15.', '2021-03-15', '2021-03-15', 'day', 'point'],
    // years, decades, centuries
    ['The dam burst and flooded the valley in 1988.', '1988', '1988', 'year', 'point'],
    ['Both neighbours fought a border war in the 1990s.', 'the 1990s', '199', 'decade', 'point'],
    ['The island was annexed in the 19th century.', 'the 19th century', '18', 'century', 'point'],
    ['The war of the early 2000s left deep scars.', 'the early 2000s', '200', 'decade', 'point'],
    // since and ranges
    ['It was the first strike since the mine reopened, and the largest one since 1991.', 'since 1991', '1991', 'year', 'since'],
    ['Bread prices have fallen steadily since September.', 'since September', '2022-09', 'month', 'since'],
    ['He served as president from 1992 to 1994.', 'from 1992 to 1994', '1992', 'year', 'range'],
    ['Inflation rose between 2018 and 2020.', 'between 2018 and 2020', '2018', 'year', 'range'],
    ['Thousands of herders moved south during the 1991-1995 drought.', '1991-1995', '1991', 'year', 'range'],
    ['The strike lasted from March to May 2021.', 'from March to May 2021', '2021-03', 'month', 'range'],
    // durations
    ['The six-week war in 2020 claimed thousands of lives.', 'six-week', 'P6W', 'day', 'duration'],
    ['The bank will lend Malawi $40 million over the next three years.', 'over the next three years', 'P3Y', 'year', 'duration'],
  ])('should resolve "%s" → %s = %s', (sentence, expected, value, precision, type) => {
    const at = sentence.indexOf(expected);
    const time = normalizeTimes(sentence, P).find((t) => t.span.start <= at && at < t.span.end);
    expect(time).toMatchObject({ text: expected, value, precision, type });
  });

  it.each([
    ['Two hundred miners went on strike last week.', 'last week', '2022-10-02'],
    ['Inflation rose between 2018 and 2020.', 'between 2018 and 2020', '2020'],
    // Two days of one month written once are a range of days, not the last day alone.
    ['Storms cut power from 12 to 14 January across the island.', '12 to 14 January', '2022-01-14'],
    ['Ministers will gather in Oslo on June 3-4, 2023.', 'June 3-4, 2023', '2023-06-04'],
    ['Floods hit the delta between 7 and 9 September, officials said.', 'between 7 and 9 September', '2022-09-09'],
    // A night told by its two days spans both.
    ['Rebels shelled a camp near Rundu on the night of Sunday to Monday.', 'night of Sunday to Monday', '2022-10-03'],
    ['Police raided homes in Bulawayo overnight Saturday into Sunday.', 'overnight Saturday into Sunday', '2022-10-02'],
  ])('should give the end of the range in "%s"', (sentence, expected, end) => {
    expect(normalizeTimes(sentence, P).find((t) => t.text === expected)?.end).toBe(end);
  });

  it.each([
    ['Protesters march through the capital. March organisers said turnout was high.'],
    ['Officials said the talks may resume soon. May God help us, she said.'],
    ['The army said 1,990s of rounds were fired.'],
    ['The victim was 20 years old and a 35-year-old man was hurt.'],
    ['The meeting started at 10:30 a.m. and ended at 3 p.m.'],
    ['Azerbaijan ruled the region for decades, after decades of dominance.'],
    ['The Group of 20 met in Bali, where 2,000 people protested and 6,500 soldiers watched.'],
    ['Black Friday and Good Friday sales were weak.'],
  ])('should find no time expression in "%s"', (sentence) => {
    expect(normalizeTimes(sentence, P)).toEqual([]);
  });

  it.each([
    ['The vote was set for February 30.', 'February 30'],
    ['The vote was held on 31 April 2021.', '31 April 2021'],
    ['The file is dated 2021-02-29.', '2021-02-29'],
  ])('should report "%s" as an impossible date and give no value', (sentence, expected) => {
    const { times, problems } = detectTimes(sentence, P);
    expect(times.filter((t) => t.text.includes('February') || t.text.includes('April') || t.text.includes('2021'))).toEqual([]);
    expect(problems).toMatchObject([{ ruleId: 'dates/impossible-date' }]);
    expect(sentence.slice(problems[0]?.start, problems[0]?.end)).toBe(expected);
  });

  it('should resolve only absolute expressions without a publication date', () => {
    const { times } = detectTimes('The war in 2020 ended on Tuesday, last month, on Sept. 20, 2022.');
    expect(times.map((t) => t.value)).toEqual(['2020', '2022-09-20']);
    expect(times.every((t) => t.anchored === 'absolute')).toBe(true);
  });

  it('should mark expressions resolved against publication as anchored to it', () => {
    expect(normalizeTimes('Talks began on Tuesday in 2020.', P).map((t) => t.anchored)).toEqual(['publication', 'absolute']);
  });
});

/** Runs the stage alone on a hand-made doc, collecting its diagnostics as the pipeline would. */
function runStage(doc: ReturnType<typeof makeDoc>): void {
  dates().run(doc, { report: (severity, ruleId, reason, extra) => doc.diagnostics.push({ severity, ruleId, reason, stage: 'dates', ...extra }) });
}

describe('seasons: a year, read with a relative word or a year of their own', () => {
  it.each([
    // [text, publication, expression, year]
    ['The army moved tanks to the frontier last autumn.', '2024-02-14', 'last autumn', '2023'],
    ['The army moved tanks to the frontier last autumn.', '2024-12-03', 'last autumn', '2024'],
    // Told in July, last summer is a year back.
    ['Farmers blocked the motorway last summer.', '2023-07-20', 'last summer', '2022'],
    ['Farmers blocked the motorway late last summer.', '2023-10-20', 'late last summer', '2023'],
    // A winter by the year of its January.
    ['Miners struck for six weeks last winter.', '2023-01-20', 'last winter', '2022'],
    ['Miners struck for six weeks last winter.', '2023-05-20', 'last winter', '2023'],
    ['The cabinet will decide on the dam this spring.', '2025-01-09', 'this spring', '2025'],
    ['Rebels seized the port in the summer of 2021.', '2024-02-14', 'summer of 2021', '2021'],
    ['Talks resumed in autumn 2019.', '2024-02-14', 'autumn 2019', '2019'],
    ['The offensive began in the fall of 2016.', '2024-02-14', 'fall of 2016', '2016'],
  ])('"%s" (published %s): %s → %s', (text, published, needle, year) => {
    expect(timeOf(text, published, needle)).toMatchObject({ value: year, precision: 'year', text: expect.stringContaining(needle) });
  });

  it('should leave a season with no year or relative word, and "fall" as a noun, alone', () => {
    for (const text of ['Crops fail in the summer when the rains are late.', 'After the fall of Kabul, thousands fled.', 'Prices saw the last fall before the war.']) {
      expect(normalizeTimes(text, '2024-02-14')).toEqual([]);
    }
  });
});

describe('a day of a month the text does not name', () => {
  it.each([
    // [text, publication, expression, value]
    ['On the 6th, rebels shelled the airport.', '2021-03-10', 'the 6th', '2021-03-06'],
    // Told on the 5th, the 28th is last month's.
    ['Rebels shelled the airport on the 28th.', '2021-03-05', 'the 28th', '2021-02-28'],
    ['Rebels have held the airport since the 12th of last month.', '2021-03-20', 'the 12th of last month', '2021-02-12'],
    // A plan looks forward.
    ['The envoys will meet on the 2nd.', '2021-03-20', 'the 2nd', '2021-04-02'],
  ])('"%s" (published %s): %s → %s', (text, published, needle, value) => {
    expect(timeOf(text, published, needle)).toMatchObject({ value, precision: 'day', text: expect.stringContaining(needle) });
  });

  it('should leave ordinals that count things alone', () => {
    for (const text of ['Soldiers of the 6th battalion fled.', 'Fighters of the 21st brigade crossed the river.', 'Rebels fired on the 3rd floor of the hotel.']) {
      expect(normalizeTimes(text, '2021-03-10').map((t) => t.text)).toEqual([]);
    }
  });
});

describe('dates stage', () => {
  it('should fill doc.times from the publication date', () => {
    const doc = makeDoc('Azerbaijan freed 17 Armenian prisoners of war on Tuesday.', { publishedAt: '2022-10-04' });
    runStage(doc);
    expect(doc.times).toMatchObject([{ text: 'Tuesday', value: '2022-10-04', rule: 'weekday', origin: { stage: `dates@${DATES_VERSION}` } }]);
  });

  it('should warn once and keep absolute dates when the publication date is missing', () => {
    const doc = makeDoc('The war in 2020 ended on Tuesday.');
    runStage(doc);
    expect(doc.times.map((t) => t.value)).toEqual(['2020']);
    expect(doc.diagnostics.filter((d) => d.stage === 'dates')).toMatchObject([{ severity: 'warning', ruleId: 'dates/no-publication-date' }]);
  });

  it.each([
    ['last month', '2022-10', '2022-09', 'month'],
    ['on Tuesday', '2022-10', '2022', 'year'],
    ['in February', '2022-10', '2022-02', 'month'],
    ['last year', '2022', '2021', 'year'],
    ['on Tuesday', '2022-01', '202', 'decade'],
  ])('should keep of "%s" only what holds for every day of the publication date %s', (phrase, published, value, precision) => {
    // "on Tuesday" published in January 2022 is 2021-12-28 or a day in January 2022: only the 2020s hold for both.
    const doc = makeDoc(`Azerbaijan freed 17 Armenian prisoners of war ${phrase}.`, { publishedAt: published });
    runStage(doc);
    expect(doc.times.map((t) => [t.value, t.precision])).toEqual([[value, precision]]);
    expect(doc.diagnostics.filter((d) => d.stage === 'dates').map((d) => [d.severity, d.ruleId])).toEqual([['info', 'dates/partial-publication-date']]);
  });

  it('should report an impossible date with its span', () => {
    const doc = makeDoc('The vote was set for February 30.', { publishedAt: '2022-10-04' });
    runStage(doc);
    expect(doc.times).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.stage === 'dates')).toMatchObject([{ ruleId: 'dates/impossible-date', actual: 'February 30' }]);
  });

  it('should declare that it needs sentences and writes times', () => {
    expect(() => createPipeline([dates()])).toThrow(/requires sentences/);
    expect(dates()).toMatchObject({ name: 'dates', requires: ['sentences'], assigns: ['times'] });
  });
});

describe('normalizeTimes properties', () => {
  it('should never crash and keep every span inside the text with matching text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('2022-10-04', '2000-02-29', '1999-12-31'), (text, published) => {
      for (const t of normalizeTimes(text, published)) {
        expect(t.span.start).toBeGreaterThanOrEqual(0);
        expect(t.span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
      }
    }), { numRuns: 300 });
  });

  it('should keep spans consistent on news-like word salad', () => {
    const words = ['on', 'Tuesday', 'in', 'February', 'March', 'May', '20', '2020', 'the', '1990s', 'since', 'last', 'month', 'from', 'to', 'between', 'and', 'ago', 'two', 'days', '-', 'week', 'war', ',', '.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      for (const t of normalizeTimes(text, '2022-10-04')) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    }), { numRuns: 300 });
  });
});

describe('shiftDate: a date moved by a counted distance', () => {
  const cases: [string, DatePrecision, number, DistanceUnit, string | null][] = [
    ['2008', 'year', -9, 'year', '1999'],
    ['2024-06-29', 'day', 1, 'day', '2024-06-30'],
    ['2024-12-31', 'day', 1, 'day', '2025-01-01'],
    ['2024-03-11', 'day', -1, 'week', '2024-03'],
    ['2026-03', 'month', 2, 'month', '2026-05'],
    // A finer distance than the date: the date's own precision (from the month's first day).
    ['2026-03', 'month', 2, 'week', '2026-03'],
    ['199', 'decade', 2, 'decade', '201'],
    ['19', 'century', 1, 'year', null],
  ];
  it.each(cases)('should move %s (%s) by %i %s to %s', (value, precision, count, unit, expected) => {
    expect(shiftDate(value, precision, count, unit)?.value ?? null).toBe(expected);
  });
});

describe('narrative expressions: dated from the date told before them', () => {
  const cases: [string, string, string, string, string][] = [
    // [text, publication, expression, value, precision]
    ['On 14 August, gunmen stormed a hotel in Mogadishu. The following day, police arrested four suspects.', '2024-08-20', 'The following day', '2024-08-15', 'day'],
    ['Fighting broke out on 31 December 2023 and the next day both sides claimed gains.', '2024-01-10', 'the next day', '2024-01-01', 'day'],
    ['The party was banned in 2012. Three years later, its leader returned from exile.', '2024-08-20', 'Three years later', '2015', 'year'],
    ['The miners went on strike in March and were dismissed two weeks later.', '2024-08-20', 'two weeks later', '2024-03', 'month'],
    ['Talks collapsed on 3 May. Two days earlier, the envoy had left the capital.', '2024-08-20', 'Two days earlier', '2024-05-01', 'day'],
    ['Troops entered the city on Friday. That day, the mayor fled.', '2024-08-20', 'That day', '2024-08-16', 'day'],
    ['Protests spread between 1 and 3 July; the following day the curfew began.', '2024-08-20', 'the following day', '2024-07-04', 'day'],
    ['Police raided the offices on Monday morning. By the afternoon, a crowd had gathered.', '2024-08-21', 'By the afternoon', '2024-08-19', 'day'],
    ['Rebels entered the town on 2 May. Later that night, the mayor fled.', '2024-08-20', 'Later that night', '2024-05-02', 'day'],
    ['Soldiers sealed off the port on 6 May. By nightfall, hundreds of dockers had walked out.', '2024-08-20', 'By nightfall', '2024-05-06', 'day'],
    // A part of the day after or before the day told: "the following morning", "the previous evening".
    ['Gunmen torched a school in Gao on 12 March. The following morning, troops arrived in the town.', '2024-08-20', 'The following morning', '2024-03-13', 'day'],
    ['Troops entered Gao on 12 March, after rebels had fled the previous night.', '2024-08-20', 'the previous night', '2024-03-11', 'day'],
    // "that same day" is the day told, as "that day" is; a month named by "that" is of the year told before it.
    ['Militia fighters seized the airstrip at Bor on 9 June 2023. Government troops retook it that same day.', '2024-08-20', 'that same day', '2023-06-09', 'day'],
    ['The junta took power in 2021. Foreign instructors arrived in the capital that same March.', '2024-08-20', 'that same March', '2021-03', 'month'],
    ['Parliament was dissolved on 4 February 2022. That April, the army chief resigned.', '2024-08-20', 'That April', '2022-04', 'month'],
    // A month with "of that year" or "that year" after it is of the year told before it, not the latest such month.
    ['The first strikes hit the mines in 2019. In October of that year, the union called a general stoppage.', '2024-08-20', 'October of that year', '2019-10', 'month'],
    ['A drought struck the north in 2017, and a truce was signed in early May that same year.', '2024-08-20', 'early May that same year', '2017-05', 'month'],
    // A later month moves the story on: the count is from it, not from the day before it.
    ['Rebels attacked Goma on 3 March. In April, the rebels regrouped. Two weeks later, they attacked again.', '2024-08-20', 'Two weeks later', '2024-04', 'month'],
    // A count of days reaches past a coarser date that holds the latest day told.
    ['Rebels shelled the port on Tuesday, the fourth attack this month. Two days earlier, a drone hit the airport.', '2024-08-23', 'Two days earlier', '2024-08-18', 'day'],
  ];
  it.each(cases)('should read "%s" (published %s): %s → %s', (text, published, needle, value, precision) => {
    const t = timeOf(text, published, needle);
    expect(t).toMatchObject({ value, precision, anchored: 'narrative', rule: 'narrative' });
  });

  it.each([
    // "the day before" standing alone counts from the day just told; followed by an act it is that act's ("the day before the vote").
    ['Rebels shelled a market in Goma on 9 April. The day before, they had burned a clinic.', '2024-08-20', 'The day before', '2024-04-08', 'day', 'point'],
    ['Voters went to the polls on Sunday, 18 August; turnout had fallen by a third the year before.', '2024-08-20', 'the year before', '2023', 'year', 'point'],
    // "at the time" is the time just told.
    ['In early 2019 the army shelled Idlib. The minister said at the time that the strikes were legal.', '2024-08-20', 'at the time', '2019', 'year', 'point'],
    // "since then" and "have since …" open a span where the time told ends.
    ['Delegates met in Doha from 3 to 5 June. Since then, both sides have freed prisoners.', '2024-08-20', 'Since then', '2024-06-05', 'day', 'since'],
    ['A truce was signed in March, and the two armies have since exchanged prisoners.', '2024-08-20', 'since', '2024-03', 'month', 'since'],
  ])('should read "%s" (published %s): %s → %s from the time told before', (text, published, needle, value, precision, type) => {
    const t = timeOf(text, published, needle);
    expect(t).toMatchObject({ value, precision, type, anchored: 'narrative' });
  });

  it('should leave "the day before" followed by the act it counts from, and "at the time of", alone', () => {
    expect(normalizeTimes('Rebels attacked Goma on 3 March. The day before the vote, police raided the offices.', '2024-08-20').map((t) => t.rule)).toEqual(['month-day']);
    expect(normalizeTimes('Rebels attacked Goma on 3 March. At the time of the attack, the mayor was away.', '2024-08-20').map((t) => t.rule)).toEqual(['month-day']);
  });

  it('should not count a past act from a planned day after the publication', () => {
    // Published Wednesday 2022-06-08: the hearing on Thursday is ahead; "the previous day" of a past act counts from Sunday.
    const text = 'Clashes broke out in Kitwe on Sunday. The suspects will appear in court on Thursday. Residents said the fighting had started the previous day.';
    expect(timeOf(text, '2022-06-08', 'the previous day')).toMatchObject({ value: '2022-06-04', precision: 'day' });
    // With no past day told before it, nothing is made.
    expect(timeOf('Twelve miners will appear in court in Ndola on Friday. Police said they were arrested the previous day.', '2022-06-08', 'the previous day')).toBeUndefined();
    // A clause that looks forward still counts from the plan.
    expect(timeOf('The ministers will meet in Lusaka on Friday and will hold a second round the following day.', '2022-06-08', 'the following day'))
      .toMatchObject({ value: '2022-06-11', precision: 'day' });
  });

  it('should count from a point told before, not from the start of a span open up to now', () => {
    // Published Friday 2023-05-12: the march is Wednesday's; "since Monday" tells how long the closure has held.
    const text = 'Dockers marched on the port offices in Tema on Wednesday. The terminal has been shut since Monday, when the strike began. A second march turned violent in the evening.';
    expect(timeOf(text, '2023-05-12', 'in the evening')).toMatchObject({ value: '2023-05-10', precision: 'day', anchored: 'narrative' });
    // With only a span told before, its start is the anchor.
    expect(timeOf('The terminal has been shut since Monday. A march turned violent that evening.', '2023-05-12', 'that evening'))
      .toMatchObject({ value: '2023-05-08', precision: 'day' });
  });

  it('should count from the day of an act told before, not from the day it was told', () => {
    const text = 'Soldiers fired on marchers in Manzini on Tuesday. Police arrested 23 marchers, a rights group said on Wednesday. Two days earlier, police had used tear gas in Mbabane.';
    expect(timeOf(text, '2022-06-08', 'Two days earlier')).toMatchObject({ value: '2022-06-05', precision: 'day' });
    // With no act's day before it, the telling's day is the anchor.
    expect(timeOf('The ministry said on Monday it had suspended the permits. The following day, miners marched in Kabwe.', '2022-06-08', 'The following day'))
      .toMatchObject({ value: '2022-06-07', precision: 'day' });
  });

  it('should read the day after a reported clause as the act\'s day, not the telling\'s', () => {
    const text = 'Soldiers fired on marchers in Manzini on Tuesday. Police said rebels struck on Thursday. The following day, the army sealed off the town.';
    expect(timeOf(text, '2022-06-12', 'The following day')).toMatchObject({ value: '2022-06-10', precision: 'day' });
  });

  it('should read a bare "later" after a day told as that day, and only after a day', () => {
    expect(timeOf('Gunmen raided a farm near Jos on Monday. Troops later arrested four suspects.', '2024-08-21', 'later')).toMatchObject({ value: '2024-08-19', precision: 'day', anchored: 'narrative' });
    expect(timeOf('Gunmen raided a farm near Jos on Monday. The governor said on Tuesday he had asked for troops. The army said later that troops had arrived.', '2024-08-21', 'later'))
      .toMatchObject({ value: '2024-08-20', precision: 'day' });
    expect(timeOf('Gunmen raided a farm near Jos on Monday. Hours later, police arrested four suspects.', '2024-08-21', 'Hours later')).toMatchObject({ value: '2024-08-19', precision: 'day' });
    // After a year, "later" may be any time after it; with no count of days ("days later"), a plan, or an adjective: nothing.
    expect(timeOf('The militia seized the town in 2014 and later took the port.', '2024-08-21', 'later')).toBeUndefined();
    for (const text of ['Gunmen raided a farm on Monday. Days later, the envoy left.', 'Gunmen raided a farm on Monday. The court will rule later.', 'Gunmen raided a farm on Monday. A later statement gave no toll.', 'Gunmen raided a farm on Monday. Police arrived later than expected.']) {
      expect(normalizeTimes(text, '2024-08-21').map((t) => t.text)).toEqual(['Monday']);
    }
  });

  it('should read a capitalised May, June or April after "that" as a name when a modal or a verb of saying follows it', () => {
    // The name is the subject of a clause under "that": no month of the year told before.
    const named = 'The election was held on 8 June 2017. Party managers rewrote the rules so that May could choose her own cabinet.';
    expect(normalizeTimes(named, '2024-08-20').map((t) => t.text)).toEqual(['8 June 2017']);
    const said = 'The strike began in 2019. Her aides insisted that June said nothing about the pay offer.';
    expect(normalizeTimes(said, '2024-08-20').map((t) => t.text)).toEqual(['2019']);
    // A preposition before "that" keeps the month, whatever follows it.
    expect(timeOf('Troops left the valley in 2016. By that April had come the first raids.', '2024-08-20', 'that April')).toMatchObject({ value: '2016-04', precision: 'month' });
  });

  it('should make nothing without a date told before', () => {
    expect(normalizeTimes('The following day, the minister resigned.', '2024-08-20')).toEqual([]);
  });

  it('should work without a publication date when the anchor is absolute', () => {
    expect(normalizeTimes('Elections were held on 9 March 2019; a week later the results were annulled.', '')
      .map((t) => t.value)).toEqual(['2019-03-09', '2019-03']);
  });
});

describe('"last" with a weekday of the week still running is the week before, for every weekday', () => {
  // Published Thursday 2022-10-06: Monday to Wednesday are of the week still running, Friday to Sunday of the week before.
  it.each([
    ['The dockers walked out last Monday.', 'last Monday', '2022-09-26'],
    ['The dockers walked out last Wednesday.', 'last Wednesday', '2022-09-28'],
    ['The dockers walked out last Thursday.', 'last Thursday', '2022-09-29'],
    ['The dockers walked out last Friday.', 'last Friday', '2022-09-30'],
    ['The dockers walked out last Sunday.', 'last Sunday', '2022-10-02'],
  ])('%j → %s is %s', (text, needle, value) => {
    expect(timeOf(text, '2022-10-06', needle)).toMatchObject({ value, precision: 'day' });
  });
  it('reads "last Sunday" told on a Monday as the day before: the week before ended then', () => {
    expect(timeOf('The dockers walked out last Sunday.', '2022-10-03', 'last Sunday')).toMatchObject({ value: '2022-10-02' });
  });
});
