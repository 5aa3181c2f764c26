import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// The event type a verb gets from its object or complement (resources/events/triggers.json 2026-12-05t, events 211).
const code = (text: string) => codeText(text, '2025-03-12');
const types = (text: string) => code(text).map((e) => `${e.event}${e.mode ? '/' + e.mode : ''} «${e.evidence.trigger.text}»`);

describe('events: soldiers sent are forces moved, whatever goods go with them (send/dispatch @FORCE_PERSONS)', () => {
  it('should code soldiers sent with vehicles MOBILIZE, not AID', () => {
    expect(types('Reinforcements and a column of pickup trucks were sent by Tanzania to the lake shore.')).toEqual(['MOBILIZE/troops «sent»']);
    expect(types('The ministry dispatched two battalions and a dozen trucks to the northern border.')).toEqual(['MOBILIZE/troops «dispatched»']);
  });

  it('should still code goods sent, and soldiers sent to help, as AID', () => {
    expect(types('Japan sent tents and blankets to the flooded province.')).toEqual(['AID «sent»']);
    expect(types('Uganda sent troops to help rebuild the bridge.')).toEqual(['AID «sent»']);
  });
});

describe('events: barring people from entering a territory is REJECT (PLOVER REJECT note)', () => {
  it('should code a ban on entry REJECT', () => {
    expect(types('Last week Peru banned the Bolivian interior minister from entering its territory.')).toEqual(['REJECT «banned»']);
    expect(types('Sweden barred the two envoys from setting foot in the country.')).toEqual(['REJECT «barred»']);
  });

  it('should keep other bans COERCE restrict', () => {
    expect(types('The junta banned the main opposition party on Monday.')).toEqual(['COERCE/restrict «banned»']);
  });
});

describe('events: "men accused of …" after an arrest names its grounds, no accusation (accuse notDescribing)', () => {
  it('should code the arrest alone', () => {
    expect(types('Police arrested four men accused of smuggling fuel across the border.')).toEqual(['COERCE/arrest «arrested»']);
  });

  it('should keep an accusation with its accuser', () => {
    expect(types('The opposition accused the army of torturing detainees.')).toEqual(['ACCUSE/allege «accused»']);
    expect(types('Two traders accused by prosecutors of fraud were released on Monday.').filter((t) => t.startsWith('ACCUSE'))).toEqual(['ACCUSE/allege «accused»']);
  });
});

describe('events: an accusation the parse hangs on a place name keeps its object (accuse notDescribing)', () => {
  it('should code the accusation', () => {
    expect(types('A spokesman for the embassy in Nairobi accused the rebels of looting the clinic.').filter((t) => t.startsWith('ACCUSE'))).toEqual(['ACCUSE/allege «accused»']);
  });
});

describe('events: a vow that others will pay warns of harm (vow + "pay" complement: THREATEN violence)', () => {
  it('should code the vow THREATEN, and a vow to rebuild AGREE', () => {
    expect(types('The police chief vowed on Sunday that the arsonists would pay for the fire.')).toEqual(['THREATEN/violence «vowed»']);
    expect(types('The army chief vowed that the raiders would pay.')).toEqual(['THREATEN/violence «vowed»']);
    expect(types('The minister vowed to rebuild the bridge.')).toEqual(['AGREE «vowed»']);
  });
});

describe('events: a present participle describing its noun is no help given (Phoenix fallback, AID or COOPERATE)', () => {
  it('should code no cooperation for lorries carrying soldiers or officers serving with a force', () => {
    expect(types('Lorries carrying soldiers crossed into the valley on Sunday.')).toEqual([]);
    expect(types('The army sent 200 soldiers serving in the capital to the northern border.')).toEqual(['MOBILIZE/troops «sent»']);
  });

  it('should keep a hostile act told by such a participle', () => {
    expect(types('Marines chased off pirates shooting at a cargo vessel in the gulf.').some((t) => t.startsWith('ASSAULT') && t.endsWith('«shooting»'))).toBe(true);
  });
});

