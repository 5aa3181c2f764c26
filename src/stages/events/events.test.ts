import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2022-10-04'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

/** The sentence's main event: the most confident one. */
function top(text: string): CodedEvent | undefined {
  return [...code(text)].sort((a, b) => b.confidence - a.confidence)[0];
}

const codes = (parties: CodedEvent['actor']) => parties.map((p) => p.code ?? '?').sort().join('+');

describe('events: type and mode per trigger', () => {
  const cases: [string, string, string, string | null][] = [
    // [sentence, trigger text, type, mode]
    ['Azerbaijan freed 17 Armenian prisoners on Tuesday.', 'freed', 'RETREAT', 'release'],
    ['Armenia withdrew its troops from the frontier district on Thursday.', 'withdrew', 'RETREAT', 'withdraw'],
    ['The Japanese government apologized to South Korea on Friday.', 'apologized', 'CONCEDE', null],
    ['Germany sent 20 tons of humanitarian aid to Turkey on Sunday.', 'sent', 'AID', null],
    ['Moscow deployed troops to the border with Ukraine on Friday.', 'deployed', 'MOBILIZE', 'troops'],
    ['The French president met the German chancellor in Berlin on Monday.', 'met', 'CONSULT', null],
    ['The Egyptian foreign minister visited Israel on Sunday.', 'visited', 'CONSULT', 'visit'],
    ['China praised Pakistan on Thursday for its fight against terrorism.', 'praised', 'SUPPORT', null],
    ['Israel and Egypt signed a trade agreement on Wednesday.', 'signed', 'SUPPORT', null],
    ['Norway shared intelligence with Sweden about the smuggling network.', 'shared', 'COOPERATE', null],
    ['Washington urged Beijing on Monday to release the detained journalists.', 'urged', 'REQUEST', 'yield'],
    ['Iran accused the United States on Tuesday of spying.', 'accused', 'ACCUSE', 'allege'],
    ['Belgium summoned the Chinese ambassador on Thursday.', 'summoned', 'ACCUSE', 'disapprove'],
    ['Serbia rejected the proposal from Kosovo on Tuesday.', 'rejected', 'REJECT', null],
    ['Venezuela threatened Guyana with military action on Sunday.', 'threatened', 'THREATEN', null],
    ['The European Union imposed new sanctions on Belarus on Monday.', 'sanctions', 'SANCTION', null],
    ['Estonia expelled three Belarusian diplomats on Friday.', 'expelled', 'SANCTION', 'expel'],
    ['Turkish police arrested 30 opposition activists in Ankara on Saturday.', 'arrested', 'COERCE', 'arrest'],
    ['The Egyptian government banned the opposition party on Monday.', 'banned', 'COERCE', 'restrict'],
    ['Russian jets bombed the Syrian town of Idlib on Sunday.', 'bombed', 'ASSAULT', 'aerial'],
    ['Nigerian soldiers demolished market stalls in Lagos on Sunday.', 'demolished', 'ASSAULT', 'destroy'],
    ['Herders burned dozens of homes in two farming villages on Sunday.', 'burned', 'ASSAULT', 'destroy'],
    // Rioters wrecking property riot (PLOVER PROTEST riot, events 44); others who do it destroy.
    ['Rioters ransacked the ruling party offices in the city on Monday.', 'ransacked', 'PROTEST', 'riot'],
    ['Gunmen ransacked the ruling party offices in the city on Monday.', 'ransacked', 'ASSAULT', 'destroy'],
    ['Students burned effigies of the governor outside the assembly on Friday.', 'burned', 'PROTEST', 'demo'],
    ['Chad pulled its soldiers out of the regional force on Monday.', 'pulled', 'RETREAT', 'withdraw'],
    ['The army said its troops neutralised 14 insurgents near the border on Sunday.', 'neutralised', 'ASSAULT', null],
    ['Rebels seized the provincial capital on Saturday.', 'seized', 'ASSAULT', null],
    ['Hundreds of farmers gathered outside the governor\'s office on Monday to demand compensation.', 'gathered', 'PROTEST', 'demo'],
    ['The European Union imposed another round of sanctions on Minsk on Friday.', 'sanctions', 'SANCTION', null],
    ['Thousands of students protested in Tehran on Friday.', 'protested', 'PROTEST', 'demo'],
    ['Angry farmers blocked the main roads into Paris on Monday.', 'blocked', 'PROTEST', 'obstruct'],
    ['Tens of thousands of opposition supporters marched on the presidential palace on Friday.', 'marched', 'PROTEST', 'demo'],
    ['Internet access was suspended in Tigray ahead of the vote, the regulator said.', 'suspended', 'COERCE', 'censor'],
    ['Officials shut down the internet in three districts of Kashmir ahead of the verdict.', 'shut down', 'COERCE', 'censor'],
    ['Troops recovered a cache of rifles and grenades near the border on Sunday.', 'recovered', 'COERCE', 'seize'],
    ['Explosives and two pistols were recovered during a raid on a house in Kumba.', 'recovered', 'COERCE', 'seize'],
    ['Mobile data services in Sylhet were suspended for a third day.', 'suspended', 'COERCE', 'censor'],
    ['A Nepalese contingent arrived in Bangui on Tuesday to help guard the airport.', 'arrived', 'AID', null],
    ['The president broke off negotiations with the rebel alliance after the bombing.', 'broke off', 'REJECT', null],
    ['According to the navy, five militants were neutralised near Kismayo.', 'neutralised', 'ASSAULT', null],
    ['Canada designated the militia a terrorist entity on Thursday.', 'designated', 'SANCTION', null],
    ['Switzerland froze funds held by the Libyan central bank in Geneva.', 'froze', 'SANCTION', null],
    // A word of a longer name is no object cue: an attack on a college named for the government is an assault.
    ['Gunmen attacked the Government Printing Office in Jos on Monday.', 'attacked', 'ASSAULT', null],
    ['The opposition leader attacked the government over fuel prices.', 'attacked', 'ACCUSE', 'disapprove'],
    ['The opposition leader attacked the Government of Kenya over the new tax bill.', 'attacked', 'ACCUSE', 'disapprove'],
    // A party that ends or abandons talks refuses to negotiate; talks that end by themselves are no act.
    ['The premier ended talks with the separatists after the ambush.', 'ended', 'REJECT', null],
    ['The junta abandoned negotiations with the opposition parties in March.', 'abandoned', 'REJECT', null],
    ['The national assembly impeached the vice-president on Tuesday.', 'impeached', 'ACCUSE', 'allege'],
    ['The Netherlands imposed an asset freeze on four militia leaders.', 'freeze', 'SANCTION', null],
    ['Some 300 insurgents handed over their rifles to the army in Bunia.', 'handed over', 'RETREAT', 'disarm'],
    ['Sweden handed over 12 armoured vehicles to Lithuania.', 'handed over', 'AID', null],
  ];
  it.each(cases)('should code "%s" from "%s" as %s/%s', (sentence, trigger, type, mode) => {
    const event = top(sentence);
    expect(event?.evidence.trigger.text).toBe(trigger);
    expect(event?.event).toBe(type);
    expect(event?.mode ?? null).toBe(mode);
  });
});

