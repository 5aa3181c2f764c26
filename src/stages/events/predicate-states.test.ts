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
    const act = byTrigger(`${GHANA}On Wednesday the government refused to lift the ban, saying it would cost Ghana buyers in Togo and Nigeria.`, 'refused');
    expect(partyCodes(act?.actor)).toBe('GHA');
  });

  it('should take it for a legislature too', () => {
    const act = byTrigger(`${GHANA}Parliament rejected a motion on Thursday to lift the ban, saying smugglers would carry the beans to Togo.`, 'rejected');
    expect(partyCodes(act?.actor)).toBe('GHA');
  });

  it('should not take it when a foreign state is named before the act', () => {
    const act = byTrigger(`${GHANA}In Togo, the government refused to lift a ban of its own on Nigerian cocoa.`, 'refused');
    expect(act).toBeDefined();
    expect(partyCodes(act?.actor)).not.toBe('GHA');
  });
});
