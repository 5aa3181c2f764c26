import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/**
 * "its" after a body located by a place ("the consulate in Lima") takes up the body, not the place that says where it is
 * (roles.ts, the possessive of an act noun). Sentences are our own.
 */
const byTrigger = (text: string, trigger: string) => codeText(text).find((e) => e.evidence.trigger.text === trigger);

describe('"its" after a body located by "in"/"at" a place', () => {
  it('should take up the embassy, not its host city', () => {
    const act = byTrigger('After the raid, the Canadian embassy in Bamako issued its third appeal for calm.', 'appeal');
    expect(partyCodes(act?.actor)).toBe('CAN');
  });

  it('should take up the state whose embassy it is when the state alone is the party', () => {
    const act = byTrigger('In a statement the Japanese embassy in Maputo voiced its demand for an inquiry into the shootings.', 'demand');
    expect(partyCodes(act?.actor)).toBe('JPN');
  });

  it('should still take up a state named as the subject', () => {
    const act = byTrigger('Chile condemned the seizure and renewed its demand for talks.', 'demand');
    expect(partyCodes(act?.actor)).toBe('CHL');
  });
});
