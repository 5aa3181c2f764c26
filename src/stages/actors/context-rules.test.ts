import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { parseUserDictionary } from '../../kb/index.js';
import { entities } from '../entities/index.js';
import { actors, type ActorsOptions } from './index.js';
import { nameShape } from './10-name-shapes.js';

function run(text: string, options: ActorsOptions & { publishedAt?: string } = {}): ArticleDoc {
  const doc = makeDoc(text, options.publishedAt ? { publishedAt: options.publishedAt } : {});
  const report = (): void => {};
  entities(options.userDictionaries ? { userDictionaries: options.userDictionaries } : {}).run(doc, { report });
  actors(options).run(doc, { report });
  return doc;
}
const actorAt = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text);
const placeAt = (doc: ArticleDoc, text: string) => doc.places.find((p) => p.text === text);

describe('actors: titled people without a country (issue 5, gaps 1–2, 7)', () => {
  it.each([
    ['President Omar Hassan al-Bashir has taken several tentative steps to enhance political freedoms in Sudan.', 'President Omar Hassan al-Bashir', 'SDN', 'sentence-country'],
    ['Vice-President Moody Awori has declined to resign despite growing pressure by the Kenya Anti-Corruption Commission.', 'Vice-President Moody Awori', 'KEN', 'sentence-country'],
    ['President Bill Clinton has imposed sanctions on the Taliban faction that controls Afghanistan, the White House said Tuesday.', 'President Bill Clinton', 'USA', 'sentence-country'],
    ['Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.', 'President Askar Akayev', 'KGZ', 'sentence-country'],
    ['The military government of President Prosper Avril declared a state of siege in Haiti, a spokeswoman for the U.S. embassy said.', 'President Prosper Avril', 'HTI', 'sentence-country'],
    ['King Hassan of Morocco was quoted today as saying he would be ready to host a meeting.', 'King Hassan of Morocco', 'MAR', 'title-of'],
    ['Governor Brian Kemp of Georgia said Atlanta would host the summit.', 'Governor Brian Kemp of Georgia', 'USA', 'title-of'],
    ['Nikol Pashinyan, Armenia\'s prime minister, said the talks had been useful.', 'Nikol Pashinyan', 'ARM', 'appositive'],
    ['U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw weapons inspectors.', 'U.N. Secretary-General Kofi Annan', 'UNO', 'modifier'],
  ])('should resolve %j', (text, span, code, via) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, via, actorKind: 'person' });
  });

  it.each([
    // The only state is the other side of the clause: no guess.
    ['President Bush has threatened further action against Russia in a television programme.', 'President Bush'],
    ['Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.', 'Archbishop Desmond Tutu'],
    // Two candidate states: no guess.
    ['President Mitterrand discussed trade with Germany and Italy in Paris on Monday.', 'President Mitterrand'],
  ])('should leave the code unknown rather than guess in %j', (text, span) => {
    expect(actorAt(run(text), span)?.code ?? null).toBeNull();
  });

  it('should fall back on the article\'s main state when the sentence names none', () => {
    const doc = run('Zimbabwe\'s opposition rejected the land law on Monday.\n\nPresident Mugabe said the seizures would go on.');
    expect(actorAt(doc, 'President Mugabe')).toMatchObject({ code: 'ZWE', via: 'article-country' });
  });
});

describe('actors: names typed by shape (gap 3)', () => {
  it.each([
    ['The European Community imposed an arms embargo on Yugoslavia.', 'European Community', 'EUR', null, 'dictionary'],
    ['Palestinian Islamic Jihad rejected the truce.', 'Palestinian Islamic Jihad', 'PSE', 'REB', 'name-shape'],
    ['The Liberation Tigers of Tamil Eelam signed a ceasefire.', 'Liberation Tigers of Tamil Eelam', null, 'REB', 'name-shape'],
    ['Physicians for Human Rights accused the army of torture.', 'Physicians for Human Rights', 'NGO', 'SOC', 'name-shape'],
    ['The Third World Water Forum demanded access to clean water.', 'Third World Water Forum', 'NGO', 'SOC', 'name-shape'],
    ['The International Labor Office urged Burma to end forced labour.', 'International Labor Office', 'UNO', null, 'dictionary'],
  ])('should code %j', (text, span, code, sector, via) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, sector, via });
  });

  it.each([
    ['Warships gathered in the Black Sea on Monday.', 'Black Sea', 'region'],
    ['Israel closed the Allenby Bridge to travellers.', 'Allenby Bridge', 'site'],
    ['Fighting spread along the Litani River.', 'Litani River', 'region'],
  ])('should make a place, not a person, of %j', (text, name, level) => {
    const doc = run(text);
    expect(placeAt(doc, name)).toMatchObject({ level });
    expect(actorAt(doc, name)).toBeUndefined();
  });

  it.each([['Human Rights Watch'], ['Revolutionary United Front'], ['Kosovo Liberation Army'], ['Islamic Jihad']])('should recognise the shape of %j', (name) => {
    expect(nameShape(name)).not.toBeNull();
  });
  it.each([['Nikol Pashinyan'], ['Homeland Union'], ['Sudanese Army']])('should see no telling shape in %j', (name) => {
    expect(nameShape(name)).toBeNull();
  });
});

