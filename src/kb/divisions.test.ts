import { describe, expect, it } from 'vitest';
import { divisionLikeAnywhere, divisionsNamed, looseKey } from './divisions.js';

describe('kb: the consonant key of a name', () => {
  it('should give two romanisations that differ in vowels and glides one key', () => {
    expect(looseKey('Shopian')).toBe(looseKey('Shupīyan'));
    expect(looseKey('Baramulla')).toBe(looseKey('Baramula'));
    expect(looseKey('Kunduz')).not.toBe(looseKey('Kandahar'));
  });

  it('should find a second-order division by its name without the kind GeoNames writes with it', () => {
    // GeoNames: "Province du Koulpelogo", "Masisi Territory".
    expect(divisionsNamed('Koulpelogo').map((d) => d.countryCode)).toContain('BFA');
    expect(divisionsNamed('Masisi').map((d) => d.countryCode)).toContain('COD');
  });
});

describe('kb: division names as news writes them', () => {
  it('should know a division named with a compass word by the word\'s other form (build-places compassVariant)', () => {
    // GeoNames: "Southern Kordofan", "Eastern Darfur"; news: "South Kordofan", "East Darfur".
    expect(divisionsNamed('South Kordofan').map((d) => d.countryCode)).toContain('SDN');
    expect(divisionsNamed('East Darfur').map((d) => d.countryCode)).toContain('SDN');
  });

  it('should read a first-order division by its consonants in any state only when they are many and one state has it', () => {
    expect(divisionLikeAnywhere('Baluchistan')?.countryCode).toBe('PAK');
    // Three consonants name too many places.
    expect(divisionLikeAnywhere('Hiran')).toBeUndefined();
  });
});

describe('kb: a part of a division named by a word of direction (compass-prefixes.json)', () => {
  it('should read the division after the word only when it is first-order or in a state the story points to', () => {
    // Finnmark is a first-order division of Norway: its part is read with no story state.
    expect(divisionsNamed('Vest-Finnmark').map((d) => d.countryCode)).toEqual(['NOR']);
    // Marion is a second-order division of Australia only: "Upper Marion" in a story about elsewhere is not taken there.
    expect(divisionsNamed('Upper Marion')).toEqual([]);
    expect(divisionsNamed('Upper Marion', new Set(['KEN']))).toEqual([]);
    expect(divisionsNamed('Upper Marion', new Set(['AUS'])).map((d) => d.countryCode)).toEqual(['AUS']);
  });
});
