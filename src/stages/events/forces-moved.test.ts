import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Police, units and patrol craft moved somewhere by send, dispatch, order, move, move up and assign (triggers.json
// MOVED_UNITS, FORCE_OWNERS, PATROL_CRAFT; stop 49, h31h): the moved forces are the verb's object head or a passive
// subject, as for rush and fly in. A company is a unit only by an armed word or an armed mover, "coast guard" counts only
// as two words, and moving up needs a from/to phrase or a named place (ARMED_COMPANIES, PATROL_OWNERS, placePhrase; fx3).
// Sentences invented for these tests.
const code = (text: string) => codeText(text, '2025-09-12');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: police, units and patrol craft moved are a deployment (MOBILIZE)', () => {
  it('should code police personnel sent to a town, active or passive', () => {
    expect(types('Border police personnel were being sent to Cobija by air, according to the deputy minister\'s office.')).toContain('MOBILIZE/troops');
    expect(types('The governor sent 120 riot police officers to Oruro on Tuesday.')).toContain('MOBILIZE/police');
  });
  it('should code gendarmes ordered somewhere and an armed company moved or sent', () => {
    expect(types('Two squads of gendarmes were ordered to the salt pans near Kaolack after the clash.')).toContain('MOBILIZE/troops');
    expect(types('Two rifle companies were moved by the army across the river into Mopti overnight.')).toEqual(['MOBILIZE/troops']);
    expect(types('The colonel dispatched a company of marines to the port of Beira.')).toEqual(['MOBILIZE/troops']);
    // An armed sender makes a bare company a unit.
    expect(types('The army sent two companies to the northern valley after the raid.')).toEqual(['MOBILIZE/troops']);
  });
  it('should code patrol vessels sent and troops moving up or assigned to a post', () => {
    expect(types('The navy dispatched three patrol boats to the Gulf of Fonseca on Monday.')).toEqual(['MOBILIZE/troops']);
    expect(types('The police sent two coast guard boats to the reef off Mombasa on Sunday.')).toEqual(['MOBILIZE/troops']);
    expect(types('The commander assigned twelve paratroopers to the airport garrison in Juba.')).toEqual(['MOBILIZE/troops']);
    expect(types('Fresh troops moved up toward Goma on Tuesday.')).toEqual(['MOBILIZE/troops']);
  });
  it('should not code medics, a bare ship or officers given a task as forces moved', () => {
    expect(types('The health ministry sent 40 medical officers to the flooded district of Mongu.')).not.toContain('MOBILIZE/troops');
    expect(types('The firm sent two ships loaded with maize to Beira.')).not.toContain('MOBILIZE/troops');
    expect(types('The commissioner ordered the officers to investigate the theft of the cattle.')).not.toContain('MOBILIZE/troops');
  });
  it('should not code a business company ordered, moved or dispatched as a unit moved', () => {
    expect(types('The regulator ordered the company to return the deposits to its customers by Friday.')).not.toContain('MOBILIZE/troops');
    expect(types('The court ordered the company to restore power to the district.')).not.toContain('MOBILIZE/troops');
    expect(types('The government moved the state-owned company into administration on Monday.')).not.toContain('MOBILIZE/troops');
    expect(types('The firm dispatched two companies of engineers to the mine.')).not.toContain('MOBILIZE/troops');
  });
  it('should not code a guard\'s boats, bare units assigned or soldiers moving up to nowhere named', () => {
    expect(types('The mine owner sent the guard boat to the island.')).not.toContain('MOBILIZE/troops');
    expect(types('Two units were assigned to the surgical wing of the hospital in Juba.')).not.toContain('MOBILIZE/troops');
    expect(types('The soldiers moved up after the whistle.')).not.toContain('MOBILIZE/troops');
  });
});