describe('events: what a verb is done to', () => {
  it('should code no release when what was released is a video or a statement', () => {
    expect(code('The kidnappers released a video of the two engineers on Sunday.')).toEqual([]);
    expect(code('The army released a statement on the clashes.').filter((e) => e.event === 'RETREAT')).toEqual([]);
    expect(code('The kidnappers released the two engineers on Sunday.')[0]?.event).toBe('RETREAT');
  });

  it('should code an ordered or voted act as the act of the one who orders or votes', () => {
    const expelled = code('The junta ordered the expulsion of the Danish ambassador on Friday.');
    expect(expelled.map((e) => `${e.event}/${e.mode} ${codes(e.actor)}`)).toEqual(['SANCTION/expel ?']);
    const impeached = code('Senators voted to impeach the labour minister over the contracts.');
    expect(impeached.map((e) => e.event)).toEqual(['ACCUSE']);
    // A release of money approved is aid, not a release of captives.
    expect(code('The World Bank approved the release of a $250 million loan tranche to Zambia.')[0]?.event).toBe('AID');
    // Ordering someone to act stays a demand of them.
    expect(code('The court ordered the government to release the students.').some((e) => e.event === 'REQUEST')).toBe(true);
  });

  it('should not end talks that end by themselves', () => {
    expect(code('Talks in Geneva ended on Friday without an agreement.').filter((e) => e.event === 'REJECT')).toEqual([]);
  });
});

describe('events: acts fended off or stopped', () => {
  it('should make who repels an attack its target, also when it says it did', () => {
    const repelled = code('Government troops repelled an attack on the garrison town of Kutum.').find((e) => e.event === 'ASSAULT');
    // No doer named: at most the state's own side, guessed with no sector (infer-party-codes.ts storyStateDoer).
    expect(repelled?.actor.filter((p) => p.sector !== null)).toEqual([]);
    expect(repelled?.recipient.map((p) => p.text)).toContain('Government troops');
    const told = code("Chad's army said on Sunday it had repelled an attack on a border post.").find((e) => e.event === 'ASSAULT');
    expect(told?.actor).toEqual([]);
    expect(codes(told!.recipient)).toBe('TCD');
  });

  it('should code an act foiled or thwarted as not having happened, and not by who stopped it', () => {
    for (const text of ['Police in Dar es Salaam foiled a bombing at the ferry terminal.', 'Soldiers foiled an attempt to kidnap the district commissioner.', 'Detectives thwarted a plot to bomb the stadium in Kampala.']) {
      const events = code(text);
      expect(events.every((e) => e.modality === 'negated' || e.event !== 'ASSAULT'), text).toBe(true);
      expect(events.every((e) => e.actor.every((p) => !['Police', 'Soldiers', 'Detectives'].includes(p.text))), text).toBe(true);
    }
  });
});

