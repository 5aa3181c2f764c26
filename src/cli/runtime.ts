import type { ArticleDoc, CodedEvent } from '../core/document.js';
import type { ExportRow } from '../export/rows.js';
import type { InputFailure } from '../ingest/load.js';
import type { ChronicleOptions } from '../pipeline/default.js';
import type { Store } from '../store/index.js';
import { OperationalError } from './errors.js';
import { formatEventRows, formatExplain } from './format.js';

/*
 * What several commands do at run time. Every heavy module (the store's drivers, the readers, the
 * pipeline with its language model) is imported here inside the function that needs it, so a
 * command's module costs nothing until it runs, and `--help` loads none of them.
 */

/** Opens the store; commands that only read pass `mustExist`, so a mistyped --db creates nothing. */
export async function openCliStore(db: string, options: { mustExist: boolean }): Promise<Store> {
  const { openStore } = await import('../store/index.js');
  return openStore(db, options.mustExist ? { mustExist: true } : {});
}

/** Runs `work` on the store at `db` (which must exist unless `create`) and closes it. */
export async function withStore<T>(db: string, work: (store: Store) => Promise<T>, options: { create?: boolean } = {}): Promise<T> {
  const store = await openCliStore(db, { mustExist: !options.create });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Options of `readDocuments`. */
export interface ReadOptions {
  readonly published?: string | undefined;
  readonly allowPrivateNetworks?: boolean;
}

/**
 * Inputs one at a time from every kind of source (files, folders, JSONL, feeds, WARC, URLs,
 * stdin), as documents or failures: the readers stream, so a large input costs no memory.
 */
export async function* readDocuments(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ArticleDoc | InputFailure> {
  const { docFromItem, isInputFailure, readInputs } = await import('../ingest/readers/index.js');
  const load = options.published ? { published: options.published } : {};
  const allowPrivateNetworks = options.allowPrivateNetworks || process.env.CHRONICLE_ALLOW_PRIVATE_NETWORKS === '1';
  for await (const result of readInputs(paths, allowPrivateNetworks ? { allowPrivateNetworks } : {})) {
    yield isInputFailure(result) ? result : docFromItem(result, load);
  }
}

/** Coder options from `--dictionary` files; their unreadable lines are reported once, here. */
export async function dictionaryOptions(paths: readonly string[] | undefined): Promise<ChronicleOptions> {
  if (!paths || paths.length === 0) return {};
  const { loadDictionaries } = await import('../dictionaries/load.js');
  let loaded;
  try {
    loaded = loadDictionaries(paths);
  } catch (error) {
    const { code, path, message } = error as NodeJS.ErrnoException;
    if (code !== undefined && path !== undefined) throw new OperationalError(`cannot read the dictionary ${path} (${code}); check the path.`);
    if (error instanceof RangeError || (error as Error).name === 'UserDictionaryError') throw new OperationalError(`dictionary: ${message}`);
    throw error;
  }
  for (const warning of loaded.warnings.slice(0, 20)) process.stderr.write(`chronicle: dictionary: ${warning}\n`);
  if (loaded.warnings.length > 20) process.stderr.write(`chronicle: dictionary: … and ${loaded.warnings.length - 20} more\n`);
  return { userDictionaries: loaded.userDictionaries, ...(loaded.plugin ? { dictionaryPlugin: loaded.plugin } : {}) };
}

/** The formats events print in outside an export. */
export const EVENT_FORMATS = ['jsonl', 'json', 'table', 'explain', 'csv'] as const;

/** Prints events in one of EVENT_FORMATS; CSV is the export's flat table (src/export/columns.ts). */
export async function printEvents(events: readonly CodedEvent[], format: (typeof EVENT_FORMATS)[number]): Promise<void> {
  const out = process.stdout;
  switch (format) {
    case 'jsonl':
      for (const event of events) out.write(`${JSON.stringify(event)}\n`);
      return;
    case 'json':
      out.write(`${JSON.stringify(events, null, 2)}\n`);
      return;
    case 'table':
      out.write(`${formatEventRows(events)}\n`);
      return;
    case 'explain':
      out.write(`${formatExplain(events, Boolean(out.isTTY))}\n`);
      return;
    case 'csv': {
      const { openSink, writeCsv } = await import('../export/index.js');
      await writeCsv(rowsOf(events), openSink('-'));
      return;
    }
  }
}

/** The flat table's rows for events printed outside an export (no canonical event). */
async function* rowsOf(events: readonly CodedEvent[]): AsyncGenerator<ExportRow> {
  for (const event of events) yield { event, language: null, canonical: null };
}

/** Waits for Ctrl-C or SIGTERM. */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
}
