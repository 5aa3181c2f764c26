import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Regret over another's decision or act is disapproval (PLOVER ACCUSE disapprove, CAMEO 110); regret for one's own
// harm or fault is an apology, no charge. Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-06-18');
const disapprovals = (text: string) => code(text).filter((e) => e.event === 'ACCUSE' && e.mode === 'disapprove');

describe('events: regret as disapproval (ACCUSE disapprove)', () => {
  it('should code a state that regrets another state\'s decision, with that state as the recipient', () => {
    const [regret] = disapprovals('The Kenyan government regrets the decision by Uganda to close the border.');
    expect(regret?.evidence.trigger.text).toBe('regrets');
    expect(regret?.recipient.map((r) => r.code)).toContain('UGA');
  });
  it('should code regret voiced over another state\'s act beside the request told with it', () => {
    const events = code('Canberra voiced deep regret over the seizure of the fishing boat and urged Jakarta to release its crew, the foreign minister said.');
    expect(events.filter((e) => e.event === 'ACCUSE').map((e) => e.evidence.trigger.text)).toEqual(['regret']);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(true);
  });
  it('should not read regret for one\'s own harm or words as a charge', () => {
    expect(disapprovals('The navy expressed deep regret over the loss of life in the collision.')).toEqual([]);
    expect(disapprovals('The governor of Tanga said he regretted his remarks.')).toEqual([]);
  });
  it('should not read an apology told to someone, a formula of regret or a mourning notice as a charge', () => {
    expect(disapprovals('The airline expressed deep regret to passengers stranded in Nairobi.')).toEqual([]);
    expect(disapprovals('Tanzania regrets to announce that the summit in Arusha has been postponed.')).toEqual([]);
    expect(disapprovals('With deep regret, the Kenyan government announced the death of its ambassador to Ethiopia.')).toEqual([]);
  });
  it('should not read a regret-inducing threat as regret', () => {
    expect(disapprovals('Any new incursion will receive a regret-inducing response, the army of Chad said.')).toEqual([]);
  });
});

// Words quoted inside the reporter's own clause ('said it was "gravely alarmed" by …') are no speaker's sentence: the
// pronoun subject outside the quotation marks is the speaker, as it would be without them.
describe('events: a predicate quoted inside the reporter\'s clause', () => {
  it('should give the quoted alarm the speaker the pronoun outside the quotes stands for', () => {
    const [alarm] = disapprovals('Ghana\'s interior ministry said it was "gravely alarmed" by the expulsion of its herders from Togo.');
    // Read as the quotation's own sentence, the alarm had no speaker and was not coded at all.
    expect(alarm?.actor.map((a) => a.code)).toEqual(['GHA']);
  });
  it('should still read "they" in a speaker\'s own quoted sentence as others', () => {
    const [shelling] = code('"They shelled our villages near Kousseri," the governor of the Far North said.').filter((e) => e.event === 'ASSAULT');
    expect(shelling?.actor.some((a) => a.text === 'governor of the Far North' || a.sector === 'GOV')).toBe(false);
  });
});
