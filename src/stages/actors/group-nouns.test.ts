import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';
import { codeText } from '../../../test/helpers/code-text.js';

const run = makeDocWithActors;
const summary = (doc: ArticleDoc) => doc.actors.map((a) => [a.text, a.code, a.sector, a.via]);

describe('actors: group nouns without a state of their own', () => {
  it.each([
    ['Separatists killed one soldier in the town.', [['Separatists', null, 'REB', 'group-noun'], ['soldier', null, 'MIL', 'group-noun']]],
    ['Masked gunmen stormed a bus station in Kaduna on Friday.', [['Masked gunmen', 'NGA', 'UAF', 'group-noun-place']]],
    ['Unidentified armed men abducted two teachers.', [['Unidentified armed men', null, 'UAF', 'group-noun'], ['teachers', null, 'EDU', 'group-noun']]],
  ])('should code %j', (text, expected) => {
    expect(summary(run(text)).filter(([, , , via]) => String(via).startsWith('group-noun'))).toEqual(expected);
  });

  it.each([
    ['Unknown militants set fire to a clinic.', 'Unknown militants'],
    ['A convoy was ambushed by unidentified insurgents.', 'unidentified insurgents'],
    ['Hooded gunmen robbed a fuel depot.', 'Hooded gunmen'],
    ['Unidentified gunmen seized a ferry.', 'Unidentified gunmen'],
  ])('should read an armed group the text says is unknown in %j as unidentified (UAF), not rebels', (text, phrase) => {
    expect(summary(run(text)).find(([t]) => t === phrase)?.[2]).toBe('UAF');
  });

  it('should keep the sector of a state force or an unarmed group that is not known', () => {
    expect(summary(run('Unidentified soldiers beat a trader.')).find(([t]) => t === 'Unidentified soldiers')?.[2]).toBe('MIL');
    expect(summary(run('Unknown protesters blocked a road.')).find(([t]) => t === 'Unknown protesters')?.[2]).toBe('CVL');
  });

  it.each([
    ['Tigrayan forces shelled the road to Mekelle overnight.', ['Tigrayan forces', 'ETH', 'REB', 'group-name-region']],
    ['Tigrayan fighters ambushed a supply column.', ['Tigrayan fighters', 'ETH', 'REB', 'group-name-region']],
    ['Kurdish units withdrew from the ridge.', ['Kurdish units', null, 'REB', 'group-noun']],
  ])('should read a force named after an ethnic or regional group in %j, in the state of the region it is named after', (text, expected) => {
    expect(summary(run(text))[0]).toEqual(expected);
  });

  it('should not make a state named by its adjective in a phrase of place before "border" or "waters" a party', () => {
    expect(summary(run('Gunmen attacked a customs post near the Nigerien border.')).map(([text]) => text)).toEqual(['Gunmen']);
    expect(summary(run('Two fishing boats sank in Senegalese waters.')).map(([text]) => text)).toEqual([]);
    // Aimed at the state itself: "violated Turkish airspace" keeps it.
    expect(summary(run('Russian jets violated Turkish airspace.')).map(([, code]) => code)).toContain('TUR');
  });

  it('should not read "forces" after any other word as a party', () => {
    expect(summary(run('Market forces pushed fuel prices up.'))).toEqual([]);
  });

  it('should take the country of a place later in the sentence, with the place as evidence', () => {
    const doc = run('Protesters blocked the main road into Kandahar on Sunday.');
    const protesters = doc.actors.find((a) => a.text === 'Protesters');
    expect(protesters).toMatchObject({ code: 'AFG', sector: 'CVL', actorKind: 'group', name: 'Protesters (Afghanistan)', via: 'group-noun-place' });
    expect(protesters?.evidence.map((e) => e.text)).toEqual(['Protesters', 'Kandahar']);
  });

  it('should take the country of the article\'s places when its sentence names none', () => {
    const doc = run('Thousands marched through Kandahar on Sunday. Students demanded the reopening of the university.');
    expect(doc.actors.find((a) => a.text === 'Students')).toMatchObject({ code: 'AFG', sector: 'EDU', via: 'group-noun-article-place' });
  });

  it('should not lend a group the state of the place an international body spoke from or sits in', () => {
    const said = run('Militiamen burned two schools near Kidal on Friday, a UN spokesman said in Nairobi.');
    expect(said.actors.find((a) => a.text === 'Militiamen')).toMatchObject({ code: 'MLI', via: 'group-noun-place' });
    const told = run('Gunmen looted a clinic near Kidal, the UN refugee agency told reporters in Geneva.');
    expect(told.actors.find((a) => a.text === 'Gunmen')).toMatchObject({ code: 'MLI', via: 'group-noun-place' });
    const seat = run('Soldiers dispersed a rally in Bamako on Monday. The UN refugee agency\'s office in Nairobi asked the security forces to let aid convoys through.');
    expect(seat.actors.find((a) => a.text === 'security forces')).toMatchObject({ code: 'MLI' });
    const based = run('Herders clashed with farmers in Mopti. Amnesty International, based in London, said soldiers had watched.');
    expect(based.actors.find((a) => a.text === 'soldiers')).toMatchObject({ code: 'MLI' });
    const seated = run('Herders clashed with farmers in Mopti. Human Rights Watch, headquartered in New York, said soldiers had watched.');
    expect(seated.actors.find((a) => a.text === 'soldiers')).toMatchObject({ code: 'MLI' });
  });

  it('should still lend a group the state of the place a state\'s own speaker spoke from', () => {
    const doc = run('In Dakar, a navy spokesman said sailors had intercepted a boat off the coast of Mauritania.');
    expect(doc.actors.find((a) => a.text === 'sailors')?.code).toBeNull();
    const home = run('Smugglers were arrested overnight, a police spokesman said in Dakar.');
    expect(home.actors.find((a) => a.text === 'Smugglers')).toMatchObject({ code: 'SEN', via: 'group-noun-place' });
  });

  it('should leave a state\'s own forces uncoded when another state stands in the sentence', () => {
    const doc = run('Russian jets bombed Aleppo as soldiers advanced on the town.');
    expect(doc.actors.find((a) => a.text === 'soldiers')).toMatchObject({ code: null, sector: 'MIL', via: 'group-noun' });
  });

  it('should replace a capitalised group noun the entity layer left unresolved', () => {
    const doc = run('Police arrested ten students in Kandahar.');
    expect(summary(doc).filter(([text]) => text === 'Police')).toEqual([['Police', 'AFG', 'COP', 'group-noun-place']]);
  });

  it('should let the place of its sentence decide a bare "Police" before the state the story is about', () => {
    const doc = run("Tanzania's parliament met in Dodoma on Monday and traders closed their shops in Arusha and Mwanza. Tanzania's opposition boycotted the session. Police dispersed a crowd of traders outside the central market in Mwanza on Thursday.");
    expect(summary(doc).filter(([text]) => text === 'Police')).toEqual([['Police', 'TZA', 'COP', 'group-noun-place']]);
  });

  it('should not guess the story\'s state for a state body whose sentence names another body of that state', () => {
    const doc = run("Kenya's health ministry said on Friday that cholera cases had risen in Nairobi, Nakuru and Eldoret. Kenya's hospitals are short of beds. The government expelled three Kenyan diplomats on Saturday.");
    expect(summary(doc).filter(([text]) => text === 'The government' || text === 'Kenyan diplomats')).toEqual([
      ['The government', null, 'GOV', 'group-noun'], ['Kenyan diplomats', 'KEN', 'GOV', 'demonym'],
    ]);
  });

  it('should code a weapon or installation after "its" as the force of the subject before it', () => {
    const doc = run('Ethiopia said its drones destroyed a rebel convoy near Gondar.');
    expect(doc.actors.find((a) => a.text === 'drones')).toMatchObject({ code: 'ETH', sector: 'MIL', via: 'group-noun-antecedent' });
  });

  it.each([
    ['Rebel commanders said their warplanes bombed an army depot.', 'warplanes', null, 'REB'],
    ['Israeli officials said their jets struck Hezbollah positions.', 'jets', 'ISR', 'MIL'],
    ['Azerbaijani troops said their drones destroyed two Armenian tanks.', 'drones', 'AZE', 'MIL'],
  ])('should code a weapon after "their" as the force of the plural subject before it: %j', (text, noun, code, sector) => {
    expect(run(text).actors.find((a) => a.text === noun)).toMatchObject({ code, sector, via: 'group-noun-antecedent' });
  });

  it('should code "its forces" as the military of the body that reports what they did', () => {
    const doc = run('The Algerian defence ministry reported that its forces had seized a smugglers\' convoy near Tamanrasset.');
    expect(doc.actors.find((a) => a.text === 'forces')).toMatchObject({ code: 'DZA', sector: 'MIL', via: 'group-noun-antecedent' });
  });

  it('should give "its" opening a sentence the body that was the subject of the sentence before', () => {
    const doc = run('Ecuador declared a state of emergency on Friday. Its troops later sealed the northern border crossings.');
    expect(doc.actors.find((a) => a.text === 'troops')).toMatchObject({ code: 'ECU', sector: 'MIL', via: 'group-noun-antecedent' });
    // Not when the sentence before names two states: the possessive could be either's.
    const two = run('Russian missiles struck Ukraine\'s power grid overnight. Its air force said it shot down 30 drones.');
    expect(two.actors.find((a) => a.text === 'air force')?.code ?? null).toBeNull();
  });

  it('should read a force word and a vehicle that open a sentence as one force, and a listed phrase as listed', () => {
    const summaryOf = (text: string) => summary(run(text)).filter(([, , , via]) => String(via).startsWith('group-noun'));
    expect(summaryOf('Army helicopters strafed the ridge before dawn.')).toEqual([['Army helicopters', null, 'MIL', 'group-noun']]);
    expect(summaryOf('Police forces cleared the square before dawn.')).toEqual([['Police forces', null, 'COP', 'group-noun']]);
  });

  it('should take no weapon or vehicle after "their" for a party when its owner has no force', () => {
    const doc = run('Villagers said their trucks were set on fire near Kandahar.');
    expect(doc.actors.find((a) => a.text === 'trucks')).toBeUndefined();
  });

  it('should code a force\'s installation or vehicle as the force', () => {
    const doc = run('Militants shelled an army base and ambushed a police convoy near Kandahar.');
    expect(summary(doc).filter(([, , , via]) => String(via).startsWith('group-noun')))
      .toEqual([['Militants', 'AFG', 'REB', 'group-noun-place'], ['army base', 'AFG', 'MIL', 'group-noun-place'], ['police convoy', 'AFG', 'COP', 'group-noun-place']]);
  });

  it('should give a definite group noun the state of the earlier mention it repeats, not of the place in its sentence', () => {
    const doc = run('Niger freed nine Beninese soldiers on Monday. The soldiers had been held in Niamey since June.');
    const repeated = doc.actors.find((a) => a.text === 'soldiers');
    expect(repeated).toMatchObject({ code: 'BEN', sector: 'MIL', via: 'group-noun-antecedent' });
  });

  it('should give a capitalised institution noun ("the Navy") the state of its full name however far back, not a place of its sentence', () => {
    // The whole pipeline: the tagger and parse make "Navy" a group noun hit. Here the Navy is accused, in a sentence whose
    // only place is another state's town.
    const filler = 'Fishing resumed along the coast. Prices of fuel rose again. Boats stayed in harbour. Markets reopened. Rain fell. ';
    const text = 'The Tanzania Navy escorted three ferries across the lake on Wednesday. ' + filler + 'Fishermen from Kisumu accused the Navy of firing at their canoes.';
    const accused = (t: string) => {
      const events = codeText(t, '2025-06-01').filter((e) => e.event === 'ACCUSE');
      expect(events.length).toBeGreaterThan(0);
      return events.flatMap((e) => e.recipient.map((a) => a.code));
    };
    expect(accused(text)).toEqual(['TZA']);
    // A lower-case "the navy" is any navy: far from the full name it is read by the places of its sentence as before.
    expect(accused(text.replace('accused the Navy', 'accused the navy'))).toEqual(['KEN']);
    // Two states' navies named in full before it: "the Navy" takes up the nearer, the last one named, as a reader would
    // (Kenya's navy is further back); an older one would need its state named again to be meant.
    const two = 'The Kenya Navy escorted three ferries across the lake on Wednesday. On Thursday the Tanzania Navy towed a broken barge to Mwanza. ';
    expect(accused(two + filler + 'Fishermen from Kisumu accused the Navy of firing at their canoes.')).toEqual(['TZA']);
  });

  it('should read a listed armed group\'s name after "the" and another name word as a longer name, not the listed group', () => {
    const doers = (t: string) => codeText(t, '2024-05-14').filter((e) => e.event === 'ASSAULT').flatMap((e) => e.actor.map((a) => [a.text, a.code]));
    // "National Liberation Army" alone is Colombia's ELN (organisations.json); with a word of its own before it, another group.
    expect(doers('Three villages near Kandy were shelled by the Ruhuna National Liberation Army overnight, police said.')[0]).toEqual(['Ruhuna National Liberation Army', 'LKA']);
    expect(doers('The National Liberation Army ambushed a convoy near Arauca on Friday.')[0]).toEqual(['National Liberation Army', 'COL']);
    // A day or a place before the name is no part of it.
    expect(doers('On Sunday Hamas fired rockets at Ashkelon.')[0]).toEqual(['Hamas', 'PSE']);
  });

  it('should read an acronym the text defines as the name it stands for, not as a dictionary\'s namesake', () => {
    // "RSF" is also the press-freedom group in resources/kb/organisations.json.
    const doc = run("Sudan's army and the paramilitary Rural Security Forces (RSF) met in Jeddah. The RSF later blamed the army for the delay.");
    const acronyms = doc.actors.filter((a) => a.text === 'RSF');
    expect(acronyms).toHaveLength(2);
    for (const a of acronyms) expect(a).toMatchObject({ code: null, sector: 'COP', via: 'acronym-defined' });
    expect(doc.actors.find((a) => a.text === 'army')).toMatchObject({ code: 'SDN', via: 'group-noun-antecedent' });
  });

  it('should read an acronym used after its name is spelled out as that name, without a definition', () => {
    const doc = run('The Rapid Support Forces said on Monday they had taken the airport. The army said the RSF had shelled a hospital.');
    expect(doc.actors.find((a) => a.text === 'RSF')).toMatchObject({ code: 'SDN', sector: 'PRM', via: 'acronym-defined' });
    // With no spelled-out name, the dictionary's reading stands.
    expect(run('The RSF condemned the arrest of two reporters.').actors.find((a) => a.text === 'RSF')).toMatchObject({ code: 'NGO' });
  });

  it('should code a force\'s aircraft or drones as the force', () => {
    const doc = run('Witnesses said army helicopters strafed the village at dawn.');
    expect(doc.actors.find((a) => a.text === 'army helicopters')).toMatchObject({ sector: 'MIL' });
  });

  it('should not give "the two sides" the states named only after it, the mediators', () => {
    const doc = run('The two sides accepted a plan drafted by France and Germany.');
    expect(doc.actors.find((a) => a.text === 'The two sides')).toMatchObject({ members: [], code: null });
  });

  it('should make officers the police\'s where the text around names the police and no army', () => {
    expect(run('Police in Mombasa said officers detained a suspect on Friday.').actors.find((a) => a.text === 'officers')?.sector).toBe('COP');
    expect(run('A police patrol was ambushed on Friday. Two officers died.').actors.find((a) => a.text === 'officers')?.sector).toBe('COP');
    // With soldiers named, or nothing, they stay military.
    expect(run('Police and soldiers cordoned off the area, and officers searched homes.').actors.find((a) => a.text === 'officers')?.sector).toBe('MIL');
    expect(run('Two officers were killed near the border.').actors.find((a) => a.text === 'officers')?.sector).toBe('MIL');
  });

  it('should make "the two ministers" the two states whose people were just named, coordinated or not', () => {
    const doc = run('Ghana\'s trade minister met his Togolese counterpart in Lome on Friday. The two ministers signed a customs pact.');
    expect(doc.actors.find((a) => a.text === 'The two ministers')).toMatchObject({ actorKind: 'collective', sector: 'GOV', members: ['GHA', 'TGO'] });
    const both = run('The Lao prime minister received his Cambodian counterpart on Monday. Both leaders pledged to fight smuggling.');
    expect(both.actors.find((a) => a.text === 'Both leaders')?.members).toEqual(['LAO', 'KHM']);
    // A third state named in the window leaves it open.
    const three = run('Ghana\'s minister met his Togolese counterpart on Friday after talks with Nigeria\'s president. The two ministers left early.');
    expect(three.actors.find((a) => a.text === 'The two ministers')?.members).toEqual([]);
  });

  it('should make "the two sides", "both governments" the two states just named when the story\'s pair is not (actors 94)', () => {
    // The story is Thailand's and Cambodia's; the sides two sentences on are others.
    const story = 'Thailand accused Cambodia of shelling a temple on Sunday. Cambodia said Thailand fired first. Thailand denied it. Cambodia recalled its envoy. '
      + 'Markets were calm. Traders shrugged. ';
    const sides = run(`${story}Hanoi received Laotian generals in Da Nang on Monday, and state radio said the two sides would run joint river patrols.`);
    expect(sides.actors.find((a) => a.text === 'the two sides')?.members).toEqual(['VNM', 'LAO']);
    const governments = run(`${story}Peru's foreign minister flew to Quito on Tuesday. Both governments signed a fisheries accord.`);
    expect(governments.actors.find((a) => a.text === 'Both governments')?.members).toEqual(['PER', 'ECU']);
    // One state named, or three, leaves them open.
    const one = run('Striking farmworkers blocked roads near Mendoza. The Argentine labour minister asked both sides to resume bargaining.');
    expect(one.actors.find((a) => a.text === 'both sides')?.members).toEqual([]);
  });

  it('should not give "the two sides" the story\'s main pair of states when neither is named near it', () => {
    const doc = run('Ethiopia\'s army and the Fano militia agreed to a pause, the two sides said.\n\nKenya and Uganda, which brokered earlier truces, welcomed the pause. Kenya and Uganda pledged monitors.');
    // Since actors 68 the army and the militia named together make "the two sides" Ethiopia's; never Kenya's and Uganda's.
    expect(doc.actors.find((a) => a.text === 'the two sides')).toMatchObject({ actorKind: 'collective', members: ['ETH'], code: null });
  });

  it('should give a kind of person named in a compound the sector of a force word before it', () => {
    const doc = run('The police chief and a village elder were shot near Kandahar.');
    expect(summary(doc).filter(([, , , via]) => String(via).startsWith('group-noun')).map(([text, , sector]) => [text, sector]))
      .toEqual([['police chief', 'COP'], ['village elder', 'CVL']]);
  });

  it.each([
    ['a compound', 'The police budget was cut on Monday.', 'police'],
    ['a noun of a named group', 'Hamas fighters fired rockets at the town.', 'fighters'],
    ['a possessive name', "Rohan's border watch militia was disbanded.", 'militia'],
    ['a hyphened modifier', 'They shelled rebel-held districts.', 'rebel'],
  ])('should not code a group noun in %s', (_case, text, noun) => {
    expect(run(text).actors.some((a) => a.text.toLowerCase().includes(noun) && a.via.startsWith('group-noun'))).toBe(false);
  });
});

