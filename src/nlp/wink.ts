import { existsSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of the process. LIBRARIES.md: a second `winkNLP(model)` in one
 * process breaks custom entities, so every stage shares this one. The model is required on first
 * use, not imported: a thread that only reads and writes (the main thread of a multi-worker
 * ingest) never loads it.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

/**
 * The annotations Chronicle reads: sentence boundaries and tags (tokens, lemmas and spaces come with
 * every document). wink's default pipe also runs its negation, sentiment, entity and custom-entity
 * recognisers, which no stage reads; leaving them out makes `readDoc` cheaper and changes no
 * token, tag, lemma or sentence (wink's tagger does not read them; docs/benchmarks.md, "Syntax,
 * sentences and clean stage speed"). A stage that needs wink's entities or custom entities adds
 * them here.
 */
const WINK_PIPE = ['sbd', 'pos'];

export function wink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const create = require('wink-nlp') as typeof winkNLP;
    instance = create(pipeModel(require), WINK_PIPE);
  }
  return instance;
}

/**
 * The models wink-nlp builds when it is created whatever the pipe, by the annotation that reads
 * each, and an empty stand-in: its named entity, sentiment and negation automata (1.6 MB of heap a
 * thread, measured with `node --expose-gc` after `gc()`) are built and kept although only an
 * annotation in the pipe ever runs them. An annotation added to WINK_PIPE gets its real model.
 */
const UNUSED_MODELS = [
  { annotation: 'ner', model: 'ner', standIn: () => ({ machines: [], transformers: [] }) },
  { annotation: 'sentiment', model: 'sa', standIn: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }) },
  { annotation: 'negation', model: 'negation', standIn: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }) },
] as const;

/** An automaton that recognises nothing, in wink-nlp's `importJSON` format (its own `emptyModelJSON`). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** Where wink-eng-lite-web-model keeps its core model, from its main module. */
const CORE_MODEL_JSON = 'languages/cur/models/eng-core-web-model.json';

/**
 * wink-eng-lite-web-model for WINK_PIPE. Its core model (lexicon, features) is a 3 MB JSON file
 * that the package `require`s and keeps for good, only to deep-copy it once (`JSON.parse(
 * JSON.stringify(original))`) into the model wink-nlp uses: two copies a thread, the first never
 * read again (3.3 MB of heap, among it the 1.9 MB base64 lexicon string). The module cache is
 * given, for that one file and while the package loads, an object whose `toJSON` reads the file
 * afresh: the copy is made from it, and what the package keeps is the small object. When the
 * package does not have the file where this version has it, it is loaded as it is.
 */
function pipeModel(require: NodeJS.Require): typeof model {
  const main = require.resolve('wink-eng-lite-web-model');
  const core = join(dirname(main), CORE_MODEL_JSON);
  const stub = !(core in require.cache) && existsSync(core);
  if (stub) {
    const entry = new Module(core);
    entry.filename = core;
    entry.loaded = true;
    entry.exports = { toJSON: () => JSON.parse(readFileSync(core, 'utf8')) as unknown };
    require.cache[core] = entry;
  }
  try {
    const full = require('wink-eng-lite-web-model') as typeof model & Record<string, unknown>;
    const lean = Object.assign(Object.create(null) as Record<string, unknown>, full);
    for (const unused of UNUSED_MODELS) if (!WINK_PIPE.includes(unused.annotation)) lean[unused.model] = unused.standIn;
    return lean as typeof model;
  } finally {
    if (stub) delete require.cache[core];
  }
}

export const WINK_MODEL_VERSION = 'wink-eng-lite-web-model@1.8';

/** Words each lemma memo keeps before it starts again. */
const LEMMA_CACHE_LIMIT = 20_000;

/** `read` remembered per word, at most LEMMA_CACHE_LIMIT words (cleared when full: a long run meets new words forever). */
function memoPerWord<T>(read: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const value = read(word);
    if (cache.size >= LEMMA_CACHE_LIMIT) cache.clear();
    cache.set(word, value);
    return value;
  };
}

/**
 * wink-nlp's lemma of a lower-cased word read on its own. For a word wink first took for a name
 * (a capitalised sentence opener: "Protests broke out", "Rebels seized …") and so left
 * unlemmatised, once the tagger has said it is a common noun or a verb.
 */
export const lemmaOfWord = memoPerWord((word: string): string => {
  const nlp = wink();
  return ((nlp.readDoc(word).tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[])[0] ?? word).toLowerCase();
});

/** wink's part of speech and lemma of the second word of `text`, when it reads exactly two tokens. */
function secondWord(text: string): { pos: string; lemma: string } | undefined {
  const nlp = wink();
  const tokens = nlp.readDoc(text).tokens();
  const pos = tokens.out(nlp.its.pos) as string[];
  const lemmas = tokens.out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
  // Two tokens exactly: a word wink splits ("can't") is left alone.
  return pos.length === 2 ? { pos: pos[1]!, lemma: lemmas[1]!.toLowerCase() } : undefined;
}

/**
 * The base of a past-tense or participle form read as a verb ("shot" → "shoot", "fled" → "flee"),
 * for a word wink took for a noun or adjective in its sentence and so left as it is ("Police shot
 * dead …" with "shot" a noun). wink lemmatises by its own tag, so the word is read after a subject
 * ("they shot"), where it can only be a verb; if wink still does not read a verb, the word stays.
 */
export const lemmaOfPastVerb = memoPerWord((word: string): string => {
  const read = secondWord(`they ${word}`);
  return read?.pos === 'VERB' ? read.lemma : word;
});

/**
 * Whether a lower-cased word is only ever a verb's past ("fought", "froze", "fled", "took"): wink reads it as an
 * irregular past (not a regular "-ed" form) after a subject and still as a verb right after "the", where any noun or adjective would be read
 * as one ("the shot", "the lost" are not), and it is no verb's base form too ("hit", "set").
 */
export const isPastOnly = memoPerWord((word: string): boolean => {
  const base = lemmaOfPastVerb(word);
  if (!/^\p{Ll}+$/u.test(word) || base === word || isVerbBase(word)) return false;
  // A regular "-ed" form is read as a verb after "the" too, though it is as often an adjective ("the outlawed party").
  const regular = [`${base}ed`, `${base}d`, `${base}${base.slice(-1)}ed`, `${base.slice(0, -1)}ied`].includes(word);
  return !regular && secondWord(`the ${word}`)?.pos === 'VERB';
});

/**
 * Whether a word is a verb's base form as well as, maybe, another verb's past ("lay": "they lay
 * wreaths" beside "bodies lay in the street"; "spread", "hit"): wink reads its third person
 * ("it lays") as that verb. "shot", "fled" have none.
 */
export const isVerbBase = memoPerWord((word: string): boolean => {
  const third = /(s|sh|ch|x|z)$/.test(word) ? `${word}es` : `${word}s`;
  const read = secondWord(`it ${third}`);
  return read?.pos === 'VERB' && read.lemma === word;
});