describe('events: sizes', () => {
  it('should not count the parties of a statement as victims of the act it is about', () => {
    // "Four" are the senators who condemned, not the attack's victims.
    const events = code('Four senators condemned the attack on the convoy in Gao.');
    expect(events.every((e) => e.size.persons === undefined && e.size.dead === undefined)).toBe(true);
    // A count of those who act in a clause joined to the act's own is its size.
    const joined = code('Dozens of traders defied a curfew and joined the protests in the capital.').find((e) => e.event === 'PROTEST');
    expect(joined?.size.persons?.value).toBe(24);
  });
});

describe('events: nominal triggers', () => {
  const cases: [string, string, string][] = [
    ['Armenia and Azerbaijan resumed peace talks in Geneva on Sunday.', 'talks', 'CONSULT'],
    ['The Chilean president arrived in Lima on Thursday on a two-day visit.', 'visit', 'CONSULT'],
    ['Hundreds of Kenyan teachers went on hunger strike on Thursday.', 'strike', 'PROTEST'],
    ['Pakistan condemned the Indian invasion of the disputed region.', 'condemned', 'ACCUSE'],
    ['The Malian army began a counterterrorism operation against jihadists near Gao.', 'operation', 'ASSAULT'],
    ['Youths were arrested over an arson at a mosque in Kano.', 'arson', 'ASSAULT'],
    ['Peru expressed solidarity with Ecuador after the floods.', 'solidarity', 'SUPPORT'],
  ];
  it.each(cases)('should code "%s" from the noun "%s" as %s', (sentence, trigger, type) => {
    const events = code(sentence);
    expect(events.some((e) => e.evidence.trigger.text === trigger && e.event === type)).toBe(true);
  });

  it('should give a noun governed by an ordinary verb the clause subject ("arrived … on a visit")', () => {
    const event = code('The Chilean president arrived in Lima on Thursday on a two-day visit.').find((e) => e.evidence.trigger.text === 'visit');
    expect(codes(event!.actor)).toBe('CHL');
  });
});

describe('events: roles', () => {
  const cases: [string, string, string, string][] = [
    // [name, sentence, actor codes, recipient codes]
    ['active voice: subject acts on object', 'Azerbaijan freed 17 Armenian prisoners on Tuesday.', 'AZE', 'ARM'],
    ['passive voice: the by-agent acts on the subject', 'Two Ukrainian soldiers were killed by Russian forces on Monday.', 'RUS', 'UKR'],
    ['coordination: both subjects act', 'Armenia and Azerbaijan held talks in Geneva on Sunday.', 'ARM+AZE', ''],
    // Ethnic groups are coded by the country they live in (src/stages/actors/README.md): Hungarians in Bucharest → ROU.
    // A protest held in a place with no one named as its target is aimed at the place (role-words.json placeTargets), as the PLOVER GSR codes it.
    ['quantified subject: "up to 500" does not hide the actor', 'Up to 500 ethnic Hungarians staged a protest in Bucharest on Friday.', 'ROU', 'ROU'],
    ['a "that" clause names the target of a demand', 'Opposition leaders in Gabon demanded that Cameroon hand over the exiles.', 'GAB', 'CMR'],
    ['a "must" statement is a demand on the obliged party', 'Peru said on Thursday that Chile must hand back the impounded fishing boat.', 'PER', 'CHL'],
  ];
  it.each(cases)('should assign roles in %s', (_name, sentence, actor, recipient) => {
    const event = top(sentence);
    expect(codes(event!.actor)).toBe(actor);
    expect(codes(event!.recipient)).toBe(recipient);
  });
});