describe('actors: a number or quantifier standing for part of a group', () => {
  it('should read a counted subject as part of the group of people named just before', () => {
    const doc = run('Soldiers detained 40 fishermen off the coast of Guinea. Nine were released on Friday.');
    expect(doc.actors.find((a) => a.text === 'Nine')).toMatchObject({ code: 'GIN', sector: 'CVL', via: 'count-of-group' });
  });

  it('should give a group noun after "its" the state or body named before it', () => {
    expect(run('The Malian government said its soldiers repelled an attack near Gao.').actors.find((a) => a.text === 'soldiers')).toMatchObject({ code: 'MLI', sector: 'MIL', via: 'group-noun-antecedent' });
  });

  it('should read "they" as the group it continues: the doers when it acts, the ones acted on when it undergoes', () => {
    const undergoes = run('Soldiers detained 40 fishermen off the coast of Guinea. They were freed on Friday.');
    expect(undergoes.actors.find((a) => a.text === 'They')).toMatchObject({ code: 'GIN', sector: 'CVL', via: 'coreference' });
    const acts = run('Bandits raided a village in Zamfara on Monday. They abducted 20 farmers.');
    expect(acts.actors.find((a) => a.text === 'They')).toMatchObject({ code: 'NGA', via: 'coreference' });
    expect(acts.actors.find((a) => a.text === 'They')!.sector).not.toBe('AGR');
    // A state as the subject before leaves "they" unbound, never the group the states acted on.
    expect(run('Ghana and Togo exchanged 30 detainees. They agreed to meet again.').actors.find((a) => a.text === 'They')).toBeUndefined();
  });

  it('should leave "they" unbound when the subject before acted on people, who may as well be the ones "they" means', () => {
    // The crowd the police charged, not the police, most likely hurled the rocks: the pronoun is left to no one.
    const charged = run('Riot officers charged a crowd of taxi drivers at the Harare bus terminus on Tuesday. They hurled rocks back and blocked the main road.');
    expect(charged.actors.filter((a) => a.text === 'They')).toEqual([]);
    // People the subject says it acted on, in the act it reports, count as well.
    const reported = run('Zimbabwean police said they had detained 25 vendors in Bulawayo. They accused the city council of seizing their goods.');
    expect(reported.actors.filter((a) => a.text === 'They')).toEqual([]);
    // People inside a phrase that only describes the object ("a minibus carrying 14 passengers") are not what was acted on.
    const ambushed = run('Gunmen ambushed a minibus carrying 14 passengers near Kasese on Sunday. They robbed the driver and fled.');
    expect(ambushed.actors.find((a) => a.text === 'They')).toMatchObject({ sector: 'UAF', via: 'coreference' });
  });

  it('should not read a count with an "of" phrase naming its own group as part of a group before it', () => {
    const doc = run('An explosion hit an army truck near the border, killing four soldiers. Hundreds of nurses walked out of hospitals on Monday.');
    expect(doc.actors.find((a) => a.text === 'Hundreds')).toBeUndefined();
    expect(doc.actors.find((a) => a.text === 'nurses')).toMatchObject({ sector: 'MED' });
    // "of them" names no group: the count still stands for the one before.
    expect(run('Soldiers detained 40 fishermen off the coast of Guinea. Most of them were freed on Friday.').actors.find((a) => a.text === 'Most')).toMatchObject({ code: 'GIN', via: 'count-of-group' });
  });

  it('should not read a count as a group when no group of people was named', () => {
    const doc = run('The ministry counted 40 incidents in May. Nine were serious.');
    expect(doc.actors.find((a) => a.text === 'Nine')).toBeUndefined();
  });
});

