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

describe('events: a force blocking or stopping people, craft or relief (triggers.json MOVEMENTS, BLOCKED_RELIEF)', () => {
  it('should code a march or a mission blocked by a force as a restriction of movement, beside the march', () => {
    expect(types('Police blocked a march in Bulawayo on Tuesday.')).toEqual(['COERCE/restrict', 'PROTEST/demo']);
    expect(types('Chinese coast guard vessels blocked a Philippine resupply mission near Second Thomas Shoal.')).toEqual(['COERCE/restrict']);
    expect(types('Police stopped the convoy near Goma.')).toEqual(['COERCE/restrict']);
    expect(types('Police sealed off the area around the parliament in Colombo.')).toEqual(['COERCE/restrict']);
  });

  it('should code relief blocked as withheld, and the entry it was kept from as no act', () => {
    const told = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}/${e.modality}`);
    expect(told('Soldiers blocked aid convoys from entering the besieged city of El Fasher.')).toEqual(['COERCE/withhold/asserted', 'COERCE/seize/negated']);
    expect(told('Israeli forces prevented aid trucks from entering northern Gaza.')).toEqual(['COERCE/withhold/asserted']);
  });

  it('should still read a blocked package or statement as a refusal and a blocked road as a protest', () => {
    expect(types('Hungary blocked the statement on the war.')).toEqual(['REJECT/-']);
    expect(types('Protesters blocked the main highway to Lima.')).toEqual(['PROTEST/obstruct']);
    expect(code('The referee stopped the match in Lima.')).toEqual([]);
  });
});

describe('events: what a state halts, pauses or freezes (triggers.json FLOWS)', () => {
  it('should code halted disbursements, paused exports and aid as discontinued exchange', () => {
    expect(types('The World Bank halted disbursements to Uganda.')).toEqual(['SANCTION/discontinue']);
    expect(types('Germany paused arms exports to Israel.')).toEqual(['SANCTION/discontinue']);
    expect(types('Washington paused military aid to Kyiv.')).toEqual(['SANCTION/discontinue']);
    expect(code('The band paused the concert in Lima.')).toEqual([]);
  });
});

describe('events: acts missing from the lexicon', () => {
  it('should code a humanitarian pause or a pause in the fighting as a truce', () => {
    expect(types('Israel and Hamas observed a humanitarian pause in Gaza on Friday.')).toEqual(['RETREAT/ceasefire']);
  });

  it('should code workers walking off the job as a strike', () => {
    expect(types('Dockworkers walked off the job at ports along the Gulf Coast.')).toEqual(['PROTEST/strike']);
  });

  it('should code armed forces pushing or advancing into ground as an assault, and no firm moving into a market', () => {
    expect(types('Israeli tanks pushed into Rafah on Tuesday.')).toEqual(['ASSAULT/-']);
    expect(types('Rebel fighters advanced on the town of Goma.')).toEqual(['ASSAULT/-']);
    expect(code('The company pushed into new markets in Asia.')).toEqual([]);
  });

  it('should code suspects handed to another state as cooperation, and rescuers sent as aid', () => {
    expect(types('Iraq handed over 50 suspects to Turkey.')).toEqual(['COOPERATE/-']);
    expect(types('Turkey sent rescue teams to Morocco after the earthquake.')).toEqual(['AID/-']);
  });

  it('should code radio stations shut down and a candidate disqualified as restrictions on political life', () => {
    expect(types('The junta shut down two independent radio stations.')).toEqual(['COERCE/censor']);
    expect(types('The election commission disqualified the main opposition candidate.')).toEqual(['COERCE/restrict']);
  });
});

describe('events: act nouns counted or named by their last word (role-words.json countingNouns, triggers.json)', () => {
  it('should code strikes or raids counted in a series by the noun, with the light verb no act of its own', () => {
    expect(types('The IDF conducted a series of strikes on Hamas targets in Gaza City.')).toEqual(['ASSAULT/-']);
    expect(types('Security units carried out a series of raids around Kirkuk.')).toEqual(['ASSAULT/-']);
    expect(code('A series of strikes by rail workers on Monday disrupted traffic in Lyon.').map((e) => e.event)).not.toContain('ASSAULT');
  });

  it('should code an incursion as an attack, concessions made as yielding and a protest note as a verbal protest', () => {
    expect(types('Ukraine mounted a cross-border incursion into the Kursk region.')).toEqual(['ASSAULT/-']);
    expect(types('The government made concessions to the striking doctors in Nairobi.')).toEqual(['CONCEDE/-']);
    expect(types('Kenya issued a protest note to Uganda.')).toEqual(['ACCUSE/disapprove']);
  });
});

describe('events: weapons used on people and fire named by its weapon (triggers.json use, fire, gas)', () => {
  it('should code live ammunition or tear gas used on people as an attack of that kind, and one act with the dispersal it served', () => {
    expect(types('Security forces used live ammunition against demonstrators in Nairobi.')).toEqual(['ASSAULT/firearms']);
    expect(types('Riot police used tear gas to disperse striking nurses in Lagos.')).toEqual(['ASSAULT/crowd-control']);
    expect(types('Police tear-gassed protesters in Kampala.')).toEqual(['ASSAULT/crowd-control']);
  });

  it('should code mortar fire as heavy weapons', () => {
    expect(types('Mortar fire hit a camp for displaced people near Goma.')).toEqual(['ASSAULT/heavy-weapons']);
  });
});

describe('events: acts told by their nouns with "of" and "by" phrases (triggers.json)', () => {
  it('should code an abduction, a bombardment, a deportation or a roundup told by its noun, with its doer from "by"', () => {
    const one = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'} ${e.actor.map((a) => a.code).join('+')}`);
    expect(one('The kidnapping of 20 villagers by gunmen in Katsina drew condemnation.')).toEqual(['ASSAULT/abduct NGA']);
    expect(one('The bombardment of Kharkiv by Russian forces continued overnight.')).toEqual(['ASSAULT/heavy-weapons RUS']);
    expect(one('The deportation of 300 Afghans by Pakistan continued.')).toEqual(['COERCE/deport PAK']);
    expect(one('The roundup of opposition activists by police in Harare drew condemnation.')).toEqual(['COERCE/arrest ZWE']);
    expect(one('The shooting of a protester by police in Nairobi sparked riots.')[0]).toBe('ASSAULT/firearms KEN');
  });

  it('should leave residents blocking vehicles a protest, not a restriction by a force', () => {
    expect(types('Villagers blocked an army convoy near Bunia.')).toEqual(['PROTEST/obstruct']);
  });
});

describe('events: a flow halted is a sanction only when a state or its forces halt it (review)', () => {
  it('should not code a firm pausing its flights as a sanction', () => {
    expect(types('The airline paused flights to Nairobi on Monday because of the weather.')).not.toContain('SANCTION/discontinue');
  });
});