describe('events: subjects across English news syntax', () => {
  const cases: [string, string, string, string, string][] = [
    // [rule, sentence, trigger text, actor codes, recipient codes]
    ['a progressive ("is demanding") is active, not passive', 'Hungary is demanding compensation from Slovakia for the flooding.', 'demanding', 'HUN', 'SVK'],
    ['a stance participle ("is opposed to") keeps its subject as actor', 'Poland is opposed to the new gas pipeline, a government spokesman said.', 'opposed', 'POL', ''],
    ['"been" + an irregular participle is passive ("has been put under investigation")', 'A Belgian banker has been put under investigation over tax fraud.', 'investigation', '', 'BEL'],
    ['a coordinated verb shares the first verb\'s subject, not its object', 'A car bomb killed two Turkish soldiers and wounded three others on Monday.', 'wounded', '', ''],
    ['a coordinated verb after an infinitive shares the clause subject', 'Brazil refused to send police to Haiti and urged its citizens to leave the island.', 'urged', 'BRA', 'BRA'],
    ['a participial adjunct takes the main clause subject', 'Egypt rejected the Israeli proposal, urging Israel to resume talks.', 'urging', 'EGY', 'ISR'],
    ['a relative clause takes its antecedent as subject', 'Peru said that Chile must release a trawler that was seized by Chilean sailors.', 'seized', 'CHL', ''],
    ['an inverted report takes the subject after its comma', 'Italian officials are mistreating asylum seekers, an Austrian charity protested on Thursday.', 'protested', 'AUT', ''],
    ['a fronted time phrase does not hide the subject', 'On Friday, the Chilean defence minister summoned the Bolivian ambassador.', 'summoned', 'CHL', 'BOL'],
    // The observers let in are people of no state: a party with no code.
    ['a pronoun after a speech verb stands for the speaker', 'Venezuela said it would allow foreign observers into the country.', 'allow', 'VEN', '?'],
    ['an apposition does not add its actors to the subject', 'Jordan, a close British partner in the Gulf, has refused to send troops to Yemen.', 'refused', 'JOR', 'YEM'],
    ['an actor hyphened to a noun describes the actor after it', 'EU-member Cyprus rejected the offer from Turkey on Monday.', 'rejected', 'CYP', 'TUR'],
    ['an "X-led" force is X\'s own force', 'Saudi-led forces bombed the port of Hodeidah on Sunday.', 'bombed', 'SAU', ''],
    ['the parties a mediation is "between" are its recipients', 'The African Union started a mediation process between Sudan and Chad.', 'mediation', 'IGO', 'SDN+TCD'],
    ['a "between" inside another phrase is not the verb\'s', 'Israel shared evidence with France about links between Iran and Hezbollah.', 'shared', 'ISR', 'FRA'],
    ['the source of a report after a comma is no party', 'Militants overran a remote village early this week, Indian army sources said.', 'overran', '?', '?'],
    ['the owner of a deployed force is the actor of the deployment', 'The deployment of NATO troops in Kosovo began on Monday.', 'deployment', 'IGO', 'KOS'],
    ['"once again" is an adverb, not a subordinate clause', 'Greece has once again rejected an offer from Albania.', 'rejected', 'GRC', 'ALB'],
  ];
  it.each(cases)('should read the subject when %s', (_rule, sentence, trigger, actor, recipient) => {
    const event = code(sentence).find((e) => e.evidence.trigger.text === trigger);
    // An empty actor and recipient: the event may be dropped for want of parties, but must not take the wrong one.
    if (actor === '' && recipient === '') { expect(event ? codes(event.actor) + codes(event.recipient) : '').toBe(''); return; }
    expect(event).toBeDefined();
    expect(codes(event!.actor)).toBe(actor);
    expect(codes(event!.recipient)).toBe(recipient);
  });

  it('should read the subject when an "of" phrase after a named head only modifies it', () => {
    // Only the actor is checked: that the "on" phrase belongs to "archives", not to "agreed", is a
    // question of attachment left to the parse.
    const event = code('The Serbian and Albanian sides of Kosovo agreed to open their archives on wartime disappearances.').find((e) => e.evidence.trigger.text === 'agreed');
    expect(event && codes(event.actor)).toBe('ALB+SRB');
  });

  it('should give a protest against a named target its protesters, with the country of its place, as actor', () => {
    const event = code('Furious students staged protests in Quito against the education minister.').find((e) => e.event === 'PROTEST');
    expect(event?.actor.map((p) => `${p.text}/${p.code}/${p.sector}`)).toEqual(['Furious students/ECU/EDU']);
  });
});

describe('events: third parties', () => {
  it('should make the broker of an "X-brokered ceasefire" a third party', () => {
    const event = code('Armenia and Azerbaijan agreed to a Russian-brokered ceasefire on Saturday.').find((e) => e.event === 'RETREAT' || e.event === 'AGREE');
    expect(event?.third_party.map((p) => p.code)).toContain('RUS');
  });

  it('should make the mediator "after US mediation" a third party and derive its consultation', () => {
    const events = code('Azerbaijan freed 17 Armenian prisoners on Tuesday after US mediation.');
    const release = events.find((e) => e.event === 'RETREAT');
    expect(release?.third_party.map((p) => p.code)).toEqual(['USA']);
    expect(events.some((e) => e.event === 'CONSULT' && e.mode === 'third-party' && codes(e.actor) === 'USA')).toBe(true);
  });

  it('should make the agent of "mediated by" a third party', () => {
    const event = code('Sudan and South Sudan signed a border deal mediated by Ethiopia on Friday.').find((e) => e.event === 'SUPPORT');
    expect(event?.third_party.map((p) => p.code)).toContain('ETH');
  });
});

