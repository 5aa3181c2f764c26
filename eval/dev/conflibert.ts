/**
 * ConfliBERT's CAMEO sentences (../shared/dev): the quad class of our most confident event, and
 * whether our actor and recipient on that event cover the gold source (S) and target (T) spans.
 */
import type { CodedEvent, EventParty } from '../../src/core/document.js';
import type { Span } from '../../src/core/span.js';
import { quadClass } from '../../src/store/plover.js';
import { bump, codeInput, confusionMarkdown, devSetPath, errorClassesMarkdown, fmt, forEachWithProgress, inputSpan, overlaps, ratio, readJsonl, topEvent, type Ratio, type SectionHeading } from './common.js';
import { alignTokens, detokenise, letterKey, tokenRange } from './tokens.js';

export const CLASSES_FILE = 'conflibert_cameo_train_classes.jsonl';
export const ACTORS_FILE = 'conflibert_cameo_train_actors.jsonl';

/** No publication date comes with these sentences; their events are of 2017–2018, so leaders are read as of then. */
const SET_PERIOD = '2018-06-30';

export interface ClassRecord { readonly id: string; readonly text: string; readonly penta_class: number; readonly penta_label: string }

/**
 * Quad classes a PLOVER type may stand for (resources/ontology/plover.json): its own, plus REQUEST
 * in either verbal class and CONCEDE in either cooperation class (../shared/dev/README.md), and
 * SANCTION in both conflict classes (material by its own section, verbal in the manual's quad table).
 */
export function quadsOf(type: string): readonly number[] {
  const extra: Readonly<Record<string, readonly number[]>> = { REQUEST: [1, 3], CONCEDE: [1, 2], SANCTION: [3, 4] };
  const own = quadClass(type);
  return extra[type] ?? (own === null ? [] : [own]);
}

/** Gold penta class 1–4 are PLOVER's quad classes; 0 ("Make a Statement", CAMEO 01–02) PLOVER does not code. */
export type ClassOutcome = 'right' | 'wrong-class' | 'no-event' | 'statement-no-event' | 'statement-coded';

export function scoreClass(record: ClassRecord, events: readonly CodedEvent[]): { outcome: ClassOutcome; ours: string } {
  const top = topEvent(events);
  const ours = top ? `${top.event} (${quadClass(top.event)})` : 'none';
  if (record.penta_class === 0) return { outcome: top ? 'statement-coded' : 'statement-no-event', ours };
  if (!top) return { outcome: 'no-event', ours };
  return { outcome: quadsOf(top.event).includes(record.penta_class) ? 'right' : 'wrong-class', ours };
}

export interface ClassesEvaluation {
  readonly n: number;
  /** Over the four quad classes (statements excluded). */
  readonly quad: Ratio;
  /** Statements with no event coded (PLOVER codes no statement). */
  readonly statementsUncoded: Ratio;
  /** All five classes, a statement right when nothing is coded. */
  readonly five: Ratio;
  readonly outcomes: Record<string, number>;
  /** Gold label → our top event's quad class ('none' when no event). */
  readonly confusion: Record<string, Record<string, number>>;
  /** Gold label → our top event type. */
  readonly types: Record<string, Record<string, number>>;
  readonly rows: readonly { id: string; text: string; gold: string; outcome: ClassOutcome; ours: string }[];
}

const QUAD_NAMES: Readonly<Record<number, string>> = { 1: 'Verbal Cooperation', 2: 'Material Cooperation', 3: 'Verbal Conflict', 4: 'Material Conflict' };

export function evaluateClasses(records: readonly ClassRecord[], published = SET_PERIOD): ClassesEvaluation {
  const outcomes: Record<string, number> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const types: Record<string, Record<string, number>> = {};
  const rows: { id: string; text: string; gold: string; outcome: ClassOutcome; ours: string }[] = [];
  forEachWithProgress(records, 'conflibert classes', (record) => {
    const doc = codeInput(record.text, record.id, published);
    const { outcome, ours } = scoreClass(record, doc.events);
    const top = topEvent(doc.events);
    bump(outcomes, outcome);
    const quad = top ? quadClass(top.event) : null;
    bump(confusion[record.penta_label] ??= {}, quad === null ? 'none' : QUAD_NAMES[quad] ?? String(quad));
    bump(types[record.penta_label] ??= {}, top?.event ?? 'none');
    rows.push({ id: record.id, text: record.text, gold: record.penta_label, outcome, ours });
  });
  const count = (o: ClassOutcome) => outcomes[o] ?? 0;
  const quadN = count('right') + count('wrong-class') + count('no-event');
  const statements = count('statement-no-event') + count('statement-coded');
  return {
    n: records.length,
    quad: ratio(count('right'), quadN),
    statementsUncoded: ratio(count('statement-no-event'), statements),
    five: ratio(count('right') + count('statement-no-event'), records.length),
    outcomes, confusion, types, rows,
  };
}

