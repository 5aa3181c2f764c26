import { describe, expect, it } from 'vitest';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/** The actors of a text run through the whole pipeline: the misreading below needs the tagger's parts of speech. */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function actorsOf(text: string) {
  const doc = docFromRaw(text, 'test', 'text', { published: '2024-05-01' });
  pipeline.run(doc);
  return doc.actors;
}

// A state body's name taken up by a party ("the Congress party") names the party, not the body.
// Every sentence here was written for this file.

describe('actors: a legislature\'s name followed by "party" is a party of that name', () => {
  it('should not code the party as the state whose legislature bears the name', () => {
    const doc = makeDocWithActors('In Bhopal, the Congress party staged a sit-in against the new land law.');
    const party = doc.actors.find((a) => a.text === 'Congress');
    expect(party?.sector).toBe('PTY');
    expect(party?.code).not.toBe('USA');
  });

  it('should read the name before "party" and a noun as the party, not a group of the legislature', () => {
    const actors = actorsOf('Officers in Patna held 25 Congress party volunteers overnight.');
    expect(actors.find((a) => a.text === 'Congress')?.sector).toBe('PTY');
    expect(actors.some((a) => a.sector === 'LEG')).toBe(false);
  });

  it('should give a state named with a possessive before the party the party\'s sector, not the legislature\'s', () => {
    const actors = actorsOf('Nepal\'s Congress party boycotted the budget session.');
    expect(actors.some((a) => a.sector === 'LEG')).toBe(false);
    expect(actors.find((a) => a.text === 'Congress')?.sector).toBe('PTY');
  });

  it('should still read the legislature by its own name', () => {
    const doc = makeDocWithActors('Congress voted on Thursday to extend the tariffs for a year.');
    expect(doc.actors.find((a) => a.text === 'Congress')).toMatchObject({ code: 'USA', sector: 'LEG' });
  });
});
