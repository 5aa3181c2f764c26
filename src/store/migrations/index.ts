import type { Migration, MigrationProvider } from 'kysely';
import * as init from './2026_11_26_230000_init.js';
import * as nearDuplicates from './2026_11_26_235000_near_duplicates.js';
import * as canonicalEvents from './2026_11_27_100000_canonical_events.js';
import * as peopleMemory from './2026_11_27_200000_people_memory.js';
import * as sourceId from './2026_11_28_100000_source_id.js';
import * as eventSearch from './2026_12_01_100000_event_search.js';
import * as memoryPending from './2026_12_01_200000_memory_pending.js';
import * as mergeFacts from './2026_12_02_100000_merge_facts.js';
import * as querySummaries from './2026_12_02_200000_query_summaries.js';
import * as memoryConsulted from './2026_12_02_310000_memory_consulted.js';
import * as settledLinks from './2026_12_03_100000_settled_links.js';
import * as coveringOrder from './2026_12_02_400000_covering_order.js';
import * as mergeCandidates from './2026_12_03_200000_merge_candidates.js';
import * as unlinkedMentions from './2026_12_04_100000_unlinked_mentions.js';

/**
 * Every migration, listed by hand. A static list rather than Kysely's FileMigrationProvider:
 * scanning a folder breaks once the code is compiled to dist/ or bundled (the folder then holds
 * .js and .d.ts files, or does not exist). Names sort in the order they must run.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026_11_26_230000_init': init,
  '2026_11_26_235000_near_duplicates': nearDuplicates,
  '2026_11_27_100000_canonical_events': canonicalEvents,
  '2026_11_27_200000_people_memory': peopleMemory,
  '2026_11_28_100000_source_id': sourceId,
  '2026_12_01_100000_event_search': eventSearch,
  '2026_12_01_200000_memory_pending': memoryPending,
  '2026_12_02_100000_merge_facts': mergeFacts,
  '2026_12_02_200000_query_summaries': querySummaries,
  '2026_12_02_310000_memory_consulted': memoryConsulted,
  '2026_12_02_400000_covering_order': coveringOrder,
  '2026_12_03_100000_settled_links': settledLinks,
  '2026_12_03_200000_merge_candidates': mergeCandidates,
  '2026_12_04_100000_unlinked_mentions': unlinkedMentions,
};

/** Kysely `MigrationProvider` over the static list above. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
