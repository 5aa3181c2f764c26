/**
 * Event-coding evaluation: the example page against its reference events, and the PLOVER
 * gold-standard records (one sentence each) for event type, mode, actor/recipient countries and
 * casualty counts.
 */
import { readFileSync } from 'node:fs';
import type { ArticleDoc, CodedEvent } from '../src/core/document.js';
import { docFromRaw } from '../src/ingest/load.js';
import { createDocumentCoder } from '../src/pipeline/default.js';
import { codeMatches } from './actors.js';
import { plover2Type, prf, scoreReference, type ReferenceEvent, type ReferenceScore } from './events-scoring.js';
import { sharedPath } from './paths.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

/** Codes a text as Chronicle would from the CLI with `--published`: the document (its cleaned text, the coordinates of the evidence spans, and events). */
function codeDocument(text: string, published: string, uri: string): ArticleDoc {
  const doc = docFromRaw(text, uri, 'text', { published });
  coder.code(doc);
  return doc;
}

/** The events Chronicle codes from a text with `--published`. */
export function codeText(text: string, published: string, uri = 'eval'): CodedEvent[] {
  return codeDocument(text, published, uri).events;
}

export interface ExampleEvaluation extends ReferenceScore {
  readonly name: string;
  readonly events: number;
}

export function evaluateExample(name = 'azerbaijan-releases-17-prisoners'): ExampleEvaluation {
  const reference = JSON.parse(readFileSync(sharedPath('examples', `${name}.events.json`), 'utf8')) as { published: string; events: ReferenceEvent[] };
  const text = readFileSync(sharedPath('examples', `${name}.txt`), 'utf8');
  const doc = codeDocument(text, reference.published, `${name}.txt`);
  return { name, events: doc.events.length, ...scoreReference(doc.events, reference.events, doc.text) };
}

interface GsrRecord {
  id: string;
  text: string;
  date: string;
  event: string;
  mode: string | null;
  source: { code: string | null }[];
  target: { code: string | null }[];
  dead: string | null;
  injured: string | null;
}

export interface GsrEvaluation {
  n: number;
  /** Our most confident event's type equals the gold type (PLOVER 2.0 names). */
  typeAccuracy: number;
  /** The gold type is among all our events for the sentence. */
  typeRecall: number;
  /** Sentences where we coded no event. */
  noEvent: number;
  /** Mode accuracy over sentences whose gold mode is a PLOVER 2.0 mode and whose type we got right. */
  mode: { correct: number; n: number };
  actorCountry: { precision: number; recall: number; f1: number };
  recipientCountry: { precision: number; recall: number; f1: number };
  casualties: { correct: number; n: number };
  eventsPerSentence: number;
  confusion: Record<string, Record<string, number>>;
  /** Calibration: accuracy of the top event's type per confidence band. */
  calibration: { band: string; n: number; accuracy: number }[];
}

function codesOf(parties: readonly { code: string | null }[]): string[] {
  return [...new Set(parties.map((p) => p.code).filter((c): c is string => c !== null))];
}

/** Counts gold codes matched by some predicted code (legacy codes mapped in the scorer). */
function countryCounts(gold: string[], predicted: string[]): { tp: number; predicted: number; gold: number } {
  const tp = gold.filter((g) => predicted.some((p) => codeMatches(g, p))).length;
  const usefulPredicted = predicted.length;
  return { tp, predicted: usefulPredicted, gold: gold.length };
}

const VALID_MODES = new Set(['visit', 'third-party', 'multilateral', 'phone', 'withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign', 'assist', 'change', 'yield', 'meet', 'disapprove', 'investigate', 'allege', 'restrict', 'arrest', 'relations', 'expel', 'territory', 'violence', 'demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize', 'convict', 'discontinue', 'troops', 'weapons', 'police', 'militia', 'seize', 'censor', 'curfew', 'martial-law', 'deport', 'withhold', 'misinformation', 'cyber', 'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional']);

