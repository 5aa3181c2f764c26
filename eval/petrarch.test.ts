import { describe, expect, it } from 'vitest';
import type { EventParty } from '../src/core/document.js';
import { eventTuples, partyCode, scoreRecord, summarise, type PetrarchRecord } from './petrarch.js';

const party = (code: string | null, sector: string | null = null): EventParty => ({ code, sector, text: '', start: 0, end: 0 });
const event = (actor: EventParty[], recipient: EventParty[], type: string, cameo: string | null = null) => ({ actor, recipient, event: type, cameo });
const record = (events: PetrarchRecord['events'], expectNone = false): PetrarchRecord => ({ id: 'r', text: 'Arnor has agreed to reopen its embassy in Gondor.', events, notes: { category: 'DEMO', expect_no_events: expectNone } });

describe('partyCode', () => {
  it.each([
    [party('ARN', 'GOVFRM'), 'ARNGOVFRM'],
    [party(null, 'GOV'), '---GOV'],
    [party(null), null],
  ])('should compose %o', (p, code) => expect(partyCode(p)).toBe(code));
});

describe('eventTuples', () => {
  it('should give every ordered pair of a joint act with no recipient', () => {
    expect(eventTuples([event([party('GON'), party('OSG')], [], 'COERCE')]).map((t) => `${t.source}>${t.target}`)).toEqual(['GON>OSG', 'OSG>GON']);
  });
});

describe('scoreRecord', () => {
  it('should count the same (source, target, PLOVER type) as exact, whatever the CAMEO code', () => {
    // 064 and 060 are both COOPERATE in the CAMEO→PLOVER table.
    const item = scoreRecord(record([{ source: 'ARN', target: 'GON', cameo: '064' }]), [event([party('ARN')], [party('GON')], 'COOPERATE', '060')]);
    expect(item.status).toBe('exact');
    expect(item.cameoExact).toBe(false);
  });

  it('should leave out expected events with no PLOVER type and read --- as null', () => {
    const item = scoreRecord(record([{ source: 'ARN', target: 'GON', cameo: '064' }, { source: '---GOV', target: '---', cameo: '023' }]), [event([party('ARN')], [party('GON')], 'COOPERATE', '064')]);
    expect(item.unmappable).toHaveLength(1);
    expect(item.status).toBe('exact');
  });

  it.each([
    ['partial', [event([party('ARN')], [party('GON')], 'COOPERATE'), event([party('ARN')], [], 'AGREE')]],
    ['missed', [event([party('ARN')], [party('GON')], 'AGREE')]],
    ['missed', []],
  ])('should call it %s', (status, ours) => {
    expect(scoreRecord(record([{ source: 'ARN', target: 'GON', cameo: '064' }]), ours).status).toBe(status);
  });

  it('should call events where none was expected false events, and none exact', () => {
    expect(scoreRecord(record([], true), [event([party('ARN')], [party('GON')], 'COOPERATE')]).status).toBe('false-events');
    expect(scoreRecord(record([], true), []).status).toBe('exact');
  });
});

describe('summarise', () => {
  it('should report shares and expect_no_events records on their own', () => {
    const items = [
      scoreRecord(record([{ source: 'ARN', target: 'GON', cameo: '064' }]), [event([party('ARN')], [party('GON')], 'COOPERATE')]),
      scoreRecord(record([], true), [event([party('ARN')], [], 'AGREE')]),
    ];
    const result = summarise(items);
    expect(result.exact).toBe(0.5);
    expect(result.falseEvents).toBe(1);
    expect(result.noEvents).toEqual({ n: 1, exact: 0 });
    expect(result.byCategory).toEqual({ DEMO: { n: 2, exact: 1 } });
  });
});
