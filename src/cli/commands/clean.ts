import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { INPUT_OPTIONS } from '../options.js';
import { readDocuments } from '../runtime.js';

export const clean = defineCommand({
  name: 'clean',
  summary: 'Print the cleaned main text of one page or text file: what the coder reads.',
  usage: ['clean PATH [options]'],
  description: 'Page furniture (menus, share buttons, "More to explore") and the title are left out; paragraphs are separated by a blank line.',
  options: { ...INPUT_OPTIONS },
  positionals: true,
  examples: ['clean examples/azerbaijan-releases-17-prisoners.txt', 'clean https://example.org/news/article.html'],
  async run({ values, positionals }) {
    if (positionals.length !== 1) throw new UsageError(`clean takes exactly one PATH, not ${positionals.length}.`);
    for await (const item of readDocuments(positionals, { allowPrivateNetworks: values['allow-private-networks'] })) {
      if (!('raw' in item)) {
        process.stderr.write(`chronicle: ${item.uri}: ${item.reason}\n`);
        return EXIT.failed;
      }
      const { cleanInput } = await import('../../stages/clean/index.js');
      process.stdout.write(`${cleanInput(item.raw, item.source.format).text}\n`);
      return EXIT.ok;
    }
    process.stderr.write(`chronicle: ${positionals[0]}: no article found in this input\n`);
    return EXIT.failed;
  },
});
