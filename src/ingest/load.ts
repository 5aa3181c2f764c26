import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createDoc, type ArticleDoc, type SourceInfo } from '../core/document.js';
import { extractHtmlMetadata, isoDate } from './html-metadata.js';

/** One input that could not be read: named, with the reason, so the batch can go on. */
export interface InputFailure {
  readonly uri: string;
  readonly reason: string;
}

export interface LoadOptions {
  /** Overrides the publication date (`YYYY-MM-DD`). */
  readonly published?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Sidecar metadata beside a text file: `story.txt` + `story.meta.json` ({title, published, url, source}). */
const SIDECAR = '.meta.json';

/** The document id: a hash of the raw content, so the same article ingested twice is stored once. */
export function contentId(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 24);
}

/** Expands files and folders (recursively, sorted) into the input files Chronicle reads. */
export function expandPaths(paths: readonly string[]): { files: string[]; failures: InputFailure[] } {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      failures.push({ uri: path, reason: `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path` });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    const ext = extname(path).toLowerCase();
    if (path.endsWith(SIDECAR)) return;
    if (TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || explicit) files.push(path);
  };
  for (const path of paths) visit(path, true);
  return { files, failures };
}

function looksBinary(raw: string): boolean {
  const sample = raw.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const replacement = (sample.match(/\uFFFD/g) ?? []).length;
  return sample.length > 0 && replacement / sample.length > 0.05;
}

function readSidecar(path: string): Partial<SourceInfo> & { published?: string; source?: string } {
  const sidecar = path.slice(0, path.length - extname(path).length) + SIDECAR;
  if (!existsSync(sidecar)) return {};
  try {
    return JSON.parse(readFileSync(sidecar, 'utf8')) as Partial<SourceInfo> & { published?: string; source?: string };
  } catch {
    return {};
  }
}

/**
 * Reads one file into an ArticleDoc (not yet cleaned). Plain text: the first non-empty line is
 * the title; HTML: metadata from the page. Returns a failure instead of throwing for bad input.
 */
export function loadFile(path: string, options: LoadOptions = {}): ArticleDoc | InputFailure {
  let raw: string;
  try {
    const bytes = readFileSync(path);
    raw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch (error) {
    return { uri: path, reason: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (raw.trim().length === 0) return { uri: path, reason: 'the file is empty; nothing to code' };
  if (looksBinary(raw)) return { uri: path, reason: 'the file looks binary, not text or HTML; skipped' };
  const ext = extname(path).toLowerCase();
  const isHtml = HTML_EXTENSIONS.has(ext) || (!TEXT_EXTENSIONS.has(ext) && /^\s*(<!doctype html|<html|<head|<body)/i.test(raw));
  return docFromRaw(raw, path, isHtml ? 'html' : 'text', options, readSidecar(path));
}

/** Builds a document from raw content already in memory (stdin, JSONL lines, fetched pages). */
export function docFromRaw(raw: string, uri: string, format: 'text' | 'html', options: LoadOptions = {},
  meta: Partial<SourceInfo> & { published?: string; source?: string } = {}): ArticleDoc {
  const source: SourceInfo = { uri, format };
  if (format === 'html') {
    const found = extractHtmlMetadata(raw, meta.url);
    Object.assign(source, Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)));
  }
  if (meta.id) source.id = meta.id;
  if (meta.title) source.title = meta.title;
  if (meta.url) source.url = meta.url;
  if (meta.source ?? meta.siteName) source.siteName = (meta.source ?? meta.siteName)!;
  const metaPublished = isoDate(meta.published ?? meta.publishedAt);
  if (metaPublished) { source.publishedAt = metaPublished; source.publishedProvenance = 'input-field'; }
  if (options.published) { source.publishedAt = options.published; source.publishedProvenance = 'cli'; }
  if (!source.publishedAt) source.publishedProvenance = 'none';
  return createDoc(contentId(raw), source, raw);
}

export function isFailure(value: ArticleDoc | InputFailure): value is InputFailure {
  return !('raw' in value);
}

export function displayName(uri: string): string {
  return basename(uri);
}
