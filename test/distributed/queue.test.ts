import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { MAIN, ROOT, runCli } from '../helpers/cli.js';
import { HAVE_POSTGRES } from '../helpers/optional.js';
import { freshLocation, type TestLocation } from '../../src/store/testing/dialects.js';


function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--db', url, '--workers', '1', '--exit-when-empty', '--job-timeout', '6'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe.skipIf(!HAVE_POSTGRES)('distributed coding on PostgreSQL (pg-boss)', () => {
  // A database of this test file and a schema of this test (the store suite's isolation), so runs
  // never see each other's jobs or documents; the queue lives in the schema `<schema>_queue` beside it.
  let location: TestLocation | undefined;
  let client: pg.Client | undefined;
  afterAll(async () => {
    await client?.end();
    await location?.cleanup();
  });

  it('should code every document exactly once when one of two workers is killed mid-batch', async () => {
    location = await freshLocation('postgres');
    const url = location.location;
    const schema = new URL(url).searchParams.get('options')!.replace('-c search_path=', '');
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-queue-'));
    const corpus = generateCorpus(40, 11);
    for (const article of corpus) writeFileSync(join(dir, `${article.id}.txt`), article.text);

    const added = await runCli(['queue', 'add', dir, '--db', url, '--published', '2022-10-04', '--job-timeout', '6']);
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ added: 40 });
    // Enqueuing the same folder again adds no job.
    expect(JSON.parse((await runCli(['queue', 'add', dir, '--db', url, '--published', '2022-10-04'])).stdout)).toMatchObject({ added: 0 });

    const survivor = startWorker(url);
    const victim = startWorker(url);
    const survivorExit = exited(survivor);
    let survivorOut = '';
    survivor.stdout!.on('data', (chunk: Buffer) => { survivorOut += chunk.toString(); });
    // Kill the victim with SIGKILL as soon as some documents are stored: it may hold a job mid-way.
    // The workers create the tables when they open the store; until then there is nothing to count.
    const count = async () => client!.query(`select count(*) as n from ${schema}.documents`).then((r) => Number(r.rows[0].n), () => 0);
    for (let i = 0; i < 600 && (await count()) < 5; i++) await new Promise((r) => setTimeout(r, 100));
    victim.kill('SIGKILL');
    const code = await survivorExit;
    expect(code, survivorOut).toBe(0);

    const docs = await client.query(`select id, status from ${schema}.documents`);
    expect(docs.rows).toHaveLength(40);
    expect(new Set(docs.rows.map((r: { id: string }) => r.id)).size).toBe(40);
    expect(docs.rows.every((r: { status: string }) => r.status === 'coded')).toBe(true);
    // Every coded document has its events and sentences: nothing half-stored.
    const orphans = await client.query(`select d.id from ${schema}.documents d where not exists (select 1 from ${schema}.sentences s where s.doc_id = d.id)`);
    expect(orphans.rows).toEqual([]);
    const status = JSON.parse((await runCli(['queue', 'status', '--db', url])).stdout) as { pending: number };
    expect(status.pending).toBe(0);
  }, 180_000);
});