export function loadGsrRecords(): GsrRecord[] {
  return readFileSync(sharedPath('gold', 'plover-gsr.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GsrRecord);
}

export function evaluateGsr(records: readonly GsrRecord[] = loadGsrRecords()): GsrEvaluation {
  let typeCorrect = 0;
  let typeAnywhere = 0;
  let noEvent = 0;
  let totalEvents = 0;
  const mode = { correct: 0, n: 0 };
  const casualties = { correct: 0, n: 0 };
  const actor = { tp: 0, predicted: 0, gold: 0 };
  const recipient = { tp: 0, predicted: 0, gold: 0 };
  const confusion: Record<string, Record<string, number>> = {};
  const bands = new Map<string, { n: number; correct: number }>();
  for (const record of records) {
    const gold = plover2Type(record.event);
    const events = codeText(record.text, record.date, record.id);
    totalEvents += events.length;
    const top = [...events].sort((a, b) => b.confidence - a.confidence)[0];
    const predicted = top?.event ?? 'NONE';
    if (!top) noEvent++;
    (confusion[gold] ??= {})[predicted] = (confusion[gold]![predicted] ?? 0) + 1;
    if (predicted === gold) typeCorrect++;
    if (events.some((e) => e.event === gold)) typeAnywhere++;
    if (top) {
      const band = top.confidence >= 0.8 ? '≥0.80' : top.confidence >= 0.65 ? '0.65–0.79' : top.confidence >= 0.5 ? '0.50–0.64' : '<0.50';
      const b = bands.get(band) ?? { n: 0, correct: 0 };
      b.n++;
      if (predicted === gold) b.correct++;
      bands.set(band, b);
    }
    const goldMode = record.mode?.split('-')[0] === 'heavy' ? 'heavy-weapons' : record.mode;
    if (gold === record.event && goldMode && VALID_MODES.has(goldMode) && predicted === gold) {
      mode.n++;
      if (top?.mode === goldMode) mode.correct++;
    }
    const a = countryCounts(codesOf(record.source), top ? codesOf(top.actor) : []);
    actor.tp += a.tp; actor.predicted += a.predicted; actor.gold += a.gold;
    const r = countryCounts(codesOf(record.target), top ? codesOf(top.recipient) : []);
    recipient.tp += r.tp; recipient.predicted += r.predicted; recipient.gold += r.gold;
    for (const [key, value] of [['dead', record.dead], ['injured', record.injured]] as const) {
      if (value === null || !/^\d+$/.test(value)) continue;
      casualties.n++;
      const found = events.some((e) => (e.size as Record<string, { value: number } | undefined>)[key]?.value === Number(value));
      if (found) casualties.correct++;
    }
  }
  const order = ['≥0.80', '0.65–0.79', '0.50–0.64', '<0.50'];
  return {
    n: records.length,
    typeAccuracy: typeCorrect / records.length,
    typeRecall: typeAnywhere / records.length,
    noEvent,
    mode,
    actorCountry: prf(actor.tp, actor.predicted, actor.gold),
    recipientCountry: prf(recipient.tp, recipient.predicted, recipient.gold),
    casualties,
    eventsPerSentence: totalEvents / records.length,
    confusion,
    calibration: order.filter((b) => bands.has(b)).map((band) => ({ band, n: bands.get(band)!.n, accuracy: bands.get(band)!.correct / bands.get(band)!.n })),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const frac = (s: { correct: number; n: number }) => `${s.correct}/${s.n}${s.n ? ` (${pct(s.correct / s.n)})` : ''}`;
const partyText = (e: CodedEvent) => `${e.actor.map((p) => p.code ?? '?').join('+') || '-'} → ${e.recipient.map((p) => p.code ?? '?').join('+') || '-'}`;

export function formatExampleMarkdown(r: ExampleEvaluation): string {
  const lines = [
    `### The example page (${r.name}, published 2022-10-04)`,
    '',
    '| measure | result |',
    '| --- | --- |',
    `| required reference events found | ${r.requiredFound}/${r.requiredTotal} |`,
    `| optional reference events found | ${r.optionalFound}/${r.optionalTotal} |`,
    `| events the reference does not list | ${r.extra} |`,
    `| events coded | ${r.events} |`,
    `| date value exact (matched events) | ${frac(r.dateValue)} |`,
    `| date precision (matched events) | ${frac(r.datePrecision)} |`,
    `| background flag (matched events) | ${frac(r.background)} |`,
    `| size figures (value and qualifier) | ${frac(r.size)} |`,
    `| event location | ${frac(r.location)} |`,
    '',
    '| reference event | required | ours |',
    '| --- | --- | --- |',
    ...r.rows.map((row) => `| ${row.id} | ${row.required ? 'yes' : 'no'} | ${row.matched ? `${row.matched.event}${row.matched.mode ? `/${row.matched.mode}` : ''} ${partyText(row.matched)}, ${row.matched.date}${row.matched.background ? ', background' : ''}` : '**missed**'} |`),
  ];
  if (r.extraEvents.length) {
    lines.push('', 'Events the reference does not list:', '');
    for (const e of r.extraEvents) lines.push(`- ${e.event} ${partyText(e)}, ${e.date}: "${e.evidence.trigger.text}" in “${e.evidence.sentence.text.slice(0, 120)}…”`);
  }
  return lines.join('\n');
}

export function formatGsrMarkdown(r: GsrEvaluation): string {
  const types = Object.keys(r.confusion).sort();
  const predictedTypes = [...new Set(Object.values(r.confusion).flatMap((row) => Object.keys(row)))].sort();
  const f = (x: { precision: number; recall: number; f1: number }) => `P ${x.precision.toFixed(3)} · R ${x.recall.toFixed(3)} · F1 **${x.f1.toFixed(3)}**`;
  return [
    `### PLOVER gold-standard records (${r.n} sentences)`,
    '',
    'Per sentence, our most confident event is compared with the gold record (early-draft types folded into PLOVER 2.0: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT). Countries are compared on that event; legacy gold codes (JAP, ITL, VTN, IGO) are mapped in the scorer.',
    '',
    '| measure | result |',
    '| --- | --- |',
    `| event type accuracy (top event) | **${pct(r.typeAccuracy)}** |`,
    `| gold type among our events | ${pct(r.typeRecall)} |`,
    `| sentences with no event coded | ${r.noEvent} |`,
    `| events per sentence | ${r.eventsPerSentence.toFixed(2)} |`,
    `| mode accuracy (gold mode given, type right) | ${frac(r.mode)} |`,
    `| actor country | ${f(r.actorCountry)} |`,
    `| recipient country | ${f(r.recipientCountry)} |`,
    `| dead/injured figures found | ${frac(r.casualties)} |`,
    '',
    'Calibration of the top event (type accuracy by confidence):',
    '',
    '| confidence | n | type accuracy |',
    '| --- | --- | --- |',
    ...r.calibration.map((c) => `| ${c.band} | ${c.n} | ${pct(c.accuracy)} |`),
    '',
    'Confusion (rows gold, columns ours):',
    '',
    `| gold \\ ours | ${predictedTypes.join(' | ')} |`,
    `| --- | ${predictedTypes.map(() => '---').join(' | ')} |`,
    ...types.map((t) => `| ${t} | ${predictedTypes.map((p) => r.confusion[t]![p] ?? '').join(' | ')} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const example = evaluateExample();
  console.log(formatExampleMarkdown(example));
  console.log();
  console.log(formatGsrMarkdown(evaluateGsr()));
}
