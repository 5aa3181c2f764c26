import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Classes of acts the coder missed or typed wrongly on articles written for issue 14 (events 79):
// weapons tests, coordinated coercive measures, envoys ordered out, sanctions reimposed, parties
// suspended, police raids, promised protection, standing roles and acts only expected.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-03-12' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);
const happening = (text: string) => code(text).filter((e) => e.modality !== 'hypothetical' && e.modality !== 'negated').map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: weapons tests are MOBILIZE weapons (triggers.json TESTED_WEAPONS, rule field into)', () => {
  it('should code a nuclear or missile test told by its noun, light verb or not', () => {
    expect(types('Pakistan carried out an underground nuclear test near Chagai on Monday.')).toEqual(['MOBILIZE/weapons']);
    expect(types('India conducted a successful test of its Agni-V missile off Odisha.')).toEqual(['MOBILIZE/weapons']);
    expect(types("The Kremlin said Russia's latest missile launch went as planned.")).toEqual(['MOBILIZE/weapons']);
  });

  it('should code a weapon tested or test-fired, and no one as its recipient', () => {
    const tested = code('Tehran tested a new solid-fuel ballistic missile last week.');
    expect(tested.map((e) => `${e.event}/${e.mode}`)).toEqual(['MOBILIZE/weapons']);
    const fired = code('Pakistan test-fired a nuclear-capable cruise missile on Monday.');
    expect(fired.map((e) => `${e.event}/${e.mode}`)).toEqual(['MOBILIZE/weapons']);
    expect(fired[0]!.recipient).toEqual([]);
    expect(types('Pyongyang detonated a thermonuclear device at its northern test site.')).toEqual(['MOBILIZE/weapons']);
  });

  it('should code missiles fired or launched into open sea as a test, and missiles fired at a target as an attack', () => {
    expect(types('Pyongyang fired three short-range missiles into the Yellow Sea on Saturday.')).toEqual(['MOBILIZE/weapons']);
    expect(types('The navy launched two anti-ship missiles into international waters during the drill season.').map((t) => t.split('/')[0])).toContain('MOBILIZE');
    expect(types('Houthi rebels fired two missiles at a tanker in the Red Sea.')).toEqual(['ASSAULT/heavy-weapons']);
    expect(types('Hamas fired rockets into southern Israel on Friday.')).toEqual(['ASSAULT/heavy-weapons']);
  });

  it('should code a raised alert level and a live-fire drill as shows of force', () => {
    expect(types('Taipei raised its military alert level after the Chinese manoeuvres.')).toEqual(['MOBILIZE/troops']);
    expect(types('The Greek navy staged a live-fire exercise off Crete on Tuesday.')).toEqual(['MOBILIZE/troops']);
  });

  it('should not code a test of anything that is no weapon', () => {
    expect(code('The health ministry tested 400 travellers for cholera at the border.')).toEqual([]);
  });
});

describe('events: coercive measures of different kinds are acts of their own (fold-complements distinctMeasures)', () => {
  it('should code an internet shutdown and a curfew coordinated under one subject as two acts', () => {
    expect(types('The regime shut down the internet and imposed a curfew on Bamako.')).toEqual(['COERCE/censor', 'COERCE/curfew']);
    expect(types('The junta detained the opposition leader and banned his party.')).toEqual(['COERCE/arrest', 'COERCE/restrict']);
  });

  it('should keep detaining people and seizing their goods one raid', () => {
    expect(types('Police detained the editor and confiscated his laptop.')).toEqual(['COERCE/arrest']);
  });

  it('should code mobile data cut by an authority as a shutdown', () => {
    expect(types('Authorities banned all rallies and cut mobile data in Kasai province.')).toEqual(['COERCE/restrict', 'COERCE/censor']);
  });
});

describe('events: the object decides the reading (triggers.json ENVOYS, sanctions reimposed, parties suspended)', () => {
  it('should code ordering an envoy to leave as an expulsion', () => {
    const ordered = code('The junta in Niamey ordered the French ambassador to leave the country within 48 hours.');
    expect(ordered.map((e) => `${e.event}/${e.mode}`)).toEqual(['SANCTION/expel']);
    expect(ordered[0]!.recipient.map((p) => p.code)).toEqual(['FRA']);
  });

  it('should code an envoy declared persona non grata as expelled', () => {
    expect(types('Latvia declared a Belarusian diplomat persona non grata on Monday.')).toEqual(['SANCTION/expel']);
  });

  it('should code sanctions reimposed or reinstated as SANCTION, as new sanctions are', () => {
    expect(types('Canada has reimposed sanctions on Belarus over the crackdown.')).toEqual(['SANCTION/discontinue']);
    expect(types('Washington reinstated oil sanctions on Venezuela on Wednesday.')).toEqual(['SANCTION/discontinue']);
  });

  it('should code a party or union suspended or dissolved as a ban from political life, a membership suspended as SANCTION', () => {
    expect(types('A court in Dakar suspended the main opposition party for six months.')).toEqual(['COERCE/restrict']);
    expect(types('The military government dissolved the national teachers union.')).toEqual(['COERCE/restrict']);
    expect(types('The African Union suspended Gabon from the bloc.')).toEqual(['SANCTION/discontinue']);
  });
});

