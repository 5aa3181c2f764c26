import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

// The state of a place the gazetteer of towns does not know (issue 14: places and their countries).
// Every sentence here was written for this file.

const placeNamed = (doc: ArticleDoc, text: string) => doc.places.find((p) => p.text === text);

describe('actors: a place read by its preposition takes the state of the administrative division of its name', () => {
  it.each([
    ['Riot police beat striking weavers in Gazipur district on Friday.', 'Gazipur', 'BGD'],
    ['Floods cut the roads in Koulpelogo province, aid agencies said.', 'Koulpelogo', 'BFA'],
    ['A militia burned two villages in Djugu territory overnight.', 'Djugu', 'COD'],
  ])('%j', (text, place, code) => {
    expect(placeNamed(makeDocWithActors(text), place)?.countryCode).toBe(code);
  });

  it('should read a part of a first-order division of a state the story names, though the story names another state more', () => {
    const doc = makeDocWithActors('Chinese investors bought a copper mine on Monday. China\'s commerce ministry said firms from Shanghai and Qingdao had joined, and Beijing welcomed the deal. Argentina\'s mining secretary said a court in Sur-Chubut would review the sale.');
    expect(placeNamed(doc, 'Sur-Chubut')?.countryCode).toBe('ARG');
  });

  it('should read a name written before "state" as the division the gazetteer spells with its noun, a region of its state', () => {
    // GeoNames writes "Plateau State"; "Plateau" alone is no division and no town.
    const doc = makeDocWithActors('Armed herders burned three hamlets in Plateau state overnight, a local official said.');
    expect(placeNamed(doc, 'Plateau')).toMatchObject({ countryCode: 'NGA', level: 'region' });
  });

  it('should read a spelling that differs from GeoNames in its vowels only within the state the disputed region points to', () => {
    // GeoNames writes "Badgam"; the sentence's "Kashmir" is claimed by India and Pakistan.
    const doc = makeDocWithActors('A teacher was wounded by a grenade in Budgam district, Kashmir, late on Thursday.');
    expect(placeNamed(doc, 'Budgam')?.countryCode).toBe('IND');
    expect(placeNamed(doc, 'Kashmir')?.countryCode).toBe('IND');
  });

  it('should give a disputed region the claimant the places of the story point to', () => {
    expect(placeNamed(makeDocWithActors('A landmine killed two herders near Muzaffarabad in Kashmir.'), 'Kashmir')?.countryCode).toBe('PAK');
    expect(placeNamed(makeDocWithActors('A landmine killed two herders near Srinagar in Kashmir.'), 'Kashmir')?.countryCode).toBe('IND');
  });

  it('should not give a disputed region the state of a party named in the story (an attacker says nothing of where)', () => {
    const doc = makeDocWithActors('Pakistani troops shelled hamlets along the Line of Control in Kashmir on Friday. Villagers in Kupwara said two farmers died.');
    expect(placeNamed(doc, 'Kashmir')?.countryCode).not.toBe('PAK');
  });

  it('should give an unknown village the state of the places read after it in its sentence', () => {
    const doc = makeDocWithActors('Rebels overran the village of Kabizo in Rutshuru territory on Thursday.');
    expect(placeNamed(doc, 'Kabizo')?.countryCode).toBe('COD');
  });

  it('should read a first-order division of the world gazetteer as a region', () => {
    expect(placeNamed(makeDocWithActors('Gunmen killed nine traders in Zamfara state on Monday.'), 'Zamfara')?.level).toBe('region');
  });
});

describe('actors: a division spelled otherwise than GeoNames writes it, in a story that names no state', () => {
  it.each([
    // GeoNames: "Balochistan".
    ['Police arrested six men in Baluchistan on Monday.', 'Baluchistan', 'PAK'],
    // GeoNames: "Southern Kordofan", read whole, not as the gazetteer's "Kordofan" after a stray "South".
    ['Shelling killed nine people in South Kordofan on Sunday.', 'South Kordofan', 'SDN'],
  ])('%j', (text, place, code) => {
    expect(placeNamed(makeDocWithActors(text), place)?.countryCode).toBe(code);
  });
});
