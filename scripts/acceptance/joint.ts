/**
 * The learned acceptance and the confidence filter weighed together, leave one set out. The acceptance's own
 * cross-validation (train.ts) picks the threshold of the standard coder, where nothing filters what it admits;
 * with the confidence filter on (`ChronicleOptions.confidence`) a lower threshold may pay, since the filter
 * drops the admitted events an analyst would not keep. For each of the 19 training sets: the acceptance trained
 * on the other 18 (the candidates of train.ts's cache), the set coded with it from the lowest threshold tried
 * (same-act on, the filter off); then for each acceptance threshold, each higher threshold dropping the events of
 * candidates admitted under it, the confidence model trained on the other 18 sets so coded and applied to the
 * held set. Summed over the held sets against the shipped settings; the rule that picks the acceptance threshold
 * under the filter is written at `chosen` below. With --write, the threshold and these figures go into
 * resources/events/acceptance-model.json (`thresholdWithFilter`).
 *
 *   npx tsx scripts/acceptance/train.ts --cache /tmp/acceptance.json   # first: the candidates and the model
 *   npm run train:acceptance-joint -- --cache /tmp/acceptance.json [--coded /tmp/joint.json] [--acceptance 0.1,0.3] [--filter 0.475] [--write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleDoc, CodedEvent } from '../../src/core/document.js';
import { createDocumentCoder } from '../../src/pipeline/default.js';
import { eventFeatures } from '../../src/stages/confidence/features.js';
import { mayDrop } from '../../src/stages/confidence/index.js';
import { admissionOf } from '../../src/stages/events/acceptance.js';
import { score, train, type Example } from '../../src/stages/confidence/model.js';
import { addCounts, articleNames, countsOf, emptyCounts, HAPPENED, judgeArticle, readArticle, TRAINING_SETS, type ArticleCounts } from '../../eval/articles.js';
import { ROOT } from '../../eval/paths.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const MODEL_PATH = resolve(ROOT, 'resources', 'events', 'acceptance-model.json');
/** The acceptance's and the confidence model's L2 penalties, as their own scripts train them. */
const ACCEPTANCE_L2 = Number(option('--l2') ?? 0.001);
const CONFIDENCE_L2 = 0.01;
/** The grid (--acceptance 0.1,0.3 and --filter 0.475 narrow it: each point trains 19 confidence models and judges every article). */
const grid = (name: string, all: number[]) => (option(name) ? option(name)!.split(',').map(Number) : all);
// Every threshold the acceptance's own training may choose (scripts/acceptance/train.ts THRESHOLDS) up to 0.4, so the shipped one is always among them.
const ACCEPTANCE_THRESHOLDS = [...grid('--acceptance', [0.05, 0.1, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4]), Infinity];
/** Infinity: the filter off. */
const CONFIDENCE_THRESHOLDS = [...grid('--filter', [0.4, 0.425, 0.45, 0.475, 0.5, 0.525]), Infinity];

interface CachedCandidate { readonly set: string; readonly features: string[]; readonly label: 0 | 1 }
type Reference = Parameters<typeof judgeArticle>[3];
interface Coded { readonly set: string; readonly name: string; readonly doc: ArticleDoc; readonly reference: Reference }

const cachePath = option('--cache');
if (!cachePath || !existsSync(cachePath)) throw new Error('--cache FILE: the candidates written by `npx tsx scripts/acceptance/train.ts --cache FILE`');
const { candidates } = JSON.parse(readFileSync(cachePath, 'utf8')) as { candidates: CachedCandidate[] };
const sets = TRAINING_SETS.map((s) => s.flag);
const acceptanceExamples = (held: string): Example[] => candidates.filter((c) => c.set !== held).map((c) => ({ features: c.features, label: c.label }));


