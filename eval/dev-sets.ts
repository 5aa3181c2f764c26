/**
 * Scored sections on the development sets in ../shared/dev (see its README for how an analyst reads
 * them): ACLED-style notes, ConfliBERT quad classes and actor spans, CoNLL 2003 names. Part of
 * `npm run eval`; each set also runs alone:
 *
 *   npx tsx eval/dev-sets.ts --set acled|classes|actors|ner|all [--misses N] [--record-baseline]
 *
 * `--misses N` prints up to N examples per error class to the terminal (never into a committed
 * file: the sets are for measuring only). `--record-baseline` writes the headline figures to
 * eval/dev-baseline.json, the "before" column of docs/evaluation.md.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { acledMisses, evaluateAcled, formatAcledMarkdown, loadAcledNotes, type AcledEvaluation } from './dev/acled.js';
import { share, type Ratio } from './dev/common.js';
import {
  classesMisses, conflibertActorMisses, evaluateClasses, evaluateConflibertActors, formatClassesMarkdown, formatConflibertActorsMarkdown,
  loadActorRecords, loadClassRecords, type ActorsEvaluation, type ClassesEvaluation,
} from './dev/conflibert.js';
import { evaluateNer, formatNerMarkdown, loadConll, nerMisses, type NerEvaluation } from './dev/ner.js';
import { ROOT, SHARED } from './paths.js';

export const DEV_SETS = ['acled', 'classes', 'actors', 'ner'] as const;
export type DevSet = (typeof DEV_SETS)[number];

export interface DevResults {
  acled?: AcledEvaluation;
  classes?: ClassesEvaluation;
  actors?: ActorsEvaluation;
  ner?: NerEvaluation;
}

export interface DevSection {
  readonly set: DevSet;
  /** Markdown of the section, or one line saying why it was skipped. */
  readonly markdown: string;
  readonly misses: (perClass: number) => string[];
}

const skipped = (file: string) => `Skipped: ../shared/dev/${file} is not here (set CHRONICLE_SHARED to the shared folder to measure it).`;

/** Runs one development set; a missing file gives a one-line section, never a crash. */
export function runDevSet(set: DevSet, results: DevResults): DevSection {
  switch (set) {
    case 'acled': {
      const notes = loadAcledNotes();
      if (!notes) return { set, markdown: `### ACLED-style event notes\n\n${skipped('acled_notes_dev.jsonl')}`, misses: () => [] };
      const r = evaluateAcled(notes);
      results.acled = r;
      return { set, markdown: formatAcledMarkdown(r), misses: (n) => acledMisses(r, n) };
    }
    case 'classes': {
      const records = loadClassRecords();
      if (!records) return { set, markdown: `### ConfliBERT CAMEO sentences: quad class\n\n${skipped('conflibert_cameo_train_classes.jsonl')}`, misses: () => [] };
      const r = evaluateClasses(records);
      results.classes = r;
      return { set, markdown: formatClassesMarkdown(r), misses: (n) => classesMisses(r, n) };
    }
    case 'actors': {
      const loaded = loadActorRecords();
      if (!loaded) return { set, markdown: `### ConfliBERT CAMEO sentences: source and target actors\n\n${skipped('conflibert_cameo_train_actors.jsonl')}`, misses: () => [] };
      const r = evaluateConflibertActors(loaded.records, loaded.originals, loaded.statements);
      results.actors = r;
      return { set, markdown: formatConflibertActorsMarkdown(r), misses: (n) => conflibertActorMisses(r, n) };
    }
    case 'ner': {
      const records = loadConll();
      if (!records) return { set, markdown: `### Names: CoNLL 2003 English dev\n\n${skipped('ner_conll_dev.jsonl')}`, misses: () => [] };
      const r = evaluateNer(records);
      results.ner = r;
      return { set, markdown: formatNerMarkdown(r), misses: (n) => nerMisses(r, n) };
    }
  }
}

/** A headline figure: its value (a share or an F1) and how it reads. */
export interface Figure { readonly value: number; readonly text: string }

const ratioFigure = (r: Ratio): Figure => ({ value: share(r), text: `${(100 * share(r)).toFixed(1)}% (${r.correct}/${r.n})` });
const f1Figure = (x: { f1: number }): Figure => ({ value: x.f1, text: x.f1.toFixed(3) });
const recallFigure = (x: { recall: number }): Figure => ({ value: x.recall, text: `${(100 * x.recall).toFixed(1)}%` });

