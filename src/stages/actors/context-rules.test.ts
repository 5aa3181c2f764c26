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
    ['President Hage Geingob has promised a new round of land reforms in Namibia.', 'President Hage Geingob', 'NAM', 'sentence-country'],
    ['Vice-President Elena Marsh has refused to step down despite calls by the Ghana Bar Association.', 'Vice-President Elena Marsh', 'GHA', 'sentence-country'],
    ['President Daniel Moreau has placed a trade embargo on Myanmar, the White House said Friday.', 'President Daniel Moreau', 'USA', 'sentence-country'],
    ['Exiled President Tomas Varga has promised to fly back to Moldova before the vote.', 'President Tomas Varga', 'MDA', 'sentence-country'],
    ['The interim cabinet of President Ana Solis imposed a night curfew in Honduras, an official at the American consulate said.', 'President Ana Solis', 'HND', 'sentence-country'],
    ['King Harald of Norway told reporters he would visit the flooded towns.', 'King Harald of Norway', 'NOR', 'title-of'],
    ['Governor Brian Kemp of Georgia said Atlanta would host the summit.', 'Governor Brian Kemp of Georgia', 'USA', 'title-of'],
    ['Nikol Pashinyan, Armenia\'s prime minister, said the talks had been useful.', 'Nikol Pashinyan', 'ARM', 'appositive'],
    ['U.N. Secretary-General Maria Lindqvist said on Friday that she would send two envoys to the region.', 'U.N. Secretary-General Maria Lindqvist', 'UNO', 'modifier'],
  ])('should resolve %j', (text, span, code, via) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, via, actorKind: 'person' });
  });

  it('should read a title set before the name by a comma, a counterpart\'s included', () => {
    const doc = run('The Kenyan foreign minister, Amina Otieno, received her Tanzanian counterpart, Joseph Mrema, in Nairobi.');
    expect(actorAt(doc, 'Kenyan foreign minister, Amina Otieno')).toMatchObject({ code: 'KEN', sector: 'GOV', actorKind: 'person' });
    expect(actorAt(doc, 'Tanzanian counterpart, Joseph Mrema')).toMatchObject({ code: 'TZA', sector: 'GOV', actorKind: 'person' });
  });

  it('should not give a titled person the state of the counterpart the sentence names (offices.json COUNTERPART)', () => {
    const doc = run('Portugal\'s government said the ferry would sail on Friday. Transport Minister Rui Salgado talked the timetable through with his Cape Verdean counterpart, Carla Monteiro.');
    expect(actorAt(doc, 'Minister Rui Salgado')).toMatchObject({ code: 'PRT', via: 'article-country' });
    const alone = run('Transport Minister Rui Salgado met his Cape Verdean counterpart in Lisbon on Thursday.');
    expect(actorAt(alone, 'Minister Rui Salgado')?.code).not.toBe('CPV');
  });

  it.each([
    // The only state is the other side of the clause: no guess.
    ['President Okonkwo has warned of reprisals against Cameroon in a radio interview.', 'President Okonkwo'],
    ['Bishop Peter Lang on Friday demanded an arms embargo against Belarus.', 'Bishop Peter Lang'],
    // Two candidate states: no guess.
    ['President Halvorsen discussed fishing quotas with Iceland and Denmark in Oslo on Friday.', 'President Halvorsen'],
  ])('should leave the code unknown rather than guess in %j', (text, span) => {
    expect(actorAt(run(text), span)?.code ?? null).toBeNull();
  });

  it.each([
    // The sentence's only state is what the person's verb acts on; the story's state is the person's.
    ['Gabon\'s army clashed with rebels near Franceville on Sunday.\n\nPresident Joseph Nzengui accused Cameroon of arming the rebels.', 'President Joseph Nzengui', 'GAB'],
    ['Gabon\'s army said it had killed 30 militants near Oyem.\n\nDefence Minister Paul Ekomi thanked the United States for its support.', 'Defence Minister Paul Ekomi', 'GAB'],
  ])('should give the article\'s state, not the other side, to a titled person acting on a foreign state in %j', (text, span, code) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, via: 'article-country' });
  });

  it('should leave the code unknown when the article\'s state is the other side the person acts on', () => {
    const doc = run('Cameroon\'s parliament met in Yaounde on Monday.\n\nPresident Joseph Nzengui accused Cameroon of arming the rebels.');
    expect(actorAt(doc, 'President Joseph Nzengui')?.code ?? null).toBeNull();
  });

  it('should fall back on the article\'s main state when the sentence names none', () => {
    const doc = run('Zambia\'s opposition rejected the mining law on Monday.\n\nPresident Mwale said the reforms would go on.');
    expect(actorAt(doc, 'President Mwale')).toMatchObject({ code: 'ZMB', via: 'article-country' });
  });

  it('should count the towns of a story told through its places towards its main state, over a state abroad named once', () => {
    const doc = run('Truckers blocked the highway between Cali and Popayán on Tuesday. Police cleared the road near Pasto after a standoff. The strike leader later flew to Ecuador. Interior Minister Pablo Rojas said 20 people were arrested.');
    expect(actorAt(doc, 'Interior Minister Pablo Rojas')).toMatchObject({ code: 'COL', via: 'article-country' });
  });

  it('should count each town once and never let another state\'s towns outweigh the state an office is named with', () => {
    const doc = run("Kenya's trade minister toured Kampala, Jinja and Gulu this week to promote exports. Minister Rebecca Miano met traders in Jinja on Tuesday.");
    expect(actorAt(doc, 'Minister Rebecca Miano')).toMatchObject({ code: 'KEN', sector: 'GOV' });
  });
});

