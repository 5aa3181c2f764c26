/**
 * Streaming memory check: writes a JSONL file of N megabytes of distinct articles (bench/corpus.ts,
 * a new seed for every 500, so coding runs on each: not near-duplicates of each other), ingests it
 * with the real CLI (`chronicle ingest FILE --workers W`) into a fresh SQLite file, and samples the
 * ingest process's resident memory from /proc (VmRSS every second, and VmHWM, the kernel's peak)
 * beside the number of documents stored so far (read from the SQLite file every 5 s). `--minutes M`
 * stops the ingest after M minutes when the file would take longer: the report then says how much
 * of it was read. Reports the start-up memory (when the first document is stored), the peak, and
 * the slope of resident memory per 1,000 stored articles after the first tenth of the run and over
 * its second half alone (whether memory is flat once warmed up), and the
 * process's CPU time (all threads, from /proc) per stored article after the first one: on a
 * machine others load, CPU time says what the coding costs where articles/s does not.
 * Appends the figures to docs/benchmarks.md under "## Streaming memory", unless `--print-only`.
 * `--cli PATH` runs another build's compiled CLI (a checkout of an earlier commit, for a before/after);
 * `--node-option OPT` (repeatable) passes a Node/V8 option to the ingest process (e.g. `--max-semi-space-size=2`).
 *
 *   npm run build && nice npx tsx bench/stream-memory.ts --mb 50 --workers 2 --minutes 15
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { generateCorpus } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, workers: { type: 'string', default: '2' }, minutes: { type: 'string' }, cli: { type: 'string' }, 'node-option': { type: 'string', multiple: true, default: [] }, 'print-only': { type: 'boolean', default: false } } });
const cli = resolve(values.cli ?? join(ROOT, 'dist', 'cli', 'main.js'));
const targetBytes = Number(values.mb) * 1e6;
const limitMs = values.minutes ? Number(values.minutes) * 60_000 : undefined;

async function writeJsonl(path: string): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let n = 0;
  for (let seed = 3; bytes < targetBytes; seed++) {
    for (const article of generateCorpus(500, seed)) {
      // A serial number in the text keeps every line a distinct document.
      const line = `${JSON.stringify({ id: `s${n}`, title: `Report ${n}`, text: `${article.text}\nSerial ${n}.`, published: article.published, source: `outlet-${n % 7}` })}\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
      bytes += Buffer.byteLength(line);
      n++;
      if (bytes >= targetBytes) break;
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return n;
}

/** Clock ticks per second of /proc/PID/stat's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

function memoryOf(pid: number): { rss: number; hwm: number; cpu: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    // Fields 14 and 15 (utime, stime) of /proc/PID/stat, counted after the command name's closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return null;
  }
}

interface Sample {
  /** Seconds since the ingest started. */
  readonly t: number;
  readonly rss: number;
  /** Documents stored by then (the latest count read from the SQLite file). */
  readonly stored: number;
  /** CPU seconds of the process (all threads) so far. */
  readonly cpu: number;
  /** The kernel's high-water mark of resident memory so far (VmHWM). */
  readonly hwm: number;
}

