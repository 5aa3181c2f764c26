import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-03-12' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: the doer decides the reading (triggers.json, events 44)', () => {
  it('should read the weapon that is the doer of a strike as the means, and leave other doers of "hit" to the fallback', () => {
    expect(types('A Russian missile hit an apartment block in Dnipro on Tuesday.')).toEqual(['ASSAULT/heavy-weapons']);
    expect(types('Two Ukrainian drones struck a fuel depot in the Kursk region overnight.')).toEqual(['ASSAULT/drone']);
    expect(types('Syrian government jets pounded rebel positions near Idlib.')).toEqual(['ASSAULT/aerial']);
    // Not a weapon: the fallback dictionary still codes the blow.
    expect(types('Soldiers hit villagers with rifle butts in Kasai.').map((t) => t.split('/')[0])).toEqual(['ASSAULT']);
  });

  it('should code no act done by a storm or a cyclone named after its kind', () => {
    expect(code('Typhoon Haikui hit southern Taiwan on Sunday, killing two people.')).toEqual([]);
    expect(code('Cyclone Idai destroyed thousands of homes in Beira.')).toEqual([]);
  });

  it('should code protesters burning or looting property as a riot, others as destruction', () => {
    expect(types('Angry demonstrators torched a police post in Kisumu.')).toEqual(['PROTEST/riot']);
    expect(types('Rioters looted several shops in central Maputo on Thursday.')).toEqual(['PROTEST/riot']);
    expect(types('Militiamen torched a police post in Kisumu.')).toEqual(['ASSAULT/destroy']);
  });
});

describe('events: the object decides the reading (triggers.json, events 45)', () => {
  it('should code weapons handed over and loans approved for another as AID', () => {
    expect(types('Germany delivered two more IRIS-T air defence systems to Ukraine.')).toEqual(['AID/-']);
    expect(types('France provided artillery shells to the Lebanese army last month.')).toEqual(['AID/-']);
    const loan = code('The African Development Bank approved a 90 million dollar loan to Senegal on Friday.');
    expect(loan.map((e) => e.event)).toEqual(['AID']);
    expect(loan[0]!.recipient.map((p) => p.code)).toEqual(['SEN']);
    // Approving a plan is still support.
    expect(types('Ghana approved the peace plan for the Sahel.').map((t) => t.split('/')[0])).toEqual(['SUPPORT']);
  });

  it('should code walking out of talks or a session as REJECT/meet, workers walking out as a strike', () => {
    expect(types('The Sudanese army delegation walked out of the negotiations in Jeddah.')).toEqual(['REJECT/meet']);
    expect(types('Opposition senators walked out of the assembly in Harare on Tuesday.')).toEqual(['REJECT/meet']);
    expect(types('Nurses walked out of public hospitals across Kenya on Monday.')).toEqual(['PROTEST/strike']);
  });

  it('should code restoring the internet as a concession', () => {
    expect(types('Authorities restored mobile internet in Manipur after a five-day shutdown.').map((t) => t.split('/')[0])).toEqual(['CONCEDE']);
    expect(types('The Ethiopian government restored internet services in Tigray on Wednesday.').map((t) => t.split('/')[0])).toEqual(['CONCEDE']);
  });

  it('should code speaking by telephone as a phone call', () => {
    expect(types('Prime Minister Modi spoke by phone with President Macron on Friday.')).toEqual(['CONSULT/phone']);
    expect(types('Scholz spoke by telephone with Erdogan about the Black Sea grain deal.').map((t) => t.split('/')[0])).toContain('CONSULT');
  });
});

