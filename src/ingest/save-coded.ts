import type { ArticleDoc } from '../core/document.js';
import type { CodeStatus } from '../pipeline/default.js';
import type { SaveResult, Store } from '../store/index.js';
import { findNearDuplicate, signatureRecord } from './near-duplicates.js';

/** A coded document on its way to the store, with what coding said of it. */
export interface CodedItem {
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
}

/** What saving one coded document did. */
export interface SaveOutcome {
  /** The status stored: a coded near-duplicate is stored as skipped, without its events. */
  readonly final: CodeStatus;
  readonly saved: SaveResult;
  /** The earlier document this one repeats, when it is a near-duplicate. */
  readonly nearDuplicateOf?: string;
}

/**
 * The save step of `ingest`: each coded document is checked against the stored ones for a
 * near-duplicate, then saved (with its signature when it is an original); a failed coding is
 * recorded as a failure and its document stored with that status.
 */
export async function saveCoded(store: Store, runId: string, items: readonly CodedItem[]): Promise<SaveOutcome[]> {
  const outcomes: SaveOutcome[] = [];
  for (const { doc, status } of items) {
    let final = status;
    const nearDuplicateOf = status.status === 'coded' ? await findNearDuplicate(store, doc) : undefined;
    if (nearDuplicateOf) {
      final = { status: 'skipped', reason: `near-duplicate of ${nearDuplicateOf}` };
      doc.events = [];
    }
    if (final.status === 'failed') await store.recordFailure(doc.source.uri, final.stage, final.reason, runId);
    const signature = final.status === 'coded' ? signatureRecord(doc) : undefined;
    const saved = await store.saveDocument(doc, runId, final.status === 'coded' ? { status: 'coded' }
      : { status: final.status, reason: final.reason, ...(nearDuplicateOf ? { nearDuplicateOf } : {}) }, signature ? { signature } : {});
    outcomes.push({ final, saved, ...(nearDuplicateOf ? { nearDuplicateOf } : {}) });
  }
  return outcomes;
}
