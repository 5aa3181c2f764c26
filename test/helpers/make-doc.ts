import { createDoc, type ArticleDoc } from '../../src/core/document.js';
import { sentences } from '../../src/stages/sentences/index.js';
import { paragraphSpans } from '../../src/stages/sentences/paragraphs.js';
import { syntax } from '../../src/stages/syntax/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { actors } from '../../src/stages/actors/index.js';

/**
 * Builds an ArticleDoc whose cleaned text is `text` (identity offset map), with sentences and
 * tokens filled (tagged and parsed), so a stage can be tested without running the cleaner.
 */
export function makeDoc(text: string, options: { publishedAt?: string; id?: string } = {}): ArticleDoc {
  const doc = createDoc(options.id ?? 'test-doc', { uri: 'test', format: 'text', ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}) }, text);
  doc.text = text;
  doc.offsetMap = text.length > 0 ? [{ kind: 'copy', cleanStart: 0, cleanLength: text.length, sourceStart: 0, sourceLength: text.length }] : [];
  doc.paragraphs = paragraphSpans(text);
  sentences().run(doc, { report: (severity, ruleId, reason) => doc.diagnostics.push({ severity, ruleId, reason, stage: 'sentences' }) });
  syntax().run(doc, { report: (severity, ruleId, reason) => doc.diagnostics.push({ severity, ruleId, reason, stage: 'syntax' }) });
  return doc;
}

/** `makeDoc`, then the entities and actors stages: the actors a text resolves to, for the actor stage's tests. */
export function makeDocWithActors(text: string): ArticleDoc {
  const doc = makeDoc(text);
  const report = (): void => {};
  entities().run(doc, { report });
  actors().run(doc, { report });
  return doc;
}
