import { lexeme } from './lexical.js';
import { deserializeSyntaxModel, readModelBytes, type SyntaxModel } from './model/syntax-model.js';
import { parse } from './parser/parser.js';
import { repairNominalConjuncts } from './repair.js';
import { resourcePath } from './resource-path.js';
import { splitTag, tagIds } from './tagger/tagger.js';

/** The analysis of one word: tags and its dependency (head as a 0-based word index, -1 for the root). */
export interface WordAnalysis {
  readonly upos: string;
  readonly xpos: string;
  readonly head: number;
  readonly deprel: string;
}

/** File name of the released model under resources/syntax. */
export const SYNTAX_MODEL_FILE = 'syntax/en-ewt.model';

let shared: Uint8Array | undefined;
let loaded: SyntaxModel | undefined;

/**
 * The model bytes, read once per process into a SharedArrayBuffer. The main thread passes them to
 * worker threads (`useSyntaxModelBytes`), so every thread maps one copy of the weights.
 */
export function syntaxModelBytes(): Uint8Array {
  shared ??= readModelBytes(resourcePath(SYNTAX_MODEL_FILE));
  return shared;
}

/** Makes this thread use model bytes read elsewhere (a worker given the main thread's shared buffer). */
export function useSyntaxModelBytes(bytes: Uint8Array): void {
  if (loaded) return;
  shared = bytes;
}

/** The released syntax model, loaded lazily once per thread. */
export function syntaxModel(): SyntaxModel {
  loaded ??= deserializeSyntaxModel(syntaxModelBytes());
  return loaded;
}

/**
 * Tags and parses one sentence of words. `externalTags` are wink-nlp's tags of the same words
 * (see external-tags.ts), an input feature of the tagger.
 */
export function analyseWords(forms: readonly string[], externalTags: readonly string[], model: SyntaxModel = syntaxModel()): WordAnalysis[] {
  if (forms.length === 0) return [];
  const ids = tagIds(model.tagger, forms, externalTags);
  const tags = [...ids].map((id) => splitTag(model.tagger.tags[id]!));
  const tree = parse(model.parser, { forms, xpos: tags.map((t) => t.xpos), upos: tags.map((t) => t.upos) });
  return repairNominalConjuncts(tags.map((t, i) => ({ upos: t.upos, xpos: t.xpos, head: tree.heads[i]! - 1, deprel: tree.labels[i]! })));
}

/** Warms the lexeme cache and model (for benchmarks that time steady state). */
export function warmSyntax(): void {
  syntaxModel();
  lexeme('the');
}
