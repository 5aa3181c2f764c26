import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// A phrasal verb whose particle "back" stands after the verb's object (find-triggers.ts separatedParticle), and people
// a state sends or flies back (triggers.json send back, fly back). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-10-14');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: a particle "back" after the verb\'s object', () => {
  it('should code migrants a state sent or flew back as deported', () => {
    expect(types('Tunisia sent 60 migrants back to Libya on Sunday.')).toContain('COERCE/deport');
    expect(types('Italian officials flew 23 asylum seekers back to Tunisia on a charter plane.')).toContain('COERCE/deport');
  });
  it('should read troops pulled back and boats turned back as with the joined particle', () => {
    expect(types('Chad pulled its troops back from the border town on Friday.')).toContain('RETREAT/withdraw');
    expect(types('The Greek coastguard turned two dinghies back towards Turkey.')).toContain('COERCE/restrict');
  });
  it('should not read a particle of another verb, or people flown back by no state', () => {
    expect(types('Tunisia sent 60 migrants to the camp and they walked back to the port.')).not.toContain('COERCE/deport');
    expect(types('The airline flew 200 tourists back to Lisbon after the strike.')).not.toContain('COERCE/deport');
  });
  it('should not read people a state brings home, or sends back inside its borders, as deported', () => {
    expect(types('India flew 250 nationals back to New Delhi from Khartoum on Sunday.')).not.toContain('COERCE/deport');
    expect(types('The army sent 300 people back to their villages after the floods receded.')).not.toContain('COERCE/deport');
  });
});

describe('events: any particle the parse hangs on the verb, after the verb\'s object', () => {
  it('should read a pay deal voted down, a strike called off and captives handed over with their object inside', () => {
    expect(types('Miners in the north voted it down by a wide margin on Thursday.').some((t) => t.startsWith('REJECT/'))).toBe(true);
    expect(types('The teachers\' union called the strike off after the ministry raised salaries.')).toContain('CONCEDE/-');
    expect(types('The militia handed them over to the Red Cross on Sunday.')).toContain('RETREAT/release');
  });
  it('should not read "out" of a phrase of its own, or told as an adverb of where the object went, as the particle', () => {
    expect(types('Rescuers pulled three children out of the rubble on Tuesday.')).not.toContain('RETREAT/withdraw');
    expect(types('"By the second time, neighbours were already pulling bodies out."')).not.toContain('RETREAT/withdraw');
  });
});
