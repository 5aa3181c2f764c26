import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/** Acts only a state does, told without their doer (resources/events/implicit-doers.json). Sentences are our own. */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function code(text: string, published = '2024-03-05'): CodedEvent[] {
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}
const codes = (parties: readonly { code: string | null }[] | undefined) => (parties ?? []).map((p) => p.code).sort().join('+');
const find = (events: CodedEvent[], type: string, mode?: string) => events.find((e) => e.event === type && (mode === undefined || e.mode === mode));

describe('implicit state doers: an arrest, a charge or a release told without its doer', () => {
  it('should make the state of the ones arrested, charged or freed the doer when no place or home country tells it', () => {
    const arrest = find(code('By Wednesday evening 40 Kenyan students had been arrested.'), 'COERCE', 'arrest');
    expect(codes(arrest?.actor)).toBe('KEN');
    expect(arrest?.actor[0]?.sector).toBe('COP');
    const charged = find(code('Two Ghanaian union organisers were charged with incitement on Monday.'), 'ACCUSE');
    expect(codes(charged?.actor)).toBe('GHA');
    expect(charged?.actor[0]?.sector).toBe('JUD');
    const freed = find(code('The detained Peruvian farmers were released on bail on Thursday.'), 'RETREAT', 'release');
    expect(codes(freed?.actor)).toBe('PER');
  });

  it('should take the country the article is about before the nationality of the one acted on', () => {
    const events = code('Thai police broke up a rally in Bangkok on Monday. Thailand has banned gatherings of more than five people. ' +
      'Officials in Thailand said the rally was illegal. On Tuesday a British tourist was arrested near the protest site.');
    expect(codes(find(events, 'COERCE', 'arrest')?.actor)).toBe('THA');
  });

  it('should leave the doer open for acts of violence and for freed hostages', () => {
    const killed = find(code('Three Kenyan students were killed on Tuesday.'), 'ASSAULT');
    expect(killed?.actor ?? []).toEqual([]);
    const hostages = find(code('Two Kenyan hostages were freed on Friday.'), 'RETREAT', 'release');
    expect(hostages?.actor ?? []).toEqual([]);
  });

  it('should leave an active verb whose subject is named to that subject', () => {
    const arrest = find(code('They arrested two Kenyan students on Tuesday.'), 'COERCE', 'arrest');
    expect(codes(arrest?.actor)).not.toBe('KEN');
  });
});
