import { createRequire } from 'node:module';
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
  const require = createRequire(import.meta.url);
  const rows = (require('city-timezones') as { cityMapping: CityRow[] }).cityMapping;
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
