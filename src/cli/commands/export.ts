import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { filterFrom, FILTER_OPTIONS } from '../options.js';
import { withStore } from '../runtime.js';

/** The export formats (src/export); listed here too so `--help` needs no export code. */
const FORMATS = ['csv', 'jsonl', 'parquet', 'geojson', 'gdelt'] as const;

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export the stored events: CSV, PLOVER JSONL, Parquet, GeoJSON or a GDELT-like table.',
  usage: ['export [FILTERS] [--format F] [--out FILE|-]'],
  description: 'Streams page by page, so a store of millions of events exports in bounded memory. The row count goes to stderr.',
  options: {
    ...FILTER_OPTIONS,
    format: { type: 'string', default: 'csv', value: 'F', choices: FORMATS, help: 'csv|jsonl|parquet|geojson|gdelt' },
    out: { type: 'string', default: '-', value: 'FILE|-', help: 'where to write (- is stdout)' },
  },
  positionals: false,
  examples: ['export --format parquet --out events.parquet', 'export --format gdelt --since 2022-09 --actor ARM > events.tsv'],
  async run({ values }) {
    if (values.format === 'parquet' && values.out === '-' && process.stdout.isTTY) throw new UsageError('Parquet is binary: give --out FILE.parquet.');
    const filter = filterFrom(values);
    const { exportEvents } = await import('../../export/index.js');
    const { rows } = await withStore(values.db, (store) => exportEvents(store, values.format, values.out, filter));
    process.stderr.write(`chronicle: exported ${rows} rows\n`);
    return EXIT.ok;
  },
});