describe('actors: a group noun before an armed act names its doer (group-nouns.json doerActs)', () => {
  it('should code the armed group word before an attack, and no unarmed one nor one before another noun', () => {
    const texts = (text: string) => summary(run(text)).filter(([, , , via]) => String(via).startsWith('group-noun')).map(([t, , sector]) => `${t}/${sector}`);
    expect(texts('A rebel ambush on the highway killed two drivers.')).toContain('rebel/REB');
    expect(texts('Gang shootings rose sharply last year.')).toContain('Gang/CRM');
    expect(texts('An insurgent drone strike hit the depot.')).toContain('insurgent/REB');
    expect(texts('A rebel commander was captured.')).not.toContain('rebel/REB');
    expect(texts('A civilian attack helicopter crashed.')).not.toContain('civilian/CVL');
  });
});

describe('actors: where people went is not whose they are', () => {
  const codeOf = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text)?.code;
  it.each([
    // A state that is the goal of a movement verb gives the groups of the sentence no country.
    ['Hundreds of families fled into Guinea after gunmen torched their huts.', 'gunmen', null],
    ['Dozens of families crossed into Guatemala as soldiers burned their fields.', 'soldiers', null],
    // A town people fled to lies mostly in their own state: it still gives its country.
    ['Hundreds of families fled to the town of Zwedru after gunmen torched their huts.', 'gunmen', 'LBR'],
    // Another place of the story, not a goal, still gives it.
    ['Gunmen torched huts near Kenema. Hundreds of families fled into Guinea after the gunmen left.', 'Gunmen', 'SLE'],
  ])('%j: %s is coded %s', (text, actor, code) => {
    expect(codeOf(run(text), actor)).toBe(code);
  });

  it('keeps a place that is no goal of a movement ("marched … in", "attacked … in")', () => {
    expect(codeOf(run('Gunmen attacked farmers in Kailahun after they fled the fighting.'), 'Gunmen')).toBe('SLE');
  });
});