describe('events: a demand on placards or banners is voiced by a demonstration (demand @PROTEST_SIGNS: PROTEST demo)', () => {
  it('should code the placards\' demand PROTEST by those who carry them', () => {
    expect(code('Pensioners holding banners demanding higher pensions blocked a road in Kumasi.').filter((e) => e.evidence.trigger.text === 'demanding')
      .map((e) => `${e.event}/${e.mode} ${e.actor.map((a) => a.text).join('+')}`)).toEqual(['PROTEST/demo Pensioners']);
    expect(types('Farmers held banners demanding lower fuel prices.')).toEqual(['PROTEST/demo «demanding»']);
  });
});

describe('events: agreeing to what the other side demands, or withdrawing one\'s own objection, concedes (CONCEDE)', () => {
  it('should code an agreed pay rise or agreed demands CONCEDE, an agreement to talk AGREE', () => {
    expect(types('After a week-long stoppage, the railway company agreed to a wage increase.')).toEqual(['CONCEDE «agreed»']);
    expect(types('Mine owners in Kitwe agreed to the union\'s demands.').filter((t) => t.endsWith('«agreed»'))).toEqual(['CONCEDE «agreed»']);
    expect(types('Zambia and Malawi agreed to resume talks on the border.')).toEqual(['AGREE «agreed»']);
  });

  it('should code an objection withdrawn CONCEDE, an envoy withdrawn SANCTION', () => {
    expect(types('Hungary withdrew its objection to the new sanctions package.')).toEqual(['CONCEDE «withdrew»']);
    expect(types('Hungary withdrew its ambassador.')).toEqual(['SANCTION/withdraw «withdrew»']);
  });
});

describe('events: a vow to pay is the vower\'s promise unless another is to pay (vow complementDoer)', () => {
  it('should code a promise to pay AGREE', () => {
    expect(types('The ministry vowed to pay the arrears owed to doctors by March.').filter((t) => t.endsWith('«vowed»'))).toEqual(['AGREE «vowed»']);
  });

  it('should code a vow that another will pay THREATEN, with or without "that"', () => {
    expect(types('The defence minister vowed the bombers would pay a bitter price.')).toEqual(['THREATEN/violence «vowed»']);
  });
});

describe('events: an invitation to do something asks for it; to visit or to talks offers a meeting (invite complementsIfAny)', () => {
  it('should code an invitation to act REQUEST', () => {
    expect(code('The archbishop invited the militias to hand over their guns.').map((e) => e.event)).toEqual(['REQUEST']);
    expect(code('The judge invited the prosecution to file fresh charges.').map((e) => e.event)).toEqual(['REQUEST']);
  });

  it('should keep invitations to visit or to talks AGREE', () => {
    expect(types('Senegal invited the Malian junta to talks in Dakar.')).toEqual(['AGREE «invited»']);
    expect(types('The king invited the French president to visit Rabat.')).toEqual(['AGREE «invited»']);
  });
});

describe('events: an entry ban is REJECT only for people kept out; "set" only with "foot" (ban personObject, complementObjects)', () => {
  it('should keep bans on goods, vehicles or trips COERCE restrict', () => {
    expect(types('Malawi banned lorries from crossing the Mwanza bridge after dark.')).toEqual(['COERCE/restrict «banned»']);
    expect(types('The port authority banned small boats from setting sail during the storm.')).toEqual(['COERCE/restrict «banned»']);
  });

  it('should code a person barred from setting foot in a country REJECT', () => {
    expect(types('Chile banned the former army commander from setting foot on its soil.')).toEqual(['REJECT «banned»']);
  });
});

describe('events: agreeing to demands concedes only another party\'s demands (agree othersObject)', () => {
  it('should code agreeing on one\'s own list of demands AGREE', () => {
    expect(types('Opposition leaders in Accra agreed on a set of demands for the talks with the government.').filter((t) => !t.endsWith('«talks»'))).toEqual(['AGREE «agreed»']);
  });
});

