import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2026-03-11'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

// The parser may hang the main verb after a long apposition on the subject as a relative clause with no pronoun:
// a finite verb there is the sentence's predicate (a subject gap never drops its pronoun), and the name its subject.
describe('events: a finite verb parsed as a relative clause on its subject', () => {
  it.each([
    ["Peru's ombudsman's office, an autonomous public watchdog, urged the police to halt the evictions.", 'REQUEST', 'PER'],
    ["Bolivia's ombudsman's office, an independent watchdog, urged the army to stop the raids.", 'REQUEST', 'BOL'],
  ])('%j is coded with its subject as the actor', (text, type, actor) => {
    const event = code(text).find((e) => e.event === type);
    expect(event?.actor.map((a) => a.code)).toContain(actor);
  });

  it('keeps a participle with its "by" agent a description of the noun', () => {
    const events = code('The convoy, attacked by gunmen near Gao on Monday, reached the town.');
    expect(events.filter((e) => e.event === 'ASSAULT').flatMap((e) => e.actor.map((a) => a.text))).not.toContain('convoy');
  });
});
