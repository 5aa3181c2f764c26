import { readFileSync } from 'node:fs';
import { defineCommand } from '../command.js';
import { EXIT, OperationalError, UsageError } from '../errors.js';
import { INPUT_OPTIONS } from '../options.js';
import { readDocuments } from '../runtime.js';

export const parse = defineCommand({
  name: 'parse',
  summary: 'Print the tagger and dependency parser\'s analysis as CoNLL-U, of an article or of a CoNLL-U file.',
  usage: ['parse PATH [options]', 'parse --conllu FILE'],
  description: [
    'With a PATH (text, HTML, any input `code` reads) the cleaned text is split into sentences and tokens and each sentence is tagged and parsed; the output gives every token its lemma, universal and Penn tags, head and relation, and in MISC its character range in the cleaned text.',
    '',
    'With --conllu the sentences and tokens of a CoNLL-U file (or - for standard input) are kept exactly; UPOS, HEAD and DEPREL are predicted and every other column is copied — the standard way to compare parsers (score with any CoNLL 2018 evaluator).',
  ].join('\n'),
  options: {
    conllu: { type: 'boolean', default: false, help: 'read CoNLL-U and re-analyse its tokens instead of reading an article' },
    ...INPUT_OPTIONS,
  },
  positionals: true,
  examples: ['parse examples/azerbaijan-releases-17-prisoners.txt', 'parse --conllu en_ewt-ud-test.conllu > predicted.conllu'],
  async run({ values, positionals }) {
    if (positionals.length !== 1) throw new UsageError(`parse takes exactly one PATH, not ${positionals.length}.`);
    const { formatConllu } = await import('../../syntax/conllu.js');
    if (values.conllu) {
      const { parseConllu, ConlluError, spaceAfter } = await import('../../syntax/conllu.js');
      const { analyseWords } = await import('../../syntax/analyse.js');
      const { layoutWords, winkTagsForWords } = await import('../../syntax/external-tags.js');
      const path = positionals[0]!;
      let text: string;
      try {
        text = readFileSync(path === '-' ? 0 : path, 'utf8');
      } catch (error) {
        throw new OperationalError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      }
      let sentences;
      try {
        sentences = parseConllu(text);
      } catch (error) {
        if (error instanceof ConlluError) throw new OperationalError(`${path}: ${error.message}`);
        throw error;
      }
      for (const sentence of sentences) {
        const forms = sentence.words.map((w) => w.form);
        const { text: laid, starts } = layoutWords(forms, sentence.words.map(spaceAfter));
        const analysis = analyseWords(forms, winkTagsForWords(laid, starts));
        sentence.words.forEach((w, i) => {
          const a = analysis[i]!;
          w.upos = a.upos;
          w.head = a.head + 1;
          w.deprel = a.deprel;
        });
      }
      process.stdout.write(formatConllu(sentences));
      return EXIT.ok;
    }
    const { createPipeline } = await import('../../core/pipeline.js');
    const { clean } = await import('../../stages/clean/index.js');
    const { sentences } = await import('../../stages/sentences/index.js');
    const { syntax } = await import('../../stages/syntax/index.js');
    const { docToConllu } = await import('../../syntax/conllu-doc.js');
    const pipeline = createPipeline([clean(), sentences(), syntax()], { onStageError: 'record' });
    let found = false;
    for await (const item of readDocuments(positionals, { allowPrivateNetworks: values['allow-private-networks'] })) {
      if (!('raw' in item)) {
        process.stderr.write(`chronicle: ${item.uri}: ${item.reason}\n`);
        return EXIT.failed;
      }
      found = true;
      const { failedStage } = pipeline.run(item);
      if (failedStage) {
        process.stderr.write(`chronicle: ${item.source.uri}: the ${failedStage} stage failed on this input\n`);
        return EXIT.failed;
      }
      process.stdout.write(`# newdoc id = ${item.source.uri}\n${formatConllu(docToConllu(item))}`);
    }
    if (!found) {
      process.stderr.write(`chronicle: ${positionals[0]}: no article found in this input\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
});
