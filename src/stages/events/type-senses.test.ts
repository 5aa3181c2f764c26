import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// Which PLOVER type a word tells, read by its subject, its preposition or its object (stop 47, event types).
// Every sentence here was written for this file.

const code = (text: string): CodedEvent[] => codeText(text, '2025-03-05');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: a weapon that slams into something strikes it (triggers.json slam)', () => {
  it('should code drones or missiles slamming into a building as an assault, not a criticism', () => {
    const t = types('Three drones slammed into an apartment block in Kharkiv overnight, wounding nine residents.');
    expect(t).toContain('ASSAULT/drone');
    expect(t.filter((x) => x.startsWith('ACCUSE'))).toEqual([]);
    expect(types('Two rockets slammed into the market in Kherson on Monday.')).toEqual(['ASSAULT/heavy-weapons']);
  });

  it('should keep a person who slams a plan a critic', () => {
    expect(types('The opposition leader in Lusaka slammed the new budget on Tuesday.')).toEqual(['ACCUSE/disapprove']);
  });
});

describe('events: charging at a crowd is a rush of force, charging someone with a crime a legal charge (triggers.json charge)', () => {
  it('should code police charging at or into a crowd as crowd control', () => {
    const t = types('Riot police charged at hundreds of students outside the university in Nairobi on Tuesday.');
    expect(t).toContain('ASSAULT/crowd-control');
    expect(t.filter((x) => x.startsWith('ACCUSE'))).toEqual([]);
  });

  it('should keep a charge with an accused as object an accusation', () => {
    expect(types('Prosecutors in Lusaka charged the former mayor with fraud on Monday.')).toEqual(['ACCUSE/allege']);
  });
});

describe('events: deploying crowd-control means is using them (triggers.json deploy)', () => {
  it('should code water cannon or tear gas deployed on a crowd as an assault, not a deployment of forces', () => {
    const t = types('On Wednesday police officers in Harare deployed water cannon against market vendors who refused to leave.');
    expect(t).toContain('ASSAULT/crowd-control');
    expect(t.filter((x) => x.startsWith('MOBILIZE'))).toEqual([]);
  });

  it('should keep troops deployed to a border a mobilisation', () => {
    expect(types('The government deployed 500 troops to the northern border on Monday.')).toEqual(['MOBILIZE/troops']);
  });
});

describe('events: a riot inside a prison is violence, not civilian dissent (triggers.json riot)', () => {
  it('should code a riot in a prison as an assault', () => {
    const t = types('A riot at a prison in Guayaquil left 12 inmates dead on Sunday.');
    expect(t).toContain('ASSAULT/-');
    expect(t.filter((x) => x.startsWith('PROTEST'))).toEqual([]);
  });

  it('should keep a street riot, and inmates who riot over their conditions, a protest', () => {
    expect(types('Hundreds of students rioted in the centre of Kumasi on Friday.')).toEqual(['PROTEST/riot']);
    expect(types('Inmates rioted at the main jail in Tegucigalpa on Friday to protest against overcrowding.')).toContain('PROTEST/riot');
  });
});

describe('events: a penalty announced for whoever does something is the speaker\'s warning (events index.ts warnerOf)', () => {
  it('should code a prosecution or an arrest promised to anyone who acts as a threat by the speaker', () => {
    const prosecuted = code('The army said anyone who helps the rebels will be prosecuted.');
    expect(prosecuted.map((e) => `${e.event}/${e.mode}`)).toEqual(['THREATEN/arrest']);
    expect(prosecuted[0]!.actor.map((p) => p.sector)).toEqual(['MIL']);
  });

  it('should not make a speaker who cannot impose the penalty the one who warns (modality-words.json penaltySpeakers)', () => {
    expect(types('Local journalists in Blantyre said on Thursday that anyone who takes part in the strike will be arrested.')).toEqual([]);
    expect(types('Opposition leaders in Harare said on Friday that anyone who joins the boycott will be arrested.').filter((t) => t.startsWith('THREATEN'))).toEqual([]);
    const police = code('Police in Blantyre said on Thursday that anyone who takes part in the strike will be arrested.');
    expect(police.map((e) => `${e.event}/${e.mode}`)).toEqual(['THREATEN/arrest']);
    expect(police[0]!.actor.map((p) => p.sector)).toEqual(['COP']);
  });
});

describe('events: a blockade with no state or force laying it is a protest (triggers.json blockade)', () => {
  it('should code a blockade of a road by drivers, or one told with no doer, as a protest that obstructs', () => {
    expect(types('Truck drivers began a blockade of the main highway near Arequipa on Monday.')).toEqual(['PROTEST/obstruct']);
    expect(types('The last blockade of the Chilina bridge, in 2021, ended after six days.')).toEqual(['PROTEST/obstruct']);
  });

  it('should keep a blockade a navy imposes or an army sets up a restriction', () => {
    expect(types('The navy imposed a blockade on the rebel-held port in March.')).toEqual(['COERCE/restrict']);
    expect(types('The army set up a blockade around the town of Kidal on Friday.')).toEqual(['COERCE/restrict']);
  });
});

describe('events: a court that fines someone convicts them (triggers.json fine)', () => {
  it('should code a fine handed down by a court as SANCTION convict', () => {
    expect(types('A district court in Arequipa fined four truck drivers 900 soles each on Monday.')).toEqual(['SANCTION/convict']);
  });
});

