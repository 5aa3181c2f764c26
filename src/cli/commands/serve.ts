import { readFile } from 'node:fs/promises';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../api/defaults.js';
import type { IngestOptions } from '../../api/ingest.js';
import type { CoderPool } from '../../parallel/pool.js';
import { defineCommand } from '../command.js';
import { EXIT, OperationalError, UsageError } from '../errors.js';
import { DB_OPTION, DOC_TIMEOUT_OPTION, docTimeoutMs, wholeNumber } from '../options.js';
import { openCliStore, untilStopped } from '../runtime.js';

export const serve = defineCommand({
  name: 'serve',
  summary: 'Serve the dashboard and the HTTP API (OpenAPI at /api/openapi.json).',
  usage: ['serve [--db FILE] [--port N] [--host H] [--allowed-host NAME]...', 'serve --enable-ingest [--token-file FILE] [--doc-timeout SECONDS] [options]'],
  description: [
    'Read-only unless --enable-ingest is given with a bearer token, which POST /api/ingest then requires: from',
    '$CHRONICLE_TOKEN or the first line of --token-file (--token T works too, but every user of the machine sees',
    'it in `ps`). An ingested article is coded on a thread of its own within --doc-timeout, so reads stay',
    'answered. The store must exist unless ingest is enabled. Ctrl-C stops it.',
    '',
    'Only requests whose Host is localhost, an IP address, the --host name or an --allowed-host name are',
    'answered (403 otherwise): a web page cannot reach the API by pointing a name of its own at this machine',
    '(DNS rebinding).',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    port: { type: 'string', default: String(DEFAULT_PORT), value: 'N', help: 'TCP port (0 picks a free one)' },
    host: { type: 'string', default: DEFAULT_HOST, value: 'H', help: 'address to listen on' },
    'allowed-host': { type: 'string', multiple: true, value: 'NAME', help: 'a host name to answer besides localhost and IP addresses (the name the dashboard is reached by)' },
    'enable-ingest': { type: 'boolean', default: false, help: 'accept POST /api/ingest with the bearer token' },
    'token-file': { type: 'string', value: 'FILE', help: 'a file whose first line is the bearer token for ingest (else $CHRONICLE_TOKEN)' },
    token: { type: 'string', value: 'T', help: 'the bearer token for ingest; visible in `ps`, so prefer $CHRONICLE_TOKEN or --token-file' },
    ...DOC_TIMEOUT_OPTION,
  },
  positionals: false,
  examples: [
    'serve --db news.db',
    'serve --db news.db --host 0.0.0.0 --allowed-host news.example.org',
    'serve --db news.db --port 9000 --enable-ingest --token-file ~/.chronicle-token',
  ],
  async run({ values }) {
    const port = wholeNumber(values.port, '--port', 0, 65535)!;
    const ingestOn = values['enable-ingest'];
    if (!ingestOn && (values.token !== undefined || values['token-file'] !== undefined)) throw new UsageError('--token and --token-file only make sense with --enable-ingest.');
    const token = ingestOn ? await ingestToken(values.token, values['token-file']) : undefined;
    if (ingestOn && !token) throw new UsageError('--enable-ingest needs a token: $CHRONICLE_TOKEN or --token-file FILE (or --token T); HTTP ingest always requires a bearer token.');
    if (values.token !== undefined) process.stderr.write('chronicle: warning: --token is visible to every user of this machine (ps); prefer $CHRONICLE_TOKEN or --token-file.\n');
    const timeoutMs = docTimeoutMs(values['doc-timeout']);
    // Listen first, then open the store and load the coder: the page answers within a second or
    // two even on a large store or a busy machine, and the API says "starting" (503) meanwhile.
    const started = performance.now();
    const store = openCliStore(values.db, { mustExist: !ingestOn });
    // Coding runs on a thread of its own with a time budget: the server's thread keeps answering reads.
    let pool: CoderPool | undefined;
    const ingest = ingestOn
      ? Promise.all([import('../../pipeline/default.js'), import('../../parallel/pool.js'), import('../../parallel/shared-resources.js')]).then(async ([{ createDocumentCoder }, { createCoderPool }, { sharedResourcesReady }]): Promise<IngestOptions> => {
        // The coding thread's shared tables are built off this thread, which keeps answering meanwhile.
        await sharedResourcesReady();
        pool = createCoderPool(1, { timeoutMs });
        return { enabled: true, token: token!, coder: { versions: createDocumentCoder().versions, code: pool.code } };
      })
      : undefined;
    store.catch(() => undefined);
    ingest?.catch(() => undefined);
    const { serve: listen } = await import('../../api/serve.js');
    const closeAll = async (): Promise<void> => {
      await pool?.close();
      await store.then((opened) => opened.close(), () => undefined);
    };
    const running = await listen({ store, port, host: values.host, allowedHosts: values['allowed-host'] ?? [], ...(ingest ? { ingest } : {}) }).catch(async (error: NodeJS.ErrnoException) => {
      await ingest?.catch(() => undefined);
      await closeAll();
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
      await ingest?.catch(() => undefined);
      await closeAll();
    }
    return EXIT.ok;
  },
});

/** The ingest token: `--token`, else the first line of `--token-file`, else `$CHRONICLE_TOKEN`. */
async function ingestToken(flag: string | undefined, file: string | undefined): Promise<string | undefined> {
  if (flag !== undefined && file !== undefined) throw new UsageError('give the token once: --token or --token-file.');
  if (file === undefined) return flag || process.env.CHRONICLE_TOKEN || undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new OperationalError(`cannot read --token-file ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.`);
  }
  const token = text.split(/\r?\n/)[0]!.trim();
  if (!token) throw new OperationalError(`--token-file ${file} is empty; put the token on its first line.`);
  return token;
}
