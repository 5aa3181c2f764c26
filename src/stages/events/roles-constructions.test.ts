import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/** Who did what to whom, by construction (issue 14). Sentences are our own. */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function code(text: string, published = '2024-03-05'): CodedEvent[] {
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}
const top = (events: readonly CodedEvent[]) => [...events].sort((a, b) => b.confidence - a.confidence)[0];
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);
const codes = (parties: readonly { code: string | null }[] | undefined) => (parties ?? []).map((p) => p.code).sort().join('+');

describe('roles: the act a statement is about, told by an infinitive that is no trigger', () => {
  it('should aim a threat at whom the threatened act is done to', () => {
    const offensive = top(code('Turkey threatened to launch a new offensive against the Kurdish militia.'));
    expect(offensive?.event).toBe('THREATEN');
    expect(texts(offensive?.recipient)).toEqual(['Kurdish militia']);
    const blows = top(code('Hamas threatened to deliver painful blows to Israel on Sunday.'));
    expect(codes(blows?.recipient)).toBe('ISR');
  });
});

describe('ranking: an act reported inside a subordinate or relative clause is backdrop', () => {
  it('should rank an act told in a report within an "after" clause below the main act', () => {
    const events = code('Uganda ordered an inquiry into the killings after villagers said soldiers had shot three fishermen.');
    const ordered = events.find((e) => e.evidence.trigger.text === 'ordered');
    const shot = events.find((e) => e.evidence.trigger.text === 'shot');
    expect(ordered && shot).toBeTruthy();
    expect(shot!.confidence).toBeLessThan(ordered!.confidence);
    expect(shot!.why.join(' ')).toContain('inside a subordinate clause');
  });
});

describe('roles: the one who reports an act is not its actor', () => {
  it('should not give an act to the speaker a reported pronoun cannot stand for', () => {
    // "he" is none of the witnesses: the mayor (or someone else) attacked, not those who tell of it.
    const attack = code('Soldiers detained the mayor after witnesses said he had attacked a journalist.').find((e) => e.evidence.trigger.text === 'attacked');
    expect(texts(attack?.actor)).not.toContain('witnesses');
    // A pronoun that can stand for the speaker still does: the speaker's own act.
    const allow = code('Kenya said on Monday it would allow UN inspectors into the refugee camp.').find((e) => e.evidence.trigger.text === 'allow');
    expect(codes(allow?.actor)).toBe('KEN');
  });
});

describe('roles: the party a demand is made of, when the tagger reads its verb as a noun', () => {
  it('should aim "demanded that X <verb> …" at X when the base-form verb was read as a noun', () => {
    // "army end its attacks": the parse makes "end" a noun compounded with "army", and the herders
    // attacked are the inner act's target, not the one the demand is made of.
    const demand = top(code('Amnesty International demanded that the Malian army end its attacks on herders.'));
    expect(demand?.event).toBe('REQUEST');
    expect(texts(demand?.recipient)).toEqual(['Malian army']);
  });
});

describe('roles: a compound act noun is read by the head of its phrase', () => {
  it('should read "a cease-fire with X" declared by one side as aimed at X', () => {
    // "cease-fire" is matched from "cease", which the parse hangs on "fire" as a compound.
    const truce = code('The Malian president announced a three-day cease-fire with the rebels on Friday.').find((e) => e.event === 'RETREAT');
    expect(texts(truce?.actor)).toEqual(['Malian president']);
    expect(texts(truce?.recipient)).toEqual(['rebels']);
  });
});

describe('roles: "called X to …" is a call made to do something, not a call on X to act', () => {
  it('should give the purpose of a call to the caller', () => {
    // "called on X to stop" asks X (an "on" phrase); "called X to apologize" is the caller's own errand.
    const apology = code('The French president called Netanyahu to apologize over the arrests.').find((e) => e.evidence.trigger.text === 'apologize');
    expect(texts(apology?.actor)).toEqual(['French president']);
  });
});

describe('roles: a means told as an act names its doer after "by"', () => {
  it('should give a killing whose subject is "a bombing by X" to X', () => {
    // The parse hangs "by the Taliban" on the verb, between the subject and it.
    const killing = top(code('A suicide bombing by the Taliban killed at least 12 people in Kandahar.'));
    expect(killing?.event).toBe('ASSAULT');
    expect(codes(killing?.actor)).toBe('AFG');
    expect(texts(killing?.actor)).toEqual(['Taliban']);
  });
});

describe('roles: the arresting authority of an arrest told in the passive', () => {
  it('should give an arrest with no one named as arresting to the state where it happened', () => {
    const arrest = top(code('A Kenyan reporter was arrested in Juba on Monday.'));
    expect(arrest?.event).toBe('COERCE');
    expect(codes(arrest?.recipient)).toBe('KEN');
    expect(codes(arrest?.actor)).toBe('SSD');
    expect(arrest?.actor[0]?.sector).toBe('GOV');
  });
});

describe('roles: harm suffered in a place of custody', () => {
  it('should give violence suffered in a prison, with no one named as doing it, to who holds the prison', () => {
    const death = top(code('A jailed blogger died in a prison in Egypt due to torture.'));
    expect(death?.event).toBe('ASSAULT');
    expect(texts(death?.recipient)).toEqual(['jailed blogger']);
    expect(texts(death?.actor)).toEqual(['prison in Egypt']);
    expect(codes(death?.actor)).toBe('EGY');
    // Not any building: officers killed in a police station were attacked there, not by its holders.
    const station = top(code('Two police officers were killed in a police station in Kabul.'));
    expect(texts(station?.actor)).not.toContain('police station');
  });
});
