import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Police, units and patrol craft moved somewhere by send, dispatch, order, move, move up and assign (triggers.json
// MOVED_UNITS, FORCE_OWNERS, PATROL_CRAFT; stop 49, h31h): the moved forces are the verb's object head or a passive
// subject, as for rush and fly in. Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-09-12');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: police, units and patrol craft moved are a deployment (MOBILIZE)', () => {
  it('should code police officers of a force sent to a town, active or passive', () => {
    expect(types('The interior ministry said 90 officers of the federal highway police force would be sent to Tarija.')).toContain('MOBILIZE/troops');
    expect(types('The governor sent 120 riot police officers to Oruro on Tuesday.')).toContain('MOBILIZE/police');
  });
  it('should code gendarmes ordered to a camp and a company moved into a district', () => {
    expect(types('On Friday the prefect ordered 35 more gendarmes to Kayes.')).toEqual(['MOBILIZE/troops']);
    expect(types('The Second Army Region moved an extra rifle company and three trucks into Sikasso on Friday.')).toEqual(['MOBILIZE/troops']);
  });
  it('should code patrol vessels sent and troops moving up or assigned to a sector', () => {
    expect(types('The navy dispatched three patrol boats to the Gulf of Fonseca on Monday.')).toEqual(['MOBILIZE/troops']);
    expect(types('A further 45 gendarmes were assigned to the Kidira sector on Thursday.')).toEqual(['MOBILIZE/troops']);
    expect(types('Curfew was declared in Bambari as more soldiers moved up from Bangassou.')).toContain('MOBILIZE/troops');
  });
  it('should not code medics, a bare ship or officers given a task as forces moved', () => {
    expect(types('The health ministry sent 40 medical officers to the flooded district of Mongu.')).not.toContain('MOBILIZE/troops');
    expect(types('The firm sent two ships loaded with maize to Beira.')).not.toContain('MOBILIZE/troops');
    expect(types('The commissioner ordered the officers to investigate the theft of the cattle.')).not.toContain('MOBILIZE/troops');
  });
});
