import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// One event per act (issue 14): an act told again in a later sentence or by a second verb of its
// sentence is one event; acts told apart (another day, another region, "again") stay apart.
// Every sentence here was written for this file.

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2024-05-03'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const of = (events: CodedEvent[], type: string) => events.filter((e) => e.event === type);

describe('events: a verb that goes back over a scene told before is the same act', () => {
  it.each([
    'Separatist fighters burned a primary school near Kumbo on Sunday, the governor said. Residents said the fighters torched the school after chasing out the teachers.',
    'Militants ambushed an army convoy near Lake Chad on Friday, killing nine soldiers. The fighters opened fire on the convoy from both sides of the road.',
  ])('%j is one ASSAULT', (text) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.evidence.mentions?.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps an act told as happening again apart', () => {
    const text = 'Soldiers raided a village near Gao on Monday, residents said. On Wednesday, soldiers raided the village again.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: acts placed in two regions or in towns far apart are two acts', () => {
  it('does not merge an offensive in one department into a kidnapping in another', () => {
    const events = code('Gunmen kidnapped a mayor in Cauca department on Monday. Earlier this year, the army launched an offensive against the group in Putumayo department.');
    expect(of(events, 'ASSAULT').map((e) => e.evidence.trigger.text).sort()).toEqual(['kidnapped', 'offensive']);
  });

  it('does not merge an act on someone new at a scene told before', () => {
    const text = 'Soldiers detained three nurses at the hospital in Goma on Monday. Soldiers detained the director at the hospital.';
    expect(of(code(text), 'COERCE')).toHaveLength(2);
  });

  it('does not merge arrests in two cities far apart', () => {
    const events = code('Police arrested 12 students in Dhaka on Monday. Last month, the arrest of activists in Chittagong sparked protests.');
    expect(of(events, 'COERCE')).toHaveLength(2);
  });

  it('still merges an act told in a region and in a town of it', () => {
    const text = 'Militia fighters shelled a police station in Ituri province on Friday, officials said. The fighters hit the station at Bunia with mortars at dusk.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(1);
  });
});

describe('events: the weapon an attack was opened with is part of it', () => {
  it.each([
    ['Insurgents stormed the town of Gubio on Monday after firing rockets at the police headquarters.', 'stormed'],
    ['Militants overran the army camp at Kauru on Friday after firing mortars at its barracks.', 'overran'],
  ])('%j is one ASSAULT', (text, trigger) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults.map((e) => e.evidence.trigger.text)).toEqual([trigger]);
  });

  it('keeps a killing before the attack apart', () => {
    expect(of(code('Gunmen attacked the village on Friday after killing two guards at a checkpoint.'), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: people handed over in the passive are released', () => {
  it.each([
    'Twelve prisoners were handed over to the Red Cross on Monday.',
    'The bodies of three soldiers were handed over at the border crossing.',
  ])('%j is RETREAT/release', (text) => {
    const [event] = code(text);
    expect(event).toMatchObject({ event: 'RETREAT', mode: 'release' });
  });

  it('keeps control of a place handed over a withdrawal', () => {
    const [event] = code('Control of the airport was handed over to the army on Friday.');
    expect(event).toMatchObject({ event: 'RETREAT', mode: 'withdraw' });
  });
});

describe('events: forces sent told as a passive are a deployment', () => {
  it('codes "battalions were sent" as MOBILIZE/troops', () => {
    const [event] = code('Two army battalions were sent to the northern border last week.');
    expect(event).toMatchObject({ event: 'MOBILIZE', mode: 'troops' });
  });
});

describe('events: less common verbs of meeting and of aid', () => {
  it.each([
    ['Government negotiators sat down with rebel commanders in Oslo on Tuesday.', 'CONSULT', 'sat down with'],
    ['Jordan airdropped aid into Gaza on Monday.', 'AID', 'airdropped'],
    ['The UN airlifted medical supplies to Goma on Monday.', 'AID', 'airlifted'],
    ['Police teargassed students in Dhaka on Monday.', 'ASSAULT', 'teargassed'],
  ])('%j is %s', (text, type, trigger) => {
    const events = code(text);
    expect(events.map((e) => [e.event, e.evidence.trigger.text])).toEqual([[type, trigger]]);
  });
});

describe('events: a recap keeps its doers', () => {
  it('keeps soldiers attacking a village apart from the gunmen who attacked it', () => {
    const text = 'Gunmen attacked a village in Zamfara on Sunday. Soldiers attacked the village and killed 12 gunmen, the army said.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: a toll told with its victims only, after an act with a doer, is that act\'s size', () => {
  it.each([
    ['Israeli aircraft bombed a weapons depot outside Homs on Monday night. Syrian state media said three soldiers were killed.', 3],
    ['Separatist fighters raided a gendarmerie post near Kumba on Saturday. In the gunfight that followed, six fighters and two gendarmes were killed.', 8],
  ])('%j is one ASSAULT with its dead', (text, dead) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.size.dead?.value).toBe(dead);
  });

  it('keeps a toll told in another place apart', () => {
    const text = 'Israeli aircraft bombed a weapons depot outside Homs on Monday night. Three soldiers were killed in Aleppo.';
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(2);
    expect(assaults.find((e) => e.evidence.trigger.text === 'bombed')!.size.dead).toBeUndefined();
  });
});

describe('events: a noun of the act in the subject of its verb says how it was done', () => {
  it.each([
    ['A suicide bomber killed a policeman at a checkpoint in Mogadishu.', 'suicide-attack'],
    ['A suicide car bombing wounded eleven worshippers outside a mosque in Quetta on Friday.', 'suicide-attack'],
    ['Two suicide bombers attacked a mosque in Peshawar on Friday.', 'suicide-attack'],
    ['An air strike on a wedding party near Saada killed 20 guests.', 'aerial'],
  ])('%j is one ASSAULT, mode %s', (text, mode) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.mode).toBe(mode);
  });

  it('keeps a noun act outside the subject apart', () => {
    const events = of(code('Gunmen killed two guards at a bank in Kano, a week after a suicide bombing at a church in Jos.'), 'ASSAULT');
    expect(events.map((e) => e.evidence.trigger.text).sort()).toEqual(['bombing', 'killed']);
  });
});

describe('events: a closing participle after a clause describing the scene is the act\'s size', () => {
  it.each([
    ['Rebel artillery shelled a school in Goma where refugees had been sleeping, wounding 12 people.', 'shelled', 'injured', 12],
    ['Early on Saturday, navy gunboats shelled a fishing camp on an island off Kismayo, where herders had taken shelter from the floods, killing seven people.', 'shelled', 'dead', 7],
  ])('%j is one ASSAULT', (text, trigger, key, value) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults.map((e) => e.evidence.trigger.text)).toEqual([trigger]);
    expect((assaults[0]!.size as Record<string, { value: number }>)[key]?.value).toBe(value);
  });

  it('does not make the describing clause\'s subject the act\'s doer', () => {
    const [event] = of(code('A roadside mine hit a bus near Kandahar where pilgrims were travelling, wounding nine people.'), 'ASSAULT');
    expect(event!.actor.map((p) => p.text)).not.toContain('pilgrims');
  });

  it('keeps a participle with a subject of its own apart', () => {
    const events = of(code('Soldiers raided a village where rebels were hiding, and the rebels fled, killing a guard.'), 'ASSAULT');
    expect(events).toHaveLength(2);
  });
});

describe('events: a verb told by the act\'s known doers or its definite noun tells the act again', () => {
  it.each([
    // A definite noun of the act as the verb's subject.
    'The RSF shelled residential areas of Omdurman overnight, killing six people, residents said. The shelling hit a market and a school, a local rights group said.',
    // A definite noun naming people by the act they did.
    'Bandits killed nine farmers in a raid on a village near Zurmi on Tuesday, police said. The raiders fired on villagers from the back of pickup trucks before nightfall.',
  ])('%j is one ASSAULT', (text) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.evidence.mentions?.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps another deed of the raid apart (guideline 1)', () => {
    const text = 'Separatists attacked a secondary school near Kumbo on Sunday night. The attackers kidnapped four pupils.';
    expect(of(code(text), 'ASSAULT').map((e) => e.evidence.trigger.text).sort()).toEqual(['attacked', 'kidnapped']);
  });

  it('keeps a deed the clause tells as another apart', () => {
    const text = 'Gunmen killed 14 civilians in an attack on a market in the town of Kaya on Sunday. The attackers also killed two soldiers at a checkpoint.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: a party-less act told in a sentence about a known act is a detail of it', () => {
  it('merges a toll update into the attack', () => {
    const text = 'Gunmen killed 14 civilians in an attack on a market in the town of Kaya on Sunday, the governor said. The death toll from the attack rose to 19 on Monday after five of the wounded died in hospital.';
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.evidence.mentions?.map((m) => m.sentence.text).join(' ')).toContain('death toll');
  });

  it('keeps a party-less act with a figure of its own in a sentence with no known act', () => {
    const text = 'Gunmen killed 14 civilians in an attack on a market in the town of Kaya on Sunday. On Monday, five people were killed in Dori.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: an act told in a claim of responsibility is the claimed act', () => {
  it.each([
    'Al-Shabaab militants attacked an army base near Baidoa on Sunday, killing seven soldiers. The group claimed the attack on its radio station, saying its men had shot dead 20 soldiers.',
    'Boko Haram fighters raided a military base near Monguno on Friday, killing nine soldiers. The group claimed responsibility in a video and said its men had killed dozens of soldiers.',
  ])('%j is one ASSAULT', (text) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.size.dead?.value).toBe(text.includes('seven') ? 7 : 9);
  });

  it('keeps an act the claim dates to another day apart', () => {
    const text = 'Al-Shabaab militants attacked an army base near Baidoa on Sunday, killing seven soldiers. The group claimed responsibility and said its men had shot two soldiers near Beledweyne on Thursday.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: a claim\'s own time does not date the act told in it', () => {
  it('merges a claimed act dated only by the claim', () => {
    const text = 'Al-Shabaab militants stormed a police station near Baidoa on Saturday, killing six officers. The group claimed responsibility on Monday, adding that its men had shot dead 15 policemen.';
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.evidence.trigger.text).toBe('stormed');
  });
});

describe('events: a known act noun told going on anew is a new act', () => {
  it.each([
    'Rebels shelled the town of Kupiansk on Monday, killing four. The shelling continued on Wednesday, wounding nine.',
    'Government troops shelled Kadugli on Tuesday, killing three. On Thursday, the shelling resumed, wounding 11.',
  ])('%j keeps the later act apart', (text) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(2);
    expect(assaults[0]!.evidence.mentions ?? []).toHaveLength(0);
  });

  it('still merges a toll update told with the act\'s definite noun', () => {
    const text = 'Bandits killed nine farmers in a raid on a village near Zurmi on Tuesday, police said. The death toll from the raid rose to 13 on Wednesday after four of the injured died.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(1);
  });
});

describe('events: a retelling that gives the day a first telling left unsaid is the same act', () => {
  it.each([
    'Herders left the grazing grounds near Kaga Bandoro after gunmen shelled a settlement of returnees. The gunmen shelled the settlement on Monday with mortars, killing seven people, aid workers said.',
    'Traders in Sikasso closed their shops after soldiers raided a market in the town. The soldiers raided the market on Tuesday at dawn, witnesses said.',
  ])('%j is one ASSAULT', (text) => {
    const assaults = of(code(text, '2026-11-18'), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.evidence.mentions?.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps two days told of one scene apart', () => {
    const text = 'Soldiers raided a market in Sikasso on Monday, witnesses said. The soldiers raided the market on Wednesday, traders said.';
    expect(of(code(text, '2026-11-18'), 'ASSAULT')).toHaveLength(2);
  });
});

describe('events: of two acts a noun could name, it tells the one whose parties its sentence names', () => {
  const swap = 'Armenia released 14 Azerbaijani detainees on Friday under a deal brokered by Qatar. Azerbaijan in turn released 14 Armenian soldiers.';
  it.each([
    [`${swap} The Azerbaijani detainees were driven to Baku after the release.`, 'Armenia'],
    [`${swap} The Armenian soldiers were flown to Yerevan after the release.`, 'Azerbaijan'],
  ])('%j: "the release" is told of %s\'s release', (text, doer) => {
    const releases = of(code(text, '2026-11-18'), 'RETREAT');
    expect(releases).toHaveLength(2);
    const told = releases.find((e) => (e.evidence.mentions ?? []).some((m) => m.trigger.text === 'release'));
    expect(told?.actor.map((p) => p.text)).toEqual([doer]);
  });
});

describe('events: a person the act was done to, told again by name, makes a later verb a retelling', () => {
  it('merges a passive that names the detained person again', () => {
    const text = 'Police detained the journalist Ana Ruiz in Lima on Monday, her editor said. Ruiz was detained outside her office, colleagues said.';
    const arrests = of(code(text, '2026-11-18'), 'COERCE');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.evidence.mentions?.map((m) => m.trigger.text)).toEqual(['detained']);
  });

  it.each([
    'Police detained the journalist Ana Ruiz in Lima on Monday. On Wednesday police detained Ruiz again after a protest.',
    'Police arrested the union leader Tomas Ferreira in Recife on Thursday. Police had arrested Ferreira in 2019 during a strike.',
  ])('%j keeps an arrest of the person on another day apart', (text) => {
    expect(of(code(text, '2026-11-18'), 'COERCE').filter((e) => e.mode === 'arrest')).toHaveLength(2);
  });
});

describe('events: a noun brought in with an indefinite article is a new act, not a retelling', () => {
  it('keeps an ambush the raid followed apart from the raid', () => {
    const text = 'Militiamen stormed the hamlet of Dilli in northern Niger on Sunday, killing nine herders, residents said. The raid on the hamlet followed an ambush on a police patrol nearby last week.';
    const assaults = of(code(text, '2026-11-18'), 'ASSAULT');
    expect(assaults.map((e) => e.evidence.trigger.text).sort()).toEqual(['ambush', 'stormed']);
    expect(assaults.find((e) => e.evidence.trigger.text === 'stormed')!.evidence.mentions?.map((m) => m.trigger.text)).toEqual(['raid']);
  });

  it('still merges a noun a light verb makes the predicate of a telling', () => {
    const text = 'Warplanes bombed a rebel depot near Bambari on Saturday, the army said. A spokesman said the air force had carried out a strike on the depot at dawn.';
    expect(of(code(text, '2026-11-18'), 'ASSAULT')).toHaveLength(1);
  });
});

describe('events: a definite noun retells an act told before it, and one a verb told', () => {
  it('merges "the clash" into the exchange of fire before it, not the clash after', () => {
    const text = 'Indian and Chinese troops exchanged fire along the disputed frontier in Ladakh on Thursday, both armies said. The clash lasted about an hour. On Friday the two sides clashed again near the same pass.';
    const assaults = of(code(text, '2026-11-18'), 'ASSAULT');
    expect(assaults).toHaveLength(2);
    const thursday = assaults.find((e) => e.evidence.trigger.text === 'exchanged fire');
    expect(thursday?.evidence.mentions?.map((m) => m.trigger.text)).toEqual(['clash']);
  });

  it('merges "the killings" into the raid a verb told, not an ambush named in passing', () => {
    const text = 'Militiamen stormed the hamlet of Dilli in northern Niger on Sunday, killing nine herders, residents said. The raid followed an ambush on a police patrol nearby last week. Rights groups called for an inquiry into the killings.';
    const assaults = of(code(text, '2026-11-18'), 'ASSAULT');
    expect(assaults).toHaveLength(2);
    const stormed = assaults.find((e) => e.evidence.trigger.text === 'stormed');
    expect(stormed?.evidence.mentions?.map((m) => m.trigger.text)).toContain('killings');
  });
});

describe('events: a bare manner noun after "in" is the spirit of the act it hangs on (role-words.json mannerNouns)', () => {
  it('should code the recall alone, not a protest beside it, nor a party from the place the protest is about', () => {
    const events = code('Egypt recalled its ambassador from Khartoum in protest at the Darfur offensive.');
    expect(of(events, 'SANCTION')).toHaveLength(1);
    expect(of(events, 'PROTEST')).toHaveLength(0);
    // The region naming the offensive is where it was fought, not who fought it.
    expect(of(events, 'ASSAULT').flatMap((e) => e.actor)).toEqual([]);
  });

  it('should keep a protest that is the setting of another act ("in a protest") and one whose verb is no act', () => {
    expect(of(code('Two students were arrested in a protest in Kisumu on Monday.'), 'PROTEST')).toHaveLength(1);
    expect(of(code('Shops in Thika closed in protest at the arrest of a trader.'), 'PROTEST')).toHaveLength(1);
    // A blockade done in protest is the protest itself, one event, even by people of the ruling side.
    expect(of(code('Party members barricaded the roads in Nyeri in protest against the nominee.'), 'PROTEST')).toHaveLength(1);
    const officials = code('Ruling party officials blocked the main road in Nakuru in protest at the result.');
    expect(officials.map((e) => e.event)).toEqual(['PROTEST']);
  });
});

describe('events: a toll told in coordinated clauses is one act (fold-complements tollParts, repair.ts repairGappedPassive)', () => {
  it.each([
    ['Two soldiers died and five were wounded when rebels ambushed their convoy on Monday.', 2, 5],
    ['Two soldiers were killed and five wounded when rebels ambushed their convoy on Monday.', 2, 5],
    ['At least 14 people were killed and dozens injured in clashes between herders and farmers, police said on Sunday.', 14, 24],
    // The count read as the passive's conjunct, the participle hung on the passive (repair.ts countReadAsConjunct).
    ['At least 13 people were killed and 30 wounded when gunmen opened fire on a bus on Sunday, police said.', 13, 30],
  ])('%j is one ASSAULT with its dead and injured, and its doers', (text, dead, injured) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.size.dead?.value).toBe(dead);
    expect(assaults[0]!.size.injured?.value).toBe(injured);
    expect(assaults[0]!.actor.map((a) => a.text).join('+')).toMatch(/rebels|gunmen|herders\+farmers/);
  });

  it('should keep clauses with a time or a place of their own apart', () => {
    expect(of(code('Two soldiers were killed in Kidal on Monday and three civilians were wounded on Friday.'), 'ASSAULT')).toHaveLength(2);
    expect(of(code('Two soldiers were killed in Kidal and three civilians were wounded in Gao.'), 'ASSAULT')).toHaveLength(2);
  });

  it('should not read a gapped clause as passive when its subject is no count', () => {
    const events = code('Six villagers were killed and the attackers fled into the forest.');
    expect(of(events, 'ASSAULT')).toHaveLength(1);
    expect(of(events, 'ASSAULT')[0]!.recipient.map((r) => r.text)).toEqual(['villagers']);
  });
});

describe('events: a toll told later "in the attack" is the toll of the act told before (index.ts tollOfToldAct, events 166)', () => {
  it.each([
    ['Insurgents ambushed a police patrol near Mocimboa on Friday, killing six officers. The patrol was returning from a market. Six officers were killed and three hurt in the ambush, a police source said.', { dead: 6, injured: 3 }],
    ['Farmers blocked the road to the quarry on Tuesday and clashed with gendarmes. Gendarmes later fired warning shots into the air. Nine gendarmes were injured in the clashes, the prefect said.', { injured: 9 }],
    ['Shortly after midnight, an army patrol came under fire outside Tillaberi. In the exchange that followed, three soldiers were killed, the defence ministry said.', { dead: 3 }],
  ])('%j is one ASSAULT with the toll', (text, size) => {
    const assaults = of(code(text, '2024-05-05'), 'ASSAULT').filter((e) => e.mode !== 'crowd-control' && e.evidence.trigger.text !== 'fired');
    expect(assaults).toHaveLength(1);
    for (const [key, value] of Object.entries(size)) expect((assaults[0]!.size as Record<string, { value: number }>)[key]?.value).toBe(value);
  });

  it('keeps a toll of another attack, in another region or said to be new, apart', () => {
    expect(of(code('Militants attacked a village in Borno state on Monday, killing eight people. Four soldiers were killed in another attack in Yobe state.'), 'ASSAULT').length).toBeGreaterThan(1);
    expect(of(code('Militants attacked a village in Borno state on Monday, killing eight people. Four soldiers were killed in the attack on a base in Niger.'), 'ASSAULT').length).toBeGreaterThan(1);
  });
});

describe('events: the time of a claim told beside the claimed act noun is the claim\'s (index.ts, events 167)', () => {
  it('merges the claimed assault into the attack it came after', () => {
    const events = code('Al-Shabaab fighters attacked an army base near Baidoa on Sunday, killing five soldiers. The group claimed responsibility for the raid in a statement on Wednesday.');
    const assaults = of(events, 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.date).toBe('2024-04-28');
  });
});

describe('events: a toll "in the ensuing exchange" is of an act that followed (tollOfToldAct, sequelWords, events 167)', () => {
  it('does not hand the toll to the attack told before', () => {
    const events = code('Gunmen attacked a clinic near Mubi on Monday and kidnapped two nurses. Alerted by villagers, soldiers launched a search operation on Tuesday morning. During the ensuing firefight, six gunmen were killed.');
    expect(of(events, 'ASSAULT').find((e) => e.evidence.trigger.text === 'attacked')?.size.dead).toBeUndefined();
  });
});

describe('events: a toll "in the incident" is no toll of an earlier attack (review of sceneNouns)', () => {
  it('keeps a crash told after an attack apart', () => {
    const events = code('Rebels attacked a village near Beni on Monday. On Tuesday, a fuel tanker overturned and caught fire on a highway near Beni. Three people were killed in the incident.');
    const attack = events.find((e) => e.evidence.trigger.text === 'attacked');
    expect(attack?.size.dead).toBeUndefined();
  });
});

describe('events: a count told by a verb whose doer is a pronoun is that doer\'s act, not the toll of the act before', () => {
  // "it had repelled the attack and killed 20 assailants": the parse may hang "killed" on "attack"; its subject is still
  // "it" (the army), so its 20 dead are not the toll of the raid told in the sentence before.
  it.each([
    ['Suspected jihadists killed 12 soldiers in an attack on an army post near Djibasso on Sunday. The raid began at dawn when dozens of fighters on motorcycles stormed the post. The army said it had repelled the attack and killed 20 assailants.', 12],
  ])('%j: the raid keeps its toll', (text, dead) => {
    const events = of(code(text), 'ASSAULT');
    expect(events.every((e) => e.size.dead?.value !== 20 || e.recipient.every((p) => p.sector !== 'MIL'))).toBe(true);
    expect(events.some((e) => e.size.dead?.value === dead)).toBe(true);
  });
});

describe('events: a witness quoted telling the act again in words of their own is the same act', () => {
  it.each([
    'Gunmen on motorbikes killed 11 villagers in a raid on a village near Maru in Zamfara state on Sunday, police said. "The bandits opened fire on everyone they saw," said a farmer who escaped.',
    'Militiamen killed nine fishermen on the shore of Lake Albert on Friday, the army said. "The militiamen fired on the boats as they came in," a survivor told reporters.',
  ])('%j is one ASSAULT', (text) => {
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.evidence.mentions?.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps a quoted act by other doers apart', () => {
    const text = 'Gunmen killed 14 villagers in a raid on a village in Zamfara state on Sunday, police said. "The soldiers shot my son when they arrived," said a resident.';
    expect(of(code(text), 'ASSAULT')).toHaveLength(2);
  });

  it('keeps apart a quoted act by the state\'s forces after an act of gunmen, though neither has a state', () => {
    const text = 'Gunmen killed nine farmers in a raid on Saturday. "The soldiers opened fire on everyone they saw," said a resident.';
    const acts = of(code(text), 'ASSAULT');
    expect(acts).toHaveLength(2);
    expect(acts.some((e) => e.actor.some((p) => p.sector === 'MIL'))).toBe(true);
  });
});

describe('events: a participle naming people by an act told before is that act, not a new one', () => {
  it.each([
    ['Ethiopia released 300 prisoners on Monday, including opposition leaders, the justice ministry said. The release came days before talks with Tigrayan leaders in Nairobi. Among those freed was Bekele Gerba, who had been held since 2021.', 'RETREAT'],
    ['Police arrested 40 students in Kampala on Monday. The students detained were taken to a police station in Wandegeya.', 'COERCE'],
    ['Gunmen killed 12 villagers in Mangu on Sunday. The villagers killed were buried in a mass grave on Monday.', 'ASSAULT'],
  ])('%j is one act', (text, type) => {
    const acts = of(code(text), type);
    expect(acts).toHaveLength(1);
    expect(acts[0]!.evidence.mentions?.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps another act told after it apart', () => {
    const text = 'Police arrested 40 students in Kampala on Monday. On Wednesday, soldiers detained 12 traders in Gulu.';
    expect(of(code(text), 'COERCE')).toHaveLength(2);
  });
});

describe('events: a participle closing a text with no final stop', () => {
  it('is read without running past the last word', () => {
    const text = 'Two bombers blew themselves up at a hospital in Konduga on Wednesday. The explosion left both bombers dead with two people injured';
    expect(of(code(text), 'ASSAULT').length).toBeGreaterThan(0);
  });
});

describe('events: two appeals of one subject coordinated in one clause are one REQUEST', () => {
  it.each([
    // The second verb names no addressee of its own (a pronoun takes up the first's): one appeal. One naming other
    // addressees is another appeal (trigger-classes.test.ts, events 205).
    ['The European Union urged all parties to show restraint and asked them to return to talks.', 'urged'],
    ['The mayor of Lyon called on the unions to end the strike and urged them to reopen talks.', 'called on'],
  ])('%j is one appeal', (text, first) => {
    const requests = of(code(text), 'REQUEST');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.evidence.trigger.text).toBe(first);
  });

  it.each([
    // The first appeal asks no one in particular ("everyone"): the second tells it on to whom it asks.
    ['Church leaders in Malawi urged everyone to stay calm after the ruling and asked the high court to explain its reasoning in public.', 'urged'],
  ])('%j is one appeal, though only its second verb names an addressee', (text, first) => {
    const requests = of(code(text), 'REQUEST');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.evidence.trigger.text).toBe(first);
  });

  it('keeps a second appeal apart when it asks its addressee for an act of another kind than the first asks for', () => {
    const requests = of(code('The African Union called for a full audit of the vote and urged the army to pull its units back from the capital.'), 'REQUEST');
    expect(requests.map((e) => `${e.evidence.trigger.text}/${e.mode}`)).toEqual(['called for/null', 'urged/yield']);
    expect(requests[1]!.recipient.map((p) => p.text)).toEqual(['army']);
  });

  it('keeps an appeal with a time of its own apart', () => {
    const text = 'The bishops urged the army to release the detainees on Monday and asked the rebels to lay down their arms on Friday.';
    expect(of(code(text), 'REQUEST')).toHaveLength(2);
  });
});

describe('events: what a statement agrees to or asks for is its content, however the parse hangs it', () => {
  it('folds an infinitive coordinated with the statement verb itself (an agreement to a thing and to do something)', () => {
    const events = code('After three days of talks, the feuding clans agreed to an exchange of prisoners and to withdraw their gunmen from the disputed valley.');
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
  });

  it('folds the content of a statement that is itself the content of another ("agreed to press for sanctions")', () => {
    const events = code('Kenya and Uganda agreed on Tuesday to press for tougher sanctions on the junta.');
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
  });
});

describe('events: the force and the harm it left, told by two verbs of one sentence, are one act (merge-mentions.ts halvesOfOneAct)', () => {
  it('gives the force whom its harm befell', () => {
    const assaults = of(code('Soldiers fired live ammunition to break up a march in the port city of Beira on Saturday, and three students died of gunshot wounds, a hospital source said.'), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.actor.map((p) => p.text)).toEqual(['Soldiers']);
    expect(assaults[0]!.recipient.map((p) => p.text)).toEqual(['students']);
    expect(assaults[0]!.size.dead?.value).toBe(3);
  });

  it('is one act for deaths told as happening in fighting', () => {
    const assaults = of(code('Eleven villagers died on Tuesday during fighting involving the army and a local militia near Kalehe, an official said.'), 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.recipient.map((p) => p.text)).toEqual(['villagers']);
  });

  it('keeps harm placed in another town apart', () => {
    expect(of(code('Police and bandits exchanged fire in Isiolo on Monday, and three traders were wounded in Garissa.'), 'ASSAULT')).toHaveLength(2);
  });

  it('keeps the other side\'s act apart', () => {
    expect(of(code('Soldiers shelled rebel positions near Rumbek on Monday, and the rebels killed four soldiers in an ambush.'), 'ASSAULT')).toHaveLength(2);
  });

  it('keeps the doers\' own dead apart: their loss, not a target of their fire', () => {
    const assaults = of(code('Militiamen opened fire near a checkpoint outside Juba on Friday, and three militiamen were killed, police said.'), 'ASSAULT');
    expect(assaults).toHaveLength(2);
    for (const e of assaults) {
      const actors = e.actor.map((p) => p.text.toLowerCase());
      expect(e.recipient.some((p) => actors.includes(p.text.toLowerCase()))).toBe(false);
    }
    expect(assaults.find((e) => e.size.dead?.value === 3)?.actor).toEqual([]);
  });
});

describe('events: a closing participle the parse hangs on no act is still its act\'s adjunct', () => {
  // The parse may read "a civilian" as an adjective and hang "setting" on it: the participle still closes "raided".
  it('folds "setting the granary on fire" into the raid', () => {
    const text = 'Armed men raided a village near Diffa overnight, wounding a herder and a civilian and setting the granary on fire, residents said.';
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults.map((e) => e.evidence.trigger.text)).toEqual(['raided']);
    expect(assaults[0]!.why.some((w) => w.includes('"setting" is part of the same act'))).toBe(true);
  });
});
