import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/document.js';
import { scoreReference, type ReferenceEvent } from '../../eval/events-scoring.js';
import { sharedPath } from '../../eval/paths.js';
import { ROOT, runCliAsync } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples', 'azerbaijan-releases-17-prisoners.txt');
const reference = JSON.parse(readFileSync(sharedPath('examples', 'azerbaijan-releases-17-prisoners.events.json'), 'utf8')) as {
  published: string; must_drop: string[]; events: ReferenceEvent[];
};

describe('chronicle code on the example page', () => {
  let result: Awaited<ReturnType<typeof runCliAsync>>;
  let events: CodedEvent[];
  beforeAll(async () => {
    result = await runCliAsync(['code', EXAMPLE, '--published', '2022-10-04', '--format', 'jsonl']);
    events = result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as CodedEvent);
  });

  it('should exit cleanly and print one event per line', () => {
    expect(result.status).toBe(0);
    expect(events.length).toBeGreaterThan(10);
  });

  it('should find every required reference event with at most 3 events the reference does not list', () => {
    const score = scoreReference(events, reference.events);
    expect(score.missedRequired).toEqual([]);
    expect(score.extra).toBeLessThanOrEqual(3);
  });

  it('should give every event the fields of the CLI contract with evidence inside the text', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    for (const e of events) {
      for (const key of ['id', 'doc_id', 'event', 'mode', 'context', 'actor', 'recipient', 'third_party', 'date', 'date_precision', 'background', 'modality', 'size', 'event_loc', 'evidence', 'confidence', 'origin']) {
        expect(e).toHaveProperty(key);
      }
      expect(['asserted', 'reported', 'hypothetical', 'future', 'negated']).toContain(e.modality);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.evidence.trigger.start).toBeGreaterThanOrEqual(e.evidence.sentence.start);
      expect(e.evidence.trigger.end).toBeLessThanOrEqual(e.evidence.sentence.end);
      // The cleaned text of a plain-text file is a subset of it: the evidence is found verbatim.
      expect(text).toContain(e.evidence.sentence.text);
    }
  });

  it('should show the evidence and the reasons in the table view', async () => {
    const table = await runCliAsync(['code', EXAMPLE, '--published', '2022-10-04', '--format', 'table']);
    expect(table.stdout).toContain('[freed]');
    expect(table.stdout).toMatch(/date 2022-10-04 from "Tuesday"/);
  });
});

describe('chronicle clean', () => {
  it('should drop the page furniture the reference lists', async () => {
    const result = await runCliAsync(['clean', EXAMPLE]);
    expect(result.status).toBe(0);
    for (const furniture of reference.must_drop) expect(result.stdout).not.toContain(furniture);
    expect(result.stdout).toContain('Azerbaijan freed 17 Armenian prisoners of war on Tuesday');
  });
});

describe('chronicle ingest and events', () => {
  it('should store the example once however often it is ingested, and query it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-e2e-'));
    const db = join(dir, 'test.db');
    const first = await runCliAsync(['ingest', join(ROOT, 'examples'), '--db', db]);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ inserted: 1, coded: 1, failed: 0 });
    const second = await runCliAsync(['ingest', join(ROOT, 'examples'), '--db', db]);
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, existing: 1 });
    const summary = JSON.parse((await runCliAsync(['summary', '--db', db])).stdout) as { documents: number; events: number };
    expect(summary.documents).toBe(1);
    const consult = (await runCliAsync(['events', '--db', db, '--type', 'CONSULT', '--since', '2022-09', '--format', 'jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as CodedEvent);
    expect(consult.length).toBeGreaterThan(0);
    // Dates filter by overlap with each event's precision window: a year-precision "2022" overlaps September 2022.
    expect(consult.every((e) => e.event === 'CONSULT' && (e.date! >= '2022-09' || '2022-09'.startsWith(e.date!)))).toBe(true);
    const armenia = (await runCliAsync(['events', '--db', db, '--actor', 'ARM', '--format', 'jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as CodedEvent);
    expect(armenia.every((e) => [...e.actor, ...e.recipient, ...e.third_party].some((p) => p.code === 'ARM'))).toBe(true);
  });

  it('should report bad inputs by name, record them, and code the rest of the batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    copyFileSync(EXAMPLE, join(dir, 'good.txt'));
    const result = await runCliAsync(['ingest', dir, '--db', join(dir, 'test.db'), '--published', '2022-10-04']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt: failed: The input is empty/);
    expect(result.stderr).toMatch(/binary\.txt: failed: The input is binary/);
    expect(JSON.parse(result.stdout)).toMatchObject({ inputs: 3, coded: 1, failed: 2 });
    const summary = JSON.parse((await runCliAsync(['summary', '--db', join(dir, 'test.db')])).stdout) as { failures: number };
    expect(summary.failures).toBe(2);
  });

  it('should refuse bad arguments with a clear message', async () => {
    const result = await runCliAsync(['events', '--since', 'yesterday']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--since expects a date/);
  });
});
