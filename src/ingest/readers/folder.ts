import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { feedKind } from './feed.js';
import { SIDECAR_SUFFIX } from './file.js';
import type { InputFailure } from './types.js';

/** The kinds of input a path can hold, each with its own reader. */
export type InputKind = 'article' | 'jsonl' | 'feed' | 'warc';

/**
 * The reader for a file name, or undefined when the name says nothing (then the content
 * decides, see `sniffKind`). `.xml` is a feed only if its root says so.
 */
export function kindFromName(path: string): InputKind | 'xml' | undefined {
  const name = path.toLowerCase();
  if (/\.warc(\.gz)?$/.test(name)) return 'warc';
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(name)) return 'jsonl';
  if (/\.(rss|atom)$/.test(name)) return 'feed';
  if (name.endsWith('.xml')) return 'xml';
  if (name.endsWith(SIDECAR_SUFFIX)) return undefined;
  if (/\.(txt|text|md|html|htm|xhtml)$/.test(name)) return 'article';
  return undefined;
}

/** The first bytes of a file, for sniffing. */
export async function readHead(path: string, bytes = 4096): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The reader for a file of unknown name, from its first bytes: `WARC/1.1` → warc, `<rss` → feed, `{` → jsonl. */
export function sniffKind(head: Buffer): InputKind {
  const text = head.toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  if (/^WARC\/\d/.test(text)) return 'warc';
  if (feedKind(text) !== undefined) return 'feed';
  if (/^\s*\{/.test(text)) return 'jsonl';
  return 'article';
}

/** A file found in a folder, with the reader to use. */
export interface FoundFile {
  readonly path: string;
  readonly kind: InputKind;
}

/** Options of `walkFolder`. */
export interface WalkOptions {
  /**
   * Follow symbolic links that lead out of the folder given (to a file or a folder elsewhere).
   * Off by default: a link in a downloaded or shared folder to `/etc/passwd` or a home directory
   * would otherwise be read, stored, and served through the API.
   */
  readonly followSymlinks?: boolean;
}

/**
 * Walks a folder depth-first in sorted order, skipping hidden entries (`.git`, `.DS_Store`),
 * sidecars, files of other types, and `.xml` files that are not feeds (sitemaps, configs).
 * A symbolic link is followed only when it stays inside the folder (its real path is under the
 * folder's real path), unless `followSymlinks`; a link that leaves it is reported, not read.
 * Linked folders are entered only with `followSymlinks`, and each real folder once, so a link
 * loop cannot make the walk endless.
 */
export async function* walkFolder(dir: string, options: WalkOptions = {}): AsyncGenerator<FoundFile | InputFailure> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (error) {
    yield { uri: dir, reason: `Cannot list the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}); check its permissions.` };
    return;
  }
  yield* walk(dir, root, options, new Set([root]));
}

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

async function* walk(dir: string, root: string, options: WalkOptions, visited: Set<string>): AsyncGenerator<FoundFile | InputFailure> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    yield { uri: dir, reason: `Cannot list the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}); check its permissions.` };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let info;
    try {
      info = await lstat(path);
      if (info.isSymbolicLink()) {
        const target = await realpath(path);
        info = await stat(path);
        if (!options.followSymlinks && (info.isDirectory() || !inside(root, target))) {
          if (info.isFile() && kindFromName(path) !== undefined) {
            yield { uri: path, reason: `The file is a symbolic link to ${target}, outside the folder given; not followed (use --follow-symlinks to read it).` };
          }
          continue;
        }
        if (info.isDirectory()) {
          if (visited.has(target)) continue;
          visited.add(target);
        }
      }
    } catch {
      continue; // a dangling link: nothing to read, and not something the user named
    }
    if (info.isDirectory()) {
      yield* walk(path, root, options, visited);
      continue;
    }
    if (!info.isFile()) continue;
    const kind = kindFromName(path);
    if (kind === 'xml') {
      const head = await readHead(path).catch(() => Buffer.alloc(0));
      if (feedKind(head.toString('utf8')) !== undefined) yield { path, kind: 'feed' };
    } else if (kind !== undefined) {
      yield { path, kind };
    }
  }
}
