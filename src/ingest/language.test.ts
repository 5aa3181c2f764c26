import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resourcePath } from '../syntax/resource-path.js';
import { detectLanguage, englishWordCounts, LANGUAGE_NGRAMS_FILE, languageDataSource, packageDir, type LanguageNgrams, type LanguageNgramsFile } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.'],
    ['fr', "L'Azerbaïdjan a libéré mardi 17 prisonniers de guerre arméniens après une médiation américaine, a annoncé le Premier ministre arménien."],
    ['es', 'Azerbaiyán liberó el martes a 17 prisioneros de guerra armenios tras la mediación de Estados Unidos, dijo el primer ministro armenio.'],
    ['de', 'Aserbaidschan hat am Dienstag nach Vermittlung der USA 17 armenische Kriegsgefangene freigelassen, sagte der armenische Regierungschef.'],
    ['ru', 'Азербайджан во вторник освободил 17 армянских военнопленных при посредничестве США, сообщил премьер-министр Армении.'],
    ['pt', 'O Azerbaijão libertou na terça-feira 17 prisioneiros de guerra armênios após mediação dos Estados Unidos, disse o primeiro-ministro.'],
  ])('should detect %s', (language, text) => {
    expect(detectLanguage(text)).toEqual({ language, reliable: true });
  });

  // eld alone scores these Catalan, Spanish or Tagalog: a few names outweigh the English words on so little text.
  it.each([
    ['Kenya said its jets bombed al-Shabaab camps.'],
    ['Kenya bombs al-Shabaab camps'],
    ['Bolsonaro supporters storm Brasilia.'],
    ['Houthi rebels seize cargo ship.'],
    ['Mali junta expels French ambassador.'],
    ['SOMALI TROOPS KILL SIX AL-SHABAAB FIGHTERS NEAR KISMAYO'],
  ])('should take a short English text for English by its words (%j)', (text) => {
    expect(detectLanguage(text).language).toBe('en');
  });

  // Short texts in the languages eld confuses with English keep eld's answer.
  it.each([
    ['ca', 'Kenya va dir que els seus avions van bombardejar els camps.'],
    ['ca', "L'exèrcit va bombardejar camps rebels."],
    ['es', 'Kenia bombardea campamentos de al-Shabaab'],
    ['es', 'Los rebeldes atacaron un convoy militar.'],
    ['fr', 'Manifestation contre la vie chère à Abidjan.'],
    ['fr', 'LE PRÉSIDENT DÉMISSIONNE'],
    ['de', 'Anschlag in Kabul: 12 Tote.'],
    ['de', 'Die Regierung weist die Vorwürfe zurück.'],
    ['it', 'Il Kenya ha detto che i suoi jet hanno bombardato i campi.'],
    ['pt', 'O Quénia disse que os seus aviões bombardearam os campos.'],
    ['nl', 'Staking van leraren in Amsterdam.'],
  ])('should keep a short %s text out of English', (language, text) => {
    expect(detectLanguage(text)).toEqual({ language, reliable: true });
  });

  it('should leave names and shared function words out of the English count', () => {
    // Kenya (opening, no common word) and al-Shabaab are names; 'in' is German and Dutch too.
    expect(englishWordCounts('Kenya said its jets bombed al-Shabaab camps in Somalia.')).toEqual({ known: 5, unknown: 0, words: 9 });
    expect(englishWordCounts('Police said the protesters were detained.')).toEqual({ known: 6, unknown: 0, words: 6 });
  });

  it.each([[''], ['   '], ['2022 — 17']])('should say und for text without letters (%j)', (text) => {
    expect(detectLanguage(text)).toEqual({ language: 'und', reliable: false });
  });

  it('should read its database from the JSON table, which is the installed eld\'s own (else: npx tsx scripts/build-language-ngrams.ts)', () => {
    detectLanguage('Police detained twelve protesters in the capital on Monday.');
    expect(languageDataSource()).toBe('table');
    const require = createRequire(import.meta.url);
    const eld = packageDir(require, 'eld');
    const table = JSON.parse(gunzipSync(readFileSync(resourcePath(LANGUAGE_NGRAMS_FILE))).toString('utf8')) as LanguageNgramsFile;
    const own = (require(join(eld.dir, 'src', 'ngrams', 'medium.js')) as { ngramsData: LanguageNgrams }).ngramsData;
    expect(table.version).toBe(eld.version);
    // Compared as text: a deep comparison of 105k n-gram records takes the test runner ~20 s.
    expect(JSON.stringify(table.data) === JSON.stringify(own), 'the table differs from eld\'s database').toBe(true);
  });
});
