import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { MAIN, ROOT, runCli } from '../helpers/cli.js';
import { HAVE_POSTGRES } from '../helpers/optional.js';
import { postgresBin, startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwaway-postgres.js';

// The PostgreSQL tests run (PG_URL, announced when missing); this one also needs the server's
// binaries, to run a cluster of its own it may restart.
const enabled = HAVE_POSTGRES && postgresBin() !== undefined && process.env.CHRONICLE_SKIP_PG_RESTART !== '1';
if (HAVE_POSTGRES && !enabled) console.log('skipped: PostgreSQL restart test; to run it: apt-get install -y postgresql (it runs a cluster of its own)');

interface Worker {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  out: string;
  err: string;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--db', url, '--workers', '1', '--exit-when-empty'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const worker: Worker = { child, exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))), out: '', err: '' };
  child.stdout!.on('data', (chunk: Buffer) => { worker.out += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { worker.err += chunk.toString(); });
  return worker;
}

describe.skipIf(!enabled)('workers across a PostgreSQL restart (a cluster of this test\'s own)', () => {
  let server: ThrowawayPostgres | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-restart-'));
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should store every document once and lose no worker when the server restarts under two busy workers', async () => {
    server = startThrowawayPostgres();
    const url = server.url;
    const corpus = generateCorpus(16, 23);
    for (const article of corpus) writeFileSync(join(dir, `${article.id}.txt`), article.text);
    // A long job timeout: a job held across the restart must come back because the worker hands it
    // back, not because it expired.
    const added = await runCli(['queue', 'add', dir, '--db', url, '--published', '2022-10-04', '--job-timeout', '600']);
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ added: 16 });

    const workers = [startWorker(url), startWorker(url)];
    const stored = async (): Promise<number> => {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        return Number((await client.query('select count(*) as n from documents')).rows[0].n);
      } catch {
        return 0;
      } finally {
        await client.end().catch(() => undefined);
      }
    };
    for (let i = 0; i < 900 && (await stored()) < 4; i++) await new Promise((r) => setTimeout(r, 100));
    const before = await stored();
    expect(before).toBeGreaterThanOrEqual(4);
    const restartedAt = Date.now();
    server.restart();
    const codes = await Promise.all(workers.map((w) => w.exit));
    const drainSeconds = (Date.now() - restartedAt) / 1000;
    if (process.env.SHOW_FIGURES) console.log(JSON.stringify({ storedBeforeRestart: before, drainSeconds }));

    // No worker lost: both ran to the end of the queue and exited normally, and both saw the outage.
    for (const w of workers) expect(w.err).not.toMatch(/internal error|Unhandled|Connection terminated unexpectedly\n\s+at /);
    expect(codes, workers.map((w) => w.err).join('\n---\n')).toEqual([0, 0]);
    expect(workers.some((w) => /database is unavailable|retry/.test(w.err))).toBe(true);
    // Every document once, all coded; nothing waits or runs in the queue.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const docs = await client.query('select id, status from documents');
      expect(docs.rows).toHaveLength(16);
      expect(new Set(docs.rows.map((r: { id: string }) => r.id)).size).toBe(16);
      expect(docs.rows.every((r: { status: string }) => r.status === 'coded')).toBe(true);
      const orphans = await client.query('select d.id from documents d where not exists (select 1 from near_duplicate_signatures s where s.doc_id = d.id)');
      expect(orphans.rows).toEqual([]);
    } finally {
      await client.end();
    }
    const status = JSON.parse((await runCli(['queue', 'status', '--db', url])).stdout) as { pending: number; active: number; completed: number };
    expect(status).toMatchObject({ pending: 0, active: 0, completed: 16 });
  }, 300_000);
});

describe('a PostgreSQL URL that points at a server that is no database', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it.each([
    ['accepts and never answers', (socket: Socket) => { socket.on('error', () => undefined); }, 'worker'],
    ['drops the connection at once', (socket: Socket) => socket.destroy(), 'queue'],
  ])('should fail with a plain message and exit 1 when it %s', async (_what, onConnection, command) => {
    server?.close();
    server = createServer(onConnection);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const url = `postgres://chronicle@127.0.0.1:${port}/chronicle?connect_timeout=2`;
    // Run asynchronously: the fake server lives in this process and must keep accepting.
    const args = command === 'worker' ? ['worker', '--db', url, '--workers', '1', '--exit-when-empty'] : ['queue', 'status', '--db', url];
    const { status, stderr } = await runCli(args);
    // A database that cannot be used is an operational error (exit 1), not a wrong command line.
    expect(status, stderr).toBe(1);
    expect(stderr).toMatch(new RegExp(`Cannot (use|reach) PostgreSQL at 127\\.0\\.0\\.1:${port} \\(`));
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  }, 120_000);
});
