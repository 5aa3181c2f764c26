/**
 * Main-text extraction benchmark: our `clean` stage against @mozilla/readability on
 * ../shared/gold/article-extraction (Scrapinghub's article-extraction-benchmark pages).
 *
 * Scoring, exactly:
 * - Tokens: the text is lower-cased and split on white space; each piece has leading and trailing
 *   characters that are neither letters nor digits (Unicode `\p{L}`/`\p{N}`) stripped, and empty
 *   pieces are dropped. So "Pashinyan," → "pashinyan", "“We”" → "we", "U.S." → "u.s", "—" → nothing.
 * - Overlap: bag of words with multiplicity, `overlap = Σ_token min(count_pred, count_truth)`.
 * - precision = overlap / |pred|, recall = overlap / |truth|, F1 = 2PR / (P + R).
 *   Both empty → P = R = F1 = 1. Exactly one empty → P = R = F1 = 0.
 * - Overall figures are macro averages over pages (the mean of per-page P, R, F1); `micro` sums
 *   overlaps and lengths over all pages before dividing.
 * - Speed: pages per second over the extraction call only (files are read beforehand); for ours
 *   `cleanInput(html, 'html')`, for Readability `parseHTML` (linkedom) + `new Readability(doc).parse()`.
 *   Readability's text is `textContent` of its result, as its users get it.
 */
import { sharedPath } from './paths.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanInput } from '../src/stages/clean/index.js';

export interface Prf { readonly precision: number; readonly recall: number; readonly f1: number }
export interface SystemScore extends Prf { readonly pagesPerSecond: number; readonly micro: Prf }
export interface PageScore { readonly id: string; readonly url: string; readonly ours: { p: number; r: number; f1: number }; readonly readability: { p: number; r: number; f1: number } }
export interface ExtractionResult { readonly pages: number; readonly ours: SystemScore; readonly readability: SystemScore; readonly perPage: PageScore[] }

export interface ExtractionOptions {
  /** Folder holding index.jsonl, html/ and truth/. */
  readonly dir?: string;
  /** Score only the first `limit` pages. */
  readonly limit?: number;
}

/** Lower-cased tokens with edge punctuation stripped (see the definition at the top of the file). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.toLowerCase().split(/\s+/)) {
    const t = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (t) out.push(t);
  }
  return out;
}

/** Bag-of-words overlap with multiplicity, and the two bag sizes. */
export function overlapCounts(predicted: string, truth: string): { overlap: number; predicted: number; truth: number } {
  const counts = new Map<string, number>();
  const truthTokens = tokenize(truth);
  for (const t of truthTokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const predTokens = tokenize(predicted);
  let overlap = 0;
  for (const t of predTokens) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { overlap++; counts.set(t, c - 1); }
  }
  return { overlap, predicted: predTokens.length, truth: truthTokens.length };
}

