import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// A deed told in the simple past with no time the parse gives its clause takes the one day its sentence names
// (assign-date.ts daySetBySentence), unless that day is another act's: a telling's, a clause's it came after, an earlier
// party's, a coordinated clause's with a subject of its own.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const dateOf = (text: string, trigger: string, published = '2020-02-11') => {
  const e = code(text, published).find((x) => x.evidence.trigger.text === trigger);
  return e ? `${e.date} ${e.date_source.rule}` : 'no event';
};

describe('sentence day: a deed takes the one day its sentence names', () => {
  it('a day the parse hangs on a phrase after a conjunct, before a sequence phrase, dates the deed', () => {
    expect(dateOf('A car bomb killed four soldiers and wounded two traders in the market of Kamba district on Sunday evening, a week after negotiators ended another round of talks in Nairobi.', 'killed'))
      .toBe('2020-02-09 sentence-time');
  });
});

describe('sentence day: a day that is another act\'s is not lent', () => {
  it.each([
    // A coordinated clause with a subject of its own tells its own act.
    ['Police detained 12 men on the highway, and rebels burned a bus near Gulu on Friday.', 'detained', '2020-02 publication'],
    // A relative clause on the party named before the act tells that party's earlier deed.
    ['The militia, which seized the town on Monday, burned the market.', 'burned', '2020-02 publication'],
    // Nor one under a participle describing that party: the day is of what the party was accused for (this sentence
    // takes 2 February if the earlier-party check is switched off).
    ['Four women accused of treason in Zambia for claiming that the mayor favoured his own clan on 2 February were allegedly beaten in jail.', 'beaten', '2020-02 publication'],
    // A relative clause with a tense of its own on the act's object tells that noun's story (the first took Friday when
    // only a description of the subject was refused; the second guards the passive form).
    ['Police fired tear gas at students who wanted the exams set for Friday to be postponed.', 'fired', '2020-02 publication'],
    ['Soldiers beat a trader whose stall was shut on Monday.', 'beat', '2020-02 publication'],
    // A clause the act came after has its own time.
    ['Troops arrested 20 men after rebels attacked a depot on Monday.', 'arrested', '2020-02 publication'],
  ])('"%s" (%s) → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger)).toBe(expected);
  });
});
