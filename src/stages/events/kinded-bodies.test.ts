import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Verb acts whose subject is a body or force named by its kind only ("environmental groups", "air defences",
// "an army source"): no dictionary codes it, and the act was dropped for want of a party. Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-09-10');
const actors = (text: string) => code(text).map((e) => `${e.event}:${e.actor.map((a) => `${a.text}/${a.sector ?? '-'}`).join('+')}`);

describe('events: a body or force named by its kind is the uncoded actor of its verb act', () => {
  it('should code the act of "conservation groups" and "naval forces" with the phrase as actor', () => {
    expect(actors('Conservation groups condemned the new logging permits on Tuesday.')).toContain('ACCUSE:Conservation groups/-');
    expect(actors('Naval forces seized a cargo ship off the coast on Sunday.').some((e) => e.includes('Naval forces/MIL'))).toBe(true);
  });
  it('should give a force\'s voice the sector of its owner word', () => {
    expect(actors('A police source denied the report on Monday.')).toContain('REJECT:police source/COP');
  });
  it('should take the subject of "filed a lawsuit" as the doer of the suit (a light verb of legal acts)', () => {
    expect(actors('A farming group filed a lawsuit in a district court in Salta on Monday.').map((e) => e.split(':')[0])).toContain('ACCUSE');
  });
  it('should not make a doer of the noun alone, of one counted, or of a voice with no owner', () => {
    expect(code('Groups condemned the new logging permits on Tuesday.').map((e) => e.event)).toEqual([]);
    expect(code('Several groups condemned the new logging permits on Tuesday.').map((e) => e.event)).toEqual([]);
    expect(code('Energy sources denied the report on Monday.').map((e) => e.event)).toEqual([]);
  });
});