describe('actors: a goal written in its state, and states that own no force', () => {
  const codeOf = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text)?.code;
  it('reads a goal written after its state\'s possessive as a goal, in a story set in another state', () => {
    expect(codeOf(run("Aid reached families who had crossed into Guinea's Lola prefecture after clashes in Ganta."), 'families')).toBe('LBR');
  });

  it.each([
    // The other state is the nationality of the detainees, or the far side of a border: the soldiers are of the place.
    ['Soldiers arrested three Mexican nationals at a checkpoint in Malacatán on Monday.', 'Soldiers', 'GTM'],
    ['Police detained four men at a checkpoint in Malacatán, near the border with Mexico, on Monday.', 'Police', 'GTM'],
    // A demonym joined to "Inter-" names no state: the road is no other state's.
    ['Police cleared a blockade of the Inter-American Highway near Cuilco on Tuesday.', 'Police', 'GTM'],
    // A state body of another state may own the force: no guess.
    ['Soldiers killed a civilian near Kandahar, US officials said.', 'Soldiers', null],
  ])('%j: %s is coded %s', (text, actor, code) => {
    expect(codeOf(run(text), actor)).toBe(code);
  });
});

describe('actors: state bodies in a story that names no place but one state', () => {
  it.each([
    ["Mongolia's government expelled two Chinese diplomats on Monday. Officials accused them of spying.", 'Officials', 'MNG', 'GOV'],
    ['Paraguay raised fuel taxes on Monday. The authorities warned truck drivers against blocking roads.', 'authorities', 'PRY', 'GOV'],
    ['The Human Rights Ombudsman of Kazakhstan spoke on Monday. He criticised the police for beating strikers.', 'police', 'KAZ', 'COP'],
  ])('should give a state body of a story that names one state as a state before it and no place that state, in %j', (text, noun, code, sector) => {
    expect(summary(run(text)).find(([t]) => t === noun)).toEqual([noun, code, sector, 'group-noun-article-state']);
  });

  it.each([
    ['US forces killed a civilian near the gas field.', 'civilian'],
    ['US forces killed two soldiers near the gas field.', 'soldiers'],
    ['Mongolia raised fuel prices on Monday. Protesters blocked a road.', 'Protesters'],
    ['Paraguay has offered 400 soldiers to the peacekeeping mission.', 'soldiers'],
  ])('should not give a civilian, or the foe of a force in its sentence, the state a story names, in %j', (text, noun) => {
    expect(summary(run(text)).find(([t]) => t === noun)?.[1]).toBeNull();
  });
});

