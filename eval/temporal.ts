/**
 * Temporal evaluation: our `dates` normaliser against chrono-node alone, on the same hand-written
 * set (`eval/temporal-set.jsonl`: real news sentences, a reference date per item, the expected
 * value written by hand). Run: `npx tsx eval/temporal.ts` (prints the Markdown table).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../src/core/document.js';
import type { Span } from '../src/core/span.js';
import { normalizeTimes } from '../src/stages/dates/index.js';

/** One expected expression. `value` is truncated to `precision` like `TimeExpression.value`. */
export interface TemporalItem {
  readonly id: string;
  /** Where the sentence comes from (file and line or id). */
  readonly source: string;
  readonly text: string;
  /** Reference (publication) date, `YYYY-MM-DD`, chosen per item. */
  readonly reference: string;
  /** The expression as it appears in `text`; `occurrence` picks the n-th (0-based) when repeated. */
  readonly expression: string;
  readonly occurrence?: number;
  readonly value: string;
  readonly precision: DatePrecision;
  /** For ranges, the expected end value. */
  readonly end?: string;
  readonly note?: string;
}

/** What a normaliser says about one stretch of text. */
export interface TemporalGuess {
  readonly span: Span;
  readonly value: string;
  readonly precision: DatePrecision;
  readonly end?: string;
}

export type Normaliser = (text: string, reference: string) => TemporalGuess[];

export interface TemporalScore {
  readonly valueAccuracy: number;
  readonly precisionAccuracy: number;
  readonly n: number;
}

export interface TemporalRow {
  readonly id: string;
  readonly expression: string;
  readonly expected: string;
  readonly ours: string | null;
  readonly chrono: string | null;
  readonly oursCorrect: boolean;
  readonly chronoCorrect: boolean;
}

export interface TemporalResult {
  readonly ours: TemporalScore;
  readonly chrono: TemporalScore;
  readonly items: TemporalRow[];
}

const SET_PATH = fileURLToPath(new URL('./temporal-set.jsonl', import.meta.url));

export function loadTemporalSet(path = SET_PATH): TemporalItem[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as TemporalItem);
}

/** Span of the item's expression in its text. */
export function expressionSpan(item: TemporalItem): Span {
  let at = -1;
  for (let k = 0; k <= (item.occurrence ?? 0); k++) at = item.text.indexOf(item.expression, at + 1);
  if (at < 0) throw new Error(`Item ${item.id}: expression '${item.expression}' is not in its text; fix the set.`);
  return { start: at, end: at + item.expression.length };
}

