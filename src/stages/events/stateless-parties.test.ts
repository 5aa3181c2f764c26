import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2021-03-01' });
  coder.code(doc);
  return doc.events;
}
const party = (p: CodedEvent['actor'][number]) => [p.text, p.code, p.sector];

describe('events: parties without a state', () => {
  it('should code an act whose only parties are group nouns, victims in the object as recipients', () => {
    const [event] = code('Separatists killed one soldier in the town.');
    expect(event).toMatchObject({ event: 'ASSAULT', size: { dead: { value: 1 } } });
    expect(event!.actor.map(party)).toEqual([['Separatists', null, 'REB']]);
    expect(event!.recipient.map(party)).toEqual([['soldier', null, 'MIL']]);
  });

  it('should not give a victim the country of the attacker', () => {
    const [event] = code('US forces killed a civilian near the gas field.');
    expect(event!.actor.map(party)).toEqual([['US', 'USA', 'MIL']]);
    expect(event!.recipient.map(party)).toEqual([['civilian', null, 'CVL']]);
  });

  it('should code the victims of a participial clause with the country of the place', () => {
    const events = code('Russian troops shelled Kharkiv on Monday, killing 5 civilians.');
    const killing = events.find((e) => e.size.dead);
    expect(killing?.recipient.map(party)).toEqual([['civilians', 'UKR', 'CVL']]);
  });
});
