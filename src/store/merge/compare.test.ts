import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods.js';
import { quadClass } from '../plover.js';
import { compatibleSides, shareAParty } from './03-compatible-sides.js';
import { compare } from './compare.js';
import { reportedPeriod, type MentionFacts } from './facts.js';

/** Facts of a mention, from a shorthand: `ASSAULT AZE>ARM 2022-09-20 day`. */
function facts(event: string, actor: string[], recipient: string[], date: string | null, precision: MentionFacts['precision'], extra: Partial<MentionFacts> = {}): MentionFacts {
  return { event, mode: null, quad: quadClass(event), date, precision, period: periodOf(date), actor, recipient, country: null, ...extra };
}

// "Azerbaijan freed 17 Armenian prisoners of war on Tuesday" (2022-10-04), as other reports code it.
const release = facts('RETREAT', ['AZE'], ['ARM'], '2022-10-04', 'day', { mode: 'release' });

describe('compare', () => {
  const same: [string, MentionFacts][] = [
    ['the same coding', release],
    ['a report dated one day later (filed after midnight)', { ...release, date: '2022-10-05', period: periodOf('2022-10-05') }],
    ['a report with no recipient ("Baku freed prisoners")', { ...release, recipient: [] }],
    ['a report with no mode', { ...release, mode: null }],
    ['a report dated to the month ("this month")', { ...release, date: '2022-10', precision: 'month', period: periodOf('2022-10') }],
    ['a report with the sides in one role ("Armenia and Azerbaijan swapped prisoners")', { ...release, actor: ['ARM', 'AZE'], recipient: [] }],
    ['a report located in Armenia when the other has no place', { ...release, country: 'ARM' }],
  ];
  it.each(same)('should merge %s', (_name, other) => {
    expect(compare(release, other).ok).toBe(true);
  });

  const different: [string, MentionFacts, RegExp][] = [
    ['a release two days later', { ...release, date: '2022-10-06', period: periodOf('2022-10-06') }, /2 days apart/],
    ['a ceasefire on the same day', { ...release, mode: 'ceasefire' }, /different modes/],
    ['a release by other parties', { ...release, actor: ['RUS'], recipient: ['UKR'] }, /no shared party/],
    ['an undated mention', { ...release, date: null, precision: null, period: null }, /undated/],
    ['a report placed in another country', { ...release, country: 'GEO' }, /different countries/],
    ['a conflict event (another quad class)', { ...release, event: 'ASSAULT', quad: 4, mode: null }, /different types/],
    // A report published on 1 October can only tell a release of October done by then.
    ['a release dated to its month by a report published two days before', { ...release, date: '2022-10', precision: 'month', period: reportedPeriod('2022-10', '2022-10-01'), reportedBy: '2022-10-01' }, /days apart/],
  ];
  it.each(different)('should keep apart %s', (_name, other, reason) => {
    const result = compare({ ...release, country: 'ARM' }, other);
    expect(result.ok).toBe(false);
    expect(result.reasons.join('; ')).toMatch(reason);
  });

  it('should merge coarse dates only when they are the same date at the same precision', () => {
    const war2020 = facts('ASSAULT', ['AZE'], ['ARM'], '2020', 'year');
    expect(compare(war2020, war2020).ok).toBe(true);
    expect(compare(war2020, facts('ASSAULT', ['AZE'], ['ARM'], '2020-09', 'month')).ok).toBe(false);
  });

  it('should accept a quad-class match only with the same parties on the same day', () => {
    const assault = facts('ASSAULT', ['AZE'], ['ARM'], '2022-09-13', 'day');
    expect(compare(assault, { ...assault, event: 'COERCE' })).toMatchObject({ ok: true });
    expect(compare(assault, { ...assault, event: 'COERCE', recipient: [] }).ok).toBe(false);
  });

  it('should score an exact match above a looser one', () => {
    const loose = compare(release, { ...release, recipient: [], mode: null });
    expect(compare(release, release).score).toBeGreaterThan(loose.score);
  });
});

describe('shareAParty', () => {
  // Every split of up to three codes between the roles of two mentions.
  const CODES = ['ARM', 'AZE', 'USA'];
  const sides: [string[], string[]][] = [];
  for (let mask = 0; mask < 3 ** CODES.length; mask++) {
    const actor: string[] = [];
    const recipient: string[] = [];
    CODES.forEach((code, i) => {
      const where = Math.floor(mask / 3 ** i) % 3;
      if (where === 1) actor.push(code);
      if (where === 2) recipient.push(code);
    });
    sides.push([actor, recipient]);
  }

  it('should say false exactly when the sides rule finds no shared party', () => {
    for (const [actorA, recipientA] of sides) {
      for (const [actorB, recipientB] of sides) {
        const a = facts('ASSAULT', actorA, recipientA, '2022-09-13', 'day');
        const b = facts('ASSAULT', actorB, recipientB, '2022-09-13', 'day');
        expect(shareAParty(a, b)).toBe(!compatibleSides(a, b).reason.startsWith('no shared party'));
        if (!shareAParty(a, b)) expect(compare(a, b).ok).toBe(false);
      }
    }
  });
});

describe('reportedPeriod', () => {
  it('cuts a coarse date at the day its report was published', () => {
    expect(reportedPeriod('2022-10', '2022-10-12')).toEqual({ lo: '2022-10-01', hi: '2022-10-12' });
    expect(reportedPeriod('2022', '2022-03-01')).toEqual({ lo: '2022-01-01', hi: '2022-03-01' });
  });
  it('keeps the whole period of a day, of a date after the report, or with no report day', () => {
    expect(reportedPeriod('2022-10-04', '2022-10-01')).toEqual({ lo: '2022-10-04', hi: '2022-10-04' });
    expect(reportedPeriod('2022-11', '2022-10-20')).toEqual({ lo: '2022-11-01', hi: '2022-11-30' });
    expect(reportedPeriod('2022-10', null)).toEqual({ lo: '2022-10-01', hi: '2022-10-31' });
  });
});
