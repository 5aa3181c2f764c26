import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';
import { countrySalience, homeCountry } from './infer-party-codes.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2021-03-01' });
  coder.code(doc);
  return doc.events;
}
const party = (p: CodedEvent['actor'][number]) => [p.text, p.code, p.sector];

describe('events: parties without a state', () => {
  it.each([
    ['More than 15 were injured when a mortar round struck a bus depot in Beledweyne.', 'ASSAULT', 'injured', 15],
    ['Nine were shot dead at a roadblock outside Jowhar.', 'ASSAULT', 'dead', 9],
    ['Dozens were detained after the march in Mutare.', 'COERCE', 'arrested', 24],
  ])('should read a bare count that undergoes a toll verb in %j as people (CVL), sizing the act', (text, type, key, value) => {
    const event = code(text).find((e) => e.event === type);
    expect(event?.recipient.map((p) => p.sector)).toEqual(['CVL']);
    expect((event?.size as Record<string, { value: number }>)[key]?.value).toBe(value);
  });

  it('should read a count the parser left as an adjective after "were" ("were wounded in the explosion") as the passive', () => {
    const event = code('At least 11 were wounded in the explosion at a bus stop in Baidoa.').find((e) => e.event === 'ASSAULT');
    expect(event).toMatchObject({ size: { injured: { value: 11 } } });
    // No doer is named: at most the state's own side, guessed with no sector (infer-party-codes.ts storyStateDoer).
    expect(event!.actor.filter((p) => p.sector !== null)).toEqual([]);
    expect(event!.recipient.map(party)).toEqual([['At least 11', 'SOM', 'CVL']]);
  });

  it('should not make a count people when it is the doer, or counts a group named before', () => {
    expect(code('Four stormed a police post near Jowhar.').flatMap((e) => e.actor.map((p) => p.text))).not.toContain('Four');
    const charged = code('Police arrested 40 traders in Mutare. Six were charged.').find((e) => e.event === 'ACCUSE');
    expect(charged?.recipient.map((p) => p.sector)).toEqual(['BUS']);
  });

  it('should code an act whose only parties are group nouns, victims in the object as recipients', () => {
    const [event] = code('Separatists killed one soldier in the town.');
    expect(event).toMatchObject({ event: 'ASSAULT', size: { dead: { value: 1 } } });
    expect(event!.actor.map(party)).toEqual([['Separatists', null, 'REB']]);
    expect(event!.recipient.map(party)).toEqual([['soldier', null, 'MIL']]);
  });

  it('should give a group named without a state the country the article is about, when its sentence names none', () => {
    const text = [
      'Police in Arequipa fired rubber bullets at striking miners on Sunday, Peruvian officials said.',
      'The strike had begun in Cusco three days earlier; Peru\'s interior ministry called it unlawful, and officials in La Paz said they were watching the border.',
      'Soldiers were sent to protect the regional courthouse, a minister said.',
    ].join('\n\n');
    const deployment = code(text).find((e) => e.event === 'MOBILIZE');
    expect(deployment?.actor.map(party)).toEqual([['Soldiers', 'PER', 'MIL']]);
    // A story between two states has no home country to give.
    const between = docFromRaw('Indian and Chinese troops clashed in Ladakh. India accused China of moving troops. China blamed India for the clash.', 'b.txt', 'text', { published: '2021-03-01' });
    coder.code(between);
    expect(homeCountry(between)).toBeNull();
  });

  it('should give a body or office of a state the state a two-state story is told from (dateline, headline, lead), never the other side\'s', () => {
    const text = [
      'Kenyan and Ugandan troops retake border town from rebels',
      'NAIROBI, Kenya (AP) — Kenyan and Ugandan soldiers have recaptured the border town of Lokori from rebels after a week of fighting, Kenya\'s army said on Monday, with Ugandan officers confirming the advance.',
      'President Daniel Otieno thanked Uganda in a speech on Monday. The foreign ministry summoned the envoy of Sudan.',
    ].join('\n\n');
    const events = code(text);
    expect(events.find((e) => e.event === 'SUPPORT')?.actor.map(party)).toEqual([['President Daniel Otieno', 'KEN', 'GOV']]);
    expect(events.find((e) => e.event === 'ACCUSE')?.actor.map(party)).toEqual([['foreign ministry', 'KEN', 'GOV']]);
    // A story told evenly from both states gives none.
    const even = code('Indian and Chinese troops clashed in Ladakh. India accused China of moving troops. China blamed India for the clash. The foreign ministry summoned the envoy of Nepal.');
    expect(even.find((e) => e.evidence.sentence.text.includes('Nepal'))?.actor.map((p) => p.code)).toEqual([null]);
  });

  it('should not hand a body of a state the story never names to the one other state when the story is told evenly', () => {
    const events = code('The US suspended aid to the junta on Monday. Germany halted arms exports to the kingdom on Friday.');
    expect(events.find((e) => e.evidence.trigger.text === 'suspended')?.recipient.map((p) => p.code)).toEqual([null]);
    expect(events.find((e) => e.evidence.trigger.text === 'halted')?.recipient.map((p) => p.code)).toEqual([null]);
  });

  it('should not give a state body the state of a dateline or venue abroad that is no actor of the story', () => {
    const events = code('GENEVA (Reuters) — Envoys from Congo and Rwanda resumed talks in Geneva on Monday after a month of fighting in the east. The foreign ministry summoned the ambassador of Burundi on Tuesday.');
    const summons = events.find((e) => e.evidence.sentence.text.includes('Burundi'));
    expect(summons?.actor.map((p) => p.code)).not.toContain('CHE');
  });

  it('should give a body named again without its state the state it was named with before, when that is one state', () => {
    const events = code('Chinese warships sailed near the island on Sunday, Taiwan\'s defence ministry said. Hong Kong police arrested six people. Beijing protested. Police later banned the vigil. On Monday the defence ministry scrambled fighter jets.');
    // The warships sailing are a MOBILIZE of their own (events 260): the scramble is the last one.
    expect(events.filter((e) => e.event === 'MOBILIZE').at(-1)?.actor.map((p) => p.code)).toEqual(['TWN']);
    expect(events.find((e) => e.evidence.trigger.text === 'banned')?.actor.map(party)).toEqual([['Police', 'HKG', 'COP']]);
    // Soldiers of two states named before: either side's.
    const two = code('Thai soldiers and Cambodian soldiers exchanged fire near the temple on Monday. On Tuesday soldiers fired shells at a village near the border.');
    expect(two.find((e) => e.evidence.trigger.text === 'fired')?.actor.map((p) => p.code)).toEqual([null]);
  });

  it('should give a body named by part of a name given in full before that body\'s code and sector', () => {
    const events = code('The European Union imposed sanctions on 40 officials in Belarus on Friday. The Union once again calls on the authorities in Minsk to release everyone detained.');
    expect(events.find((e) => e.event === 'REQUEST')?.actor.map(party)).toEqual([['Union', 'EUR', null]]);
    // A sentence of workers and strikes reads the short name as a trade union, not the body named in full.
    const union = code('The European Union imposed sanctions on Minsk. Union leaders in Brussels said dockworkers would strike. The Union called on members to join the strike.');
    expect(union.find((e) => e.event === 'REQUEST')?.actor.map((p) => p.code)).not.toContain('EUR');
  });

  it('should find the home country of a story told partly from a donors\' meeting abroad, counting each named place once', () => {
    const doc = docFromRaw([
      'Floods swept through southern Malawi on Monday, destroying thousands of homes around Chikwawa.',
      'Aid workers, doctors, engineers and journalists met in London on Wednesday, and volunteers and students in London collected money for the relief effort.',
      'Malawian officials said the army was evacuating villages near Nsanje.',
      'Farmers said their maize crops were lost.',
    ].join('\n\n'), 'm.txt', 'text', { published: '2021-03-01' });
    coder.code(doc);
    expect(homeCountry(doc)).toBe('MWI');
  });

  it('should give a body without a state the home country also in a sentence that names only the home country', () => {
    const text = [
      'Zimbabwean Finance Minister Tendai Moyo warned traders in Harare on Monday against hoarding maize.',
      'Prices rose in Bulawayo and Mutare, and Zimbabwe\'s grain board said stocks were low.',
      'Traders had also bought grain in Lusaka last month.',
      'Moyo said on Tuesday that the government had seized 40 tonnes of hoarded maize.',
    ].join('\n\n');
    const seizure = code(text).find((e) => e.actor.some((p) => p.text === 'the government'));
    expect(seizure?.actor.find((p) => p.text === 'the government')?.code).toBe('ZWE');
  });

  it('should give a person without a state office the home country when the sentence names no other state or international body', () => {
    const story = (line: string) => [
      'Fire swept through the central market in Kano on Tuesday, destroying more than 200 shops, Nigerian officials said.',
      'Police blamed an electrical fault.',
      line,
      'Nigeria\'s emergency agency sent teams to Kano, and the Nigerian government promised aid.',
    ].join('\n\n');
    // The accusation must be found with its accuser: a missing one must not pass the "not NGA" checks below.
    const accuser = (line: string, name: string) => {
      const found = code(story(line)).filter((e) => e.event === 'ACCUSE').flatMap((e) => e.actor).find((p) => p.text.includes(name));
      expect(found, name).toBeDefined();
      return found;
    };
    expect(accuser('Amina Yusuf, a fabric trader, accused the state fire service of arriving three hours late.', 'Amina Yusuf')?.code).toBe('NGA');
    expect(accuser('Grain seller Amina Yusuf accused the state fire service of arriving three hours late.', 'Amina Yusuf')?.code).toBe('NGA');
    // A person the story names bare may be a foreigner it takes as known: no home country for that.
    expect(accuser('Tomas Lindgren accused the Nigerian authorities of ignoring repeated warnings about the wiring.', 'Lindgren')?.code).not.toBe('NGA');
    // Beside an international body the person may be its officer; beside a foreign state, that state's.
    expect(accuser('Speaking for the World Health Organization, Hans Lindqvist accused the state fire service of arriving late.', 'Lindqvist')?.code).not.toBe('NGA');
    expect(accuser('Visiting Ghanaian trader Kofi Mensah accused the fire service of arriving late.', 'Mensah')?.code).not.toBe('NGA');
  });

  it('should give people who live where a two-state story happens the state it is told from, but not armed groups or outsiders', () => {
    const text = [
      'Border clash near Renk',
      'JUBA (Reuters) - South Sudan\'s army said on Monday that Sudanese troops had shelled positions near the border town of Renk, and South Sudan\'s government summoned Sudan\'s ambassador in Juba.',
      'Sudan denied the charge and said South Sudanese militias had crossed into Sudan near Kosti and raided farms outside Rabak.',
      'South Sudan\'s foreign minister said Juba wanted talks, and the army said Malakal and Renk were calm.',
      'Teachers went on strike on Tuesday over unpaid wages.',
      'Gunmen attacked a cattle market on Wednesday.',
      'Police detained dozens of migrants on Thursday.',
    ].join('\n\n');
    const parties = code(text).flatMap((e) => [...e.actor, ...e.recipient]);
    const codeOf = (name: string) => parties.find((p) => p.text === name)?.code;
    expect(codeOf('Teachers')).toBe('SSD');
    expect(codeOf('Police')).toBe('SSD');
    expect(codeOf('Gunmen')).toBeNull();
    expect(codeOf('migrants')).toBeNull();
  });

  it('should weigh a dateline that follows a byline and date, or names one place in ordinary case, as the state the story is told from', () => {
    const weights = (text: string) => {
      const doc = docFromRaw(text, 'd.txt', 'text', { published: '2023-05-02' });
      coder.code(doc);
      return new Map(countrySalience(doc));
    };
    const quito = weights([
      'By ANA RUIZ Associated Press\nMay 2, 2023\nQUITO, Ecuador (AP) - Ecuador and Colombia agreed on Monday to step up patrols against fuel smuggling along their shared border, officials of both governments said.',
      'Colombia said its navy would patrol the river, and Colombian police arrested four smugglers near Pasto.',
    ].join('\n\n'));
    expect(quito.get('ECU')!).toBeGreaterThanOrEqual(1.5 * quito.get('COL')!);
    const cucuta = weights([
      'Cúcuta - Police arrested four men on Monday after a brawl at a bus terminal near the border bridge with Venezuela, city officials said.',
      'Venezuela said its troops had seized a truck near the bridge, and Venezuelan officials accused Colombia of negligence.',
      'Venezuela later closed the bridge, and Venezuelan troops patrolled it.',
    ].join('\n\n'));
    expect(cucuta.get('COL')!).toBeGreaterThanOrEqual(cucuta.get('VEN')!);
  });

  it('should read no dateline in a lead that opens with a state and a dash between two sides, or a hyphened word after a year', () => {
    const weights = (text: string) => {
      const doc = docFromRaw(text, 'd.txt', 'text', { published: '2023-05-02' });
      coder.code(doc);
      return new Map(countrySalience(doc));
    };
    // A dateline would weigh Armenia 5 to Azerbaijan's 2; read as ordinary lead text, the two weigh alike.
    const sides = weights([
      'Armenia - Azerbaijan border talks broke down on Monday after negotiators failed to agree on where to draw the line near the disputed villages, officials said.',
      'Negotiators are due to meet again next month.',
    ].join('\n\n'));
    expect(sides.get('ARM')!).toBeLessThan(1.5 * sides.get('AZE')!);
    const hyphened = weights([
      'Armenia, pointing to a 2020 EU-backed accord, accused Azerbaijan on Monday of moving artillery closer to the border villages, officials in both capitals said.',
      'Negotiators are due to meet again next month.',
    ].join('\n\n'));
    expect(hyphened.get('ARM')!).toBeLessThan(1.5 * hyphened.get('AZE')!);
  });

  it('should not give a victim the country of the attacker', () => {
    const [event] = code('US forces killed a civilian near the gas field.');
    expect(event!.actor.map(party)).toEqual([['US', 'USA', 'MIL']]);
    expect(event!.recipient.map(party)).toEqual([['civilian', null, 'CVL']]);
  });

  it('should code the victims of a participial clause with the country of the place', () => {
    const events = code('Russian troops shelled Kharkiv on Monday, killing 5 civilians.');
    const killing = events.find((e) => e.size.dead);
    expect(killing?.recipient.map(party)).toEqual([['civilians', 'UKR', 'CVL']]);
  });
});

