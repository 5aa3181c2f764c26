import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildCities, buildUsStates } from './cities.js';
import { buildCountries } from './countries.js';
import { readPackageJson } from './resource.js';

const require = createRequire(import.meta.url);

describe('data packages read for the knowledge base', () => {
  it('are not kept in require\'s module cache once the tables are built', () => {
    const { countries } = buildCountries();
    const cities = buildCities(countries, {});
    expect(cities.length).toBeGreaterThan(7000);
    expect(buildUsStates().some((state) => state.name === 'Texas')).toBe(true);
    const kept = Object.keys(require.cache).filter((path) => /world-countries|city-timezones/.test(path));
    expect(kept).toEqual([]);
  });

  it('gives the same data the package exports', () => {
    // Loaded here on purpose, after the test above: what `require` gives is the reference.
    expect(readPackageJson('world-countries/countries.json')).toEqual(require('world-countries'));
    expect(readPackageJson('city-timezones/data/cityMap.json')).toEqual((require('city-timezones') as { cityMapping: unknown }).cityMapping);
  });
});
