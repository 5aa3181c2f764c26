import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/**
 * "its" after a body located by a place ("the embassy in Kabul") takes up the body, not the place that says where it is
 * (roles.ts, the possessive of an act noun). Sentences are our own.
 */
const byTrigger = (text: string, trigger: string) => codeText(text).find((e) => e.evidence.trigger.text === trigger);

describe('"its" after a body located by "in"/"at" a place', () => {
  it('should take up the embassy, not its host city', () => {
    const act = byTrigger('The Canadian embassy in Bamako said it was alarmed by the curfew and repeated its call for dialogue.', 'call');
    expect(partyCodes(act?.actor)).toBe('CAN');
  });

  it('should take up the state whose embassy it is when the state alone is the party', () => {
    const act = byTrigger('The Japanese embassy in Maputo said it was troubled by the shootings and renewed its call for restraint.', 'call');
    expect(partyCodes(act?.actor)).toBe('JPN');
  });

  it('should still take up a state named as the subject', () => {
    const act = byTrigger('Chile condemned the seizure and renewed its demand for talks.', 'demand');
    expect(partyCodes(act?.actor)).toBe('CHL');
  });
});
