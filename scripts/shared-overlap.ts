/**
 * Lists the lines a change adds that share a run of six words with the gold or development sets in
 * ../shared (gold/, dev/). Those sets are for measuring only: their sentences must not reach code,
 * lexicons, comments or tests, or the figures measured on them stop saying anything about unseen
 * news. A hit is not always a copy (six common words can meet by chance: "has made it clear it
 * will"), so it is a list to read, not a gate.
 *
 *   npx tsx scripts/shared-overlap.ts [BASE]     (default BASE: main; compares BASE...HEAD)
 *
 * The held-out sets' own files (folders eval/…-heldout…) are listed by file and run only, never by line: their texts are
 * measurement sets whose readers must stay blind to them, and their hits are common news phrases or JSON keys.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../eval/paths.js';

const RUN = 6;
const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

function* filesUnder(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

const runs = new Set<string>();
for (const dir of [sharedPath('gold'), sharedPath('dev')]) {
  for (const file of filesUnder(dir)) {
    const w = words(readFileSync(file, 'utf8'));
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
}
if (runs.size === 0) {
  console.error(`No gold or development text under ${sharedPath()}: nothing to compare with.`);
  process.exit(2);
}

const base = process.argv[2] ?? 'main';
const diff = execFileSync('git', ['diff', '--unified=0', `${base}...HEAD`, '--', 'src', 'resources', 'test', 'eval', 'bench', 'scripts', 'docs'], { encoding: 'utf8', maxBuffer: 1 << 28 });
let file = '';
let hits = 0;
for (const line of diff.split('\n')) {
  if (line.startsWith('+++ ')) file = line.slice(6);
  if (!line.startsWith('+') || line.startsWith('+++')) continue;
  const w = words(line);
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (!runs.has(run)) continue;
    hits++;
    const blind = /^eval\/[^/]*-heldout[^/]*\//.test(file);
    console.log(blind ? `${file}: "${run}" (a held-out set's line, not shown)` : `${file}: "${run}"\n    ${line.slice(1).trim().slice(0, 200)}`);
    break;
  }
}
console.log(`${hits} added line(s) share a run of ${RUN} words with ../shared gold or dev text.`);
