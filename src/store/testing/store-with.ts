import type { ArticleDoc } from '../../core/document.js';
import type { DialectName } from '../connect.js';
import { openStore, type Store } from '../open-store.js';
import { freshLocation } from './dialects.js';

/** A fresh store of `dialect` holding `docs` (saved as they are, in one run); `close` closes and removes it. */
export async function storeWith(dialect: DialectName, docs: readonly ArticleDoc[]): Promise<{ store: Store; close: () => Promise<void> }> {
  const where = await freshLocation(dialect);
  const store = await openStore(where.location);
  const runId = await store.startRun(['clean@1', 'events@1']);
  for (const doc of docs) await store.saveDocument(doc, runId);
  return {
    store,
    close: async () => {
      await store.close();
      await where.cleanup();
    },
  };
}
