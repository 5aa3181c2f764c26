import type { Readable } from 'node:stream';
import { itemFromBytes } from './content.js';
import { readLimited } from './limited.js';
import { DEFAULT_LIMITS, formatBytes, type InputResult, type ReadLimits } from './types.js';

/**
 * Reads one article from standard input (`-`), HTML when it starts like HTML (`<!DOCTYPE html>`,
 * `<html>`, `<p>`…), else plain text. Reading stops past `maxArticleBytes`.
 */
export async function* readStdin(stream: Readable = process.stdin, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  const maxBytes = limits.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  let read;
  try {
    read = await readLimited(stream, maxBytes);
  } catch (error) {
    yield { uri: '-', reason: `Cannot read standard input (${(error as Error).message}).` };
    return;
  }
  if (read.tooLarge) {
    stream.destroy();
    yield { uri: '-', reason: `Standard input is larger than the ${formatBytes(maxBytes)} an article may have; stopped reading.` };
    return;
  }
  if (read.bytes.length === 0) {
    yield { uri: '-', reason: 'Standard input was empty; there is nothing to code.' };
    return;
  }
  yield itemFromBytes(read.bytes, '-', 'sniff', {});
}