describe('events: acts told by their object or doer, part two (triggers.json, events 46)', () => {
  it('should code an arrest warrant as a threat of arrest, not an arrest', () => {
    expect(types('A Kenyan court issued an arrest warrant for the former finance minister on Monday.')).toEqual(['THREATEN/arrest']);
    expect(types('Prosecutors in Lima obtained a warrant for the arrest of the former president.')).toEqual(['THREATEN/arrest']);
    expect(types('Police in Lima arrested the former president on Monday.')).toEqual(['COERCE/arrest']);
  });

  it('should code expelling migrants or refugees as deportation, expelling envoys or aid workers as a sanction', () => {
    expect(types('Algeria expelled hundreds of sub-Saharan migrants into the desert near the Niger border.')).toEqual(['COERCE/deport']);
    expect(types('Poland expelled three Belarusian diplomats on Friday.')).toEqual(['SANCTION/expel']);
    expect(types('Ethiopia expelled seven senior UN aid workers from the country.')).toEqual(['SANCTION/expel']);
  });

  it('should code easing another state\'s sanctions as RETREAT, like lifting them', () => {
    expect(types('Washington eased sanctions on Venezuela\'s oil sector on Wednesday.').map((t) => t.split('/')[0])).toEqual(['RETREAT']);
    expect(types('The European Union relaxed its embargo on Belarus.').map((t) => t.split('/')[0])).toEqual(['RETREAT']);
  });

  it('should code forces leaving a place as a withdrawal, and hosted talks between others as mediation', () => {
    expect(types('The last US troops left Chad on Sunday.')).toEqual(['RETREAT/withdraw']);
    expect(types('Turkey hosted talks between Ukraine and Russia in Istanbul.')).toContain('CONSULT/third-party');
    expect(types('Authorities reinstated internet services in Kashmir after six months.').map((t) => t.split('/')[0])).toEqual(['CONCEDE']);
  });

  it('should read the weapon that killed or wounded as the means', () => {
    expect(types('A landmine killed three shepherds in Herat province.')).toEqual(['ASSAULT/explosives']);
    expect(types('A Turkish drone killed two PKK members in Sinjar.')).toEqual(['ASSAULT/drone']);
    expect(types('Artillery shells wounded nine civilians in Donetsk.')).toEqual(['ASSAULT/heavy-weapons']);
  });
});

describe('events: common news phrasings of the sixteen types (triggers.json, events 47)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code arrests told as round-ups or custody, and captives handed over as released', () => {
    expect(types('Security forces rounded up 40 student leaders in Conakry on Tuesday.')).toEqual(['COERCE/arrest']);
    expect(types('An opposition MP was taken into custody by police in Lusaka.')).toEqual(['COERCE/arrest']);
    expect(types('The rebels handed over 18 captured soldiers to the ICRC in Bukavu.')).toEqual(['RETREAT/release']);
  });

  it('should code a bill or tax withdrawn as a concession and money released as aid', () => {
    expect(type('The Nigerian government withdrew the fuel tax after a week of strikes.')).toEqual(['CONCEDE']);
    expect(type('The World Bank released 300 million dollars in funds to Ethiopia.')).toEqual(['AID']);
  });

  it('should code refusals told as "ruled out" or "turned down", and plans dismissed', () => {
    expect(type('Ankara ruled out any talks with the Kurdish militants.')).toEqual(['REJECT']);
    expect(type('The Burmese junta turned down the ASEAN peace envoy\'s request.')).toEqual(['REJECT']);
    expect(type('Israel dismissed the Arab plan for Gaza on Wednesday.')).toEqual(['REJECT']);
  });

  it('should code forces moved or readied, warships ordered, and joint patrols', () => {
    expect(type('Azerbaijan moved troops towards the Armenian border on Monday.')).toEqual(['MOBILIZE']);
    expect(type('India raised the combat readiness of its units along the Line of Control.')).toEqual(['MOBILIZE']);
    expect(type('Washington ordered two destroyers to the Red Sea.')).toEqual(['MOBILIZE']);
    expect(type('Chadian and Sudanese troops began joint patrols along the border.')).toEqual(['COOPERATE']);
  });

  it('should code a siege laid, tools downed, a phone conversation and a complaint filed', () => {
    expect(type('RSF fighters laid siege to the city of Babanusa.')).toEqual(['ASSAULT']);
    expect(types('Dockworkers downed tools at the port of Mombasa on Monday.')).toEqual(['PROTEST/strike']);
    expect(types('Macron held a telephone conversation with Tebboune on Sunday.')).toEqual(['CONSULT/phone']);
    expect(type('Azerbaijan filed a complaint with the International Court of Justice against Armenia.')).toEqual(['ACCUSE']);
  });

  it('should code barring a candidate from an election, and leave other uses of "bar" to the fallback', () => {
    expect(types('The electoral commission barred the main opposition candidate from running in the election.')).toEqual(['COERCE/restrict']);
    expect(type('The regional bloc barred the coup leaders from its summits.')).not.toContain('COERCE');
  });
});

