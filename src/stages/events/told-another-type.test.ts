import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// Acts told with words that, read alone, name another PLOVER type (h31e, "told, another type").
// Every sentence here was written for this file.

const code = (text: string): CodedEvent[] => codeText(text, '2025-04-08');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: stepping in says no part (Phoenix INTERVENE group, catch-all aid)', () => {
  it('should not code a bare intervention as aid', () => {
    expect(types('A Nigerian-led force intervened in 2017 to restore the elected president of Gambia.').filter((t) => t.startsWith('AID'))).toEqual([]);
    expect(types('The mayor of Jos was released on Sunday after village chiefs intervened.').filter((t) => t.startsWith('AID'))).toEqual([]);
  });
});

describe('events: a service suspended for upkeep silences no one (triggers.json notReasons, TECHNICAL_REASONS)', () => {
  it('should not code a network suspended for maintenance or a fault as censorship', () => {
    expect(types('Vodacom suspended its mobile data network in Dodoma for maintenance on Saturday night.')).toEqual([]);
    expect(types('Airtel shut down its internet service in Kisumu because of a technical fault on Monday.')).toEqual([]);
  });

  it('should still code a shutdown by the state with no such reason', () => {
    expect(types('The junta suspended mobile internet in Mandalay on Friday.')).toEqual(['COERCE/censor']);
  });
});

describe('events: a ban on a thing, or a ban only described, coerces no one (triggers.json ban)', () => {
  it('should not code a ban on goods as coercion', () => {
    expect(types('The cabinet in Kigali banned plastic bags and polystyrene cups on Tuesday.').filter((t) => t.startsWith('COERCE'))).toEqual([]);
  });

  it('should not code a group named as banned as a new ban', () => {
    expect(types('The attackers belonged to a militant movement banned in Tajikistan.').filter((t) => t.startsWith('COERCE'))).toEqual([]);
  });

  it('should still code a ban on a gathering', () => {
    expect(types('Police in Harare banned the opposition rally on Thursday.')).toContain('COERCE/restrict');
  });
});

describe('events: a demand on signs carried in a march is the march (fold-complements carrierOf)', () => {
  it('should code one protest for a march with placards calling for something', () => {
    const events = code('Hundreds of nurses marched through Kumasi on Monday, carrying placards calling for unpaid allowances.');
    expect(events.map((e) => e.event)).toEqual(['PROTEST']);
    expect(events[0]!.evidence.trigger.text).toBe('marched');
  });

  it('should code one protest when the carrying participle is coordinated with another ("singing and waving placards …")', () => {
    const events = code('About two thousand dock workers marched through Mombasa to the county offices on Friday, singing and waving placards calling for permanent contracts.');
    expect(events.map((e) => e.event)).toEqual(['PROTEST']);
    expect(events[0]!.evidence.trigger.text).toBe('marched');
  });
});

describe('events: a warning of a harm no one is to do forecasts, it threatens no one (fold-complements forecastOnly)', () => {
  it('should not code a forecast of shortages or costs as a threat', () => {
    expect(types('The bakers\' union warned that shops in Mombasa could run out of bread by Friday if the flour trucks are not allowed through.')).toEqual([]);
    expect(types('If the pass stays closed into next month, clinics in Huaraz could run out of insulin, pharmacists warned.')).toEqual([]);
  });

  it('should keep a warning of what the warner or a party will do a threat', () => {
    expect(types('Ethiopia warned on Monday that it would respond to any incursion.').map((t) => t.split('/')[0])).toEqual(['THREATEN']);
    expect(types('The rebels will pay dearly, the governor of Kivu warned on Sunday.').map((t) => t.split('/')[0])).toEqual(['THREATEN']);
    // The condition ("if the strike went on") is no content, but the company that could act is a party.
    expect(types('Baltic Ferries warned that the company could hire crews from Gdansk if the strike went on.').map((t) => t.split('/')[0])).toContain('THREATEN');
  });
});

describe('events: a spokesman who hits back answers in words (triggers.json hit back)', () => {
  it('should code an official hitting back as one criticism, not an attack', () => {
    const t = types('The Zambian finance minister hit back on Friday, accusing the opposition of spreading lies about the loan.');
    expect(t.filter((x) => x.startsWith('ASSAULT'))).toEqual([]);
    expect(t.filter((x) => x.startsWith('ACCUSE'))).toHaveLength(1);
  });

  it('should keep forces that hit back an attack', () => {
    expect(types('Malian troops hit back with artillery strikes on the rebel camp near Kidal on Monday.').map((x) => x.split('/')[0])).toEqual(['ASSAULT']);
  });
});

describe('events: people expelled are deported, envoys expelled are a sanction (triggers.json DEPORTEES)', () => {
  it('should code people or clergy expelled as deportation (PLOVER COERCE deport)', () => {
    expect(types('Gendarmes expelled some 90 men across the river into Guinea late on Sunday.')).toEqual(['COERCE/deport']);
    expect(types('Authorities in Asmara expelled three Italian priests who had run a clinic for a decade.')).toEqual(['COERCE/deport']);
  });

  it('should keep envoys expelled a sanction', () => {
    expect(types('Latvia expelled two Belarusian diplomats on Thursday.')).toEqual(['SANCTION/expel']);
  });
});

describe('events: hosting what is no guest is no visit (triggers.json host, HOSTED_NOT_VISITING)', () => {
  it('should not code hosting refugees, a foreign unit or a games as a visit', () => {
    expect(types('Jordan has hosted 700,000 Syrian refugees for a decade.').filter((t) => t.startsWith('CONSULT'))).toEqual([]);
    expect(types('Niger had hosted a German air transport unit at Niamey until last year.').filter((t) => t.startsWith('CONSULT'))).toEqual([]);
  });

  it('should still code hosting a leader as a visit', () => {
    expect(types('President Mahama hosted the Togolese president in Accra on Monday.')).toEqual(['CONSULT/visit']);
  });
});

describe('events: blaming a cause that is no party accuses no one (triggers.json blame, BLAMED_CAUSES)', () => {
  it('should not code blaming a drought, corruption or a funding gap as an accusation', () => {
    expect(types('Traders in Kano blamed the drought and high fuel prices.')).toEqual([]);
    expect(types('Nurses in Tamale blamed the heat and a shortage of staff.')).toEqual([]);
  });

  it('should still code blaming a party, or an act on a party', () => {
    expect(types('The governor of Borno blamed the insurgents for the ambush.')).toEqual(['ACCUSE/allege']);
    expect(types('Police blamed the arson on a local gang.').filter((t) => t.startsWith('ACCUSE'))).toEqual(['ACCUSE/allege']);
  });
});

describe('events: the Phoenix verbs\' bare "force" and "guard" tell no act between parties (verb-triggers.ts)', () => {
  it('should not code a result, a manner or a passive with no one named as coercion', () => {
    expect(types('Angry fans forced their way past the stewards before the match in Kumasi.').filter((t) => t.startsWith('COERCE'))).toEqual([]);
    expect(types('The passengers were forced to wait on the roadside near Gulu for six hours.')).toEqual([]);
  });

  it('should still code a party forcing people to leave as coercion', () => {
    expect(types('Militiamen forced the villagers of Kabalo to leave on Sunday.')).toEqual(['COERCE/-']);
  });

  it('should not code guarding a place as help', () => {
    expect(types('About 30 armed men were still guarding the checkpoint near Bunia on Tuesday.')).toEqual([]);
  });
});
