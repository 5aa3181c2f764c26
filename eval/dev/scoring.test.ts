import { describe, expect, it } from 'vitest';
import type { CodedEvent, EventParty } from '../../src/core/document.js';
import { acceptedTypes, acledActorCountry, scoreNote, tollWritten, type AcledNote } from './acled.js';
import { quadsOf, scoreClass, scoreRole } from './conflibert.js';
import { entitiesFromTags, goldOutcome, scoreStories, type Entity } from './ner.js';

const party = (text: string, start: number, code: string | null = null, sector: string | null = null): EventParty => ({ code, sector, text, start, end: start + text.length });

function ev(partial: Partial<CodedEvent> & { event: string }): CodedEvent {
  return {
    kind: 'event', id: 'e', doc_id: 'd', source: { id: 'n1', url: null, title: null, outlet: null, published: null }, mode: null, context: [], actor: [], recipient: [], third_party: [], date: '2016-07-02', date_precision: 'day',
    date_source: { rule: 'clause' }, background: false, modality: 'asserted', size: {}, event_loc: null,
    evidence: { sentence: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1, text: 'x' } }, confidence: 0.8, cameo: null, why: [],
    origin: { stage: 'test', resources: [] }, ...partial,
  };
}

const note = (partial: Partial<AcledNote>): AcledNote => ({
  id: 'n1', text: 'Gunmen killed two villagers near Kidal.', date: '2016-07-02', event_type: 'Violence against civilians', sub_event_type: null,
  actor1: 'Unidentified Armed Group (Mali)', inter1: '3', fatalities: 2, taxonomy: 'acled_pre2019', ...partial,
});

describe('ACLED notes', () => {
  it('should map ACLED types to the PLOVER types an analyst accepts', () => {
    expect(acceptedTypes('Battle-No change of territory')).toEqual(['ASSAULT']);
    expect(acceptedTypes('Riots/Protests')).toEqual(['PROTEST', 'ASSAULT']);
    expect(acceptedTypes('Strategic developments')).toBeNull();
  });

  it.each([
    ['Protesters (India)', 'IND'],
    ['Military Forces of Central African Republic (1990-)', 'CAF'],
    ['Unnamed Rebel Front', null],
    ['Militia (Local Faction)', null],
  ])('should read the country of the ACLED actor %j', (actor, code) => {
    expect(acledActorCountry(actor)).toBe(code);
  });

  it.each([
    ['Two people were killed in Bunia.', 2, true],
    ['At least 12 died.', 12, true],
    ['Several people were killed.', 3, false],
    ['A clash left 1,200 dead.', 1200, true],
    ['Troops killed 21 rebels.', 2, false],
  ])('should tell whether %j writes the toll %d out', (text, toll, expected) => {
    expect(tollWritten(text, toll)).toBe(expected);
  });

  it('should score type, figure and actor on the event of an accepted type', () => {
    const events = [
      ev({ event: 'ACCUSE', confidence: 0.9 }),
      ev({ event: 'ASSAULT', actor: [party('Gunmen', 0, 'MLI', 'UAF')], size: { dead: { value: 2, qualifier: 'exact' } } }),
    ];
    expect(scoreNote(note({}), events)).toMatchObject({ type: 'found', top: 'ACCUSE', fatalities: 'right', actorCountry: 'right', actorSector: true, tollWritten: true });
  });

  it.each<[string, Partial<AcledNote>, CodedEvent[], Record<string, unknown>]>([
    ['no event', {}, [], { type: 'no-event', fatalities: 'no-event', actorCountry: 'no-event' }],
    ['a wrong type', {}, [ev({ event: 'CONSULT' })], { type: 'wrong-type', fatalities: 'missing-figure', actorCountry: 'no-actor' }],
    ['another figure', {}, [ev({ event: 'ASSAULT', size: { dead: { value: 3, qualifier: 'exact' } }, actor: [party('Gunmen', 0)] })], { fatalities: 'wrong-figure', actorCountry: 'no-country' }],
    ['a death figure on a note without deaths', { fatalities: 0 }, [ev({ event: 'ASSAULT', size: { dead: { value: 3, qualifier: 'exact' } } })], { fatalities: 'spurious-figure' }],
    ['no death figure on a note without deaths', { fatalities: 0 }, [ev({ event: 'ASSAULT' })], { fatalities: 'right-no-figure' }],
  ])('should classify %s', (_name, over, events, expected) => {
    expect(scoreNote(note(over), events)).toMatchObject(expected);
  });
});

