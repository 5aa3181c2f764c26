import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/** Doers the parse loses: the noun a "which" clause after a comma describes. Sentences are our own. */
const code = codeText;
const codes = partyCodes;

describe('lost subjects: the noun of a relative clause after a comma does its act', () => {
  it('should make the state a "which" clause describes the doer of its act', () => {
    const aid = code('Officials thanked China, which delivered medical supplies to the army last year.').find((e) => e.event === 'AID');
    expect(codes(aid?.actor)).toBe('CHN');
    const asylum = code('The opposition leader fled to Argentina, which granted him asylum.').find((e) => e.event === 'AID');
    expect(codes(asylum?.actor)).toBe('ARG');
  });

  it('should make the body a "which" clause describes the doer of its act, not the subject of the verb before it', () => {
    const denounced = code('Kenyan police raided the offices of the Teachers Service Commission, which denounced the operation.').find((e) => e.event === 'ACCUSE');
    expect(denounced?.actor.map((a) => a.text)).toEqual(['Teachers Service Commission']);
  });
});

describe('lost subjects: the noun phrase after a fronted phrase, described by an apposition or relative clause', () => {
  it('should make a group described by an apposition after a fronted date the doer of the verb after it', () => {
    const raid = code('In April 2023, the Lion Brigade, a small river militia, overran an army base near Gao.').find((e) => e.event === 'ASSAULT');
    expect(raid?.actor.map((a) => a.text)).toEqual(['Lion Brigade']);
  });

  it('should make a force described by a "who" clause after a fronted day the doer of the verb after it', () => {
    const arrest = code('On Tuesday, police, who had surrounded the camp, arrested 20 men.').find((e) => e.event === 'COERCE');
    expect(arrest?.actor.map((a) => a.text)).toEqual(['police']);
  });
});

describe('adjectives misread as verbs', () => {
  it('should read "armed" between a capitalised first word and its noun as describing the doers, not as an act', () => {
    const events = code('Unidentified armed men opened fire on a minibus near Mopti on Monday.');
    expect(events.map((e) => e.event)).toEqual(['ASSAULT']);
  });
});

describe('lost subjects: a later conjunct shares the uncoded subject of its first verb (named-subject.ts sharesFirstConjunctSubject)', () => {
  it('should make the union that met the mayor the doer of the warning it went on to give', () => {
    const warning = code('The union met the mayor on Friday and warned that it would block the roads to the port.').find((e) => e.event === 'THREATEN');
    expect(warning?.actor.map((a) => a.text)).toEqual(['union']);
  });

  it('should not lend the subject of a passive first verb, which the act was done to', () => {
    const events = code('The union was fined by the court on Friday and warned that it would block the roads to the port.');
    expect(events.find((e) => e.event === 'THREATEN')?.actor.map((a) => a.text) ?? []).not.toContain('union');
  });
});
