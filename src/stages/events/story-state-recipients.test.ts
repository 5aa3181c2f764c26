import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

/** Recipients no text names, given by the state the act is done in (infer-party-codes.ts storyStateRecipient). Sentences are our own. */
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2022-05-10' });
  coder.code(doc);
  return doc.events;
}
const recipients = (e: CodedEvent | undefined) => e?.recipient.map((p) => p.code);

describe('events: an act at home aimed at no one named is aimed at its own state', () => {
  it.each([
    ['Police in Kisumu banned the march on Tuesday.', 'COERCE', 'KEN'],
    ['The Zambian miners\' union rejected the offer in Kitwe on Monday.', 'REJECT', 'ZMB'],
  ])('should give %j its own state as recipient', (text, type, state) => {
    expect(recipients(code(text).find((e) => e.event === type))).toEqual([state]);
  });

  it('should keep the recipient the text names', () => {
    const event = code('Police in Kisumu arrested 14 Ugandan traders on Tuesday.').find((e) => e.event === 'COERCE');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should give no recipient to an act done abroad', () => {
    const event = code('The Zambian miners\' union rejected the offer in Lubumbashi on Monday.').find((e) => e.event === 'REJECT');
    expect(event?.recipient).toEqual([]);
  });

  it('should give no recipient to a type that needs a named other side (talks)', () => {
    const event = code('Kenyan opposition leaders met in Kisumu on Tuesday.').find((e) => e.event === 'CONSULT');
    expect(event?.recipient).toEqual([]);
  });
});

describe('events: an act from outside the state an article is about, aimed at no one named, is aimed at that state', () => {
  const story = [
    'Kisumu, Kenya',
    'Police in Kisumu arrested 30 opposition supporters on Monday. Kenyan officials said the detainees would appear in court in Nairobi on Thursday.',
  ].join('\n');

  it('should aim a demand of the UN at the state the story is about', () => {
    const event = code(`${story} The United Nations human rights office urged restraint on Tuesday.`).find((e) => e.event === 'REQUEST');
    expect(recipients(event)).toEqual(['KEN']);
  });

  it('should not aim it there when its sentence names another state', () => {
    const event = code(`${story} The United Nations human rights office urged Uganda to show restraint on Tuesday.`).find((e) => e.event === 'REQUEST');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should not aim an agreement there (a type often aimed elsewhere)', () => {
    const event = code(`${story} The World Bank agreed on Tuesday to release a new loan.`).find((e) => e.event === 'AGREE');
    expect(recipients(event) ?? []).not.toContain('KEN');
  });
});
