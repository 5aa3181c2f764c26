import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// One event per act (issue 14): a story's lead sums up the attack the body then tells with its time and detail
// (merge-mentions.ts leadToldAgain). Every sentence here was written for this file.

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2019-03-08'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const assaults = (events: CodedEvent[]) => events.filter((e) => e.event === 'ASSAULT');

const BODY = 'Gunmen on motorbikes stormed Tovika on Wednesday evening, shooting at residents and burning grain stores, said Amos Kelu, a community leader.';

describe('events: the lead and the body telling one attack', () => {
  it('merges the lead\'s attack into the body\'s first telling of it, with the lead\'s toll and the body\'s day', () => {
    const text = `Armed men shot dead at least 14 herders during an assault on a cattle camp in eastern Veldoria, a district commissioner said on Thursday.\n\n${BODY} A military spokesman said a battalion was deployed to the district.`;
    const found = assaults(code(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2019-03-06');
    expect(found[0]!.size.dead?.value).toBe(14);
    expect(found[0]!.evidence.mentions?.map((m) => m.trigger.text)).toContain('shot');
  });

  it('keeps apart two attacks told in one paragraph, as a short note tells them', () => {
    const text = `Armed men shot dead at least 14 herders during an assault on a cattle camp in eastern Veldoria, a district commissioner said on Thursday. ${BODY}`;
    expect(assaults(code(text))).toHaveLength(2);
  });

  it('keeps apart a lead whose own day is another than the body\'s', () => {
    const text = `Armed men shot dead at least 14 herders during an assault on a cattle camp in eastern Veldoria on Sunday, witnesses said.\n\n${BODY} A military spokesman said a battalion was deployed to the district.`;
    expect(assaults(code(text))).toHaveLength(2);
  });

  it('keeps apart a body attack the story tells as another one', () => {
    const text = `Armed men shot dead at least 14 herders during an assault on a cattle camp in eastern Veldoria, a district commissioner said on Thursday.\n\nIn a separate attack, gunmen stormed a market near Tovika and abducted several traders.`;
    expect(assaults(code(text))).toHaveLength(2);
  });

  it('keeps apart a body attack done by the other side', () => {
    const text = 'Armed men shot dead at least 14 herders during an assault on a cattle camp in eastern Veldoria, witnesses said on Thursday.\n\nSoldiers shelled rebel positions in the hills near Tovika on Wednesday evening, the army said.';
    expect(assaults(code(text))).toHaveLength(2);
  });
});
