import { loadDictionaries } from '../dictionaries/load.js';
import type { ChronicleOptions } from '../pipeline/default.js';

/** The coder options that dictionary files give (shared by the pool's threads and the in-thread coder). */
export function dictionaryOptions(paths: readonly string[] | undefined): ChronicleOptions {
  if (!paths || paths.length === 0) return {};
  const loaded = loadDictionaries(paths);
  return { userDictionaries: loaded.userDictionaries, ...(loaded.plugin ? { dictionaryPlugin: loaded.plugin } : {}) };
}
