import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// One act told in several sentences (issue 14): a bare toll told after the act is that act's toll, not a second event.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2023-05-14'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const assaults = (events: CodedEvent[]) => events.filter((e) => e.event === 'ASSAULT');

describe('a toll told alone after the act is that act told again', () => {
  it('merges a passive toll told two sentences after the raid into the raid, which takes its figure', () => {
    const text = 'Armed men raided a police post in the town of Lirangwe before dawn on Monday, the provincial governor said.\n\n'
      + 'The men arrived in two pickup trucks and fled towards the hills.\n\n'
      + 'At least seven people were killed, according to the governor.';
    const found = assaults(code(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2023-05-08', size: { dead: { value: 7 } } });
    expect((found[0]!.evidence.mentions ?? []).map((m) => m.trigger.text)).toContain('killed');
  });

  it('merges "two soldiers died, he said" into the clash that counted more dead, keeping its count', () => {
    const text = 'Army units killed at least ten insurgents near the village of Mkata on Friday, officials said.\n\n'
      + 'Two soldiers died, he said.';
    const found = assaults(code(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.size.dead?.value).toBe(10);
  });

  it('keeps a harm with a cause of its own apart ("hurt by rocks" is the stone-throwers\' act)', () => {
    const text = 'Riot police fired tear gas at traders who had blocked the market road in Zomba on Tuesday.\n\n'
      + 'The traders later returned to their stalls.\n\n'
      + 'Four officers were hurt by rocks, a spokesman added.';
    const found = assaults(code(text));
    expect(found.find((e) => e.evidence.trigger.text === 'hurt')).toBeDefined();
    expect(found.find((e) => e.evidence.trigger.text === 'fired')?.size.injured).toBeUndefined();
  });

  it('gives no toll told after "Separately, …" to the act before it', () => {
    const text = 'Gunmen stormed a customs office on the road to Mchinji on Wednesday, the district commissioner said.\n\n'
      + 'Separately, a fuel tanker overturned near the border post.\n\n'
      + 'Nine people died, the ministry said.';
    const stormed = assaults(code(text)).find((e) => e.evidence.trigger.text === 'stormed');
    expect(stormed).toBeDefined();
    expect(stormed!.size.dead).toBeUndefined();
  });
});
