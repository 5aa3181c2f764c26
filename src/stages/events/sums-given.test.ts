import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// A sum of money approved, allocated, redirected or announced for someone is money given (PLOVER AID); the same verbs
// with a plan, a text or a budget as their object give no one anything (triggers.json rule field sumObject,
// find-triggers.ts namesSum). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-06-18');
const types = (text: string) => code(text).map((e) => `${e.event} ${e.evidence.trigger.text}`);

describe('events: sums of money given are aid', () => {
  it('should code a sum approved for someone as aid, not as approval', () => {
    expect(types('The Asian Development Bank approved $120m for rural clinics in Laos on Tuesday.')).toEqual(['AID approved']);
  });
  it('should read the sum by a currency sign on a counted head and by a currency word counted by a number', () => {
    expect(types('Finland redirected €9m to independent newspapers in Georgia last month.')).toEqual(['AID redirected']);
    expect(types('Norway allocated 40 million kroner to flood shelters in Malawi on Monday.')).toEqual(['AID allocated']);
    expect(types('The Gulf fund announced A$6 million for water tanks in Tonga.')).toEqual(['AID announced']);
  });
  it('should not read a budget, a plan or a count of other things as a sum given', () => {
    expect(types('The senate in Quito approved a $3bn budget on Monday.')).not.toContain('AID approved');
    expect(types('The council in Tromsø approved the harbour plan on Monday.')).toEqual(['SUPPORT approved']);
    expect(types('The ministry in Lusaka announced 25 new posts for nurses.')).toEqual([]);
  });
});
