import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

const told = (text: string) => codeText(text, '2024-05-08').map((e) => `${e.event} ${partyCodes(e.actor)}>${partyCodes(e.recipient)}`);

describe('events: an amount of an act stands for the act (roles amountGiven, events 280 and 296)', () => {
  it('should give aid told as a sum "in" aid to whoever announces, sends or provides the sum', () => {
    expect(told('Moscow announced $20m in humanitarian aid for Sudan last week.')).toEqual(['AID RUS>SDN']);
    expect(told('Norway released 40 million kroner in emergency assistance for Haiti on Friday.')).toContain('AID NOR>HTI');
  });

  it('should not give an act to whoever loses a sum in it, nor past the act\'s own "by" doer (a guard)', () => {
    const lost = codeText('Kenyan hauliers lost $12 million in the strike by dock workers at Mombasa port.', '2024-05-08').filter((e) => e.event === 'PROTEST');
    expect(lost.flatMap((e) => e.actor.map((p) => p.text))).not.toContain('hauliers');
  });

  it('should keep a phrase "in" on a noun that is no amount out of the act ("men in uniform")', () => {
    expect(told('Witnesses said men in military uniform beat Nicaraguan farmers near Jalapa.').every((t) => !t.startsWith('AID'))).toBe(true);
  });
});
