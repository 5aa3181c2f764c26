import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Acts told by a noun with no verb clause of their own (stop 46): a past act the text dates itself, named with no party.
// Sentences written for these tests.
const code = (text: string) => codeText(text, '2024-05-03');

describe('events: a background act noun with a time of its own stands without a party', () => {
  it('should code a dated past riot or raid named in passing as a background event', () => {
    const riots = code('The Senegalese capital has been calm since the student riots of spring 2011, officials in Dakar said on Friday.');
    expect(riots.filter((e) => e.event === 'PROTEST' && e.background && e.date === '2011')).toHaveLength(1);
    const raid = code('In August 2019 a raid on the same market left four traders dead, the governor said on Thursday.');
    expect(raid.filter((e) => e.event === 'ASSAULT' && e.background && e.date === '2019-08')).toHaveLength(1);
  });
  it('should merge such a noun into the act a verb told before, adding no event', () => {
    const told = code('Students rioted in Dakar in the spring of 2011. The capital has been calm since the riots of 2011, officials said on Friday.');
    expect(told.filter((e) => e.event === 'PROTEST')).toHaveLength(1);
  });
});

describe('events: a two-sided act noun names its other side with "with"', () => {
  it('should take the state a war is fought with as a party of the war', () => {
    const war = code("Azerbaijan's 2020 war with Armenia still shapes the talks, diplomats in Baku said on Friday.").filter((e) => e.event === 'ASSAULT');
    expect(war).toHaveLength(1);
    expect([...war[0]!.actor, ...war[0]!.recipient].map((p) => p.code).sort()).toEqual(['ARM', 'AZE']);
  });
  it('should not read the means of a one-sided attack as its target', () => {
    const attack = code('Rebels carried out an attack with drones on the Kenyan base at Manda Bay on Sunday.').filter((e) => e.event === 'ASSAULT');
    expect(attack.flatMap((e) => e.recipient).map((p) => p.text)).not.toContain('drones');
  });
});

describe('events: a dated past protest named with no protester or place is the home country\'s civilians\'', () => {
  it('should give the fuel riots of a year long past the article\'s country as their actor', () => {
    const text = 'Thousands of Zambian teachers rallied in Lusaka on Friday to demand higher pay. Zambian police said the march was peaceful. '
      + "Zambia's education minister met union leaders in Lusaka on Saturday. It was the largest protest since the fuel riots of 2013, police said.";
    const riots = code(text).filter((e) => e.event === 'PROTEST' && e.background);
    expect(riots.map((e) => e.actor.map((p) => `${p.code}/${p.sector}`))).toEqual([['ZMB/CVL']]);
  });
});
