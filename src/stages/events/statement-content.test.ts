import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// What a statement asks, offers, refuses or threatens is its content, not an act that happened (issue 14: one event per
// act, no non-events): every act told inside it folds into the statement, however the parse hangs it. Acts told beside
// the statement, or done to a thing it names ("the journalists detained on Monday"), stay apart.
// Every sentence here was written for this file.

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2024-05-03'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const types = (events: CodedEvent[]) => events.map((e) => e.event).sort();

describe('events: acts inside what a statement asks for are its content', () => {
  it.each([
    // An appeal to press a third party, with the addressees described by an act noun ("the mediator of the accord").
    'The opposition urged the African Union, the mediator of the accord, to press Kigali to pull its forces out of the two districts.',
    // A participle describing the thing the demand asks for.
    'The Farmers Union demanded that the assembly adopt a decree allowing exiled activists to come back and stand for office.',
    // An infinitive after an aside, read as a conjunct of the appeal verb.
    "The ministry calls on Liberia, as registry State, to assist the inquiry in full and to hand over the ship's logbooks.",
  ])('%j is one REQUEST', (text) => {
    expect(types(code(text))).toEqual(['REQUEST']);
  });

  it('keeps an act done to what the appeal names', () => {
    expect(types(code('The envoy urged Kenya to release the five journalists detained on Monday.'))).toEqual(['COERCE', 'REQUEST']);
  });

  it("keeps an act of the appeal's own speakers", () => {
    expect(types(code('Workers occupying the cement plant demanded that the company reinstate the dismissed drivers.'))).toEqual(['PROTEST', 'REQUEST']);
  });

  it('keeps an act told beside the appeal', () => {
    expect(types(code('Police arrested twelve protesters on Sunday after the rally turned violent, and the governor urged calm.'))).toEqual(['COERCE', 'REQUEST']);
  });
});

describe('events: a word of condemnation given to what is refused is the refusal', () => {
  it.each([
    'The teachers\' union rejected the government\'s 3% pay offer on Monday, calling it "an insult to every classroom".',
    'A spokesman for the ministry denied the allegation, calling it "baseless propaganda".',
    'The navy denied any role in the sinking and called the claim "a fabrication".',
  ])('%j is one REJECT', (text) => {
    expect(types(code(text))).toEqual(['REJECT']);
  });

  it('keeps a condemnation of something else', () => {
    expect(types(code('The minister rejected the proposal and called the strike "illegal".'))).toEqual(['ACCUSE', 'REJECT']);
  });
});

describe('events: a promise closing another act as a participle is its motive (guideline 3)', () => {
  it.each([
    ["The colonels seized power in 2022, pledging to restore order.", ['COERCE']],
    ['Niger and Benin signed a border pact in March 2019, promising to expel armed groups from the frontier region.', ['SUPPORT']],
    ['Rebels shelled the town on Monday, vowing to take it by the end of the month.', ['ASSAULT']],
  ])('%j codes only the act', (text, expected) => {
    expect(types(code(text))).toEqual(expected);
  });

  it('keeps a promise told by a verb of its own', () => {
    expect(types(code('Gov. Amina Bello imposed a curfew on Jalingo on Friday and promised to repair the damaged schools.'))).toEqual(['AGREE', 'COERCE']);
  });
});
