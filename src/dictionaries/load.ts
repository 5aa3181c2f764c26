import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadUserDictionary, type UserDictionary } from '../kb/index.js';
import { createDictionaryPlugin, type DictionaryPlugin } from './pipeline.js';
import { parsePetrarchDictionaries, type PetrarchSources } from './petrarch.js';

/** What `--dictionary` files add: user actor dictionaries (JSON/CSV) and a PETRARCH/TABARI plugin. */
export interface LoadedDictionaries {
  readonly userDictionaries: UserDictionary[];
  readonly plugin?: DictionaryPlugin;
  /** One line per unreadable dictionary line, naming file and line. */
  readonly warnings: string[];
}

const PETRARCH_KINDS = ['actors', 'agents', 'verbs', 'discards'] as const;

/**
 * Loads dictionary files by their names: `*.json` / `*.csv` are Chronicle user dictionaries;
 * PETRARCH/TABARI text files are recognised by `actors`, `agents`, `verbs` or `discards` in the
 * name (as in `PETR.Validate.verbs.txt`) and combined into one plugin.
 */
export function loadDictionaries(paths: readonly string[]): LoadedDictionaries {
  const userDictionaries: UserDictionary[] = [];
  const petrarch: { -readonly [K in keyof PetrarchSources]: PetrarchSources[K] } = {};
  const warnings: string[] = [];
  for (const path of paths) {
    const name = basename(path).toLowerCase();
    if (/\.(json|csv)$/.test(name)) {
      userDictionaries.push(loadUserDictionary(path));
      continue;
    }
    const kind = PETRARCH_KINDS.find((k) => name.includes(k));
    if (!kind) throw new RangeError(`Cannot tell what kind of dictionary ${path} is: name it *.json or *.csv (Chronicle format), or with actors/agents/verbs/discards in the name (PETRARCH format).`);
    petrarch[kind] = `${petrarch[kind] ?? ''}\n${readFileSync(path, 'utf8')}`;
  }
  let plugin: DictionaryPlugin | undefined;
  if (PETRARCH_KINDS.some((k) => petrarch[k] !== undefined)) {
    const dict = parsePetrarchDictionaries({ ...petrarch, version: `petrarch:${paths.map((p) => basename(p)).join('+')}` });
    for (const d of dict.diagnostics) warnings.push(`${d.file} line ${d.line}: ${d.reason}`);
    // PETRARCH users expect PETRARCH's roles: the pattern's markers, else subject → source and first actors after the verb → target.
    plugin = createDictionaryPlugin(dict, { events: { roles: 'petrarch' } });
    for (const d of plugin.diagnostics) warnings.push(`verbs line ${d.line}: ${d.reason}`);
  }
  return plugin ? { userDictionaries, plugin, warnings } : { userDictionaries, warnings };
}
