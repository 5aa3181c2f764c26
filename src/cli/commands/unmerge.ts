import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { DB_OPTION } from '../options.js';
import { withStore } from '../runtime.js';

export const unmerge = defineCommand({
  name: 'unmerge',
  summary: 'Split an event mention out of its canonical event; it stays apart after remerge.',
  usage: ['unmerge DOC_ID EVENT_ID [--db FILE]'],
  description: 'Prints the id of the mention\'s own canonical event.',
  options: DB_OPTION,
  positionals: true,
  examples: ['unmerge 2d117bf6bd591b931700ada4 2d117bf6bd591b931700ada4:3'],
  async run({ values, positionals }) {
    if (positionals.length !== 2) throw new UsageError('unmerge takes DOC_ID EVENT_ID (the doc_id and id of a stored event).');
    const [docId, eventId] = positionals as [string, string];
    process.stdout.write(`${await withStore(values.db, (store) => store.unmerge({ docId, eventId }))}\n`);
    return EXIT.ok;
  },
});
