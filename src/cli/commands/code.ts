import type { CodedEvent } from '../../core/document.js';
import { defineCommand } from '../command.js';
import { batchExit, UsageError } from '../errors.js';
import { checkDate, DICTIONARY_OPTION, INPUT_OPTIONS, inputsFrom, PRECISE_OPTION, PUBLISHED_OPTION } from '../options.js';
import { dictionaryOptions, EVENT_FORMATS, printEvents, readDocuments } from '../runtime.js';

export const code = defineCommand({
  name: 'code',
  summary: 'Code articles without a database and print their events.',
  usage: ['code PATH... [options]'],
  description: [
    'PATH is a file (.txt .html .jsonl[.gz] .rss .atom .xml .warc[.gz]), a folder, an http(s) URL, or - for',
    'standard input. Events go to stdout; problems with an input go to stderr, one line each, and',
    'the other inputs are still coded. `--format table` is the explain view: the evidence',
    'highlighted and why each field was chosen.',
  ].join('\n'),
  options: {
    ...PUBLISHED_OPTION,
    format: { type: 'string', default: 'jsonl', value: 'F', choices: EVENT_FORMATS, help: 'jsonl|json|table|explain|csv' },
    ...DICTIONARY_OPTION,
    ...PRECISE_OPTION,
    ...INPUT_OPTIONS,
  },
  positionals: true,
  examples: [
    'code examples/azerbaijan-releases-17-prisoners.txt --format table',
    'code story.txt --published 2022-10-04 --format csv > events.csv',
    'code https://example.org/news/article.html',
  ],
  async run({ values, positionals }) {
    if (positionals.length === 0) throw new UsageError('code needs at least one PATH (a file, folder, URL, or - for stdin).');
    const published = checkDate(values.published, '--published');
    const { createDocumentCoder } = await import('../../pipeline/default.js');
    const coder = createDocumentCoder({ onStageError: 'record', ...(await dictionaryOptions(values.dictionary)), ...(values.precise ? { confidence: {} } : {}) });
    const all: CodedEvent[] = [];
    let inputs = 0;
    let failed = 0;
    for await (const item of readDocuments(positionals, { published, ...inputsFrom(values) })) {
      inputs++;
      if (!('raw' in item)) {
        failed++;
        process.stderr.write(`chronicle: ${item.uri}: failed: ${item.reason}\n`);
        continue;
      }
      const status = coder.code(item);
      if (status.status === 'failed') failed++;
      if (status.status !== 'coded') process.stderr.write(`chronicle: ${item.source.uri}: ${status.status}: ${status.reason}\n`);
      else if (item.events.length === 0) {
        process.stderr.write(`chronicle: ${item.source.uri}: no events found in ${item.sentences.length} sentence${item.sentences.length === 1 ? '' : 's'}\n`);
      }
      for (const d of item.diagnostics.filter((d) => d.severity === 'warning')) process.stderr.write(`chronicle: ${item.source.uri}: warning ${d.ruleId}: ${d.reason}\n`);
      all.push(...item.events);
    }
    if (inputs === 0) process.stderr.write(`chronicle: no article found in ${positionals.join(', ')}\n`);
    // `code --format table` is the explain view: events with evidence and reasons.
    await printEvents(all, values.format === 'table' ? 'explain' : values.format);
    return batchExit(inputs, failed);
  },
});
