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

  it('should read a spelling that differs from GeoNames in its vowels only within the state the disputed region points to', () => {
    // GeoNames writes "Shupiyan"; the sentence's "Kashmir" is claimed by India and Pakistan.
    const doc = makeDocWithActors('Two shopkeepers were shot in Shopian district of southern Kashmir on Sunday.');
    expect(placeNamed(doc, 'Shopian')?.countryCode).toBe('IND');
    expect(placeNamed(doc, 'Kashmir')?.countryCode).toBe('IND');
  });

  it('should give a disputed region the claimant the story points to', () => {
    expect(placeNamed(makeDocWithActors('Pakistani officials said a landmine killed two herders in Kashmir.'), 'Kashmir')?.countryCode).toBe('PAK');
    expect(placeNamed(makeDocWithActors('Indian officials said a landmine killed two herders in Kashmir.'), 'Kashmir')?.countryCode).toBe('IND');
  });

  it('should give an unknown village the state of the places read after it in its sentence', () => {
    const doc = makeDocWithActors('Rebels overran the village of Kabizo in Rutshuru territory on Thursday.');
    expect(placeNamed(doc, 'Kabizo')?.countryCode).toBe('COD');
  });

  it('should read a first-order division of the world gazetteer as a region', () => {
    expect(placeNamed(makeDocWithActors('Gunmen killed nine traders in Zamfara state on Monday.'), 'Zamfara')?.level).toBe('region');
  });
});
