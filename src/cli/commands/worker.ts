import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { DICTIONARY_OPTION, POSTGRES_OPTION, wholeNumber, WORKERS_OPTION } from '../options.js';
import { Progress } from '../progress.js';
import { openCliStore } from '../runtime.js';
import { JOB_TIMEOUT_OPTION } from './queue.js';

export const worker = defineCommand({
  name: 'worker',
  summary: 'Distributed mode: code jobs from the PostgreSQL queue into the shared store.',
  usage: ['worker --db postgres://… [options]'],
  description: 'A killed worker\'s jobs come back after --job-timeout and each document is stored once. Prints its counts as JSON when it stops.',
  options: {
    ...POSTGRES_OPTION, ...WORKERS_OPTION, ...JOB_TIMEOUT_OPTION, ...DICTIONARY_OPTION,
    'exit-when-empty': { type: 'boolean', default: false, help: 'stop when the queue is empty instead of waiting for more' },
  },
  positionals: false,
  examples: ['worker --db postgres://chronicle@db/chronicle --workers 2', 'worker --db postgres://chronicle@db/chronicle --exit-when-empty'],
  async run({ values }) {
    const jobTimeout = wholeNumber(values['job-timeout'], '--job-timeout', 2)!;
    if (!/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError('worker needs --db postgres://… (the shared store and queue), or $CHRONICLE_DB.');
    const [{ openQueue, runWorker }, { createCoderPool, defaultWorkers }, { loadPeopleMemory }, { createDocumentCoder }] = await Promise.all([
      import('../../queue/index.js'), import('../../parallel/pool.js'), import('../../memory/index.js'), import('../../pipeline/default.js'),
    ]);
    const workers = wholeNumber(values.workers, '--workers', 1, 256) ?? defaultWorkers();
    const store = await openCliStore(values.db, { mustExist: false });
    // A job whose worker died comes back to the queue after --job-timeout seconds.
    const queue = await openQueue(values.db, { expireInSeconds: jobTimeout, maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.floor(jobTimeout / 2))) });
    const memory = await loadPeopleMemory(store.db);
    const pool = createCoderPool(workers, { memory, ...(values.dictionary ? { dictionaries: values.dictionary } : {}) });
    const stop = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    const progress = new Progress(null, 'worker');
    const runId = await store.startRun(createDocumentCoder().versions);
    try {
      const counts = await runWorker({ queue, store, pool, runId, memory, exitWhenEmpty: values['exit-when-empty'], signal: stop.signal,
        onItem(outcome, uri, reason) {
          if (outcome !== 'coded' && outcome !== 'existing') process.stderr.write(`${progress.clearLine()}chronicle: ${uri}: ${outcome}: ${reason}\n`);
          progress.tick(outcome === 'failed' || outcome === 'retry');
        } });
      progress.finish();
      await store.finishRun(runId, { ...counts });
      process.stdout.write(`${JSON.stringify({ run: runId, workers, ...counts })}\n`);
    } finally {
      await pool.close();
      await queue.close();
      await store.close();
    }
    return EXIT.ok;
  },
});