const CLASS_LABELS: Readonly<Record<string, string>> = {
  right: 'quad class right', 'wrong-class': 'top event of another quad class', 'no-event': 'no event coded',
  'statement-no-event': 'statement, nothing coded (right for PLOVER)', 'statement-coded': 'statement, an event coded',
};
const GOLD_ORDER = ['Verbal Cooperation', 'Material Cooperation', 'Verbal Conflict', 'Material Conflict', 'Make a Statement'];

export function formatClassesMarkdown(r: ClassesEvaluation, heading?: SectionHeading): string {
  const typesTop = (label: string) => Object.entries(r.types[label] ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([t, n]) => `${t} ${n}`).join(', ');
  return [
    heading ? `### ${heading.title} (${r.n} sentences)` : `### ConfliBERT CAMEO sentences: quad class (${r.n} sentences)`,
    '',
    heading ? heading.intro : 'The quad class of our most confident event against the gold CAMEO quad class (PLOVER\'s table in resources/ontology/plover.json; REQUEST counts for either verbal class, CONCEDE for either cooperation class, SANCTION for either conflict class). "Make a Statement" (CAMEO 01–02) has no PLOVER type, so it is scored apart: right when nothing is coded. Sentences are coded as of 2018-06-30 (they carry no date). Run alone: `npx tsx eval/dev-sets.ts --set classes [--misses N]`.',
    '',
    '| measure | result |',
    '| --- | --- |',
    `| quad class of the top event (four classes) | **${fmt(r.quad)}** |`,
    `| statements with nothing coded | ${fmt(r.statementsUncoded)} |`,
    `| all five classes (a statement right when nothing is coded) | ${fmt(r.five)} |`,
    '',
    '| outcome | sentences |',
    '| --- | ---: |',
    errorClassesMarkdown(r.outcomes, CLASS_LABELS),
    '',
    'Gold class (rows) against our top event\'s quad class (columns):',
    '',
    confusionMarkdown(r.confusion, GOLD_ORDER),
    '',
    '| gold class | our top event types (most frequent) |',
    '| --- | --- |',
    ...GOLD_ORDER.filter((g) => r.types[g]).map((g) => `| ${g} | ${typesTop(g)} |`),
  ].join('\n');
}

export function classesMisses(r: ClassesEvaluation, perClass: number): string[] {
  const out: string[] = [];
  for (const outcome of ['no-event', 'wrong-class', 'statement-coded'] as const) {
    const hits = r.rows.filter((row) => row.outcome === outcome);
    out.push(`== ${CLASS_LABELS[outcome]} (${hits.length})`);
    for (const row of hits.slice(0, perClass)) out.push(`${row.id} [${row.gold}] ${row.text}\n    ours: ${row.ours}`);
  }
  return out;
}

export interface ActorRecord {
  readonly id: string;
  readonly tokens: readonly string[];
  readonly actors: readonly { role: string; tok_start: number; tok_end: number; text: string }[];
}

/**
 * The sentence as natural text with each token's span: the untokenised copy from the classes file
 * where it holds the same sentence, else the tokens joined back (hyphens re-attached).
 */
export function naturalText(record: ActorRecord, originals: ReadonlyMap<string, string>): { text: string; spans: readonly Span[] } {
  const original = originals.get(letterKey(record.tokens.join('')));
  const aligned = original ? alignTokens(original, record.tokens) : null;
  if (original && aligned) return { text: original, spans: aligned };
  return detokenise(record.tokens, { joinHyphens: true });
}

export type RoleOutcome = 'found' | 'no-event' | 'no-party' | 'swapped' | 'elsewhere-in-events' | 'other-span';

