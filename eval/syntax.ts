/**
 * Syntax section of `npm run eval`: how Chronicle's sentence splitter and tokeniser agree with UD
 * English EWT (dev and test, raw paragraph text), and the tagger and parser figures of the
 * released model (gold tokens; test is scored once per release by `npm run train:syntax`).
 *
 *   npx tsx eval/syntax.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../src/core/document.js';
import { parseConllu, sentenceText, spaceAfter, type ConlluSentence } from '../src/syntax/conllu.js';
import { layoutWords } from '../src/syntax/external-tags.js';
import { sentences } from '../src/stages/sentences/index.js';
import { paragraphSpans } from '../src/stages/sentences/paragraphs.js';
import { ROOT, sharedPath } from './paths.js';

export interface SegmentationScores {
  readonly set: string;
  readonly paragraphs: number;
  readonly tokens: { precision: number; recall: number; f1: number };
  readonly sentences: { precision: number; recall: number; f1: number };
}

/** Paragraph texts of a CoNLL-U file with gold token and sentence spans (sentences joined by one space). */
function paragraphsOf(sentences: readonly ConlluSentence[]): { text: string; tokens: Set<string>; ends: Set<number> }[] {
  const out: { text: string; tokens: Set<string>; ends: Set<number> }[] = [];
  let current: { text: string; tokens: Set<string>; ends: Set<number> } | undefined;
  for (const s of sentences) {
    if (!current || s.comments.some((c) => c.startsWith('# newpar') || c.startsWith('# newdoc'))) {
      current = { text: '', tokens: new Set(), ends: new Set() };
      out.push(current);
    }
    if (current.text.length > 0) current.text += ' ';
    const offset = current.text.length;
    const forms = s.words.map((w) => w.form);
    const { text, starts } = layoutWords(forms, s.words.map(spaceAfter));
    // Prefer the sentence's own text when it lays out the same way (it does for all but a few).
    const own = sentenceText(s);
    const sentence = own !== undefined && own.length === text.length ? own : text;
    current.text += sentence;
    starts.forEach((start, i) => current!.tokens.add(`${offset + start}:${offset + start + forms[i]!.length}`));
    current.ends.add(offset + sentence.length);
  }
  return out;
}

function prf(found: number, gold: number, right: number) {
  const precision = found === 0 ? 0 : right / found;
  const recall = gold === 0 ? 0 : right / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Runs the sentences stage on each paragraph of a treebank file and scores tokens and sentence ends. */
export function scoreSegmentation(file: string, set: string): SegmentationScores {
  const paragraphs = paragraphsOf(parseConllu(readFileSync(file, 'utf8')));
  // One document, paragraphs separated by blank lines, so the stage splits them as it splits articles.
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const doc = createDoc('ewt', { uri: file, format: 'text' }, text);
  doc.text = text;
  doc.paragraphs = paragraphSpans(text);
  sentences().run(doc, { report: () => {} });
  const goldTokens = new Set<string>();
  const goldEnds = new Set<number>();
  let offset = 0;
  for (const p of paragraphs) {
    for (const t of p.tokens) {
      const [a, b] = t.split(':').map(Number);
      goldTokens.add(`${a! + offset}:${b! + offset}`);
    }
    for (const e of p.ends) goldEnds.add(e + offset);
    offset += p.text.length + 2;
  }
  const ourTokens = doc.tokens.map((t) => `${t.start}:${t.end}`);
  const ourEnds = doc.sentences.map((s) => s.span.end);
  return {
    set,
    paragraphs: paragraphs.length,
    tokens: prf(ourTokens.length, goldTokens.size, ourTokens.filter((t) => goldTokens.has(t)).length),
    sentences: prf(ourEnds.length, goldEnds.size, ourEnds.filter((e) => goldEnds.has(e)).length),
  };
}

export interface SyntaxEvaluation {
  readonly segmentation: SegmentationScores[];
  readonly meta: { version: string; figures: Record<string, Record<string, number>>; settings: Record<string, unknown>; bytes: number } | null;
}

export function evaluateSyntax(): SyntaxEvaluation | null {
  const dir = sharedPath('treebank/ud-english-ewt');
  if (!existsSync(dir)) return null;
  const segmentation = (['dev', 'test'] as const).map((set) => scoreSegmentation(resolve(dir, `en_ewt-ud-${set}.conllu`), set));
  const metaPath = resolve(ROOT, 'resources/syntax/en-ewt.meta.json');
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) as SyntaxEvaluation['meta'] : null;
  return { segmentation, meta };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function formatSyntaxMarkdown(result: SyntaxEvaluation | null): string {
  if (!result) return '### Syntax (UD English EWT)\n\nSkipped: ../shared/treebank/ud-english-ewt is absent.';
  const lines = [
    '### Syntax (UD English EWT)',
    '',
    'Sentence splitting and tokenisation of raw paragraph text (each EWT paragraph rebuilt from its sentences, one space between them), scored on exact token spans and sentence ends. Run alone: `npx tsx eval/syntax.ts`.',
    '',
    '| set | paragraphs | tokens P / R / F1 | sentence ends P / R / F1 |',
    '| --- | ---: | --- | --- |',
    ...result.segmentation.map((s) => `| ${s.set} | ${s.paragraphs} | ${pct(s.tokens.precision)} / ${pct(s.tokens.recall)} / **${pct(s.tokens.f1)}** | ${pct(s.sentences.precision)} / ${pct(s.sentences.recall)} / **${pct(s.sentences.f1)}** |`),
  ];
  if (result.meta) {
    const f = result.meta.figures;
    lines.push('', `Tagger and parser, model ${result.meta.version} (${(result.meta.bytes / 1e6).toFixed(1)} MB), gold tokens, CoNLL 2018 measures (punctuation included; LAS on universal relations, "LAS full" with subtypes) — figures written by \`npm run train:syntax\` into resources/syntax/en-ewt.meta.json:`, '',
      '| set | words | UPOS | XPOS | UAS | LAS | LAS full |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...Object.entries(f).map(([set, s]) => `| ${set} | ${s.words} | ${pct(s.upos!)} | ${pct(s.xpos!)} | **${pct(s.uas!)}** | **${pct(s.las!)}** | ${pct(s.lasFull!)} |`));
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${formatSyntaxMarkdown(evaluateSyntax())}\n`);
}