describe('events: arming someone is military aid; men armed with rifles arm no one (triggers.json arm)', () => {
  it('should code no act for a participle that says what attackers carry', () => {
    expect(types('Raiders armed with knives and clubs looted two shops in Eldoret on Sunday.').filter((t) => t.startsWith('COOPERATE') || t.startsWith('AID'))).toEqual([]);
  });

  it('should code a state arming fighters as AID with the fighters as recipient', () => {
    const armed = code('The United States armed Kurdish fighters in 2016.');
    expect(armed.map((e) => e.event)).toEqual(['AID']);
    expect(armed[0]!.recipient.map((p) => p.sector)).toEqual(['REB']);
  });
});

describe('events: a force backed by weapons or cover endorses no one (triggers.json back, rule field notAgents)', () => {
  it('should code no SUPPORT for army units backed by a gunship', () => {
    expect(types('Army units backed by a single gunship bombarded hamlets in the hills near Jaffna on Tuesday, killing 12 rebels.').filter((t) => t.startsWith('SUPPORT'))).toEqual([]);
  });

  it('should keep a state backing a proposal SUPPORT', () => {
    expect(types('France backed the proposal for a ceasefire on Monday.')).toEqual(['SUPPORT/-']);
  });
});

describe('events: a demand told beside a protest noun or on carried signs is the protest (events 307)', () => {
  it('should fold a participle of demand into a strike or hunger strike it hangs on', () => {
    expect(types('Dockers in Mombasa went on strike on Thursday, demanding overtime pay.')).toEqual(['PROTEST/strike']);
    expect(types('Two jailed reporters in Asmara went on a hunger strike in March, demanding a trial.')).toEqual(['PROTEST/hunger']);
  });

  it('should code a demand on placards or banners as the protest, and keep a demand in talks a request', () => {
    expect(types('Some 60 midwives stood outside the assembly in Lilongwe on Friday, carrying placards demanding safer wards.')).toEqual(['PROTEST/demo']);
    const talks = types('The two delegations held talks in Arusha on Monday, demanding guarantees.');
    expect(talks).toContain('REQUEST/-');
    expect(talks.filter((x) => x.startsWith('PROTEST'))).toEqual([]);
  });

  it('should code a call on banners held by a crowd as the protest, not one on signs that only stand (triggers.json inSentence)', () => {
    expect(types('Nurses outside the ministry held banners calling for higher wages on Monday.')).toEqual(['PROTEST/demo']);
    expect(types('At the derby, giant banners call for calm between rival fans.').filter((x) => x.startsWith('PROTEST'))).toEqual([]);
  });
});

describe('events: an envoy ordered out of a country is expelled (triggers.json order, outOfCountry)', () => {
  it('should code an envoy ordered out of the country or out of a named state as an expulsion', () => {
    expect(types('Ouagadougou ordered the Ivorian ambassador out of the country on Sunday.')).toEqual(['SANCTION/expel']);
    expect(types('Niamey ordered two Beninese diplomats out of Niger within 48 hours.')).toEqual(['SANCTION/expel']);
  });

  it('should keep an envoy ordered out of a meeting or a hall no expulsion', () => {
    expect(types('The chairman ordered the envoy out of the hall.').filter((x) => x.startsWith('SANCTION'))).toEqual([]);
  });

  it('should keep a state ordering its own envoy out of a country no expulsion', () => {
    expect(types('Kenya ordered its ambassador out of France for consultations.').filter((x) => x.startsWith('SANCTION'))).toEqual([]);
  });
});

describe('events: the noun of suspending reads what is suspended (triggers.json suspension)', () => {
  it('should code a suspension of internet or phone services as a shutdown, of parliament or aid as a cut', () => {
    expect(types('Officials in Sindh lifted a week-long suspension of mobile data in Karachi.')).toEqual(['COERCE/censor']);
    expect(types('The suspension of parliament in Banjul drew criticism.')).toEqual(['SANCTION/discontinue']);
  });

  it('should read the suspended thing by its head, not by an owner before it', () => {
    expect(types("The ministry announced the suspension of the newspaper's sports editor.").filter((x) => x.startsWith('COERCE'))).toEqual([]);
  });
});

describe('events: barring people from entering a country is refusing them entry (triggers.json ban)', () => {
  it('should code a ban on entering a territory as REJECT whoever the long object names', () => {
    expect(types('Norway banned the head of a private military company, a former colonel, from entering Norwegian territory.')).toEqual(['REJECT/-']);
  });

  it('should keep people banned from a square a restriction', () => {
    expect(types('Police in Chisinau banned students from entering the central square.')).toEqual(['COERCE/restrict']);
  });
});

describe('events: a stance verb negated is a refusal (modality-words.json stanceVerbs)', () => {
  it('should code "does not recognise" and "did not accept" as REJECT', () => {
    expect(types("The Moldovan parliament does not recognise the breakaway region's new constitution.")).toEqual(['REJECT/-']);
    expect(types("The union did not accept the ministry's offer on Tuesday.")).toEqual(['REJECT/-']);
  });

  it('should not make a deed told as not done a refusal', () => {
    expect(types('Peru did not sign the accord.').filter((x) => x.startsWith('REJECT'))).toEqual([]);
  });

  it('should not make a standing rule of business, a failed identification or a tally of voters a refusal (stanceNotObjects, stanceNotSubjects)', () => {
    expect(types('The mayor of Lyon does not accept cash payments for permits.').filter((x) => x.startsWith('REJECT'))).toEqual([]);
    expect(types('Most voters did not support the levy.').filter((x) => x.startsWith('REJECT'))).toEqual([]);
    expect(types('Witnesses did not recognise the suspect in the line-up.').filter((x) => x.startsWith('REJECT'))).toEqual([]);
  });
});