describe('events: what a verb acts on decides it, part three (triggers.json, events 48)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code quitting a post as a resignation', () => {
    expect(types('Peru\'s interior minister quit his post on Sunday amid the scandal.')).toEqual(['RETREAT/resign']);
    expect(types('Gabon\'s defence minister quit the government on Tuesday.')).toEqual(['RETREAT/resign']);
  });

  it('should code blocking a resolution, a statement or a membership as a refusal, blocking roads as a protest', () => {
    expect(type('Russia blocked a Security Council resolution on Mali.')).toEqual(['REJECT']);
    expect(type('Turkey blocked Sweden\'s NATO membership for a year.')).toEqual(['REJECT']);
    expect(types('Truck drivers blocked the main highway near Beira.')).toEqual(['PROTEST/obstruct']);
  });

  it('should code dissolving parties or unions as a restriction', () => {
    expect(types('The Burkinabe junta dissolved all civil society associations on Thursday.')).toEqual(['COERCE/restrict']);
    expect(types('The Tunisian president dissolved the main opposition party.')).toEqual(['COERCE/restrict']);
  });

  it('should code extending sanctions as a sanction and extending a curfew or an emergency as coercion', () => {
    expect(type('Brussels extended its sanctions on Iran for another year.')).toEqual(['SANCTION']);
    expect(types('Police in Nyamira extended the curfew by 24 hours.')).toEqual(['COERCE/curfew']);
    expect(types('Ecuador extended its state of emergency across three coastal provinces.')).toEqual(['COERCE/martial-law']);
  });
});

describe('events: kind labels, occupations, boycotted talks, call-ups (triggers.json, events 49)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code no attack where the act noun only names a kind of weapon', () => {
    expect(type('Customs officers found two assault rifles in a lorry at Malaba.')).not.toContain('ASSAULT');
    expect(type('Algeria took delivery of twelve attack helicopters from Russia.')).not.toContain('ASSAULT');
    expect(type('Jihadists launched an assault on the army camp at Boulkessi.')).toEqual(['ASSAULT']);
  });

  it('should code students or workers occupying a building as a protest', () => {
    expect(types('Students occupied the rectorate of the University of Novi Sad on Monday.')).toEqual(['PROTEST/demo']);
    expect(types('Sacked workers occupied the factory in Durban.')).toEqual(['PROTEST/demo']);
  });

  it('should code boycotting talks as refusing them, boycotting a vote as a protest', () => {
    expect(types('The rebel delegation boycotted the peace talks in Addis Ababa.')).toEqual(['REJECT/meet']);
    expect(types('Opposition parties boycotted the referendum in Guinea.')).toEqual(['PROTEST/boycott']);
  });

  it('should code reservists called up and jets scrambled as mobilisation, visas revoked as a sanction', () => {
    expect(types('Armenia called up 5,000 reservists for training.')).toEqual(['MOBILIZE/troops']);
    expect(types('Japan scrambled fighter jets as Chinese bombers neared Okinawa.')[0]).toBe('MOBILIZE/troops');
    expect(type('Washington revoked the visas of eleven Ugandan officials.')).toEqual(['SANCTION']);
  });
});

describe('events: weapons delivered, ground taken, strikes begun, measures lifted in the passive (triggers.json 2026-12-03s, events 70)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code an explosive thrown, dropped or set off at a target as the attack', () => {
    expect(types('A man on a motorbike tossed a grenade at a bar in Bujumbura late on Saturday.')).toEqual(['ASSAULT/explosives']);
    expect(types('Gunmen set off an explosive device under a bridge near Mosul.')).toEqual(['ASSAULT/explosives']);
    expect(types('Rebels hurled grenades at a police post near Baramulla.')).toEqual(['ASSAULT/explosives']);
    expect(types('A military plane dropped two bombs near a fuel depot outside Nyala.')).toEqual(['ASSAULT/aerial']);
    expect(type('Two gunmen blew themselves up at a checkpoint outside Kandahar on Friday.')).toEqual(['ASSAULT']);
    // Other things dropped or hurled are no attack: the fallback dictionary reads them as before.
    expect(type('Prosecutors in Nairobi dropped the charges against the journalist.')).not.toContain('ASSAULT');
  });

  it('should code mortars and artillery fired as heavy weapons, shots and bullets as firearms', () => {
    expect(types('Militants fired three mortar shells at an army camp in Borno state.')).toEqual(['ASSAULT/heavy-weapons']);
    expect(types('Soldiers fired shots at a minibus at a checkpoint in Bamenda.')).toEqual(['ASSAULT/firearms']);
    expect(types('Police fired live bullets at students outside the university in Khartoum.')).toEqual(['ASSAULT/firearms']);
  });

  it('should code ground won or won back by force as an assault, and not a body won in a vote', () => {
    expect(type('Rebels took over three villages in Masisi territory on Sunday.')).toEqual(['ASSAULT']);
    expect(type('The army regained control of the district of Tillaberi after a week of fighting.')).toEqual(['ASSAULT']);
    expect(type('Kurdish forces drove the militants out of the town of Manbij.')).toEqual(['ASSAULT']);
    expect(type('Troops liberated three villages in Cabo Delgado from insurgents.')).toEqual(['ASSAULT']);
    expect(type('Army units reclaimed two villages on the Tigray border in April.')).toEqual(['ASSAULT']);
    expect(type('The opposition gained control of the capital city council in the vote.')).not.toContain('ASSAULT');
  });

  it('should code a strike begun, staged or declared as a labour protest, not a strike on a target', () => {
    expect(types('Teachers in Lagos started a strike over unpaid salaries.')).toEqual(['PROTEST/strike']);
    expect(types('The dockers union staged a strike at the port of Mombasa.')).toEqual(['PROTEST/strike']);
    expect(type('Israeli warplanes staged an air strike on a camp near Rafah.')).not.toContain('PROTEST');
  });

  it('should code an act told by an irregular past the tagger read as an adjective ("burnt")', () => {
    expect(types('Unknown assailants burnt two classrooms at a primary school near Tamale.')).toEqual(['ASSAULT/destroy']);
    expect(types('Angry traders burnt the council offices in Kitwe.')).toEqual(['ASSAULT/destroy']);
  });

  it('should read the measure lifted or eased from a passive subject', () => {
    expect(types('Sanctions on Belarusian potash were lifted by the European Union in June.').map((t) => t.split('/')[0])).toEqual(['RETREAT']);
    expect(type('Restrictions on travel to the northern province were eased by Kabul on Sunday.')).toEqual(['CONCEDE']);
  });
});

