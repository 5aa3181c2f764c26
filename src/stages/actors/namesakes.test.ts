import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { entities } from '../entities/index.js';
import { actors } from './index.js';

function run(text: string): ArticleDoc {
  const doc = makeDoc(text, { publishedAt: '2024-05-03' });
  const report = (): void => {};
  entities().run(doc, { report });
  actors().run(doc, { report });
  return doc;
}
const placeAt = (doc: ArticleDoc, text: string) => doc.places.find((p) => p.text === text);

describe('actors: a local namesake of a far town (13-disambiguate-places dropForeignNamesakes)', () => {
  it('should read a town named like a far foreign town in the state the story names (its homonym there)', () => {
    const doc = run('Gunmen shot dead three men outside a bar in Cambridge late on Saturday, Jamaican police said. The police commissioner in Kingston said detectives had arrested a suspect.');
    expect(placeAt(doc, 'Cambridge')).toMatchObject({ countryCode: 'JAM' });
  });

  it('should read a namesake the gazetteer knows only abroad as an unplaced town of the story\'s state, and code its parties so', () => {
    const doc = run('Zambian police said on Sunday that miners had blocked the road to Leicester, a farming settlement north of Lusaka. Police in Leicester arrested six men.');
    expect(doc.places.filter((p) => p.text === 'Leicester').map((p) => [p.countryCode, p.lat])).toEqual([['ZMB', null], ['ZMB', null]]);
    expect(doc.actors.find((a) => a.text === 'Police')).toMatchObject({ code: 'ZMB', sector: 'COP' });
  });

  it('should keep a small town abroad that a sentence of travel names ("held at the airport in X"), with no homonym at home', () => {
    const doc = run('Zambian opposition supporters marched in Lusaka and Ndola on Tuesday after police held their leader at the airport in Crawley. Zambian officials in Lusaka said he would be freed.');
    expect(placeAt(doc, 'Crawley')).toMatchObject({ countryCode: 'GBR' });
    expect(doc.actors.find((a) => a.text === 'police')?.code).not.toBe('ZMB');
  });

  it('should still read the same small town as a local namesake in a story with no word of travel', () => {
    const doc = run('Zambian police in Lusaka and Kitwe said on Sunday that farmers had blocked the road to Crawley, a settlement in the hills. Police in Crawley arrested four men.');
    expect(doc.places.filter((p) => p.text === 'Crawley').map((p) => p.countryCode)).toEqual(['ZMB', 'ZMB']);
  });

  it('should not let several far namesakes vouch for their state by their own number, and read them in the state the names point to', () => {
    const doc = run('Zambian police in Lusaka said on Sunday that traders had blocked roads in Crawley, Bedford and Leicester, three townships of the city. An envoy in Brussels called for calm.');
    expect(['Crawley', 'Bedford', 'Leicester'].map((t) => placeAt(doc, t)?.countryCode)).toEqual(['ZMB', 'ZMB', 'ZMB']);
  });

  it('should keep a town abroad where the article names its state or a neighbour of the story\'s state', () => {
    const doc = run('Jamaican police said the suspect had flown in from Cambridge. British detectives in Kingston said the Cambridge police had asked for help, and the United Kingdom sent an officer.');
    expect(placeAt(doc, 'Cambridge')).toMatchObject({ countryCode: 'GBR' });
  });

  it('should keep a town abroad that the text names as the venue of talks', () => {
    const doc = run('Iran\'s foreign minister said Tehran wanted the sanctions lifted. Iranian and American envoys held a second round of talks in Lausanne on Monday. Washington said progress was slow.');
    expect(placeAt(doc, 'Lausanne')).toMatchObject({ countryCode: 'CHE' });
  });

  it('should keep a big city and a capital abroad ("talks in Geneva", "Moscow said")', () => {
    const doc = run('Armenian and Azerbaijani diplomats arrived in Geneva on Tuesday. Armenia\'s prime minister said Yerevan was ready. Moscow said it would send an observer.');
    expect(placeAt(doc, 'Geneva')).toMatchObject({ countryCode: 'CHE' });
    expect(doc.actors.find((a) => a.text === 'Moscow')).toMatchObject({ code: 'RUS' });
  });
});

describe('actors: a part of a division named by a word of direction (kb/divisions.ts divisionsNamed, compass-prefixes.json)', () => {
  it('should read "Vest-Finnmark" in the state of Finnmark, so its officials take that state', () => {
    const doc = run('The police prosecutor in Vest-Finnmark charged two fishermen on Monday. Norway\'s coast guard said the vessel was Russian.');
    expect(placeAt(doc, 'Vest-Finnmark')).toMatchObject({ countryCode: 'NOR' });
    expect(doc.actors.find((a) => a.text === 'police prosecutor')).toMatchObject({ code: 'NOR' });
  });

  it('should place "North Turkana" at the division it is part of', () => {
    const doc = run('Bandits stole 300 cattle in North Turkana on Friday, local officials said. Police in Lodwar said Ugandan herders had crossed the border.');
    expect(placeAt(doc, 'North Turkana')?.lat).not.toBeNull();
  });

  it('should not read "Upper <province>" as a second-order division of a state the story never points to', () => {
    // Ascope is a second-order division (a province) of Peru only: a story that points to no state does not take Peru from it.
    const doc = run('Police in Upper Ascope arrested two herders on Friday after a clash with farmers, a local chief said.');
    expect(placeAt(doc, 'Upper Ascope')?.countryCode ?? null).toBeNull();
    expect(doc.actors.find((a) => a.text === 'Police')?.code ?? null).toBeNull();
    // In a story set in Peru the part is read there.
    const home = run('Peruvian police in Upper Ascope arrested two herders on Friday. Officials in Lima and Trujillo said the clash had left one farmer hurt.');
    expect(placeAt(home, 'Upper Ascope')).toMatchObject({ countryCode: 'PER' });
  });
});
