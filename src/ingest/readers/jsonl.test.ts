import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, FIXTURES, outline } from './collect.testing.js';
import { docFromItem } from './index.js';
import { parseLine, readJsonl } from './jsonl.js';
import type { InputItem } from './types.js';

describe('readJsonl', () => {
  it.each(['news.jsonl', 'news.jsonl.gz'])('should read %s line by line, failing only the broken lines', async (name) => {
    expect(outline(await collect(readJsonl(FIXTURES + name)))).toEqual([
      [`${name}#1`, 'item:text'],
      [`${name}#2`, 'item:html'],
      [`${name}#3`, 'Line 3 is not valid JSON (Unterminated string in JSON at position 69); fix or remove the line.'],
      [`${name}#5`, 'Line 5 has no "text" or "html" string field; there is nothing to code.'],
      [`${name}#6`, 'item:text'],
    ]);
  });

  it('should carry id, url, title, published and source into the document', async () => {
    const [first] = await collect(readJsonl(`${FIXTURES}news.jsonl`));
    expect((first as InputItem).meta.id).toBe('wire-1');
    expect(docFromItem(first as InputItem).source).toMatchObject({
      uri: `${FIXTURES}news.jsonl#1`, id: 'wire-1', url: 'https://example.org/2022/10/04/prisoners', title: 'Azerbaijan releases 17 Armenian prisoners after US mediation',
      publishedAt: '2022-10-04', publishedProvenance: 'input-field', siteName: 'Example Wire',
    });
  });

  it.each([
    ['[1, 2]', 'Line 7 is not a JSON object; each line must be one article like {"title": …, "text": …}.'],
    ['{"text": "   "}', 'Line 7 has no "text" or "html" string field; there is nothing to code.'],
    ['{"text": 42}', 'Line 7 has no "text" or "html" string field; there is nothing to code.'],
    ['{"html": "<div><img src=\\"x.jpg\\"></div>"}', 'The HTML has no visible text (only tags, scripts or styles); there is nothing to code.'],
  ])('should explain why the line %s is not an article', (line, reason) => {
    expect(parseLine(line, 'x.jsonl#7', 7)).toEqual({ uri: 'x.jsonl#7', reason });
  });

  it('should report a cut gzip after the lines it could read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-jsonl-'));
    try {
      const { readFileSync } = await import('node:fs');
      const gz = readFileSync(`${FIXTURES}news.jsonl.gz`);
      writeFileSync(join(dir, 'cut.jsonl.gz'), gz.subarray(0, gz.length - 30));
      const results = await collect(readJsonl(join(dir, 'cut.jsonl.gz')));
      const last = results.at(-1)!;
      expect(last.uri).toBe(join(dir, 'cut.jsonl.gz'));
      expect('reason' in last && last.reason).toMatch(/^The gzip stream is truncated or corrupt after line \d+ \(unexpected end of file\); the lines before it were read\.$/);
      expect(results.filter((r) => 'raw' in r).length).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should report a missing file as one failure', async () => {
    expect(outline(await collect(readJsonl(`${FIXTURES}missing.jsonl`)))).toEqual([['missing.jsonl', 'Cannot read the file (ENOENT); check the path.']]);
  });
});
