/**
 * `npx tsx bench/serve-start.ts --db FILE [--runs 5]`: how long `chronicle serve` takes from the
 * process start until the dashboard page answers, and until the API answers (the store is open).
 * Runs the compiled CLI (`npm run build` first) as a user would, `node dist/cli/main.js serve`,
 * and prints the median and the slowest run, in milliseconds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '5' } } });
if (!values.db) throw new Error('--db FILE is required: a store to serve (e.g. one from bench/store-generate.ts).');
const RUNS = Number(values.runs);

async function answered(url: string, deadline: number): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return performance.now();
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`${url} did not answer within 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function once(entry: string): Promise<{ page: number; api: number }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const start = performance.now();
  const child = spawn(process.execPath, [join(ROOT, entry), 'serve', '--db', values.db!, '--port', String(port)], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    const page = (await answered(`${base}/`, start + 60_000)) - start;
    const api = (await answered(`${base}/api/summary`, start + 60_000)) - start;
    return { page, api };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

process.stdout.write('| entry | page answers, median (max) ms | API answers, median (max) ms |\n|---|---:|---:|\n');
for (const entry of ['dist/cli/main.js']) {
  if (!existsSync(join(ROOT, entry))) throw new Error(`${entry} is missing: run npm run build.`);
  const runs: { page: number; api: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(entry));
  const show = (key: 'page' | 'api') => `${median(runs.map((r) => r[key])).toFixed(0)} (${Math.max(...runs.map((r) => r[key])).toFixed(0)})`;
  process.stdout.write(`| \`node ${entry} serve\` | ${show('page')} | ${show('api')} |\n`);
}
