import { stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { ArticleDoc } from '../../core/document.js';
import { isoDate } from '../html-metadata.js';
import { docFromRaw, type LoadOptions } from '../load.js';
import { readFeed } from './feed.js';
import { readArticleFile } from './file.js';
import { kindFromName, readHead, sniffKind, walkFolder, type InputKind } from './folder.js';
import { readJsonl } from './jsonl.js';
import { readStdin } from './stdin.js';
import { isInputFailure, type InputItem, type InputResult, type ReadLimits } from './types.js';
import { readUrl, type FetchOptions } from './url.js';
import { readWarc } from './warc.js';

export { isInputFailure, DEFAULT_LIMITS } from './types.js';
export type { InputFailure, InputItem, InputMeta, InputResult, PublishedFrom, ReadLimits } from './types.js';
export { readArticleFile } from './file.js';
export { readJsonl } from './jsonl.js';
export { readFeed, parseFeed } from './feed.js';
export { readWarc, parseWarc } from './warc.js';
export { readUrl, USER_AGENT, type FetchOptions } from './url.js';
export { readStdin } from './stdin.js';
export { walkFolder } from './folder.js';

/** Options for `readInputs`: size and time limits, and what to read for `-`. */
export interface ReadInputsOptions extends FetchOptions {
  /** Standard input for `-`; defaults to `process.stdin`. */
  readonly stdin?: Readable;
}

/**
 * Reads every input a user can name, one article at a time: files (`.txt`, `.html`), JSON Lines
 * (`.jsonl`, `.ndjson`, `.gz`), RSS/Atom feeds (`.rss`, `.atom`, `.xml`), WARC archives
 * (`.warc`, `.warc.gz`), folders (recursively, sorted, hidden files skipped), `-` for standard
 * input and `http(s)://` URLs. Every problem is yielded as an `InputFailure` naming the input
 * (`news.jsonl#12`, `cc.warc.gz`) and the batch goes on. Nothing reads a whole archive into
 * memory: JSONL goes line by line and WARC record by record.
 * @example
 * for await (const result of readInputs(['examples/', 'news.jsonl', '-'])) {
 *   if (isInputFailure(result)) console.error(`${result.uri}: ${result.reason}`);
 *   else console.log(docFromItem(result).id);
 * }
 */
export async function* readInputs(paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputResult> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options.stdin, options);
    } else if (/^https?:\/\//i.test(path)) {
      yield* readUrl(path, options);
    } else {
      yield* readPath(path, options);
    }
  }
}

async function* readPath(path: string, limits: ReadLimits): AsyncGenerator<InputResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { uri: path, reason: `Cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.` };
    return;
  }
  if (info.isDirectory()) {
    for await (const found of walkFolder(path)) {
      if (!('kind' in found)) {
        yield found;
        continue;
      }
      // An article without an id of its own is known by its path inside the folder given
      // (`2022/10/story.txt`, `feeds/news.jsonl#12`), which stays the same wherever the folder is.
      for await (const result of readKind(found.path, found.kind, limits)) {
        if (!isInputFailure(result) && result.meta.id === undefined) result.meta.id = relative(path, result.uri).split(sep).join('/');
        yield result;
      }
    }
    return;
  }
  // A file the user named is always read: by its name when that says what it is, else by its content.
  const named = kindFromName(path);
  const kind: InputKind = named === 'xml' ? 'feed' : named ?? sniffKind(await readHead(path).catch(() => Buffer.alloc(0)));
  yield* readKind(path, kind, limits);
}

function readKind(path: string, kind: InputKind, limits: ReadLimits): AsyncGenerator<InputResult> {
  switch (kind) {
    case 'warc': return readWarc(path, limits);
    case 'jsonl': return readJsonl(path, limits);
    case 'feed': return readFeed(path, limits);
    case 'article': return readArticleFile(path, limits);
  }
}

/**
 * Builds the (not yet cleaned) document for an item, with `docFromRaw`. A feed's or JSONL line's
 * date wins over the page's (provenance `feed` / `input-field`); a WARC date is the crawl time and
 * is used only when the page gives no date (provenance `warc`). `options.published` (the CLI's
 * `--published`) wins over all.
 */
export function docFromItem(item: InputItem, options: LoadOptions = {}): ArticleDoc {
  const { meta } = item;
  const crawlDate = meta.publishedFrom === 'warc';
  const given = {
    ...(meta.id ? { id: meta.id } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.published && !crawlDate ? { published: meta.published } : {}),
  };
  const doc = docFromRaw(item.raw, item.uri, item.format, options, given);
  if (meta.publishedFrom === 'feed' && doc.source.publishedProvenance === 'input-field') doc.source.publishedProvenance = 'feed';
  if (crawlDate && !doc.source.publishedAt) {
    const date = isoDate(meta.published);
    if (date) {
      doc.source.publishedAt = date;
      doc.source.publishedProvenance = 'warc';
    }
  }
  return doc;
}