describe('events: ground taken by its name, counter-attacks, riots tearing things down; ties, commentary and hostile vows (events 71)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code ground taken over, regained or liberated when the place is named, not a post or a budget taken over', () => {
    expect(type('Jihadist fighters took over Menaka on Friday.')).toEqual(['ASSAULT']);
    expect(type('Government troops took over Kidal after the rebels withdrew.')).toContain('ASSAULT');
    expect(type('Army commandos liberated Mopti on Sunday.')).toEqual(['ASSAULT']);
    expect(type('The new governor took over Kaduna state\'s finances.')).not.toContain('ASSAULT');
  });

  it('should code armed forces gaining ground and counter-attacks as assaults, and not an idea gaining ground', () => {
    expect(type('Government troops gained ground on the outskirts of the port city, the army said.')).toEqual(['ASSAULT']);
    expect(type('The ruling party\'s message gained ground among young voters.')).toEqual([]);
    expect(type('The army launched a counter-offensive in the Nuba mountains.')).toEqual(['ASSAULT']);
    expect(type('Ethiopian troops mounted a counterattack on the rebel positions at dawn.')).toEqual(['ASSAULT']);
    expect(type('Police pushed the Boko Haram fighters out of the forest of Sambisa.')).toEqual(['ASSAULT']);
  });

  it('should code rioters tearing down or up what is put up as a riot', () => {
    expect(types('Demonstrators tore down the fence around the electoral commission office in Kumasi.')).toEqual(['PROTEST/riot']);
    expect(types('Rioters tore up the railings along the main avenue.')).toEqual(['PROTEST/riot']);
  });

  it('should code no act for a tie described by a participle ("linked to", "affiliated with")', () => {
    expect(type('Police in Mombasa detained four men linked to an al-Shabab cell.')).toEqual(['COERCE']);
    expect(type('The militia, affiliated with the ruling party, attacked a rally in Harare.')).not.toContain('COOPERATE');
  });

  it('should code no statement by commentators by trade (analysts, experts)', () => {
    expect(code('Pollsters warned that the ruling coalition could lose its majority.')).toEqual([]);
    expect(code('Security experts warned that the militia could regroup within months.')).toEqual([]);
    expect(type('The government warned that it would retaliate against any attack.')).toEqual(['THREATEN']);
    // Experts of a body the text names speak for it.
    expect(type('Independent experts appointed by the UN urged Ethiopia to let aid into Tigray.')).toEqual(['REQUEST']);
  });

  it('should code a vow of a hostile intent no rule reads as a threat, other vows as promises', () => {
    expect(types('The army vowed to hunt down the attackers.')).toEqual(['THREATEN/violence']);
    expect(types('The defence minister pledged to pursue the militants into the forest.')).toEqual(['THREATEN/violence']);
    expect(types('Militia leaders vowed to avenge their slain commander.')).toEqual(['THREATEN/violence']);
    expect(type('The ministry vowed to repair the damaged schools.')).toEqual(['AGREE']);
  });
});

