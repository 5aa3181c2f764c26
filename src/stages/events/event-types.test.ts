import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// The event type a verb gets from its object or complement (resources/events/triggers.json 2026-12-05t, events 211).
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-03-12' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}${e.mode ? '/' + e.mode : ''} «${e.evidence.trigger.text}»`);

describe('events: soldiers sent are forces moved, whatever goods go with them (send/dispatch @FORCE_PERSONS)', () => {
  it('should code soldiers sent with vehicles MOBILIZE, not AID', () => {
    expect(types('Kenya sent reinforcements and several armoured vehicles to Lodwar on Friday evening.')).toEqual(['MOBILIZE/troops «sent»']);
    expect(types('The ministry dispatched two battalions and a dozen trucks to the northern border.')).toEqual(['MOBILIZE/troops «dispatched»']);
  });

  it('should still code goods sent, and soldiers sent to help, as AID', () => {
    expect(types('Japan sent tents and blankets to the flooded province.')).toEqual(['AID «sent»']);
    expect(types('Uganda sent troops to help rebuild the bridge.')).toEqual(['AID «sent»']);
  });
});

describe('events: barring people from entering a territory is REJECT (PLOVER REJECT note)', () => {
  it('should code a ban on entry REJECT', () => {
    expect(types('Norway and Denmark on Tuesday banned the ruling party\'s chairman and six other officials from entering their territory.')).toEqual(['REJECT «banned»']);
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
    expect(types('On Saturday the foreign ministry\'s office in Hong Kong accused Washington of meddling.').filter((t) => t.startsWith('ACCUSE'))).toEqual(['ACCUSE/allege «accused»']);
  });
});

describe('events: a vow that others will pay warns of harm (vow + "pay" complement: THREATEN violence)', () => {
  it('should code the vow THREATEN, and a vow to rebuild AGREE', () => {
    expect(types('The governor vowed that the gunmen would pay a heavy price.')).toEqual(['THREATEN/violence «vowed»']);
    expect(types('The minister vowed to rebuild the bridge.')).toEqual(['AGREE «vowed»']);
  });
});

describe('events: a present participle describing its noun is no help given (Phoenix fallback, AID or COOPERATE)', () => {
  it('should code no cooperation for lorries carrying soldiers or officers serving with a force', () => {
    expect(types('Lorries carrying soldiers crossed into the valley on Sunday.')).toEqual([]);
    expect(types('Ghanaian soldiers serving with the regional force were sent to the town on Monday.')).toEqual(['MOBILIZE/troops «sent»']);
  });

  it('should keep a hostile act told by such a participle', () => {
    expect(types('Police fired tear gas at protesters hurling rocks at the officers.').some((t) => t.startsWith('ASSAULT') && t.endsWith('«hurling»'))).toBe(true);
  });
});

describe('events: a demand on placards or banners is voiced by a demonstration (demand @PROTEST_SIGNS: PROTEST demo)', () => {
  it('should code the placards\' demand PROTEST by those who carry them', () => {
    expect(code('In Lusaka on Monday, about 200 nurses gathered outside the health ministry to mark Nurses Day, carrying placards demanding the payment of wage arrears.')
      .map((e) => `${e.event}/${e.mode} ${e.actor.map((a) => a.text).join('+')}`)).toEqual(['PROTEST/demo nurses']);
    expect(types('Farmers held banners demanding lower fuel prices.')).toEqual(['PROTEST/demo «demanding»']);
  });
});

describe('events: agreeing to what the other side demands, or withdrawing one\'s own objection, concedes (CONCEDE)', () => {
  it('should code an agreed pay rise or agreed demands CONCEDE, an agreement to talk AGREE', () => {
    expect(types('The Zambian government agreed to a pay rise for nurses on Friday.')).toEqual(['CONCEDE «agreed»']);
    expect(types('The Zambian government agreed to the nurses\' demands on Friday.').filter((t) => t.endsWith('«agreed»'))).toEqual(['CONCEDE «agreed»']);
    expect(types('Zambia and Malawi agreed to resume talks on the border.')).toEqual(['AGREE «agreed»']);
  });

  it('should code an objection withdrawn CONCEDE, an envoy withdrawn SANCTION', () => {
    expect(types('Hungary withdrew its objection to the new sanctions package.')).toEqual(['CONCEDE «withdrew»']);
    expect(types('Hungary withdrew its ambassador.')).toEqual(['SANCTION/withdraw «withdrew»']);
  });
});
