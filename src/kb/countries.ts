import type { KbCountry } from './types.js';
import { readPackageJson, readResource, type ResourceHeader } from './resource.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  independent: boolean | null;
  capital?: string[];
  altSpellings?: string[];
  region?: string;
  subregion?: string;
  latlng?: [number, number];
  borders?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

export interface CountryAliasFile extends ResourceHeader {
  readonly codeOverrides: Record<string, string>;
  /** An ISO dependency → the state that controls it, into which PLOVER folds its actors ("PRI" → USA). */
  readonly dependencies?: Record<string, string>;
  readonly sharedNames: Record<string, readonly DatedState[]>;
  readonly demonymOwners: Record<string, string>;
  readonly entries: readonly {
    code: string; names: string[]; caseSensitive?: string[]; demonyms: string[]; capitals: string[];
  }[];
}

/** A state a shared name meant over a span of days (ISO dates, inclusive; null is open). */
export interface DatedState {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** Countries plus the names that must match with exact capitalisation ("US", "UK"). */
export interface CountryTables {
  readonly countries: ReadonlyMap<string, KbCountry>;
  /** Demonym → the one country it names (settles "American" → USA, not MNP). */
  readonly demonymOwner: ReadonlyMap<string, string>;
  readonly caseSensitiveNames: ReadonlyMap<string, string>;
  readonly aliasVersion: string;
  /** A name two states bear ("Congo") → the state it meant when, for when the article does not say. */
  readonly sharedNames: ReadonlyMap<string, readonly DatedState[]>;
  /** An ISO dependency's code → the controlling state's (country-aliases.json `dependencies`: "PRI" → USA). */
  readonly controllingState: ReadonlyMap<string, string>;
}

// "Armenian" → "Armenians", "Azerbaijani" → "Azerbaijanis"; "-ese", "-ish", "-ch" have no plural.
function plural(demonym: string): string | null {
  return /(an|i|ot|ic)$/.test(demonym) ? `${demonym}s` : null;
}

// altSpellings hold ISO codes ("AZ") and native names; keep the English-looking multi-letter ones.
function usableAltSpelling(name: string): boolean {
  return name.length > 3 && /^[A-Za-z .,'()-]+$/.test(name);
}

/** Builds the country table from world-countries and resources/kb/country-aliases.json. */
export function buildCountries(): CountryTables {
  const world = readPackageJson<WorldCountry[]>('world-countries/countries.json');
  const aliases = readResource<CountryAliasFile>('country-aliases.json');
  const byCode = new Map<string, { base: Omit<KbCountry, 'names' | 'demonyms' | 'capitals'>; names: Set<string>; demonyms: Set<string>; capitals: Set<string> }>();

  for (const c of world) {
    const code = aliases.codeOverrides[c.cca3] ?? c.cca3;
    const eng = c.demonyms?.eng;
    const demonyms = new Set<string>();
    for (const d of [eng?.m, eng?.f]) {
      if (!d) continue;
      demonyms.add(d);
      const p = plural(d);
      if (p) demonyms.add(p);
    }
    byCode.set(code, {
      base: {
        kind: 'country', code, name: c.name.common,
        lat: c.latlng?.[0] ?? null, lon: c.latlng?.[1] ?? null,
        region: c.region ?? null, subregion: c.subregion ?? null,
        borders: (c.borders ?? []).map((b) => aliases.codeOverrides[b] ?? b),
        independent: c.independent === true || code === 'KOS',
      },
      names: new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter(usableAltSpelling)]),
      demonyms,
      capitals: new Set(c.capital ?? []),
    });
  }

  const caseSensitiveNames = new Map<string, string>();
  for (const entry of aliases.entries) {
    let record = byCode.get(entry.code);
    if (!record) {
      // Former states (SUN, YUG, CSK, DDR) are not in world-countries.
      record = {
        base: { kind: 'country', code: entry.code, name: entry.names[0] ?? entry.code, lat: null, lon: null, region: null, subregion: null, borders: [], independent: true },
        names: new Set(), demonyms: new Set(), capitals: new Set(),
      };
      byCode.set(entry.code, record);
    }
    for (const n of entry.names) record.names.add(n.replace(/^the /, ''));
    for (const d of entry.demonyms) record.demonyms.add(d);
    for (const cap of entry.capitals) record.capitals.add(cap.replace(/^the /, ''));
    for (const n of entry.caseSensitive ?? []) caseSensitiveNames.set(n, entry.code);
  }

  const countries = new Map<string, KbCountry>();
  const demonymOwner = new Map<string, string>();
  for (const [code, r] of byCode) {
    countries.set(code, { ...r.base, names: [...r.names], demonyms: [...r.demonyms], capitals: [...r.capitals] });
  }
  // Demonym owners: the curated choice first, then an independent state over a dependency.
  for (const country of [...countries.values()].sort((a, b) => Number(b.independent) - Number(a.independent))) {
    for (const d of country.demonyms) if (!demonymOwner.has(d)) demonymOwner.set(d, country.code);
  }
  for (const [d, code] of Object.entries(aliases.demonymOwners)) demonymOwner.set(d, code);

  return {
    countries, demonymOwner, caseSensitiveNames, aliasVersion: aliases.version, sharedNames: new Map(Object.entries(aliases.sharedNames ?? {})),
    controllingState: new Map(Object.entries(aliases.dependencies ?? {})),
  };
}