describe('events: the main verb after a subject with a relative clause (syntax 24)', () => {
  it('should code the act of a subject described by a relative clause, not lose it to the clause\'s last noun', () => {
    expect(types('Some 60 former miners who lost their jobs in the 2015 closures protested outside the labour ministry, demanding compensation.')).toEqual(['PROTEST/demo']);
    expect(types('About 40 traders who lost stalls in the market fire demonstrated outside the municipal offices in Blantyre.')).toEqual(['PROTEST/demo']);
  });
});

describe('events: ground taken is a battle only when an armed force takes it, by what it takes, outside an election (review of events 71)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code no assault for a seat, a state or ground won back by a party in a vote', () => {
    expect(type('The Conservatives won back the Bolton seat in the general election.')).not.toContain('ASSAULT');
    expect(type('The nationalists regained three provinces in the regional vote on Sunday.')).not.toContain('ASSAULT');
    expect(type('The opposition party regained ground in the opinion polls last month.')).not.toContain('ASSAULT');
  });

  it('should code no assault for a firm, a club or a mission taking over a place', () => {
    expect(type('A Chinese logistics firm took over the port town of Lamu under a lease.')).not.toContain('ASSAULT');
    expect(type('The African Union mission took over the airbase in Baidoa from Ethiopian troops.')).not.toContain('ASSAULT');
  });

  it('should read what was taken by its head, not by a place that owns it', () => {
    expect(type('The army took over the city\'s rubbish collection during the strike.')).not.toContain('ASSAULT');
  });

  it('should code ground taken by an armed group named by its actor, whatever its noun', () => {
    expect(type('Sudanese paramilitaries took over the town of Wad Madani.')).toEqual(['ASSAULT']);
    expect(type('Al-Shabaab gained ground south of Mogadishu on Monday.')).toEqual(['ASSAULT']);
    expect(type('Houthi rebels regained two districts in Marib province.')).toEqual(['ASSAULT']);
    expect(type('Islamist fighters won back the town of Kerker after a week of clashes.')).toContain('ASSAULT');
  });
});

describe('events: a vow of a hostile intent threatens a party, not a policy (review of events 71)', () => {
  it('should code no threat for reforms pursued or slums eliminated', () => {
    expect(types('The central bank governor vowed to pursue a tighter monetary policy.')).not.toContain('THREATEN/violence');
    expect(types('The mayor pledged to eliminate slums along the river by 2030.')).not.toContain('THREATEN/violence');
  });

  it('should still code a vow to go after a party as a threat', () => {
    expect(types('The police chief vowed to pursue the kidnappers across the border.')).toEqual(['THREATEN/violence']);
    expect(types('The colonel swore to chase the insurgents out of the province.')).toEqual(['THREATEN/violence']);
  });
});

describe('events: explosives read by the head of what is thrown or dropped; stun grenades disperse (review of events 70)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code no attack for charges or a case named after explosives', () => {
    expect(type('The attorney general dropped bomb-making charges against the three students.')).not.toContain('ASSAULT');
    expect(type('The appeals court threw out the grenade possession case against the trader.')).not.toContain('ASSAULT');
  });

  it('should code stun grenades thrown or fired at a crowd as crowd control', () => {
    expect(types('Police lobbed stun grenades at students marching on the presidential palace in Dhaka.')).toContain('ASSAULT/crowd-control');
    expect(types('Officers fired stun grenades to break up the sit-in near the stadium.')).toContain('ASSAULT/crowd-control');
  });
});

describe('events: fire with no weapon named is small arms; firing someone from a post is no attack (review of events 70)', () => {
  it('should code fire aimed into a crowd as firearms, not heavy weapons', () => {
    expect(types('Border guards fired into a group of migrants near the fence, wounding two.')).toEqual(['ASSAULT/firearms']);
  });

  it('should code no attack for a person fired from a post', () => {
    expect(types('The airline fired its chief pilot at a board meeting on Monday.').map((t) => t.split('/')[0])).not.toContain('ASSAULT');
    expect(types('The club fired its manager on Sunday after a fifth defeat.').map((t) => t.split('/')[0])).not.toContain('ASSAULT');
  });
});

