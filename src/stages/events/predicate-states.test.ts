import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/**
 * A state body named without its state ("the government", "Parliament") whose sentence names foreign states only in
 * what the body did, after the act's word, is the body of the state the story is about (infer-party-codes.ts
 * inferHomeCountry, inferSalientState). Sentences are our own.
 */
const byTrigger = (text: string, trigger: string) => codeText(text).find((e) => e.evidence.trigger.text === trigger);

const GHANA = 'Cocoa farmers in Kumasi blocked the main road to Accra on Monday. Ghana imposed a ban on cocoa exports in May. Prices in Ghana fell by a third. ';

describe('a state body whose sentence names foreign states only after the act', () => {
  it('should take the story\'s state when the foreign states are in the predicate', () => {
    const act = byTrigger(`${GHANA}The government on Wednesday turned down a plea from traders in Togo and Nigeria to end the ban.`, 'turned down');
    expect(partyCodes(act?.actor)).toBe('GHA');
  });

  it('should take it for a legislature too', () => {
    const act = byTrigger(`${GHANA}Parliament turned down a proposal on Thursday to scrap the levy, warning that dealers would ship the beans to Togo.`, 'turned down');
    expect(partyCodes(act?.actor)).toBe('GHA');
  });

  it('should not take it when a foreign state is named before the act', () => {
    // The body is Togo's; the coder does not yet give it Togo's code, and must not give it Ghana's: it stays uncoded.
    const act = byTrigger(`${GHANA}Across the border in Togo, the cabinet rejected calls to scrap its levy on Nigerian cocoa.`, 'rejected');
    expect(act?.actor.map((p) => [p.text, p.code])).toEqual([['cabinet', null]]);
  });
});