describe('events: who does it decides the reading (recode-by-parties)', () => {
  it('should code a raid by police as a search (COERCE seize), by soldiers or rebels as an attack', () => {
    expect(types('Police officers raided the home of the opposition leader on Friday.')).toEqual(['COERCE/seize']);
    expect(types('Rebels raided a police station near Beni.').map((t) => t.split('/')[0])).toEqual(['ASSAULT']);
  });
});

describe('events: promises, roles and expectations (fold-complements, non-events, assign-modality)', () => {
  it('should code a promise of troops to defend someone as AGREE, a promise of troops with no such purpose as a threat', () => {
    expect(types('Guinea pledged to send troops to defend the junta in Conakry.')).toEqual(['AGREE/-']);
    expect(types('Moscow vowed to send troops to the border.').map((t) => t.split('/')[0])).toEqual(['THREATEN']);
  });

  it('should code no act for leading a government or a party, a standing role', () => {
    expect(types('Maria Lopes, who had led the government since March, resigned on Tuesday.')).toEqual(['RETREAT/resign']);
  });

  it('should code an act that commentators or residents only expect or fear as not happening', () => {
    expect(happening('Analysts expect further missile launches from the North.')).toEqual([]);
    expect(happening('Diplomats expect new sanctions on Minsk.')).toEqual([]);
    expect(happening('Residents anticipate more airstrikes on the town.')).toEqual([]);
    expect(happening('Analysts predict a military offensive in the spring.')).toEqual([]);
  });
});

describe('events: forces moved and insurgencies told by their arrival or their noun (triggers.json, events 80)', () => {
  it('should code soldiers arriving with no purpose of help as MOBILIZE, and with one as AID', () => {
    expect(types('About 300 soldiers arrived in Menaka on Sunday.')).toEqual(['MOBILIZE/troops']);
    expect(types('Rwandan troops arrived in Cabo Delgado to help the Mozambican army.')).toEqual(['AID/-']);
    expect(code('Police arrived at the scene an hour later.')).toEqual([]);
  });

  it('should code forces rushed somewhere and a buildup of forces as MOBILIZE', () => {
    expect(types('The army rushed troops to the northern border on Monday.')).toEqual(['MOBILIZE/troops']);
    expect(types('Satellite images show a buildup of Russian troops near Kharkiv.')).toEqual(['MOBILIZE/troops']);
  });

  it('should code an insurgency or rebellion waged or launched as an ASSAULT', () => {
    expect(types('The separatists have waged an insurgency in Balochistan since 2004.').map((t) => t.split('/')[0])).toEqual(['ASSAULT']);
    expect(types('Tuareg rebels launched a rebellion in the north in 2012.').map((t) => t.split('/')[0])).toEqual(['ASSAULT']);
  });
});

describe('events: hijackings and licences (triggers.json, events 81)', () => {
  it('should code a ship seized by pirates or fighters as a hijacking, by a state\'s forces or police as a seizure', () => {
    expect(types('Pirates seized a bulk carrier off the coast of Puntland.')).toEqual(['ASSAULT/abduct']);
    expect(types('Houthi fighters seized a car carrier in the Red Sea.')).toEqual(['ASSAULT/abduct']);
    expect(types('Police seized a fishing boat carrying 200 kilos of cocaine.')).toEqual(['COERCE/seize']);
  });

  it('should code a broadcaster\'s licence revoked as censorship', () => {
    expect(types('The media regulator revoked the licence of an independent radio station in Bujumbura.')).toEqual(['COERCE/censor']);
  });
});

describe('events: an infinitive the parse hangs on the object is the verb\'s complement (find-triggers hasComplementAmong, events 82)', () => {
  it('should code envoys or troops ordered to leave as expelled when "to leave" is parsed under the object', () => {
    const envoy = code('It had already shut the Swedish embassy and ordered the ambassador to leave.');
    expect(envoy.map((e) => `${e.event}/${e.mode}`)).toContain('SANCTION/expel');
    expect(types('Bamako ordered the French troops to leave.')).toEqual(['SANCTION/expel']);
  });
});
