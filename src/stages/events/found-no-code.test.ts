import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/**
 * Parties the coder finds but could not code (issue: "actor found, no code"): a body taken up by its kind ("the
 * union"), and the state such parties belong to. Sentences are our own.
 */
const byTrigger = (text: string, trigger: string, published?: string) => codeText(text, published).find((e) => e.evidence.trigger.text === trigger);

describe('"the union", "the association" is the body of that kind named before it (group-nouns.json namedBodyAnaphors)', () => {
  it('should take up the named union over a body of another kind named in between', () => {
    const act = byTrigger('The Malawi Teachers Union called a national strike on Monday. The Ministry of Education said schools would stay open. On Tuesday the union rejected a pay offer from the ministry.', 'rejected');
    expect(act?.actor.map((p) => [p.code, p.sector])).toEqual([['MWI', 'LAB']]);
  });

  it('should take up the named association, not an organisation of another kind named before it', () => {
    const act = byTrigger('Amnesty International said the Ghana Mineworkers Association had been harassed. On Friday the association accused the mining company of unpaid wages.', 'accused');
    expect(partyCodes(act?.actor)).toBe('GHA');
  });

  it('should take up no body whose name lacks the noun', () => {
    const act = byTrigger('Amnesty International criticised the new mining law in Ghana. On Friday the association accused the mining company of unpaid wages.', 'accused');
    expect(partyCodes(act?.actor)).not.toContain('NGO');
  });
});
