import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Where an act happened when its own clause does not say it plainly (issue 14: place of matched events).
// Every sentence here was written for this file.

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2024-05-01'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const placeOf = (events: CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger)?.event_loc?.name;

describe('events: a place after words saying whose it is, and a settlement named in a larger place', () => {
  it.each([
    ['Israeli aircraft bombed a weapons depot outside the Syrian city of Homs on Monday night.', 'bombed', 'Homs'],
    ['Police fired tear gas at students in the northern Nigerian city of Kano on Friday.', 'fired', 'Kano'],
    ['Jihadists attacked a military post in the Kayes district town of Nioro on Sunday.', 'attacked', 'Nioro'],
    ['Troops burned dozens of homes in the Magway region township of Pauk on Friday.', 'burned', 'Pauk'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: the noun of a settlement before "of" names a place no gazetteer knows', () => {
  it.each([
    ['Gunmen attacked a school in the township of Kwa Thema on Sunday night.', 'attacked', 'Kwa Thema'],
    ['Police raided homes in the locality of Ndu Mbah on Friday.', 'raided', 'Ndu Mbah'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: an act the story goes on with happened where the story is', () => {
  it('places the acts of the next sentence at the scene its time was set in', () => {
    const events = code('Armed men set fire to a clinic in the locality of Batibo on Saturday night. The attackers kidnapped two nurses.');
    expect(placeOf(events, 'kidnapped')).toBe('Batibo');
  });

  it('places an arrest told after a raid, not a statement about it', () => {
    const events = code('Soldiers raided the township of Kwa Thema before dawn on Tuesday. They searched dozens of homes and detained 14 men. The mayor condemned the raid.');
    expect(placeOf(events, 'detained')).toBe('Kwa Thema');
    expect(placeOf(events, 'condemned')).toBeUndefined();
  });
});

describe('events: an act told in a clause opened by "where" happened at the place before it', () => {
  // The closing participle is the act's size (fold-complements.ts describedActHost): the act itself is placed.
  it.each([
    ['Fighter jets struck a school in the town of Kafr Nabl, where hundreds of displaced families were sheltering, killing at least nine civilians.', 'struck', 'Kafr Nabl'],
    ['Soldiers opened fire on a funeral procession in the village of Kyauk Ka, where mourners had gathered, killing six.', 'opened fire', 'Kyauk Ka'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: the settlement a later sentence tells of the same act is finer than the region', () => {
  it.each([
    ['Rebels overran an army base in North Kivu province on Thursday, the army said. The rebels overran the base at Kanyabayonga within an hour.', 'Kanyabayonga'],
    ['Bandits raided a mining camp in Zamfara state on Tuesday, killing seven guards, officials said. The bandits raided the camp at Anka before dawn.', 'Anka'],
  ])('%j is placed at the settlement', (text, place) => {
    const assaults = code(text).filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.event_loc?.name).toBe(place);
  });

  it.each([
    ['Bandits raided a mining camp in the Tavendi area on Tuesday, killing seven guards, officials said. The bandits raided the camp at Gusau before dawn.', 'Tavendi'],
  ])('%j keeps the quarter no gazetteer knows, finer than the town', (text, place) => {
    const assaults = code(text).filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.event_loc?.name).toBe(place);
  });

  it('keeps a town when the later sentence names only the region', () => {
    const text = 'Insurgents killed seven policemen in an attack on a police station in Gajiram on Tuesday, officials said. The insurgents stormed the station in Borno state after dark.';
    expect(code(text).find((e) => e.event === 'ASSAULT')?.event_loc?.name).toBe('Gajiram');
  });
});

describe('events: a road the act is done to is placed by where it leads', () => {
  it.each([
    ['Truck drivers blocked the main highway to Mombasa on Wednesday.', 'blocked', 'Mombasa'],
    ['Farmers barricaded the road to Jalalabad with burning tyres on Thursday.', 'barricaded', 'Jalalabad'],
    ['Truck drivers blocked the main highway to Mombasa in Voi on Wednesday.', 'blocked', 'Voi'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: one adjective between the preposition and the place ("in neighbouring …")', () => {
  it.each([
    ['Two constables were wounded in neighbouring Gazipur district on Sunday.', 'wounded', 'Gazipur'],
    ['Gunmen abducted a chief in restive Zamfara state on Friday.', 'abducted', 'Zamfara'],
    ['Rebels burned a clinic in war-torn Ituri on Monday.', 'burned', 'Ituri'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: a settlement the verb acts on, written in a larger place, is where the act happened', () => {
  it.each([
    ['Rebels shelled the town of Bunia in Ituri province on Monday.', 'shelled', 'Bunia'],
    ['Jihadists stormed the town of Djibo in Soum province on Sunday, killing 12.', 'stormed', 'Djibo'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });

  it('should keep the region when the settlement is not what the verb acts on', () => {
    expect(placeOf(code('Farmers from the town of Bunia protested in Ituri province on Monday.'), 'protested')).toBe('Ituri');
  });
});

describe('events: where people went is not the place of an act another word tells', () => {
  // Without the goal, an act with no party and no figure of its own is not coded at all (index.ts: an act by
  // someone unnamed needs a place or a figure); either way it is never placed at the goal.
  it.each([
    ['Thousands of villagers streamed into Honduras after the clashes on Sunday.', 'Honduras'],
    ['Residents fled into Guinea during the clashes.', 'Guinea'],
    ['Refugees poured into Chad following the massacre.', 'Chad'],
  ])('%j: no act is placed at %s', (text, goal) => {
    expect(code(text).filter((e) => e.event_loc?.name === goal).map((e) => e.evidence.trigger.text)).toEqual([]);
  });

  it.each([
    ['Thousands of villagers fled into Honduras after soldiers clashed with gang members on Sunday.', 'clashed', 'Honduras', 'HND'],
    ['Hundreds of families crossed into Guinea after rebels attacked their villages.', 'attacked', 'Guinea', 'GIN'],
  ])('%j: the act told is coded, neither placed at the goal nor given its state', (text, trigger, goal, state) => {
    const act = code(text).find((e) => e.evidence.trigger.text === trigger);
    expect(act).toBeDefined();
    expect(act!.event_loc?.name).not.toBe(goal);
    expect([...act!.actor, ...act!.recipient].map((p) => p.code)).not.toContain(state);
  });

  it('still places an act in its own clause beside a goal', () => {
    expect(placeOf(code('Gunmen torched huts in Kailahun on Monday and families fled into Guinea.'), 'torched')).toBe('Kailahun');
  });
});

describe('events: the finer place of a clause, and areas named by a plural noun', () => {
  it.each([
    // A state fronted or named near the verb, a town of it further on: the town.
    ['In Guatemala, police arrested 20 gang members in Mixco on Friday.', 'arrested', 'Mixco'],
    ['In El Salvador, soldiers detained five men in Soyapango on Sunday.', 'detained', 'Soyapango'],
    // "the provinces of X and Y": the first named area, as for "the province of X".
    ['Troops detained 30 smugglers in the border provinces of Dajabón and Elías Piña on Sunday.', 'detained', 'Dajabón'],
  ])('%j: "%s" is placed at %s', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });

  it('keeps the state when the clause names no finer place in it', () => {
    expect(placeOf(code('Soldiers killed two smugglers in Liberia near the border with Sierra Leone.'), 'killed')).toBe('Liberia');
  });
});

describe('events: the place as the text writes it, geocoded by the gazetteer', () => {
  const locOf = (events: CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger)?.event_loc;
  it.each([
    ['Police detained 40 farmers in Alto Parana on Monday.', 'detained', 'Alto Parana', 'Alto Paraná Department'],
    ['Police detained 40 farmers in Alto Parana department on Monday.', 'detained', 'Alto Parana', 'Alto Paraná Department'],
    ['The governor imposed a curfew in Alto Parana department on Monday.', 'imposed', 'Alto Parana department', 'Alto Paraná Department'],
    ['Soldiers clashed with smugglers in southern Fergana on Monday.', 'clashed', 'southern Fergana', 'Fergana'],
    ['Protesters rallied in northern Kazakhstan on Monday.', 'rallied', 'northern Kazakhstan', 'Kazakhstan'],
  ])('%j is placed at the written name, resolved to the gazetteer\'s', (text, trigger, written, resolved) => {
    expect(locOf(code(text), trigger)).toMatchObject({ name: written, resolved });
  });

  it('should not write an area noun into a place geocoded as a town (the name would say one place, the point another)', () => {
    // "Lagos state" resolved to the city of Lagos: the written name is the city's.
    const loc = locOf(code('Police arrested 40 people in Lagos state on Sunday.'), 'arrested');
    if (loc?.level === 'city') expect(loc.name).toBe('Lagos');
    else expect(loc?.name).toBe('Lagos state');
  });

  it('should not take into the place a noun the area\'s name modifies', () => {
    expect(locOf(code('Gunmen attacked the Mangystau region police headquarters in Aktau on Monday.'), 'attacked')?.name).toBe('Aktau');
  });
});

describe('events: a place naming a state is no place of the act', () => {
  it('should not place an act at the seat of the government it is aimed at', () => {
    expect(placeOf(code('Hundreds of farmers marched through the market on Monday, protesting against the regime in Damascus.'), 'marched')).toBeUndefined();
    // The government as the doer acted there.
    expect(placeOf(code('The government in Kabul imposed a curfew on Monday.'), 'imposed')).toBe('Kabul');
  });

  it('should not read a region spanning states, as the word for a state, as a place', () => {
    expect(placeOf(code('Gunmen killed nine herders in the conflict-hit Sahel state on Sunday.'), 'killed')).toBeUndefined();
  });
});

describe('events: a settlement named beside the noun the verb acts on', () => {
  it('should place the act at the name set between commas after "the capital" or "the town"', () => {
    expect(placeOf(code('Rebels seized the capital, Sanaa, in 2014, forcing ministers to flee.'), 'seized')).toBe('Sanaa');
  });
});

describe('events: an act reported by people of a place, with no place of its own, happened where they are', () => {
  it('should place the act at the tellers\' place', () => {
    expect(placeOf(code('Villagers in Kidal said gunmen burned three houses on Sunday.'), 'burned')).toBe('Kidal');
    // The parse may hang the tellers on a phrase before them.
    expect(placeOf(code('In another attack on Sunday, residents of a hamlet near Kidal told reporters that gunmen had burned three houses.'), 'burned')).toBe('Kidal');
  });

  it('should not place it where an official speaks from', () => {
    expect(placeOf(code('A police spokesman in Bamako said gunmen burned three houses on Sunday.'), 'burned')).toBeUndefined();
  });
});

describe('events: a name written with the noun of a first-level division is that division', () => {
  const locOf = (events: CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger)?.event_loc;
  it('should place the act in the state, not in the city of the same name', () => {
    const loc = locOf(code('Bandits attacked a bus in Kaduna state on Saturday.'), 'attacked');
    expect([loc?.name, loc?.level]).toEqual(['Kaduna', 'region']);
    // The city itself.
    expect(locOf(code('Bandits attacked a bus in Kaduna on Saturday.'), 'attacked')?.level).toBe('city');
  });
});

describe('places: a capital told by its state, a name set after "the capital", a part of a town (actors isLocatedBy)', () => {
  it.each([
    ['Police clashed with protesters in the Georgian capital on Sunday.', 'clashed', 'Tbilisi', 'GEO'],
    ['Protesters gathered in the capital, Tbilisi, on Sunday.', 'gathered', 'Tbilisi', 'GEO'],
    ['Police fired tear gas at protesters in the capital Dhaka.', 'fired', 'Dhaka', 'BGD'],
    ['Hundreds marched on Sunday through the streets of Tbilisi.', 'marched', 'Tbilisi', 'GEO'],
  ])('%j is placed in its city', (text, trigger, resolved, country) => {
    const event = code(text).find((e) => e.evidence.trigger.text === trigger);
    expect(event?.event_loc?.resolved ?? event?.event_loc?.name).toBe(resolved);
    expect(event?.event_loc?.country_code).toBe(country);
    // The city is where it happened, not a party to it; the stateless doers take its state. A protest at home with no one
    // named is aimed at the state's own government (infer-party-codes.ts storyStateRecipient), whose evidence is the place
    // it is told in: that recipient is the state's government, inferred, never the city as a party of its own.
    const fromCity = event?.recipient.filter((r) => r.text === resolved) ?? [];
    expect(fromCity.every((r) => r.code === country && r.sector === 'GOV')).toBe(true);
    expect(fromCity.length === 0 || event!.why.some((w) => w.startsWith(`recipient ${country} (GOV)`) && w.endsWith('(inferred)'))).toBe(true);
    expect(event?.actor[0]?.code).toBe(country);
  });
});

describe('places: review of the merged change (seats of government, witnesses, apposition)', () => {
  it('should keep a town named after "the government in" as the place when it is no seat of government', () => {
    expect(code('Traders rallied against the government in Onitsha on Monday.').find((e) => e.event === 'PROTEST')?.event_loc?.name).toBe('Onitsha');
  });

  it('should not place an act where its witnesses fled to', () => {
    const burned = code('Villagers who fled to Maiduguri said gunmen burned their homes.').find((e) => e.event === 'ASSAULT');
    expect(burned?.event_loc?.name).not.toBe('Maiduguri');
  });

  it('should not read a state named after a clause ending in "the town," as a place', () => {
    const denial = code('After rebels captured the town, Rwanda denied sending troops to Congo.').find((e) => e.event === 'REJECT');
    expect(denial?.actor[0]).toMatchObject({ code: 'RWA', sector: 'GOV' });
  });
});

describe('events: a capital read by its noun is written by its name; a settlement acted on is the place though it is the target', () => {
  it.each([
    ['Riot police dispersed striking nurses in the Ugandan capital Kampala on Friday.', 'dispersed', 'Kampala'],
    ['Several thousand traders marched in the Zambian capital, Lusaka, on Tuesday.', 'marched', 'Lusaka'],
    ['Several thousand traders marched in the Zambian capital on Tuesday.', 'marched', 'Lusaka'],
    ['Rebels seized the town of Goma on Wednesday after days of fighting.', 'seized', 'Goma'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: a deployment is placed where the forces are sent', () => {
  it.each([
    ['The Lebanese army deployed troops to the southern city of Tyre on Friday.', 'deployed', 'Tyre'],
    ['The interior ministry deployed riot police to Kisumu ahead of the vote.', 'deployed', 'Kisumu'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: a named site written with the town it is in places the act at the town', () => {
  it.each([
    ['Police fired tear gas at traders in Kibuye Market in Kisumu on Friday.', 'fired', 'Kisumu'],
    ['Soldiers fired on supporters of the opposition at Nairobi\'s Kasarani Stadium on Monday.', 'fired', 'Nairobi'],
    ['Police arrested 30 students at Nkrumah Square in Accra on Tuesday.', 'arrested', 'Accra'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: people who take to the streets of a town march there', () => {
  it.each([
    ['On Wednesday evening, hundreds of market vendors took to the streets of Kisii, blocking the main road.', 'took to the streets', 'Kisii'],
    ['Teachers took to the streets of Mombasa on Tuesday to demand unpaid wages.', 'took to the streets', 'Mombasa'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
  it('does not place another act where someone went; the visit itself is placed where it led', () => {
    // Analysts place an official's visit at its goal (the annotated sets do so for trips told by "flew to", "travelled to").
    const events = code('The opposition leader flew to Ndola on Monday after police arrested his deputy in Lusaka.');
    expect(placeOf(events, 'arrested')).toBe('Lusaka');
    expect(placeOf(events, 'flew')).toBe('Ndola');
  });
});

describe('events: a verb coordinated under one subject acted where the verb before it did', () => {
  it.each([
    ['Soldiers surrounded the town of Garissa on Friday and arrested 14 suspected militants.', 'arrested', 'Garissa'],
    ['Riot police raided a warehouse in Mombasa overnight and detained 20 dock workers.', 'detained', 'Mombasa'],
    ['The mediator arrived in Juba on Monday and urged both factions to respect the truce.', 'urged', 'Juba'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });

  it('does not lend the place to a verb with a subject of its own', () => {
    expect(placeOf(code('Troops shelled Kismayo on Monday and rebels abducted two aid workers.'), 'abducted')).toBeUndefined();
  });
});

describe('places: an act at a place in an area is at the name, a measure over the area is at the area as written', () => {
  // Analysts record "killed two herders in Turkana county" at Turkana; a curfew or an emergency declared over
  // "Turkana county" covers the county, and is recorded with its noun.
  it.each([
    ['Raiders shot dead two herders in Turkana county on Thursday.', 'shot', 'Turkana'],
    ['Soldiers arrested nine youths in Kayes region overnight.', 'arrested', 'Kayes'],
    ['On Friday the governor extended for a week a curfew in Turkana county.', 'extended', 'Turkana county'],
  ])('%j is placed at %s', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('places: a name set after "the capital" with words saying which capital, closed by a phrase of time', () => {
  it.each([
    ['Gendarmes arrested a blogger in the capital Ouagadougou on Thursday.', 'arrested', 'Ouagadougou'],
    ['Police detained two more suspects in the regional capital Nakuru on Tuesday.', 'detained', 'Nakuru'],
    ['Students marched in the provincial capital Kisumu after the results were announced.', 'marched', 'Kisumu'],
  ])('%j is placed at %s', (text, trigger, place) => {
    const events = code(text);
    expect(placeOf(events, trigger)).toBe(place);
    // The city is where it happened, not a government acting by its seat.
    expect(events.flatMap((e) => e.actor).some((p) => p.text === place)).toBe(false);
  });
});

describe('places: a participle set after its clause is done in that clause\'s scene', () => {
  it.each([
    ['Police cleared the road outside Naivasha on Monday, detaining nine people.', 'detaining', 'Naivasha'],
    ['Rangers swept through the forest near Kakamega at dawn, arresting four loggers.', 'arresting', 'Kakamega'],
  ])('%j is placed at %s', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });

  it('does not place an act at the place where it was told', () => {
    expect(placeOf(code('A police spokesman spoke in Nairobi on Monday, adding that gunmen had killed two herders.'), 'killed')).toBeUndefined();
  });

  it('places an act at the entrance to a town at the town', () => {
    expect(placeOf(code('Police fired tear gas at dockers near the entrance to Mombasa port.'), 'fired')).toBe('Mombasa');
  });
});

describe('events: a site named by a name no gazetteer knows, the goal of an official trip, a place outside the doer', () => {
  it.each([
    // A name before the noun of a site, after a preposition of place, is the locality the act is placed at.
    ['Border guards detained two traders at the Torugart checkpoint on Friday.', 'detained', 'Torugart'],
    ['Gunmen opened fire outside the Bakoro camp on Sunday, wounding two guards.', 'opened fire', 'Bakoro'],
    // A meeting told with an official's trip was held where the trip led, a capital read as its state included.
    ['The trade minister flew to Lilongwe on Wednesday and met the president.', 'flew', 'Lilongwe'],
    ['The Congolese foreign minister travelled to Bangui last week for talks on refugees.', 'talks', 'Bangui'],
    // A place inside the doer's phrase is where the doer is based, not where it acted.
    ['Police in Kano arrested 20 people in Sabon Gari on Monday.', 'arrested', 'Sabon Gari'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });

  it('does not place a meeting told as coming before or after the trip where the trip led', () => {
    expect(placeOf(code('The envoy flew to Goma on Monday after meeting the president.'), 'meeting')).toBeUndefined();
    expect(placeOf(code('The prime minister travelled to Brussels on Monday after talks with the president.'), 'talks')).toBeUndefined();
  });

  it('keeps the doer\'s town when the clause names only a state or region outside it', () => {
    expect(placeOf(code('Protesters in Harare burned tyres in Zimbabwe\'s capital on Monday.'), 'burned')).toBe('Harare');
    expect(placeOf(code('Soldiers in Maiduguri detained 14 suspects in northeast Nigeria on Monday.'), 'detained')).toBe('Maiduguri');
  });

  it('keeps a place for the doer when the clause names no other', () => {
    expect(placeOf(code('Police in Kano arrested 20 people on Monday.'), 'arrested')).toBe('Kano');
  });

  it('does not read a site noun after a name as a place when no preposition of place opens the phrase', () => {
    expect(placeOf(code('The Torugart checkpoint reopened on Friday after troops left.'), 'left')).toBeUndefined();
  });

  it('does not read the name of a stadium or a square, often a person\'s or an idea\'s, as a town', () => {
    expect(placeOf(code('Opposition supporters rallied at the Mandela stadium on Sunday.'), 'rallied')).toBeUndefined();
    expect(placeOf(code('Hundreds of teachers protested at the Uhuru square on Thursday.'), 'protested')).toBeUndefined();
  });
});

describe('events: an infinitive of purpose tells where the act was done', () => {
  it.each([
    ['Police fired rubber bullets to hold back a crowd near the village of Dan Gamji on Wednesday.', 'fired', 'Dan Gamji'],
    ['Soldiers opened fire to break up a crowd outside Kisumu, witnesses said.', 'opened fire', 'Kisumu'],
    ['Riot police fired water cannon to drive off traders near the village of Dan Gamji late on Thursday, residents said.', 'fired', 'Dan Gamji'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });

  it('does not place an appeal where it asks people to stay', () => {
    expect(placeOf(code('The governor urged residents to stay in Kisumu on Monday.'), 'urged')).toBeUndefined();
  });
});

describe('events: the centre of a town is recorded as the town', () => {
  it('writes "central Lima" as Lima, and keeps a compass word before a land', () => {
    expect(placeOf(code('Police arrested nine teachers in central Lima on Thursday.'), 'arrested')).toBe('Lima');
    expect(placeOf(code('Gunmen killed eleven farmers in southern Kaduna on Sunday.'), 'killed')).toBe('southern Kaduna');
  });
});

describe('events: a place told by a clause of the same act or by a later verb of the same doer', () => {
  it('places a killing at the place of the "when" clause that tells how it was done', () => {
    expect(placeOf(code('Rebels killed 12 soldiers when they ambushed a patrol near the town of Ngozi on Friday, officials said.'), 'killed')).toBe('Ngozi');
  });

  it('places a first verb at the place closing the verbs coordinated under its subject', () => {
    expect(placeOf(code('Border guards killed two smugglers and detained four others near Zahedan on Friday.'), 'killed')).toBe('Zahedan');
  });

  it('does not lend the place of a later verb with a subject of its own', () => {
    expect(placeOf(code('Troops shelled the hills on Friday and rebels fled to Goma.'), 'shelled')).toBeUndefined();
  });
});

describe('a later verb told as another moment lends no place', () => {
  const coder = createDocumentCoder({ onStageError: 'throw' });
  const placeOf = (text: string, trigger: string) => {
    const doc = docFromRaw(text, 'test.txt', 'text', { published: '2024-03-07' });
    coder.code(doc);
    return doc.events.find((e) => e.evidence.trigger.text === trigger)?.event_loc?.name;
  };
  it('does not place a kidnapping where the hostages were freed days later', () => {
    expect(placeOf('Bandits abducted four road engineers and released them three days later near Kasungu.', 'abducted')).toBeUndefined();
  });
  it('does not place a seizure where the captives were then freed', () => {
    expect(placeOf('Militiamen seized two traders and then freed them outside Mzimba.', 'seized')).toBeUndefined();
  });
});

describe('events: an act around, off or in front of a place is placed there', () => {
  it.each([
    ['Security forces detained nine suspects in villages around Tikrit on Tuesday.', 'detained', 'Tikrit'],
    ['Coastguards seized a fishing trawler with 40 people aboard off Almería on Wednesday.', 'seized', 'Almería'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: a name before a junction or a market is the locality the act happened in', () => {
  it.each([
    ['Police shot a protester dead near the Kalimati junction on Monday.', 'shot', 'Kalimati'],
    ['Security forces fired tear gas to disperse crowds near the Mbare market on Tuesday.', 'fired', 'Mbare'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: a story that names no town is set in the capital it writes before a noun', () => {
  const live = (first: string, last: string) => `${first}\n\n18:42\nScuffles by the barriers\nOfficers have used pepper spray against marchers pushing at the metal fences outside the ministry.\n\n18:20\n${last}`;

  it('places an act with no place of its own in a capital read as its government ("Bratislava transport protest")', () => {
    expect(placeOf(code(live('Bratislava transport protest: police use tear gas outside parliament', 'Nine detained\nBratislava police say nine people have been detained.'), '2026-06-15'), 'used')).toBe('Bratislava');
  });

  it('not in a capital that speaks', () => {
    expect(placeOf(code(live('Bratislava says the talks with the unions are going well', 'Bratislava says nine people have been detained.'), '2026-06-15'), 'used')).toBeUndefined();
  });
});

describe('events: a town or site named before the noun the verb acts on', () => {
  it.each([
    ['Border police closed the Kolembari crossing on Sunday morning.', 'closed', 'Kolembari'],
    ['Rebels shelled the Nyandirazi camp on Monday, killing four people.', 'shelled', 'Nyandirazi'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
  it('does not place an act at a state named before its object', () => {
    expect(placeOf(code('Protesters stormed the Kenyan embassy on Friday.'), 'stormed')).not.toBe('Kenya');
  });
});

describe('events: a name written with a lower-case Arabic article after a preposition of place', () => {
  it.each([
    ['Several hundred residents gathered outside the council office in al-Maqtaa on Monday.', 'gathered', 'al-Maqtaa'],
    ['Gunmen killed five farmers near el-Qusayba on Thursday.', 'killed', 'el-Qusayba'],
  ])('%j is placed', (text, trigger, place) => {
    expect(placeOf(code(text), trigger)).toBe(place);
  });
});

describe('events: a clause describing what the act is done to says where it was', () => {
  it('places an arson at the town where the burned vehicles were parked', () => {
    expect(placeOf(code('Arsonists set fire to six buses parked at a depot outside Kirembe early on Monday.'), 'set fire')).toBe('Kirembe');
  });
  it('places a seizure where the vehicle the goods were hidden in was stopped', () => {
    expect(placeOf(code('Soldiers seized three rifles hidden in a lorry carrying maize at the Kimbara checkpoint on Friday.'), 'seized')).toBe('Kimbara');
  });
  it('places a killing where the people killed lived', () => {
    expect(placeOf(code('Soldiers killed three villagers living in Kirembe on Monday.'), 'killed')).toBe('Kirembe');
  });
  it('does not place an act where those it was done to went', () => {
    const events = code('Soldiers killed three villagers who had fled to Kirembe, residents said on Monday.');
    expect(events.some((e) => e.evidence.trigger.text === 'killed')).toBe(true);
    expect(placeOf(events, 'killed')).not.toBe('Kirembe');
  });
});

describe('events: a place the parse hangs on the adjective completing the verb', () => {
  it('places a shooting told as "shot dead near …"', () => {
    expect(placeOf(code('Nurses at the clinic said a cyclist was shot dead near the Kimbara bridge.'), 'shot')).toBe('Kimbara');
  });
});
