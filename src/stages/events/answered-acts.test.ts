import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/**
 * Whom a refusal or a denial that names no one answers (issue 14: the recipient of a domestic story's answers;
 * events/index.ts answeredFromEarlier, role-words.json answeredActs). Sentences are our own.
 */
const code = (text: string, published = '2019-06-20'): CodedEvent[] => codeText(text, published);
const byTrigger = (events: readonly CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);
const codes = (parties: readonly { code: string | null }[] | undefined) => (parties ?? []).map((p) => p.code);

describe('roles: a refusal or denial naming no one answers the request or accusation told just before', () => {
  it.each([
    ['The landlords demanded a bigger deposit this spring; the tenants refused to pay.', 'refused', 'landlords'],
    ['The governor urged the miners to end their sit-in at the pit. The miners refused.', 'refused', 'governor'],
    ['Parents accused the Riverside School Board of hiding the audit on Wednesday. The board\'s chair, Rosa Lindqvist, denied it.', 'denied', 'Parents'],
    ['The company offered the drivers a 5% raise on Friday. The union turned down the proposal on Saturday.', 'turned down', 'company'],
  ])('should make the maker of the act answered the recipient: %j', (text, trigger, maker) => {
    expect(texts(byTrigger(code(text), trigger)?.recipient)).toContain(maker);
  });

  it('should not answer a request aimed at another state', () => {
    const refusal = byTrigger(code('The Kenyan government urged Uganda to withdraw its troops. Sudan refused.'), 'refused');
    expect(refusal).toBeDefined();
    expect(codes(refusal!.recipient)).not.toContain('KEN');
  });

  it('should not answer a request aimed at another party of the same state, nor an accusation aimed at another body', () => {
    const refusal = byTrigger(code('The teachers urged the ministry to raise salaries. The parents\' association refused.'), 'refused');
    expect(refusal).toBeDefined();
    expect(texts(refusal!.recipient)).not.toContain('teachers');
    const denial = byTrigger(code('Parents accused the Riverside School Board of hiding the audit on Wednesday. The city\'s treasurer, Ana Ruiz, denied it.'), 'denied');
    expect(denial).toBeDefined();
    expect(texts(denial!.recipient)).not.toContain('Parents');
  });

  it('should not read a refusal to speak as an answer (answeredActs silences)', () => {
    const silence = byTrigger(code('Residents asked the council to close the quarry. The council refused to comment.'), 'refused');
    expect(silence).toBeDefined();
    expect(texts(silence!.recipient)).not.toContain('Residents');
    const refusal = byTrigger(code('Hill farmers asked the regional council to close the quarry on Monday. The council refused.'), 'refused');
    expect(texts(refusal?.recipient)).toContain('farmers');
  });

  it('should not read a denial of reports, an object with a content of its own, as an answer to a request', () => {
    const denial = byTrigger(code('The mayor asked the army to reopen the road. The army denied reports that soldiers had fled their posts.'), 'denied');
    expect(denial).toBeDefined();
    expect(texts(denial!.recipient)).toEqual([]);
  });
});

describe('group nouns: a village headman is a party (group-nouns.json)', () => {
  it('should code headmen met or sued as civilians of the story\'s state', () => {
    const sued = byTrigger(code('A timber firm sued three headmen in Kapit over the land dispute.'), 'sued');
    expect(texts(sued?.recipient)).toContain('headmen');
    expect(codes(sued?.recipient)).toContain('MYS');
  });
});
