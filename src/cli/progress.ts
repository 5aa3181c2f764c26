/**
 * Progress for long work: count, rate and ETA on a terminal (stderr), nothing when piped.
 */
export class Progress {
  private done = 0;
  private errors = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly tty: boolean;

  constructor(private readonly total: number | null, private readonly label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean(stream.isTTY) && !process.env.CI;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  tick(failed = false): void {
    this.done++;
    if (failed) this.errors++;
    const now = Date.now();
    if (this.tty && (now - this.lastDraw > 100 || this.done === this.total)) {
      this.lastDraw = now;
      this.draw();
    }
  }

  private draw(): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    const eta = this.total !== null && rate > 0 ? Math.round((this.total - this.done) / rate) : null;
    const parts = [`${this.label} ${this.done}${this.total !== null ? `/${this.total}` : ''}`, `${rate.toFixed(1)}/s`];
    if (eta !== null) parts.push(`ETA ${eta}s`);
    if (this.errors > 0) parts.push(`${this.errors} errors`);
    this.stream.write(`\r\u001b[K${parts.join('  ')}`);
  }

  /** Erases the progress line so a message can be printed on a clean line (empty when not a terminal). */
  clearLine(): string {
    return this.tty ? '\r\u001b[K' : '';
  }

  finish(): void {
    if (this.tty) this.stream.write('\n');
  }
}
