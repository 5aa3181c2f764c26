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
  it('should code a strike a workforce begins at its place of work as a labour protest', () => {
    const strike = code('Crane operators at the grain terminal of Constanta began a strike on Monday over unpaid overtime.').filter((e) => e.event === 'PROTEST');
    expect(strike.map((e) => e.mode)).toEqual(['strike']);
  });
  it('should not read a strike told only by the site it hit as a labour protest', () => {
    const deadly = code('An Ethiopian strike at the cement factory near Mekelle killed four workers on Sunday.').map((e) => e.event);
    expect(deadly).not.toContain('PROTEST');
    expect(code('A strike at a refinery near Tuapse started a fire that burned through the night.').map((e) => e.event)).not.toContain('PROTEST');
  });
});

describe('events: nouns of acts as objects of light verbs', () => {
  it('should code an exchange held with someone as a consultation', () => {
    const met = code("Peru's foreign minister, who held an exchange with Ecuadorian envoys last week, flew home on Monday.").filter((e) => e.event === 'CONSULT');
    expect(met).toHaveLength(1);
    expect(met[0]!.actor.map((p) => p.code)).toEqual(['PER']);
  });
  it('should not read a prisoner exchange or an exchange of fire as talks', () => {
    expect(code('The two armies held an exchange of prisoners at the border on Tuesday.').map((e) => e.event)).not.toContain('CONSULT');
    expect(code('Congolese soldiers held a long exchange of fire with insurgents outside Beni overnight.').map((e) => e.event)).not.toContain('CONSULT');
  });
  it('should code an operation launched against a group as an attack on it, and a joint one as cooperation', () => {
    const attack = code('Ethiopian troops launched an operation against Fano militiamen near Gondar on Monday.').filter((e) => e.event === 'ASSAULT');
    expect(attack).toHaveLength(1);
    expect(attack[0]!.recipient.map((p) => p.text).join(' ')).toMatch(/militiamen/);
    expect(code("Niger's army mounted a fresh operation against Boko Haram camps near Diffa last month.").map((e) => e.event)).toContain('ASSAULT');
    expect(code('Kenyan and Somali troops have carried out a combined operation near Dhobley since Sunday.').map((e) => e.event)).toContain('COOPERATE');
  });
  it('should not code a joint operation of one state\'s own forces as cooperation', () => {
    expect(code('Bolivian police and soldiers began a joint operation along the highway to Oruro.').map((e) => e.event)).not.toContain('COOPERATE');
  });
  it('should read an operation against a practice as no attack, and one the police launch against a gang as coercion', () => {
    expect(code('Customs officers in Tallinn launched an operation against cigarette smuggling last week.').map((e) => e.event)).not.toContain('ASSAULT');
    const raid = code('Mexican federal police launched an operation against a drug cartel in Sinaloa on Friday.').map((e) => e.event);
    expect(raid).toContain('COERCE');
    expect(raid).not.toContain('ASSAULT');
  });
  it('should code a criminal case opened or registered as an investigation', () => {
    const opened = code('Prosecutors in Almaty have opened a criminal case against the two bloggers.').filter((e) => e.event === 'ACCUSE');
    expect(opened.map((e) => e.mode)).toEqual(['investigate']);
    const byBody = code('Kyrgyzstan\'s Anti-Corruption Service announced that it has opened a criminal case over a rigged road tender.').filter((e) => e.event === 'ACCUSE');
    expect(byBody.map((e) => e.mode)).toEqual(['investigate']);
    expect(code('In the case of the missing fishermen, nothing is known.').map((e) => e.event)).not.toContain('ACCUSE');
  });
  it('should not read a lawsuit a firm files against an authority as an investigation', () => {
    expect(code('A bauxite miner filed a case against the environment agency in Conakry over its revoked permit.').map((e) => e.event)).not.toContain('ACCUSE');
  });
  it('should code passport checks as restrictions, and leave an obstruction of justice alone', () => {
    expect(code('Slovenia reintroduced passport checks for travellers entering from Croatia last week.').map((e) => e.event)).toContain('COERCE');
    expect(code('The senator was charged with obstruction of justice on Monday.').map((e) => e.event)).not.toContain('PROTEST');
  });
  it('should code an obstruction of a road only when people do it', () => {
    expect(code('Striking truck drivers began an obstruction of the highway near Rennes on Tuesday.').map((e) => e.event)).toContain('PROTEST');
    expect(code('Heavy rain caused the obstruction of the coastal road near Salerno on Tuesday.').map((e) => e.event)).not.toContain('PROTEST');
  });
  it('should code arms deliveries as aid by their supplier', () => {
    const aid = code('Ammunition deliveries by Canada to Latvia resumed in March, a ministry spokesman said.').filter((e) => e.event === 'AID');
    expect(aid).toHaveLength(1);
    expect(aid[0]!.actor.map((p) => p.code)).toEqual(['CAN']);
  });
});

describe('events: the doer an act noun names, and a subject that is itself an act', () => {
  it('should take the "by" agent the parse hangs on the target\'s phrase as the act noun\'s doer', () => {
    const raid = code('The assault on the barracks by Malian soldiers lasted two hours.').filter((e) => e.event === 'ASSAULT');
    expect(raid).toHaveLength(1);
    expect(raid[0]!.actor.map((p) => p.code)).toEqual(['MLI']);
  });
  it('should not take the "by" agent of an act the target names as the doer of the act noun', () => {
    const crackdown = code('Gendarmes mounted a harsh crackdown on marches by pensioners in Lyon.').filter((e) => e.event === 'COERCE');
    expect(crackdown.length).toBeGreaterThan(0);
    expect(crackdown.flatMap((e) => e.actor).map((p) => p.text).join(' ')).not.toMatch(/pensioners/);
  });
  it('should not make an act noun that is the subject of a protest its protester', () => {
    const protests = code("Ethiopia's bombardment of villages near Bahir Dar drew protests in Gondar on Monday.").filter((e) => e.event === 'PROTEST');
    expect(protests).toHaveLength(1);
    expect(protests[0]!.actor.map((p) => p.text).join(' ')).not.toMatch(/bombardment/);
  });
  it('should take the "of" phrase of a mediation noun as its mediator', () => {
    const mediation = code('After weeks in which the mediation of Oman kept both delegations at the table, the ceasefire held.').filter((e) => e.event === 'CONSULT');
    expect(mediation.flatMap((e) => e.actor).map((p) => p.code)).toEqual(['OMN']);
  });
});
