import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDoc } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';
import { openStore, type Store } from '../../store/index.js';

/** The two articles every API and dashboard test reads: the shipped example and a Sudan report written for these tests. */
export const SEED_ARTICLES = [
  {
    path: new URL('../../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url),
    uri: 'examples/azerbaijan-releases-17-prisoners.txt',
    title: 'Azerbaijan releases 17 Armenian prisoners with US mediation',
    published: '2022-10-04',
  },
  {
    path: new URL('./sudan-clashes.txt', import.meta.url),
    uri: 'sudan-clashes.txt',
    title: 'Sudan army and RSF fight on in Khartoum as death toll passes 185',
    published: '2023-04-18',
  },
] as const;

/**
 * A store in a fresh temp folder, filled by coding the seed articles and saving `handCoded`
 * documents as they are (events coded by hand, e.g. parties without a country); `cleanup` closes
 * and deletes it. `docIds` are the coded articles' ids, then the hand-coded ones'.
 */
export async function openSeededStore(handCoded: readonly ArticleDoc[] = []): Promise<{ store: Store; dir: string; docIds: string[]; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'chronicle-api-'));
  const store = await openStore(join(dir, 'chronicle.db'), { now: () => new Date('2024-01-01T00:00:00Z') });
  const coder = createDocumentCoder({ onStageError: 'throw' });
  const runId = await store.startRun(coder.versions);
  const docIds: string[] = [];
  for (const article of SEED_ARTICLES) {
    const raw = readFileSync(article.path, 'utf8');
    const doc = docFromRaw(raw, article.uri, 'text', { published: article.published }, { title: article.title });
    const status = coder.code(doc);
    if (status.status !== 'coded') throw new Error(`Seed article ${article.uri} was not coded: ${status.status}`);
    await store.saveDocument(doc, runId);
    docIds.push(doc.id);
  }
  for (const doc of handCoded) {
    await store.saveDocument(doc, runId);
    docIds.push(doc.id);
  }
  await store.finishRun(runId, { documents: docIds.length });
  return {
    store,
    dir,
    docIds,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
