import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/** The doer of a right event that the role finding had left out (h34a). Sentences are our own. */
const code = codeText;
const codes = partyCodes;
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((a) => a.text);

describe('doers reached: what a passive of mobilising moves is the mobiliser\'s own force', () => {
  it('should make units told by any word for them the actor, not the recipient', () => {
    const battalions = code('Four more Zambian army battalions were dispatched to the northern province on Thursday.').find((e) => e.event === 'MOBILIZE');
    expect(codes(battalions?.actor)).toBe('ZMB');
    expect(battalions?.recipient).toEqual([]);
    const vessels = code('Two Peruvian coastguard cutters were dispatched to the bay on Wednesday.').find((e) => e.event === 'MOBILIZE');
    expect(codes(vessels?.actor)).toBe('PER');
    expect(vessels?.recipient).toEqual([]);
  });
});

describe('doers reached: harm told with no doer, done in its "when"/"as" clause', () => {
  it('should make the subject of the "when" clause\'s act of force the doer of the harm', () => {
    const hurt = code('Six constables were injured when striking miners hurled rocks at a police post in Obuasi.').find((e) => e.event === 'ASSAULT' && e.evidence.trigger.text === 'injured');
    expect(texts(hurt?.actor)).toEqual(['striking miners']);
    expect(texts(hurt?.recipient)).toEqual(['constables']);
    const died = code('Three farmers died when soldiers opened fire on a market near Kaya.').find((e) => e.event === 'ASSAULT');
    expect(texts(died?.actor)).toEqual(['soldiers']);
  });

  it('should not make the victims\' own vehicle or a pronoun the doer', () => {
    // No doer named: at most the state's own side, guessed with no sector (infer-party-codes.ts storyStateDoer).
    const mine = code('Two soldiers were killed when their vehicle struck a mine near Kidal.').find((e) => e.event === 'ASSAULT');
    expect(mine?.actor.filter((p) => p.sector !== null)).toEqual([]);
    const fled = code('Four migrants were killed when they jumped from a moving train near Tapachula.').find((e) => e.event === 'ASSAULT');
    expect((fled?.actor ?? []).filter((p) => p.sector !== null)).toEqual([]);
  });
});

describe('doers reached: a force named before the act noun or its means', () => {
  it('should make the force before "gunfire" or "fire" the agent of a passive harm', () => {
    const shot = code('A teenager was wounded by police gunfire outside a bakery in Kumasi on Monday.').find((e) => e.event === 'ASSAULT');
    expect(texts(shot?.actor)).toEqual(['police']);
    const wounded = code('A farmer was wounded by army fire near the bridge at Goma.').find((e) => e.event === 'ASSAULT');
    expect(texts(wounded?.actor)).toEqual(['army']);
  });

  it('should make the possessor of an act noun with a compound before it the doer ("the army\'s air strike")', () => {
    const strike = code('The army\'s air strike killed 12 villagers in Sagaing on Sunday.').find((e) => e.event === 'ASSAULT');
    expect(texts(strike?.actor)).toEqual(['army']);
  });
});

describe('doers reached: a time phrase between the subject of an "after" clause and its verb', () => {
  it('should make the noun after "after" the subject of the verb past "on Tuesday"', () => {
    const evicted = code('The strike was declared after soldiers on Wednesday seized 30 taxis from a depot in Braga.').find((e) => e.event === 'COERCE');
    expect(texts(evicted?.actor)).toEqual(['soldiers']);
  });
});

describe('doers reached: a text that speaks for its author', () => {
  it('should make the "by" phrase of a statement, or the agent of the participle describing a report, the actor', () => {
    const statement = code('A statement by Human Rights Watch accused the governor of Kasai of ordering the arrests.').find((e) => e.event === 'ACCUSE');
    expect(texts(statement?.actor)).toEqual(['Human Rights Watch']);
    const report = code('A report published on Friday by Amnesty International urged Ecuador to free the detained journalists.').find((e) => e.event === 'REQUEST');
    expect(texts(report?.actor)).toEqual(['Amnesty International']);
  });

  it('should not make the "by" phrase of a subject that is no text the actor of a statement', () => {
    const visit = code('A visit by Chinese officials angered the opposition, which accused Zambia of secrecy.').find((e) => e.event === 'ACCUSE');
    expect(codes(visit?.actor)).not.toBe('CHN');
  });
});

describe('doers reached: a sentence that goes on with the quotation before it', () => {
  it('should make the speaker of the quotation before the doer of a first-person act', () => {
    const call = code('"Peru deplores this decision," Minister Ana Soto said. "We urge Tehran to halt enrichment at once."').find((e) => e.event === 'REQUEST');
    expect(codes(call?.actor)).toBe('PER');
  });
});

describe('doers reached: "the service" takes up the service named just before', () => {
  it('should make "the service" the named border service of the sentence before', () => {
    const accused = code('Floods cut the mountain road overnight, Georgia\'s Emergency Management Service said on Sunday. The service accused Russian officials of blocking relief convoys.').find((e) => e.event === 'ACCUSE');
    expect(codes(accused?.actor)).toBe('GEO');
  });
});
