/**
 * `npm run eval`: scores Chronicle on the shared gold data and the example's reference events and
 * writes docs/evaluation.md. Every figure in that file comes from this one run.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateActors, formatActorsMarkdown } from './actors.js';
import { DEV_SETS, formatBeforeAfter, gitRevision, readBaseline, runDevSet, type DevResults } from './dev-sets.js';
import { evaluateExample, evaluateGsr, formatExampleMarkdown, formatGsrMarkdown } from './events.js';
import { evaluateExtraction, formatExtractionMarkdown } from './extraction.js';
import { ROOT } from './paths.js';
import { evaluateTemporal, formatTemporalMarkdown } from './temporal.js';

async function optionalSection(module: string, run: string, format: string): Promise<string | null> {
  const path = resolve(ROOT, 'eval', `${module}.ts`);
  if (!existsSync(path)) return null;
  const m = (await import(`./${module}.js`)) as Record<string, (x?: unknown) => unknown>;
  if (typeof m[run] !== 'function' || typeof m[format] !== 'function') return null;
  const result = await m[run]!();
  return m[format]!(result) as string;
}

async function main(): Promise<void> {
  const started = Date.now();
  const sections: string[] = [];
  const log = (name: string) => process.stderr.write(`eval: ${name}…\n`);

  log('example page');
  sections.push(formatExampleMarkdown(evaluateExample()));
  log('PLOVER gold-standard records');
  sections.push(formatGsrMarkdown(evaluateGsr()));
  log('PETRARCH unit tests');
  sections.push(await optionalSection('petrarch', 'evaluatePetrarch', 'formatPetrarchMarkdown') ??
    '### PETRARCH unit-test suite\n\nNot measured yet: the PETRARCH dictionary loader is not in this revision.');
  log('actors');
  sections.push(`### Actors on the GSR actor fields\n\nEach gold source/target actor with a code is looked up among our actors covering the same text of the sentence (run: \`npx tsx eval/actors.ts --misses\`).\n\n${formatActorsMarkdown(evaluateActors())}`);
  log('temporal expressions');
  sections.push(formatTemporalMarkdown(evaluateTemporal()));
  log('main-text extraction (ours and Readability)');
  sections.push(formatExtractionMarkdown(await evaluateExtraction()));
  const devResults: DevResults = {};
  const devSections: string[] = [];
  for (const set of DEV_SETS) {
    log(`development set: ${set}`);
    devSections.push(runDevSet(set, devResults).markdown);
  }
  const beforeAfter = formatBeforeAfter(devResults, readBaseline(), gitRevision());
  if (beforeAfter) sections.push(beforeAfter);
  sections.push(...devSections);

  const header = [
    '# Evaluation',
    '',
    `Produced by \`npm run eval\` (\`tsx eval/run.ts\`) at revision \`${gitRevision()}\` on Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    'Do not edit by hand: re-run the command. The gold data lives in `../shared/gold`, the development sets in `../shared/dev` (sections below, `npx tsx eval/dev-sets.ts --set NAME` runs one alone); both are used only for measuring.',
    '',
    'How events are matched to the example\'s reference events: the type must be one the reference accepts; every code the reference lists in `parties`/`third_party` must appear among our actor, recipient or third-party codes; `actor`/`recipient` codes, where given, must appear in the same role; our date must equal the reference date or refine it (`2022` ← `2022-10-04`). Matching is one-to-one (required events first). "Date value exact" then asks for the reference value itself.',
  ].join('\n');
  const out = `${header}\n\n${sections.map((s) => s.replace(/^### /, '## ')).join('\n\n')}\n`;
  writeFileSync(resolve(ROOT, 'docs', 'evaluation.md'), out);
  process.stderr.write(`eval: wrote docs/evaluation.md\n`);
  process.stdout.write(out);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
