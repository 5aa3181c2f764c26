import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Whole-article effects (issue 14): a live page's stamp lines and day headings, and an article's background section.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2026-08-05'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const byTrigger = (events: CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);

describe('live pages: a stamp on a line of its own above its entry', () => {
  // Read with its entry, the clock opened the entry's sentence and the second of its coordinated acts was lost.
  const page = 'Live: Floodwaters hit southern Laos\n\nLive updates\n\n'
    + '09:15\nThe Lao government has declared a state of emergency in Attapeu province. Prime Minister Sonexay Siphandone flew to the area by helicopter on Tuesday.\n\n'
    + '08:05\nThai Prime Minister Anutin Charnvirakul telephoned Mr Siphandone overnight and promised 50 million baht in emergency aid, the Thai foreign ministry said.';

  it.each([['telephoned'], ['promised']])('is no part of the entry: "%s" is coded with the entry\'s subject as its actor', (trigger) => {
    const e = byTrigger(code(page), trigger);
    expect(e).toBeDefined();
    expect(e!.actor.map((a) => a.text).join(' ')).not.toMatch(/\d{1,2}[:.]\d{2}/);
    expect(e!.actor.map((a) => a.code)).toContain('THA');
  });

  it('dates the entries under a "Yesterday" heading to the day before the publication', () => {
    const text = 'Live: Flooding in central Laos\n\nLive updates\n\n'
      + '08:40\nThe Lao government declared a state of emergency in Khammouane province, state media said.\n\n'
      + 'Yesterday\n\n21:15\nFiji\'s foreign ministry said it was ready to send a disaster relief team to Laos.';
    const events = code(text);
    expect(byTrigger(events, 'state of emergency')?.date).toBe('2026-08-05');
    expect(byTrigger(events, 'send')?.date).toBe('2026-08-04');
  });
});

describe('background sections: what a labelled section tells is context', () => {
  it.each([
    ['Cuban police detained nine dissidents in Santiago on Sunday, relatives said.\n\n'
      + 'Background: Cuba freed 40 prisoners in a deal with the Catholic church. Rights groups accused the government of jailing critics.', 'accused'],
    ['Solomon Islands police arrested 12 people in Honiara on Tuesday, the police commissioner said.\n\n'
      + 'Background\n\nProtesters from Malaita burned shops in the capital\'s east. Australia sent police officers to restore order.', 'sent'],
  ])('marks an act in it background though it has no old date: %j', (text, trigger) => {
    const events = code(text, '2026-03-03');
    expect(byTrigger(events, trigger)).toMatchObject({ background: true });
    expect(events.find((e) => e.event === 'COERCE')).toMatchObject({ background: false });
  });

  it('reads no label in a hyphenated word that opens a paragraph', () => {
    const text = 'Fiji\'s army commander warned the government on Monday, officials said.\n\n'
      + 'History-making talks between Fiji and Tonga opened in Suva on Monday.';
    expect(byTrigger(code(text, '2026-04-22'), 'talks')).toMatchObject({ background: false });
  });

  it('ends the section at the next heading', () => {
    const text = 'Fiji\'s army commander warned the government on Monday, officials said.\n\n'
      + 'Background\n\nThe army seized power in 2006.\n\nLatest\n\nNew Zealand urged all parties to respect the constitution, Wellington said.';
    const e = byTrigger(code(text, '2026-04-22'), 'urged');
    expect(e).toMatchObject({ background: false });
  });
});

describe('a gerund of manner after "by" is done by the subject of the clause it hangs on', () => {
  it.each([
    ['Vanuatu responded by accusing Fiji of interference.', 'accusing', 'VUT', 'FJI'],
    ['Jamaica retaliated by expelling two Cuban diplomats.', 'expelling', 'JAM', 'CUB'],
    ['The Solomon Islands government reacted on Friday by recalling its ambassador from Beijing.', 'recalling', 'SLB', undefined],
  ])('%j → actor of "%s" is %s', (sentence, trigger, actor, recipient) => {
    const e = byTrigger(code(sentence, '2026-04-22'), trigger);
    expect(e).toBeDefined();
    expect(e!.actor.map((a) => a.code)).toContain(actor);
    if (recipient) expect(e!.recipient.map((a) => a.code)).toContain(recipient);
  });

  it('leaves the gerund under a passive clause to its own parties', () => {
    const e = byTrigger(code('The Fijian officer was punished by being dismissed from the army.', '2026-04-22'), 'punished');
    expect(e?.actor ?? []).toHaveLength(0);
  });
});