describe('actors: names typed by shape (gap 3)', () => {
  it.each([
    ['The European Community imposed an arms embargo on Yugoslavia.', 'European Community', 'EUR', null, 'dictionary'],
    ['Egyptian Islamic Jihad claimed the bombing of the pipeline.', 'Egyptian Islamic Jihad', 'EGY', 'REB', 'org-modifier'],
    // Another state's adjective before a listed armed group names that state's namesake group.
    ['Pakistani Islamic Jihad militants were blamed for the blast.', 'Pakistani Islamic Jihad', 'PAK', 'REB', 'org-modifier'],
    // The name modifying another noun ("talks", "negotiations") leaves the adjective to that noun: Hamas stays PSE.
    ['Egypt mediated Israeli Hamas talks in Cairo.', 'Hamas', 'PSE', 'REB', 'dictionary'],
    ['Qatar hosted Israeli Hamas negotiations in Doha.', 'Hamas', 'PSE', 'REB', 'dictionary'],
    ['The Arakan Liberation Army freed two hostages.', 'Arakan Liberation Army', null, 'REB', 'name-shape'],
    ['Doctors for Clean Air criticised the new coal plant.', 'Doctors for Clean Air', 'NGO', 'SOC', 'name-shape'],
    ['The Global Soil Forum urged farmers to rotate their crops.', 'Global Soil Forum', 'NGO', 'SOC', 'name-shape'],
    ['The International Labor Office urged Burma to end forced labour.', 'International Labor Office', 'UNO', null, 'dictionary'],
  ])('should code %j', (text, span, code, sector, via) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, sector, via });
  });

  it('should leave a state\'s contingent of the UN\'s force the UN\'s, not a namesake group', () => {
    expect(actorAt(run('Four Togolese blue helmets were wounded near the base.'), 'blue helmets')).toMatchObject({ code: 'UNO' });
  });

  it.each([
    ['Rebels of the Coalition for Unity and Renewal shelled the outskirts of the town.', 'Coalition for Unity and Renewal'],
    ['Fighters from the Union of Northern Patriots torched a customs post.', 'Union of Northern Patriots'],
    ['The Council for Kivu Dignity militiamen blocked the road to the mines.', 'Council for Kivu Dignity'],
  ])('should code an organisation the words beside it call fighters as an armed group, whatever its name\'s shape: %j', (text, span) => {
    expect(actorAt(run(text), span)).toMatchObject({ sector: 'REB', via: 'name-shape' });
  });

  it('should keep a name the story once calls fighters an armed group where it stands alone', () => {
    const doc = run('Gunmen of the Coalition for Unity and Renewal ambushed a bus.\n\nThe Coalition for Unity and Renewal denied it on Friday.');
    expect(doc.actors.filter((a) => a.text === 'Coalition for Unity and Renewal').map((a) => a.sector)).toEqual(['REB', 'REB']);
  });

  it('should leave a coalition named beside no fighters an NGO', () => {
    expect(actorAt(run('Members of the Coalition for Clean Rivers marched to the ministry.'), 'Coalition for Clean Rivers')).toMatchObject({ code: 'NGO', sector: 'SOC' });
  });

  it.each([
    ['Fishing boats sheltered in the Black Sea during the storm.', 'Black Sea', 'region'],
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
    ['Opposition groups in Togo are calling for a new constitution.', 'Opposition groups in Togo', 'TGO', 'OPP'],
    ['Security forces in Bolivia used tear gas on striking miners.', 'Security forces in Bolivia', 'BOL', 'COP'],
    ['The army said rebels in Chechnya had burned a school.', 'rebels in Chechnya', 'RUS', 'REB'],
    ['Hundreds of teachers throughout Peru walked out of their classrooms.', 'teachers throughout Peru', 'PER', 'EDU'],
  ])('should code a group by the state it is in: %j', (text, span, code, sector) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, sector, via: 'sector-in-place' });
  });

  it.each([
    ['Dock workers at Norway Shipping stopped work on Monday over unpaid wages.', 'workers at Norway Shipping', 'NOR', 'LAB'],
    ['Workers of the National Bank of Malawi staged a sit-in.', 'Workers of the National Bank of Malawi', 'MWI', 'LAB'],
  ])('should code workers by the state of the organisation they work for: %j', (text, span, code, sector) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, sector, via: 'sector-in-place' });
  });

  it('should not take "from" as a nationality ("pull aid workers from Yemen")', () => {
    expect(run('The charity will pull its aid workers from Yemen.').actors.some((a) => a.via === 'sector-in-place')).toBe(false);
  });

  it('should code "the X administration" by a person known from the article', () => {
    const doc = run('US President George Bush spoke on Monday.\n\nCritics said the Bush administration was wrong.');
    expect(actorAt(doc, 'Bush administration')).toMatchObject({ code: 'USA', sector: 'GOV', via: 'administration-of' });
  });

  it.each([
    ['Ethnic Hungarians in southern Slovakia asked for more schools in their language.', 'SVK', 'ethnic-location'],
    ['Ethnic Hungarians scuffled with Romanian police outside Cluj.', 'ROU', 'ethnic-context'],
  ])('should code ethnic groups by where they live: %j', (text, code, via) => {
    const doc = run(text);
    expect(doc.actors.find((a) => a.text.toLowerCase().startsWith('ethnic hungarians'))).toMatchObject({ code, via });
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
    ['Gunmen from rival clans fought in Tripoli until the Lebanese army sealed off the northern city.', 'Tripoli', 'LBN'],
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

  // The world gazetteer lists one Moyale (Kenya's); the text may say it means a town of another state.
  it.each([
    ['Herders clashed near the Ethiopian town of Moyale on Sunday.'],
    ["Herders clashed in Ethiopia's Moyale on Sunday."],
    ['Herders clashed in Moyale, Ethiopia, on Sunday.'],
  ])('should put a town in the state the text says when the gazetteer lacks it there: %s', (text) => {
    const place = placeAt(run(text), 'Moyale');
    expect(place).toMatchObject({ countryCode: 'ETH', level: 'city', lat: null });
  });

  it('should keep the gazetteer reading of a town the text puts in no state', () => {
    expect(placeAt(run('Herders clashed in Moyale on Sunday.'), 'Moyale')?.countryCode).toBe('KEN');
    // A state's name qualifying the noun after it ("Ethiopian officials") puts no town in that state.
    expect(placeAt(run('Herders clashed near Moyale, Ethiopia officials said.'), 'Moyale')?.countryCode).toBe('KEN');
  });

  it('should give Lebanese Tripoli its own coordinates', () => {
    const place = placeAt(run('Clashes broke out in Tripoli, the Lebanese army said.'), 'Tripoli');
    expect(place).toMatchObject({ countryCode: 'LBN' });
    expect(place!.lat).toBeCloseTo(34.4, 1);
  });

  it.each([
    ['Congo recalled its ambassador to Paris.', '2023-05-02', 'COD'],
    ['Congo recalled its ambassador to Paris.', '1994-05-02', 'COG'],
    ['Congo and Gabon opened a new road bridge near Brazzaville.', '2023-05-02', 'COG'],
    ['Fighting spread from Burundi into Congo.', '1995-01-10', 'COD'],
  ])('should read the shared name in %j (published %s) by the story, else by what it meant then', (text, publishedAt, code) => {
    expect(actorAt(run(text, { publishedAt }), 'Congo')?.code ?? placeAt(run(text, { publishedAt }), 'Congo')?.countryCode).toBe(code);
  });

  it('should keep "Washington" the US government, not the state', () => {
    expect(actorAt(run('Washington said it would send aid.'), 'Washington')).toMatchObject({ code: 'USA', via: 'capital-metonym' });
  });
});

