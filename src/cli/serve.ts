import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, serve } from '../api/serve.js';
import { DEFAULT_DB } from './defaults.js';

/**
 * `chronicle serve`: listens first, then opens the store and (with --enable-ingest) loads the
 * coder, so the dashboard answers within a second or two of the start even on a large store;
 * the API says "starting" (503) meanwhile. Kept apart from main.ts so that starting the server
 * does not load the pipeline, readers and worker pool the other commands need (bin.ts).
 * Returns the exit code; usage mistakes are 2, a store that cannot be opened is 1.
 */
export async function runServe(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, allowPositionals: false, options: {
      db: { type: 'string', default: DEFAULT_DB }, port: { type: 'string', default: String(DEFAULT_PORT) },
      host: { type: 'string', default: DEFAULT_HOST }, 'enable-ingest': { type: 'boolean', default: false },
      token: { type: 'string', default: process.env.CHRONICLE_TOKEN } } }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage(`--port expects a number from 0 to 65535, not '${values.port}'.`);
  if (values['enable-ingest'] && !values.token) return usage('--enable-ingest needs --token T (or $CHRONICLE_TOKEN): HTTP ingest always requires a bearer token.');
  if (!values['enable-ingest'] && values.token && !process.env.CHRONICLE_TOKEN) return usage('--token only makes sense with --enable-ingest.');
  const token = values.token;
  const started = performance.now();
  const store = import('../store/index.js').then(({ openStore }) => openStore(values.db!));
  const ingest = values['enable-ingest']
    ? import('../pipeline/default.js').then(({ createDocumentCoder }) => ({ enabled: true, token: token!, coder: createDocumentCoder({ onStageError: 'record' }) }))
    : undefined;
  const running = await serve({ store, port, host: values.host!, ...(ingest ? { ingest } : {}) });
  process.stderr.write(`chronicle: serving ${values.db} at ${running.url} (${ingest ? 'ingest enabled' : 'read-only'}); Ctrl-C stops\n`);
  try {
    await running.ready;
  } catch (error) {
    process.stderr.write(`chronicle serve: cannot open ${values.db}: ${(error as Error).message}\n`);
    await running.close();
    return 1;
  }
  process.stderr.write(`chronicle: store open, API ready after ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  await new Promise<void>((resolve) => { for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve()); });
  await running.close();
  await (await store).close();
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`chronicle serve: ${message}\n`);
  return 2;
}
