/**
 * Everything the document coder codes, one JSON line per document, for checking that a change meant
 * to be behaviour-identical (speed work, issue 18) leaves every output byte the same:
 *
 *   npx tsx bench/coded-snapshot.ts > after.jsonl            (in the branch)
 *   npx tsx /tmp/base/bench/coded-snapshot.ts > before.jsonl  (in a checkout of the base; copy the script there)
 *   cmp before.jsonl after.jsonl
 *
 * Inputs: the dev articles (eval/articles/*.txt, with their .meta.json), the bundled example
 * (examples/*.txt), the wire fixtures (test/fixtures/ingest/wire/*.txt) and the benchmark corpus
 * (bench/corpus.ts, SNAPSHOT_ARTICLES, default 300). Each is coded through `createDocumentCoder`
 * as `chronicle code` does; every layer is written in its own key order (timings left out, since
 * they are clock readings), with the coder's status. The last line on stderr is the sha256 of stdout.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docFromRaw } from '../src/ingest/load.js';
import { createDocumentCoder } from '../src/pipeline/default.js';
import { generateCorpus } from './corpus.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LAYERS = ['source', 'text', 'paragraphs', 'sentences', 'tokens', 'mentions', 'times', 'quantities', 'actors', 'places', 'events', 'diagnostics'] as const;

interface Input { id: string; text: string; meta: Record<string, string> }

function textsIn(dir: string): Input[] {
  const at = join(root, dir);
  if (!existsSync(at)) return [];
  return readdirSync(at).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const metaPath = join(at, f.replace(/\.txt$/, '.meta.json'));
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, string> : {};
    return { id: `${dir}/${f}`, text: readFileSync(join(at, f), 'utf8'), meta };
  });
}

const inputs: Input[] = [
  ...textsIn('eval/articles'),
  ...textsIn('examples'),
  ...textsIn('test/fixtures/ingest/wire'),
  ...generateCorpus(Number(process.env.SNAPSHOT_ARTICLES ?? 300)).map((a) => ({ id: a.id, text: a.text, meta: { published: a.published } })),
];

const coder = createDocumentCoder();
const hash = createHash('sha256');
let events = 0;
for (const input of inputs) {
  const doc = docFromRaw(input.text, input.id, 'text', {}, input.meta);
  const status = coder.code(doc);
  events += doc.events.length;
  const line = `${JSON.stringify({ input: input.id, status, ...Object.fromEntries(LAYERS.map((layer) => [layer, doc[layer]])) })}\n`;
  hash.update(line);
  process.stdout.write(line);
}
process.stderr.write(`${inputs.length} documents, ${events} events; sha256 ${hash.digest('hex')}\n`);
