import { DEFAULT_HOST, DEFAULT_PORT } from '../../api/defaults.js';
import { defineCommand } from '../command.js';
import { EXIT, OperationalError, UsageError } from '../errors.js';
import { DB_OPTION, wholeNumber } from '../options.js';
import { openCliStore, untilStopped } from '../runtime.js';

export const serve = defineCommand({
  name: 'serve',
  summary: 'Serve the dashboard and the HTTP API (OpenAPI at /api/openapi.json).',
  usage: ['serve [--db FILE] [--port N] [--host H] [--enable-ingest --token T]'],
  description: [
    'Read-only unless --enable-ingest is given with a bearer token (--token or $CHRONICLE_TOKEN), which',
    'POST /api/ingest then requires. The store must exist unless ingest is enabled. Ctrl-C stops it.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    port: { type: 'string', default: String(DEFAULT_PORT), value: 'N', help: 'TCP port (0 picks a free one)' },
    host: { type: 'string', default: DEFAULT_HOST, value: 'H', help: 'address to listen on' },
    'enable-ingest': { type: 'boolean', default: false, help: 'accept POST /api/ingest with the bearer token' },
    token: { type: 'string', value: 'T', help: 'the bearer token for ingest ($CHRONICLE_TOKEN)' },
  },
  positionals: false,
  examples: ['serve --db news.db', 'serve --db news.db --port 9000 --enable-ingest --token "$(openssl rand -hex 16)"'],
  async run({ values }) {
    const port = wholeNumber(values.port, '--port', 0, 65535)!;
    const token = values.token ?? process.env.CHRONICLE_TOKEN;
    const ingestOn = values['enable-ingest'];
    if (ingestOn && !token) throw new UsageError('--enable-ingest needs --token T (or $CHRONICLE_TOKEN): HTTP ingest always requires a bearer token.');
    if (!ingestOn && values.token !== undefined) throw new UsageError('--token only makes sense with --enable-ingest.');
    // Listen first, then open the store and load the coder: the page answers within a second or
    // two even on a large store or a busy machine, and the API says "starting" (503) meanwhile.
    const started = performance.now();
    const store = openCliStore(values.db, { mustExist: !ingestOn });
    const ingest = ingestOn
      ? import('../../pipeline/default.js').then(({ createDocumentCoder }) => ({ enabled: true, token: token!, coder: createDocumentCoder({ onStageError: 'record' }) }))
      : undefined;
    store.catch(() => undefined);
    ingest?.catch(() => undefined);
    const { serve: listen } = await import('../../api/serve.js');
    const running = await listen({ store, port, host: values.host, ...(ingest ? { ingest } : {}) }).catch(async (error: NodeJS.ErrnoException) => {
      await store.then((opened) => opened.close(), () => undefined);
      if (error.code === 'EADDRINUSE') throw new OperationalError(`port ${port} on ${values.host} is in use: stop what runs there, or give another with --port N (0 picks a free one).`);
      if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') throw new OperationalError(`cannot listen on ${values.host}: no such address on this machine (${error.code}).`);
      if (error.code === 'EACCES') throw new OperationalError(`not allowed to listen on port ${port} (EACCES): ports below 1024 need privileges; give another with --port N.`);
      throw error;
    });
    process.stderr.write(`chronicle: serving ${values.db} at ${running.url} (${ingest ? 'ingest enabled' : 'read-only'}); Ctrl-C stops\n`);
    try {
      await running.ready;
      process.stderr.write(`chronicle: store open, API ready after ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      await untilStopped();
    } finally {
      await running.close();
      await store.then((opened) => opened.close(), () => undefined);
    }
    return EXIT.ok;
  },
});