/** Precision, recall and F1 from counts, with the empty-text conventions above. */
export function prfFromCounts(overlap: number, predicted: number, truth: number): Prf {
  if (predicted === 0 && truth === 0) return { precision: 1, recall: 1, f1: 1 };
  if (predicted === 0 || truth === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / predicted;
  const recall = overlap / truth;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Word-level P/R/F1 of one predicted text against its truth. */
export function scoreText(predicted: string, truth: string): Prf {
  const c = overlapCounts(predicted, truth);
  return prfFromCounts(c.overlap, c.predicted, c.truth);
}

interface Page { id: string; url: string; html: string; truth: string }

function loadPages(dir: string, limit?: number): Page[] {
  const lines = readFileSync(join(dir, 'index.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const entries = lines.map((l) => JSON.parse(l) as { id: string; url: string; html: string; truth: string });
  return entries.slice(0, limit ?? entries.length).map((e) => ({
    id: e.id, url: e.url, html: readFileSync(join(dir, e.html), 'utf8'), truth: readFileSync(join(dir, e.truth), 'utf8'),
  }));
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
}

function oursText(html: string): string {
  return cleanInput(html, 'html').text;
}

function runSystem(pages: readonly Page[], extract: (html: string) => string): { texts: string[]; seconds: number } {
  const texts: string[] = [];
  const started = performance.now();
  for (const page of pages) texts.push(extract(page.html));
  return { texts, seconds: (performance.now() - started) / 1000 };
}

function summarise(scores: readonly Prf[], counts: readonly { overlap: number; predicted: number; truth: number }[], seconds: number): SystemScore {
  const mean = (f: (s: Prf) => number): number => scores.reduce((a, s) => a + f(s), 0) / Math.max(1, scores.length);
  const sum = counts.reduce((a, c) => ({ overlap: a.overlap + c.overlap, predicted: a.predicted + c.predicted, truth: a.truth + c.truth }), { overlap: 0, predicted: 0, truth: 0 });
  return {
    precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1),
    pagesPerSecond: scores.length / Math.max(seconds, 1e-9),
    micro: prfFromCounts(sum.overlap, sum.predicted, sum.truth),
  };
}

/**
 * Scores our extractor and Readability on the same pages in the same run.
 * @example
 * const r = await evaluateExtraction();
 * console.log(r.ours.f1.toFixed(3), r.readability.f1.toFixed(3));
 */
export async function evaluateExtraction(options: ExtractionOptions = {}): Promise<ExtractionResult> {
  const pages = loadPages(options.dir ?? sharedPath('gold', 'article-extraction'), options.limit);
  const ours = runSystem(pages, oursText);
  const theirs = runSystem(pages, readabilityText);
  const oursCounts = pages.map((p, i) => overlapCounts(ours.texts[i]!, p.truth));
  const theirCounts = pages.map((p, i) => overlapCounts(theirs.texts[i]!, p.truth));
  const oursPrf = oursCounts.map((c) => prfFromCounts(c.overlap, c.predicted, c.truth));
  const theirPrf = theirCounts.map((c) => prfFromCounts(c.overlap, c.predicted, c.truth));
  const short = (s: Prf): { p: number; r: number; f1: number } => ({ p: s.precision, r: s.recall, f1: s.f1 });
  return {
    pages: pages.length,
    ours: summarise(oursPrf, oursCounts, ours.seconds),
    readability: summarise(theirPrf, theirCounts, theirs.seconds),
    perPage: pages.map((p, i) => ({ id: p.id, url: p.url, ours: short(oursPrf[i]!), readability: short(theirPrf[i]!) })),
  };
}

const f3 = (x: number): string => x.toFixed(3);

/** A Markdown section for docs/evaluation.md: the overall table, then one row per page. */
export function formatExtractionMarkdown(result: ExtractionResult): string {
  const row = (name: string, s: SystemScore): string =>
    `| ${name} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${f3(s.micro.f1)} | ${s.pagesPerSecond.toFixed(1)} |`;
  const lines = [
    '## Main-text extraction',
    '',
    `Word-level bag-of-words precision/recall/F1 against the truth texts of ${result.pages} pages of`,
    '`gold/article-extraction`, macro-averaged over pages (micro F1 beside it); both systems run in the same process.',
    'Definition: see the header of `eval/extraction.ts`.',
    '',
    '| system | precision | recall | F1 | micro F1 | pages/s |',
    '|---|---|---|---|---|---|',
    row('chronicle clean', result.ours),
    row('@mozilla/readability', result.readability),
    '',
    '| page | url | ours P | ours R | ours F1 | Readability P | Readability R | Readability F1 |',
    '|---|---|---|---|---|---|---|---|',
    ...result.perPage.map((p) => `| ${p.id.slice(0, 8)} | ${p.url} | ${f3(p.ours.p)} | ${f3(p.ours.r)} | ${f3(p.ours.f1)} | ${f3(p.readability.p)} | ${f3(p.readability.r)} | ${f3(p.readability.f1)} |`),
    '',
  ];
  return lines.join('\n');
}
