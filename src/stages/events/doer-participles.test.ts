import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Act nouns whose doer is told by a participle of doing them (issue 14): "a deal reached by X", "an accord signed
// between X and Y". Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-09-12');

describe('events: an act noun with a participle of doing it', () => {
  it('should take the "by" agent of a participle of doing the act as the act\'s doer', () => {
    const deal = code('A deal reached by Zambia and Malawi settled the fishing quarrel on the lake.').filter((e) => e.event === 'AGREE');
    expect(deal).toHaveLength(1);
    expect(deal[0]!.actor.map((p) => p.code).sort()).toEqual(['MWI', 'ZMB']);
  });
  it('should take the "between" phrase of a participle of doing the act as its sides', () => {
    const accord = code('The standoff ended after an agreement signed in July between Bolivia and Paraguay.').filter((e) => e.event === 'AGREE');
    expect(accord).toHaveLength(1);
    expect([...accord[0]!.actor, ...accord[0]!.recipient].map((p) => p.code).sort()).toEqual(['BOL', 'PRY']);
  });
  it('should not take the "by" agent of a participle of judging the act as its doer', () => {
    const deal = code('A deal condemned by Zambia settled the fishing quarrel on the lake.').filter((e) => e.event === 'AGREE');
    expect(deal.flatMap((e) => e.actor.map((p) => p.code))).not.toContain('ZMB');
  });
});

describe('events: who organised an act', () => {
  it('should read the organiser of a protest as the protester, not a third party', () => {
    const rally = code('The rally, organised by the Bolivian opposition, drew thousands in Sucre.').filter((e) => e.event === 'PROTEST');
    expect(rally).toHaveLength(1);
    expect(rally[0]!.actor.map((p) => p.code)).toEqual(['BOL']);
    expect(rally[0]!.third_party).toHaveLength(0);
  });
  it('should still read the organiser of talks between sides as a third party', () => {
    const talks = code('Talks between Armenia and Azerbaijan were organised by Kazakhstan in Almaty.').filter((e) => e.event === 'CONSULT');
    expect(talks.flatMap((e) => e.actor.map((p) => p.code))).not.toContain('KAZ');
  });
});

describe('events: an act noun whose possessor is the one it is done to', () => {
  it('should read the possessor of an arrest as the one arrested, not the arrester', () => {
    const arrest = code("Bolivian police said Evo Rivas's arrest followed the riots in Cochabamba.").filter((e) => e.event === 'COERCE');
    expect(arrest.flatMap((e) => e.actor.map((p) => p.text))).not.toContain('Evo Rivas');
  });
  it('should still read the possessor as the doer when an "of" phrase names the one it is done to', () => {
    const expulsion = code("Chile's expulsion of two Peruvian diplomats angered Lima.").filter((e) => e.event === 'COERCE' || e.event === 'SANCTION');
    expect(expulsion.flatMap((e) => e.actor.map((p) => p.code))).toContain('CHL');
  });
});

