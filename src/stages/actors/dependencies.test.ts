import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

// PLOVER folds an ISO dependency into the state that controls it (country-aliases.json `dependencies`);
// Hong Kong, Palestine and Kosovo keep codes of their own. Every sentence here was written for this file.

const actorNamed = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text);
const placeNamed = (doc: ArticleDoc, text: string) => doc.places.find((p) => p.text === text);

describe('actors: a dependency is coded as the state that controls it', () => {
  it.each([
    ['Puerto Rico raised its fuel tax on Monday, angering truckers.', 'Puerto Rico', 'USA'],
    ['Guam asked for more federal funds after the typhoon.', 'Guam', 'USA'],
    ['The Faroe Islands closed their waters to foreign trawlers for a month.', 'Faroe Islands', 'DNK'],
    ['Gibraltar rejected the proposal on Tuesday.', 'Gibraltar', 'GBR'],
  ])('%j', (text, name, code) => {
    expect(actorNamed(makeDocWithActors(text), name)?.code).toBe(code);
  });

  it('should fold the demonym of a dependency into its controlling state', () => {
    const doc = makeDocWithActors('Puerto Rican teachers marched on the capitol to demand back pay.');
    expect(doc.actors.find((a) => a.text.includes('Puerto Rican'))?.code).toBe('USA');
  });

  it('should fold the country of a dependency\'s town', () => {
    const doc = makeDocWithActors('Hundreds of dockers blocked the port of Papeete in Tahiti on Friday.');
    expect(placeNamed(doc, 'Papeete')?.countryCode).toBe('FRA');
  });

  it('should keep the codes PLOVER keeps for Hong Kong and Palestine', () => {
    expect(actorNamed(makeDocWithActors('Hong Kong banned the rally on Thursday.'), 'Hong Kong')?.code).toBe('HKG');
    expect(actorNamed(makeDocWithActors('Palestine asked the court to open an inquiry.'), 'Palestine')?.code).toBe('PSE');
  });
});
