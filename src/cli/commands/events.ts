import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { filterFrom, FILTER_OPTIONS } from '../options.js';
import { EVENT_FORMATS, printEvents, withStore } from '../runtime.js';

export const events = defineCommand({
  name: 'events',
  summary: 'Query the stored events.',
  usage: ['events [FILTERS] [--format F]'],
  description: [
    'Dates filter by overlap with each event\'s precision window: --since 2022-09 keeps an event dated "2022".',
    'Every record carries `source` (the article\'s own id, url, title, outlet, published); `csv` is the',
    'same table as `export --format csv`.',
  ].join('\n'),
  options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'jsonl', value: 'F', choices: EVENT_FORMATS, help: 'jsonl|json|table|explain|csv' } },
  positionals: false,
  examples: ['events --type ASSAULT --actor ARM --since 2022-09 --format table', 'events --db news.db --format csv > events.csv'],
  async run({ values }) {
    const filter = filterFrom(values);
    await withStore(values.db, async (store) => {
      // CSV is the export's table (the same columns, canonical events included), streamed.
      if (values.format === 'csv') {
        const { exportEvents } = await import('../../export/index.js');
        await exportEvents(store, 'csv', '-', filter);
      } else await printEvents(await store.queryEvents(filter), values.format);
    });
    return EXIT.ok;
  },
});