describe('actors: offices named without a person', () => {
  it.each([
    ['The Irish premier arrived in Oslo for talks.', 'Irish premier', 'IRL', 'GOV'],
    ['The Norwegian Prime Minister flew to Kampala on Monday.', 'Norwegian Prime Minister', 'NOR', 'GOV'],
  ])('should give %j the office\'s sector', (text, span, code, sector) => {
    const actor = actorAt(run(text), span);
    expect(actor && [actor.code, actor.sector]).toEqual([code, sector]);
  });

  it('should leave a counterpart to take its office from the person it answers', () => {
    expect(run('The Kenyan minister met his Ugandan counterpart.').actors.map((a) => a.sector)).not.toContain('COUNTERPART');
  });
});

describe('actors: bodies named after an IGO, offices in apposition, "States" (h26f)', () => {
  it('should read a body named after the UN or the EU as that organisation, not the place its name holds', () => {
    const doc = run('Two convoys were looted near Gonaïves last week, a spokesman for the UN Stabilization Mission in Haiti told reporters, while the EU Training Mission in Mali announced a pause in its courses.');
    expect(actorAt(doc, 'UN Stabilization Mission')).toMatchObject({ code: 'UNO', actorKind: 'igo' });
    expect(actorAt(doc, 'EU Training Mission')).toMatchObject({ code: 'EUR', actorKind: 'igo' });
  });

  it('should give a titled name the state of the office set before it by a comma', () => {
    const doc = run("Kenya's president, General John Mwangi, met Ugandan officials in Kampala on Monday.");
    expect(actorAt(doc, "Kenya's president, General John Mwangi")).toMatchObject({ code: 'KEN', actorKind: 'person' });
  });

  it('should not read "States" ending a bloc\'s name as the United States', () => {
    const doc = run('Troops of the Union of Coastal States arrived in Accra on Monday.');
    expect(doc.actors.some((a) => a.code === 'USA')).toBe(false);
  });
});

