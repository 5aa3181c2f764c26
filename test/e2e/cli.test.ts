import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/**
 * The command line as a new user meets it (issue 16): help for every command, the version,
 * mistakes answered with a suggestion and exit 2, and operational errors (a busy port, a missing
 * file or database) told in one line, without a stack trace and without creating anything.
 */
const dir = mkdtempSync(join(tmpdir(), 'chronicle-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_STACK = /\n\s+at /;

describe('help and version', () => {
  it('should print the version of package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(await runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('should print a command\'s usage, options and an example for --help, and exit 0', async () => {
    const result = await runCli(['export', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: chronicle export/);
    expect(result.stdout).toContain('--format F');
    expect(result.stdout).toMatch(/Examples:\n {2}chronicle export/);
  });

  it('should refuse a mistyped option with a suggestion and exit 2', async () => {
    const result = await runCli(['events', '--formt', 'csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("chronicle events: unknown option '--formt'. Did you mean --format? (chronicle events --help shows the usage)\n");
  });

  it('should refuse an event type that does not exist', async () => {
    const result = await runCli(['events', '--type', 'BOMBING']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--type must be one of AGREE, .*ASSAULT; not 'BOMBING'/);
  });
});

describe('operational errors', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('should not create a database that a read command names but that does not exist', async () => {
    const db = join(dir, 'missing', 'nosuch.db');
    const result = await runCli(['events', '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`chronicle events: No database at ${db}: create one with \`chronicle ingest PATH --db ${db}\`, or name another with --db.\n`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('should say that a file is not a database', async () => {
    const db = join(dir, 'notes.db');
    writeFileSync(db, 'not a database, only some notes\n'.repeat(200));
    const result = await runCli(['summary', '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^chronicle summary: Cannot open SQLite file ".*notes\.db": file is not a database/);
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('should name a busy port and how to choose another', async () => {
    const db = join(dir, 'served.db');
    await runCli(['ingest', join(ROOT, 'test/fixtures/ingest/wire/prisoners-release.txt'), '--db', db, '--workers', '1']);
    const result = await runCli(['serve', '--db', db, '--port', String(port)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`chronicle serve: port ${port} on 127.0.0.1 is in use: stop what runs there, or give another with --port N (0 picks a free one).\n`);
  });

  it('should name a dictionary that cannot be read', async () => {
    const result = await runCli(['code', join(ROOT, 'examples'), '--dictionary', 'nosuch.csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('chronicle code: cannot read the dictionary nosuch.csv (ENOENT); check the path.\n');
  });

  it('should exit 1 when no input could be read, and say so for each', async () => {
    const inputs = join(dir, 'broken');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'blank.html'), '<html><body><script>x()</script></body></html>');
    const result = await runCli(['ingest', inputs, '--db', join(dir, 'broken.db'), '--workers', '1']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ inputs: 2, failed: 2, inserted: 0 });
  });
});

describe('plain text', () => {
  it('should code a one-line text as body, and say so on stderr when it finds no event', async () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, 'Azerbaijan freed 17 Armenian prisoners of war on Tuesday.\n');
    const quiet = join(dir, 'weather.txt');
    writeFileSync(quiet, 'The weather in Geneva was mild on Sunday.\n');
    const result = await runCli(['code', file, quiet, '--published', '2022-10', '--format', 'jsonl']);
    expect(result.status).toBe(0);
    const events = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string; source: { id: string; title: string | null } });
    expect(events.map((e) => [e.event, e.source.id, e.source.title])).toContainEqual(['RETREAT', file, null]);
    expect(result.stderr).toContain(`chronicle: ${quiet}: no events found in 1 sentence\n`);
  });
});
