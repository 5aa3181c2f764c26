import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { filterFrom, FILTER_OPTIONS } from '../options.js';
import { withStore } from '../runtime.js';

export const stats = defineCommand({
  name: 'stats',
  summary: 'Event counts per period and type, per pair of sides, or deaths per month.',
  usage: ['stats [FILTERS] [--by day|week|month | --dyads | --fatalities]'],
  description: 'One JSON object per line. --fatalities sums the headline death toll of each canonical event once.',
  options: {
    ...FILTER_OPTIONS,
    by: { type: 'string', default: 'month', value: 'PERIOD', choices: ['day', 'week', 'month'], help: 'events per period and type' },
    dyads: { type: 'boolean', default: false, help: 'events per pair of sides, cooperation and conflict apart' },
    fatalities: { type: 'boolean', default: false, help: 'deaths per month' },
  },
  positionals: false,
  examples: ['stats --by week --since 2022-09', 'stats --dyads --type ASSAULT', 'stats --fatalities --actor SDN'],
  async run({ values }) {
    if (values.dyads && values.fatalities) throw new UsageError('give one of --dyads and --fatalities.');
    const filter = filterFrom(values);
    const rows = await withStore<readonly object[]>(values.db, (store) => values.dyads ? store.dyadCounts(filter)
      : values.fatalities ? store.fatalitiesByMonth(filter) : store.countEvents({ ...filter, by: values.by }));
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    return EXIT.ok;
  },
});
