import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): ArticleDoc {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-09-02' });
  coder.code(doc);
  return doc;
}
const actorNamed = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text.includes(text));

describe('actors: a body named after a place of one state (05-resolve-organisations stateOfPlaceWithin)', () => {
  it('should give a provincial body the state of the province its name holds', () => {
    const doc = code('The Lualaba Provincial Assembly voted on Thursday to dismiss the provincial finance minister.');
    const body = actorNamed(doc, 'Lualaba Provincial Assembly');
    expect(body?.code).toBe('COD');
    expect(body?.via).toBe('org-place');
  });

  it('should read a "Front for the Liberation of PLACE" as an armed group of that place\'s state', () => {
    const doc = code('The Popular Front for the Liberation of Manicaland ambushed a police patrol on Friday, wounding two officers.');
    const front = actorNamed(doc, 'Front for the Liberation of Manicaland');
    expect(front?.sector).toBe('REB');
    expect(front?.code).toBe('ZWE');
  });

  it('should not take a saint\'s or an ordinary word\'s town from the words of a name', () => {
    const doc = code('Workers of the Santa Teresa Dairy Cooperative in Arequipa stopped work on Monday over unpaid wages.');
    const coop = actorNamed(doc, 'Santa Teresa');
    expect(coop?.code ?? null).not.toBe('USA');
  });
});

describe('actors: a group noun "of PLACE" (14-group-nouns placeAfterOf)', () => {
  it('should give an official the state of the place he is "of", though the sentence names another state', () => {
    const doc = code('The mayor of Tete met the Swedish ambassador on Wednesday to discuss a new water plant.');
    const mayor = doc.actors.find((a) => a.text === 'mayor');
    expect(mayor?.code).toBe('MOZ');
    expect(mayor?.via).toBe('group-noun-of-place');
  });

  it('should not give one state to the officials of a list of places', () => {
    const doc = code('The governors of Tete and Lualaba met the Swedish ambassador on Wednesday.');
    const governors = doc.actors.find((a) => a.text === 'governors');
    expect(governors?.via).not.toBe('group-noun-of-place');
  });
});

describe('actors: the scene a sentence opens with (18-scene-place codeSceneSubjects)', () => {
  it('should give a state office told from a capital that capital\'s state, though the sentence names another state', () => {
    const doc = code('In Maputo, the Ministry of Interior said it had lodged a protest with Pretoria over the shooting of two fishermen.');
    const ministry = actorNamed(doc, 'Ministry of Interior');
    expect(ministry?.code).toBe('MOZ');
    expect(ministry?.via).toBe('scene-place');
  });

  it('should code the subject only, not a state office acted on later in the sentence', () => {
    const doc = code('In Maputo, rebels said they had freed the interior ministry officials seized near the Zambezi.');
    const officials = doc.actors.find((a) => a.text.includes('officials'));
    expect(officials?.via).not.toBe('scene-place');
  });

  it('should not take a venue abroad for the state of the office', () => {
    const doc = code('Bolivia and Peru resumed talks on the lake border. In Geneva, the foreign ministry rejected Peru\'s offer of a joint patrol.');
    const ministry = doc.actors.find((a) => a.text.includes('foreign ministry'));
    expect(ministry).toBeDefined();
    expect(ministry?.via).not.toBe('scene-place');
    expect(ministry?.code ?? null).not.toBe('CHE');
  });
});

describe('actors: a nationality stated in apposition (19-nationality-apposition codeStatedNationalities)', () => {
  it('should give a group its stated nationality rather than the state of the place it was taken in', () => {
    const doc = code('Gunmen kidnapped two surveyors, both Norwegian nationals, near Tessalit on Sunday.');
    const surveyors = doc.actors.find((a) => a.text === 'surveyors');
    expect(surveyors?.code).toBe('NOR');
    expect(surveyors?.via).toBe('stated-nationality');
  });

  it('should read a demonym with "national" after it as the person\'s state', () => {
    const doc = code('Coastguards arrested the skipper, a Danish national, off Walvis Bay.');
    expect(doc.actors.find((a) => a.text === 'skipper')?.code).toBe('DNK');
  });

  it('should leave a group of two stated nationalities as it was', () => {
    const doc = code('The navy detained a trawler and its nine deckhands, five Chilean and four Argentine nationals.');
    expect(doc.actors.find((a) => a.text.includes('deckhands'))?.via).not.toBe('stated-nationality');
  });
});