/** Each set coded with the acceptance trained on the other 18, admitting from the lowest threshold tried. */
function codeHeldOut(): Coded[] {
  const saved = option('--coded');
  if (saved && existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8')) as Coded[];
  const out: Coded[] = [];
  for (const held of sets) {
    const weights = train(acceptanceExamples(held), { l2: ACCEPTANCE_L2 });
    const coder = createDocumentCoder({ onStageError: 'throw', events: { acceptance: { model: { version: `loo-${held}`, weights, threshold: ACCEPTANCE_THRESHOLDS[0]! } } } });
    const set = TRAINING_SETS.find((s) => s.flag === held)!;
    for (const name of articleNames(set.dir)) {
      const { doc, reference } = readArticle(set.dir, name);
      coder.code(doc);
      out.push({ set: held, name, doc, reference });
    }
    process.stderr.write(`${held} `);
  }
  if (saved) writeFileSync(saved, JSON.stringify(out));
  return out;
}

const started = Date.now();
const coded = codeHeldOut();
console.log(`${coded.length} articles coded leave-one-set-out (${((Date.now() - started) / 1000).toFixed(0)} s)`);

const judge = (a: Coded, events: readonly CodedEvent[]) => judgeArticle(a.name, a.doc.text, events.filter(HAPPENED), a.reference, events.filter((e) => !HAPPENED(e)));
interface Tally extends ArticleCounts { admitted: number }
const results = new Map<string, Tally>();
const key = (at: number, ct: number) => `${at}|${ct}`;

for (const at of ACCEPTANCE_THRESHOLDS) {
  // The events each article keeps at this acceptance threshold, their confidence features and labels (as train:confidence labels them).
  const kept = coded.map((a) => a.doc.events.filter((e) => (admissionOf(e) ?? Infinity) >= at));
  const features = coded.map((a, k) => eventFeatures(a.doc, kept[k]!));
  const labels = coded.map((a, k) => {
    const label = new Map<CodedEvent, 0 | 1>();
    for (const j of judge(a, kept[k]!).judged) label.set(j.event, j.typeRight && !j.extra ? 1 : 0);
    return kept[k]!.map((e) => label.get(e) ?? null);
  });
  const examples = (held: string): Example[] => coded.flatMap((a, k) => (a.set === held ? [] : features[k]!.flatMap((f, i) => (labels[k]![i] === null ? [] : [{ features: f, label: labels[k]![i]! }]))));
  for (const ct of CONFIDENCE_THRESHOLDS) results.set(key(at, ct), { ...emptyCounts(), admitted: 0 });
  process.stderr.write(`acceptance threshold ${at} `);
  for (const held of sets) {
    const weights = train(examples(held), { l2: CONFIDENCE_L2 });
    coded.forEach((a, k) => {
      if (a.set !== held) return;
      const scores = features[k]!.map((f) => score(weights, f));
      for (const ct of CONFIDENCE_THRESHOLDS) {
        const left = kept[k]!.filter((e, i) => !Number.isFinite(ct) || !mayDrop(e, a.doc) || scores[i]! >= ct);
        const tally = results.get(key(at, ct))!;
        addCounts(tally, countsOf(judge(a, left)));
        tally.admitted += left.filter((e) => admissionOf(e) !== null).length;
      }
    });
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
console.log(`\nJoint leave-one-set-out over the ${sets.length} training sets (${((Date.now() - started) / 1000).toFixed(0)} s)\n| acceptance | confidence | coded | type right | fully right | found | required | extras | admitted |\n|---|---|---|---|---|---|---|---|---|`);
for (const at of ACCEPTANCE_THRESHOLDS) {
  for (const ct of CONFIDENCE_THRESHOLDS) {
    const s = results.get(key(at, ct))!;
    console.log(`| ${Number.isFinite(at) ? at : 'rules alone'} | ${Number.isFinite(ct) ? ct : 'off'} | ${s.coded} | ${s.typeRight} (${pct(s.typeRight, s.coded)}%) | ${s.fullyRight} | ${s.found}/${s.references} | ${s.required} | ${s.extras} | ${s.admitted} |`);
  }
}

// The rule: with the filter at its shipped threshold, the acceptance threshold that gains the most acts found plus fully
// right over the shipped acceptance threshold, with type right (a rate, where extras count) not lower by more than 0.2
// points and no fewer fully right; the higher threshold on a tie (fewer admitted).
const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { threshold: number; thresholdWithFilter?: number; trained: Record<string, unknown> };
const filterAt = Number(option('--confidence') ?? 0.475);
if (!ACCEPTANCE_THRESHOLDS.includes(shipped.threshold)) throw new Error(`the shipped threshold ${shipped.threshold} is not among those tried`);
const reference = results.get(key(shipped.threshold, filterAt))!;
const rate = (s: Tally) => s.typeRight / Math.max(1, s.coded);
const gain = (s: Tally) => s.found - reference.found + s.fullyRight - reference.fullyRight;
let chosen = shipped.threshold;
let best = 0;
for (const at of ACCEPTANCE_THRESHOLDS) {
  const s = results.get(key(at, filterAt))!;
  if (rate(s) < rate(reference) - 0.002 || s.fullyRight < reference.fullyRight) continue;
  if (gain(s) > best || (gain(s) === best && at > chosen)) [chosen, best] = [at, gain(s)];
}
console.log(`acceptance threshold under the filter (${filterAt}): ${chosen} (found + fully right ${best >= 0 ? '+' : ''}${best} over ${shipped.threshold})`);
if (args.includes('--write')) {
  const row = (at: number, ct: number) => results.get(key(at, ct))!;
  shipped.thresholdWithFilter = chosen;
  shipped.trained.jointLeaveOneSetOut = {
    command: 'npm run train:acceptance-joint', confidenceThreshold: filterAt, thresholdWithFilter: chosen,
    shippedThresholdWithFilter: row(shipped.threshold, filterAt),
    chosenWithFilter: row(chosen, filterAt), chosenWithoutFilter: row(chosen, Infinity),
  };
  writeFileSync(MODEL_PATH, JSON.stringify(shipped, null, 1) + '\n');
  console.log(`wrote thresholdWithFilter ${chosen} into ${MODEL_PATH}`);
}
