import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { resourceDir } from './resource.js';
import type { KbCity } from './types.js';

/**
 * The world gazetteer of towns and cities (resources/kb/places.tsv.gz, built from GeoNames by
 * scripts/build-places.ts): ~105k places of 1,000 people or more with the spellings news uses.
 * It is read on first use, not at start-up, and kept as parallel typed arrays and one name index
 * (about 20 MB of heap once loaded; README, "Dependencies and why"), and costs nothing in a
 * process that never meets a capitalised word the built-in tables do not know.
 */
export class WorldPlaces {
  readonly version: string;
  /** Longest spelling, in gazetteer pieces ("Mazar-i-Sharif" is five). */
  readonly maxPieces: number;
  private readonly names: string[] = [];
  private readonly countries: string[] = [];
  private readonly population: Uint32Array;
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly kind: Uint8Array;
  /** Spelling → row, or rows when several places share it (most share none: a number saves an array each). */
  private readonly byName = new Map<string, number | number[]>();

  private constructor(text: string) {
    let at = 0;
    const header = new Map<string, string>();
    while (text.startsWith('# ', at)) {
      const end = text.indexOf('\n', at);
      const [key, value] = text.slice(at + 2, end).split(': ') as [string, string];
      header.set(key, value);
      at = end + 1;
    }
    this.version = `places@${header.get('version') ?? 'unknown'}`;
    this.maxPieces = Number(header.get('max-pieces') ?? 9);
    const body = text.slice(at).split('\n');
    if (body[body.length - 1] === '') body.pop();
    this.population = new Uint32Array(body.length);
    this.lat = new Float32Array(body.length);
    this.lon = new Float32Array(body.length);
    this.kind = new Uint8Array(body.length);
    // Rows come most populous first, so each name's list is in the order homonyms are tried.
    body.forEach((line, i) => {
      const [name, others, country, population, lat, lon, kind] = line.split('\t') as [string, string, string, string, string, string, string];
      this.names.push(name);
      this.countries.push(country);
      this.population[i] = Number(population);
      this.lat[i] = Number(lat);
      this.lon[i] = Number(lon);
      this.kind[i] = kind.charCodeAt(0);
      this.index(name, i);
      if (others) for (const n of others.split('|')) this.index(n, i);
    });
  }

  private index(name: string, row: number): void {
    const seen = this.byName.get(name);
    if (seen === undefined) this.byName.set(name, row);
    else if (typeof seen === 'number') this.byName.set(name, [seen, row]);
    else seen.push(row);
  }

  private static loaded: WorldPlaces | null | undefined;

  static path(): string {
    return join(resourceDir(), 'places.tsv.gz');
  }

  /** The world gazetteer, loaded on first call; null when the file is not shipped. */
  static get(): WorldPlaces | null {
    if (WorldPlaces.loaded === undefined) {
      const path = WorldPlaces.path();
      WorldPlaces.loaded = existsSync(path) ? new WorldPlaces(gunzipSync(readFileSync(path)).toString('utf8')) : null;
    }
    return WorldPlaces.loaded;
  }

  /** Ids (`geo:<row>`) of the places with this exact spelling, most populous first. */
  idsNamed(name: string): string[] {
    const rows = this.byName.get(name);
    return rows === undefined ? [] : typeof rows === 'number' ? [`geo:${rows}`] : rows.map((i) => `geo:${i}`);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The place of an id as a city record of the knowledge base. */
  city(id: string): KbCity | undefined {
    const i = Number(id.slice(4));
    if (!id.startsWith('geo:') || !Number.isInteger(i) || i < 0 || i >= this.names.length) return undefined;
    return {
      kind: 'city', id, name: this.names[i]!, countryCode: this.countries[i]!, lat: Math.round(this.lat[i]! * 1000) / 1000,
      lon: Math.round(this.lon[i]! * 1000) / 1000, population: this.population[i]!, province: '', capital: this.kind[i] === 67, // 'C'
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