describe('events: driving out is a battle only when armed forces do it to a force (review of events 71)', () => {
  const type = (text: string) => types(text).map((t) => t.split('/')[0]);

  it('should code no attack for prices or a board pushing someone out', () => {
    expect(type('Soaring land prices pushed small traders out of the old market.')).not.toContain('ASSAULT');
    expect(type('The board drove the founder out of the start-up in March.')).not.toContain('ASSAULT');
  });

  it('should keep civilians driven from their homes an expulsion, and fighters driven out a battle', () => {
    expect(types('Soldiers drove dozens of farming households out of their villages in Plateau state.')).toEqual(['ASSAULT/cleansing']);
    expect(type('Marines drove the pirates out of the harbour.')).toEqual(['ASSAULT']);
  });

  it('should code a party with no armed noun driving a group out of ground as a battle', () => {
    expect(type('The new mayor pushed the gang out of the port city.')).toEqual(['ASSAULT']);
  });
});

describe('events: observers are parties to what they monitor, not commentators (review of events 71)', () => {
  it('should code what observers denounce as their accusation', () => {
    expect(types('Observers denounced the arrest of two opposition candidates on the eve of the vote.')).toContain('ACCUSE/disapprove');
    expect(types('Independent observers condemned the beating of journalists at the rally.')).toContain('ACCUSE/disapprove');
  });
});

describe('events: rioters tear down property, not papers (review of events 71)', () => {
  it('should code no riot for papers or pictures torn up', () => {
    expect(types('Demonstrators tore up photographs of the president outside the embassy in Lilongwe.')).not.toContain('PROTEST/riot');
  });

  it('should code property or what stands on it torn down by protesters as a riot', () => {
    expect(types('Protesters tore down the metal gates of the governor\'s residence in Jos.')).toEqual(['PROTEST/riot']);
  });
});

describe('events: a strike declared on a day is a labour strike (review of events 70)', () => {
  it('should read "on" before a date as the time of the strike, not its target', () => {
    expect(types('Court clerks declared a strike on Monday over unpaid allowances.')).toContain('PROTEST/strike');
    expect(types('Bus drivers started a strike on 12 March, halting traffic in the capital.')).toContain('PROTEST/strike');
  });
});

describe('events: a state force freeing people others hold is a rescue (triggers.json rescued @ABDUCTED, events 105)', () => {
  it.each([
    ['Police freed 14 hostages from a farmhouse near Kaduna on Sunday.', 'freed', 'Police', 'hostages'],
    ['Soldiers released three abducted students in Katsina.', 'released', 'Soldiers', 'students'],
    ['Kidnap victims were freed by soldiers near Gusau.', 'freed', 'soldiers', 'victims'],
  ])('should code the rescue as AID, the force its actor and the freed its recipient: %j', (text, trigger, actor, recipient) => {
    const act = code(text).find((e) => e.evidence.trigger.text === trigger);
    expect(act?.event).toBe('AID');
    expect(act?.actor.map((p) => p.text).join(' ')).toContain(actor);
    expect(act?.recipient.map((p) => p.text).join(' ')).toContain(recipient);
  });

  it('should size a rescue by the people it freed', () => {
    const act = code('Troops freed 14 hostages in a raid on a camp near Birnin Gwari.').find((e) => e.evidence.trigger.text === 'freed');
    expect(act?.event).toBe('AID');
    expect(act?.size.persons).toMatchObject({ value: 14 });
  });

  it.each([
    'Gunmen freed 14 hostages after a ransom was paid.',
    'The hostages were freed on Sunday.',
    'The army released 20 detainees in Maiduguri.',
    'Ethiopia freed 40 Eritrean prisoners of war.',
  ])('should keep a release by the captors, or by no one named, a release: %j', (text) => {
    expect(types(text)).toEqual(['RETREAT/release']);
  });
});

describe('events: a CAMEO verb group alone under the catch-all cooperation code is no act (phoenix/verb-triggers.ts, events 109)', () => {
  it.each([
    ['A delegation led by the deputy governor toured Chinhoyi on Monday.'],
    ['A convoy headed by the provincial administrator reached Gokwe after dark.'],
  ])('should code no cooperation for the leading or heading verb of %j', (text) => {
    expect(types(text).filter((t) => t.startsWith('COOPERATE'))).toEqual([]);
  });

  it('should still code a verb of those groups that the lexicon or a specific pattern reads', () => {
    expect(types('The army intensified its operations in Matabeleland.')).toContain('MOBILIZE/troops');
  });
});

