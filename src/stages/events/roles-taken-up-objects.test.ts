import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * "X expelled an attaché, charging him with …" (issue 14: parties of an act). The object pronoun of a participle after
 * its main clause takes up whom the main verb acted on, and is never the participle's own doer. Sentences are our own.
 */
const code = (text: string) => codeText(text, '2025-05-14');
const byTrigger = (events: readonly CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);
const codes = (parties: readonly { code: string | null }[] | undefined) => (parties ?? []).map((p) => p.code);

describe('roles: an object pronoun of a participle takes up whom the main verb acted on', () => {
  it.each([
    ['Peru expelled a Chilean attaché on Friday, accusing him of photographing naval bases.', 'PER', 'CHL'],
    ['Ghana detained two Togolese soldiers near Aflao, accusing them of crossing the border armed.', 'GHA', 'TGO'],
    ['Canada imposed asset curbs on four Sudanese commanders on Monday, accusing them of arming militias.', 'CAN', 'SDN'],
  ])('should make the main verb\'s object the recipient of the charge: %j', (text, actor, recipient) => {
    const charge = byTrigger(code(text), 'accusing');
    expect(codes(charge?.actor)).toContain(actor);
    expect(codes(charge?.recipient)).toContain(recipient);
    expect(codes(charge?.actor)).not.toContain(recipient);
  });

  it('should not take up an object the pronoun cannot stand for', () => {
    // "him" is one person: "Kenya and Uganda" named as the object are two states, not the one charged.
    const charge = byTrigger(code('Tanzania criticised Kenya and Uganda on Monday, accusing him of stirring unrest.'), 'accusing');
    expect(codes(charge?.recipient)).not.toContain('KEN');
  });
});

describe('roles: a time phrase between "have" and its participle leaves the subject the doer', () => {
  it.each([
    ['Samoa has today asked New Zealand to send a patrol boat to its northern waters.', 'asked', 'WSM', 'NZL'],
    ['Samoa has this week expelled two Tongan diplomats.', 'expelled', 'WSM', 'TON'],
  ])('should make the subject the actor: %j', (text, trigger, actor, recipient) => {
    const act = byTrigger(code(text), trigger);
    expect(codes(act?.actor)).toContain(actor);
    expect(codes(act?.recipient)).toContain(recipient);
  });
});

describe('roles: talks told as the time adjunct of an act were held by that act\'s doers', () => {
  it('should make the doers of the act the sides of talks a broker brought about', () => {
    const talks = byTrigger(code('Mali and Niger agreed on Tuesday to reopen the border, after talks brokered by Algeria.'), 'talks');
    expect(codes(talks?.actor)).toEqual(expect.arrayContaining(['MLI', 'NER']));
    expect(codes(talks?.third_party)).toContain('DZA');
  });

  it('should make the doers of the act whom the host of the talks hosted', () => {
    const hosted = byTrigger(code('On Friday, Ghana and Togo signed a fisheries accord in Lome, after talks hosted by Benin.'), 'hosted');
    expect(codes(hosted?.recipient)).toEqual(expect.arrayContaining(['GHA', 'TGO']));
  });

  it('should leave talks that name their own sides, or that are no time adjunct, as they are', () => {
    const own = byTrigger(code('Mali agreed on Tuesday to reopen the border, after talks with Niger brokered by Algeria.'), 'talks');
    expect(codes(own?.actor)).not.toContain('MLI');
    const topic = byTrigger(code('Mali and Niger disagreed on Tuesday over talks brokered by Algeria.'), 'talks');
    expect(codes(topic?.actor)).not.toContain('MLI');
  });

  it('should not make the doers of an act talks do not lead to the sides of talks held meanwhile', () => {
    const hosted = byTrigger(code('Hundreds of protesters marched in Doha on Sunday during talks hosted by Qatar.'), 'hosted');
    expect(hosted?.recipient ?? []).toEqual([]);
  });
});
