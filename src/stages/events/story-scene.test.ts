import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// An act on the ground told with no place of its own happened in the town the story is set in (story-scene.ts).
// Every text here was written for this file.

const placeOf = (events: CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger)?.event_loc;

describe('events: the town the story is set in places acts that name none', () => {
  it('places later arrests and a dispersal, dated on days of their own, at the town the lead names', () => {
    const events = codeText('Hundreds of nurses marched through Tampere on Tuesday to demand higher pay. '
      + 'On Thursday police detained eleven nurses outside the hospital. Officers used pepper spray on a crowd on Friday.', '2024-05-11');
    expect(placeOf(events, 'detained')?.name).toBe('Tampere');
    expect(placeOf(events, 'used')?.name).toBe('Tampere');
    const why = events.find((e) => e.evidence.trigger.text === 'detained')!.why.join(' ');
    expect(why).toContain('the town the story is set in');
  });

  it('prefers the town of the lead to the capital of a wire dateline', () => {
    const events = codeText('HELSINKI, May 7 (Reuters) - Striking dockers blocked the port of Kotka on Tuesday, union officials said. '
      + 'Police detained about 30 of the strikers on Wednesday morning.', '2024-05-08');
    expect(placeOf(events, 'detained')?.name).toBe('Kotka');
  });

  it('keeps the dateline town when the lead names no other town of its state', () => {
    const events = codeText('BAMAKO, June 3 - Soldiers detained three traders at a checkpoint on Monday. Police later fired tear gas at a crowd.', '2024-06-04');
    expect(placeOf(events, 'detained')?.name).toBe('Bamako');
    expect(placeOf(events, 'detained')?.start).toBe(0);
  });

  it('does not set the story at a regional hub a wire dateline names when the lead tells of another country', () => {
    const events = codeText('NAIROBI, March 4 (Reuters) - Gunmen killed seven miners in an attack on a gold site near the Ugandan town of Arua on Sunday, '
      + 'officials said. Police detained four suspects on Monday.', '2024-03-05');
    expect(placeOf(events, 'detained')?.name).toBe('Arua');
  });

  it('lends the town to an act of an international force, which is on no state\'s ground of its own', () => {
    const events = codeText('Militiamen burned dozens of huts in Djugu on Tuesday. UN peacekeepers fired warning shots on Wednesday.', '2024-07-11');
    expect(placeOf(events, 'fired')?.name).toBe('Djugu');
  });

  it('reads a town whose name holds lower-case particles', () => {
    const events = codeText('Opposition supporters marched in Dar es Salaam on Monday. On Wednesday police detained 12 organisers.', '2024-05-09');
    expect(placeOf(events, 'detained')?.name).toBe('Dar es Salaam');
  });

  it('does not lend the town to a statement, to history, or to an act whose parties are all of another state', () => {
    const events = codeText('Protesters blocked roads in Tampere on Monday. The interior minister condemned the blockade. '
      + 'In 1918 Red Guards had seized the city. Russian jets bombed a power plant, the Ukrainian air force said.', '2024-05-08');
    const condemnation = events.find((e) => e.evidence.trigger.text === 'condemned');
    expect(condemnation, 'the condemnation is coded').toBeDefined();
    expect(condemnation!.event_loc).toBeNull();
    const bombing = events.find((e) => e.evidence.trigger.text === 'bombed');
    expect(bombing?.actor.map((p) => p.code), 'the bombing is coded as Russia\'s').toEqual(['RUS']);
    expect(bombing!.event_loc).toBeNull();
    // The history the story recalls (1918) is coded nowhere near the town, if at all.
    expect(events.filter((e) => (e.date ?? '').startsWith('1918')).every((e) => e.event_loc === null || e.background)).toBe(true);
  });

  it('names the town as the story writes it, not by the gazetteer\'s spelling', () => {
    const events = codeText('Hundreds of teachers marched through Thoubal on Tuesday to demand higher pay. Police detained twelve teachers on Wednesday.', '2024-05-11');
    expect(placeOf(events, 'detained')?.name).toBe('Thoubal');
  });
});