describe('events: reported speech and quotations', () => {
  it('should mark an event inside reported speech as reported', () => {
    const event = top('Troops from Russia shelled Ukrainian villages on Monday, officials in Kyiv said.');
    expect(event?.event).toBe('ASSAULT');
    expect(event?.modality).toBe('reported');
  });

  it('should give a first-person quotation to its speaker', () => {
    const event = code('“We thank the United States for its help,” Armenian Prime Minister Nikol Pashinyan said.').find((e) => e.event === 'SUPPORT');
    expect(codes(event!.actor)).toBe('ARM');
  });
});

describe('events: modality and PLOVER recoding', () => {
  const cases: [string, string, string, string][] = [
    // [rule, sentence, type, modality]
    ['future CONSULT is AGREE', 'The Spanish defence minister will visit Morocco in May.', 'AGREE', 'asserted'],
    ['future AID is AGREE', 'Japan will give Laos a loan of 90 million dollars.', 'AGREE', 'asserted'],
    ['stated willingness to act is AGREE', 'Oman says it is willing to host talks with Iran.', 'AGREE', 'reported'],
    ['an announced future withdrawal is CONCEDE', 'Armenia will evacuate its border posts near the lake next month.', 'CONCEDE', 'asserted'],
    ['an announced future boycott is THREATEN', 'Kurdish parties said they would boycott the parliament in Baghdad.', 'THREATEN', 'reported'],
    ['a vow of violence is THREATEN', 'The rebels in Mali have vowed to attack the capital.', 'THREATEN', 'asserted'],
    ['a conditional withdrawal is THREATEN', 'Ghana will withdraw its engineers from Mali unless the attacks end.', 'THREATEN', 'asserted'],
    ['a refusal of a cooperative act is REJECT', 'Poland will not accept more migrants from Belarus.', 'REJECT', 'asserted'],
    ['declining to resign is REJECT', 'The Slovak finance minister declined to resign on Friday.', 'REJECT', 'asserted'],
    ['a plain negation stays negated', 'Turkey did not attack Greek ships on Monday.', 'ASSAULT', 'negated'],
    ['a conditional meeting stays hypothetical', 'Iran could meet European envoys next week.', 'CONSULT', 'hypothetical'],
  ];
  it.each(cases)('should code %s', (_rule, sentence, type, modality) => {
    const event = top(sentence);
    expect(event?.event).toBe(type);
    expect(event?.modality).toBe(modality);
  });

  it.each([
    ['Kenya rejected allegations that police had killed protesters in Kisumu.', 'ASSAULT', 'negated'],
    ['Officials dismissed claims that rebels had seized the airport.', 'ASSAULT', 'negated'],
    // The parser hangs the report's "that" clause on "denied" (repair.ts repairContentClause puts it on "reports").
    ['The army denied reports that soldiers had killed civilians near Gao.', 'ASSAULT', 'negated'],
    // Not denied: a report stays a report.
    ['Residents repeated claims that rebels had seized the airport.', 'ASSAULT', 'reported'],
  ])('should read an act in a report its subject denies as negated, or not code it: %s', (sentence, type, modality) => {
    const act = code(sentence).find((e) => e.event === type);
    // A denied act is never told as happening; under a coded denial it is dropped (index.ts dropUntoldContents).
    if (modality === 'negated') expect(act === undefined || act.modality === 'negated').toBe(true);
    else expect(act?.modality).toBe(modality);
    expect(code(sentence).some((e) => e.event === 'REJECT')).toBe(modality === 'negated');
  });
});

describe('events: complements and embedded purposes', () => {
  it('should code "offered to hand over" once, as AGREE', () => {
    const events = code('Serbia offered on Friday to hand over three fugitives to Croatia.');
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
  });

  it('should take the REQUEST mode from the act asked for', () => {
    expect(top('The United Nations urged Israel to lift the blockade of Gaza.')?.mode).toBe('yield');
    expect(top('Moscow called on Kyiv to negotiate.')?.mode).toBe('meet');
  });

  it('should not code a purpose infinitive as its own event ("to help return")', () => {
    const events = code('The United States pledged on Monday to help return displaced Armenians to their homes.');
    expect(events.some((e) => e.event === 'RETREAT')).toBe(false);
  });

  it('should not code the object noun of a verb trigger twice ("lifted the blockade")', () => {
    const events = code('Azerbaijan lifted the blockade of the mountain road on Tuesday.');
    expect(events.map((e) => e.event)).toEqual(['RETREAT']);
  });

  it('should not treat a hyphenated participle as a trigger ("Saudi-backed")', () => {
    const events = code('The Houthis declared a truce with the Saudi-backed militia on Thursday.');
    expect(events.some((e) => e.event === 'SUPPORT')).toBe(false);
  });
});

