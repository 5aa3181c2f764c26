import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/**
 * Parties told through a count of a group ("300 of them") and through a participle with a "by" agent and no
 * auxiliary ("many of them beaten by guards"). Sentences are our own.
 */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function code(text: string, published = '2025-05-14'): CodedEvent[] {
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}
const byTrigger = (events: readonly CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: a count of "them" is a part of the group "them" stands for', () => {
  it.each([
    ['Several thousand teachers picketed the education ministry for three days, and riot police detained about 250 of them.', 'detained', 'teachers'],
    ['Dozens of herders crossed into the reserve at dawn. Rangers arrested eleven of them near the river.', 'arrested', 'herders'],
    ['Hundreds of truckers parked across the motorway on Monday. Officers detained dozens of them overnight.', 'detained', 'truckers'],
  ])('should make the group the recipient: %j', (text, trigger, group) => {
    expect(texts(byTrigger(code(text), trigger)?.recipient)).toContain(group);
  });

  it('should keep an arrest of people apart from things named between ("the streets", "days")', () => {
    const act = byTrigger(code('Thousands of nurses filled the streets of the capital for days, and police detained 90 of them.'), 'detained');
    expect(texts(act?.recipient)).toContain('nurses');
  });
});

describe('roles: a participle with a "by" agent and no auxiliary is a passive', () => {
  it('should make the agent the actor and the subject the recipient in an absolute clause', () => {
    const act = byTrigger(code('Nineteen prisoners have died in custody this year, several of them shot by guards during a riot.'), 'shot');
    expect(texts(act?.actor)).toContain('guards');
    expect(texts(act?.recipient)).toContain('prisoners');
  });

});
