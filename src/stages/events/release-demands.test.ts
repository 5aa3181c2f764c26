import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * A demand for the release of people or goods that names no one it is made of is made of whoever holds them: the doers
 * of the latest detention told before by a party of another state (index.ts captorOfReleased). Sentences are our own.
 */

const code = (text: string): CodedEvent[] => codeText(text, '2024-03-06');
/** The event told by the word `trigger`, which must be there for the test to say anything. */
function toldBy(text: string, trigger: string): CodedEvent {
  const event = code(text).find((e) => e.evidence.trigger.text === trigger);
  expect(event, `${trigger} in ${JSON.stringify(text)}`).toBeDefined();
  return event!;
}

describe('events: a demand for a release is made of the captor', () => {
  const detained = 'Chilean navy ships detained a Peruvian fishing boat and its nine crew off Arica on Monday. Fishermen in Ilo said the boat had been fishing legally.';

  it('should aim the demand at the state whose forces hold them', () => {
    const event = toldBy(`${detained} Peru's foreign ministry on Tuesday demanded the immediate release of the boat and its crew.`, 'demanded');
    expect(event.recipient.map((p) => p.code)).toEqual(['CHL']);
  });

  it('should not aim a demand for something else at the captor', () => {
    const event = toldBy(`${detained} Peru's foreign ministry on Tuesday demanded an explanation.`, 'demanded');
    expect(event.recipient.map((p) => p.code)).not.toContain('CHL');
  });

  it('should not make the demander\'s own state the captor', () => {
    const event = toldBy('Peruvian police detained nine Chilean fishermen in Ilo on Monday. Peru\'s foreign ministry on Tuesday demanded the release of the boat.', 'demanded');
    expect(event.recipient.map((p) => p.code)).not.toContain('PER');
  });

  it('should not read a return to a state of affairs as a release', () => {
    const event = toldBy('Algerian police detained 40 migrants near the border on Monday. In Bamako, Malian opposition parties called for a return to civilian rule.', 'called for');
    expect(event.recipient.map((p) => p.code)).not.toContain('DZA');
  });

  it('should take only an arrest or a seizure as holding those to be released', () => {
    const event = toldBy('Egyptian authorities imposed a curfew on the border town of Salloum on Monday. Libyan officials demanded the release of the trucks.', 'demanded');
    expect(event.recipient.map((p) => p.code)).not.toContain('EGY');
  });
});