describe('events: ordering someone held is holding them (order COERCE complementParticiple, triggers.json 2026-12-06c)', () => {
  it('should code an order that a person be held COERCE arrest by the one who orders', () => {
    const held = code('A magistrate ordered the three journalists held in custody until their trial.');
    expect(held.map((e) => `${e.event}/${e.mode} ${e.actor.map((a) => a.text).join('+')} → ${e.recipient.map((a) => a.text).join('+')}`))
      .toEqual(['COERCE/arrest magistrate → journalists']);
    expect(types('The judge ordered the former customs chief detained for sixty days.')).toEqual(['COERCE/arrest «ordered»']);
  });

  it('should keep an order to others to arrest someone a demand of them', () => {
    expect(types('The president ordered the police to arrest the organisers of the strike.').map((t) => t.split(/[ /]/)[0])).toEqual(['REQUEST']);
  });
});

describe('events: a legal act announced for whoever does something warns (THREATEN arrest, role-words.json warnedPeople)', () => {
  it('should code a prosecution promised to anyone who acts THREATEN', () => {
    expect(types('Customs officers will prosecute those who bring undeclared cash through the port.').map((t) => t.split(' ')[0])).toEqual(['THREATEN/arrest']);
    expect(types('Prosecutors will charge any official who took bribes from the contractors.')).toEqual(['THREATEN/arrest «charge»']);
  });

  it('should code nothing for a penalty for whoever that no one announces (no actor to warn)', () => {
    expect(types('Any driver who blocks the bridge will be prosecuted.')).toEqual([]);
    expect(types('Any shopkeeper who sells expired medicine will be charged.')).toEqual([]);
  });

  it('should keep a charge of every member of a group already named ACCUSE (a partitive "of the …" is no whoever)', () => {
    expect(types('The attorney general will prosecute every member of the smuggling ring detained in Durban in June.').filter((t) => /prosecute/.test(t))).toEqual(['ACCUSE/allege «prosecute»']);
  });

  it('should keep a prosecution announced for named people ACCUSE', () => {
    expect(types('The former harbour master will be prosecuted for bribery next month.')).toEqual(['ACCUSE/allege «prosecuted»']);
  });
});

describe('events: the Phoenix verbs read no act from speech or from a bare catch-all verb with no one it is done for (verb-triggers.ts)', () => {
  it('should code no help from a verb that reports a clause', () => {
    expect(types('The colonel said 12 insurgents died, adding that three soldiers were hurt.').filter((t) => t.startsWith('AID'))).toEqual([]);
  });

  it('should code no help from a bare verb with no beneficiary', () => {
    expect(types('The fishermen were freed late on Sunday after clan elders intervened.').filter((t) => t.startsWith('AID'))).toEqual([]);
    // A bare "issued" the Phoenix GRANT group reads as catch-all cooperation (060) when no one is named to receive it.
    expect(types('The central bank issued new banknotes last month.').filter((t) => t.startsWith('COOPERATE'))).toEqual([]);
    expect(types('In 2019 the tribunal issued a ruling on the boundary.').filter((t) => t.startsWith('COOPERATE'))).toEqual([]);
  });
});

describe('events: troops that stay where they are do nothing new (Phoenix ENDURE group, verb-triggers.ts STATE_GROUPS)', () => {
  it('should code no show of force for forces that remain', () => {
    expect(types('Some 2,000 Turkish soldiers remain on the island.')).toEqual([]);
  });
});

