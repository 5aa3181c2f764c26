import type { Kysely } from 'kysely';
import type { ArticleDoc } from '../core/document.js';
import type { Database } from '../store/database.js';
import { type KnownPerson, mergePerson, PeopleMemory, peopleLearnedFrom } from './people.js';
import { memoryDb, type PeopleMemoryTable } from './people.table.js';

const surnameOf = (name: string): string => name.split(/\s+/).pop() ?? name;

function toPerson(row: PeopleMemoryTable): KnownPerson {
  return {
    name: row.name, code: row.code, sector: row.sector, title: row.title, source: row.source === 'user' ? 'user' : 'learned',
    how: row.how, firstSeen: row.first_seen, lastSeen: row.last_seen, documentId: row.document_id,
  };
}

function toRow(p: KnownPerson): PeopleMemoryTable {
  return {
    name: p.name, surname: surnameOf(p.name), code: p.code, sector: p.sector, title: p.title, source: p.source, how: p.how,
    first_seen: p.firstSeen, last_seen: p.lastSeen, document_id: p.documentId, updated_at: new Date().toISOString(),
  };
}

/** Inserts or replaces one person's record as is. */
export async function writePerson(db: Kysely<Database>, person: KnownPerson): Promise<void> {
  const mdb = memoryDb(db);
  const row = toRow(person);
  // Portable upsert: ON CONFLICT (name) DO UPDATE works in SQLite ≥ 3.24 and PostgreSQL.
  await mdb.insertInto('people_memory').values(row)
    .onConflict((oc) => oc.column('name').doUpdateSet({ ...row }))
    .execute();
}

/** Every person in the memory, by name. */
export async function listPeople(db: Kysely<Database>): Promise<KnownPerson[]> {
  const rows = await memoryDb(db).selectFrom('people_memory').selectAll().orderBy('name').execute();
  return rows.map(toPerson);
}

/** One person by exact name. */
export async function getPerson(db: Kysely<Database>, name: string): Promise<KnownPerson | undefined> {
  const row = await memoryDb(db).selectFrom('people_memory').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/**
 * Sets a person's code and sector as the user says; learning never overwrites it afterwards.
 * Creates the person if the memory does not know the name. Returns the stored record.
 */
export async function correctPerson(db: Kysely<Database>, name: string, fix: { code: string | null; sector?: string | null }): Promise<KnownPerson> {
  const known = await getPerson(db, name);
  const person: KnownPerson = {
    name, code: fix.code, sector: fix.sector !== undefined ? fix.sector : known?.sector ?? null, title: known?.title ?? null,
    source: 'user', how: 'user', firstSeen: known?.firstSeen ?? null, lastSeen: known?.lastSeen ?? null, documentId: known?.documentId ?? null,
  };
  await writePerson(db, person);
  return person;
}

/** Removes a person; returns whether the name was known. (A later article with a title teaches it again.) */
export async function forgetPerson(db: Kysely<Database>, name: string): Promise<boolean> {
  const result = await memoryDb(db).deleteFrom('people_memory').where('name', '=', name).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Loads the whole memory for a run (a few thousand rows at most: one per titled person). */
export async function loadPeopleMemory(db: Kysely<Database>): Promise<PeopleMemory> {
  return new PeopleMemory(await listPeople(db));
}

/**
 * Writes what one coded document teaches (people with a title that states their country) at once,
 * merging with stored records (user corrections win), and updates `memory` too when given. Ingest
 * does not use it: it holds lessons until the run's end (`holdLessons`, `settleMemory`), so the
 * result does not depend on the order documents finish in. Returns the records written.
 */
export async function learnPeople(db: Kysely<Database>, doc: ArticleDoc, memory?: PeopleMemory): Promise<KnownPerson[]> {
  const written: KnownPerson[] = [];
  for (const learned of peopleLearnedFrom(doc)) {
    const merged = mergePerson(await getPerson(db, learned.name), learned);
    if (!merged) continue;
    await writePerson(db, merged);
    memory?.put(merged);
    written.push(merged);
  }
  return written;
}
