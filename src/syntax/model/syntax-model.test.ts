import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu.js';
import { parse, trainParser } from '../parser/parser.js';
import { tagIds, trainTagger } from '../tagger/tagger.js';
import { packModel, unpackModel, type StoredArray } from './file.js';
import { deserializeSyntaxModel, serializeSyntaxModel, syntaxModelTables, SYNTAX_FORMAT, withoutWeightArrays, type SyntaxModel } from './syntax-model.js';

const FIXTURE = resolve(import.meta.dirname, '../../../test/fixtures/syntax/news.conllu');
const treebank = parseConllu(readFileSync(FIXTURE, 'utf8')).map((s) => ({
  forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos),
  tags: s.words.map((w) => `${w.upos}|${w.xpos}`), heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel),
}));

/** Bytes as the loader gets them: a fresh buffer starting on an 8-byte boundary. */
const aligned = (bytes: Uint8Array) => {
  const out = new Uint8Array(new SharedArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
};

describe('syntax model file', () => {
  const tagger = trainTagger(treebank, { epochs: 2, seed: 1, ambiguityMinCount: 1, pruneBelow: 0 });
  const parser = { ...trainParser(treebank, { epochs: 2, seed: 1, beamWidth: 4, exploreFrom: 2, explore: 0.9, pruneBelow: 0 }), beam: { width: 4, margin: 12.5 } };
  const model: SyntaxModel = {
    meta: { name: 'test', version: '0.0.1', created: '2026-01-01', treebank: 'fixture', licence: 'MIT', command: 'test', seed: 1, settings: {}, figures: {} },
    tagger, parser,
  };

  it('builds its lookup tables on shared memory, and a second reader over them tags and parses the same', () => {
    const bytes = aligned(serializeSyntaxModel(model));
    const first = deserializeSyntaxModel(bytes);
    const tables = syntaxModelTables(first);
    for (const part of Object.values(tables)) expect(part.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    const second = deserializeSyntaxModel(bytes, tables);
    expect(second.tagger.weights.tables.slots).toBe(tables.tagger.slots);
    for (const s of treebank) {
      expect([...tagIds(second.tagger, s.forms)]).toEqual([...tagIds(first.tagger, s.forms)]);
      expect(parse(second.parser, s)).toEqual(parse(first.parser, s));
    }
  });

  it('reads a model from its bytes without the weight arrays and the tables built from the whole: tags and parses the same', () => {
    for (const parserOfModel of [parser, { ...trainParser(treebank, { epochs: 1, seed: 1, beamWidth: 4, exploreFrom: 2, explore: 0.9, pruneBelow: 0, actionHashBits: 12 }), beam: { width: 4, margin: 12.5 } }]) {
      const bytes = aligned(serializeSyntaxModel({ ...model, parser: parserOfModel }));
      const first = deserializeSyntaxModel(bytes);
      const tables = syntaxModelTables(first);
      const slim = withoutWeightArrays(bytes);
      expect(slim.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(slim.length).toBeLessThan(bytes.length / 4);
      const second = deserializeSyntaxModel(slim, tables);
      expect(second.meta).toEqual(first.meta);
      expect(second.tagger.ambiguity).toEqual(first.tagger.ambiguity);
      expect(second.parser.beam).toEqual(first.parser.beam);
      for (const s of treebank) {
        expect([...tagIds(second.tagger, s.forms)]).toEqual([...tagIds(first.tagger, s.forms)]);
        expect(parse(second.parser, s)).toEqual(parse(first.parser, s));
      }
      // Without the arrays nothing says how large the tables are, and without tables there are no weights.
      expect(() => deserializeSyntaxModel(slim, { ...tables, tagger: { slots: new Int32Array(3 * 1000), entries: new Int32Array(0) } })).toThrow(/do not fit/);
      expect(() => deserializeSyntaxModel(slim)).toThrow(/no weights/);
    }
  });

  it('refuses a file that is not a model, or a cut one, with a clear message', () => {
    const bytes = aligned(serializeSyntaxModel(model));
    expect(() => deserializeSyntaxModel(aligned(new Uint8Array([1, 2])))).toThrow(/not a Chronicle syntax model/);
    expect(() => deserializeSyntaxModel(aligned(bytes.subarray(0, 40)))).toThrow(/not a Chronicle syntax model/);
  });

  it('refuses tables built for another model', () => {
    const bytes = aligned(serializeSyntaxModel(model));
    const tables = syntaxModelTables(deserializeSyntaxModel(bytes));
    expect(() => deserializeSyntaxModel(bytes, { ...tables, tagger: { slots: new Int32Array(3), entries: new Int32Array(0) } })).toThrow(/do not fit/);
  });

  it('reads back the model it wrote: beam, tags and parses unchanged', () => {
    const loaded = deserializeSyntaxModel(aligned(serializeSyntaxModel(model)));
    expect(loaded.parser.beam).toEqual({ width: 4, margin: 12.5 });
    expect(loaded.meta).toEqual(model.meta);
    for (const s of treebank) {
      expect([...tagIds(loaded.tagger, s.forms)]).toEqual([...tagIds(tagger, s.forms)]);
      expect(parse(loaded.parser, s)).toEqual(parse(parser, s));
    }
  });

  it('writes and reads an action model trained with the hashing trick, and shares its rows with another reader', () => {
    const hashedParser = { ...trainParser(treebank, { epochs: 2, seed: 1, beamWidth: 4, exploreFrom: 2, explore: 0.9, pruneBelow: 0, actionHashBits: 12 }), beam: { width: 4, margin: 12.5 } };
    expect(hashedParser.actions.arrays.hashBits).toBe(12);
    const bytes = aligned(serializeSyntaxModel({ ...model, parser: hashedParser }));
    const first = deserializeSyntaxModel(bytes);
    const tables = syntaxModelTables(first);
    expect(tables.actions.slots.length).toBe(2 * 2 ** 12);
    expect(tables.actions.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    const second = deserializeSyntaxModel(bytes, tables);
    expect(second.parser.actions.tables.slots).toBe(tables.actions.slots);
    for (const s of treebank) {
      expect(parse(first.parser, s)).toEqual(parse(hashedParser, s));
      expect(parse(second.parser, s)).toEqual(parse(hashedParser, s));
    }
  });

  it('reads a model of format 2 (no hashing trick) as before', () => {
    const current = unpackModel<Record<string, unknown>>(aligned(serializeSyntaxModel(model)));
    const { format: _format, hashBits: _hashBits, sections: _sections, ...rest } = current.header;
    const formatTwo = aligned(packModel({ ...rest, format: 2 }, current.arrays as Record<string, StoredArray>));
    const loaded = deserializeSyntaxModel(formatTwo);
    for (const s of treebank) expect(parse(loaded.parser, s)).toEqual(parse(parser, s));
  });

  it('refuses a model of another format and says how to mend it', () => {
    const old = packModel({ format: 1 }, {});
    expect(() => deserializeSyntaxModel(aligned(old))).toThrow(/format 1.*npm run train:syntax/);
    expect(() => deserializeSyntaxModel(aligned(packModel({ format: SYNTAX_FORMAT + 1 }, {})))).toThrow(/format 4.*npm run train:syntax/);
  });
});