describe('events: concern or alarm at another\'s act disapproves of it (concerned/alarmed adjective rules, concern noun: ACCUSE disapprove)', () => {
  it('should code a party concerned by an act ACCUSE, its holder the actor', () => {
    const told = code('The Council of Europe is gravely concerned by the expulsions of foreign reporters.').filter((e) => e.event === 'ACCUSE');
    expect(told.map((e) => `${e.mode} «${e.evidence.trigger.text}»`)).toEqual(['disapprove «concerned»']);
    expect(told[0]!.actor.map((a) => a.text)).toEqual(['Council of Europe']);
    expect(types('The labour ministry voiced grave concern over the eviction of the migrant workers.').filter((t) => t.startsWith('ACCUSE'))).toEqual(['ACCUSE/disapprove «concern»']);
  });

  it('should code no accusation for worry about a danger or an adjective before its noun', () => {
    expect(types('Farmers are concerned about the drought.')).toEqual([]);
    expect(types('The concerned ministries said the raids were lawful.').filter((t) => t.startsWith('ACCUSE'))).toEqual([]);
  });

  it('should read no view from "concerned" as a verb with its own object, and keep the act it names', () => {
    expect(types('The appeal concerned the detention of a Ugandan journalist at the airport in Entebbe.')).toEqual(['COERCE/arrest «detention»']);
  });

  it('should code no accusation for alarm at violence or deaths with no one to blame', () => {
    expect(types('Teachers are alarmed by the violence at the stadium in Durban.')).toEqual([]);
    expect(types('Church leaders said they were concerned about the clashes between rival herders.').filter((t) => t.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('events: an official who flies into a capital visits it (officialTrip "into")', () => {
  it('should code the trip a visit, not a deployment', () => {
    expect(types('The Kenyan foreign minister flew into Kampala on Sunday.')).toEqual(['CONSULT/visit «flew»']);
  });

  it('should code the trip of an organisation\'s envoy, named by the title, a visit', () => {
    expect(types('The Arab League\'s special envoy travelled to Tunis by road on Thursday.')).toEqual(['CONSULT/visit «travelled»']);
  });
});

describe('events: migrants a government sends back to a country are deported (return COERCE deport)', () => {
  it('should code the return of migrants COERCE deport', () => {
    expect(types('The Greek government returned 120 migrants to Turkey last week.')).toEqual(['COERCE/deport «returned»']);
  });

  it('should keep property given back RETREAT return', () => {
    expect(types('The museum returned the bronze statues to Nigeria.')).toEqual(['RETREAT/return «returned»']);
  });
});

describe('events: asset freezes imposed are sanctions, where the tagger reads "freezes" as a verb (impose + freezes: SANCTION discontinue)', () => {
  it('should code freezes imposed SANCTION, even where the tagger reads "freezes" as a verb', () => {
    expect(types('On Friday Japan imposed asset freezes and travel bans on three arms dealers.')).toEqual(['SANCTION/discontinue «imposed»']);
  });
  it('should keep a ban or a curfew imposed at home COERCE', () => {
    expect(types('The ministry imposed a ban on gatherings in the capital.')).toEqual(['COERCE/restrict «imposed»']);
    expect(types('The governor imposed a curfew on the town.')).toEqual(['COERCE/curfew «imposed»']);
  });
});

describe('events: security forces surrounding a home restrict movement (surround + home: COERCE restrict)', () => {
  it('should code a home or a residence surrounded by police or soldiers COERCE', () => {
    expect(types('Riot police surrounded the house of the former mayor on Thursday and let no one out.')).toEqual(['COERCE/restrict «surrounded»']);
    expect(types('Soldiers surrounded the residence of the former president on Friday.')).toEqual(['COERCE/restrict «surrounded»']);
  });
  it('should leave a town surrounded by troops an attack', () => {
    expect(types('Troops surrounded the rebel-held town on Sunday after a week of shelling.')).toEqual(['ASSAULT «surrounded»']);
  });
});

describe('events: a human chain is a demonstration (chain preceded by "human": PROTEST demo)', () => {
  it('should code the chain, with its demand inside it', () => {
    expect(types('Dockers formed a human chain around the harbour offices on Saturday, demanding the reinstatement of sacked colleagues.')).toEqual(['PROTEST/demo «chain»']);
  });
  it('should code no chain of hotels, and leave people who chain themselves to a gate to the fallback dictionary', () => {
    expect(types('The company owns a chain of hotels in the capital.')).toEqual([]);
    expect(types('Five activists chained themselves to the gates of the ministry.')).toEqual(['PROTEST/obstruct «chained»']);
  });
});

describe('events: a delegation or an envoy received is a party met (receive + delegation: CONSULT visit)', () => {
  it('should code the meeting though no actor is found in the delegation', () => {
    expect(types('The health minister received a delegation of striking nurses on Wednesday.')).toEqual(['CONSULT/visit «received»']);
  });
  it('should code no meeting for goods received', () => {
    expect(types('The border post received a delivery of rice.')).toEqual([]);
  });
});
