/**
 * A variant of a trained model with a smaller action table, made in seconds instead of a training
 * run, to measure what a smaller table would cost in accuracy and gain in speed before training
 * one (docs/syntax.md, "Third round"):
 *
 *   npx tsx scripts/syntax/action-table-variant.ts --prune 1 --out FILE [--model FILE]
 *   npx tsx scripts/syntax/action-table-variant.ts --fold 20 --out FILE [--model FILE]
 *
 * `--prune T` drops the action weights below T (in the model's averaged units, as a higher
 * `pruneBelow` at export would); `--fold BITS` folds the keyed table into 2^BITS hashed rows (the
 * hashing trick, SparseLinearModel `hashBits`), adding up the weights of the features that share a
 * row, without the retraining that would let the model adapt to the collisions. Then measure the
 * variant with `scripts/syntax/beam-sweep.ts --model FILE` (accuracy) and, copied into a checkout's
 * resources/syntax, `scripts/syntax/compare-speed.ts` (speed). The other parts are kept as they are.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../../eval/paths.js';
import { SparseLinearModel, type SparseLinearArrays } from '../../src/syntax/model/linear.js';
import { deserializeSyntaxModel, readModelBytes, serializeSyntaxModel } from '../../src/syntax/model/syntax-model.js';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: resolve(ROOT, 'resources/syntax/en-ewt.model') },
    prune: { type: 'string' },
    fold: { type: 'string' },
    out: { type: 'string' },
  },
});
if (!args.out || (args.prune === undefined) === (args.fold === undefined)) {
  throw new Error('usage: npx tsx scripts/syntax/action-table-variant.ts (--prune T | --fold BITS) --out FILE [--model FILE]');
}

const model = deserializeSyntaxModel(readModelBytes(args.model!));
const from = model.parser.actions.arrays;
if (from.hashBits) throw new Error(`${args.model} already has a hashed action table.`);

/** Rows of (key, weight per class) as sparse arrays, zero weights left out. */
function sparse(rows: Iterable<[number, ArrayLike<number>]>, scale: number, hashBits: number): SparseLinearArrays {
  const keys: number[] = [], offsets: number[] = [0], classIds: number[] = [], values: number[] = [];
  for (const [key, weights] of rows) {
    const start = values.length;
    for (let k = 0; k < from.classes; k++) {
      if (weights[k] !== 0) {
        classIds.push(k);
        values.push(weights[k]!);
      }
    }
    if (values.length > start) {
      keys.push(key);
      offsets.push(values.length);
    }
  }
  return {
    classes: from.classes, scale, hashBits,
    keys: Uint32Array.from(keys), offsets: Uint32Array.from(offsets), classIds: Uint8Array.from(classIds), values: Int16Array.from(values),
  };
}

function* weightsOf(): Generator<[number, Int32Array]> {
  for (let r = 0; r < from.keys.length; r++) {
    const weights = new Int32Array(from.classes);
    for (let e = from.offsets[r]!; e < from.offsets[r + 1]!; e++) weights[from.classIds[e]!] = from.values[e]!;
    yield [from.keys[r]!, weights];
  }
}

let arrays: SparseLinearArrays;
if (args.prune !== undefined) {
  const cut = Number(args.prune) * from.scale;
  arrays = sparse([...weightsOf()].map(([key, w]) => [key, w.map((v) => (Math.abs(v) >= cut ? v : 0))]), from.scale, 0);
} else {
  const bits = Number(args.fold);
  const rows = new Float64Array((1 << bits) * from.classes);
  for (const [key, w] of weightsOf()) {
    const row = key & ((1 << bits) - 1);
    for (let k = 0; k < from.classes; k++) rows[row * from.classes + k]! += w[k]!;
  }
  // Sums can pass the 16 bits of a weight: scale the whole table down if they do.
  const largest = rows.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const shrink = largest > 32767 ? 32767 / largest : 1;
  const folded = function* (): Generator<[number, number[]]> {
    for (let row = 0; row < 1 << bits; row++) {
      yield [row, Array.from(rows.subarray(row * from.classes, (row + 1) * from.classes), (v) => Math.round(v * shrink))];
    }
  };
  arrays = sparse(folded(), from.scale * shrink, bits);
}
const actions = SparseLinearModel.fromArrays(arrays);
writeFileSync(args.out, serializeSyntaxModel({ ...model, parser: { ...model.parser, actions } }));
process.stdout.write(`${args.out}: ${arrays.keys.length} action rows (of ${from.keys.length} features), lookup table ${(actions.tables.slots.byteLength / 1e6).toFixed(1)} MB (was ${(model.parser.actions.tables.slots.byteLength / 1e6).toFixed(1)} MB)\n`);