describe('events: what is left, offered or dropped decides the type (triggers.json rule field `from`, events 143)', () => {
  it.each([
    ['Venezuela withdrew from the regional trade pact in April.', 'withdrew'],
    ['The United States pulled out of the climate accord.', 'pulled out'],
    ['Chad pulled its soldiers out of the joint mission last year.', 'pulled'],
    ['Niger quit the regional bloc on Sunday.', 'quit'],
    ['Burundi left the court in 2017.', 'left'],
  ])('should code leaving a pact or a body as SANCTION withdraw: %j', (text, word) => {
    expect(code(text).find((e) => e.evidence.trigger.text === word)?.event).toBe('SANCTION');
  });

  it.each([
    'The militia withdrew from the town on Monday.',
    'Kenyan troops pulled out of Kismayo under the deal.',
    'The last foreign soldiers left Kabul in August.',
  ])('should keep leaving ground RETREAT withdraw: %j', (text) => {
    expect(types(text)).toEqual(['RETREAT/withdraw']);
  });

  it('should code people coming back from captivity as released, and other homecomings as no act', () => {
    expect(types('Forty Armenian soldiers returned home from captivity in Baku on Friday.')).toEqual(['RETREAT/release']);
    expect(types('Two aid workers came home from captivity on Tuesday.')).toEqual(['RETREAT/release']);
    expect(code('The foreign minister returned from Lagos on Friday.')).toEqual([]);
  });

  it('should code an amnesty or apology offered as a concession, other offers as promises', () => {
    expect(types('The junta offered an amnesty to militants who surrender.')[0]).toBe('CONCEDE/-');
    expect(types('Norway offered to host talks between the two sides.')[0]).toBe('AGREE/-');
  });

  it('should code charges dropped as a legal concession', () => {
    expect(types('Prosecutors dropped the charges against three students in Dakar.')).toEqual(['CONCEDE/-']);
  });

  it('should code bases or outposts set up as forces moved in', () => {
    expect(types('Russia set up three military outposts in northern Syria.')).toEqual(['MOBILIZE/troops']);
    expect(types('Iran established a new outpost on the island.')).toEqual(['MOBILIZE/troops']);
  });

  it('should code a coup told as carried out, not one alleged', () => {
    expect(types('Army officers staged a coup in Conakry on Sunday.')).toEqual(['COERCE/-']);
    expect(types('The president accused the opposition of plotting a coup.')).toEqual(['ACCUSE/allege']);
  });
});

describe('events: idioms of criticism and refusal (triggers.json, events 145)', () => {
  it.each([
    ['The finance minister lashed out at the central bank on Friday.', 'ACCUSE/disapprove'],
    ['The Ghanaian president hit out at the opposition over the strike.', 'ACCUSE/disapprove'],
    ['The junta spurned the offer of mediation.', 'REJECT/-'],
    ['The Kremlin brushed aside the criticism.', 'REJECT/-'],
    ['Tehran shrugged off the new sanctions.', 'REJECT/-'],
  ])('should code %j as %s', (text, type) => {
    expect(types(text)[0]).toBe(type);
  });
});

describe('events: naming a thing by a word of condemnation (triggers.json 2026-12-05p)', () => {
  it('should read calling, describing or branding something by a word of disapproval as a condemnation', () => {
    expect(types('The foreign minister called the shelling "a flagrant violation of international law".')).toContain('ACCUSE/disapprove');
    expect(types('On Tuesday the opposition leader described the election as "a sham".')).toContain('ACCUSE/disapprove');
    expect(types('The interior ministry branded the report biased.')).toContain('ACCUSE/disapprove');
  });

  it('should code no act for a neutral description or for calling elections', () => {
    expect(types('Ministers described the talks as long.')).not.toContain('ACCUSE/disapprove');
    expect(types('The president called early elections for March.')).not.toContain('ACCUSE/disapprove');
  });
});

describe('events: emergency rule and suspended media by their names (triggers.json 2026-12-05q)', () => {
  it('should read a qualified state of emergency and a state of exception as emergency rule', () => {
    expect(types('The president declared a state of national emergency late on Friday.')).toContain('COERCE/martial-law');
    expect(types('Congress extended the state of exception for another 45 days.')).toContain('COERCE/martial-law');
    expect(types('The president declared a state of exception in the prisons.')).toContain('COERCE/martial-law');
  });

  it('should read suspended constitutional guarantees as emergency rule, not a cut in ties', () => {
    expect(types('The government suspended constitutional guarantees in two northern cities.')).toEqual(['COERCE/martial-law']);
  });

  it('should read a suspended channel or broadcaster as censorship', () => {
    expect(types('The media regulator suspended the private channel for two weeks.')).toEqual(['COERCE/censor']);
  });
});