describe('actors: groups, administrations and ethnic groups (gaps 4–6)', () => {
  it.each([
    ['Opposition groups in Zimbabwe are demanding land reform.', 'Opposition groups in Zimbabwe', 'ZWE', 'OPP'],
    ['Security forces in Guinea opened fire on protesters.', 'Security forces in Guinea', 'GIN', 'COP'],
    ['The government accused rebels in Darfur of attacking a convoy.', 'rebels in Darfur', 'SDN', 'REB'],
    ['Tens of thousands of students throughout Indonesia staged demonstrations.', 'students throughout Indonesia', 'IDN', 'EDU'],
  ])('should code a group by the state it is in: %j', (text, span, code, sector) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, sector, via: 'sector-in-place' });
  });

  it('should not take "from" as a nationality ("withdraw workers from Iraq")', () => {
    expect(run('The UN will withdraw aid workers from Iraq.').actors.some((a) => a.via === 'sector-in-place')).toBe(false);
  });

  it('should code "the X administration" by a person known from the article', () => {
    const doc = run('US President George Bush spoke on Monday.\n\nCritics said the Bush administration was wrong.');
    expect(actorAt(doc, 'Bush administration')).toMatchObject({ code: 'USA', sector: 'GOV', via: 'administration-of' });
  });

  it.each([
    ['Ethnic Albanians in south Serbia demanded autonomy.', 'SRB', 'ethnic-location'],
    ['Ethnic Albanians clashed with Macedonian police near Tetovo.', 'MKD', 'ethnic-context'],
  ])('should code ethnic groups by where they live: %j', (text, code, via) => {
    const doc = run(text);
    expect(doc.actors.find((a) => a.text.toLowerCase().startsWith('ethnic albanians'))).toMatchObject({ code, via });
  });
});

describe('actors: user dictionaries', () => {
  const dictionary = parseUserDictionary([
    '# version: 2024-05',
    'name,code,sector,kind,aliases,from,until',
    'Vladimir Putin,RUS,GOV,person,Putin,2000-05-07,',
    'Wagner Group,RUS,PRM,group,Wagner,,',
    'Boris Yeltsin,RUS,GOV,person,Yeltsin,1991-07-10,1999-12-31',
  ].join('\n'), 'my-actors.csv');

  it('should code a name from the user dictionary and stamp its version', () => {
    const doc = run('Putin met Wagner Group commanders in Moscow on Friday.', { userDictionaries: [dictionary], publishedAt: '2023-06-30' });
    expect(actorAt(doc, 'Putin')).toMatchObject({ code: 'RUS', sector: 'GOV', via: 'user-dictionary', actorKind: 'person', origin: { resource: 'user:my-actors@2024-05' } });
    expect(actorAt(doc, 'Wagner Group')).toMatchObject({ code: 'RUS', sector: 'PRM', via: 'user-dictionary', actorKind: 'group' });
  });

  it('should honour the validity dates of an entry', () => {
    const text = 'Yeltsin said on Monday that the reforms would go on.';
    expect(actorAt(run(text, { userDictionaries: [dictionary], publishedAt: '1995-03-01' }), 'Yeltsin')).toMatchObject({ code: 'RUS', via: 'user-dictionary' });
    expect(actorAt(run(text, { userDictionaries: [dictionary], publishedAt: '2005-03-01' }), 'Yeltsin')?.via).not.toBe('user-dictionary');
  });
});

describe('actors: places consistent with the story (geolocation)', () => {
  it.each([
    ['Armenia, Azerbaijan and Georgia signed a transit deal.\n\nTrucks will cross Georgia to reach Turkey.', 'Georgia', 'GEO'],
    ['Storms hit Atlanta overnight.\n\nFloods closed roads across Georgia, officials said.', 'Georgia', 'USA'],
    ['Syrian officers ended mediation between rival militias in Tripoli as shells hit the north Lebanese port.', 'Tripoli', 'LBN'],
    ['Libyan forces clashed with militias in Tripoli.', 'Tripoli', 'LBY'],
  ])('should read %j as the place the story is about', (text, name, code) => {
    const doc = run(text);
    const found = [...doc.places.filter((p) => p.text === name).map((p) => p.countryCode), ...doc.actors.filter((a) => a.text === name).map((a) => a.code)];
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([code]));
  });

  it('should put "Paris, Texas" in the US, not France', () => {
    const place = placeAt(run('A tornado hit Paris, Texas, on Sunday.'), 'Paris');
    expect(place).toMatchObject({ countryCode: 'USA', level: 'city', name: 'Paris, Texas' });
  });

  it('should give Lebanese Tripoli its own coordinates', () => {
    const place = placeAt(run('Clashes broke out in Tripoli, the Lebanese army said.'), 'Tripoli');
    expect(place).toMatchObject({ countryCode: 'LBN' });
    expect(place!.lat).toBeCloseTo(34.4, 1);
  });

  it('should keep "Washington" the US government, not the state', () => {
    expect(actorAt(run('Washington said it would send aid.'), 'Washington')).toMatchObject({ code: 'USA', via: 'capital-metonym' });
  });
});
