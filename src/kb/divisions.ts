import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readResource, resourceDir, type ResourceHeader } from './resource.js';

/** A first- or second-order administrative division of a state (resources/kb/divisions.tsv.gz). */
export interface Division {
  readonly name: string;
  readonly countryCode: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly level: 1 | 2;
}

/** "Shupīyan" → "shupiyan": the key exact lookups use (case, marks and apostrophes do not count). */
export function divisionKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The consonants of a name (not "y", "w"), first letter kept, doubled letters once: "Shopian" and "Shupiyan" are
 * both "shpn", "Baramulla" and "Baramula" "brml". English news romanises names of South Asia,
 * Africa and the Middle East with other vowels and glides than GeoNames does; their consonants
 * mostly agree. Only read within a state the text already points to (see `divisionsLike`).
 */
export function looseKey(name: string): string {
  const letters = divisionKey(name).replace(/[^a-z]/g, '');
  if (letters.length === 0) return '';
  const rest = letters.slice(1).replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
  return letters[0] + rest;
}

interface Tables { readonly exact: Map<string, Division[]>; readonly loose: Map<string, Division[]> }

let loaded: Tables | null | undefined;

function tables(): Tables | null {
  if (loaded !== undefined) return loaded;
  const path = join(resourceDir(), 'divisions.tsv.gz');
  if (!existsSync(path)) return (loaded = null);
  const exact = new Map<string, Division[]>();
  const loose = new Map<string, Division[]>();
  const add = (map: Map<string, Division[]>, key: string, d: Division): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(d)) list.push(d);
    map.set(key, list);
  };
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (line === '' || line.startsWith('# ')) continue;
    const [name, others, countryCode, lat, lon, level] = line.split('\t') as [string, string, string, string, string, string];
    const d: Division = { name, countryCode, lat: lat === '' ? null : Number(lat), lon: lon === '' ? null : Number(lon), level: level === '1' ? 1 : 2 };
    for (const n of [name, ...(others ? others.split('|') : [])]) {
      add(exact, divisionKey(n), d);
      const key = looseKey(n);
      // Three consonants or fewer name too many places to be told apart by their sound.
      if (key.length >= 4) add(loose, key, d);
    }
  }
  return (loaded = { exact, loose });
}

interface CompassPrefixes extends ResourceHeader { readonly prefixes: readonly string[] }
let compass: RegExp | undefined;

/**
 * Divisions spelled `name` (case, marks and apostrophes aside), in any state. A name the table does not know that
 * opens with a word of direction or height (compass-prefixes.json: "Vest-Finnmark", "Haut-Uele", "Upper Kotto") is
 * a part of the division after the word, in that division's state: that division's record, when it is a first-order
 * division or lies in one of `storyStates` (the states the story or sentence points to). Second-order divisions abroad
 * are many (a county "Marion" in several US states and in Australia): "Upper <county>" is read in the story's own
 * state only, never as a far county the story never points to.
 */
export function divisionsNamed(name: string, storyStates?: ReadonlySet<string>): readonly Division[] {
  const table = tables();
  if (!table) return [];
  const exact = table.exact.get(divisionKey(name));
  if (exact) return exact;
  compass ??= new RegExp(`^(?:${readResource<CompassPrefixes>('compass-prefixes.json').prefixes.map((p) => p.replace(/-/g, '[- ]')).sort((a, b) => b.length - a.length).join('|')})[- ](?=\\p{Lu})`, 'iu');
  const part = compass.exec(name);
  if (!part) return [];
  return (table.exact.get(divisionKey(name.slice(part[0].length))) ?? []).filter((d) => d.level === 1 || storyStates?.has(d.countryCode) === true);
}

/** Divisions of one of `countries` whose name sounds like `name` ("Shopian" → "Shupiyan", IND). */
export function divisionsLike(name: string, countries: ReadonlySet<string>): readonly Division[] {
  const key = looseKey(name);
  if (key.length < 4) return [];
  return (tables()?.loose.get(key) ?? []).filter((d) => countries.has(d.countryCode));
}

/** Consonant keys this long or longer are specific enough to be read in any state ("Lower Shabelle": "lrshbl"). */
const WORLDWIDE_KEY = 6;

/**
 * The first-order division, in any state, whose name sounds like `name` when exactly one state has such a
 * division and the name's consonants are many ("Lower Shabelle" → GeoNames' "Lower Shabeelle", SOM): for a
 * place a story gives no state to choose by. Undefined otherwise.
 */
export function divisionLikeAnywhere(name: string): Division | undefined {
  const key = looseKey(name);
  if (key.length < WORLDWIDE_KEY) return undefined;
  const like = (tables()?.loose.get(key) ?? []).filter((d) => d.level === 1);
  return new Set(like.map((d) => d.countryCode)).size === 1 ? like[0] : undefined;
}
