import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';
import type { CodedEvent } from '../../core/document.js';

/** Actors and targets from agents, doers named by modifiers, conjuncts and "from" phrases (issue 14). Sentences are our own. */
const code = codeText;
const byTrigger = (events: readonly CodedEvent[], word: string) => events.find((e) => e.evidence.trigger.text.split(' ')[0] === word);
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: ground taken from a party (role-words.json seizureVerbs ground)', () => {
  it('should aim the taking of a town at whom it was taken from, not at the town', () => {
    const retook = byTrigger(code('Troops retook the village of Mbakolo from Boko Haram on Sunday.'), 'retook');
    expect(texts(retook?.recipient)).toEqual(['Boko Haram']);
    const town = byTrigger(code('The army said its forces retook the town of Kidal from the rebels.'), 'retook');
    expect(texts(town?.recipient)).toEqual(['rebels']);
  });
  it('should read "control of X" as ground', () => {
    const wrested = byTrigger(code('Rebels wrested control of the Goma airport from the army.'), 'wrested');
    expect(texts(wrested?.recipient)).toEqual(['army']);
  });
});

describe('roles: a group noun before an armed act names its doer (group-nouns.json doerActs)', () => {
  it('should make the group word before an attack the actor of the attack and of the casualties told in it', () => {
    const killed = code('Three Pakistani policemen were killed in a militant attack in Bannu, officials said.').find((e) => e.event === 'ASSAULT');
    expect(texts(killed?.actor)).toEqual(['militant']);
    expect(texts(killed?.recipient)).toEqual(['Pakistani policemen']);
    const wounded = code('Four traders were wounded in a bandit raid near Gusau.').find((e) => e.event === 'ASSAULT');
    expect(texts(wounded?.actor)).toEqual(['bandit']);
  });
  it('should read a doer word before a compound act noun and a name before a weapon', () => {
    const strike = code('Six guards died in an insurgent drone strike on the prison in Magway.').find((e) => e.event === 'ASSAULT');
    expect(texts(strike?.actor)).toEqual(['insurgent']);
  });
});

describe('roles: a possessed first conjunct the parse reads as a description', () => {
  it('should keep both sides of a fight told as "X\'s soldiers and gang members"', () => {
    const fire = code('Honduras\'s soldiers and gang members exchanged fire in San Pedro Sula.').find((e) => e.event === 'ASSAULT');
    // Both sides are of one state, so one acts and the other receives (infer-party-codes.ts oneStateSides): both are kept.
    expect([...(fire?.actor ?? []), ...(fire?.recipient ?? [])].map((p) => p.sector).sort()).toEqual(['CRM', 'MIL']);
  });
});

describe('roles: who suffered the act a loss is told in (role-words.json lossVerbs)', () => {
  it('should make the subject of "lost … in an ambush" its target, and never its actor', () => {
    const ambush = code('Niger lost seven soldiers in an ambush by jihadists near Tillaberi.').find((e) => e.event === 'ASSAULT');
    expect(ambush?.recipient.map((p) => p.code)).toContain('NER');
    expect(ambush?.actor.map((p) => p.text)).toEqual(['jihadists']);
    const blast = code('Uganda lost four soldiers in a roadside bomb blast.').find((e) => e.event === 'ASSAULT');
    expect(blast?.actor.map((p) => p.text)).not.toContain('Uganda');
    expect(blast?.recipient.map((p) => p.code)).toContain('UGA');
  });
  it('should make the subject of "suffered losses in fighting with X" a side of the fighting', () => {
    const fight = code('The Chadian army suffered heavy losses in fighting with Boko Haram near the lake.').find((e) => e.event === 'ASSAULT');
    expect(fight?.actor.map((p) => p.text).sort()).toEqual(['Boko Haram', 'Chadian army']);
  });
});

describe('roles: a passive\'s agent named by a group and its noun (syntax repairSplitAgent)', () => {
  it('should keep the named group and its noun together as the doer, with the group\'s own country', () => {
    const ambushed = byTrigger(code('Three soldiers were ambushed by al-Shabaab fighters in Mandera on Monday.'), 'ambushed');
    expect(texts(ambushed?.actor)).toEqual(['al-Shabaab fighters']);
    expect(ambushed?.actor[0]?.code).toBe('SOM');
    expect(texts(ambushed?.recipient)).toEqual(['soldiers']);
  });
});
