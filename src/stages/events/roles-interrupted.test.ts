import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/** Who did it when the doer's phrase is interrupted by a clause or an apposition. Sentences are our own. */
const code = codeText;
const codes = partyCodes;
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: the subject of a reported clause interrupted by commas is the actor, not the speaker', () => {
  it('should read the doer after "said" across a relative clause, a participle phrase or an apposition', () => {
    const withdrew = code('The ministry said the rebels, who had besieged the town for weeks, withdrew on Tuesday.').find((e) => e.event === 'RETREAT');
    expect(texts(withdrew?.actor)).toEqual(['rebels']);
    const fire = code('Police said the gunmen, who arrived on motorcycles, opened fire on worshippers at a mosque in Zamfara.').find((e) => e.event === 'ASSAULT');
    expect(texts(fire?.actor)).toEqual(['gunmen']);
    const burned = code('The governor said the attackers, believed to be members of a local militia, burned 40 homes in the village.').find((e) => e.event === 'ASSAULT');
    expect(texts(burned?.actor)).toEqual(['attackers']);
    const beat = code('Residents said the soldiers, who were drunk, beat two traders in the market in Bamenda.').find((e) => e.event === 'ASSAULT');
    expect(texts(beat?.actor)).toEqual(['soldiers']);
  });
});

describe('roles: the sides of an act told after a fronted phrase, and its mediator', () => {
  it('should read a coordinated subject after a fronted phrase ending in a name as the doers, the broker as third party', () => {
    const swap = code('Under a deal mediated by the United Arab Emirates, Russia and Ukraine swapped 150 prisoners of war.').find((e) => e.event === 'RETREAT');
    expect(codes(swap?.actor)).toBe('RUS+UKR');
    expect(codes(swap?.third_party)).toBe('ARE');
    const truce = code('Under a deal brokered by Egypt, Israel and Hamas agreed to a ceasefire.').find((e) => e.event === 'AGREE');
    expect(codes(truce?.actor)).toBe('ISR+PSE');
    expect(codes(truce?.third_party)).toBe('EGY');
  });

  it('should read "Thanks to X mediation, A and B agreed" with A and B the doers and X the third party', () => {
    const agreed = code('Thanks to Turkish mediation, Russia and Ukraine agreed to resume grain exports on Monday.').find((e) => e.event === 'AGREE');
    expect(codes(agreed?.actor)).toBe('RUS+UKR');
    expect(codes(agreed?.third_party)).toBe('TUR');
    const freed = code('Thanks to Omani mediation, Iran freed two European prisoners on Friday.').find((e) => e.event === 'RETREAT');
    expect(codes(freed?.actor)).toBe('IRN');
  });

  it('should read a state that mediated talks between two sides as their third party, not a side', () => {
    const talks = code('Oman mediated indirect talks between Iran and the United States.').find((e) => e.event === 'CONSULT');
    expect(codes(talks?.actor)).toBe('IRN+USA');
    expect(codes(talks?.third_party)).toBe('OMN');
  });
});
