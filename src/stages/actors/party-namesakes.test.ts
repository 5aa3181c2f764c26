import { describe, expect, it } from 'vitest';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

// A state body's name taken up by a party ("the Congress party") names the party, not the body.
// Every sentence here was written for this file.

describe('actors: a legislature\'s name followed by "party" is a party of that name', () => {
  it('should not code the party as the state whose legislature bears the name', () => {
    const doc = makeDocWithActors('In Bhopal, the Congress party staged a sit-in against the new land law.');
    const party = doc.actors.find((a) => a.text === 'Congress');
    expect(party?.sector).toBe('PTY');
    expect(party?.code).not.toBe('USA');
  });

  it('should still read the legislature by its own name', () => {
    const doc = makeDocWithActors('Congress voted on Thursday to extend the tariffs for a year.');
    expect(doc.actors.find((a) => a.text === 'Congress')).toMatchObject({ code: 'USA', sector: 'LEG' });
  });
});
