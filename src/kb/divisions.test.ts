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
