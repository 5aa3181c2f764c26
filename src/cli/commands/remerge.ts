import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { DB_OPTION } from '../options.js';
import { withStore } from '../runtime.js';

export const remerge = defineCommand({
  name: 'remerge',
  summary: 'Merge every event mention into canonical events again, from scratch.',
  usage: ['remerge [--db FILE]'],
  description: 'Prints the totals as JSON. The same store always gives the same canonical events.',
  options: DB_OPTION,
  positionals: false,
  examples: ['remerge --db news.db'],
  async run({ values }) {
    process.stdout.write(`${JSON.stringify(await withStore(values.db, (store) => store.remerge()))}\n`);
    return EXIT.ok;
  },
});
