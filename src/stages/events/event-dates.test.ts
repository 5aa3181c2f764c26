import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Event dates (issue 14, "Dates"): an act takes the date of its own clause, at the precision the text supports.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2022-10-04'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const dateOf = (text: string, trigger: string, published?: string) => {
  const e = code(text, published).find((x) => x.evidence.trigger.text === trigger);
  return e ? `${e.date} ${e.date_precision}` : 'no event';
};

describe('event dates: an act told over a span takes the unit holding the whole span', () => {
  it.each([
    // Two days of one month: the month, not the last day.
    ['Gunmen stormed a police post outside Gao on the night of 11 to 12 September.', 'stormed', '2022-09 month'],
    ['Malian troops shelled rebel positions near Kidal between 2 and 3 August, the army said.', 'shelled', '2022-08 month'],
    // "since" spans to the publication: told on Tuesday 4 October, "since Monday" is October.
    ['Authorities have detained 60 dockworkers since Monday, a union official said.', 'detained', '2022-10 month'],
    ['Authorities have detained 60 dockworkers since August, a union official said.', 'detained', '2022 year'],
    // A span the next unit does not hold keeps its start.
    ['Authorities have detained 60 dockworkers since 2019, a union official said.', 'detained', '2019 year'],
    // A single day stays a day.
    ['Gunmen stormed a police post outside Gao on 12 September.', 'stormed', '2022-09-12 day'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger)).toBe(expected);
  });
});

describe('event dates: explicit anaphors count from the time told before', () => {
  it.each([
    ['Jets bombed the port of Hodeidah on Monday. The day before, a missile fired from Yemen struck a cargo ship off the coast.', 'struck', '2022-10-02 day'],
    // "Since then": from where the meetings ended to the publication, the year holding both.
    ['Mediators hosted the two delegations from 30 August to 2 September. Since then, 150 rebels have surrendered to the army.', 'surrendered', '2022 year'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger)).toBe(expected);
  });
});
