import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * Who did it, when the text leaves the doer out or the parse turns the doer round. A participle of a verb that takes
 * no object, read by the parse as a reduced relative ("Thousands of people marched towards the capital"), is the
 * clause's past tense: its noun does the act (resources/syntax/intransitive-verbs.json). An attack or a protest at home
 * on parties of one state, told with no doer, is done by that state's own side (infer-party-codes.ts storyStateDoer);
 * not when its sentence names another state. Sentences are our own.
 */

const code = (text: string): CodedEvent[] => codeText(text, '2023-09-12');
/** The event of `type` coded from `text`, which must be there for the test to say anything. */
function eventOf(text: string, type: string): CodedEvent {
  const event = code(text).find((e) => e.event === type);
  expect(event, `${type} in ${JSON.stringify(text)}`).toBeDefined();
  return event!;
}

describe('events: the doer of an act told with its doer unparsed or unnamed', () => {
  it('should take the marchers of a verbless-looking sentence as the actor, not the recipient', () => {
    const event = eventOf('Some 30,000 people marched towards the parliament in Lilongwe on Thursday despite a ban issued by the police.', 'PROTEST');
    expect(event.actor.map((p) => p.text)).toEqual([expect.stringMatching(/people/)]);
    expect(event.recipient.map((p) => p.text)).not.toContain('people');
  });

  it('should take the marchers a speaker counts as the actor', () => {
    const event = eventOf('Organisers say 12,000 nurses marched from the stadium to the health ministry in Lilongwe this afternoon.', 'PROTEST');
    expect(event.actor.map((p) => p.text)).toEqual([expect.stringMatching(/nurses/)]);
  });

  it('should code an attack at home on the state\'s police with no doer named as by that state\'s own side', () => {
    const event = eventOf('LILONGWE - Three Malawian police officers were injured by stones near the Kanengo depot in Lilongwe on Tuesday.', 'ASSAULT');
    expect(event.recipient.map((p) => p.code)).toContain('MWI');
    expect(event.actor.map((p) => p.code)).toEqual(['MWI']);
    expect(event.actor.map((p) => p.sector)).toEqual([null]);
  });

  it('should code a charge at home whose maker the parse missed as by that state\'s own side, never on another party\'s words', () => {
    const event = eventOf('Arsonists burned the party\'s office in Mzuzu, Malawi, on Friday. The party blamed Malawian nationalists for the arson; police said nobody had been detained yet.', 'ACCUSE');
    expect(event.actor.map((p) => p.code)).toEqual(['MWI']);
    expect(event.actor.map((p) => p.text)).not.toContain('police');
  });

  it('should leave the doer open when the sentence names another state', () => {
    const event = eventOf('LILONGWE - Two Malawian farmers were wounded on Monday by a shell fired from across the Mozambican border.', 'ASSAULT');
    expect(event.actor.map((p) => p.code)).not.toEqual(['MWI']);
  });
});
