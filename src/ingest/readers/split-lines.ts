const NEWLINES = Buffer.alloc(4096, 0x0a);

/** One line of a byte stream (without its line end), or the number of a line too long to keep. */
export type SplitLine =
  | { readonly number: number; readonly bytes: Buffer; readonly tooLong?: undefined }
  | { readonly number: number; readonly tooLong: true; readonly length: number };

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than `maxLineBytes` of
 * one line: a longer line is skipped to its end as the bytes arrive and reported as `tooLong`.
 * `readline` buffers a whole line first, so one 3 GB line crashed the process ("Invalid string
 * length") and took the next good line with it. Empty lines are counted, not yielded, so a
 * stream of 4 GB of newlines costs only the scan. A last line without a line end is yielded when
 * the stream ends; if the stream fails, its error is thrown after every complete line.
 * @example
 * for await (const line of splitLines(bytes, 10 * 1024 * 1024)) if (!line.tooLong) JSON.parse(line.bytes.toString('utf8'));
 */
export async function* splitLines(source: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<SplitLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let skipping = false;
  let number = 1;
  const finish = (piece: Buffer): SplitLine | undefined => {
    const length = pendingLength + piece.length;
    let line: SplitLine | undefined;
    if (skipping || length > maxLineBytes) line = { number, tooLong: true, length };
    else if (length > 0) {
      let bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece], length);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      if (bytes.length > 0) line = { number, bytes };
    }
    pending = [];
    pendingLength = 0;
    skipping = false;
    number++;
    return line;
  };
  for await (const chunk of source) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = 0;
    for (;;) {
      // A run of empty lines is counted without a call per line: whole blocks of newlines are
      // compared at once (4 GB of newlines took 87 s byte by byte), the rest byte by byte.
      if (pendingLength === 0 && !skipping) {
        while (at + NEWLINES.length <= buffer.length && buffer.compare(NEWLINES, 0, NEWLINES.length, at, at + NEWLINES.length) === 0) {
          at += NEWLINES.length;
          number += NEWLINES.length;
        }
        while (at < buffer.length && buffer[at] === 0x0a) {
          at++;
          number++;
        }
      }
      const newline = buffer.indexOf(0x0a, at);
      if (newline < 0) break;
      const line = finish(buffer.subarray(at, newline));
      if (line) yield line;
      at = newline + 1;
    }
    const rest = buffer.length - at;
    if (rest === 0) continue;
    if (skipping || pendingLength + rest > maxLineBytes) {
      // Count the bytes of an over-long line, never keep them.
      skipping = true;
      pending = [];
      pendingLength += rest;
    } else {
      // A copy: the source may reuse its chunk buffers.
      pending.push(Buffer.from(buffer.subarray(at)));
      pendingLength += rest;
    }
  }
  if (pendingLength > 0 || skipping) {
    const line = finish(Buffer.alloc(0));
    if (line) yield line;
  }
}
