import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * A civil-society body introduced as such ("the rights group X", "X, a local rights group,", "a foreign
 * non-governmental organisation") is coded NGO (organisation-shapes.json ngoDescriptors), not given the state of its
 * sentence's place or of the story. Sentences are our own.
 */
const byTrigger = (text: string, trigger: string) => codeText(text).find((e) => e.evidence.trigger.text === trigger);

describe('rights groups and NGOs named beside the noun that introduces them', () => {
  it('should code a name in apposition with a rights group NGO', () => {
    const act = byTrigger('Kerenga, a local rights group, accused soldiers of burning two villages near Mopti.', 'accused');
    expect(act?.actor.map((p) => [p.code, p.sector])).toEqual([['NGO', 'SOC']]);
  });

  it('should code a group noun of a non-governmental organisation NGO, not the country of the place', () => {
    const act = byTrigger('A foreign non-governmental organisation accused the army of looting shops in Bouaké.', 'accused');
    expect(act?.actor.map((p) => p.code)).toEqual(['NGO']);
  });

  it('should code the rights group NGO in a story about one state, not that state', () => {
    const text = 'Police in Tegucigalpa arrested 14 teachers on Monday. The Honduran government said the strike was illegal. The human rights group Casa Refugio Norte condemned the arrests on Tuesday.';
    expect(byTrigger(text, 'condemned')?.actor.map((p) => p.code)).toEqual(['NGO']);
  });
});
