import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { sharedArray, StringIndex, StringList, type StringIndexArrays, type StringListArrays } from '../core/shared-table.js';
import { pieces } from './gazetteer.js';
import { resourceDir } from './resource.js';
import type { KbCity } from './types.js';

/**
 * The world gazetteer as arrays in shared memory (see src/core/shared-table.ts): built once per
 * process and handed to its worker threads (`WorldPlaces.shared()`, `WorldPlaces.useShared()`),
 * so each thread reads one copy instead of building its own name index (about 20 MB of heap a
 * thread; `npx tsx bench/resource-memory.ts`).
 */
export interface WorldPlacesTables {
  readonly version: string;
  readonly maxPieces: number;
  readonly names: StringListArrays;
  /** ISO 3166-1 alpha-3 codes, three code units a row. */
  readonly countries: Uint16Array;
  readonly population: Uint32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly kind: Uint8Array;
  /** Every spelling (name and alternates) → its rows, most populous first. */
  readonly byName: StringIndexArrays;
  /**
   * Every proper prefix of a spelling that ends where one of its gazetteer pieces ends ("Mazar",
   * "Mazar-", "Mazar-i", "Beled"): a lookup that reads a name piece by piece stops at the first
   * run of pieces no spelling goes on from. The values mean nothing.
   */
  readonly prefixes: StringIndexArrays;
}

/** A spelling of more than one gazetteer piece has a character that is not a letter, mark or digit. */
const MANY_PIECES = /[^\p{L}\p{M}\p{N}]/u;

/** The proper piece prefixes of the spellings (see `WorldPlacesTables.prefixes`). */
function piecePrefixes(spellings: readonly (readonly [string, number])[]): Set<string> {
  const out = new Set<string>();
  for (const [name] of spellings) {
    if (!MANY_PIECES.test(name)) continue;
    const ps = pieces(name);
    for (let k = 0; k + 1 < ps.length; k++) out.add(name.slice(0, ps[k]!.end));
  }
  return out;
}

/**
 * The world gazetteer of towns and cities (resources/kb/places.tsv.gz, built from GeoNames by
 * scripts/build-places.ts): ~105k places of 1,000 people or more with the spellings news uses.
 * It is read on first use, not at start-up, into arrays on shared memory (`WorldPlacesTables`),
 * and costs nothing in a process that never meets a capitalised word the built-in tables do not
 * know.
 */
export class WorldPlaces {
  readonly version: string;
  /** Longest spelling, in gazetteer pieces ("Mazar-i-Sharif" is five). */
  readonly maxPieces: number;
  readonly tables: WorldPlacesTables;
  private readonly names: StringList;
  private readonly byName: StringIndex;
  private readonly prefixes: StringIndex;

  private constructor(tables: WorldPlacesTables) {
    this.tables = tables;
    this.version = tables.version;
    this.maxPieces = tables.maxPieces;
    this.names = StringList.over(tables.names);
    this.byName = StringIndex.over(tables.byName);
    this.prefixes = StringIndex.over(tables.prefixes);
  }

  /** Reads the file's text into tables on shared memory. */
  static parse(text: string): WorldPlaces {
    let at = 0;
    const header = new Map<string, string>();
    while (text.startsWith('# ', at)) {
      const end = text.indexOf('\n', at);
      const [key, value] = text.slice(at + 2, end).split(': ') as [string, string];
      header.set(key, value);
      at = end + 1;
    }
    const body = text.slice(at).split('\n');
    if (body[body.length - 1] === '') body.pop();
    const rows = body.length;
    const names: string[] = [];
    const countries = sharedArray(Uint16Array, rows * 3);
    const population = sharedArray(Uint32Array, rows);
    const lat = sharedArray(Float32Array, rows);
    const lon = sharedArray(Float32Array, rows);
    const kind = sharedArray(Uint8Array, rows);
    const spellings: [string, number][] = [];
    // Rows come most populous first, so each name's list is in the order homonyms are tried.
    body.forEach((line, i) => {
      const [name, others, country, pop, latitude, longitude, k] = line.split('\t') as [string, string, string, string, string, string, string];
      if (country.length !== 3) throw new Error(`places.tsv.gz row ${i + 1} has country ${JSON.stringify(country)}, not a three-letter code: rebuild it with scripts/build-places.ts.`);
      names.push(name);
      for (let c = 0; c < 3; c++) countries[i * 3 + c] = country.charCodeAt(c);
      population[i] = Number(pop);
      lat[i] = Number(latitude);
      lon[i] = Number(longitude);
      kind[i] = k.charCodeAt(0);
      spellings.push([name, i]);
      if (others) for (const n of others.split('|')) spellings.push([n, i]);
    });
    return new WorldPlaces({
      version: `places@${header.get('version') ?? 'unknown'}`,
      maxPieces: Number(header.get('max-pieces') ?? 9),
      names: StringList.build(names).arrays, countries, population, lat, lon, kind,
      byName: StringIndex.build(spellings).arrays,
      prefixes: StringIndex.build(Array.from(piecePrefixes(spellings), (prefix) => [prefix, 0] as const)).arrays,
    });
  }

