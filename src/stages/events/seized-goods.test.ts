import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Arms and drugs seized, recovered or secured, told in the passive with no doer, often as a list of the goods
// (syntax 64 repairListSubjectRoot; implicit-doers.json COERCE seize; triggers.json secure). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-09-03');
const STORY = 'Soldiers in Malawi raided a camp near Mangochi on Tuesday. The Malawi Defence Force said two suspects fled. ';
const seizures = (text: string) => code(STORY + text).filter((e) => e.event === 'COERCE' && e.mode === 'seize');

describe('events: goods seized with no doer named are the home state\'s force\'s seizure', () => {
  it('should code a listed seizure told in the passive', () => {
    const found = seizures('Four shotguns, a box of cartridges and six machetes were confiscated.');
    expect(found.map((e) => e.actor.map((a) => a.code).join('+'))).toEqual(['MWI']);
  });
  it('should code arms secured or recovered from the place', () => {
    expect(seizures('Two pistols and a radio were secured from the hideout.').map((e) => e.actor[0]?.code)).toEqual(['MWI']);
    expect(seizures('Three rifles were recovered on Wednesday.').map((e) => e.actor[0]?.code)).toEqual(['MWI']);
  });
  it('should not give a state goods that are no arms or drugs, or a place or deal secured', () => {
    expect(seizures('Five cars were seized.')).toEqual([]);
    // A word that tells a doer that is no state (implicit-doers.json notStateWords): no state's act.
    expect(seizures('The kidnappers\' rifles were seized.')).toEqual([]);
    expect(code(STORY + 'Police secured the area on Wednesday.').filter((e) => e.event === 'COERCE')).toEqual([]);
  });
});
