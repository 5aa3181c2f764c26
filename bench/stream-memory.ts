/**
 * Streaming memory check: writes a JSONL file of N megabytes of distinct articles, ingests it with
 * the real CLI (`chronicle ingest FILE --workers W`) into a fresh SQLite file, and samples the
 * ingest process's resident memory from /proc (VmRSS every 250 ms, and VmHWM, the kernel's peak).
 * Appends the figures to docs/benchmarks.md under "## Streaming memory".
 *
 *   npx tsx bench/stream-memory.ts --mb 50 --workers 2
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, workers: { type: 'string', default: '2' } } });
const targetBytes = Number(values.mb) * 1e6;

async function writeJsonl(path: string): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let n = 0;
  const batch = generateCorpus(500, 3);
  while (bytes < targetBytes) {
    for (const article of batch) {
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

function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** What the samples say about growth, in numbers: no claim the run did not measure. */
function growthNote(early: number, late: number): string {
  const growth = early > 0 ? (late - early) / early : 0;
  return growth < 0.1
    ? `Resident memory changed by ${(growth * 100).toFixed(0)}% between a quarter of the run and its end: flat with input size at this scale.`
    : `Resident memory grew by ${(growth * 100).toFixed(0)}% between a quarter of the run and its end: not shown to be flat at this scale.`;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-stream-'));
  const file = join(dir, 'stream.jsonl');
  const lines = await writeJsonl(file);
  const size = statSync(file).size;
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'ingest', file, '--db', join(dir, 'stream.db'), '--workers', values.workers!], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.resume();
  const samples: { t: number; rss: number }[] = [];
  let hwm = 0;
  const timer = setInterval(() => {
    const m = memoryOf(child.pid!);
    if (!m) return;
    samples.push({ t: (Date.now() - started) / 1000, rss: m.rss });
    hwm = Math.max(hwm, m.hwm);
  }, 250);
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  const summary = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  const quarter = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]?.rss ?? 0;
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  const section = [
    '## Streaming memory',
    '',
    `Command: \`npm run build && npx tsx bench/stream-memory.ts --mb ${values.mb} --workers ${values.workers}\` (${new Date().toISOString().slice(0, 10)}, exit ${code}).`,
    `A ${mb(size)} JSONL file of ${lines} distinct articles ingested by \`chronicle ingest\` (compiled, ${values.workers} worker threads) into a fresh SQLite file in ${seconds.toFixed(0)} s (${(lines / seconds).toFixed(1)} articles/s; coded ${summary.coded ?? '?'}, near-duplicates skipped ${summary.skipped ?? '?'}).`,
    '',
    '| resident memory of the ingest process | value |',
    '| --- | --- |',
    `| peak (VmHWM) | **${mb(hwm)}** |`,
    `| at 25% / 50% / 75% / 100% of the run | ${[0.25, 0.5, 0.75, 0.99].map((q) => mb(quarter(q))).join(' / ')} |`,
    '',
    growthNote(quarter(0.25), quarter(0.99)),
  ].join('\n');
  const path = join(ROOT, 'docs', 'benchmarks.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  writeFileSync(path, `${existing.replace(/\n## Streaming memory[\s\S]*?(?=\n## |$)/, '').trimEnd()}\n\n${section}\n`);
  process.stdout.write(`${section}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`stream-memory failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
