import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { DICTIONARY_OPTION, DOC_TIMEOUT_OPTION, docTimeoutMs, POSTGRES_OPTION, PRECISE_OPTION, wholeNumber, WORKERS_OPTION } from '../options.js';
import { Progress } from '../progress.js';
import { dictionaryOptions, openCliStore } from '../runtime.js';

export const worker = defineCommand({
  name: 'worker',
  summary: 'Distributed mode: code jobs from the PostgreSQL queue into the shared store.',
  usage: ['worker --db postgres://… [options]'],
  description: [
    'A killed worker\'s jobs come back after the timeout they were added with (queue add --job-timeout), and each',
    'document is stored once; --doc-timeout limits the coding of one document. A worker outlives a restart of',
    'PostgreSQL: it says so on stderr, waits and reconnects, and hands back the jobs it held. Runs a killed',
    'worker left unfinished are marked interrupted. The worker that finds the queue drained applies what the',
    'batch taught the corpus memory and codes again the documents that change (recoded, replaced in its counts).',
    'Prints its counts as JSON when it stops.',
  ].join('\n'),
  options: {
    ...POSTGRES_OPTION, ...WORKERS_OPTION, ...DOC_TIMEOUT_OPTION, ...DICTIONARY_OPTION, ...PRECISE_OPTION,
    'exit-when-empty': { type: 'boolean', default: false, help: 'stop when the queue is empty instead of waiting for more' },
  },
  positionals: false,
  elsewhere: {
    'job-timeout': 'a job\'s timeout is stamped on it when it is added (queue add --job-timeout), so a worker cannot change it; --doc-timeout limits the coding of one document.',
  },
  examples: ['worker --db postgres://chronicle@db/chronicle --workers 2', 'worker --db postgres://chronicle@db/chronicle --exit-when-empty --doc-timeout 60'],
  async run({ values }) {
    if (!/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError('worker needs --db postgres://… (the shared store and queue), or $CHRONICLE_DB.');
    const timeoutMs = docTimeoutMs(values['doc-timeout']);
    const [{ openQueue, runWorker }, { createCoderPool, defaultWorkers }, { loadPeopleMemory }, { createDocumentCoder }] = await Promise.all([
      import('../../queue/index.js'), import('../../parallel/pool.js'), import('../../memory/index.js'), import('../../pipeline/default.js'),
    ]);
    const workers = wholeNumber(values.workers, '--workers', 1, 256) ?? defaultWorkers();
    const store = await openCliStore(values.db, { mustExist: false });
    // A job's timeout is stamped on it when it is added; expired jobs (a dead worker's) are looked
    // for every 10 s, so they come back soon after it.
    const queue = await openQueue(values.db, { maintenanceIntervalSeconds: 10 }).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    const memory = await loadPeopleMemory(store.db);
    const pool = createCoderPool(workers, { memory, timeoutMs, ...(values.dictionary ? { dictionaries: values.dictionary } : {}), ...(values.precise ? { precise: true } : {}) });
    const stop = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    const progress = new Progress(null, 'worker');
    for (const id of await store.closeAbandonedRuns()) process.stderr.write(`chronicle: run ${id} was left unfinished by a process that stopped; marked interrupted\n`);
    const runId = await store.startRun(createDocumentCoder({ ...(await dictionaryOptions(values.dictionary)), ...(values.precise ? { confidence: {} } : {}) }).versions);
    let counts: Awaited<ReturnType<typeof runWorker>> | undefined;
    try {
      counts = await runWorker({ queue, store, pool, runId, memory, exitWhenEmpty: values['exit-when-empty'], signal: stop.signal,
        onItem(outcome, uri, reason) {
          if (outcome !== 'coded' && outcome !== 'existing') process.stderr.write(`${progress.clearLine()}chronicle: ${uri}: ${outcome}: ${reason}\n`);
          progress.tick(outcome === 'failed' || outcome === 'retry');
        },
        onOutage(reason, retryInMs) {
          process.stderr.write(`${progress.clearLine()}chronicle: worker: the database is unavailable (${reason}); trying again in ${(retryInMs / 1000).toFixed(1)} s\n`);
        } });
      progress.finish();
      process.stdout.write(`${JSON.stringify({ run: runId, workers, ...counts })}\n`);
    } finally {
      // Finished even when stopped by a signal; a worker killed outright is marked interrupted by the next one.
      await store.finishRun(runId, { ...(counts ?? {}) }).catch(() => undefined);
      await pool.close();
      await queue.close().catch(() => undefined);
      await store.close();
    }
    return EXIT.ok;
  },
});
