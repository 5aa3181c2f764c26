import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Acts no rule read at stop 44 (triggers.json 2026-12-05t, u): ground taken with the bare verb "take", goods and credit
// lines as aid, people carried off, forces rushed or flown in, bombers flown over a place, searches, cordons and
// boarded ships, mockery, courtesy calls, joint sails and coordinated patrols. Sentences written for these tests.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-03-12' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: ground taken told with the bare verb "take" (ASSAULT, as "take over")', () => {
  it('should code towns or a named place an armed force took', () => {
    expect(types('Zambian rebels took two towns near the border on Saturday.')).toEqual(['ASSAULT/-']);
    expect(types('The Kivu rebels took Goma and Bukavu on Saturday.').map((t) => t.split('/')[0])).toContain('ASSAULT');
  });
  it('should not code what is taken to a place, or what no armed force takes', () => {
    expect(types('Zambian soldiers took the wounded to Ndola on Saturday.')).not.toContain('ASSAULT/-');
    expect(types('The Zambian team took the title on Saturday.')).toEqual([]);
  });
});

describe('events: goods and credit as aid, people carried off, forces moved', () => {
  it('should code fuel sent or trucked and a credit line opened as AID', () => {
    expect(types('Malawi sent a further 30,000 tonnes of diesel to Zambia on Friday.')).toEqual(['AID/-']);
    expect(types('Malawi, which opened a $500 million credit line for Zambia in May, promised more.').map((t) => t.split('/')[0])).toContain('AID');
    expect(types('Malawi trucked maize and cooking oil to 2,000 displaced Zambians on Friday.')).toEqual(['AID/-']);
  });
  it('should code residents carried off by gunmen as an abduction', () => {
    expect(types('Gunmen carried off six residents of the Zambian village of Mpika on Friday.')).toEqual(['ASSAULT/abduct']);
  });
  it('should code police companies rushed and gendarmes flown in as a deployment', () => {
    expect(types('Two more Zambian police companies were rushed to the area on Tuesday.')).toEqual(['MOBILIZE/troops']);
    expect(types('In Zambia, 300 additional gendarmes are being flown in from Lusaka.')).toEqual(['MOBILIZE/troops']);
    expect(types('The Zambian army flew bombers over the border region on Monday.')).toEqual(['MOBILIZE/troops']);
  });
});

describe('events: searches, cordons, boarding, mockery, courtesy calls, joint sails', () => {
  it('should code searches and cordons as COERCE', () => {
    expect(types('Zambian police stopped and searched several people near the stadium.')).toEqual(['COERCE/seize']);
    expect(types('Zambian police set up a security cordon around parliament on Monday.')).toEqual(['COERCE/restrict']);
  });
  it('should code ships boarded as a seizure (a threat when only announced)', () => {
    expect(types('The Zambian navy boarded two cargo ships on the lake on Monday.').map((t) => t.split('/')[0])).toContain('COERCE');
  });
  it('should code a leader mocked as disapproval, and a courtesy call as a visit', () => {
    expect(types('Two Zambian deputy ministers mocked Malawian President Chakwera on social media.')).toEqual(['ACCUSE/disapprove']);
    expect(types('The Zambian defence minister paid a courtesy call on Malawian President Chakwera in Lilongwe.')).toEqual(['CONSULT/visit']);
  });
  it('should code a joint sail and coordinated patrols as COOPERATE', () => {
    expect(types('Zambian and Malawian boats began a two-day joint sail on Tuesday.')).toEqual(['COOPERATE/-']);
    expect(types('Zambia, Malawi and Tanzania began coordinated patrols on Lake Nyasa in June.')).toEqual(['COOPERATE/-']);
  });
});

describe('events: the new rules read only some uses of their words (narrow): the fallback dictionary reads the others', () => {
  it('should still code soldiers flown into a province as a deployment', () => {
    expect(types('Malawi flew about 800 soldiers into the Zambian province of Luapula in May.').map((t) => t.split('/')[0])).toContain('MOBILIZE');
  });
});

describe('events: a measure over a place told in the passive with no one named (implicit-doers.json withoutRecipient)', () => {
  it('should code a curfew imposed with no doer and no recipient as the home state authority\'s', () => {
    const events = code('Zambian police arrested 20 protesters in Lusaka on Thursday. A curfew was imposed in the Lusaka police division that night.');
    const curfew = events.find((e) => e.mode === 'curfew');
    expect(curfew?.actor.map((a) => `${a.code}/${a.sector}`)).toEqual(['ZMB/GOV']);
  });
  it('should still leave an arrest told with no one arrested uncoded', () => {
    expect(types('Zambian police arrested 20 protesters in Lusaka on Thursday. There were more arrests.')).toEqual(['COERCE/arrest']);
  });
});

describe('events: homes searched beside arrests (the search rule reads people only)', () => {
  it('should keep the arrest of a raid that searched homes', () => {
    expect(types('Zambian soldiers searched dozens of homes in Kanyama and detained 14 men.')).toContain('COERCE/arrest');
  });
});

describe('events: ground named "in" a region on the object is still ground taken (find-triggers movedTo reads motion only)', () => {
  it('should code villages won back in a named province', () => {
    expect(types('Congolese soldiers won back two villages in North Kivu province on Monday.').map((t) => t.split('/')[0])).toContain('ASSAULT');
  });
});