describe('events: acts by someone unnamed', () => {
  it('should code a casualty report that names no one, with its figures and place', () => {
    const events = code('At least 11 killed and 20 hurt as a bomb tore through a market in Mopti on Friday.');
    const assaults = events.filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]).toMatchObject({ actor: [], size: { dead: { value: 11, qualifier: 'at least' }, injured: { value: 20 } }, event_loc: { name: 'Mopti' } });
    expect(assaults[0]!.why.some((w) => w.startsWith('no party named'))).toBe(true);
  });

  it('should code a protest told only by where it broke out', () => {
    const events = code('Protests erupted in Kisumu after the vote count was halted.');
    expect(events.filter((e) => e.event === 'PROTEST').map((e) => e.event_loc?.name)).toEqual(['Kisumu']);
  });

  it.each([
    ['a conditional', 'If clashes break out in Gao, dozens could die.'],
    ['a bare topic with neither figure nor place', 'Clashes continue.'],
    ['a denial', 'Officials denied that anyone was killed in Gao.'],
  ])('should not code %s', (_case, text) => {
    expect(code(text).filter((e) => e.actor.length + e.recipient.length === 0 && ['ASSAULT', 'PROTEST'].includes(e.event))).toEqual([]);
  });

  it('should fold the figures of a party-less report into the named act it retells', () => {
    const events = code('Gunmen attacked a village near Gao on Friday. Nine died and four were injured.');
    expect(events.filter((e) => e.event === 'ASSAULT')).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: [{ text: 'Gunmen' }], size: { dead: { value: 9 }, injured: { value: 4 } } });
  });
});

