import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { quantities } from './index.js';

function counts(text: string): [string, number, string][] {
  const doc = makeDoc(text);
  quantities().run(doc, { report: () => {} });
  return doc.quantities.map((q) => [q.text, q.value, q.category]);
}

describe('quantities read on the parse', () => {
  it.each([
    ['a bare number as the object of a counting verb', 'Troops killed one and arrested four in the raid.', [['one', 1, 'dead'], ['four', 4, 'arrested']]],
    ['a number whose noun the verb governs', 'The army killed six members of the gang near the border.', [['six', 6, 'dead']]],
    ['a headline passive', 'Seven killed and nine hurt in a blast at a bus depot.', [['Seven', 7, 'dead'], ['nine', 9, 'injured']]],
    ['the doers of the act, not its victims', 'Three gunmen killed two guards at the gate.', [['Three', 3, 'persons'], ['two', 2, 'dead']]],
    ['the object of a verb with a particle that kills', 'Soldiers gunned down four villagers near the river.', [['four', 4, 'dead']]],
    ['the object of a verb whose resultative says it died', 'Villagers stoned two suspected thieves to death in the market.', [['two', 2, 'dead']]],
    ['the passive subject of a verb whose resultative says it died', 'Five traders were burned to death in the attack.', [['Five', 5, 'dead']]],
    ['the doers of an act whose participle harms others', 'Armed with machetes, some 60 youths overran the checkpoint on Sunday, wounding four policemen.', [['some 60', 60, 'persons'], ['four', 4, 'injured']]],
    ['the dead who lost their lives, the cue inside the act', 'Nine miners lost their lives in the collapse.', [['Nine', 9, 'dead']]],
  ])('should count %s', (_case, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('should leave a count the parse does not tie to a counting verb as the window read it', () => {
    expect(counts('About 300 peacekeepers arrived in the capital.')).toEqual([['About 300', 300, 'persons']]);
  });
});
