import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { itemFromBytes } from './content.js';
import { DEFAULT_LIMITS, formatBytes, type InputMeta, type InputResult, type ReadLimits } from './types.js';

export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md']);
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
/** Metadata beside a text file: `story.txt` + `story.meta.json` = `{id, title, published, url, source}`. */
export const SIDECAR_SUFFIX = '.meta.json';

/**
 * Reads one article file: `.txt` as text, `.html`/`.htm` as HTML, anything else by sniffing.
 * HTML bytes are decoded with the page's declared charset (windows-1252 when undeclared and not
 * UTF-8). Empty, binary and oversized files become one failure each.
 */
export async function* readArticleFile(path: string, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  const maxBytes = limits.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      yield { uri: path, reason: `The file is ${formatBytes(info.size)}, more than the ${formatBytes(maxBytes)} an article may have; skipped.` };
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield { uri: path, reason: `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.` };
    return;
  }
  const ext = extname(path).toLowerCase();
  const format = TEXT_EXTENSIONS.has(ext) ? 'text' : HTML_EXTENSIONS.has(ext) ? 'html' : 'sniff';
  yield itemFromBytes(bytes, path, format, await readSidecar(path));
}

/** The sidecar's fields, or none when it is absent or not a JSON object. */
async function readSidecar(path: string): Promise<InputMeta> {
  const sidecar = path.slice(0, path.length - extname(path).length) + SIDECAR_SUFFIX;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(sidecar, 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const record = parsed as Record<string, unknown>;
  const meta: InputMeta = {};
  for (const key of ['id', 'title', 'url', 'source'] as const) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) meta[key] = value.trim();
  }
  const published = record.published ?? record.publishedAt;
  if (typeof published === 'string' && published.trim()) {
    meta.published = published.trim();
    meta.publishedFrom = 'input-field';
  }
  return meta;
}
