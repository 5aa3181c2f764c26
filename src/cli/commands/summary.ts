import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { DB_OPTION } from '../options.js';
import { withStore } from '../runtime.js';

export const summary = defineCommand({
  name: 'summary',
  summary: 'Totals: documents (coded, skipped, failed), events per type, runs, failed inputs.',
  usage: ['summary [--db FILE]'],
  options: DB_OPTION,
  positionals: false,
  examples: ['summary --db news.db'],
  async run({ values }) {
    process.stdout.write(`${JSON.stringify(await withStore(values.db, (store) => store.summary()), null, 2)}\n`);
    return EXIT.ok;
  },
});
