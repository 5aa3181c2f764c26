import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { actors } from '../stages/actors/index.js';
import { entities } from '../stages/entities/index.js';
import { createDb, type Connection } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import { DIALECTS, freshLocation, type TestLocation } from '../store/testing/dialects.js';
import { CONSULTED_EVERYTHING, consultedKey, keysChangedBy, PeopleMemory, peopleLearnedFrom, type KnownPerson } from './people.js';
import { hasPersonEvidence } from './person-evidence.js';
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

  it('should resolve a surname that is also an English word, first in a later article, from the memory', () => {
    const memory = new PeopleMemory();
    memory.learn(code('US President Donald Trump spoke to farmers in Iowa on Monday.', memory, 'a', '2019-05-06'));
    const later = code('Trump set a deadline for the trade talks with Beijing.', memory, 'b', '2019-05-08');
    expect(actorAt(later, 'Trump')).toMatchObject({ code: 'USA', via: 'memory', name: 'Donald Trump' });
  });

  it.each([
    ["Fighting broke out in South Sudan's Jonglei State on Tuesday."],
    ["Gunmen stormed Kenya's Serena Hotel in Nairobi."],
    ["Protesters gathered in Uruguay's Plaza Independencia on Friday."],
    ["Peru's Foreign Minister met his Chilean counterpart."],
    ["The ruling angered Israel's Settlement Law opponents."],
    ["Pakistan's Gilgit Baltistan region was hit by floods."],
    ["Gunmen attacked Libya's Al-Jufra on Monday."],
  ])('should not take a place, a law or a title for a person in %j', (text) => {
    const memory = new PeopleMemory();
    memory.learn(code(text, undefined, 'x', '2022-10-04'));
    expect(memory.list()).toEqual([]);
    expect(memory.knownNames.has('State')).toBe(false);
  });

  it.each([
    ['Qadiri Wardak, the Afghan army spokesman, denied the claim.', 'Qadiri Wardak', 'AFG'],
    ['Kenyan Interior Minister Daniel Otieno ordered the curfew.', 'Daniel Otieno', 'KEN'],
  ])('should learn a person whose title or given name says so, in %j', (text, name, expected) => {
    expect(peopleLearnedFrom(code(text, undefined, 'x', '2022-10-04'))).toContainEqual(expect.objectContaining({ name, code: expected }));
  });

  // Whatever the name finder makes of them: a person the actors stage resolved from these words.
  it.each([
    ["South Sudan's Jonglei State", 'Jonglei State', 'modifier', false],
    ["Kenya's Serena Hotel", 'Serena Hotel', 'modifier', false],
    ["Uruguay's Plaza Independencia", 'Plaza Independencia', 'modifier', false],
    ["Kenya's Electoral Commission", 'Electoral Commission', 'modifier', false],
    ["Egypt's Prime Minister", 'Prime Minister', 'modifier', false],
    ["Iraq's Al-Anbar", 'Al-Anbar', 'modifier', false],
    ["Chile's Gabriel Boric", 'Gabriel Boric', 'modifier', true],
    ['Bolivian President Luis Arce', 'Luis Arce', 'title', true],
    ['Church of Uganda', 'Church', 'title-of', false],
    ['King Harald of Norway', 'Harald', 'title-of', true],
  ])('should see person evidence in %j: %s', (text, name, via, expected) => {
    const at = text.indexOf(name);
    const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    const evidence = [...(at > 0 ? [span(0, at - 1)] : []), span(at, at + name.length), ...(at + name.length < text.length ? [span(at + name.length + 1, text.length)] : [])];
    const actor = { kind: 'actor' as const, id: 'a0', span: { start: 0, end: text.length }, text, code: 'XXX', sector: null, actorKind: 'person' as const, name, via, evidence, origin: { stage: 'actors@test' } };
    expect(hasPersonEvidence(actor)).toBe(expected);
  });

  it('should resolve a surname only when everyone with it has one country', () => {
    const person = (name: string, code: string) => ({ name, code, sector: 'GOV', title: null, source: 'learned' as const, how: 'title', firstSeen: null, lastSeen: null, documentId: null });
    const memory = new PeopleMemory([person('George H. W. Bush', 'USA'), person('George W. Bush', 'USA'), person('Abdullah Abdullah', 'AFG'), person('King Abdullah', 'JOR')]);
    expect(memory.lookup('Bush')?.code).toBe('USA');
    expect(memory.lookup('Abdullah')).toBeUndefined();
    expect(memory.lookup('Abdullah Abdullah')?.code).toBe('AFG');
  });
});

