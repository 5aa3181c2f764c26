import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

const actorsOf = (text: string, trigger: string) => codeText(text, '2024-05-08').filter((e) => e.evidence.trigger.text === trigger).map((e) => partyCodes(e.actor));

describe('events: a subject "it" takes up the body the sentence before was about (roles mainSubjectTakenUp, events 284)', () => {
  it('should give an act told by "it" to the state or body that was the subject of the sentence before', () => {
    const text = "Kenya's foreign ministry condemned the raid on Monday. On Tuesday it summoned the Ugandan ambassador in Nairobi. It also recalled its envoy from Kampala.";
    expect(actorsOf(text, 'summoned')).toEqual(['KEN']);
    // "It" after "it": the same topic, taken from further back.
    expect(actorsOf(text, 'recalled')).toEqual(['KEN']);
  });

  it('should take up the speaker of the sentence before, whom a wire report goes on about', () => {
    expect(actorsOf('The Malian government said the convoy had been attacked near Gao. It ordered an inquiry and expelled a French diplomat.', 'expelled')).toEqual(['MLI']);
  });

  it('should not reach a person, a plural group or a subject inside the same sentence', () => {
    // "it" is never a person.
    expect(actorsOf('President Ruto visited Mombasa on Monday. It later banned all rallies in the county.', 'banned')).not.toContain('KEN');
    // A subject earlier in the sentence is the one "it" would take up, not the sentence before.
    expect(actorsOf('Uganda deployed troops on Sunday. After the talks failed, it said nothing, and Kenya closed the border.', 'closed')).toEqual(['KEN']);
  });
});