/** Whether our parties in a role on the top event cover a gold span, and if not, why. */
export function scoreRole(gold: Span, events: readonly CodedEvent[], role: 'actor' | 'recipient', spanOf: (p: EventParty) => Span): RoleOutcome {
  const top = topEvent(events);
  if (!top) return 'no-event';
  const other = role === 'actor' ? 'recipient' : 'actor';
  if (top[role].some((p) => overlaps(spanOf(p), gold))) return 'found';
  if (top[other].some((p) => overlaps(spanOf(p), gold))) return 'swapped';
  if (events.some((e) => e !== top && e[role].some((p) => overlaps(spanOf(p), gold)))) return 'elsewhere-in-events';
  return top[role].length === 0 ? 'no-party' : 'other-span';
}

export interface ActorsEvaluation {
  readonly n: number;
  readonly source: Ratio;
  readonly target: Ratio;
  readonly sourceOutcomes: Record<string, number>;
  readonly targetOutcomes: Record<string, number>;
  /** Sentences whose text came from the classes file (the rest were detokenised). */
  readonly natural: number;
  /** The same, without the sentences the classes file labels "Make a Statement" (PLOVER codes none). */
  readonly sourceCoded: Ratio;
  readonly targetCoded: Ratio;
  readonly rows: readonly { id: string; text: string; role: 'source' | 'target'; gold: string; outcome: RoleOutcome; ours: string; statement: boolean }[];
}

/** One sentence with its gold actor spans as character offsets into `text` (the form every set is read in). */
export interface ActorSpanItem {
  readonly id: string;
  readonly text: string;
  readonly golds: readonly { role: 'source' | 'target'; span: Span; text: string }[];
  /** Labelled "Make a Statement": left out of the second reading (PLOVER codes no statement). */
  readonly statement: boolean;
  /** Whether `text` is the sentence as written (not joined back from tokens). */
  readonly natural: boolean;
}

/** ConfliBERT's tokenised records as sentences with character spans (the untokenised copy where the classes file has it). */
export function conflibertActorItems(records: readonly ActorRecord[], originals: ReadonlyMap<string, string>, statements: ReadonlySet<string> = new Set()): ActorSpanItem[] {
  return records.map((record) => {
    const { text, spans } = naturalText(record, originals);
    const key = letterKey(record.tokens.join(''));
    return {
      id: record.id, text, statement: statements.has(key), natural: originals.get(key) === text,
      golds: record.actors.flatMap((a) => (a.role === 'source' || a.role === 'target' ? [{ role: a.role, span: tokenRange(spans, a.tok_start, a.tok_end), text: a.text }] : [])),
    };
  });
}

export function evaluateConflibertActors(records: readonly ActorRecord[], originals: ReadonlyMap<string, string>, statements: ReadonlySet<string> = new Set()): ActorsEvaluation {
  return evaluateActorSpans(conflibertActorItems(records, originals, statements), SET_PERIOD);
}

/** Codes each sentence (as of `published`) and scores our top event's actor and recipient against the gold spans. */
export function evaluateActorSpans(items: readonly ActorSpanItem[], published: string): ActorsEvaluation {
  const sourceOutcomes: Record<string, number> = {};
  const targetOutcomes: Record<string, number> = {};
  const rows: ActorsEvaluation['rows'][number][] = [];
  forEachWithProgress(items, 'actor spans', (item) => {
    const doc = codeInput(item.text, item.id, published);
    const spanOf = (p: EventParty): Span => inputSpan(doc, { start: p.start, end: p.end });
    const top = topEvent(doc.events);
    const ours = top ? `${top.event}: ${top.actor.map((p) => p.text).join('+') || '-'} → ${top.recipient.map((p) => p.text).join('+') || '-'}` : 'no event';
    for (const [goldRole, ourRole, counts] of [['source', 'actor', sourceOutcomes], ['target', 'recipient', targetOutcomes]] as const) {
      // One gold span per role is enough: a sentence with two sources is right when either is covered.
      const golds = item.golds.filter((g) => g.role === goldRole);
      if (golds.length === 0) continue;
      const outcomes = golds.map((g) => scoreRole(g.span, doc.events, ourRole, spanOf));
      const outcome = outcomes.includes('found') ? 'found' : outcomes[0]!;
      bump(counts, outcome);
      rows.push({ id: item.id, text: item.text, role: goldRole, gold: golds.map((g) => g.text).join(' | '), outcome, ours, statement: item.statement });
    }
  });
  const found = (counts: Record<string, number>) => ratio(counts.found ?? 0, Object.values(counts).reduce((a, b) => a + b, 0));
  // PLOVER codes no "Make a Statement" act (CAMEO 01–02), so the sentences labelled so are also left out in a second reading.
  const foundCoded = (role: 'source' | 'target') => {
    const coded = rows.filter((row) => row.role === role && !row.statement);
    return ratio(coded.filter((row) => row.outcome === 'found').length, coded.length);
  };
  return {
    n: items.length, source: found(sourceOutcomes), target: found(targetOutcomes), sourceCoded: foundCoded('source'), targetCoded: foundCoded('target'),
    sourceOutcomes, targetOutcomes, natural: items.filter((i) => i.natural).length, rows,
  };
}