describe('events: a proposal voted down (triggers.json 2026-12-05r)', () => {
  it('should read voting a proposal down or against it as a rejection', () => {
    expect(types('Parliament voted down the draft resolution on Friday.')).toEqual(['REJECT/-']);
    expect(types('Lawmakers voted against the budget bill on Tuesday.')).toEqual(['REJECT/-']);
  });
});

describe('events: the reviewer\'s narrowings of this stop\'s rules (triggers.json 2026-12-05s, events 205)', () => {
  const recipients = (e: CodedEvent) => e.recipient.map((r) => r.code ?? r.text).join('+');
  it('should keep two appeals to different addressees apart (fold-complements sameAppeal)', () => {
    const two = code('The European Union urged Russia to withdraw its troops and asked Ukraine to hold talks with the separatists.').filter((e) => e.event === 'REQUEST');
    expect(two.map((e) => `${e.mode ?? '-'} ${recipients(e)}`)).toEqual(['yield RUS', 'meet UKR']);
    expect(code('The UN envoy urged the army to lift the siege of Goma and demanded that the M23 rebels release all prisoners.')
      .filter((e) => e.event === 'REQUEST').map((e) => e.evidence.trigger.text)).toEqual(['urged', 'demanded']);
    // No addressee of its own: still one appeal.
    expect(types('The minister urged all sides to show restraint and asked them to return to talks.').filter((t) => t.startsWith('REQUEST'))).toHaveLength(1);
  });
  it('should read a participle as a purpose only for a rule that asks for it (participlePurpose)', () => {
    expect(types('Rwanda sent hundreds of troops into eastern Congo last year, supporting the M23 rebels in their offensive.')).toContain('MOBILIZE/troops');
    expect(types('The army dispatched two battalions to the north on Monday, helping the rebels\' enemies.')).toContain('MOBILIZE/troops');
    expect(types('Thousands gathered outside parliament on Tuesday, demanding the release of the opposition leader.')).toEqual(['PROTEST/demo']);
  });
  it('should read a word of condemnation only as the predicate, not as the object\'s modifier (predicates)', () => {
    expect(types('The governor called a meeting on rising crime in Mombasa on Monday.')).not.toContain('ACCUSE/disapprove');
    expect(types('Dockworkers called a strike on Monday against the brutal treatment of a colleague.')).not.toContain('ACCUSE/disapprove');
    expect(types('Survivors described the brutal attack on the village to reporters on Tuesday.')).not.toContain('ACCUSE/disapprove');
    expect(types('The opposition called the vote a sham.')).toEqual(['ACCUSE/disapprove']);
    expect(types('The foreign ministry described the election as a farce.')).toEqual(['ACCUSE/disapprove']);
    expect(types('Kenya branded the raid illegal.')).toEqual(['ACCUSE/disapprove']);
    // A quoted adjective the parse hangs on the object is still the predicate.
    expect(types('The government called the report "biased".')).toEqual(['ACCUSE/disapprove']);
    // The predicate's own phrase counts.
    expect(types('The president called the verdict "a licence for repression".')).toEqual(['ACCUSE/disapprove']);
  });
  it('should read emergency rule only on constitutional or civil rights or a state of exception, and media only as the object', () => {
    expect(types('The IMF suspended Zambia\'s borrowing rights on Monday.')).toEqual(['SANCTION/discontinue']);
    expect(types('FIFA suspended the federation\'s voting rights on Monday.')).toEqual(['SANCTION/discontinue']);
    expect(types('The finance ministry extended the tax exception for small farmers until June.')).toEqual([]);
    expect(types('The regulator suspended operations at the railway station after a fire.')).toEqual(['SANCTION/discontinue']);
    expect(types('The government suspended constitutional guarantees in three provinces on Monday.')).toEqual(['COERCE/martial-law']);
    expect(types('The president extended the state of exception for another month.')).toEqual(['COERCE/martial-law']);
    expect(types('The regulator suspended the private television station on Monday.')).toEqual(['COERCE/censor']);
    expect(types('The junta suspended two opposition broadcasters on Monday.')).toEqual(['COERCE/censor']);
    // A name with its kind before it: the kind is the object's head word.
    expect(types('The media regulator suspended the Kenyan channel NTV for a week.')).toEqual(['COERCE/censor']);
    expect(types('The media council suspended French-language channel NTV for two weeks.')).toEqual(['COERCE/censor']);
  });
});