/** The guess that overlaps the expression most, or null when none touches it. */
export function matchGuess(span: Span, guesses: readonly TemporalGuess[]): TemporalGuess | null {
  let best: TemporalGuess | null = null;
  let bestOverlap = 0;
  for (const g of guesses) {
    const overlap = Math.min(span.end, g.span.end) - Math.max(span.start, g.span.start);
    if (overlap > bestOverlap) {
      best = g;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Value is right when value (and the range end, if expected) match; precision is scored on its own. */
export function isValueCorrect(item: TemporalItem, guess: TemporalGuess | null): boolean {
  return guess !== null && guess.value === item.value && (item.end === undefined || guess.end === item.end);
}

const describe = (g: TemporalGuess | null): string | null => (g ? `${g.value}${g.end ? `/${g.end}` : ''} (${g.precision})` : null);

/** Scores one normaliser over the items: accuracy = correct / all items (a miss counts as wrong). */
export function scoreTemporal(items: readonly TemporalItem[], normaliser: Normaliser): { score: TemporalScore; guesses: (TemporalGuess | null)[] } {
  const guesses = items.map((item) => matchGuess(expressionSpan(item), normaliser(item.text, item.reference)));
  const n = items.length;
  const values = items.filter((item, i) => isValueCorrect(item, guesses[i] ?? null)).length;
  const precisions = items.filter((item, i) => guesses[i]?.precision === item.precision).length;
  return { score: { valueAccuracy: n === 0 ? 0 : values / n, precisionAccuracy: n === 0 ? 0 : precisions / n, n }, guesses };
}

export const oursNormaliser: Normaliser = (text, reference) =>
  normalizeTimes(text, reference).map((t) => ({ span: t.span, value: t.value, precision: t.precision, ...(t.end !== undefined ? { end: t.end } : {}) }));

function chronoValue(c: chrono.ParsedComponents, precision: DatePrecision): string {
  const pad = (n: number | null, w: number): string => String(n ?? 0).padStart(w, '0');
  const y = pad(c.get('year'), 4);
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(c.get('month'), 2)}`;
  return `${y}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`;
}

/**
 * chrono-node alone (never `forwardDate`): precision from `isCertain()` — day if the day or the
 * weekday was stated, else month, else year; an expression with nothing certain counts as day.
 */
export const chronoNormaliser: Normaliser = (text, reference) => {
  const [y, m, d] = reference.split('-').map(Number);
  const ref = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
  return chrono.parse(text, ref).map((r) => {
    const s = r.start;
    const precision: DatePrecision = s.isCertain('day') || s.isCertain('weekday') ? 'day'
      : s.isCertain('month') ? 'month' : s.isCertain('year') ? 'year' : 'day';
    return {
      span: { start: r.index, end: r.index + r.text.length }, value: chronoValue(s, precision), precision,
      ...(r.end ? { end: chronoValue(r.end, precision) } : {}),
    };
  });
};

/** Scores our normaliser and chrono-node on the same items in one run. */
export function evaluateTemporal(items: readonly TemporalItem[] = loadTemporalSet()): TemporalResult {
  const ours = scoreTemporal(items, oursNormaliser);
  const other = scoreTemporal(items, chronoNormaliser);
  return {
    ours: ours.score,
    chrono: other.score,
    items: items.map((item, i) => ({
      id: item.id, expression: item.expression, expected: describe({ span: { start: 0, end: 0 }, value: item.value, precision: item.precision, ...(item.end ? { end: item.end } : {}) }) ?? '',
      ours: describe(ours.guesses[i] ?? null), chrono: describe(other.guesses[i] ?? null),
      oursCorrect: isValueCorrect(item, ours.guesses[i] ?? null), chronoCorrect: isValueCorrect(item, other.guesses[i] ?? null),
    })),
  };
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The Markdown section for docs/evaluation.md: the two scores, then every item either system got wrong. */
export function formatTemporalMarkdown(result: TemporalResult): string {
  const lines = [
    '## Temporal normalisation',
    '',
    `${result.ours.n} hand-written expressions in real news sentences (\`eval/temporal-set.jsonl\`), each with its own reference date. Run: \`npx tsx eval/temporal.ts\`.`,
    '',
    '| system | value accuracy | precision accuracy | n |',
    '| --- | --- | --- | --- |',
    `| Chronicle \`dates\` | ${percent(result.ours.valueAccuracy)} | ${percent(result.ours.precisionAccuracy)} | ${result.ours.n} |`,
    `| chrono-node alone | ${percent(result.chrono.valueAccuracy)} | ${percent(result.chrono.precisionAccuracy)} | ${result.chrono.n} |`,
    '',
  ];
  const wrong = result.items.filter((r) => !(r.oursCorrect && r.chronoCorrect));
  if (wrong.length > 0) {
    lines.push('Items either system got wrong:', '', '| id | expression | expected | ours | chrono |', '| --- | --- | --- | --- | --- |');
    for (const r of wrong) {
      const mark = (value: string | null, ok: boolean): string => `${value ?? '—'}${ok ? '' : ' ✗'}`;
      lines.push(`| ${r.id} | ${r.expression} | ${r.expected} | ${mark(r.ours, r.oursCorrect)} | ${mark(r.chrono, r.chronoCorrect)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatTemporalMarkdown(evaluateTemporal()));
}
