import { defineCommand } from '../command.js';
import { batchExit, UsageError } from '../errors.js';
import { checkDate, DB_OPTION, DICTIONARY_OPTION, DOC_TIMEOUT_OPTION, docTimeoutMs, INPUT_OPTIONS, inputsFrom, PRECISE_OPTION, PUBLISHED_OPTION, wholeNumber, WORKERS_OPTION } from '../options.js';
import { Progress } from '../progress.js';
import { dictionaryOptions, openCliStore, readDocuments } from '../runtime.js';

export const ingest = defineCommand({
  name: 'ingest',
  summary: 'Code inputs into the store, on all cores; re-running adds nothing twice.',
  usage: ['ingest PATH... [options]'],
  description: [
    'PATH is a file, a folder (recursive), an http(s) URL, or - for standard input. A document already stored',
    '(same content) is not coded again; a near-duplicate (a wire copy) is stored and linked to its original.',
    'Bad inputs are reported by name on stderr, recorded in the store, and the batch goes on; so is a document',
    'that takes longer than --doc-timeout to code (its thread is replaced). In a folder, symbolic links that',
    'lead out of it are not read unless --follow-symlinks. Runs a killed ingest left unfinished are marked',
    'interrupted. Progress shows on a terminal; a one-line JSON summary goes to stdout.',
    '',
    'Exit: 0 all stored, 3 some inputs failed (the rest are stored), 1 nothing could be read.',
  ].join('\n'),
  options: { ...DB_OPTION, ...PUBLISHED_OPTION, ...WORKERS_OPTION, ...DOC_TIMEOUT_OPTION, ...DICTIONARY_OPTION, ...PRECISE_OPTION, ...INPUT_OPTIONS },
  positionals: true,
  examples: ['ingest examples/', 'ingest news.jsonl.gz feeds/ --db news.db --workers 2', 'ingest crawl.warc.gz --db postgres://user@host/chronicle'],
  async run({ values, positionals }) {
    if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (a file, folder, URL, or - for stdin).');
    const published = checkDate(values.published, '--published');
    const timeoutMs = docTimeoutMs(values['doc-timeout']);
    const [{ ingestStream }, { defaultWorkers }, { coderVersionsInThread }] = await Promise.all([
      import('../../ingest/run-ingest.js'), import('../../parallel/pool.js'), import('../../parallel/versions.js'),
    ]);
    const workers = wholeNumber(values.workers, '--workers', 1, 256) ?? defaultWorkers();
    // The files are read here first: a bad one is reported (with its warnings) before anything starts.
    const coderOptions = { ...(await dictionaryOptions(values.dictionary)), ...(values.precise ? { confidence: {} } : {}) };
    // Coding on worker threads, this thread never imports the pipeline: the stage versions are read
    // in a short-lived thread (parallel/versions.ts). Coding here, it loads the pipeline anyway.
    const versions = workers > 1 || timeoutMs !== undefined
      ? await coderVersionsInThread(values.dictionary ?? [], values.precise)
      : (await import('../../pipeline/default.js')).createDocumentCoder(coderOptions).versions;
    const store = await openCliStore(values.db, { mustExist: false });
    const progress = new Progress(null, 'ingest');
    try {
      const { runId, counts } = await ingestStream(readDocuments(positionals, { published, ...inputsFrom(values) }), {
        store, workers, versions, timeoutMs, ...(values.dictionary ? { dictionaries: values.dictionary } : {}), ...(values.precise ? { precise: true } : {}),
        onItem(outcome, uri, reason, events) {
          if (outcome === 'failed' || outcome === 'skipped') process.stderr.write(`${progress.clearLine()}chronicle: ${uri}: ${outcome}: ${reason}\n`);
          else if (outcome === 'coded' && events === 0) process.stderr.write(`${progress.clearLine()}chronicle: ${uri}: coded, but no events found\n`);
          progress.tick(outcome === 'failed');
        },
      });
      progress.finish();
      if (counts.inputs === 0) process.stderr.write(`chronicle: no article found in ${positionals.join(', ')}\n`);
      process.stdout.write(`${JSON.stringify({ db: values.db, run: runId, workers, ...counts })}\n`);
      return batchExit(counts.inputs, counts.failed);
    } finally {
      await store.close();
    }
  },
});
