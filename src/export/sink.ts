import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where an export goes: `-` for standard output, a file path, or any writable stream. */
export type ExportTarget = string | Writable;

/** A writable that waits when the stream's buffer is full, so a large export never piles up in memory. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes and closes a file; leaves stdout and caller streams open. */
  end(): Promise<void>;
}

/** Opens a sink on a target. */
export function openSink(target: ExportTarget): Sink {
  const owned = typeof target === 'string' && target !== '-';
  const stream: Writable = typeof target !== 'string' ? target : target === '-' ? process.stdout : createWriteStream(target);
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async end() {
      if (!owned) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
