import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * The sides of a two-sided act (clashes, fighting, an exchange of fire) that are all of one state are that state
 * against itself: the first side named acts, the others receive (infer-party-codes.ts oneStateSides). Sides of two
 * states keep their shared role. Sentences are our own.
 */

const code = (text: string): CodedEvent[] => codeText(text, '2023-09-12');
/** The event of `type` coded from `text`, which must be there for the test to say anything. */
function eventOf(text: string, type: string): CodedEvent {
  const event = code(text).find((e) => e.event === type);
  expect(event, `${type} in ${JSON.stringify(text)}`).toBeDefined();
  return event!;
}

describe('events: a two-sided act between parties of one state', () => {
  it('should code clashes between a state\'s police and its protesters as that state against itself', () => {
    const event = eventOf('Clashes between Zambian police and opposition supporters in Kitwe on Sunday left four people dead.', 'ASSAULT');
    expect(event.actor.map((p) => p.code)).toEqual(['ZMB']);
    expect(event.recipient.map((p) => p.code)).toContain('ZMB');
  });

  it('should keep the first side named as the actor', () => {
    const event = eventOf('Clashes between Zambian police and opposition supporters in Kitwe on Sunday left four people dead.', 'ASSAULT');
    expect(event.actor.map((p) => p.text)).toEqual([expect.stringMatching(/police/)]);
  });

  it('should keep the sides of two states together as the act\'s actors', () => {
    const event = eventOf('Zambian and Malawian border guards exchanged fire near Chipata on Sunday.', 'ASSAULT');
    expect(event.recipient).toEqual([]);
    expect(event.actor.map((p) => p.code).sort()).toEqual(['MWI', 'ZMB']);
  });
});
