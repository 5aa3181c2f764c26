import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

// Verb acts whose subject named no party (the "no event tells it" class, stop 47): a pronoun that carries on the
// story's subject from the sentence before, a body named only by its kind ("the union"), and fire returned by a force.
// Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-09-10');
const summary = (text: string) => code(text).map((e) => `${e.event}:${partyCodes(e.actor)}`);

describe('events: a main-clause pronoun subject takes up the subject of the sentence before', () => {
  it('should give "It" the body the sentence before was about', () => {
    expect(summary("Zambia's mines ministry published a long statement on Tuesday. It rejected every claim made by the smelter's owners.")).toContain('REJECT:ZMB');
  });
  it('should give "They" the officials the sentence before was about', () => {
    expect(summary('Malawian customs officers stopped three lorries near Mwanza on Monday. They denied that any bribe had been paid.')).toContain('REJECT:MWI');
  });
  it('should not give "he" a country, nor reach past a sentence whose subject is no party', () => {
    expect(summary('Peru announced new mining rules on Monday. He condemned the decision on Tuesday.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
    expect(summary('Ghana announced new fishing rules on Monday. The weather stayed calm all week. It accused the trawler crews of ignoring them.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('events: a body named only by its kind is the actor of its verb act', () => {
  it('should code the act of "the union" and "the association" with the body as an uncoded actor', () => {
    const union = code('The union turned down the employers\u2019 revised wage proposal at Wednesday\u2019s session.');
    expect(union.map((e) => e.event)).toEqual(['REJECT']);
    expect(union[0]!.actor.map((a) => a.text)).toEqual(['union']);
    expect(code('The growers\u2019 association urged the mill to resume cane deliveries.').map((e) => e.event)).toEqual(['REQUEST']);
  });
  it('should not make a body of a thing, nor of a body introduced with "a"', () => {
    expect(code('The proposal calls for a new wage board.').map((e) => e.event)).not.toContain('REQUEST');
    expect(code('A union turned down the proposal.').map((e) => e.event)).toEqual([]);
  });
});

describe('events: fire returned by a force (ASSAULT firearms)', () => {
  it('should code fire returned by soldiers or police officers', () => {
    expect(code('Two Zambian police officers returned fire outside the depot on Sunday night.').map((e) => `${e.event}/${e.mode}`)).toEqual(['ASSAULT/firearms']);
    expect(code('Malawian soldiers returned fire from the riverbank.').map((e) => `${e.event}/${e.mode}`)).toEqual(['ASSAULT/firearms']);
  });
  it('should still read weapons returned as given back', () => {
    expect(code('The militia returned 40 rifles to the army on Friday.').map((e) => `${e.event}/${e.mode}`)).toEqual(['RETREAT/return']);
  });
});
