/**
 * The PETRARCH2 unit-test suite (../shared/gold/petrarch-unit): 284 sentences about fictional
 * countries (Arnor/ARN, Gondor/GON, …) with the CAMEO events PETRARCH must code from the suite's
 * own dictionaries. We load those dictionaries as a user would (src/dictionaries) and compare.
 *
 * What "exactly right" means here:
 * - An event is a tuple (source, target, PLOVER type). Source and target are CAMEO-style actor
 *   codes: our party's `code` followed by its `sector` ("ARN" + "GOVFRM" → "ARNGOVFRM"); a party
 *   with neither, and the suite's `---` or empty code, is null. An agent without a country is
 *   "---" + sector ("---GOV"), as the suite writes it.
 * - The type of an expected event is the PLOVER type of its CAMEO code by the official
 *   CAMEO→PLOVER table (`fromCameo`); the type of ours is its `event`.
 * - Expected events whose CAMEO code has no PLOVER type (CAMEO 01/02 statements such as "said"
 *   [023], and the suite's made-up codes [345], [9xx], [802]) cannot be coded in PLOVER: they are
 *   left out of the comparison and counted as `unmappable`.
 * - Ours: every event gives one tuple per (actor, recipient) pair, a missing side being null;
 *   an event with no recipient and two or more actors is a joint act and gives every ordered
 *   pair of its actors (as PETRARCH codes `%` compound actors: GON→OSG and OSG→GON).
 * - A sentence is exact when the multiset of our tuples equals the multiset of expected ones
 *   (so a sentence with no mappable expected event is exact only if we code nothing); partial
 *   when they share at least one tuple but are not equal.
 * - Records marked `expect_no_events` are also reported on their own (`noEvents`).
 * - `cameoExact` is the stricter CAMEO-level check: (source, target, CAMEO code) over all expected
 *   events, our code being the dictionary pattern's code kept in `event.cameo`.
 *
 * - The dictionary-events stage runs with `roles: 'petrarch'`: the pattern's `$`/`+`/`%`/`^`
 *   markers place source and target, and unmarked roles are read as PETRARCH reads them (the
 *   subject before the verb, the first actor after it), since the suite's answers assume that.
 *
 * Run: `npx tsx eval/petrarch.ts` (add `--misses` for the sentences we get wrong).
 */
import { readFileSync } from 'node:fs';
import { createDoc, type CodedEvent, type EventParty } from '../src/core/document.js';
import { createPipeline } from '../src/core/pipeline.js';
import { parsePetrarchDictionaries, type PetrarchDictionaries } from '../src/dictionaries/petrarch.js';
import { createDictionaryPlugin, dictionaryAnalysisStages, type DictionaryPluginOptions } from '../src/dictionaries/pipeline.js';
import { fromCameo } from '../src/stages/events/cameo.js';
import { paragraphSpans } from '../src/stages/sentences/index.js';
import { sharedPath } from './paths.js';

export interface PetrarchGoldEvent { readonly source: string; readonly target: string; readonly cameo: string }
export interface PetrarchRecord {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly events: readonly PetrarchGoldEvent[];
  readonly notes?: { readonly category?: string; readonly expect_no_events?: boolean };
}

/** (source, target, type) with null for an uncoded side. */
export interface Tuple { readonly source: string | null; readonly target: string | null; readonly type: string }

export type ItemStatus = 'exact' | 'partial' | 'missed' | 'false-events';

export interface PetrarchItem {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly expected: readonly Tuple[];
  readonly unmappable: readonly PetrarchGoldEvent[];
  readonly ours: readonly Tuple[];
  readonly status: ItemStatus;
  readonly cameoExact: boolean;
  readonly expectNoEvents: boolean;
}

export interface Tally { readonly n: number; readonly exact: number }

export interface PetrarchResult {
  readonly sentences: number;
  /** Share of sentences whose expected (PLOVER-mappable) events we produce exactly. */
  readonly exact: number;
  /** Share with some but not all/only the expected tuples. */
  readonly partial: number;
  /** Number of sentences where we produced events but none (mappable) was expected. */
  readonly falseEvents: number;
  /** Sentences with at least one mappable expected event. */
  readonly withEvents: Tally;
  /** Sentences with expected events none of which maps to PLOVER, or with none at all. */
  readonly withoutPloverEvents: Tally;
  /** Records marked `expect_no_events`. */
  readonly noEvents: Tally;
  /** CAMEO-level exact share (source, target, CAMEO code over all expected events). */
  readonly cameoExact: number;
  readonly unmappableEvents: number;
  readonly byCategory: Readonly<Record<string, Tally>>;
  readonly items: readonly PetrarchItem[];
}

