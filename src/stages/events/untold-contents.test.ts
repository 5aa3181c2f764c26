import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Issue 14: acts only talked about, waited for or denied are not coded, or coded with the modality they are told with.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2024-09-20'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const byTrigger = (events: CodedEvent[], trigger: string) => events.filter((e) => e.evidence.trigger.text === trigger);

describe('an act in a clause of time under a future or a modal is waited for, not done nor promised', () => {
  it('codes no concession from "until the ministry withdraws"', () => {
    const found = byTrigger(code('Bus owners said the stoppage would last until the ministry withdraws the new road toll.'), 'withdraws');
    expect(found.every((e) => e.modality === 'hypothetical')).toBe(true);
  });

  it('codes no departure from "when the soldiers leave" under "will"', () => {
    const found = byTrigger(code('Herders will return to the pastures when the soldiers leave, a village elder said.'), 'leave');
    expect(found.every((e) => e.modality === 'hypothetical')).toBe(true);
  });

  it('keeps an act in a past clause of time as told', () => {
    const found = byTrigger(code('The rebels held the ridge until the soldiers withdrew on Monday.'), 'withdrew');
    expect(found.map((e) => [e.event, e.modality])).toEqual([['RETREAT', 'asserted']]);
  });
});

describe('an act told as not having happened under an act coded in its sentence is that act\'s content', () => {
  it('codes the denial, not the denied strike', () => {
    const events = code('The defence ministry denied reports that its jets had bombed a market in Kuyuk.');
    expect(events.map((e) => e.event)).toEqual(['REJECT']);
  });

  it('codes the refusal, not the withdrawal it waits on', () => {
    const events = code('The general said his command would refuse talks with the militia until the fighters withdraw from Kuyuk.');
    expect(events.map((e) => e.event)).toEqual(['REJECT']);
  });

  it('codes the appeal, not the act it says was not done beside it', () => {
    const events = code('The African Union has called for a ceasefire in Kuyuk but has not suspended Nandor from its bodies.');
    expect(events.some((e) => e.event === 'SANCTION')).toBe(false);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(true);
  });
});
