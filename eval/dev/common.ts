/**
 * What every development-set section shares: reading a JSONL set (or saying it is absent), coding a
 * text as the CLI would, mapping our spans back onto the input, progress on a terminal.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ArticleDoc, CodedEvent } from '../../src/core/document.js';
import { toSourceSpan } from '../../src/core/offset-map.js';
import type { Span } from '../../src/core/span.js';
import { Progress } from '../../src/cli/progress.js';
import { docFromRaw } from '../../src/ingest/load.js';
import { createDocumentCoder } from '../../src/pipeline/default.js';
import { sharedPath } from '../paths.js';

let coder: ReturnType<typeof createDocumentCoder> | null = null;

/** Codes one text through the whole standard pipeline (clean included), as `chronicle code` does. */
export function codeInput(text: string, id: string, published?: string): ArticleDoc {
  coder ??= createDocumentCoder({ onStageError: 'record' });
  const doc = docFromRaw(text, id, 'text', published ? { published } : {});
  coder.code(doc);
  return doc;
}

/** A span of the cleaned text as a span of the input text. */
export function inputSpan(doc: ArticleDoc, span: Span): Span {
  return toSourceSpan(doc.offsetMap, span);
}

/** The most confident event (the first of equals), or null. */
export function topEvent(events: readonly CodedEvent[]): CodedEvent | null {
  let best: CodedEvent | null = null;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Path of a development set in ../shared/dev, or null (with the reason) when it is not there. */
export function devSetPath(file: string): string | null {
  const path = sharedPath('dev', file);
  return existsSync(path) ? path : null;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Runs `each` over the records with a progress line on a terminal (quiet when piped). */
export function forEachWithProgress<T>(records: readonly T[], label: string, each: (record: T, index: number) => void): void {
  const progress = new Progress(records.length, label);
  records.forEach((r, i) => {
    each(r, i);
    progress.tick();
  });
  progress.finish();
}

/** A section's title and opening paragraph, for a set scored like a development set but read from elsewhere (a held-out set). */
export interface SectionHeading { readonly title: string; readonly intro: string }

/** A count out of a total, shown as "n/N (p%)". */
export interface Ratio { readonly correct: number; readonly n: number }

export const ratio = (correct: number, n: number): Ratio => ({ correct, n });
export const share = (r: Ratio): number => (r.n === 0 ? 0 : r.correct / r.n);
export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
export const fmt = (r: Ratio): string => `${r.correct}/${r.n}${r.n ? ` (${pct(share(r))})` : ''}`;

/** Increments a counter in a record of counters. */
export function bump<K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** A Markdown confusion table: rows gold, columns ours, most frequent columns first. */
export function confusionMarkdown(confusion: Readonly<Record<string, Readonly<Record<string, number>>>>, rowOrder?: readonly string[]): string {
  const rows = rowOrder ?? Object.keys(confusion).sort();
  const totals = new Map<string, number>();
  for (const row of Object.values(confusion)) for (const [col, n] of Object.entries(row)) totals.set(col, (totals.get(col) ?? 0) + n);
  const cols = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return [
    `| gold \\ ours | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} |`,
    ...rows.filter((r) => confusion[r]).map((r) => `| ${r} | ${cols.map((c) => confusion[r]![c] ?? '').join(' | ')} |`),
  ].join('\n');
}

/** Error classes as a Markdown list, largest first. */
export function errorClassesMarkdown(counts: Readonly<Record<string, number>>, labels: Readonly<Record<string, string>>): string {
  return Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `| ${labels[k] ?? k} | ${n} |`).join('\n');
}
