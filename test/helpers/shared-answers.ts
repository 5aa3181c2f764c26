import { phoenixActorIndex, phoenixActorTables } from '../../src/dictionaries/phoenix/shared-actors.js';
import { detectLanguage, languageDataSource } from '../../src/ingest/language.js';
import { WorldPlaces } from '../../src/kb/world-places.js';
import { clusterOf, sharedClusterTable } from '../../src/syntax/clusters.js';

/**
 * What the shared resources answer to a fixed set of questions, for comparing a worker thread's
 * answers with the main thread's (src/parallel/shared-resources.test.ts). Sentences of our own.
 */
const TEXTS = [
  'Farmers blocked the main road into the provincial capital on Friday, demanding lower fuel prices.',
  'Les agriculteurs ont bloqué la route principale vendredi pour protester contre le prix du carburant.',
  'Los agricultores bloquearon la carretera principal el viernes en protesta por el precio del combustible.',
  'Фермеры в пятницу перекрыли главную дорогу, протестуя против цен на топливо.',
  'Die Bauern blockierten am Freitag die Hauptstraße aus Protest gegen die Treibstoffpreise.',
  '17 — 2024',
];
const FIRST_WORDS = ['barack', 'united', 'taliban', 'zqxw'];
const CLUSTER_WORDS = ['shelled', 'kharkiv', 'the', 'protesters', '17', 'zqxwv'];
const PLACES = ['London', 'Mamfe', 'Beled Weyne', 'Kharkov', 'Genève', 'Mazar-i-Sharif', 'Springfield', 'Nowhere-on-Sea', 'london', ''];

export interface SharedAnswers {
  readonly places: readonly { name: string; has: boolean; ids: string[]; first: unknown }[];
  readonly languages: readonly unknown[];
  readonly languageSource: string | undefined;
  /** Phoenix actor phrases by first word: the first few, with their entries' codes. */
  readonly actors: readonly unknown[];
  /** The parser's word-cluster paths of a few words (-1: none). */
  readonly clusters: readonly number[];
  /** Whether this thread's tables sit in shared memory (every array of them). */
  readonly onSharedMemory: boolean;
}

function allShared(value: unknown): boolean {
  if (ArrayBuffer.isView(value)) return value.buffer instanceof SharedArrayBuffer;
  if (value && typeof value === 'object') return Object.values(value).every(allShared);
  return true;
}

export function sharedAnswers(): SharedAnswers {
  const world = WorldPlaces.get()!;
  const places = PLACES.map((name) => {
    const ids = world.idsNamed(name);
    return { name, has: world.has(name), ids, first: ids[0] === undefined ? null : world.city(ids[0]) };
  });
  const languages = TEXTS.map((text) => detectLanguage(text));
  const index = phoenixActorIndex();
  const actors = FIRST_WORDS.map((word) => index.byFirst.get(word)?.slice(0, 5).map((c) => [c.words.join(' '), c.value.codes]) ?? null);
  const clusters = CLUSTER_WORDS.map(clusterOf);
  return { places, languages, actors, clusters, languageSource: languageDataSource(), onSharedMemory: allShared(world.tables) && allShared(phoenixActorTables()) && allShared(sharedClusterTable()) };
}
