import type { ArticleDoc } from '../core/document.js';
import { holdLessons, type HeldInput } from '../memory/settle.js';
import type { CodeStatus } from '../pipeline/default.js';
import { StoreWriteError, type DemotedOriginal, type SaveOptions, type SaveRequest, type SaveResult, type SaveResultOf, type Store } from '../store/index.js';
import { nearDuplicateCheck } from './near-duplicates.js';

/** A coded document on its way to the store, with what coding said of it. */
export interface CodedItem {
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
  /** Its input and what its coding asked the corpus memory: its lessons are held with them in its save's transaction (`holdLessons`). */
  readonly held?: HeldInput;
}

/** What saving one coded document did. */
export interface SaveOutcome {
  /** The status stored: a near-duplicate is skipped; a document the store refused is failed at stage `store`. */
  readonly final: CodeStatus;
  /** Undefined when the store refused the document (nothing of it was stored). */
  readonly saved?: SaveResult;
  /** The earlier document this one repeats, when it is a near-duplicate. */
  readonly nearDuplicateOf?: string;
  /** A stored original this one, reported before it, made its copy. */
  readonly demoted?: DemotedOriginal;
}

/**
 * Counts of a run (ingest's, a queue worker's) after an original it coded was made a copy by a
 * document reported before it: that original counts as the copy it now is.
 */
export function countDemotion(counts: { coded: number; skipped: number; events: number }, demoted: DemotedOriginal | undefined, runId: string): void {
  if (demoted?.runId !== runId) return;
  counts.coded--;
  counts.skipped++;
  counts.events -= demoted.events;
}

function asWriteError(error: unknown): StoreWriteError {
  return error instanceof StoreWriteError ? error : new StoreWriteError(error instanceof Error ? error.message : String(error), { cause: error });
}

function requestOf({ doc, status, held }: CodedItem, merge: SaveOptions['merge']): SaveRequest {
  if (status.status === 'coded') {
    const options = { ...nearDuplicateCheck(doc), ...(merge !== undefined ? { merge } : {}) };
    return { doc, status: { status: 'coded' }, options: held ? { ...options, withDocument: (trx) => holdLessons(trx, doc, held) } : options };
  }
  return { doc, status: { status: status.status, reason: status.reason } };
}

/**
 * The save step of `ingest`: several coded documents saved in one transaction (`saveDocuments`),
 * each coded one with its near-duplicate decision made inside it; failed codings and documents
 * the store refuses are recorded as failures, and the others are saved all the same. When the
 * batch's transaction fails as a whole, each document is tried alone, so only a bad one fails; a
 * batch of one throws StoreWriteError instead.
 * A near-duplicate's events are cleared from its document (they are not stored). `merge`: see
 * `SaveOptions.merge` (ingest, which settles its merges at its end, gives `'later'`).
 */
export async function saveCoded(store: Store, runId: string, items: readonly CodedItem[], merge?: SaveOptions['merge']): Promise<SaveOutcome[]> {
  const requests = items.map((item) => requestOf(item, merge));
  let results: SaveResultOf[];
  try {
    results = await store.saveDocuments(requests, runId);
  } catch (error) {
    // One document: the caller decides (ingest records the failure, the queue retries the job).
    if (items.length === 1) throw error;
    // One after the other, in the batch's order: merging depends on the order of saves.
    results = [];
    for (const request of requests) results.push(await store.saveDocuments([request], runId).then(([result]) => result!, (e: unknown) => ({ error: asWriteError(e) })));
  }
  const outcomes: SaveOutcome[] = [];
  for (const [n, { doc, status }] of items.entries()) {
    const result = results[n]!;
    if ('error' in result) {
      const reason = result.error.message;
      await store.recordFailure(doc.source.uri, 'store', reason, runId);
      outcomes.push({ final: { status: 'failed', stage: 'store', reason } });
      continue;
    }
    if (status.status === 'failed') await store.recordFailure(doc.source.uri, status.stage, status.reason, runId);
    if (result.nearDuplicateOf !== undefined) {
      doc.events = [];
      outcomes.push({ final: { status: 'skipped', reason: `near-duplicate of ${result.nearDuplicateOf}` }, saved: result.saved, nearDuplicateOf: result.nearDuplicateOf });
    } else outcomes.push({ final: status, saved: result.saved, ...(result.demoted ? { demoted: result.demoted } : {}) });
  }
  return outcomes;
}