const GOLD = () => sharedPath('gold', 'petrarch-unit');

export function loadPetrarchRecords(path = `${GOLD()}/records.jsonl`): PetrarchRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PetrarchRecord);
}

export function loadValidationDictionaries(dir = GOLD()): PetrarchDictionaries {
  const read = (kind: string) => readFileSync(`${dir}/PETR.Validate.${kind}.txt`, 'utf8');
  return parsePetrarchDictionaries({ actors: read('actors'), agents: read('agents'), verbs: read('verbs'), discards: read('discards'), version: 'petrarch-validate' });
}

/** The suite's `---` and empty codes are null. */
export function goldCode(code: string): string | null {
  const c = code.trim();
  return c === '' || c === '---' ? null : c;
}

/** "ARN" + "GOVFRM" → "ARNGOVFRM"; null + "GOV" → "---GOV"; null + null → null. */
export function partyCode(party: Pick<EventParty, 'code' | 'sector'>): string | null {
  if (party.code === null && party.sector === null) return null;
  return `${party.code ?? '---'}${party.sector ?? ''}`;
}

/** Our events as tuples (see the definition at the top of the file). */
export function eventTuples(events: readonly Pick<CodedEvent, 'actor' | 'recipient' | 'event'>[]): Tuple[] {
  const out: Tuple[] = [];
  for (const e of events) {
    const actors = e.actor.map(partyCode);
    const recipients = e.recipient.map(partyCode);
    if (recipients.length === 0 && actors.length >= 2) {
      for (const a of actors) for (const b of actors) if (a !== b) out.push({ source: a, target: b, type: e.event });
      continue;
    }
    for (const a of actors.length > 0 ? actors : [null]) {
      for (const r of recipients.length > 0 ? recipients : [null]) out.push({ source: a, target: r, type: e.event });
    }
  }
  return out;
}

const key = (t: Tuple) => `${t.source ?? '---'}>${t.target ?? '---'}:${t.type}`;

function multiset(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const ma = multiset(a);
  const mb = multiset(b);
  return [...ma].every(([k, n]) => mb.get(k) === n);
}

/** Compares one record's expected events with our events. */
export function scoreRecord(record: PetrarchRecord, events: readonly Pick<CodedEvent, 'actor' | 'recipient' | 'event' | 'cameo'>[]): PetrarchItem {
  const expected: Tuple[] = [];
  const unmappable: PetrarchGoldEvent[] = [];
  for (const e of record.events) {
    const row = fromCameo(e.cameo);
    if (!row) unmappable.push(e);
    else expected.push({ source: goldCode(e.source), target: goldCode(e.target), type: row.event });
  }
  const ours = eventTuples(events);
  const expectedKeys = expected.map(key);
  const ourKeys = ours.map(key);
  let status: ItemStatus;
  if (sameMultiset(expectedKeys, ourKeys)) status = 'exact';
  else if (expected.length === 0) status = 'false-events';
  else status = ourKeys.some((k) => expectedKeys.includes(k)) ? 'partial' : 'missed';
  const cameoExpected = record.events.map((e) => `${goldCode(e.source) ?? '---'}>${goldCode(e.target) ?? '---'}:${e.cameo}`);
  const cameoOurs = eventTuples(events.map((e) => ({ ...e, event: e.cameo ?? '?' }))).map(key);
  return {
    id: record.id, category: record.notes?.category ?? 'unknown', text: record.text, expected, unmappable, ours, status,
    cameoExact: sameMultiset(cameoExpected, cameoOurs), expectNoEvents: record.notes?.expect_no_events === true,
  };
}

