import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function top(text: string): CodedEvent {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2021-03-01' });
  coder.code(doc);
  return [...doc.events].sort((a, b) => b.confidence - a.confidence)[0]!;
}
const recipients = (e: CodedEvent) => e.recipient.map((p) => [p.text, p.code]);

describe('events: a place as the target of an act aimed at it', () => {
  it('should make the place a curfew is imposed in its recipient, through "the town of"', () => {
    const event = top('Security forces imposed a dusk-to-dawn curfew in the town of Kayes on Sunday after a night of rioting.');
    expect(event).toMatchObject({ event: 'COERCE', mode: 'curfew' });
    expect(recipients(event)).toEqual([['Kayes', 'MLI']]);
  });

  it('should make the place a ceasefire is declared in its recipient', () => {
    const event = top('The army declared a unilateral ceasefire in Tigray on Monday.');
    expect(event).toMatchObject({ event: 'RETREAT', mode: 'ceasefire' });
    expect(recipients(event)).toEqual([['Tigray', 'ETH']]);
  });

  it('should read the place of a lifted state of emergency, on the object\'s "of" phrase', () => {
    const event = top('The junta ended the emergency rule in Mandalay region.');
    expect(event.event).toBe('CONCEDE');
    expect(recipients(event)).toEqual([['Mandalay', 'MMR']]);
  });

  it('should make the host of a visit its recipient', () => {
    const event = top("Turkey's president arrived in Baghdad on Tuesday on a two-day visit.");
    expect(event).toMatchObject({ event: 'CONSULT', mode: 'visit' });
    expect(recipients(event)).toEqual([['Baghdad', 'IRQ']]);
  });

  it('should read the place of the act a threat is about', () => {
    const event = top('The rebels threatened to shell Aleppo if the raids continued.');
    expect(event.event).toBe('THREATEN');
    expect(recipients(event)).toEqual([['Aleppo', 'SYR']]);
  });

  it('should not make the place of a meeting or of two-sided fighting a recipient', () => {
    expect(top('The foreign ministers of Chad and Niger met in Geneva on Monday.').recipient).toEqual([]);
    expect(top('Armenian and Azerbaijani forces clashed near Lachin on Tuesday.').recipient).toEqual([]);
  });

  it('should keep a named target over the place', () => {
    const event = top('Police fired tear gas at protesters in Lagos.');
    expect(recipients(event)).toEqual([['protesters in Lagos', 'NGA']]);
  });
});

describe('events: a protest is aimed at whoever made what it opposes', () => {
  it('should make the possessor of the decision protested in a purpose clause the recipient', () => {
    const event = top("Nurses in Kisumu went on a hunger strike to denounce the Kenyan government's plan to freeze their wages.");
    expect(event).toMatchObject({ event: 'PROTEST', mode: 'hunger' });
    expect(recipients(event)).toEqual([['Kenyan government', 'KEN']]);
  });

  it('should make the "by" agent of the law a strike is over the recipient', () => {
    const event = top('Dock workers went on strike over a new labour law passed by the Greek parliament.');
    expect(event.event).toBe('PROTEST');
    expect(recipients(event)).toEqual([['Greek parliament', 'GRC']]);
  });

  it('should aim a protest against an arrest at who made the arrest, not at who was arrested', () => {
    const event = top('Students marched in Nairobi in protest against the arrest of their leader by the police.');
    expect(event.event).toBe('PROTEST');
    expect(recipients(event)).toEqual([['police', 'KEN']]);
  });

  it("should still give a protester the country of the sentence when the state is the other side", () => {
    const event = top("A member of the Kenyan parliament, Joseph Mwangi, went on a hunger strike to denounce President Ruto's tax bill.");
    expect(event.actor.map((p) => [p.text, p.code])).toEqual([['Joseph Mwangi', 'KEN']]);
    expect(recipients(event)).toEqual([['President Ruto', 'KEN']]);
  });
});

describe('events: what a sanction noun withholds says whom it is aimed at', () => {
  it('should read the "to"/"with" phrase of the thing a suspension stops', () => {
    const aid = top('Norway announced a suspension of grants to Malawi over corruption concerns.');
    expect(aid.event).toBe('SANCTION');
    expect(recipients(aid)).toEqual([['Malawi', 'MWI']]);
    const links = top('Austria announced a suspension of rail links with Moldova this week.');
    expect(recipients(links)).toEqual([['Moldova', 'MDA']]);
  });
});