describe('events: protesters no dictionary knows', () => {
  it('should code the named subject of a protest as a party without a code', () => {
    const [event] = code('Sugarcane cooperatives protested over new road tolls.');
    expect(event).toMatchObject({ event: 'PROTEST' });
    expect(event!.actor.map(party)).toEqual([['Sugarcane cooperatives', null, null]]);
  });

  it('should code a kind of person no curated list knows as a party (a civilian unless WordNet says more), with the nouns that name it', () => {
    const [event] = code('Sugarcane haulers protested over new road tolls.');
    expect(event!.actor.map(party)).toEqual([['Sugarcane haulers', null, 'CVL']]);
    const [killing] = code('Bandits shot dead a village chief and two shepherds near Gusau.');
    // The chief and the two shepherds: three dead (quantities sumConjoinedCounts).
    expect(killing).toMatchObject({ event: 'ASSAULT', size: { dead: { value: 3 } } });
    expect(killing!.recipient.map(party)).toEqual([['village chief', 'NGA', 'CVL'], ['shepherds', 'NGA', 'AGR']]);
  });

  it('should read "X on strike" as X striking', () => {
    const [event] = code('Bus drivers on strike over unpaid wages.');
    expect(event).toMatchObject({ event: 'PROTEST', mode: 'strike' });
    expect(event!.actor.map((p) => p.text)).toEqual(['drivers']);
  });

  it('should read former soldiers protesting as a crowd, not as the state', () => {
    const events = code('Some 40 former soldiers protested outside the defence ministry on Monday.');
    expect(events.map((e) => e.event)).toEqual(['PROTEST']);
  });

  it('should read people of a state sector without a state as a crowd when they protest', () => {
    expect(code('Some 300 judges protested against the new pension law.').map((e) => e.event)).toEqual(['PROTEST']);
  });

  it('should not make a pronoun a party', () => {
    expect(code('They protested over the tolls.')).toEqual([]);
  });
});