describe('events: parties from who acts and where', () => {
  it('should code a verbal protest by a government as ACCUSE', () => {
    expect(top('The Chinese foreign ministry protested to Japan over the visit.')?.event).toBe('ACCUSE');
  });

  it('should code blocking by state forces as COERCE', () => {
    const event = top('Israeli police blocked the roads into Jerusalem on Friday.');
    expect(event?.event).toBe('COERCE');
  });

  it('should code joint exercises of two countries as COOPERATE', () => {
    expect(top('Indian and Japanese warships held joint exercises in the Bay of Bengal on Tuesday.')?.event).toBe('COOPERATE');
  });

  it('should give a protest with no named party the country of its place', () => {
    const event = top('Thousands of nurses held protests across Portugal on Friday.');
    expect(event?.event).toBe('PROTEST');
    expect(codes(event!.actor)).toBe('PRT');
  });

  it('should give an attack by unnamed attackers the place as actor and the victims as recipient', () => {
    const event = top('A landmine near Kandahar killed three British soldiers on Tuesday.');
    expect(codes(event!.actor)).toBe('AFG');
    expect(codes(event!.recipient)).toBe('GBR');
  });
});

describe('events: ranking the main act', () => {
  const cases: [string, string][] = [
    // the future return of property is an announced concession (CONCEDE); "seized" is background
    ['Malian rebels announced they will release the lorries seized in May from army posts.', 'CONCEDE'],
    ['Kenyan police detained 40 protesters on Friday, killing a teenager.', 'COERCE'],
    ['Angry villagers set fire to a police post following the killing of a farmer.', 'ASSAULT'],
    // the act a reaction answers is its backdrop
    ['The council imposed sanctions on Sudan last year in response to the Sudanese invasion of Chad.', 'SANCTION'],
  ];
  it.each(cases)('should rank the main act of "%s" first', (sentence, type) => {
    expect(top(sentence)?.event).toBe(type);
  });
});

describe('events: size and location', () => {
  it('should attach the dead count to the attack', () => {
    const event = top('At least 12 people were killed when Russian missiles struck Kharkiv on Monday.');
    expect(event?.event).toBe('ASSAULT');
    expect(event?.size.dead?.value).toBe(12);
  });

  it('should attach the place of the event after "in"', () => {
    const event = code('Armenia and Azerbaijan held talks in Geneva on Sunday.').find((e) => e.event === 'CONSULT');
    expect(event?.event_loc?.name).toBe('Geneva');
  });
});

describe('events: the example page', () => {
  const text = readFileSync(new URL('../../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url), 'utf8');
  const events = code(text, '2022-10-04');

  it('should merge the headline and lead mentions of the release into one event', () => {
    expect(events.filter((e) => e.event === 'RETREAT' && e.mode === 'release')).toHaveLength(1);
  });

  it('should date the Geneva talks by their own clause and the 2020 war by its year', () => {
    expect(events.find((e) => e.event === 'CONSULT' && e.date === '2022-10-02')).toBeDefined();
    expect(events.find((e) => e.event === 'ASSAULT' && e.date === '2020')?.background).toBe(true);
  });

  it('should date acts "under the deal" by the deal told before them (an anaphor), not by the sentence before', () => {
    const ceded = events.find((e) => e.evidence.trigger.text === 'ceded');
    expect(ceded?.date_source.rule).toMatch(/^anaphor/);
    expect(ceded?.date).toBe('2020');
  });

  it('should mark events of the 1990s as background', () => {
    const war = events.find((e) => e.event === 'ASSAULT' && e.date === '199');
    expect(war?.background).toBe(true);
  });
});

describe('events: crowd control, launched weapons and compound act nouns', () => {
  it.each([
    ['Riot police fired tear gas at students outside the parliament in Accra.', 'crowd-control', 'Riot police'],
    ['Gendarmes used water cannon against marchers in Dakar.', 'crowd-control', 'Gendarmes'],
    ['Police dispersed the protesters with batons in Lusaka.', 'crowd-control', 'Police'],
    ['Rebels launched two drones at an airbase in Marib.', 'drone', 'Rebels'],
    ['A crowd lynched two suspected cattle thieves in Mbarara.', 'beat', 'crowd'],
  ])('should code %j as ASSAULT/%s by its doer', (text, mode, actor) => {
    const assaults = code(text).filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]).toMatchObject({ mode });
    expect(assaults[0]!.actor.map((a) => a.text)).toEqual([actor]);
  });

  it('should give a compound act noun read with an adjective first word the subject of its verb', () => {
    const [event] = code('Troops sprayed tear gas over a crowd in Conakry on Tuesday.');
    expect(event).toMatchObject({ event: 'ASSAULT', mode: 'crowd-control' });
    expect(event!.actor.map((a) => a.text)).toEqual(['Troops']);
  });

  it('should give an act noun joined to the verb\'s object the verb\'s subject', () => {
    const strikes = code('The Nigerian air force launched air and artillery strikes on militant camps near Lake Chad.').find((e) => e.evidence.trigger.text === 'strikes');
    expect(strikes?.actor.map((a) => a.code)).toEqual(['NGA']);
  });
});

