/**
 * `npm run eval`: scores Chronicle on the shared gold data and the example's reference events and
 * writes docs/evaluation.md. Every figure in that file comes from this one run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateActors, formatActorsMarkdown } from './actors.js';
import { ARTICLES_DIR, articleNames, evaluateArticles, formatArticlesMarkdown, formatPrecisionModeMarkdown, HELDOUT_SETS } from './articles.js';
import { DEV_SETS, formatBeforeAfter, gitRevision, readBaseline, runDevSet, type DevResults } from './dev-sets.js';
import { evaluateExample, evaluateGsr, formatExampleMarkdown, formatGsrMarkdown } from './events.js';
import { evaluateExtraction, formatExtractionMarkdown } from './extraction.js';
import { ROOT } from './paths.js';
import { evaluatePetrarch, formatPetrarchMarkdown } from './petrarch.js';
import { evaluateShortHeldOut, formatShortHeldOutSections } from './short-heldout.js';
import { evaluateSyntax, formatSyntaxMarkdown } from './syntax.js';
import { evaluateTemporal, formatTemporalMarkdown } from './temporal.js';

/** Labels of the headline figures compared with eval/release-baseline.json. */
const RELEASE_HEADLINES: Readonly<Record<string, string>> = {
  'example.required': 'example page: required reference events found',
  'example.optional': 'example page: optional reference events found',
  'example.extra': 'example page: events the reference does not list',
  'example.size': 'example page: size figures right',
  'gsr.type': 'PLOVER GSR: event type of the top event',
  'gsr.actorF1': 'PLOVER GSR: actor country F1',
  'gsr.recipientF1': 'PLOVER GSR: recipient country F1',
  'gsr.noEvent': 'PLOVER GSR: sentences with no event',
  'petrarch.exact': 'PETRARCH unit tests: sentences exact',
  'petrarch.cameoExact': 'PETRARCH unit tests: exact at CAMEO level',
};

/** The gold sets before the parse and the field dictionaries (eval/release-baseline.json) and now. */
function formatReleaseBeforeAfter(now: Readonly<Record<string, string>>): string {
  const baseline = JSON.parse(readFileSync(resolve(ROOT, 'eval', 'release-baseline.json'), 'utf8')) as { source: string; figures: Record<string, string> };
  return [
    '### Gold sets: before and after',
    '',
    `Before: ${baseline.source}. Now: \`npm run eval\` at revision \`${gitRevision()}\`. The development sets have their own table below.`,
    '',
    '| measure | before | now |',
    '| --- | ---: | ---: |',
    ...Object.entries(RELEASE_HEADLINES).map(([key, label]) => `| ${label} | ${baseline.figures[key] ?? '-'} | ${now[key] ?? '-'} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const sections: string[] = [];
  const log = (name: string) => process.stderr.write(`eval: ${name}…\n`);

  log('syntax (UD English EWT)');
  sections.push(formatSyntaxMarkdown(evaluateSyntax()));
  log('example page');
  const example = evaluateExample();
  sections.push(formatExampleMarkdown(example));
  const precisionMode: Parameters<typeof formatPrecisionModeMarkdown>[0][number][] = [];
  if (articleNames().length) {
    log('own judged articles');
    const articles = evaluateArticles();
    sections.push(formatArticlesMarkdown(articles));
    precisionMode.push({ name: 'own articles (development)', without: articles, with: evaluateArticles(ARTICLES_DIR, { confidence: {} }) });
  }
  for (const set of HELDOUT_SETS) {
    if (!articleNames(set.dir).length) continue;
    log(set.title.toLowerCase());
    const judged = evaluateArticles(set.dir);
    sections.push(formatArticlesMarkdown(judged, false, set));
    if (!set.training) precisionMode.push({ name: set.flag, without: judged, with: evaluateArticles(set.dir, { confidence: {} }) });
  }
  if (precisionMode.length) sections.push(formatPrecisionModeMarkdown(precisionMode));
  log('held-out notes and sentences');
  sections.push(...formatShortHeldOutSections(evaluateShortHeldOut()));
  log('PLOVER gold-standard records');
  const gsr = evaluateGsr();
  sections.push(formatGsrMarkdown(gsr));
  log('PETRARCH unit tests');
  const petrarch = evaluatePetrarch();
  sections.push(formatPetrarchMarkdown(petrarch));
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  sections.splice(1, 0, formatReleaseBeforeAfter({
    'example.required': `${example.requiredFound}/${example.requiredTotal}`,
    'example.optional': `${example.optionalFound}/${example.optionalTotal}`,
    'example.extra': String(example.extra),
    'example.size': `${example.size.correct}/${example.size.n}`,
    'gsr.type': percent(gsr.typeAccuracy),
    'gsr.actorF1': gsr.actorCountry.f1.toFixed(3),
    'gsr.recipientF1': gsr.recipientCountry.f1.toFixed(3),
    'gsr.noEvent': String(gsr.noEvent),
    'petrarch.exact': percent(petrarch.exact),
    'petrarch.cameoExact': percent(petrarch.cameoExact),
  }));
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
    'Ties are broken as an analyst pairs events (here and in the judged articles): among the one-to-one matchings with the most matched reference events and, of those, the most required ones, the scorer takes the one that pairs the most events with the act their own sentence tells (the reference evidence lies in it), then the one with the most fully right pairs (an exact maximum-weight assignment, eval/events-scoring.ts matchEvents).',
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
