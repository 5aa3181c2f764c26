import { loadDictionaries } from '../dictionaries/load.js';
import type { ChronicleOptions } from '../pipeline/default.js';

/**
 * The coder options that dictionary files and `--precise` (the learned filter, src/stages/confidence)
 * give, shared by the pool's threads and the in-thread coder.
 */
export function dictionaryOptions(paths: readonly string[] | undefined, precise = false): ChronicleOptions {
  const filter: ChronicleOptions = precise ? { confidence: {} } : {};
  if (!paths || paths.length === 0) return filter;
  const loaded = loadDictionaries(paths);
  return { userDictionaries: loaded.userDictionaries, ...(loaded.plugin ? { dictionaryPlugin: loaded.plugin } : {}), ...filter };
}
