import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type SplitLine } from './split-lines.js';

async function* chunked(bytes: Buffer, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > at && cut < bytes.length) {
      yield bytes.subarray(at, cut);
      at = cut;
    }
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function collect(lines: AsyncIterable<SplitLine>): Promise<(string | number)[][]> {
  const out: (string | number)[][] = [];
  for await (const line of lines) out.push(line.tooLong ? [line.number, 'too long', line.length] : [line.number, line.bytes.toString('latin1')]);
  return out;
}

describe('splitLines', () => {
  it('should agree with splitting the whole text, however the bytes are chunked', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.constantFrom('a', 'bc', '\n', '\r\n', '\n\n', 'long-ish text', '\r'), { maxLength: 40 }),
      fc.array(fc.nat(300), { maxLength: 8 }), fc.integer({ min: 1, max: 20 }),
      async (pieces, cuts, max) => {
        const text = pieces.join('');
        const expected = text.split('\n').map((line, i) => [i + 1, line.replace(/\r$/, '')] as const)
          .filter(([, line], i, all) => line.length > 0 || (i === all.length - 1 ? false : text.split('\n')[i]!.length > 0))
          .map(([n, line]) => {
            const raw = text.split('\n')[n - 1]!;
            return Buffer.byteLength(raw) > max ? [n, 'too long', Buffer.byteLength(raw)] : [n, line];
          })
          .filter(([, line]) => line !== '');
        expect(await collect(splitLines(chunked(Buffer.from(text, 'latin1'), cuts), max))).toEqual(expected);
      },
    ), { numRuns: 500 });
  });

  it('should skip a 200 MB line holding no more than one chunk of it, and read the next', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let peak = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('first\n');
      for (let i = 0; i < 200; i++) {
        peak = Math.max(peak, process.memoryUsage().arrayBuffers);
        yield chunk;
      }
      yield Buffer.from('\nsecond\n');
    }
    const base = process.memoryUsage().arrayBuffers;
    expect(await collect(splitLines(source(), 10 * 1024 * 1024))).toEqual([[1, 'first'], [2, 'too long', 200 * 1024 * 1024], [3, 'second']]);
    expect(peak - base).toBeLessThan(40 * 1024 * 1024);
  });
});