describe('events: fire traded, prisoners swapped, people left wounded', () => {
  it('should code fire exchanged by two forces as one ASSAULT by both, with the wounded it left as recipients', () => {
    const events = code('Indian and Pakistani troops exchanged fire along the border, leaving three soldiers wounded.');
    const assaults = events.filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(codes(assaults[0]!.actor)).toBe('IND+PAK');
    expect(assaults[0]!.recipient.map((r) => r.text)).toEqual(['soldiers']);
    expect(assaults[0]!.size).toMatchObject({ injured: { value: 3 } });
  });

  it('should code a prisoner swap by its verb', () => {
    const [event] = code('Sudan and South Sudan swapped 40 prisoners on Monday.');
    expect(event).toMatchObject({ event: 'RETREAT', mode: 'release', size: { persons: { value: 40 } } });
    expect(codes(event!.actor)).toBe('SDN+SSD');
  });
});

describe('events: who receives what is handed on', () => {
  it.each([
    ['Sweden provided about 90 million dollars in total development aid to Kenya in 2021.', 'AID', 'KEN'],
    ['Spain extradited a Colombian businessman to the United States on Friday.', 'COOPERATE', 'USA'],
    ['Norway gave Jordan two helicopters.', 'AID', 'JOR'],
    ['Spain has offered to France a mechanised battalion and two frigates.', 'AGREE', 'FRA'],
    ['Japan pledged 50 million dollars in aid to Ukraine.', 'AGREE', 'UKR'],
  ])('should take the receiver named by "to", or the first object, as the recipient: %j', (text, event, recipient) => {
    const found = code(text).find((e) => e.event === event);
    expect(found && codes(found.recipient)).toBe(recipient);
  });
});

describe('events: questions, games and the act a condition asks for', () => {
  it('should code an act asked about as hypothetical, not announced', () => {
    const [event] = code('Will Turkey invade northern Iraq again?');
    expect(event?.modality ?? 'hypothetical').toBe('hypothetical');
    expect(event?.event).not.toBe('THREATEN');
  });

  it('should code recovering only of arms or drugs as a seizure, not a recovery from wounds or of a body', () => {
    expect(code('The wounded sergeant recovered in a military hospital in Yaounde.').filter((e) => e.event === 'COERCE')).toEqual([]);
    expect(code('Divers recovered the bodies of two fishermen off Kribi.').filter((e) => e.event === 'COERCE')).toEqual([]);
  });

  it('should not code a game won by a score as violence', () => {
    expect(code('Juventus crushed Torino 3-0 on Saturday.').filter((e) => e.event === 'ASSAULT')).toEqual([]);
  });

  it('should not code the act a threat\'s condition asks for as a threat of its own', () => {
    const events = code('Kidnappers threatened to kill the engineers unless the army freed their commander.');
    expect(events.filter((e) => e.event === 'THREATEN').map((e) => e.evidence.trigger.text)).toEqual(['threatened']);
  });
});