describe('group nouns: a state body named without its state in a story about one state (h26f)', () => {
  it('should give "Police" and "The government" the state the story is about, though its places also lie abroad', () => {
    const doc = run("Kenya's parliament passed a new finance bill on Tuesday, and protests spread from Nairobi to Mombasa and Kisumu. Kenya's opposition called a strike. Some of the loans come from banks in London and Beijing. Police said forty people were held overnight. The government refused to withdraw the bill.");
    expect(doc.actors.find((a) => a.text === 'Police')).toMatchObject({ code: 'KEN', sector: 'COP' });
    expect(doc.actors.find((a) => a.text === 'The government')).toMatchObject({ code: 'KEN', sector: 'GOV' });
  });

  it('should leave the body open where no state stands well above the others', () => {
    const doc = run('Farmers blocked roads near Lagos on Monday. Their leaders met officials in Accra and London. Police said two men were held.');
    expect(doc.actors.find((a) => a.text === 'Police')?.code ?? null).toBeNull();
  });
});

describe('group nouns: the staff of a state mission abroad are its state\'s (w2c)', () => {
  it('should code a secretary at a foreign embassy with the embassy\'s state, not the host state', () => {
    const doc = run('Police in Windhoek on Thursday questioned a secretary at the Chilean embassy in Namibia.');
    expect(doc.actors.find((a) => a.text === 'secretary')).toMatchObject({ code: 'CHL', sector: 'GOV' });
  });

  it('should code officials of a consulate with the consulate\'s state', () => {
    const doc = run('Agents questioned two officials at the Mexican consulate in Tucson on Monday.');
    expect(doc.actors.find((a) => a.text === 'officials')).toMatchObject({ code: 'MEX' });
  });

  it('should not give the mission\'s state to people who only stand at it', () => {
    const doc = run('Hundreds of students at the Turkish embassy in Windhoek chanted slogans.');
    expect(doc.actors.find((a) => a.text === 'students')?.code).not.toBe('TUR');
  });
});