describe('actors: an office in apposition that names no state (h26f)', () => {
  it('should read the office as the name\'s title and place it by the context', () => {
    const doc = run('Police fired tear gas at protesters in Nairobi on Monday. Jane Wanjiru, the interior minister, said the force had acted lawfully.');
    expect(actorAt(doc, 'Jane Wanjiru')).toMatchObject({ code: 'KEN', sector: 'GOV', actorKind: 'person' });
  });

  it('should not make an office of the head of a body named after "of", nor of a possessive', () => {
    const doc = run('Police fired tear gas at protesters in Nairobi on Monday. Peter Kamau, the leader of the rebels, said he was angry. Paul Otieno, the minister\'s driver, was hurt.');
    expect(actorAt(doc, 'Peter Kamau')?.code ?? null).toBeNull();
    expect(actorAt(doc, 'Paul Otieno')?.code ?? null).toBeNull();
  });
});

describe('actors: a state office named without its state in a story about one state (h26f)', () => {
  it('should give the office the story\'s state, unless its sentence names another', () => {
    const doc = run("Kenya's parliament passed a new finance bill on Tuesday, and protests spread from Nairobi to Mombasa and Kisumu. Kenya's opposition called a strike. Some of the loans come from banks in London and Beijing. The Defence Ministry said troops had been deployed. The Interior Ministry said it had summoned the British envoy.");
    expect(actorAt(doc, 'Defence Ministry')).toMatchObject({ code: 'KEN', sector: 'GOV' });
    expect(actorAt(doc, 'Interior Ministry')?.code ?? null).toBeNull();
  });
});
