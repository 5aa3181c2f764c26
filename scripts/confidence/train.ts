/**
 * Trains the confidence model (resources/confidence/model.json) on annotated articles: codes each
 * article with the rules alone (the confidence stage off), judges every coded event as
 * eval/articles.ts does, and fits a logistic regression of "an analyst keeps this record" (it tells
 * an act of the reference with an accepted type, and no event before it told that act) on the
 * features of src/stages/confidence/features.ts. Leave-one-set-out cross-validation picks the
 * threshold and prints what the stage's filter does to each set it did not see.
 *
 *   npm run train:confidence            # cross-validate, train on all training sets, write the model
 *   npx tsx scripts/confidence/train.ts --cv-only
 */
import { createHash } from 'node:crypto';
import { writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ArticleDoc, CodedEvent } from '../../src/core/document.js';
import { createDocumentCoder } from '../../src/pipeline/default.js';
import { eventFeatures } from '../../src/stages/confidence/features.js';
import { acceptanceWithFilter } from '../../src/stages/events/acceptance.js';
import { mayDrop } from '../../src/stages/confidence/index.js';
import { score, train, type Example } from '../../src/stages/confidence/model.js';
import { addCounts, articleNames, countsOf, emptyCounts, HAPPENED, judgeArticle, readArticle, TRAINING_SETS, type ArticleCounts } from '../../eval/articles.js';
import { ROOT } from '../../eval/paths.js';

const args = process.argv.slice(2);
const MODEL_PATH = resolve(ROOT, 'resources', 'confidence', 'model.json');

interface CodedArticle {
  readonly set: string;
  readonly name: string;
  readonly doc: ArticleDoc;
  readonly reference: Parameters<typeof judgeArticle>[3];
  readonly features: string[][];
  readonly labels: (0 | 1 | null)[];
}

function codeSets(): CodedArticle[] {
  // --cache FILE keeps the coded articles between runs (for trying features; the rules are not rerun).
  const cacheAt = args.indexOf('--cache');
  const cache = cacheAt >= 0 ? args[cacheAt + 1]! : null;
  if (cache && existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as Omit<CodedArticle, 'features'>[];
    return saved.map((a) => ({ ...a, features: eventFeatures(a.doc, a.doc.events) }));
  }
  const coded = codeWithRules();
  if (cache) writeFileSync(cache, JSON.stringify(coded.map(({ features: _, ...a }) => a)));
  return coded;
}

function codeWithRules(): CodedArticle[] {
  // The learned acceptance as it runs with this filter behind it (its threshold for that): the events the filter will see.
  const coder = createDocumentCoder({ onStageError: 'throw', events: { acceptance: acceptanceWithFilter() } });
  const out: CodedArticle[] = [];
  for (const set of TRAINING_SETS) {
    for (const name of articleNames(set.dir)) {
      const { doc, reference } = readArticle(set.dir, name);
      coder.code(doc);
      const happened = doc.events.filter(HAPPENED);
      const judged = judgeArticle(name, doc.text, happened, reference, doc.events.filter((e) => !HAPPENED(e)));
      const label = new Map<CodedEvent, 0 | 1>();
      for (const j of judged.judged) label.set(j.event, j.typeRight && !j.extra ? 1 : 0);
      out.push({ set: set.flag, name, doc, reference, features: eventFeatures(doc, doc.events), labels: doc.events.map((e) => label.get(e) ?? null) });
    }
  }
  return out;
}

type Tally = ArticleCounts;
const empty = emptyCounts;

/** Judges an article as the stage leaves it: events told as happening that score under `threshold` dropped. */
function judgeKept(a: CodedArticle, scores: readonly number[], threshold: number, tally: Tally): void {
  const kept = a.doc.events.filter((e, i) => !mayDrop(e, a.doc) || scores[i]! >= threshold);
  addCounts(tally, countsOf(judgeArticle(a.name, a.doc.text, kept.filter(HAPPENED), a.reference, kept.filter((e) => !HAPPENED(e)))));
}

const examplesOf = (articles: readonly CodedArticle[]): Example[] =>
  articles.flatMap((a) => a.features.flatMap((features, i) => (a.labels[i] === null ? [] : [{ features, label: a.labels[i]! }])));

const THRESHOLDS = Array.from({ length: 25 }, (_, k) => k * 0.025);
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');

const l2At = args.indexOf('--l2');
const l2 = l2At >= 0 ? Number(args[l2At + 1]) : 0.01;
if (!(l2 >= 0)) throw new Error(`--l2 expects a number ≥ 0, not '${args[l2At + 1]}'`);
const started = Date.now();
const articles = codeSets();
const sets = [...new Set(articles.map((a) => a.set))];
console.log(`${articles.length} articles in ${sets.length} sets coded in ${((Date.now() - started) / 1000).toFixed(0)} s; ${examplesOf(articles).length} events judged, ${examplesOf(articles).filter((e) => e.label).length} kept by the reference`);