describe('events: weapons, warnings and passive conjuncts', () => {
  it('should fold what a weapon did into the act that used it, with its victims and place', () => {
    const assaults = code('Insurgents planted and detonated a landmine that killed four border guards near Kandahar.').filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.size.dead?.value).toBe(4);
    expect(assaults[0]!.actor.map((a) => a.sector)).toEqual(['REB']);
    expect(assaults[0]!.recipient.length).toBe(1);
    expect(assaults[0]!.event_loc?.name).toBe('Kandahar');
  });

  it('should keep apart what a person described by a relative clause did', () => {
    const assaults = code('Soldiers killed a commander who had attacked a police station in March.').filter((e) => e.event === 'ASSAULT');
    expect(assaults).toHaveLength(2);
  });

  it('should place an act where a victim\'s phrase locates it', () => {
    const [event] = code('A gunman killed six worshippers in Peshawar on Friday.');
    expect(event?.event_loc?.name).toBe('Peshawar');
  });

  it.each([
    ['a danger', 'The health ministry warned of a cholera outbreak in the camps.'],
    ['a possible attack by others', 'Officials warned about possible raids on the port.'],
  ])('should not code a warning about %s as a threat', (_case, text) => {
    expect(code(text).filter((e) => e.event === 'THREATEN')).toEqual([]);
  });

  it.each([
    ['the speaker\'s own reprisal', 'Tehran warned of a harsh response to any incursion.'],
    ['a danger on a condition', 'Seoul warned of war if the missile tests continue.'],
    ['someone warned against something', 'Beijing warned Manila against new patrols.'],
  ])('should still code a warning of %s as a threat', (_case, text) => {
    expect(code(text).map((e) => e.event)).toContain('THREATEN');
  });

  it('should read a past-tense conjunct of a passive verb as passive too', () => {
    const accused = code('Three bloggers were detained in Hanoi and accused of subversion.').find((e) => e.event === 'ACCUSE');
    // The bloggers are not the accusers: at most the state's own side, guessed with no sector (storyStateDoer).
    expect(accused?.actor.filter((p) => p.sector !== null || p.text === 'bloggers')).toEqual([]);
    expect(accused?.recipient.map((r) => r.text)).toEqual(['bloggers']);
  });
});

describe('events: reported past perfects and broker phrases', () => {
  it('should read a past perfect under a past-tense report as news, not background', () => {
    const [event] = code('Villagers said soldiers had attacked their village.').filter((e) => e.event === 'ASSAULT');
    expect(event?.background).toBe(false);
    const [told] = code('Soldiers had attacked the village long before the peace deal.').filter((e) => e.event === 'ASSAULT');
    expect(told?.background).toBe(true);
  });

  it('should take third parties from the broker phrase only, not from a phrase the parse joins to it', () => {
    const agree = code("Ethiopia's army and the Fano militia agreed on Sunday to a 48-hour truce brokered by Kenya and the African Union, after two weeks of fighting that has killed at least 120 people.").find((e) => e.event === 'AGREE');
    expect(agree?.third_party.map((p) => p.code)).toEqual(['KEN', 'IGO']);
  });
});

describe('events: habits and owned places', () => {
  it('should not code what a group does as a rule, told in a present relative clause', () => {
    const events = code('The army is fighting a militia that kidnaps farmers for ransom.');
    expect(events.filter((e) => e.evidence.trigger.text === 'kidnaps')).toEqual([]);
    // A past relative clause is an act told.
    expect(code('Police arrested the cattle rustlers who raided the herders.').map((e) => e.event)).toContain('ASSAULT');
  });

  it('should place an act in the place a state owns, not in the state', () => {
    const [event] = code("Militants ambushed a convoy in Niger's western Tillaberi region on Sunday.").filter((e) => e.event === 'ASSAULT');
    expect(event?.event_loc?.resolved).toMatch(/^Tillab/);
  });
});

describe('events: codes not inferred from the other side', () => {
  it('should not give a person the state whose government he addresses', () => {
    const thanked = code('Mr Okafor thanked the Government of Senegal for its support.').find((e) => e.event === 'SUPPORT');
    expect(thanked?.actor.map((a) => a.code)).toEqual([null]);
    expect(thanked?.recipient.map((a) => a.code)).toEqual(['SEN']);
  });
});

describe('events: officials travelling', () => {
  it.each([
    ['The Qatari foreign minister flew to Kabul on Sunday to meet Taliban leaders.', 'flew'],
    ['The Egyptian prime minister arrived in Khartoum on Monday.', 'arrived'],
  ])('should code an official\'s journey to a state or a place as a visit: %j', (text, trigger) => {
    const visit = code(text).find((e) => e.evidence.trigger.text === trigger);
    expect(visit).toMatchObject({ event: 'CONSULT', mode: 'visit' });
  });

  it('should not code a journey told in a relative clause about the traveller as a visit', () => {
    const events = code('The German chancellor, who is touring West Africa, travelled to Accra on Monday.');
    expect(events.filter((e) => e.mode === 'visit').map((e) => e.evidence.trigger.text)).toEqual(['travelled']);
    const met = code('The Turkish minister, who is travelling in Africa, met the Kenyan president on Monday.');
    expect(met.filter((e) => e.mode === 'visit')).toEqual([]);
    expect(met.find((e) => e.evidence.trigger.text === 'met')?.event_loc).toBeNull();
  });

  it('should not code anyone else\'s journey as a visit', () => {
    expect(code('Hundreds of migrants arrived in Lampedusa on Sunday.').filter((e) => e.mode === 'visit')).toEqual([]);
  });
});
