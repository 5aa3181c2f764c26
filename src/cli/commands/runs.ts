import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { DB_OPTION } from '../options.js';
import { withStore } from '../runtime.js';

export const runs = defineCommand({
  name: 'runs',
  summary: 'The ingest runs with their stage versions and counts, or what changed between two runs.',
  usage: ['runs [--db FILE]', 'runs diff FROM_RUN TO_RUN [--db FILE]'],
  description: 'diff lists the events added and removed per document and type between two runs that coded the same documents.',
  options: DB_OPTION,
  positionals: true,
  examples: ['runs --db news.db', 'runs diff 0c1e… 7f3a… --db news.db'],
  async run({ values, positionals }) {
    const [sub, ...ids] = positionals;
    if (sub !== undefined && sub !== 'diff') throw new UsageError(`runs takes nothing or 'diff FROM_RUN TO_RUN', not '${sub}'.`);
    if (sub === 'diff' && ids.length !== 2) throw new UsageError('runs diff takes FROM_RUN TO_RUN (ids from `chronicle runs`).');
    const out = await withStore<unknown>(values.db, (store) => (sub === 'diff' ? store.diffRuns(ids[0]!, ids[1]!) : store.listRuns()));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  },
});