/** Least-squares slope of resident memory against stored documents, in bytes per document. */
function slope(samples: readonly Sample[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mx = samples.reduce((a, s) => a + s.stored, 0) / n;
  const my = samples.reduce((a, s) => a + s.rss, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const s of samples) {
    sxy += (s.stored - mx) * (s.rss - my);
    sxx += (s.stored - mx) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

/** Documents stored so far, by status; undefined while the file or its table does not exist yet. */
function storedCounts(path: string): Record<string, number> | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 2000');
      const rows = db.prepare('SELECT status, count(*) AS n FROM documents GROUP BY status').all() as { status: string; n: number }[];
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

const total = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-stream-'));
  const file = join(dir, 'stream.jsonl');
  const dbPath = join(dir, 'stream.db');
  const lines = await writeJsonl(file);
  const size = statSync(file).size;
  const started = Date.now();
  const child = spawn(process.execPath, [...values['node-option']!, cli, 'ingest', file, '--db', dbPath, '--workers', values.workers!], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.resume();
  const samples: Sample[] = [];
  let hwm = 0;
  let stored = 0;
  let stopped = false;
  const counter = setInterval(() => { stored = total(storedCounts(dbPath)); }, 5000);
  const sampler = setInterval(() => {
    const m = memoryOf(child.pid!);
    // An exiting process has no VmRSS line any more: not a sample.
    if (!m || m.rss === 0) return;
    samples.push({ t: (Date.now() - started) / 1000, rss: m.rss, stored, cpu: m.cpu, hwm: m.hwm });
    hwm = Math.max(hwm, m.hwm);
    if (limitMs !== undefined && Date.now() - started > limitMs && !stopped) {
      stopped = true;
      child.kill('SIGTERM');
    }
  }, 1000);
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  clearInterval(sampler);
  clearInterval(counter);
  const seconds = (Date.now() - started) / 1000;
  const counts = storedCounts(dbPath) ?? {};
  const done = total(counts);
  rmSync(dir, { recursive: true, force: true });
  const summary = JSON.parse(stdout.trim().split('\n').pop() || '{}') as Record<string, number>;
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  const startup = samples.find((s) => s.stored > 0)?.rss ?? 0;
  const steady = samples.filter((s) => s.stored >= done / 10);
  const peakAt = samples.find((s) => s.hwm === hwm);
  // CPU per article between the first sample that saw a stored article and the last sample (start-up excluded).
  const first = samples.find((s) => s.stored > 0);
  const last = samples.at(-1);
  const cpuPerArticle = first && last && last.stored > first.stored ? (last.cpu - first.cpu) / (last.stored - first.stored) : NaN;
  const perThousand = slope(steady) * 1000;
  // Flat or not: the slope over the second half of the stored documents alone (start-up and warm-up long past).
  const lateHalf = samples.filter((s) => s.stored >= done / 2);
  const latePerThousand = slope(lateHalf) * 1000;
  const lateRange = lateHalf.length > 0 ? `${mb(Math.min(...lateHalf.map((s) => s.rss)))}–${mb(Math.max(...lateHalf.map((s) => s.rss)))}` : '?';
  // The count is read every 5 s, so the last sample stands for the end of the run.
  const at = (q: number) => (q === 1 ? samples.at(-1) : samples.find((s) => s.stored >= done * q));
  const quarters = [0.25, 0.5, 0.75, 1].map((q) => { const s = at(q); return s ? `${mb(s.rss)} (${s.stored})` : '?'; });
  const run = stopped
    ? `stopped after ${values.minutes} minutes, having stored ${done} of its ${lines} articles (${((done / lines) * 100).toFixed(1)}%): **the whole file was not ingested**`
    : `ingested whole in ${seconds.toFixed(0)} s`;
  const section = [
    '## Streaming memory',
    '',
    `Command: \`npm run build && nice npx tsx bench/stream-memory.ts --mb ${values.mb} --workers ${values.workers}${values.minutes ? ` --minutes ${values.minutes}` : ''}${values.cli ? ` --cli ${values.cli}` : ''}${values['node-option']!.map((o) => ` --node-option=${o}`).join('')}\` (${new Date().toISOString().slice(0, 10)}, exit ${code}${stopped ? ', stopped by the time limit' : ''}).`,
    `A ${mb(size)} JSONL file of ${lines} distinct articles (bench/corpus.ts), fed to \`chronicle ingest\` (compiled, ${values.workers} worker threads, a fresh SQLite file): ${run}.`,
    `${(done / seconds).toFixed(1)} articles/s over ${seconds.toFixed(0)} s; stored: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}${summary.skipped !== undefined ? ` (run summary: coded ${summary.coded}, near-duplicates skipped ${summary.skipped})` : ''}.`,
    '',
    '| resident memory of the ingest process (all threads) | value |',
    '| --- | --- |',
    `| at start-up (when the first document is stored) | ${mb(startup)} |`,
    `| peak (VmHWM) | **${mb(hwm)}** |`,
    `| when the peak was reached (the first sample that saw it) | ${peakAt ? `${peakAt.t.toFixed(0)} s, ${peakAt.stored} documents stored` : '?'} |`,
    `| at 25% / 50% / 75% / 100% of the stored documents (count) | ${quarters.join(' / ')} |`,
    `| slope after the first tenth of the run (least squares over ${steady.length} samples) | **${perThousand >= 0 ? '+' : ''}${(perThousand / 1e6).toFixed(1)} MB per 1,000 articles** |`,
    `| slope over the second half of the run (least squares over ${lateHalf.length} samples); resident memory in that half | ${latePerThousand >= 0 ? '+' : ''}${(latePerThousand / 1e6).toFixed(1)} MB per 1,000 articles; ${lateRange} |`,
    `| CPU time of the process (all threads) per stored article, after the first (${first?.stored ?? 0} → ${last?.stored ?? 0}) | ${(cpuPerArticle * 1000).toFixed(0)} ms |`,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (values['print-only']) return;
  const path = join(ROOT, 'docs', 'benchmarks.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const marker = /\n## Streaming memory\n[\s\S]*?(?=\n### |\n## |$)/;
  writeFileSync(path, marker.test(existing) ? existing.replace(marker, `\n${section}\n`) : `${existing.trimEnd()}\n\n${section}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`stream-memory failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
