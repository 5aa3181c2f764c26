import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/** Who did it when the doer's phrase is interrupted by a clause or an apposition. Sentences are our own. */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function code(text: string, published = '2024-03-05'): CodedEvent[] {
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: the subject of a reported clause interrupted by commas is the actor, not the speaker', () => {
  it('should read the doer after "said" across a relative clause, a participle phrase or an apposition', () => {
    const withdrew = code('The ministry said the rebels, who had besieged the town for weeks, withdrew on Tuesday.').find((e) => e.event === 'RETREAT');
    expect(texts(withdrew?.actor)).toEqual(['rebels']);
    const fire = code('Police said the gunmen, who arrived on motorcycles, opened fire on worshippers at a mosque in Zamfara.').find((e) => e.event === 'ASSAULT');
    expect(texts(fire?.actor)).toEqual(['gunmen']);
    const burned = code('The governor said the attackers, believed to be members of a local militia, burned 40 homes in the village.').find((e) => e.event === 'ASSAULT');
    expect(texts(burned?.actor)).toEqual(['attackers']);
    const beat = code('Residents said the soldiers, who were drunk, beat two traders in the market in Bamenda.').find((e) => e.event === 'ASSAULT');
    expect(texts(beat?.actor)).toEqual(['soldiers']);
  });
});