/** Runs the suite: every record through the standard analysis stages with the validation dictionaries plugged in. */
export function evaluatePetrarch(options: { records?: readonly PetrarchRecord[]; dictionaries?: PetrarchDictionaries; plugin?: DictionaryPluginOptions } = {}): PetrarchResult {
  const records = options.records ?? loadPetrarchRecords();
  const dict = options.dictionaries ?? loadValidationDictionaries();
  const plugin = createDictionaryPlugin(dict, options.plugin ?? { actors: { mode: 'override' }, events: { only: true, roles: 'petrarch' } });
  const pipeline = createPipeline(dictionaryAnalysisStages(plugin), { given: ['text'], onStageError: 'record' });
  const items: PetrarchItem[] = [];
  for (const record of records) {
    const doc = createDoc(record.id, { uri: record.id, format: 'text', ...(record.date ? { publishedAt: record.date } : {}) }, record.text);
    doc.text = record.text;
    doc.offsetMap = [{ kind: 'copy', cleanStart: 0, cleanLength: record.text.length, sourceStart: 0, sourceLength: record.text.length }];
    doc.paragraphs = paragraphSpans(record.text);
    pipeline.run(doc);
    items.push(scoreRecord(record, doc.events));
  }
  return summarise(items);
}

export function summarise(items: readonly PetrarchItem[]): PetrarchResult {
  const n = items.length;
  const count = (f: (i: PetrarchItem) => boolean) => items.filter(f).length;
  const tally = (list: readonly PetrarchItem[]): Tally => ({ n: list.length, exact: list.filter((i) => i.status === 'exact').length });
  const byCategory: Record<string, Tally> = {};
  for (const category of [...new Set(items.map((i) => i.category))].sort()) byCategory[category] = tally(items.filter((i) => i.category === category));
  return {
    sentences: n,
    exact: n === 0 ? 0 : count((i) => i.status === 'exact') / n,
    partial: n === 0 ? 0 : count((i) => i.status === 'partial') / n,
    falseEvents: count((i) => i.status === 'false-events'),
    withEvents: tally(items.filter((i) => i.expected.length > 0)),
    withoutPloverEvents: tally(items.filter((i) => i.expected.length === 0)),
    noEvents: tally(items.filter((i) => i.expectNoEvents)),
    cameoExact: n === 0 ? 0 : count((i) => i.cameoExact) / n,
    unmappableEvents: items.reduce((s, i) => s + i.unmappable.length, 0),
    byCategory,
    items,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (t: Tally) => `${t.exact}/${t.n}${t.n > 0 ? ` (${pct(t.exact / t.n)})` : ''}`;

export function formatPetrarchMarkdown(result: PetrarchResult): string {
  const lines = [
    '### PETRARCH unit-test suite',
    '',
    `The ${result.sentences} sentences of the PETRARCH2 unit tests, coded with the suite's own actor, agent, verb and discard dictionaries loaded through \`src/dictionaries\` (run: \`npx tsx eval/petrarch.ts\`). A sentence is exact when our (source, target, PLOVER type) tuples equal the expected ones as a multiset; expected events whose CAMEO code has no PLOVER type (${result.unmappableEvents} events: CAMEO 01/02 statements and the suite's made-up codes) are left out. See the top of \`eval/petrarch.ts\` for the full definition.`,
    '',
    '| measure | value |', '| --- | --- |',
    `| exact (all sentences) | ${pct(result.exact)} |`,
    `| partial | ${pct(result.partial)} |`,
    `| exact, sentences with PLOVER events expected | ${frac(result.withEvents)} |`,
    `| exact, sentences with no PLOVER event expected | ${frac(result.withoutPloverEvents)} |`,
    `| records marked expect_no_events coded with none | ${frac(result.noEvents)} |`,
    `| sentences with events where none was expected | ${result.falseEvents} |`,
    `| exact at CAMEO level (source, target, CAMEO code) | ${pct(result.cameoExact)} |`,
    '',
    '| category | exact |', '| --- | --- |',
    ...Object.entries(result.byCategory).map(([c, t]) => `| ${c} | ${frac(t)} |`),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = evaluatePetrarch();
  process.stdout.write(`${formatPetrarchMarkdown(result)}\n`);
  if (process.argv.includes('--misses')) {
    const show = (t: readonly Tuple[]) => t.map(key).join(' | ') || '(none)';
    for (const item of result.items.filter((i) => i.status !== 'exact')) {
      process.stdout.write(`\n${item.id} [${item.status}] ${item.text.slice(0, 140)}\n  expected: ${show(item.expected)}\n  ours:     ${show(item.ours)}\n`);
    }
  }
}