  private static loaded: WorldPlaces | null | undefined;

  static path(): string {
    return join(resourceDir(), 'places.tsv.gz');
  }

  /** The world gazetteer, loaded on first call (or the tables a parent thread gave); null when the file is not shipped. */
  static get(): WorldPlaces | null {
    if (WorldPlaces.loaded === undefined) {
      const path = WorldPlaces.path();
      WorldPlaces.loaded = existsSync(path) ? WorldPlaces.parse(gunzipSync(readFileSync(path)).toString('utf8')) : null;
    }
    return WorldPlaces.loaded;
  }

  /** This thread's gazetteer as shared tables for worker threads (loads it if it is not loaded yet); null without the file. */
  static shared(): WorldPlacesTables | null {
    return WorldPlaces.get()?.tables ?? null;
  }

  /** Makes this thread use the tables another thread loaded (a worker given its parent's `WorldPlaces.shared()`). */
  static useShared(tables: WorldPlacesTables | null): void {
    WorldPlaces.loaded ??= tables === null ? null : new WorldPlaces(tables);
  }

  /** Ids (`geo:<row>`) of the places with this exact spelling, most populous first. */
  idsNamed(name: string): string[] {
    const rows = this.byName.get(name);
    return rows === undefined ? [] : Array.from(rows, (i) => `geo:${i}`);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Rows of the places with this exact spelling, most populous first (a view of shared memory: read it, never write it). */
  rowsNamed(name: string): Uint32Array | undefined {
    return this.byName.get(name);
  }

  /** Population of row `row` (no city record built). */
  populationOf(row: number): number {
    return this.tables.population[row]!;
  }

  /** Whether some spelling goes on, by one piece or more, from `prefix` (a run of whole pieces). */
  continuesFrom(prefix: string): boolean {
    return this.prefixes.has(prefix);
  }

  /** The place of an id as a city record of the knowledge base. */
  city(id: string): KbCity | undefined {
    const i = Number(id.slice(4));
    if (!id.startsWith('geo:') || !Number.isInteger(i) || i < 0 || i >= this.names.length) return undefined;
    const { countries, lat, lon, population, kind } = this.tables;
    return {
      kind: 'city', id, name: this.names.get(i), countryCode: String.fromCharCode(countries[i * 3]!, countries[i * 3 + 1]!, countries[i * 3 + 2]!),
      lat: Math.round(lat[i]! * 1000) / 1000, lon: Math.round(lon[i]! * 1000) / 1000, population: population[i]!, province: '', capital: kind[i] === 67, // 'C'
      ...(kind[i] === 82 ? { region: true as const } : {}), // 'R'
    };
  }
}

/**
 * `places@<version>` from the file's header without loading the gazetteer (the first kilobytes
 * inflated), so the knowledge base can stamp its provenance at start-up; `places@none` without it.
 */
export function worldPlacesVersion(): string {
  const path = WorldPlaces.path();
  if (!existsSync(path)) return 'places@none';
  const head = gunzipSync(readFileSync(path).subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  return `places@${/^# version: (.+)$/m.exec(head)?.[1] ?? 'unknown'}`;
}
