import { readPackageJson } from './resource.js';
import type { KbCity, KbCountry } from './types.js';

interface CityRow {
  city: string; city_ascii: string; lat: number; lng: number; pop: number; iso3: string; province: string;
}

/**
 * Cities from city-timezones (7.3 k, English names: "Geneva", not GeoNames' "Genève").
 * Cities the package files under a country that PLOVER codes differently keep the package's
 * country (Stepanakert → AZE is also our disputed-places policy, see regions.json).
 */
export function buildCities(countries: ReadonlyMap<string, KbCountry>, codeOverrides: Record<string, string>): KbCity[] {
  const rows = readPackageJson<CityRow[]>('city-timezones/data/cityMap.json');
  const capitalsOf = new Map<string, Set<string>>();
  for (const c of countries.values()) capitalsOf.set(c.code, new Set(c.capitals));
  return rows.map((row, i) => {
    const countryCode = codeOverrides[row.iso3] ?? row.iso3;
    return {
      kind: 'city' as const,
      id: `city:${i}`,
      name: row.city,
      countryCode,
      lat: row.lat,
      lon: row.lng,
      population: Math.round(row.pop),
      province: row.province,
      capital: capitalsOf.get(countryCode)?.has(row.city) === true || capitalsOf.get(countryCode)?.has(row.city_ascii) === true,
    };
  });
}

/**
 * US states as regions, derived from city-timezones' `province` column: the centroid is the
 * population-weighted mean of the state's listed cities (good to a degree or so, enough to put an
 * event on a map at state level). News names US states bare ("Georgia", "Texas"), so without them
 * "Georgia" in a US story would be read as the Caucasus country.
 */
export function buildUsStates(): { name: string; lat: number; lon: number }[] {
  const rows = readPackageJson<CityRow[]>('city-timezones/data/cityMap.json');
  const sums = new Map<string, { w: number; lat: number; lon: number }>();
  for (const row of rows) {
    if (row.iso3 !== 'USA' || !row.province || row.province === 'District of Columbia') continue;
    const w = Math.max(1, row.pop);
    const s = sums.get(row.province) ?? { w: 0, lat: 0, lon: 0 };
    s.w += w; s.lat += row.lat * w; s.lon += row.lng * w;
    sums.set(row.province, s);
  }
  return [...sums].map(([name, s]) => ({ name, lat: Math.round((s.lat / s.w) * 100) / 100, lon: Math.round((s.lon / s.w) * 100) / 100 }));
}
