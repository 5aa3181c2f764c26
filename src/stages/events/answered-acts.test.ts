import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/**
 * Whom a refusal or a denial that names no one answers (issue 14: the recipient of a domestic story's answers;
 * events/index.ts answeredFromEarlier, role-words.json answeredActs). Sentences are our own.
 */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function code(text: string, published = '2019-06-20'): CodedEvent[] {
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}
const byTrigger = (events: readonly CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);
const codes = (parties: readonly { code: string | null }[] | undefined) => (parties ?? []).map((p) => p.code);

describe('roles: a refusal or denial naming no one answers the request or accusation told just before', () => {
  it.each([
    ['Residents said the gang had demanded a payment of 400,000 naira from the village in April and that the elders had refused to pay.', 'refused', 'gang'],
    ['The district council asked the organisers to move the concert away from the hospital. The organisers refused, saying the field had been used for decades.', 'refused', 'district council'],
    ['The planters\' association on Monday accused the union of intimidating pickers. The union\'s general secretary, Mary Otieno, denied that its members had threatened anyone.', 'denied', 'planters\' association'],
    ['The company offered the drivers a 5% raise on Friday. The union rejected the offer on Saturday.', 'rejected', 'company'],
  ])('should make the maker of the act answered the recipient: %j', (text, trigger, maker) => {
    expect(texts(byTrigger(code(text), trigger)?.recipient)).toContain(maker);
  });

  it('should not answer a request aimed at another state', () => {
    const refusal = byTrigger(code('The Kenyan government urged Uganda to withdraw its troops. Sudan refused.'), 'refused');
    expect(codes(refusal?.recipient)).not.toContain('KEN');
  });

  it('should not read a denial of reports, an object with a content of its own, as an answer to a request', () => {
    const denial = byTrigger(code('The mayor asked the army to reopen the road. The army denied reports that soldiers had fled their posts.'), 'denied');
    expect(texts(denial?.recipient)).toEqual([]);
  });
});

describe('group nouns: a village headman is a party (group-nouns.json)', () => {
  it('should code headmen met or sued as civilians of the story\'s state', () => {
    const met = byTrigger(code('The regional minister met four headmen in Sibu on Monday.'), 'met');
    expect(texts(met?.recipient)).toContain('headmen');
    expect(codes(met?.recipient)).toContain('MYS');
  });
});
