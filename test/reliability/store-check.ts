import Database from 'better-sqlite3';

/** What a SQLite store holds, read straight from its tables (independent of the Store API). */
export interface StoreFacts {
  readonly documents: { id: string; uri: string; status: string; status_reason: string | null; text: string; diagnostics: string }[];
  readonly failures: { uri: string; stage: string; reason: string }[];
  readonly eventsByDoc: Map<string, number>;
  readonly sentencesByDoc: Map<string, number>;
  /** Problems that mean a half-saved document or a duplicate; empty when the store is sound. */
  readonly problems: string[];
}

/**
 * Reads a store and checks that no document is stored half-done: every document has its
 * `run_events` marker (written last in its transaction) and as many event rows as that marker's
 * run recorded, coded documents with text have sentences, no event or sentence row is orphaned,
 * and no input (uri) is stored twice.
 */
export function inspectStore(path: string): StoreFacts {
  const db = new Database(path, { readonly: true });
  try {
    const documents = db.prepare('SELECT id, uri, status, status_reason, text, diagnostics FROM documents ORDER BY uri').all() as StoreFacts['documents'];
    const failures = db.prepare('SELECT uri, stage, reason FROM failures ORDER BY uri').all() as StoreFacts['failures'];
    const count = (sql: string): Map<string, number> =>
      new Map((db.prepare(sql).all() as { doc_id: string; n: number }[]).map((r) => [r.doc_id, r.n]));
    const eventsByDoc = count('SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id');
    const sentencesByDoc = count('SELECT doc_id, count(*) AS n FROM sentences GROUP BY doc_id');
    const markers = count("SELECT doc_id, count(*) AS n FROM run_events WHERE event_id = '' GROUP BY doc_id");
    // The run that saved the stored coding: a document coded again by a later run (the corpus
    // memory's second pass, a re-code) keeps the earlier run's record too, for diffRuns.
    const recorded = count("SELECT r.doc_id, count(*) AS n FROM run_events r JOIN documents d ON d.id = r.doc_id AND d.run_id = r.run_id WHERE r.event_id <> '' GROUP BY r.doc_id");
    const problems: string[] = [];
    const ids = new Set(documents.map((d) => d.id));
    for (const doc of documents) {
      if (!markers.has(doc.id)) problems.push(`${doc.uri}: no run_events marker (saved half-way?)`);
      const events = eventsByDoc.get(doc.id) ?? 0;
      if (events !== (recorded.get(doc.id) ?? 0)) problems.push(`${doc.uri}: ${events} event rows but the run that saved it recorded ${recorded.get(doc.id) ?? 0}`);
      if (doc.status !== 'coded' && events > 0) problems.push(`${doc.uri}: status ${doc.status} with ${events} events`);
      if (doc.status === 'coded' && doc.text.trim() && !sentencesByDoc.has(doc.id)) problems.push(`${doc.uri}: coded with text but no sentences`);
    }
    for (const table of ['events', 'sentences']) {
      for (const { doc_id } of db.prepare(`SELECT DISTINCT doc_id FROM ${table}`).all() as { doc_id: string }[]) {
        if (!ids.has(doc_id)) problems.push(`${table} rows for document ${doc_id}, which is not stored`);
      }
    }
    const uris = new Map<string, number>();
    for (const doc of documents) uris.set(doc.uri, (uris.get(doc.uri) ?? 0) + 1);
    for (const [uri, n] of uris) if (n > 1) problems.push(`${uri} is stored ${n} times`);
    return { documents, failures, eventsByDoc, sentencesByDoc, problems };
  } finally {
    db.close();
  }
}
