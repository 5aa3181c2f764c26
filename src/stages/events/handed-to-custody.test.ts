import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// People handed over to the police, a court or a migration service are put in the state's custody or sent out of the
// country (COERCE), not freed or ceded (RETREAT); ground or captives handed to others stay RETREAT. Sentences written
// for these tests.
const code = (text: string) => codeText(text, '2024-03-05');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? ''}`);

describe('events: people handed over to the state\'s custody (COERCE)', () => {
  it('should read people handed to a migration service as deported', () => {
    expect(types('Eleven of the migrants were handed over to the immigration service in Tacna on Monday.')).toContain('COERCE/deport');
  });
  it('should read a suspect handed to a prosecutor as held, not released', () => {
    const coded = types('The suspect was handed over to the prosecutor in Tarija on Friday.');
    expect(coded).toContain('COERCE/arrest');
    expect(coded.some((t) => t.startsWith('RETREAT'))).toBe(false);
  });
  it('should keep a base handed over to the police a withdrawal', () => {
    expect(types('The militia handed over the airport to the police on Sunday.')).toContain('RETREAT/withdraw');
  });
  it('should keep hostages handed to an aid agency a release', () => {
    expect(types('The kidnappers handed over the two hostages to the Red Cross on Sunday.')).toContain('RETREAT/release');
  });
});
