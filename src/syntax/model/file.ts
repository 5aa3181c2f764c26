/**
 * The on-disk form of a trained syntax model: a JSON header (tag set, labels, metadata, where
 * each array lies) followed by the raw little-endian typed arrays, each starting on an 8-byte
 * boundary. Loading is one read and a set of typed-array views — no parsing of weights — and the
 * bytes can sit in a SharedArrayBuffer that worker threads map without copying.
 */

const MAGIC = 'CHRONICLE-SYNTAX\n';

type ArrayKind = 'u8' | 'i16' | 'i32' | 'u32' | 'f32';
export type StoredArray = Uint8Array | Int16Array | Int32Array | Uint32Array | Float32Array;

interface Section {
  readonly name: string;
  readonly kind: ArrayKind;
  readonly offset: number;
  readonly length: number;
}

function kindOf(array: StoredArray): ArrayKind {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Int16Array) return 'i16';
  if (array instanceof Int32Array) return 'i32';
  if (array instanceof Uint32Array) return 'u32';
  return 'f32';
}

function view(buffer: ArrayBufferLike, kind: ArrayKind, offset: number, length: number): StoredArray {
  switch (kind) {
    case 'u8': return new Uint8Array(buffer, offset, length);
    case 'i16': return new Int16Array(buffer, offset, length);
    case 'i32': return new Int32Array(buffer, offset, length);
    case 'u32': return new Uint32Array(buffer, offset, length);
    case 'f32': return new Float32Array(buffer, offset, length);
  }
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** Serialises a header object and named arrays into one buffer. */
export function packModel(header: object, arrays: Readonly<Record<string, StoredArray>>): Buffer {
  const magic = Buffer.from(MAGIC, 'utf8');
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    sections.push({ name, kind: kindOf(array), offset, length: array.length });
    offset = align(offset + array.byteLength);
  }
  const headerBytes = Buffer.from(JSON.stringify({ ...header, sections }), 'utf8');
  const dataStart = align(magic.length + 4 + headerBytes.length);
  const out = Buffer.alloc(dataStart + offset);
  magic.copy(out, 0);
  out.writeUInt32LE(headerBytes.length, magic.length);
  headerBytes.copy(out, magic.length + 4);
  for (const section of sections) {
    const array = arrays[section.name]!;
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, dataStart + section.offset);
  }
  return out;
}

/**
 * Reads a packed model from bytes that start on an 8-byte boundary of their ArrayBuffer (a fresh
 * or shared buffer). Arrays are views into those bytes.
 */
export function unpackModel<H>(bytes: Uint8Array): { header: H; arrays: Record<string, StoredArray> } {
  const notModel = (why: string) => new Error(`not a Chronicle syntax model (${why}); retrain it with \`npm run train:syntax\`.`);
  if (bytes.length < MAGIC.length + 4) throw notModel(`${bytes.length} bytes`);
  const magic = Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).toString('utf8');
  if (magic !== MAGIC) throw notModel('bad magic');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + MAGIC.length, 4).getUint32(0, true);
  if (MAGIC.length + 4 + headerLength > bytes.length) throw notModel('truncated header');
  const headerStart = bytes.byteOffset + MAGIC.length + 4;
  const header = JSON.parse(Buffer.from(bytes.buffer, headerStart, headerLength).toString('utf8')) as H & { sections: Section[] };
  const dataStart = bytes.byteOffset + align(MAGIC.length + 4 + headerLength);
  if (dataStart % 8 !== 0) throw new Error('model bytes must start on an 8-byte boundary.');
  const arrays: Record<string, StoredArray> = {};
  for (const s of header.sections) {
    // A truncated file: a section that runs past the end.
    if (dataStart + s.offset > bytes.byteOffset + bytes.length) throw notModel(`section ${s.name} past the end of the file`);
    arrays[s.name] = view(bytes.buffer, s.kind, dataStart + s.offset, s.length);
  }
  return { header, arrays };
}
