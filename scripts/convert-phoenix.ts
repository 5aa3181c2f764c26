/**
 * `npm run build:dictionaries`: converts the Phoenix / PETRARCH-2 dictionaries (MIT, Open Event
 * Data Alliance) into the compact files Chronicle ships in resources/dictionaries/phoenix/, so a
 * bare clone codes with them and nothing is read from ../shared at run time.
 *
 *   npx tsx scripts/convert-phoenix.ts [--from DIR] [--out DIR]
 *
 * `--from` defaults to $CHRONICLE_SHARED (or ../shared) + dictionaries/phoenix; `--out` to
 * resources/dictionaries/phoenix, where cameo-codes.json (the code table it reads) lives.
 *
 * The files are parsed with Chronicle's own PETRARCH readers (src/dictionaries/petrarch), CAMEO
 * actor codes are read as PLOVER codes and sectors through resources/dictionaries/phoenix/cameo-codes.json,
 * and every entry keeps the file and line it came from. The output is deterministic: run it twice,
 * get the same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ActorKind } from '../src/core/document.js';
import { parseActorDictionary, parseAgentDictionary, parseDiscardList, parseVerbDictionary, type PatternElement } from '../src/dictionaries/petrarch.js';
import { cameoToPlover, type CameoCodeTable } from '../src/dictionaries/phoenix/cameo-codes.js';
import { loadKb } from '../src/kb/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESOURCES = join(ROOT, 'resources', 'dictionaries', 'phoenix');
const ACTOR_FILES = { C: 'Phoenix.Countries.actors.txt', I: 'Phoenix.International.actors.txt', M: 'Phoenix.MilNonState.actors.txt' } as const;
const LICENSE_NOTE = 'MIT, Copyright (c) 2014-2015 Open Event Data Alliance: resources/dictionaries/phoenix/LICENSE';

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } });
const OUT = values.out ?? RESOURCES;
const shared = process.env.CHRONICLE_SHARED ?? resolve(ROOT, '../shared');
const from = values.from ?? join(shared, 'dictionaries', 'phoenix');
if (!existsSync(join(from, ACTOR_FILES.C))) {
  process.stderr.write(`convert-phoenix: the Phoenix dictionaries are not in ${from}; pass --from DIR or set CHRONICLE_SHARED to the shared folder.\n`);
  process.exit(1);
}

const read = (file: string) => readFileSync(join(from, file), 'utf8');
const commit = /commit\s+([0-9a-f]{7,40})/.exec(read('README.md'))?.[1];
if (!commit) throw new Error(`convert-phoenix: ${from}/README.md names no commit; the version stamped on every coded actor comes from it.`);
const version = commit.slice(0, 7);
const origin = `phoenix@${version}`;
const sourceOf = (files: string) => `openeventdata/petrarch2@${commit} petrarch2/data/dictionaries/${files}, converted by scripts/convert-phoenix.ts (npm run build:dictionaries)`;
const table = JSON.parse(readFileSync(join(RESOURCES, 'cameo-codes.json'), 'utf8')) as CameoCodeTable;
const kb = loadKb();
const isCountry = (code: string) => kb.countries.has(code);

const header = (name: string, files: string) => ({ name, version, origin, source: sourceOf(files), license: LICENSE_NOTE });
const report: string[] = [];
const write = (file: string, data: unknown) => {
  // One entry a line: diffs of a re-conversion stay readable.
  const { entries, ...head } = data as { entries?: unknown[] };
  const body = entries ? `${JSON.stringify(head).slice(0, -1)},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n` : `${JSON.stringify(data)}\n`;
  writeFileSync(join(OUT, file), body);
};

// Actors: [ref, kind, names, [[code, from, to], ...]] with PLOVER codes ("USAGOV", "UNO", "---REB").
const actorDictionaries = Object.entries(ACTOR_FILES).map(([letter, file]) => ({ letter, file, dict: parseActorDictionary(read(file)) }));
// The files were last written on the latest date they mention. An office held "since" a date
// (Obama: [USAGOV >090120]) is known only up to then: afterwards the person is coded by state alone.
const frozen = actorDictionaries.flatMap(({ dict }) => dict.entries.flatMap((e) => e.codes.flatMap((c) => [c.from, c.to]))).filter((d): d is string => d !== null).sort().at(-1)!;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const actorEntries: unknown[] = [];
for (const { letter, file, dict } of actorDictionaries) {
  let dropped = 0;
  for (const entry of dict.entries) {
    const converted = entry.codes.map((c) => ({ ...c, codes: c.codes.map((x) => cameoToPlover(x, table, isCountry)).filter((x): x is string => x !== null) }));
    const codes = converted.flatMap((c) => (c.from !== null && c.to === null && c.from <= frozen
      ? [{ ...c, to: frozen }, { from: dayAfter(frozen), to: null, codes: [...new Set(c.codes.map((x) => x.slice(0, 3)).filter((x) => x !== '---'))] }]
      : [c]));
    // A dated code that no longer converts must still block the open one in its period, so it stays (as no code).
    if (codes.every((c) => c.codes.length === 0)) { dropped++; continue; }
    const names = [...new Set(entry.names.map((words) => words.join(' ')))];
    // An open code is written bare ("USAGOV"), a dated one with its range (["USAGOV", "2009-01-21", null]).
    actorEntries.push([`${letter}${entry.line}`, kindOf(codes, letter), names, codes.map((c) => (c.from === null && c.to === null ? c.codes.join('/') : [c.codes.join('/'), c.from, c.to]))]);
  }
  report.push(`${file}: ${dict.entries.length - dropped} entries kept, ${dropped} without a PLOVER code dropped, ${dict.diagnostics.length} unreadable lines`);
}
report.push(`open-ended offices end on ${frozen}, the latest date the actor files write`);
write('actors.json', { ...header('phoenix-actors', Object.values(ACTOR_FILES).join(', ')), files: ACTOR_FILES, frozen, entries: actorEntries });

/** Person for a dated entry (leaders and officials), else from the code: a bare state, an IGO, an organisation or group. */
function kindOf(codes: readonly { codes: readonly string[]; from: string | null; to: string | null }[], letter: string): ActorKind {
  if (codes.some((c) => c.from !== null || c.to !== null)) return 'person';
  const first = codes.find((c) => c.codes.length > 0)!.codes[0]!;
  if (letter === 'M') return 'group';
  if (['UNO', 'EUR', 'IGO'].includes(first.slice(0, 3))) return 'igo';
  return first.length === 3 ? 'country' : 'organization';
}

