/**
 * Pull-based reading of a byte stream: lines up to a delimiter, exact lengths, and skips that
 * never hold more than one chunk of what they skip. The WARC reader needs all three: headers end
 * at a blank line, a block is `Content-Length` bytes, and a 200 MB video record is skipped.
 * Errors of the source (a cut gzip member) surface from the call that needed more bytes.
 */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes consumed so far (after decompression), for failure messages. */
  position = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Pulls one more chunk; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? Buffer.from(next.value) : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  /** Whether the stream has no more bytes. */
  async atEnd(): Promise<boolean> {
    while (this.buffer.length === 0) if (!(await this.fill())) return true;
    return false;
  }

  /** Skips line ends (CRLF or LF) at the current position: the blank lines between WARC records. */
  async skipLineEnds(): Promise<void> {
    for (;;) {
      if (this.buffer.length < 2 && !(await this.fill()) && this.buffer.length === 0) return;
      if (this.buffer[0] === 0x0a) this.take(1);
      else if (this.buffer[0] === 0x0d && this.buffer[1] === 0x0a) this.take(2);
      else if (this.buffer[0] === 0x0d && this.buffer.length === 1) {
        if (!(await this.fill())) return;
      } else return;
    }
  }

  /**
   * Bytes up to and including `delimiter`; `'end'` when the stream ends first (with the partial
   * bytes dropped), `'too-long'` when more than `max` bytes pass without one.
   */
  async readUntil(delimiter: Buffer, max: number): Promise<Buffer | 'end' | 'too-long'> {
    let searchFrom = 0;
    for (;;) {
      const at = this.buffer.indexOf(delimiter, searchFrom);
      if (at >= 0) return this.take(at + delimiter.length);
      if (this.buffer.length > max) return 'too-long';
      searchFrom = Math.max(0, this.buffer.length - delimiter.length + 1);
      if (!(await this.fill())) return 'end';
    }
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    // Take what is buffered before pulling more, so `fill` never copies a growing buffer:
    // reading a 10 MB body costs one final concat, not one per chunk.
    const pieces: Buffer[] = [];
    let left = n;
    for (;;) {
      const piece = this.take(Math.min(left, this.buffer.length));
      if (piece.length > 0) pieces.push(piece);
      left -= piece.length;
      if (left === 0 || !(await this.fill())) break;
    }
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  }

  /** Skips `n` bytes without keeping them; returns how many were skipped (fewer at the end). */
  async skip(n: number): Promise<number> {
    let left = n;
    for (;;) {
      const now = Math.min(left, this.buffer.length);
      this.take(now);
      left -= now;
      if (left === 0 || !(await this.fill())) return n - left;
    }
  }

  private take(n: number): Buffer {
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    this.position += n;
    return out;
  }
}
