import { defineCommand } from '../command.js';
import { batchExit, EXIT, UsageError } from '../errors.js';
import { checkDate, INPUT_OPTIONS, inputsFrom, POSTGRES_OPTION, PUBLISHED_OPTION, wholeNumber } from '../options.js';
import { closest } from '../suggest.js';

const SUBCOMMANDS = ['add', 'status'] as const;

export const queue = defineCommand({
  name: 'queue',
  summary: 'Distributed mode: add inputs to the job queue in PostgreSQL, or show its jobs by state.',
  usage: ['queue add PATH... --db postgres://… [options]', 'queue status --db postgres://…'],
  description: [
    'PostgreSQL is the shared store and the job queue (pg-boss); run `chronicle worker` on any number of machines.',
    'Adding the same input twice adds one job. Each job gets its timeout (--job-timeout) when it is added: a job',
    'whose worker died comes back after it.',
    '',
    'status prints one JSON line: jobs pending, active, failed, completed and cancelled, the timeout new jobs get,',
    'and the active jobs with how long they have run (one far past the timeout belongs to a worker that died).',
    '',
    'Exit (add): 0 all added, 3 some inputs failed, 1 none could be read or PostgreSQL could not be reached.',
  ].join('\n'),
  options: {
    ...POSTGRES_OPTION, ...PUBLISHED_OPTION,
    'job-timeout': {
      type: 'string', value: 'SECONDS',
      help: 'queue add: seconds a job may run before a killed worker\'s job comes back, at least 2 (default: the queue\'s, 300 when it is created)',
    },
    ...INPUT_OPTIONS,
  },
  positionals: true,
  examples: [
    'queue add feeds/ crawl.warc.gz --db postgres://chronicle@db/chronicle',
    'queue add big.warc.gz --db postgres://chronicle@db/chronicle --job-timeout 900',
    'queue status --db postgres://chronicle@db/chronicle',
  ],
  async run({ values, positionals }) {
    const [sub, ...paths] = positionals;
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      const near = sub === undefined ? undefined : closest(sub, SUBCOMMANDS);
      throw new UsageError(`queue takes add or status, not '${sub ?? ''}'.${near ? ` Did you mean ${near}?` : ''}`);
    }
    if (!/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError('queue needs --db postgres://… (the shared store and queue), or $CHRONICLE_DB.');
    if (sub === 'add' && paths.length === 0) throw new UsageError('queue add needs at least one PATH.');
    if (sub === 'status' && paths.length > 0) throw new UsageError('queue status takes no PATH.');
    if (sub === 'status' && values['job-timeout'] !== undefined) throw new UsageError('--job-timeout is given to queue add: each job gets its timeout when it is added.');
    const published = checkDate(values.published, '--published');
    const jobTimeout = wholeNumber(values['job-timeout'], '--job-timeout', 2);
    const { openQueue } = await import('../../queue/index.js');
    // Each job carries its timeout from the moment it is added; without --job-timeout the queue keeps its own.
    const jobs = await openQueue(values.db, jobTimeout === undefined ? {} : { expireInSeconds: jobTimeout });
    try {
      if (sub === 'status') {
        process.stdout.write(`${JSON.stringify(await jobs.status())}\n`);
        return EXIT.ok;
      }
      const { isInputFailure, readInputs } = await import('../../ingest/readers/index.js');
      const counts = { added: 0, waiting: 0, failed: 0 };
      for await (const item of readInputs(paths, inputsFrom(values))) {
        if (isInputFailure(item)) {
          counts.failed++;
          process.stderr.write(`chronicle: ${item.uri}: failed: ${item.reason}\n`);
        } else if (await jobs.add(item, published)) counts.added++;
        else counts.waiting++;
      }
      process.stdout.write(`${JSON.stringify(counts)}\n`);
      return batchExit(counts.added + counts.waiting + counts.failed, counts.failed);
    } finally {
      await jobs.close();
    }
  },
});