// Agents: [ref, sector, names]; prefix agents ([IGO~]) have no PLOVER reading (see cameo-codes.json).
const agents = parseAgentDictionary(read('Phoenix.agents.txt'));
const agentEntries: unknown[] = [];
let agentsDropped = 0;
for (const entry of agents.entries) {
  const sector = entry.position === 'suffix' ? cameoToPlover(`---${entry.code}`, table, isCountry)?.slice(3) : undefined;
  if (!sector) { agentsDropped++; continue; }
  agentEntries.push([`A${entry.line}`, sector, [...new Set(entry.names.map((w) => w.join(' ')))]]);
}
report.push(`Phoenix.agents.txt: ${agentEntries.length} agents kept, ${agentsDropped} without a PLOVER sector dropped, ${agents.diagnostics.length} unreadable lines`);
write('agents.json', { ...header('phoenix-agents', 'Phoenix.agents.txt'), entries: agentEntries });

// Discards: [ref, scope, phrase]. PETRARCH discards a sentence that names a past year or "years ago"
// to keep history out; Chronicle dates each event and flags history as background instead, so those
// phrases are left out (on the development sets they dropped more right events than wrong ones).
const HISTORY = /^(?:\d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}|(?:\w+ )?(?:days|weeks|months|years|decades) (?:ago|later)|world war \d)$/;
const discards = parseDiscardList(read('Phoenix.discards.txt'));
const kept = discards.entries.filter((d) => !HISTORY.test(d.words.join(' ')));
write('discards.json', { ...header('phoenix-discards', 'Phoenix.discards.txt'), entries: kept.map((d) => [`D${d.line}`, d.scope, d.words.join(' ')]) });
report.push(`Phoenix.discards.txt: ${kept.length} phrases kept, ${discards.entries.length - kept.length} about time (years, "years ago") left out`);

// Verbs: the parsed dictionary, elements written as in the file ("*", "$", "&SET", "word", "_" when joined).
const verbs = parseVerbDictionary(read('CAMEO.2.0.txt'));
const code = (c: { code: string | null; paired: string | null } | null) => (c === null ? null : c.paired ? `${c.code ?? '---'}:${c.paired}` : c.code ?? '---');
const element = (e: PatternElement): string => {
  const marks: Record<string, string> = { verb: '*', source: '$', target: '+', skip: '^', compound: '%' };
  const text = e.kind === 'word' ? e.text : e.kind === 'synset' ? `&${e.name}` : marks[e.kind]!;
  return e.joined ? `${text}_` : text;
};
write('verbs.json', {
  ...header('phoenix-verbs', 'CAMEO.2.0.txt'),
  synsets: Object.fromEntries([...verbs.synsets].sort(([a], [b]) => a.localeCompare(b))),
  entries: verbs.groups.map((g) => [
    g.line, g.name, code(g.code),
    g.verbs.map((v) => [v.line, code(v.code), v.spellings.map((s) => s.words.map((w, k) => (k === s.head && s.words.length > 1 ? `+${w}` : w)).join(' '))]),
    g.patterns.map((p) => [p.line, code(p.code), p.elements.map(element), p.text.replace(/\s+/g, ' ').trim()]),
  ]),
});
report.push(`CAMEO.2.0.txt: ${verbs.groups.length} verb groups, ${verbs.groups.reduce((n, g) => n + g.patterns.length, 0)} patterns, ${verbs.diagnostics.length} unreadable lines`);

// Written, not copied: the shared copy is read-only and its mode would come along.
writeFileSync(join(OUT, 'LICENSE'), read('LICENSE'));
process.stdout.write(`${report.join('\n')}\nwrote ${OUT}/{actors,agents,discards,verbs}.json and LICENSE (${origin})\n`);
