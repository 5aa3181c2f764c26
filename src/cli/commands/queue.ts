import { defineCommand } from '../command.js';
import { batchExit, EXIT, UsageError } from '../errors.js';
import { checkDate, INPUT_OPTIONS, POSTGRES_OPTION, PUBLISHED_OPTION, wholeNumber } from '../options.js';
import { closest } from '../suggest.js';

const SUBCOMMANDS = ['add', 'status'] as const;

/** `--job-timeout`, shared with `worker`: how long a job may run before another worker may take it. */
export const JOB_TIMEOUT_OPTION = {
  'job-timeout': { type: 'string', default: '300', value: 'SECONDS', help: 'seconds a job may run before a killed worker\'s job comes back (at least 2)' },
} as const;

export const queue = defineCommand({
  name: 'queue',
  summary: 'Distributed mode: add inputs to the job queue in PostgreSQL, or show how many wait.',
  usage: ['queue add PATH... --db postgres://… [options]', 'queue status --db postgres://…'],
  description: [
    'PostgreSQL is the shared store and the job queue (pg-boss); run `chronicle worker` on any number of machines.',
    'Adding the same input twice adds one job.',
    '',
    'Exit (add): 0 all added, 3 some inputs failed, 1 none could be read.',
  ].join('\n'),
  options: { ...POSTGRES_OPTION, ...PUBLISHED_OPTION, ...JOB_TIMEOUT_OPTION, ...INPUT_OPTIONS },
  positionals: true,
  examples: ['queue add feeds/ crawl.warc.gz --db postgres://chronicle@db/chronicle', 'queue status --db postgres://chronicle@db/chronicle'],
  async run({ values, positionals }) {
    const [sub, ...paths] = positionals;
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      const near = sub === undefined ? undefined : closest(sub, SUBCOMMANDS);
      throw new UsageError(`queue takes add or status, not '${sub ?? ''}'.${near ? ` Did you mean ${near}?` : ''}`);
    }
    if (!/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError('queue needs --db postgres://… (the shared store and queue), or $CHRONICLE_DB.');
    if (sub === 'add' && paths.length === 0) throw new UsageError('queue add needs at least one PATH.');
    if (sub === 'status' && paths.length > 0) throw new UsageError('queue status takes no PATH.');
    const published = checkDate(values.published, '--published');
    const jobTimeout = wholeNumber(values['job-timeout'], '--job-timeout', 2)!;
    const { openQueue } = await import('../../queue/index.js');
    // Each job carries its timeout from the moment it is added: a job whose worker died comes back after it.
    const jobs = await openQueue(values.db, { expireInSeconds: jobTimeout });
    try {
      if (sub === 'status') {
        process.stdout.write(`${JSON.stringify({ pending: await jobs.pending() })}\n`);
        return EXIT.ok;
      }
      const { isInputFailure, readInputs } = await import('../../ingest/readers/index.js');
      const allowPrivateNetworks = values['allow-private-networks'] || process.env.CHRONICLE_ALLOW_PRIVATE_NETWORKS === '1';
      const counts = { added: 0, waiting: 0, failed: 0 };
      for await (const item of readInputs(paths, allowPrivateNetworks ? { allowPrivateNetworks } : {})) {
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