describe('ConfliBERT quad classes and roles', () => {
  it('should let REQUEST, CONCEDE and SANCTION stand for two classes', () => {
    expect(quadsOf('ASSAULT')).toEqual([4]);
    expect(quadsOf('REQUEST')).toEqual([1, 3]);
    expect(quadsOf('CONCEDE')).toEqual([1, 2]);
    expect(quadsOf('SANCTION')).toEqual([3, 4]);
  });

  it.each<[number, CodedEvent[], string]>([
    [4, [ev({ event: 'ASSAULT' })], 'right'],
    [1, [ev({ event: 'ACCUSE', confidence: 0.9 }), ev({ event: 'CONSULT', confidence: 0.5 })], 'wrong-class'],
    [2, [], 'no-event'],
    [0, [], 'statement-no-event'],
    [0, [ev({ event: 'ACCUSE' })], 'statement-coded'],
  ])('should score gold class %d against the top event', (gold, events, outcome) => {
    expect(scoreClass({ id: 'x', text: 'x', penta_class: gold, penta_label: 'x' }, events).outcome).toBe(outcome);
  });

  it('should tell found, swapped and missing roles apart', () => {
    const spanOf = (p: EventParty) => ({ start: p.start, end: p.end });
    const events = [ev({ event: 'ASSAULT', actor: [party('Troops', 0)], recipient: [party('rebels', 14)] })];
    expect(scoreRole({ start: 0, end: 6 }, events, 'actor', spanOf)).toBe('found');
    expect(scoreRole({ start: 14, end: 20 }, events, 'actor', spanOf)).toBe('swapped');
    expect(scoreRole({ start: 30, end: 40 }, events, 'recipient', spanOf)).toBe('other-span');
    expect(scoreRole({ start: 0, end: 6 }, [ev({ event: 'ASSAULT' })], 'actor', spanOf)).toBe('no-party');
  });
});

describe('CoNLL names', () => {
  const text = 'Peter Such met Essex officials in Leeds';
  const spans = [[0, 5], [6, 10], [11, 14], [15, 20], [21, 30], [31, 33], [34, 39]].map(([start, end]) => ({ start: start!, end: end! }));

  it('should read IOB2 tags into character spans', () => {
    const gold = entitiesFromTags(['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'B-LOC'], spans, text);
    expect(gold.map((g) => `${g.label}:${g.text}`)).toEqual(['PER:Peter Such', 'ORG:Essex', 'LOC:Leeds']);
  });

  it('should classify each gold entity and score exact spans per class', () => {
    const gold: Entity[] = [
      { start: 0, end: 10, label: 'PER', text: 'Peter Such' }, { start: 15, end: 20, label: 'ORG', text: 'Essex' }, { start: 34, end: 39, label: 'LOC', text: 'Leeds' },
    ];
    const ours: Entity[] = [
      { start: 6, end: 10, label: 'PER', text: 'Such' }, { start: 15, end: 20, label: 'LOC', text: 'Essex' }, { start: 34, end: 39, label: 'LOC', text: 'Leeds' },
      { start: 11, end: 14, label: 'MISC', text: 'met' },
    ];
    expect(gold.map((g) => goldOutcome(g, ours).outcome)).toEqual(['boundary', 'wrong-label', 'found']);
    const r = scoreStories([{ id: 's', text, gold, ours }]);
    expect(r.perLabel.LOC).toMatchObject({ tp: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(r.perLabel.PER.f1).toBe(0);
    expect(r.spurious).toEqual({ MISC: 1 });
  });
});
