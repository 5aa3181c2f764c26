import { readFileSync } from 'node:fs';
import type { BeamSettings, ParserModel } from '../parser/parser.js';
import type { TaggerModel } from '../tagger/tagger.js';
import { packModel, unpackModel, type StoredArray } from './file.js';
import { SparseLinearModel, type SparseLinearArrays, type SparseLinearTables } from './linear.js';

/** What a trained model says about itself (spaCy's meta.json idea): how it was made and how good it is. */
export interface SyntaxModelMeta {
  readonly name: string;
  readonly version: string;
  readonly created: string;
  readonly treebank: string;
  readonly licence: string;
  readonly command: string;
  readonly seed: number;
  readonly settings: Record<string, unknown>;
  /** Scores on the treebank's dev and test sets (gold tokens), from the training run. */
  readonly figures: Record<string, Record<string, number>>;
}

/** The tagger and parser of one release, loaded from one file. */
export interface SyntaxModel {
  readonly meta: SyntaxModelMeta;
  readonly tagger: TaggerModel;
  readonly parser: ParserModel;
}

/**
 * The file format this code writes for a model with a hashed part (format 2 otherwise, the same
 * without `hashBits`: every part keyed); it reads both. A model of another format is refused with the fix.
 */
export const SYNTAX_FORMAT = 3;
const READABLE_FORMATS = [2, SYNTAX_FORMAT];

interface Header {
  format: number;
  meta: SyntaxModelMeta;
  tags: string[];
  labels: string[];
  scales: Record<string, number>;
  classes: Record<string, number>;
  /** The parser's search (format 2 on). */
  beam: BeamSettings;
  /** Parts trained with the hashing trick, and their row bits (format 3 on; see SparseLinearModel). */
  hashBits?: Record<string, number>;
  /** Bytes made by `withoutWeightArrays`: readable only with the tables built from the whole model. */
  withoutWeights?: true;
}

const MODEL_PARTS = ['tagger', 'actions', 'arcLabels'] as const;

function linearArrays(prefix: string, model: SparseLinearModel): Record<string, StoredArray> {
  const a = model.arrays;
  return { [`${prefix}.keys`]: a.keys, [`${prefix}.offsets`]: a.offsets, [`${prefix}.classIds`]: a.classIds, [`${prefix}.values`]: a.values };
}

/** Serialises a model to bytes (see model/file.ts for the layout). */
export function serializeSyntaxModel(model: SyntaxModel): Buffer {
  const linear = { tagger: model.tagger.weights, actions: model.parser.actions, arcLabels: model.parser.arcLabels };
  const hashBits = Object.fromEntries(MODEL_PARTS.map((p) => [p, linear[p].arrays.hashBits ?? 0]));
  // A model with no hashed part is written as format 2, byte for byte what the released model's
  // training run wrote: the committed model stays reproducible by `npm run train:syntax`.
  const hashed = Object.values(hashBits).some((bits) => bits > 0);
  const header: Omit<Header, 'sections'> = {
    format: hashed ? SYNTAX_FORMAT : 2,
    meta: model.meta,
    tags: [...model.tagger.tags],
    labels: [...model.parser.labels],
    scales: Object.fromEntries(MODEL_PARTS.map((p) => [p, linear[p].arrays.scale])),
    classes: Object.fromEntries(MODEL_PARTS.map((p) => [p, linear[p].classes])),
    beam: model.parser.beam,
    ...(hashed ? { hashBits } : {}),
  };
  const ambiguityKeys = Uint32Array.from(model.tagger.ambiguity.keys());
  const ambiguityValues = Int32Array.from(model.tagger.ambiguity.values());
  return packModel(header, {
    ...linearArrays('tagger', linear.tagger),
    ...linearArrays('actions', linear.actions),
    ...linearArrays('arcLabels', linear.arcLabels),
    'ambiguity.keys': ambiguityKeys,
    'ambiguity.values': ambiguityValues,
  });
}

/**
 * Reads a model from bytes (a fresh or SharedArrayBuffer-backed Uint8Array starting on an 8-byte
 * boundary). Throws with the fix when the format is not this code's.
 */
export function deserializeSyntaxModel(bytes: Uint8Array, tables?: SyntaxModelTables): SyntaxModel {
  const { header, arrays } = unpackModel<Header>(bytes);
  if (!READABLE_FORMATS.includes(header.format)) {
    throw new Error(`the syntax model has format ${header.format}, this code reads format ${SYNTAX_FORMAT}; retrain it with \`npm run train:syntax\`.`);
  }
  if (header.withoutWeights && !tables) throw new Error('these model bytes carry no weights: read them with the tables built from the whole model.');
  const linear = (part: (typeof MODEL_PARTS)[number]) => SparseLinearModel.fromArrays({
    classes: header.classes[part]!, scale: header.scales[part]!,
    keys: arrays[`${part}.keys`] as Uint32Array, offsets: arrays[`${part}.offsets`] as Uint32Array,
    classIds: arrays[`${part}.classIds`] as Uint8Array, values: arrays[`${part}.values`] as Int16Array,
    hashBits: header.hashBits?.[part] ?? 0,
  } satisfies SparseLinearArrays, tables?.[part]);
  const keys = arrays['ambiguity.keys'] as Uint32Array;
  const values = arrays['ambiguity.values'] as Int32Array;
  const ambiguity = new Map<number, number>();
  keys.forEach((k, i) => ambiguity.set(k, values[i]!));
  return {
    meta: header.meta,
    tagger: { tags: header.tags, ambiguity, weights: linear('tagger') },
    parser: { labels: header.labels, actions: linear('actions'), arcLabels: linear('arcLabels'), beam: header.beam },
  };
}

/** The lookup tables of a loaded model's three linear parts, to share with worker threads. */
export type SyntaxModelTables = Readonly<Record<(typeof MODEL_PARTS)[number], SparseLinearTables>>;

/** The lookup tables of a loaded model (built on shared memory at load). */
export function syntaxModelTables(model: SyntaxModel): SyntaxModelTables {
  return { tagger: model.tagger.weights.tables, actions: model.parser.actions.tables, arcLabels: model.parser.arcLabels.tables };
}

/**
 * The bytes of a model without its weight arrays (the header and the tagger's ambiguity classes
 * alone, a few kilobytes), on shared memory: what a thread given the lookup tables built from the
 * whole model (`syntaxModelTables`) still needs to read it with `deserializeSyntaxModel(bytes,
 * tables)`. Scoring reads the tables only, so the 28 MB of stored arrays, which every thread kept
 * alive through its model's views of them, need not be kept once the tables are built. A model
 * read this way has empty `arrays` (its `size` is 0): it predicts, it cannot be saved again.
 */
export function withoutWeightArrays(bytes: Uint8Array): Uint8Array {
  const { header, arrays } = unpackModel<Header & { sections?: unknown }>(bytes);
  const { sections: _sections, ...rest } = header;
  const kept = Object.fromEntries(Object.entries(arrays).map(([name, array]) => [name, name.startsWith('ambiguity.') ? array : array.subarray(0, 0)]));
  const packed = packModel({ ...rest, withoutWeights: true }, kept);
  const shared = new Uint8Array(new SharedArrayBuffer(packed.length));
  shared.set(packed);
  return shared;
}

/** Reads the bytes of a model file into memory that worker threads can share (SharedArrayBuffer). */
export function readModelBytes(path: string): Uint8Array {
  const file = readFileSync(path);
  const shared = new Uint8Array(new SharedArrayBuffer(file.length));
  shared.set(file);
  return shared;
}
