import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIN, ROOT, runCli } from '../helpers/cli.js';
import { HAVE_POSTGRES } from '../helpers/optional.js';
import { freshLocation, type TestLocation } from '../../src/store/testing/dialects.js';

/**
 * Issue 18, distributed: the corpus of test/e2e/reproducible.test.ts put on the PostgreSQL queue
 * and coded by two worker processes gives the same events as one `chronicle ingest` process into
 * SQLite. The stored record (the full coded event), its parties, the memory, which copy of a
 * story run twice is the original, and the canonical events with every mention's link are compared.
 */
const CORPUS = fileURLToPath(new URL('../fixtures/memory-corpus', import.meta.url));

function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--db', url, '--workers', '1', '--exit-when-empty'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; out: string }> {
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

interface Facts {
  events: { doc_id: string; id: string; record: string }[];
  parties: { doc_id: string; event_id: string; role: string; idx: number; code: string | null; sector: string | null; text: string }[];
  memory: { name: string; code: string | null; sector: string | null; title: string | null; first_seen: string | null; last_seen: string | null; document_id: string | null }[];
}

const EVENTS = 'select doc_id, id, record from events order by doc_id, id';
const PARTIES = 'select doc_id, event_id, role, idx, code, sector, text from event_actors order by doc_id, event_id, role, idx';
const MEMORY = 'select name, code, sector, title, first_seen, last_seen, document_id from people_memory order by name';
// Which copy of a story run twice is the original, and the real-world events merged across articles.
const DOCUMENTS = 'select id, status, near_duplicate_of from documents order by id';
const CANONICAL = 'select id, event, mode, date, date_precision, mention_count, source_count, dead, figures, actors, record from canonical_events order by id';
const LINKS = 'select doc_id, event_id, canonical_id, score, reasons, settled from event_links order by doc_id, event_id';

describe.skipIf(!HAVE_POSTGRES)('reproducible distributed coding (PostgreSQL queue, two worker processes)', () => {
  let location: TestLocation | undefined;
  let client: pg.Client | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-reproducible-queue-'));
  afterAll(async () => {
    await client?.end();
    await location?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should store the same events as a single-process ingest', async () => {
    const sqlitePath = join(dir, 'single.db');
    const single = await runCli(['ingest', CORPUS, '--db', sqlitePath, '--workers', '1']);
    expect(single.status, single.stderr).toBe(0);
    const lite = new Database(sqlitePath, { readonly: true });
    const reference: Facts = { events: lite.prepare(EVENTS).all() as Facts['events'], parties: lite.prepare(PARTIES).all() as Facts['parties'], memory: lite.prepare(MEMORY).all() as Facts['memory'] };
    const [documents, canonical, links] = [DOCUMENTS, CANONICAL, LINKS].map((q) => lite.prepare(q).all());
    lite.close();
    expect(reference.parties).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Otieno', code: 'KEN' })]));

    location = await freshLocation('postgres');
    const url = location.location;
    const schema = new URL(url).searchParams.get('options')!.replace('-c search_path=', '');
    const added = await runCli(['queue', 'add', CORPUS, '--db', url]);
    expect(added.status, added.stderr).toBe(0);
    const workers = [startWorker(url), startWorker(url)].map(finished);
    for (const { code, out } of await Promise.all(workers)) expect(code, out).toBe(0);

    client = new pg.Client({ connectionString: url });
    await client.connect();
    const query = async <T>(text: string) => (await client!.query(text.replace(/from (\w+)/, `from ${schema}.$1`))).rows as T[];
    expect(await query(EVENTS)).toEqual(reference.events);
    expect((await query<Facts['parties'][number]>(PARTIES)).map((p) => ({ ...p, idx: Number(p.idx) }))).toEqual(reference.parties);
    expect(await query(MEMORY)).toEqual(reference.memory);
    expect(await query(DOCUMENTS)).toEqual(documents);
    expect(await query(CANONICAL)).toEqual(canonical);
    expect(await query(LINKS)).toEqual(links);
    // Every lesson was applied and every second-pass document coded: nothing is left waiting.
    expect(await query('select doc_id from memory_pending')).toEqual([]);
  }, 240_000);
});
