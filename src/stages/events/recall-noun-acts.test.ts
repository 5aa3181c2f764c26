import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Acts told by a noun (issue 14, recall): the object of a light verb, a noun naming its own doer, a noun told at its place.
// Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-09-12');

describe('events: a labour strike told by its doer or its place of work', () => {
  it('should code a strike whose possessor is a union or an association as a labour protest by it', () => {
    const strike = code("The Malawi Nurses Association's strike has shut wards in Lilongwe and Zomba.").filter((e) => e.event === 'PROTEST');
    expect(strike.map((e) => e.mode)).toEqual(['strike']);
    expect(strike[0]!.actor.map((p) => p.text)).toEqual(['Malawi Nurses Association']);
  });
  it('should code a past strike at a place of work, dated by its own year, as a background protest', () => {
    const strike = code('The last strike at the copper mine, in 2013, lasted twelve days.').filter((e) => e.event === 'PROTEST');
    expect(strike.map((e) => [e.mode, e.date, e.background])).toEqual([['strike', '2013', true]]);
  });
  it('should leave a strike at a place by a state\'s force an attack', () => {
    const types = code('A Russian strike at the port of Izmail killed three dock workers on Tuesday.').map((e) => e.event);
    expect(types).toContain('ASSAULT');
    expect(types).not.toContain('PROTEST');
  });
});

describe('events: nouns of acts as objects of light verbs', () => {
  it('should code an exchange held with someone as a consultation', () => {
    const met = code('The Dutch foreign minister held an exchange with the Georgian opposition leader in The Hague on Tuesday.').filter((e) => e.event === 'CONSULT');
    expect(met).toHaveLength(1);
    expect(met[0]!.actor.map((p) => p.code)).toEqual(['NLD']);
  });
  it('should not read a prisoner exchange or an exchange of fire as talks', () => {
    expect(code('The two armies held an exchange of prisoners at the border on Tuesday.').map((e) => e.event)).not.toContain('CONSULT');
  });
  it('should code an operation launched against a group as an attack on it, and a joint one as cooperation', () => {
    const attack = code('Ethiopian troops launched an operation against Fano militiamen near Gondar on Monday.').filter((e) => e.event === 'ASSAULT');
    expect(attack).toHaveLength(1);
    expect(attack[0]!.recipient.map((p) => p.text).join(' ')).toMatch(/militiamen/);
    expect(code('A joint operation with the armies of Benin and Togo is under way along the border.').map((e) => e.event)).toContain('COOPERATE');
  });
  it('should code a criminal case opened or registered as an investigation', () => {
    const opened = code('Prosecutors in Almaty have opened a criminal case against the two bloggers.').filter((e) => e.event === 'ACCUSE');
    expect(opened.map((e) => e.mode)).toEqual(['investigate']);
    expect(code('In the case of the missing fishermen, nothing is known.').map((e) => e.event)).not.toContain('ACCUSE');
  });
  it('should code identity checks and a restriction order as restrictions, and leave an obstruction of justice alone', () => {
    expect(code('Swiss police carried out identity checks on all buses arriving from Milan on Friday.').map((e) => e.event)).toContain('COERCE');
    expect(code('The mayor of Lae issued a restriction order closing the market on Monday.').map((e) => e.event)).toContain('COERCE');
    expect(code('The senator was charged with obstruction of justice on Monday.').map((e) => e.event)).not.toContain('PROTEST');
  });
  it('should code arms deliveries to a state as aid to it', () => {
    const aid = code("Norway's arms deliveries to Estonia began in 2024, officials said.").filter((e) => e.event === 'AID');
    expect(aid).toHaveLength(1);
    expect(aid[0]!.recipient.map((p) => p.code)).toEqual(['EST']);
  });
});

describe('events: the doer an act noun names, and a subject that is itself an act', () => {
  it('should take the "by" agent the parse hangs on the target\'s phrase as the act noun\'s doer', () => {
    const raid = code('The assault on the barracks by Malian soldiers lasted two hours.').filter((e) => e.event === 'ASSAULT');
    expect(raid).toHaveLength(1);
    expect(raid[0]!.actor.map((p) => p.code)).toEqual(['MLI']);
  });
  it('should not make an act noun that is the subject of a protest its protester', () => {
    const protests = code("Ethiopia's bombardment of villages near Bahir Dar drew protests in Gondar on Monday.").filter((e) => e.event === 'PROTEST');
    expect(protests).toHaveLength(1);
    expect(protests[0]!.actor.map((p) => p.text).join(' ')).not.toMatch(/bombardment/);
  });
  it('should take the "of" phrase of a mediation noun as its mediator', () => {
    const mediation = code('The prisoner swap became possible thanks to the mediation of Oman.').filter((e) => e.event === 'CONSULT');
    expect(mediation.flatMap((e) => e.actor).map((p) => p.code)).toEqual(['OMN']);
  });
});
