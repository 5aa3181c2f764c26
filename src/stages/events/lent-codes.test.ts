import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

const code = (text: string, published = '2025-06-10'): CodedEvent[] => codeText(text, published);
const partyCodes = (e: CodedEvent | undefined) => (e ? [...e.actor, ...e.recipient].map((p) => p.code) : []);

describe('codes lent by a place or a name to a party of another state', () => {
  // Left to do: a town after a preposition of place read as where, not as the antecedent of "its" ("the embassy in …
  // renewed its call"). The rule tried (dictionary-actors 11) dropped every such town as a party, and with it the
  // targets of "fired shells at <capital>" and "arrived in <capital>" (PETRARCH unit tests 86.3% → 82.7% exact); it
  // needs the parse to tell a noun's place phrase from a verb's.
  it.todo('reads a town in a noun\'s place phrase as where, not as the antecedent of "its"');

  it('reads a capital\'s name that opens a person\'s name as a given name, not as the state', () => {
    const promise = code('Education minister Sofia Lindqvist promised to meet the striking teachers on Friday.').find((e) => e.event === 'AGREE');
    expect(promise).toBeDefined();
    expect(partyCodes(promise)).not.toContain('BGR');
    // A capital named alone as the subject still stands for its state.
    const refusal = code('Sofia rejected the proposal from Brussels on Monday.').find((e) => e.event === 'REJECT');
    expect(refusal?.actor.map((p) => p.code)).toEqual(['BGR']);
  });
});

describe('a body that rules a state after a coup, named by its shape', () => {
  it('is the state\'s ruling body (GOV of the story\'s state), not an NGO, and so are its short name and acronym', () => {
    const events = code('Colonels who toppled the cabinet in Bamako in March set up the Supreme Committee for Transition and Renewal (SCTR).\n\n'
      + 'On Sunday the Supreme Committee for Transition and Renewal rejected a regional demand to free the deposed head of state.\n\n'
      + 'The SCTR also denied that its members had quarrelled, and the Committee asked shopkeepers in Mali to open again.', '2023-09-10');
    const rejection = events.find((e) => e.event === 'REJECT' && e.evidence.trigger.text === 'rejected');
    expect(rejection?.actor.map((p) => [p.code, p.sector])).toEqual([['MLI', 'GOV']]);
    const denial = events.find((e) => e.evidence.trigger.text === 'denied');
    expect(denial?.actor.map((p) => p.code)).toEqual(['MLI']);
    expect(events.flatMap((e) => e.actor).some((p) => p.code === 'NGO')).toBe(false);
  });

  it('needs a word of power beside a word of transition, and no word of another field or of a region', () => {
    const urger = (text: string) => code(text, '2024-05-07').find((e) => e.evidence.trigger.text === 'urged' || e.evidence.trigger.text === 'accused');
    for (const text of [
      'The Clean Energy Transition Council, an alliance of lenders, urged Ghana on Tuesday to close two coal-fired plants by 2030.',
      'GULU, Uganda (AP) - The Northern Transitional Council accused soldiers of burning homes near the town on Monday.',
      'GULU, Uganda (AP) - A Transitional Justice Council accused soldiers of burning homes near the town on Monday.',
    ]) {
      const act = urger(text);
      expect(act, text).toBeDefined();
      expect(act!.actor.map((p) => p.sector), text).not.toContain('GOV');
    }
    const junta = urger('GULU, Uganda (AP) - The Supreme Military Transitional Council accused foreign donors of meddling on Monday.');
    expect(junta?.actor.map((p) => p.sector)).toEqual(['GOV']);
  });
});
