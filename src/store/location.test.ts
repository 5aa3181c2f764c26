import { describe, expect, it } from 'vitest';
import { createDb } from './connect.js';
import { parseLocation, StoreConfigError, type StoreLocation } from './location.js';

describe('parseLocation', () => {
  const cases: [string, StoreLocation][] = [
    ['chronicle.db', { dialect: 'sqlite', path: 'chronicle.db' }],
    ['./data/chronicle.db', { dialect: 'sqlite', path: './data/chronicle.db' }],
    ['/var/lib/chronicle/events.sqlite', { dialect: 'sqlite', path: '/var/lib/chronicle/events.sqlite' }],
    [':memory:', { dialect: 'sqlite', path: ':memory:' }],
    ['sqlite:data/chronicle.db', { dialect: 'sqlite', path: 'data/chronicle.db' }],
    ['sqlite:///tmp/chronicle.db', { dialect: 'sqlite', path: '/tmp/chronicle.db' }],
    ['sqlite::memory:', { dialect: 'sqlite', path: ':memory:' }],
    ['  chronicle.db  ', { dialect: 'sqlite', path: 'chronicle.db' }],
    ['postgres://chronicle@localhost:5432/events', { dialect: 'postgres', url: 'postgres://chronicle@localhost:5432/events' }],
    ['postgresql://localhost/events', { dialect: 'postgres', url: 'postgresql://localhost/events' }],
  ];
  it.each(cases)('should read %j as %j', (location, expected) => {
    expect(parseLocation(location)).toEqual(expected);
  });

  const bad: [string, RegExp][] = [
    ['', /Empty store location/],
    ['sqlite:', /write sqlite:PATH/],
    ['mysql://localhost/events', /Unsupported store scheme "mysql/],
  ];
  it.each(bad)('should refuse %j with a StoreConfigError that names the fix', (location, message) => {
    expect(() => parseLocation(location)).toThrow(StoreConfigError);
    expect(() => parseLocation(location)).toThrow(message);
  });
});

describe('createDb', () => {
  it('should open a PostgreSQL location lazily, as a postgres connection', async () => {
    // No server is contacted until the first query, so this holds without PG_URL.
    const connection = createDb('postgres://chronicle@127.0.0.1:1/events');
    expect(connection.dialect).toBe('postgres');
    await connection.db.destroy();
  });

  it('should turn on WAL and foreign keys for a SQLite file', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { sql } = await import('kysely');
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-connect-'));
    const { db } = createDb(join(dir, 'nested', 'chronicle.db'));
    try {
      const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db);
      const keys = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db);
      expect([journal.rows[0]?.journal_mode, keys.rows[0]?.foreign_keys]).toEqual(['wal', 1]);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