/** The measures of issue 14, with the goal each must reach on held-out sets of the same kind. */
export const HEADLINES: readonly { key: string; label: string; goal: string; get: (r: DevResults) => Figure | undefined }[] = [
  { key: 'acled.typeFound', label: 'ACLED notes: event type found', goal: '≥ 0.85', get: (r) => r.acled && ratioFigure(r.acled.typeFound) },
  { key: 'acled.topType', label: 'ACLED notes: top event of an accepted type', goal: '', get: (r) => r.acled && ratioFigure(r.acled.topType) },
  { key: 'acled.fatalities', label: 'ACLED notes: stated fatalities right (toll > 0 written out)', goal: '≥ 0.85', get: (r) => r.acled && ratioFigure(r.acled.fatalities) },
  { key: 'acled.fatalitiesPositive', label: 'ACLED notes: fatalities right, every toll > 0', goal: '', get: (r) => r.acled && ratioFigure(r.acled.fatalitiesPositive) },
  { key: 'acled.fatalitiesZero', label: 'ACLED notes: 0-fatality notes without a death figure', goal: '', get: (r) => r.acled && ratioFigure(r.acled.fatalitiesZero) },
  { key: 'acled.actorCountry', label: "ACLED notes: actor1's country on our actor", goal: '', get: (r) => r.acled && ratioFigure(r.acled.actorCountry) },
  { key: 'acled.actorSector', label: "ACLED notes: actor1's sector on our actor", goal: '', get: (r) => r.acled && ratioFigure(r.acled.actorSector) },
  { key: 'classes.quad', label: 'ConfliBERT: quad class of the top event', goal: '≥ 0.85', get: (r) => r.classes && ratioFigure(r.classes.quad) },
  { key: 'classes.statements', label: 'ConfliBERT: statements with nothing coded', goal: '', get: (r) => r.classes && ratioFigure(r.classes.statementsUncoded) },
  { key: 'actors.source', label: 'ConfliBERT: source actor found', goal: '≥ 0.85', get: (r) => r.actors && ratioFigure(r.actors.source) },
  { key: 'actors.target', label: 'ConfliBERT: target actor found', goal: '≥ 0.70', get: (r) => r.actors && ratioFigure(r.actors.target) },
  { key: 'ner.PER.f1', label: 'CoNLL names: PER F1', goal: '≥ 0.80', get: (r) => r.ner && f1Figure(r.ner.perLabel.PER) },
  { key: 'ner.ORG.f1', label: 'CoNLL names: ORG F1', goal: '≥ 0.80', get: (r) => r.ner && f1Figure(r.ner.perLabel.ORG) },
  { key: 'ner.LOC.f1', label: 'CoNLL names: LOC F1', goal: '≥ 0.80', get: (r) => r.ner && f1Figure(r.ner.perLabel.LOC) },
  { key: 'ner.MISC.f1', label: 'CoNLL names: MISC F1 (nationalities and other names)', goal: '≥ 0.80', get: (r) => r.ner && f1Figure(r.ner.perLabel.MISC) },
  { key: 'ner.PER.recall', label: 'CoNLL names: people found (PER recall)', goal: '', get: (r) => r.ner && recallFigure(r.ner.perLabel.PER) },
  { key: 'ner.ORG.recall', label: 'CoNLL names: organisations found (ORG recall)', goal: '', get: (r) => r.ner && recallFigure(r.ner.perLabel.ORG) },
  { key: 'ner.LOC.recall', label: 'CoNLL names: places found (LOC recall)', goal: '', get: (r) => r.ner && recallFigure(r.ner.perLabel.LOC) },
];

export interface Baseline {
  readonly revision: string;
  readonly command: string;
  readonly date: string;
  readonly figures: Readonly<Record<string, Figure>>;
}

const BASELINE_PATH = resolve(ROOT, 'eval', 'dev-baseline.json');

export function readBaseline(path = BASELINE_PATH): Baseline | null {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as Baseline : null;
}

export function gitRevision(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** The before/after table: the recorded baseline beside this run's figures. */
export function formatBeforeAfter(results: DevResults, baseline: Baseline | null, revision: string): string {
  const rows = HEADLINES.map((h) => ({ h, now: h.get(results), before: baseline?.figures[h.key] })).filter((r) => r.now || r.before);
  if (rows.length === 0) return '';
  return [
    '### Development sets: before and after',
    '',
    `Before: \`${baseline?.command ?? '(no baseline recorded)'}\` at revision \`${baseline?.revision ?? '-'}\` (${baseline?.date ?? '-'}). Now: \`npm run eval\` at revision \`${revision}\`. The goals are issue 14's, which the maintainers measure on held-out sets of the same kinds (not these).`,
    '',
    '| measure | goal | before | now |',
    '| --- | --- | ---: | ---: |',
    ...rows.map(({ h, now, before }) => `| ${h.label} | ${h.goal} | ${before?.text ?? '-'} | ${now?.text ?? '-'} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { set: { type: 'string', default: 'all' }, misses: { type: 'string' }, 'record-baseline': { type: 'boolean', default: false } },
  });
  const wanted = values.set === 'all' ? [...DEV_SETS] : values.set!.split(',');
  for (const s of wanted) {
    if (!(DEV_SETS as readonly string[]).includes(s)) throw new Error(`Unknown set "${s}": use one of ${DEV_SETS.join(', ')} or all.`);
  }
  if (!existsSync(SHARED)) process.stderr.write(`eval: ${SHARED} is not here; every development set is skipped.\n`);
  const results: DevResults = {};
  const perClass = values.misses === undefined ? 0 : Number(values.misses) || 10;
  for (const set of wanted as DevSet[]) {
    const started = Date.now();
    const section = runDevSet(set, results);
    process.stdout.write(`${section.markdown}\n\n`);
    process.stderr.write(`eval: ${set} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (perClass > 0) process.stdout.write(`${section.misses(perClass).join('\n')}\n\n`);
  }
  if (values['record-baseline']) {
    const figures = Object.fromEntries(HEADLINES.flatMap((h) => {
      const f = h.get(results);
      return f ? [[h.key, f]] : [];
    }));
    const baseline: Baseline = { revision: gitRevision(), command: `npx tsx eval/dev-sets.ts --set ${values.set} --record-baseline`, date: new Date().toISOString().slice(0, 10), figures };
    writeFileSync(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
    process.stderr.write(`eval: wrote ${BASELINE_PATH}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
