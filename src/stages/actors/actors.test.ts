import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

const run = makeDocWithActors;
const actorAt = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text);

describe('actors', () => {
  it.each([
    ['Azerbaijan freed 17 Armenian prisoners on Tuesday.', 'Azerbaijan', 'AZE', 'GOV', 'country-name'],
    ['Azerbaijan freed 17 Armenian prisoners on Tuesday.', 'Armenian prisoners', 'ARM', 'CVL', 'demonym'],
    ['Azerbaijan freed 17 Armenian prisoners of war on Tuesday.', 'Armenian prisoners of war', 'ARM', 'MIL', 'demonym'],
    ['Azerbaijan freed 17 prisoners, Armenian Prime Minister Nikol Pashinyan said.', 'Armenian Prime Minister Nikol Pashinyan', 'ARM', 'GOV', 'title'],
    ['US Secretary of State Antony Blinken, who is currently traveling in Latin America, began three-way talks.', 'US Secretary of State Antony Blinken', 'USA', 'GOV', 'title'],
    ['Blinken welcomed the release, State Department spokesman Ned Price said.', 'State Department spokesman Ned Price', 'USA', 'GOV', 'title'],
    ['Under the deal, Moscow dispatched about 2,000 Russian peacekeepers to oversee the fragile truce.', 'Moscow', 'RUS', 'GOV', 'capital-metonym'],
    ['Under the deal, Moscow dispatched about 2,000 Russian peacekeepers to oversee the fragile truce.', 'Russian peacekeepers', 'RUS', 'MIL', 'demonym'],
    ['Baku and Yerevan fought two wars over the contested region.', 'Yerevan', 'ARM', 'GOV', 'capital-metonym'],
    ['The talks followed an EU-brokered meeting in Brussels.', 'EU', 'EUR', null, 'dictionary'],
    ['They met on the sidelines of the UN General Assembly on September 20.', 'UN General Assembly', 'UNO', null, 'dictionary'],
    ['The six-week war ended in a Russian-brokered ceasefire.', 'Russian', 'RUS', 'GOV', 'demonym'],
    ['The Kenyan parliament voted on Friday to recall its ambassador from Uganda.', 'Kenyan parliament', 'KEN', 'LEG', 'demonym'],
    ['Two Nigerian farmers were shot dead near a market in Maiduguri on Thursday, Nigerian police said.', 'Nigerian police', 'NGA', 'COP', 'demonym'],
    ['Kenyan President William Ruto said his country would not lift the ban.', 'his country', 'KEN', 'GOV', 'coreference'],
    ['A student was beaten by prison guards in the capital.', 'prison guards', null, 'COP', 'group-noun'],
    ["Sudan's Darfuri rebels shelled the town.", 'Sudan', 'SDN', 'REB', 'country-sector'],
    ["Chile's taxi drivers blocked the avenue.", 'Chile', 'CHL', 'LAB', 'country-sector'],
    ['Two ex-soldiers were freed on bail.', 'ex-soldiers', null, 'MIL', 'group-noun'],
    // a nation's air strikes and missiles stand for its military
    ['Turkish airstrikes destroyed a bridge near the border.', 'Turkish airstrikes', 'TUR', 'MIL', 'demonym'],
    ['Russian missiles struck a power plant overnight.', 'Russian missiles', 'RUS', 'MIL', 'demonym'],
    // the object of a finite verb after a name says nothing of the name's sector
    ['The Taliban attacked soldiers at the airport.', 'Taliban', 'AFG', 'REB', 'dictionary'],
    // a state's armed force named by its acronym alone is that state's military (organisations.json)
    ['Villagers said the FARDC pulled out of the hills before dawn.', 'FARDC', 'COD', 'MIL', 'dictionary'],
    ['The UPDF said its jets had destroyed the camp.', 'UPDF', 'UGA', 'MIL', 'dictionary'],
    ['The IRGC said its navy had seized a tanker in the Gulf.', 'IRGC', 'IRN', 'MIL', 'dictionary'],
    // a security or intelligence chief named by the title alone is an officer of the state the story is about
    ['Ghana said the border would stay shut. Security chief Kwame Boateng warned that smugglers would be arrested.', 'Security chief Kwame Boateng', 'GHA', 'GOV', 'article-country'],
    ['Spy chief Daniel Okello told parliament that the cell had been broken up in Kampala.', 'Spy chief Daniel Okello', 'UGA', 'GOV', 'sentence-country'],
    // an Arabic surname named again without its article, first within a sentence, then opening one
    ['Jordanian Interior Minister Khalid al-Rubaie ordered an inquiry into the ambush. Later that day Rubaie met tribal elders in Irbid.', 'Rubaie', 'JOR', 'GOV', 'coreference'],
    ['Jordanian Interior Minister Khalid al-Rubaie ordered an inquiry into the ambush. Rubaie later met tribal elders in Irbid.', 'Rubaie', 'JOR', 'GOV', 'coreference'],
    // an office title the entity layer reads as an organisation's letters ("MP") titles the name in apposition after it
    ['Caracas expelled a Dutch MP, Pieter Hoogland, on Friday. Hoogland called the decision absurd.', 'Dutch MP, Pieter Hoogland', 'NLD', 'LEG', 'title'],
    ['Caracas expelled a Dutch MP, Pieter Hoogland, on Friday. Hoogland called the decision absurd.', 'Hoogland', 'NLD', 'LEG', 'coreference'],
    // a foreign town the story never names the state of is no place where the words say a division or a local site
    ['Kenyan officials met on Monday. The government imposed a curfew in Gori province on Friday.', 'The government', 'KEN', 'GOV', 'group-noun-article-state'],
    ['Ghana’s army chief spoke on Monday. Soldiers guarded the Mariental water works after the protest.', 'Soldiers', 'GHA', 'MIL', 'group-noun-article-state'],
    // a militia whose name holds another group's name is itself, not that group
    ['Kataib Hezbollah claimed the drone strike on the airbase.', 'Kataib Hezbollah', 'IRQ', 'PRM', 'dictionary'],
  ])('should resolve %j: "%s" → %s %s', (text, span, code, sector, via) => {
    expect(actorAt(run(text), span)).toMatchObject({ code, sector, via });
  });

  it('should keep a foreign town before a noun of the land around it, dropping it only inside a site\'s name (site-nouns.json)', () => {
    const land = run('Russian guns shelled farms in the Kupiansk countryside on Sunday.');
    expect(land.places.find((p) => p.text === 'Kupiansk')?.countryCode).toBe('UKR');
  });

  it('should give no government sector to a security chief a club or a venue owns', () => {
    const doc = run("The arena's security chief Peter Lindqvist said ticketless fans had forced a gate before the final.");
    expect(actorAt(doc, 'security chief Peter Lindqvist')).toBeDefined();
    expect(actorAt(doc, 'security chief Peter Lindqvist')!.sector).toBeNull();
    const state = run("The country's security chief Peter Lindqvist said the gang had been broken up.");
    expect(actorAt(state, 'security chief Peter Lindqvist')?.sector).toBe('GOV');
  });

  it('should give no state to an acronym that several states\' armed forces bear ("SAF": Sudan, Singapore)', () => {
    const doc = run('Singapore confirmed on Thursday that the SAF would send a frigate to the rescue effort.');
    expect(actorAt(doc, 'SAF')?.code).not.toBe('SDN');
  });

  it('should read a capital opening the name of a pact as the pact, not the capital\'s government', () => {
    const doc = run('Older villagers still recall how Tashkent Pact soldiers crossed the river in 1966.');
    expect(doc.actors.find((a) => a.text === 'Tashkent')).toBeUndefined();
  });

  it('should code ethnic separatists by the territory they are in (PLOVER: Nagorno-Karabakh → AZE) as rebels', () => {
    const doc = run('When the Soviet Union collapsed in 1991, ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan.');
    expect(actorAt(doc, 'ethnic Armenian separatists')).toMatchObject({ code: 'AZE', sector: 'REB', via: 'ethnic-location' });
    expect(actorAt(doc, 'Soviet Union')).toMatchObject({ code: 'SUN' });
  });

  it('should make two GOV actors of "Ministers of Azerbaijan and Armenia"', () => {
    const doc = run('Ministers of Azerbaijan and Armenia met together with Blinken on the sidelines.');
    expect(actorAt(doc, 'Azerbaijan')).toMatchObject({ code: 'AZE', sector: 'GOV', via: 'country-sector' });
    expect(actorAt(doc, 'Armenia')).toMatchObject({ code: 'ARM', sector: 'GOV', via: 'country-sector' });
  });

  it('should give the counterpart the title of the person it is counterpart to and the demonym\'s country', () => {
    const doc = run('Blinken began three-way talks with Armenian Foreign Minister Ararat Mirsoyan and his Azerbaijani counterpart Jeyhun Bayramov on Tuesday.');
    expect(actorAt(doc, 'Azerbaijani counterpart Jeyhun Bayramov')).toMatchObject({ code: 'AZE', sector: 'GOV', via: 'counterpart', actorKind: 'person' });
    expect(doc.actors.some((a) => a.text === 'his')).toBe(false);
  });

  it('should resolve a later surname and a pronoun to the earlier titled person', () => {
    const doc = run('Armenian Prime Minister Nikol Pashinyan spoke on Tuesday.\n\n“I appreciate the efforts,” Pashinyan said on Twitter.\n\nHe expressed hope for further progress.');
    expect(actorAt(doc, 'Pashinyan')).toMatchObject({ code: 'ARM', sector: 'GOV', via: 'coreference', name: 'Nikol Pashinyan' });
    const he = actorAt(doc, 'He');
    expect(he).toMatchObject({ code: 'ARM', via: 'coreference' });
    expect(he!.evidence.length).toBeGreaterThan(0);
  });

  it('should resolve collectives to the two most coordinated countries', () => {
    const doc = run('Baku and Yerevan fought two wars.\n\nThe US praised Armenia and Azerbaijan.\n\nAt least 286 people were killed on both sides last month, and the two held joint talks again in Geneva.');
    expect(actorAt(doc, 'both sides')).toMatchObject({ actorKind: 'collective', members: ['ARM', 'AZE'] });
    expect(actorAt(doc, 'the two')).toMatchObject({ actorKind: 'collective' });
  });

  it('should read an acronym two organisations share as the one whose state the story names', () => {
    expect(actorAt(run('Sudan accused the RSF of shelling a market in Omdurman.'), 'RSF')).toMatchObject({ code: 'SDN', sector: 'PRM' });
    expect(actorAt(run('Shelling hit Nyala overnight. The RSF denied the attack.'), 'RSF')).toMatchObject({ code: 'SDN' });
    // Elsewhere the first listed reading stands: the press-freedom group.
    expect(actorAt(run('The RSF condemned the jailing of two reporters in Baku.'), 'RSF')).toMatchObject({ code: 'NGO', sector: 'JRN' });
  });

  it('should read "Armed Forces" of a state as its military, and as rebels only beside another rebel word', () => {
    expect(actorAt(run('The Armed Forces of Liberia sent a platoon to Ganta.'), 'Armed Forces of Liberia')).toMatchObject({ code: 'LBR', sector: 'MIL' });
    expect(actorAt(run('The Sierra Leone Armed Forces sent troops to Kono.'), 'Sierra Leone Armed Forces')).toMatchObject({ code: 'SLE', sector: 'MIL' });
    expect(actorAt(run('The Revolutionary Armed Forces of Colombia attacked a post.'), 'Revolutionary Armed Forces of Colombia')).toMatchObject({ sector: 'REB' });
    expect(run('Police cleared a blockade of the Inter-American Highway near Cuilco.').actors.some((a) => a.code === 'USA')).toBe(false);
  });

  it('should read a shared acronym by the story\'s places after it, and by an armed noun after it', () => {
    // The place that settles it comes later in the sentence, or in a later sentence.
    expect(actorAt(run('The RSF stormed a hospital in Geneina on Sunday.'), 'RSF')).toMatchObject({ code: 'SDN' });
    expect(actorAt(run('The RSF denied the report. Residents of Kassala said shops were looted.'), 'RSF')).toMatchObject({ code: 'SDN' });
    // No place at all: "fighters" after it names the armed group.
    expect(actorAt(run('RSF fighters looted shops overnight, residents said.'), 'RSF')).toMatchObject({ code: 'SDN' });
    // A place of another state keeps the press-freedom group.
    expect(actorAt(run('The RSF said police beat a reporter in Tegucigalpa on Friday.'), 'RSF')).toMatchObject({ code: 'NGO', sector: 'JRN' });
  });

  it('should read "the two armies" and "the warring parties" as the story\'s two states', () => {
    const doc = run('Troops of Bolivia and Chile traded fire near the Silala springs.\n\nThe two armies pulled back on Friday.\n\nThe warring parties then agreed to talks.');
    expect(actorAt(doc, 'The two armies')).toMatchObject({ actorKind: 'collective', members: ['BOL', 'CHL'], sector: 'MIL' });
    expect(actorAt(doc, 'warring parties')).toMatchObject({ actorKind: 'collective', members: ['BOL', 'CHL'] });
  });

  it('should carry the pair along a chain of collectives beyond the sentences that name it', () => {
    const doc = run('Belize and Guatemala quarrelled over the Sarstoon river.\n\nThe two countries recalled envoys.\n\nTrade fell sharply.\n\nThe neighbours will meet in Mexico City.');
    expect(actorAt(doc, 'The neighbours')).toMatchObject({ actorKind: 'collective', members: ['BLZ', 'GTM'] });
  });

  it('should not read "the neighbours" as states where no pair of states is named', () => {
    const doc = run('Gunmen stormed a house in Kano overnight.\n\nThe neighbours heard shots.');
    expect(actorAt(doc, 'The neighbours')?.actorKind).not.toBe('collective');
  });

  it('should read a wire dateline\'s place in capitals as a place of the story, and its date as no place', () => {
    const doc = run('LUSAKA, Sept 4 (Reuters) - Armed men robbed a bank on Tuesday, residents said.');
    expect(doc.places.map((p) => [p.text, p.countryCode])).toEqual([['LUSAKA', 'ZMB']]);
    expect(actorAt(doc, 'Armed men')).toMatchObject({ code: 'ZMB', sector: 'UAF' });
  });

  it('should give a definite armed group noun the code of the armed group named just before', () => {
    const doc = run('Hezbollah fired rockets at a border post near Metula.\n\nThe militants also launched drones.');
    expect(actorAt(doc, 'militants')).toMatchObject({ code: 'LBN', sector: 'REB', via: 'coreference' });
    // Not an indefinite one: "rebels" elsewhere may be another group.
    expect(actorAt(run('Hezbollah fired rockets at a border post near Metula.\n\nMilitants also launched drones.'), 'Militants')?.via).not.toBe('coreference');
  });

  it('should give "both sides" no mediator\'s country when no pair of countries is coordinated', () => {
    // The sides are an army and a militia of one state; the only other state is the host. Since actors 68 the two
    // parties named together make the collective that one state's, never the host's.
    const doc = run("Ethiopia's army and the Fano militia agreed to a truce, Kenyan mediators said.\n\nEnvoys of both sides signed the text in Nairobi after talks hosted by Kenya.");
    expect(actorAt(doc, 'both sides')).toMatchObject({ actorKind: 'collective', members: ['ETH'] });
  });

  it('should read "the two sides" as the two parties named together before it, once group nouns are coded', () => {
    const doc = run('Guyanese police and Venezuelan soldiers traded shots across the Cuyuni river late on Friday, officials on both sides said.\n\nThe two sides agreed on Sunday to set up a joint border commission.');
    expect([...(actorAt(doc, 'both sides')?.members ?? [])].sort()).toEqual(['GUY', 'VEN']);
    expect([...(actorAt(doc, 'The two sides')?.members ?? [])].sort()).toEqual(['GUY', 'VEN']);
  });

  it('should read "both sides" as the story\'s coordinated pair named well before it', () => {
    const doc = run('Peru and Ecuador traded accusations over a disputed river port on Monday.\n\nPeru said its customs post had been damaged.\n\nLima recalled its consul from Guayaquil.\n\nFishing boats stayed in harbour all week.\n\nThe Organization of American States urged both sides to keep talking.');
    expect([...(actorAt(doc, 'both sides')?.members ?? [])].sort()).toEqual(['ECU', 'PER']);
  });

  it('should not join the last two states of a list into the pair "the two countries" stand for', () => {
    const doc = run('Zambia reopened its borders with Malawi, Tanzania and Mozambique on Monday.\n\nOfficials said trade between the two countries had fallen by half.');
    expect(actorAt(doc, 'the two countries')?.members ?? []).not.toEqual(expect.arrayContaining(['TZA', 'MOZ']));
  });

  it.each([
    ['the two held joint talks again in Geneva on Sunday.', 'Geneva', 'CHE', 'city'],
    ['an EU-brokered meeting on August 31 in Brussels.', 'Brussels', 'BEL', 'city'],
    ['over the contested region of Nagorno-Karabakh, an enclave of Azerbaijan.', 'Nagorno-Karabakh', 'AZE', 'region'],
    ['Russia, distracted by its war in Ukraine, is losing influence.', 'Ukraine', 'UKR', 'country'],
    ['Drones hit two depots in north-western Iraq overnight.', 'Iraq', 'IRQ', 'country'],
  ])('should find the place in %j', (text, name, countryCode, level) => {
    const doc = run(text);
    const place = doc.places.find((p) => p.text === name);
    expect(place).toMatchObject({ countryCode, level });
    expect(place!.lat).not.toBeNull();
    expect(doc.actors.some((a) => a.text === name)).toBe(false);
  });

  it('should prefer the Caucasus country over the Colombian city for "Armenia"', () => {
    const doc = run('Blinken reaffirmed his commitment to helping Armenia and Azerbaijan resolve issues peacefully.');
    expect(actorAt(doc, 'Armenia')).toMatchObject({ code: 'ARM', actorKind: 'country' });
  });

  it('should keep evidence spans that slice the text and stamp the resource version', () => {
    const text = readFileSync(new URL('../../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url), 'utf8');
    const doc = run(text);
    expect(doc.actors.length).toBeGreaterThan(30);
    for (const a of [...doc.actors]) {
      expect(doc.text.slice(a.span.start, a.span.end)).toBe(a.text);
      for (const e of a.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
      expect(a.origin.resource).toMatch(/world-countries@/);
    }
  });
});

describe('actors: stances and offices of the state', () => {
  it.each([
    ['Anti-American protesters marched in Tashkent on Sunday.', 'UZB'],
    ['Pro-Russian activists rallied outside a television station in Almaty.', 'KAZ'],
  ])('should read a demonym after "anti-" or "pro-" as the target of a stance, not the nationality of its holders, in %j', (text, code) => {
    const doc = makeDocWithActors(text);
    expect(doc.actors.filter((a) => a.code === 'USA' || a.code === 'RUS')).toEqual([]);
    expect(doc.actors.find((a) => /protesters|activists/.test(a.text))?.code).toBe(code);
  });

  it.each([
    ['The Human Rights Ombudsman of Kazakhstan criticised the police.', 'Human Rights Ombudsman of Kazakhstan', 'KAZ', 'GOV'],
    ["Mongolia's Human Rights Commissioner condemned the detention of three herders.", "Mongolia's Human Rights Commissioner", 'MNG', 'GOV'],
    ['The ombudsman criticised police in Tashkent.', 'ombudsman', 'UZB', 'GOV'],
  ])('should read an office of the state named by its title as the state\'s, not an NGO, in %j', (text, name, code, sector) => {
    expect(makeDocWithActors(text).actors.find((a) => a.text === name)).toMatchObject({ code, sector });
  });

  it('should keep a rights group named by its shape an NGO', () => {
    expect(makeDocWithActors('Human Rights Watch criticised the police in Almaty.').actors.find((a) => a.text === 'Human Rights Watch')?.code).toBe('NGO');
  });

  it.each([
    ['The rights group Tavrida condemned the arrests in Almaty on Monday.', 'Tavrida'],
    ['The Chilean human rights organisation Vozandes accused the riot police of beating students in Valparaíso.', 'Vozandes'],
  ])('should code an unknown name introduced as a rights group an NGO, not the state of its place, in %j', (text, name) => {
    expect(actorAt(run(text), name)).toMatchObject({ code: 'NGO', sector: 'SOC' });
  });

  it('should leave a name introduced by a state body\'s noun to the state', () => {
    expect(actorAt(run('The border agency Grenzwacht said it had rescued 40 people off Sicily.'), 'Grenzwacht')?.code).not.toBe('NGO');
  });

  it('should not code a name an NGO when the rights group\'s noun is not beside it', () => {
    // The descriptor must end right before the name, or close an apposition that opens right after it.
    expect(actorAt(run('The rights group said on Monday that Kestrel Mining had fired 40 workers in Almaty.'), 'Kestrel Mining')?.code).not.toBe('NGO');
    expect(actorAt(run('Kestrel Mining, a firm the rights group sued last year, fired 40 workers in Almaty.'), 'Kestrel Mining')?.code).not.toBe('NGO');
  });
});
