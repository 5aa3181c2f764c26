import { defineCommand } from '../command.js';
import { EXIT, OperationalError, UsageError } from '../errors.js';
import { filterFrom, FILTER_OPTIONS } from '../options.js';
import { withStore } from '../runtime.js';

export const canonical = defineCommand({
  name: 'canonical',
  summary: 'Events merged across articles (one per real-world event), with their sources.',
  usage: ['canonical [FILTERS]', 'canonical ID [--db FILE]'],
  description: 'Without ID: one JSON object per line. With ID: that event with every mention and why each was linked.',
  options: FILTER_OPTIONS,
  positionals: true,
  examples: ['canonical --type ASSAULT --min-sources 2', 'canonical c:1b2e9f --db news.db'],
  async run({ values, positionals }) {
    if (positionals.length > 1) throw new UsageError(`canonical takes at most one ID, not ${positionals.length}.`);
    const filter = filterFrom(values);
    const [id] = positionals;
    await withStore(values.db, async (store) => {
      if (id !== undefined) {
        const found = await store.getCanonicalEvent(id);
        if (!found) throw new OperationalError(`no canonical event '${id}' in ${values.db}.`);
        process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        return;
      }
      for (const event of await store.queryCanonicalEvents(filter)) process.stdout.write(`${JSON.stringify(event)}\n`);
    });
    return EXIT.ok;
  },
});