describe('what a coding asks the memory', () => {
  const person = (name: string, code: string, lastSeen: string | null = null): KnownPerson => (
    { name, code, sector: 'GOV', title: null, source: 'learned', how: 'title', firstSeen: lastSeen, lastSeen, documentId: null });
  const memoryOf = (people: readonly KnownPerson[]) => new Map(people.map((p) => [p.name, p]));

  it('should record the names a coding looked up and the words it asked about, and nothing outside it', () => {
    const memory = new PeopleMemory([person('Nikol Pashinyan', 'ARM')]);
    const doc = makeDoc(SECOND, { id: 'b', publishedAt: '2022-10-06' });
    const report = (): void => {};
    const { consulted } = memory.consulting(() => {
      // The live set, as the pipeline hands it to the entities stage.
      entities({ knownPeople: memory.knownNames }).run(doc, { report });
      actors({ memory }).run(doc, { report });
    });
    expect(actorAt(doc, 'Pashinyan')).toMatchObject({ code: 'ARM', via: 'memory' });
    // "Pashinyan" was looked up (no record of its own, so its surname's records were read) and asked about as a word.
    expect(consulted).toEqual(expect.arrayContaining([consultedKey.record('Pashinyan'), consultedKey.surname('Pashinyan'), consultedKey.known('Pashinyan')]));
    expect(consulted).not.toContain(CONSULTED_EVERYTHING);
    expect(memory.consulting(() => memory.lookup('Nikol Pashinyan')).consulted).toEqual([consultedKey.record('Nikol Pashinyan')]);
    // Outside a recording nothing is kept; reading the names whole is asking about every one.
    memory.lookup('Kocharyan');
    expect(memory.consulting(() => [...memory.knownNames]).consulted).toEqual([CONSULTED_EVERYTHING]);
  });

  it('should name the keys a change answers differently', () => {
    const before = memoryOf([person('Daniel Otieno', 'KEN', '2024-03-01'), person('George H. W. Bush', 'USA', '2001-01-01'), person('George W. Bush', 'USA', '2008-01-01')]);
    // A new person: its record, its surname's records, and both words, now known.
    expect(keysChangedBy(before, memoryOf([...before.values(), person('Samuel Kato', 'UGA')]))).toEqual(new Set([
      consultedKey.record('Samuel Kato'), consultedKey.surname('Kato'), consultedKey.known('Samuel Kato'), consultedKey.known('Kato'),
    ]));
    // Another country for a known person: the words were known already.
    expect(keysChangedBy(before, memoryOf([...before.values(), person('Daniel Otieno', 'UGA', '2024-03-01')]))).toEqual(new Set([
      consultedKey.record('Daniel Otieno'), consultedKey.surname('Otieno'),
    ]));
    // Only seen again: no answer moves where no one shares the surname; where someone does, the latest seen answers for it.
    expect(keysChangedBy(before, memoryOf([...before.values(), person('Daniel Otieno', 'KEN', '2024-03-09')]))).toEqual(new Set());
    expect(keysChangedBy(before, memoryOf([...before.values(), person('George H. W. Bush', 'USA', '2009-01-01')]))).toEqual(new Set([consultedKey.surname('Bush')]));
    expect(keysChangedBy(before, new Map(before))).toEqual(new Set());
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
