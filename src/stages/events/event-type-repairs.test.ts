import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Types of acts told with their object or their frame (stop 46, event types): the powers a coercive measure grants.
// Every sentence here was written for this file.

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2026-07-10' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: what a coercive measure allows is the power it grants (role-words.json grantedPowers)', () => {
  it('should code a curfew or an emergency whose participle allows others to act as the measure alone', () => {
    expect(types('The army imposed a curfew on the eastern districts of Goma on Saturday, allowing soldiers to search houses and detain suspects.')).toEqual(['COERCE/curfew']);
  });

  it('should read a permission whose subject is a law or decree as no concession and no act done', () => {
    expect(types('The new law permits the security services to tap phones and arrest suspects.')).toEqual([]);
    expect(types('The governor signed a decree on Thursday that permits troops to seize vehicles at checkpoints.').filter((t) => t.startsWith('COERCE'))).toEqual([]);
  });

  it('should still code a party that lets others in or allows an act as its concession', () => {
    expect(types('Rebels allowed aid workers to enter the town on Monday.')).toEqual(['RETREAT/access']);
    expect(types('The junta allowed the deposed president to leave the country on Friday.')).toContain('CONCEDE/-');
  });
});
