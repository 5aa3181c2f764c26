import type { Readable } from 'node:stream';

/**
 * An iterator over a stream's chunks that delivers every chunk emitted *before* an error, then
 * the error. `for await (… of stream)` may drop chunks still buffered when a stream fails; for a
 * cut `.warc.gz` those are the last good records, which the brief says must still be read.
 * Backpressure: the stream is paused while 16 chunks wait.
 */
export function chunksOf(stream: Readable): AsyncIterator<Uint8Array> & { close(): void } {
  const queue: Uint8Array[] = [];
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  stream.on('data', (chunk: Uint8Array) => {
    queue.push(chunk);
    if (queue.length >= 16) stream.pause();
    notify();
  });
  stream.on('end', () => {
    ended = true;
    notify();
  });
  stream.on('error', (error: Error) => {
    failure ??= error;
    notify();
  });
  return {
    async next(): Promise<IteratorResult<Uint8Array>> {
      for (;;) {
        const chunk = queue.shift();
        if (chunk !== undefined) {
          if (queue.length < 4 && stream.isPaused()) stream.resume();
          return { value: chunk, done: false };
        }
        if (failure) throw failure;
        if (ended) return { value: undefined, done: true };
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    close(): void {
      stream.destroy();
    },
  };
}
