import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * Whom an answer to a definite claim or text that names no maker is aimed at (issue 14: a recipient missing or coded as
 * the answerer's own state; events/index.ts claimantFromEarlier). What the claim is called ("as baseless") is no maker of
 * it, a demonstrative the parse reads as a clause marker ("that charge") still makes the claim definite, a complaint is a
 * claim, and a text ("the report") answered is its author's when the accusation was told through a text of that word.
 * Sentences are our own.
 */
const code = (text: string, published = '2024-03-05'): CodedEvent[] => codeText(text, published);
const byTrigger = (events: readonly CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: an answer to a definite claim or text is aimed at whoever made it', () => {
  it.each([
    ['The Zambian Human Rights Commission accused police officers of beating several detainees in Kitwe. A police spokesman rejected the claim as baseless.', 'rejected'],
    ['The Zambian Human Rights Commission accused the government of deporting refugees. The home ministry rejected that charge, saying each deportee had been heard by a judge.', 'rejected'],
    ['The Zambian Human Rights Commission lodged a complaint accusing the government of deporting refugees. The home ministry rejected the complaint on Thursday.', 'rejected'],
  ])('should make the accuser the recipient: %j', (text, trigger) => {
    expect(texts(byTrigger(code(text), trigger)?.recipient)).toContain('Zambian Human Rights Commission');
  });

  it.each([
    ['A Malawi Law Society report issued in May accused senior police officers of torturing suspects. Cabinet ministers called the report biased.', 'called', 'Malawi Law Society'],
    ['The Ugandan Law Society released a report accusing soldiers of torturing detainees. The army dismissed the report as lies.', 'dismissed', 'Ugandan Law Society'],
    ['A report released on Monday by the Malawi Law Society accused prison officers of starving inmates. The ministry called the report "biased" but did not dispute its figures.', 'called', 'Malawi Law Society'],
  ])('should make the author of a text told with the accusation the recipient: %j', (text, trigger, author) => {
    expect(texts(byTrigger(code(text), trigger)?.recipient)).toContain(author);
  });

  it('should not read a text as the claim of an accusation told in words of no text', () => {
    const rejection = byTrigger(code('The Ugandan Law Society accused soldiers of torturing detainees. The army rejected the report on Tuesday.'), 'rejected');
    expect(rejection).toBeDefined();
    expect(texts(rejection!.recipient)).not.toContain('Ugandan Law Society');
  });
});
