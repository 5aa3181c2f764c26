import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { entities } from './index.js';

function mentionsOf(text: string): string[] {
  const doc = makeDoc(text);
  entities().run(doc, { report: () => {} });
  return doc.mentions.map((m) => `${m.label}:${m.text}`);
}

describe('entities', () => {
  it.each([
    ['Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.',
      ['GPE:Azerbaijan', 'NORP:Armenian', 'GPE:US', 'NORP:Armenian', 'PERSON:Nikol Pashinyan']],
    ['Baku and Yerevan fought two wars over the contested region of Nagorno-Karabakh.', ['GPE:Baku', 'GPE:Yerevan', 'LOC:Nagorno-Karabakh']],
    ['Ministers of Azerbaijan and Armenia met together with Blinken on the sidelines of the UN General Assembly on September 20.',
      ['GPE:Azerbaijan', 'GPE:Armenia', 'ORG:UN General Assembly']],
    ['US Secretary of State Antony Blinken began talks with Armenian Foreign Minister Ararat Mirsoyan.',
      ['GPE:US', 'PERSON:Antony Blinken', 'NORP:Armenian', 'PERSON:Ararat Mirsoyan']],
    ['The rebel National Patriotic Front (NPF) said it would hand back the seized trucks.', ['ORG:National Patriotic Front', 'ORG:NPF']],
  ])('should find the mentions in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should read a town named by a common word as the word when it opens a sentence before a word in lower case', () => {
    expect(mentionsOf('Mobile banking stopped in the north after the storm.')).toEqual([]);
    expect(mentionsOf('Reading the verdict aloud, the judge ordered a retrial.')).toEqual([]);
  });

  it('should keep such a town as a place inside a sentence and before a noun of its people or bodies', () => {
    expect(mentionsOf('Flooding closed two schools in Mobile on Sunday.')).toEqual(['GPE:Mobile']);
    expect(mentionsOf('Reading police arrested two men after the fire.')).toEqual(['GPE:Reading']);
  });

  it('should keep an honorific between two words of a name inside the name, and cut it before one', () => {
    expect(mentionsOf('Abdi Sheikh Warsame, the regional governor, opened the market, and Sheikh Nur Adan spoke at the mosque.'))
      .toEqual(expect.arrayContaining(['PERSON:Abdi Sheikh Warsame', 'PERSON:Nur Adan']));
  });

  it('should find a name spelt with its own letters as one person', () => {
    expect(mentionsOf('Opposition leader Kemal Kılıçdaroğlu addressed supporters in İzmir.')).toContain('PERSON:Kemal Kılıçdaroğlu');
  });

  it('should read a demonym after a given name as a surname, and keep it an adjective before the word it qualifies', () => {
    expect(mentionsOf('The rights chief, Volker Turk, said the vote was flawed.')).toContain('PERSON:Volker Turk');
    expect(mentionsOf('The mayor, Judith French, said the road would reopen on Monday.')).toContain('PERSON:Judith French');
    expect(mentionsOf('Christian Lebanese militias held the ridge.')).not.toContain('PERSON:Christian Lebanese');
  });

  it('should label a later surname-only mention as a person', () => {
    const found = mentionsOf('US Secretary of State Antony Blinken arrived. Blinken welcomed the release of the prisoners.');
    expect(found).toContain('PERSON:Blinken');
  });

  it('should not take sentence-initial common words or weekdays as names', () => {
    expect(mentionsOf('The move underscores growing involvement on Tuesday.')).toEqual([]);
  });

  it.each([
    ['Federal Aviation Administration Director Jane Garvey grounded the fleet.', ['ORG:Federal Aviation Administration', 'PERSON:Jane Garvey']],
    ['The loss was confirmed by Peter Hall of Barclays Bank on Monday.', ['PERSON:Peter Hall', 'ORG:Barclays Bank']],
    ['Diane Preston chaired the hearing.', ['PERSON:Diane Preston']],
    ['KHARTOUM, Sudan (AFP) - Troops moved in.', ['GPE:KHARTOUM', 'GPE:Sudan']],
    ['Germany signed the 1925 Geneva Protocol and backed the Minsk agreements.', ['GPE:Germany', 'EVENT:Geneva Protocol', 'EVENT:Minsk agreements']],
    ['The National Bank of Ethiopia raised rates.', ['ORG:National Bank of Ethiopia', 'GPE:Ethiopia']],
    ['Kurds and Sunni tribesmen met Christian leaders.', ['NORP:Kurds', 'NORP:Sunni', 'NORP:Christian']],
    ['The bishops spoke for Roman Catholic voters.', ['NORP:Roman Catholic']],
    ['Police held members of the Alliance for National Renewal (ANR) overnight.', ['ORG:Police', 'ORG:Alliance for National Renewal', 'ORG:ANR']],
    ['Fighters of the National Front for the Liberation of Angola (FNLA) withdrew.', ['ORG:National Front for the Liberation of Angola', 'GPE:Angola', 'ORG:FNLA']],
    ["The Ogoni People's Liberation Front met in Port Harcourt.", ["ORG:Ogoni People's Liberation Front", 'GPE:Port Harcourt']],
    // A state of a federation is a GPE once the gazetteer knows it (its first-order divisions).
    ["Fighting spread to Nigeria's Kwara State and the Sabon Gari Market.", ['GPE:Nigeria', 'GPE:Kwara State', 'LOC:Sabon Gari Market']],
    ['Guests fled the Lakeview Hotel as ash fell from Mount Kanlaon.', ['LOC:Lakeview Hotel', 'LOC:Mount Kanlaon']],
    ['Students marched to Plaza Independencia on Friday.', ['LOC:Plaza Independencia']],
  ])('should read the shape of the names in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should read a headline in capitals with the names the story gives', () => {
    expect(mentionsOf('STOLTENBERG VISITS KYIV\n\nNATO chief Jens Stoltenberg arrived in Kyiv on Monday.')).toEqual(
      ['PERSON:STOLTENBERG', 'GPE:KYIV', 'ORG:NATO', 'PERSON:Jens Stoltenberg', 'GPE:Kyiv']);
  });

  it('should read a short form after the full name', () => {
    expect(mentionsOf('Iraqi President Fuad Masum arrived. Masum welcomed the talks.')).toContain('PERSON:Masum');
  });

  describe('a surname that is also an English word, first in its sentence', () => {
    it('should be the person the article names in full, though the tagger reads it as a word', () => {
      const text = 'President Donald Trump spoke in Ohio on Monday. Trump set a deadline for the talks.';
      const doc = makeDoc(text);
      expect(doc.tokens.find((t) => t.text === 'Trump' && t.start > 40)?.pos).not.toBe('PROPN');
      expect(mentionsOf(text)).toEqual(['PERSON:Donald Trump', 'LOC:Ohio', 'PERSON:Trump']);
    });

    it('should be read with a full name that comes only later', () => {
      expect(mentionsOf('Trump set a deadline for the talks. President Donald Trump spoke in Ohio on Monday.')).toContain('PERSON:Trump');
    });

    it('should be the person the corpus memory knows', () => {
      const doc = makeDoc('Trump set a deadline for the talks.');
      entities({ knownPeople: new Set(['Donald Trump', 'Trump']) }).run(doc, { report: () => {} });
      expect(doc.mentions.map((m) => `${m.label}:${m.text}`)).toEqual(['PERSON:Trump']);
    });

    it.each([
      ['without a person of that name', 'Trump set a deadline for the talks.'],
      ['as the first word of a compound', 'Brown rice is cheap in Leeds. Gordon Brown arrived on Monday.'],
    ])('should stay a word %s', (_, text) => {
      expect(mentionsOf(text).filter((m) => m === 'PERSON:Trump' || m === 'PERSON:Brown')).toEqual([]);
    });
  });

  it.each([
    ['Mendoza, 52, was arrested at his home on Tuesday.', 'PERSON:Mendoza'],
    ['Okonjo, who had led the union since 2019, resigned.', 'PERSON:Okonjo'],
  ])('should read a one-word name followed by an age or "who" as a person: %j', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it.each([
    ['Okonkwo has denied the charges, his lawyer told the court.', ['PERSON:Okonkwo']],
    ['Inflation has slowed since the spring.', []],
    ['Shipments are expected to resume next week.', []],
    ['Bakassi is a peninsula claimed by both states.', []],
  ])('should read a sentence\'s first word before a verb as a name only when it is no English word: %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should keep a town with a distance after it a town', () => {
    expect(mentionsOf('Troops entered Mendoza, 30 km from the border.')).toEqual(['GPE:Mendoza']);
  });

  it('should keep every span inside the text', () => {
    const doc = makeDoc('The Geneva talks followed an EU-brokered meeting in Brussels.');
    entities().run(doc, { report: () => {} });
    for (const m of doc.mentions) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});

describe('entities: adjectives made of names', () => {
  it.each([
    ['The Saudi-led coalition shelled a pro-Houthi base.', ['NORP:Saudi-led', 'GPE:Saudi', 'NORP:pro-Houthi', 'ORG:Houthi']],
    ['Kurdish-controlled towns backed the anti-Western campaign.', ['NORP:Kurdish-controlled', 'NORP:Kurdish', 'NORP:anti-Western']],
    ['Envoys reopened Greek-Turkish talks with Syrian Kurds.', ['NORP:Greek-Turkish', 'NORP:Greek', 'NORP:Turkish', 'NORP:Syrian Kurds', 'NORP:Syrian', 'NORP:Kurds']],
  ])('should read %j as one adjective with its names nested', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should not make an adjective of a word that is not a name or of an ending outside the list', () => {
    expect(mentionsOf('The anti-inflation plan was Nairobi-approved.')).toEqual(['GPE:Nairobi']);
  });

  it('should keep a romanised given name with its hyphenated syllable', () => {
    expect(mentionsOf('Choi Min-ho met Wang Xiao-ming in Seoul.')).toEqual(['PERSON:Choi Min-ho', 'PERSON:Wang Xiao-ming', 'GPE:Seoul']);
  });
});

describe('entities: organisations joined and parted', () => {
  it.each([
    ['The Lagos Herald and the Accra Times printed the letter.', ['ORG:Lagos Herald', 'GPE:Lagos', 'ORG:Accra Times', 'GPE:Accra']],
    ['The Ghana Police arrested two editors of the Malawi Gazette.', ['ORG:Ghana Police', 'GPE:Ghana', 'ORG:Malawi Gazette', 'GPE:Malawi']],
    ['Officers of the Tarvo Gendarmerie arrested members of the Velmar Cartel.', ['ORG:Tarvo Gendarmerie', 'ORG:Velmar Cartel']],
  ])('should read %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('entities: vessels', () => {
  it.each([
    ['The frigate Olav Tryggvason and the destroyers Halsey and Kidd sailed at dawn; the Olav Tryggvason returned.',
      ['PRODUCT:Olav Tryggvason', 'PRODUCT:Halsey', 'PRODUCT:Kidd', 'PRODUCT:Olav Tryggvason']],
    ['Gunmen boarded the tanker Nordic Star off Lagos, near HMS Kent.', ['PRODUCT:Nordic Star', 'GPE:Lagos', 'PRODUCT:HMS Kent']],
  ])('should read the ship in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should keep a state named after a word for a vessel a state', () => {
    expect(mentionsOf('Officials said the tanker Iran had seized was empty.')).toEqual(['GPE:Iran']);
  });
});

describe('entities: places named by the word for a place', () => {
  it.each([
    ['Gunmen raided the village of Kafr Zibad and the towns of Tarbul and Qasrun on Monday.', ['GPE:Kafr Zibad', 'LOC:Tarbul', 'LOC:Qasrun']],
    ['Families fled to Zubayrat refugee camp and the al-Hamra checkpoint.', ['LOC:Zubayrat', 'LOC:al-Hamra']],
  ])('should read the place in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each([
    ['Gunmen raided a cattle market in the Abu Tabar district on Monday.', ['LOC:Abu Tabar']],
    ['Soldiers fired tear gas near the village of Dan Gamji on Wednesday.', ['LOC:Dan Gamji']],
  ])('should read a name that opens with a given name as the place its noun says it is in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should keep a name that opens with a given name a person after a bare preposition', () => {
    expect(mentionsOf('The governor met Abu Tabar in Kassala.')).toContain('PERSON:Abu Tabar');
  });

  it('should leave an organisation, a common word and a sentence-initial word alone', () => {
    expect(mentionsOf('Local officials visited a Hamas camp. The town was quiet.')).toEqual(['ORG:Hamas']);
  });

  it.each([
    ['Armed men looted shops in Wad Kibeira on Saturday.', ['LOC:Wad Kibeira']],
    ['A mine exploded near Gogoni, east of Mombasa, injuring two herders.', ['LOC:Gogoni', 'GPE:Mombasa']],
    ['Police detained nine traders in Mbalango in eastern Uganda.', ['ORG:Police', 'LOC:Mbalango', 'GPE:Uganda']],
  ])('should read an unknown name after a preposition of place as a place in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should read a world place that holds a built-in name whole as that place', () => {
    expect(mentionsOf('Floods cut roads across New South Wales.')).toEqual(['GPE:New South Wales']);
  });

  it('should not read a compound, a possessive, a feast or a language after "in" as a place', () => {
    expect(mentionsOf('The video was shared in Kivuli posts during Ramadan.')).toEqual([]);
    expect(mentionsOf('The statement was read in Swahili at Kasozi\'s home.')).toEqual([]);
  });
});

describe('entities: names whose head comes first', () => {
  it('should read an armed group named in Arabic or Urdu as an organisation, not a person', () => {
    const found = mentionsOf('Gunmen from Jaish al-Nasr ambushed a convoy near the border, and Lashkar-e-Hind denied any role.');
    expect(found).toEqual(expect.arrayContaining(['ORG:Jaish al-Nasr', 'ORG:Lashkar-e-Hind']));
    expect(mentionsOf('Al-Harakat al-Wataniya fighters withdrew from the hills overnight.')).toContain('ORG:Al-Harakat al-Wataniya');
    expect(mentionsOf('Troops arrested two commanders of al-Kataib al-Sharqiya near the river crossing.')).toContain('ORG:al-Kataib al-Sharqiya');
  });

  it('should keep a person whose given name is such a word a person', () => {
    expect(mentionsOf('Ansar Qureshi, a lawyer for the families, said Ansar al-Din had claimed the raid.'))
      .toEqual(expect.arrayContaining(['PERSON:Ansar Qureshi', 'ORG:Ansar al-Din']));
  });

  it('should read a named operation as an event', () => {
    expect(mentionsOf('The navy said Operation Iron Harvest would run until March.')).toContain('EVENT:Operation Iron Harvest');
    expect(mentionsOf('Operation Desert Lantern began at dawn, officials said.')).toContain('EVENT:Operation Desert Lantern');
  });
});

describe('entities: an organisation read back from its acronym', () => {
  it('should take "in" and a place into a name its acronym spells', () => {
    const found = mentionsOf('The Joint Verification Mission in Kivu (JVMK) reported three violations of the truce.');
    expect(found).toContain('ORG:Joint Verification Mission in Kivu');
    expect(found).not.toContain('ORG:Joint Verification Mission');
    expect(mentionsOf('A patrol of the Joint Observer Force on the Border (JOFB) came under fire.')).toContain('ORG:Joint Observer Force on the Border');
  });

  it('should leave a name holding a known organisation as read, so the organisation is still read', () => {
    const found = mentionsOf('A patrol of the UN Observer Force on the Border (UNOFB) came under fire.');
    expect(found).toContain('ORG:UN');
    expect(found).not.toContain('ORG:UN Observer Force on the Border');
  });

  it('should let an acronym leave out a word or two of a long name', () => {
    expect(mentionsOf('The Front for the Defence of Farmers and Herders in Sahel (FDS) rejected the deal.'))
      .toContain('ORG:Front for the Defence of Farmers and Herders in Sahel');
  });

  it('should keep the owner written before such a name a person', () => {
    expect(mentionsOf('Police detained 40 members of Ama Boateng\'s National Renewal Party (NRP) in Kumasi.'))
      .toEqual(expect.arrayContaining(['PERSON:Ama Boateng', 'ORG:National Renewal Party', 'ORG:NRP']));
  });
});

describe('entities: a person named after a word for a person', () => {
  it('should read the surname alone as the person a lower-case role word introduced', () => {
    const found = mentionsOf('The militia leader Ojuku Manyang announced a truce on Friday. Fighters loyal to Manyang withdrew from the market.');
    expect(found).toEqual(expect.arrayContaining(['PERSON:Ojuku Manyang', 'PERSON:Manyang']));
  });

  it('should not take a plural or a one-word company for such a person', () => {
    expect(mentionsOf('The rival bidders Real Kafue won again. Kafue fans celebrated.')).not.toContain('PERSON:Kafue');
  });
});

describe('entities: ethnic groups of conflict reporting', () => {
  it('should read ethnic groups before a word for people as groups', () => {
    expect(mentionsOf('Dogon militiamen burned granaries after Peul herders were accused of theft.'))
      .toEqual(expect.arrayContaining(['NORP:Dogon', 'NORP:Peul']));
    expect(mentionsOf('Elders of the Hema and Lendu communities signed a pledge in front of the governor.'))
      .toEqual(expect.arrayContaining(['NORP:Hema', 'NORP:Lendu']));
  });
});

describe('entities: numbered military units', () => {
  it('should keep a unit\'s number in its name', () => {
    expect(mentionsOf('Soldiers of the 7th Mechanised Brigade retook the bridge, backed by the 22nd Artillery Regiment.'))
      .toEqual(expect.arrayContaining(['ORG:7th Mechanised Brigade', 'ORG:22nd Artillery Regiment']));
  });
});

describe('entities: weapons', () => {
  it('should read a name or a designation before a word for a weapon as the weapon', () => {
    const found = mentionsOf('The brigade fired Harpoon Lance missiles and flew two Ka-52 helicopters over the ridge.');
    expect(found).toEqual(expect.arrayContaining(['PRODUCT:Harpoon Lance', 'PRODUCT:Ka-52']));
    expect(found).not.toContain('PERSON:Harpoon Lance');
    expect(mentionsOf('Investigators found Galil, Beretta and Tokarev pistols in the truck.'))
      .toEqual(expect.arrayContaining(['PRODUCT:Galil', 'PRODUCT:Beretta', 'PRODUCT:Tokarev']));
  });

  it('should keep who owns the weapon what it is', () => {
    const found = mentionsOf('Sudanese drones and RSF drones struck the market, and Hezbollah rockets hit Kiryat Shmona.');
    expect(found).toEqual(expect.arrayContaining(['NORP:Sudanese', 'ORG:RSF', 'ORG:Hezbollah']));
    expect(found.filter((m) => m.startsWith('PRODUCT'))).toEqual([]);
  });
});

describe('entities: words of the compass in names', () => {
  it('should keep a word of the compass that opens an organisation\'s name in it', () => {
    expect(mentionsOf('Fighters loyal to the Southern Resistance Council shelled the airport.')).toContain('ORG:Southern Resistance Council');
    expect(mentionsOf('Police said the Eastern Liberation Movement had claimed the ambush.')).toContain('ORG:Eastern Liberation Movement');
  });

  it('should not make a name of a word of the compass alone', () => {
    expect(mentionsOf('Western envoys met northern elders on Monday.')).toEqual([]);
  });
});

describe('entities: a capital that is a first name after an office title', () => {
  it.each([
    ["Paraguay's president Santiago Pena met farmers in Asuncion on Monday.", 'GPE:Santiago'],
    ['Mongolian minister Ulaanbaatar Batbold met herders on Monday.', 'GPE:Ulaanbaatar'],
  ])('should not read the capital in %j as a place', (text, wrong) => {
    expect(mentionsOf(text)).not.toContain(wrong);
  });

  it('should keep a capital after a title that is not followed by a name', () => {
    expect(mentionsOf('The president visited Asuncion on Monday.')).toContain('GPE:Asuncion');
  });
});


describe('entities: a town that is the first word of a longer place name (isCityBeforeParticle)', () => {
  it('should not read the town in a longer name joined by a particle as the town', () => {
    const mentions = mentionsOf('Soldiers searched houses in Sogamoso de Arriba.');
    expect(mentions.filter((m) => m.endsWith(':Sogamoso'))).toEqual([]);
    expect(mentions.some((m) => m.endsWith(':Sogamoso de Arriba'))).toBe(true);
  });

  it('should keep a town followed by an English word or by a name the gazetteer knows whole', () => {
    expect(mentionsOf('Police fired tear gas in Kabul as Taliban fighters gathered.')).toContain('GPE:Kabul');
    expect(mentionsOf('Protesters marched in Rio de Janeiro on Sunday.')).toContain('GPE:Rio de Janeiro');
  });
});

describe('entities: names that nothing says are people', () => {
  it.each([
    ['Dockers at the port joined the Vekta Dorun in a strike on Monday.', 'Vekta Dorun'],
    ['A spokesman said an Orkan Skarn freighter had been seized off the coast.', 'Orkan Skarn'],
  ])('should read a name after an article in %j as an organisation, not a person', (text, name) => {
    const found = mentionsOf(text);
    expect(found).toContain(`ORG:${name}`);
    expect(found).not.toContain(`PERSON:${name}`);
  });

  it('should keep a person after an article with a title, or without the article', () => {
    expect(mentionsOf('Yesterday the Kaduna Governor visited the burned market.')).toContain('PERSON:Kaduna Governor');
    expect(mentionsOf('The trial of Zemrin Tarkel opened on Monday.')).toContain('PERSON:Zemrin Tarkel');
  });

  it('should not read a large city named like a given name as a person elsewhere in the story', () => {
    const found = mentionsOf('The Houston Dynamo beat the Torvask Rangers on Sunday. Houston police said nobody was hurt.');
    expect(found).not.toContain('PERSON:Houston');
    expect(found).not.toContain('PERSON:Houston Dynamo');
    expect(found).toContain('GPE:Houston');
  });
});

describe('entities: names listed with places and organisations', () => {
  it.each([
    ['Israeli aircraft struck Khan Younis and Vekta Dorun overnight.', 'LOC:Vekta Dorun', 'PERSON:Vekta Dorun'],
    ['Troops entered Menaka, Orkan Skarn and Kidal on Tuesday.', 'LOC:Orkan Skarn', 'PERSON:Orkan Skarn'],
    ['Fighters from Hezbollah and Zemrin Tarkel fired rockets at the border.', 'ORG:Zemrin Tarkel', 'PERSON:Zemrin Tarkel'],
  ])('should read a name guessed from capitals alone in %j as what it is listed with', (text, right, wrong) => {
    const found = mentionsOf(text);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it('should keep a person after a comma that ends an opening phrase, and a person named with a given name', () => {
    expect(mentionsOf("In Bamako, Vekta Dorun's men waited for the convoy.")).toContain('PERSON:Vekta Dorun');
    expect(mentionsOf('Talks between Hezbollah and Michael Tarkel ended on Monday.')).toContain('PERSON:Michael Tarkel');
  });
});

describe('entities: names in quotes of their own', () => {
  it('should read a quoted name that nothing says is a person\'s as an operation or a campaign', () => {
    const found = mentionsOf('Officials launched the "Clean Streets" campaign on Monday.');
    expect(found).toContain('EVENT:Clean Streets');
    expect(found).not.toContain('PERSON:Clean Streets');
  });

  it('should keep a quoted name with a given name a person', () => {
    expect(mentionsOf('A commander known as "Michael Tarkel" was killed.')).toContain('PERSON:Michael Tarkel');
  });
});
