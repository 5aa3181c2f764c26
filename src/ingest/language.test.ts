import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

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

  it.each([[''], ['   '], ['2022 — 17']])('should say und for text without letters (%j)', (text) => {
    expect(detectLanguage(text)).toEqual({ language: 'und', reliable: false });
  });
});
