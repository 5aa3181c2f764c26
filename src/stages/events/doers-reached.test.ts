import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/** The doer of a right event that the role finding had left out (h34a). Sentences are our own. */
const code = codeText;
const codes = partyCodes;
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((a) => a.text);

describe('doers reached: what a passive of mobilising moves is the mobiliser\'s own force', () => {
  it('should make units told by any word for them the actor, not the recipient', () => {
    const rushed = code('Two more Malawian army companies were rushed to the district on Friday.').find((e) => e.event === 'MOBILIZE');
    expect(codes(rushed?.actor)).toBe('MWI');
    expect(rushed?.recipient).toEqual([]);
    const vessels = code('Three Chilean patrol vessels were sent to the strait on Monday.').find((e) => e.event === 'MOBILIZE');
    expect(codes(vessels?.actor)).toBe('CHL');
    expect(vessels?.recipient).toEqual([]);
  });
});

describe('doers reached: harm told with no doer, done in its "when"/"as" clause', () => {
  it('should make the subject of the "when" clause\'s act of force the doer of the harm', () => {
    const hurt = code('Nine officers were injured when masked youths threw rocks and bottles at police in Tamale.').find((e) => e.event === 'ASSAULT' && e.evidence.trigger.text === 'injured');
    expect(texts(hurt?.actor)).toEqual(['masked youths']);
    expect(texts(hurt?.recipient)).toEqual(['officers']);
    const died = code('Three farmers died when soldiers opened fire on a market near Kaya.').find((e) => e.event === 'ASSAULT');
    expect(texts(died?.actor)).toEqual(['soldiers']);
  });

  it('should not make the victims\' own vehicle or a pronoun the doer', () => {
    const mine = code('Two soldiers were killed when their vehicle struck a mine near Kidal.').find((e) => e.event === 'ASSAULT');
    expect(mine?.actor).toEqual([]);
    const fled = code('Four migrants were killed when they jumped from a moving train near Tapachula.').find((e) => e.event === 'ASSAULT');
    expect(fled?.actor ?? []).toEqual([]);
  });
});

describe('doers reached: a force named before the act noun or its means', () => {
  it('should make the force before "gunfire" or "fire" the agent of a passive harm', () => {
    const shot = code('Two students were killed by police gunfire in Jos on Monday.').find((e) => e.event === 'ASSAULT');
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
    const evicted = code('The rally was called after police on Tuesday evicted 40 families from a hostel in Porto.').find((e) => e.event === 'COERCE');
    expect(texts(evicted?.actor)).toEqual(['police']);
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
    const call = code('"Chile condemns the repeated launches," Minister Ana Soto said. "We call on Pyongyang to return to talks."').find((e) => e.event === 'REQUEST');
    expect(codes(call?.actor)).toBe('CHL');
  });
});

describe('doers reached: "the service" takes up the service named just before', () => {
  it('should make "the service" the named border service of the sentence before', () => {
    const accused = code('Clashes broke out near the canal, Tajikistan\'s State Border Service said. The service accused Kyrgyz troops of firing first.').find((e) => e.event === 'ACCUSE');
    expect(codes(accused?.actor)).toBe('TJK');
  });
});