// Leave one set out: the model never sees the set it filters.
const byThreshold = THRESHOLDS.map(() => empty());
const scoredInScope: [number, 0 | 1][] = [];
const perSet: string[] = [];
for (const held of sets) {
  const weights = train(examplesOf(articles.filter((a) => a.set !== held)), { l2 });
  const heldArticles = articles.filter((a) => a.set === held);
  for (const a of heldArticles) a.features.forEach((f, i) => { if (a.labels[i] !== null) scoredInScope.push([score(weights, f), a.labels[i]!]); });
  THRESHOLDS.forEach((t, k) => {
    const tally = empty();
    for (const a of heldArticles) judgeKept(a, a.features.map((f) => score(weights, f)), t, tally);
    addCounts(byThreshold[k]!, tally);
    if (t === 0 || Math.abs(t - 0.3) < 1e-9) perSet.push(`${held} t=${t}: coded ${tally.coded}, type right ${pct(tally.typeRight, tally.coded)}%, fully ${pct(tally.fullyRight, tally.coded)}%, found ${tally.found}/${tally.references}`);
  });
}
console.log(`\nLeave-one-set-out (l2 ${l2}), summed over the held sets:\n| threshold | coded | type right | fully right | found | required found |\n|---|---|---|---|---|---|`);
THRESHOLDS.forEach((t, k) => {
  const s = byThreshold[k]!;
  console.log(`| ${t.toFixed(3)} | ${s.coded} | ${s.typeRight} (${pct(s.typeRight, s.coded)}%) | ${s.fullyRight} (${pct(s.fullyRight, s.coded)}%) | ${s.found}/${s.references} (${pct(s.found, s.references)}%) | ${s.required} |`);
});
{
  // Area under the ROC curve: how well the held-out scores rank kept above wrong.
  const pos = scoredInScope.filter(([, y]) => y).map(([p]) => p);
  const neg = scoredInScope.filter(([, y]) => !y).map(([p]) => p);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  console.log(`events scored: ${scoredInScope.length}, ${pos.length} kept by the reference; held-out AUC ${(wins / Math.max(1, pos.length * neg.length)).toFixed(3)}`);
}
if (args.includes('--per-set')) console.log(perSet.join('\n'));
// The threshold: the one that maximises the sum of the three rates the issue sets goals on (type right
// and fully right over coded events, found over reference events), losing no more than 2% of the
// events found without the filter; the lower threshold on a tie.
const base = byThreshold[0]!;
const merit = (t: Tally) => t.typeRight / Math.max(1, t.coded) + t.fullyRight / Math.max(1, t.coded) + t.found / Math.max(1, t.references);
const chosenAt = THRESHOLDS.reduce((best, _, k) => (byThreshold[k]!.found >= base.found * 0.98 && merit(byThreshold[k]!) > merit(byThreshold[best]!) + 1e-9 ? k : best), 0);
const chosen = byThreshold[chosenAt]!;
console.log(`chosen threshold ${THRESHOLDS[chosenAt]!.toFixed(3)}: type right ${pct(base.typeRight, base.coded)} → ${pct(chosen.typeRight, chosen.coded)}%, fully right ${pct(base.fullyRight, base.coded)} → ${pct(chosen.fullyRight, chosen.coded)}%, found ${base.found} → ${chosen.found}`);
if (!args.includes('--cv-only')) {
  const weights = train(examplesOf(articles), { l2 });
  const top = Object.entries(weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 40);
  console.log('\nHeaviest weights:\n' + top.map(([f, w]) => `${w.toFixed(3)}\t${f}`).join('\n'));
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  const threshold = Math.round(THRESHOLDS[chosenAt]! * 1000) / 1000;
  const version = createHash('sha256').update(JSON.stringify([threshold, weights])).digest('hex').slice(0, 8);
  const trained = {
    command: 'npm run train:confidence', l2, sets: TRAINING_SETS.map((s) => s.flag), articles: articles.length,
    events: examplesOf(articles).length, kept: examplesOf(articles).filter((e) => e.label).length,
    crossValidated: { threshold, typeRight: [base.typeRight, chosen.typeRight, chosen.coded, base.coded], fullyRight: [base.fullyRight, chosen.fullyRight], found: [base.found, chosen.found, base.references] },
  };
  writeFileSync(MODEL_PATH, JSON.stringify({ version, threshold, trained, weights }, null, 1) + '\n');
  console.log(`wrote ${MODEL_PATH} (version ${version}, threshold ${threshold}, ${Object.keys(weights).length} weights)`);
}
