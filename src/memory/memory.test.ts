import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { actors } from '../stages/actors/index.js';
import { entities } from '../stages/entities/index.js';
import { createDb, type Connection } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import { DIALECTS, freshLocation, type TestLocation } from '../store/testing/dialects.js';
import { PeopleMemory, peopleLearnedFrom } from './people.js';
import { correctPerson, forgetPerson, learnPeople, listPeople, loadPeopleMemory } from './store.js';

// Two articles of one corpus: the first gives Pashinyan's title, the second never does.
const FIRST = 'Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.\n\n'
  + 'Pashinyan thanked Washington for its help.';
const SECOND = 'Pashinyan said on Thursday that a peace treaty with Baku could be signed by the end of the year.\n\n'
  + 'He spoke after talks in Brussels.';

function code(text: string, memory: PeopleMemory | undefined, id: string, publishedAt: string): ArticleDoc {
  const doc = makeDoc(text, { id, publishedAt });
  const report = (): void => {};
  entities(memory ? { knownPeople: memory.names() } : {}).run(doc, { report });
  actors(memory ? { memory } : {}).run(doc, { report });
  return doc;
}
const actorAt = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text);

describe('people memory (in process)', () => {
  it('should leave a bare name unresolved without a memory', () => {
    expect(actorAt(code(SECOND, undefined, 'b', '2022-10-06'), 'Pashinyan')?.code ?? null).toBeNull();
  });

  it('should resolve a bare name in a later article from a title in an earlier one', () => {
    const memory = new PeopleMemory();
    memory.learn(code(FIRST, memory, 'a', '2022-10-04'));
    const later = code(SECOND, memory, 'b', '2022-10-06');
    expect(actorAt(later, 'Pashinyan')).toMatchObject({ code: 'ARM', sector: 'GOV', via: 'memory', name: 'Nikol Pashinyan' });
    // The pronoun follows the resolved person.
    expect(actorAt(later, 'He')).toMatchObject({ code: 'ARM', via: 'coreference' });
  });

  it.each([
    ['Armenian Prime Minister Nikol Pashinyan said.', 'Nikol Pashinyan', 'ARM', 'title'],
    ['King Harald of Norway told reporters he would visit the flooded towns.', 'Harald', 'NOR', 'title-of'],
    ["Chile's Gabriel Boric met Gustavo Petro in Bogota.", 'Gabriel Boric', 'CHL', 'modifier'],
  ])('should learn from %j', (text, name, expected, how) => {
    expect(peopleLearnedFrom(code(text, undefined, 'x', '2022-10-04'))).toContainEqual(expect.objectContaining({ name, code: expected, how, firstSeen: '2022-10-04', documentId: 'x' }));
  });

  it.each([
    ['President Mugabe arrived in Harare.'],
    ['Pashinyan said he hoped for peace.'],
  ])('should not learn a guess from context or a bare name in %j', (text) => {
    const doc = code(text, undefined, 'x', '2022-10-04');
    expect(peopleLearnedFrom(doc)).toEqual([]);
  });

  it('should resolve a surname only when everyone with it has one country', () => {
    const person = (name: string, code: string) => ({ name, code, sector: 'GOV', title: null, source: 'learned' as const, how: 'title', firstSeen: null, lastSeen: null, documentId: null });
    const memory = new PeopleMemory([person('George H. W. Bush', 'USA'), person('George W. Bush', 'USA'), person('Abdullah Abdullah', 'AFG'), person('King Abdullah', 'JOR')]);
    expect(memory.lookup('Bush')?.code).toBe('USA');
    expect(memory.lookup('Abdullah')).toBeUndefined();
    expect(memory.lookup('Abdullah Abdullah')?.code).toBe('AFG');
  });
});

for (const dialect of DIALECTS) {
  describe(`people memory in the store (${dialect})`, () => {
    let location: TestLocation;
    let connection: Connection;
    beforeEach(async () => {
      location = await freshLocation(dialect);
      connection = createDb(location.location);
      await migrateToLatest(connection.db);
    });
    afterEach(async () => {
      await connection.db.destroy();
      await location.cleanup();
    });

    it('should learn from one article, resolve the next, and list what it knows', async () => {
      const { db } = connection;
      const memory = await loadPeopleMemory(db);
      const first = code(FIRST, memory, 'doc-a', '2022-10-04');
      await learnPeople(db, first, memory);
      const reloaded = await loadPeopleMemory(db);
      expect(actorAt(code(SECOND, reloaded, 'doc-b', '2022-10-06'), 'Pashinyan')).toMatchObject({ code: 'ARM', via: 'memory' });
      expect(await listPeople(db)).toEqual([expect.objectContaining({
        name: 'Nikol Pashinyan', code: 'ARM', sector: 'GOV', title: 'Armenian Prime Minister', source: 'learned', how: 'title',
        firstSeen: '2022-10-04', lastSeen: '2022-10-04', documentId: 'doc-a',
      })]);
    });

    it('should keep a user correction over later learning, and forget on request', async () => {
      const { db } = connection;
      await correctPerson(db, 'Nikol Pashinyan', { code: 'ARM', sector: 'ELI' });
      await learnPeople(db, code(FIRST, undefined, 'doc-a', '2022-10-04'));
      const [person] = await listPeople(db);
      expect(person).toMatchObject({ code: 'ARM', sector: 'ELI', source: 'user', lastSeen: '2022-10-04' });
      expect(await forgetPerson(db, 'Nikol Pashinyan')).toBe(true);
      expect(await forgetPerson(db, 'Nikol Pashinyan')).toBe(false);
      expect(await listPeople(db)).toEqual([]);
    });
  });
}