describe('events: seeking refuge asks the place it is sought in', () => {
  it('should code seeking refuge as a plea for help aimed at the host country', () => {
    const event = top('Some 40,000 Sudanese have sought refuge in Chad since April.');
    expect(event).toMatchObject({ event: 'REQUEST', mode: 'assist' });
    expect(recipients(event)).toEqual([['Chad', 'TCD']]);
  });

  it('should leave other requests by "seek" as they were', () => {
    const event = top('The minister sought support from Egypt.');
    expect(event.mode).toBeNull();
    expect(recipients(event)).toEqual([['Egypt', 'EGY']]);
  });
});

describe('events: a restriction announced for the future holds over its place', () => {
  it('should read the place of a curfew the government will extend', () => {
    const event = top('Kenya\'s interior minister said the government will extend the curfew in Nairobi into the weekend.');
    expect(event).toMatchObject({ event: 'THREATEN', mode: 'restrict' });
    expect(recipients(event)).toEqual([['Nairobi', 'KEN']]);
  });

  it('should not make where a threat was made its target', () => {
    expect(top('Iran threatened in Geneva to cut oil exports.').recipient).toEqual([]);
  });
});

describe('events: a village no gazetteer knows, named by its noun', () => {
  it('should place the act in the village, with the country of the other places of its sentence', () => {
    const event = top('Bandits killed four farmers near the village of Tungan Dutse, 30 kilometres from Gusau, on Friday.');
    expect(event.event).toBe('ASSAULT');
    expect(event.event_loc).toMatchObject({ name: 'Tungan Dutse', country_code: 'NGA', lat: null, level: 'city' });
  });
});

describe('events: a place no gazetteer knows, named after a preposition of place', () => {
  it.each([
    ['Gunmen shot dead two traders in Wad Kibeira on Saturday.', 'Wad Kibeira', null],
    ['Militants ambushed an army convoy near Gogoni, east of Mombasa, killing three soldiers.', 'Gogoni', 'KEN'],
    ['Police fired tear gas at students in Mbalango in eastern Uganda.', 'Mbalango', 'UGA'],
  ])('should place %j in the finer place', (text, name, country) => {
    expect(top(text).event_loc).toMatchObject({ name, country_code: country, lat: null });
  });
});

describe('events: a place written in the larger place it lies in', () => {
  it.each([
    ['Police fired tear gas at residents in Richmond, Western Cape, on Tuesday.', 'ZAF'],
    ['Angry farmers blocked the main road in Hamilton, Waikato, on Monday.', 'NZL'],
    ['Rival militias clashed in Tripoli, Lebanon, overnight.', 'LBN'],
    ['Angry residents burned a clinic in Tshidzini in northern Limpopo.', 'ZAF'],
  ])('should place %j in the state of the larger place', (text, country) => {
    expect(top(text).event_loc?.country_code).toBe(country);
  });

  it('should not read the next name of a list as the larger place', () => {
    expect(top('Police detained traders in Kano, Kaduna and Katsina on Friday.').event_loc).toMatchObject({ name: 'Kano', country_code: 'NGA' });
  });
});

describe('events: where a text was signed is no target of it', () => {
  it('should not make the city a truce was signed in its recipient', () => {
    const event = top("Sudan's army and the rebel alliance signed a 60-day ceasefire in Addis Ababa on Thursday.");
    expect(event.event).toBe('RETREAT');
    expect(event.recipient.map((p) => p.code)).not.toContain('ETH');
    expect(event.event_loc?.name).toBe('Addis Ababa');
  });
});

describe('recipients: the country a peace operation serves', () => {
  const codes = (e: CodedEvent | undefined) => (e?.recipient ?? []).map((p) => p.code).sort().join('+');
  it('should add the host of a UN or African Union operation that troops or support are sent or promised to', () => {
    expect(codes(top('Bangladesh pledged three field hospitals to the AU mission in Somalia.'))).toBe('IGO+SOM');
    expect(codes(top('Indonesia will send 200 more police officers to the UN mission in Lebanon in June.'))).toBe('LBN+UNO');
    // The phrase is on the act agreed to, the complement of the trigger.
    expect(codes(top('Chile agreed to fly two helicopters to the UN force in Haiti.'))).toBe('HTI+UNO');
  });
  it('should not add the host when the operation is only a channel, left, or under another noun', () => {
    // Aid passed through a mission to a named state is for that state alone.
    expect(codes(top('Spain sent medicine to Chad through the EU mission in Niger.'))).toBe('TCD');
    // Troops leaving an operation are not sent to its host.
    expect(codes(top('Ghana agreed to withdraw its soldiers from the UN force in Lebanon.'))).not.toContain('LBN');
    // "the employees of the UN mission": the mission is not what the tents are sent to.
    expect(codes(top('Norway sent tents to the employees of the UN mission in Sudan.'))).not.toContain('SDN');
  });
});