describe('group nouns: officers or forces "of" the body they serve are that body\'s (h34b)', () => {
  it.each([
    ['Officials of the Embassy of Portugal in Maputo brought food to four sailors kept on the quay.', 'Officials', 'PRT'],
    ['The shepherds were taken away by gunners of the so-called coastal artillery of the Greek navy.', 'gunners', 'GRC'],
    ['Police officers of the Nyeri county command arrested 12 traders on Monday.', 'Police officers', 'KEN'],
  ])('should code the group in %j with its body\'s state', (text, name, code) => {
    expect(run(text).actors.find((a) => a.text === name)?.code).toBe(code);
  });

  it('should not look past a verb for the body', () => {
    expect(run('Officials of the ministry said Peru and Chile would respond to the fishermen.').actors.find((a) => a.text === 'Officials')?.code).toBeNull();
  });
});

describe('group nouns: a person\'s state guessed from the context does not veto the place the text gives (h34b)', () => {
  it('should code a prosecutor in an Austrian town Austrian beside a captain whose state is only guessed', () => {
    const doc = run('Czech lorries have carried timber into Austria for decades, and Prague says its drivers obey the rules. At the port of Linz on Friday a prosecutor fined the captain, Pavel Dvorak, for smuggling.');
    expect(doc.actors.find((a) => a.text === 'captain, Pavel Dvorak')).toMatchObject({ code: 'CZE', via: 'article-country' });
    expect(doc.actors.find((a) => a.text === 'prosecutor')?.code).toBe('AUT');
  });
});