const ROLE_LABELS: Readonly<Record<string, string>> = {
  found: 'found on the top event', 'no-event': 'no event coded', 'no-party': 'top event has no party in this role',
  swapped: 'our party in the other role covers it', 'elsewhere-in-events': 'covered on another (less confident) event', 'other-span': 'our party is another span',
};

export function formatConflibertActorsMarkdown(r: ActorsEvaluation, heading?: SectionHeading): string {
  const outcomes = [...new Set([...Object.keys(r.sourceOutcomes), ...Object.keys(r.targetOutcomes)])]
    .sort((a, b) => (r.sourceOutcomes[b] ?? 0) + (r.targetOutcomes[b] ?? 0) - (r.sourceOutcomes[a] ?? 0) - (r.targetOutcomes[a] ?? 0));
  return [
    heading ? `### ${heading.title} (${r.n} sentences)` : `### ConfliBERT CAMEO sentences: source and target actors (${r.n} sentences)`,
    '',
    heading ? heading.intro : `On our most confident event, a gold source is found when one of our actor parties overlaps its span, a target when one of our recipient parties overlaps it. ${r.natural} sentences are read in their untokenised form from the classes file; the others are joined back from their tokens (hyphens re-attached). PLOVER has no type for CAMEO's \"Make a Statement\" (01–02), so a second reading leaves out the sentences the classes file labels so (only the ones found there; the others all count). Run alone: \`npx tsx eval/dev-sets.ts --set actors [--misses N]\`.`,
    '',
    '| measure | result |',
    '| --- | --- |',
    `| source actor found (top event) | **${fmt(r.source)}** |`,
    `| target actor found (top event) | **${fmt(r.target)}** |`,
    `| source actor found, sentences labelled "Make a Statement" left out | ${fmt(r.sourceCoded)} |`,
    `| target actor found, the same sentences left out | ${fmt(r.targetCoded)} |`,
    '',
    '| outcome | source | target |',
    '| --- | ---: | ---: |',
    ...outcomes.map((o) => `| ${ROLE_LABELS[o] ?? o} | ${r.sourceOutcomes[o] ?? 0} | ${r.targetOutcomes[o] ?? 0} |`),
  ].join('\n');
}

export function conflibertActorMisses(r: ActorsEvaluation, perClass: number): string[] {
  const out: string[] = [];
  for (const outcome of ['no-event', 'no-party', 'swapped', 'elsewhere-in-events', 'other-span'] as const) {
    for (const role of ['source', 'target'] as const) {
      const hits = r.rows.filter((row) => row.outcome === outcome && row.role === role);
      if (hits.length === 0) continue;
      out.push(`== ${role}: ${ROLE_LABELS[outcome]} (${hits.length})`);
      for (const row of hits.slice(0, perClass)) out.push(`${row.id} gold ${role} "${row.gold}": ${row.text}\n    ours: ${row.ours}`);
    }
  }
  return out;
}

export function loadClassRecords(): ClassRecord[] | null {
  const path = devSetPath(CLASSES_FILE);
  return path ? readJsonl<ClassRecord>(path) : null;
}

export function loadActorRecords(): { records: ActorRecord[]; originals: Map<string, string>; statements: Set<string> } | null {
  const path = devSetPath(ACTORS_FILE);
  if (!path) return null;
  const classes = loadClassRecords() ?? [];
  return {
    records: readJsonl<ActorRecord>(path), originals: new Map(classes.map((c) => [letterKey(c.text), c.text])),
    statements: new Set(classes.filter((c) => c.penta_class === 0).map((c) => letterKey(c.text))),
  };
}