describe('events: the venue of talks is no party\'s country', () => {
  it('should not give negotiators named without a state the country of the city abroad they met in', () => {
    const events = code('Fighting continued in Sudan on Thursday. Sudan\'s army said it had repelled an attack near Khartoum, and the Sudanese capital was calm. Government negotiators and rebel delegates held talks in Nairobi on Friday.');
    const talks = events.find((e) => e.event === 'CONSULT');
    expect(talks?.event_loc?.country_code).toBe('KEN');
    expect([...talks!.actor, ...talks!.recipient].map((p) => p.code)).not.toContain('KEN');
  });

  it('should keep the country of talks held at home', () => {
    const talks = code('Opposition leaders and government officials met in Lusaka on Friday to discuss the electoral law.').find((e) => e.event === 'CONSULT');
    expect([...talks!.actor, ...talks!.recipient].map((p) => p.code)).toContain('ZMB');
  });

  it('should still give protesters the country of the city they marched in', () => {
    expect(code('Protesters marched in Nairobi on Friday.').find((e) => e.event === 'PROTEST')?.actor.map((p) => p.code)).toEqual(['KEN']);
  });
});

describe('events: a group facing a state\'s police is of that state (infer-party-codes policeCounterpart)', () => {
  it.each([
    ['Zambian police fired tear gas at miners outside the smelter.', 'ASSAULT', 'recipient', 'miners', 'ZMB'],
    ['Demonstrators threw rocks at Bolivian police.', 'PROTEST', 'actor', 'Demonstrators', 'BOL'],
  ])('should give the group the police\'s country: %j', (text, type, role, group, expected) => {
    const event = code(text).find((e) => e.event === type);
    const found = (role === 'actor' ? event?.actor : event?.recipient)?.find((p) => p.text.includes(group));
    expect(found?.code).toBe(expected);
  });

  it.each([
    ['Italian police detained asylum seekers at the port of Lampedusa.', 'asylum seekers'],
    ['Spanish police arrested tourists near the cathedral.', 'tourists'],
  ])('should not give people often from elsewhere the police\'s country (role-words.json outsiderNouns): %j', (text, group) => {
    const event = code(text).find((e) => e.event === 'COERCE');
    expect(event?.recipient.find((p) => p.text.includes(group))?.code ?? null).toBeNull();
  });

  it('should not give a group an army\'s country, which may fight abroad', () => {
    const event = code('French troops killed four militants.').find((e) => e.event === 'ASSAULT');
    expect(event?.recipient.map((p) => p.code)).toEqual([null]);
  });
});
