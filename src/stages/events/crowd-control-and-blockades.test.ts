import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Review 47 (B2-B5): crowd control, prison riots and blockades told apart by their words and doers; every sentence written for this file.
const coded = (text: string) => codeText(text, '2025-03-04');
const types = (text: string) => coded(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: deploying crowd-control weapons is crowd control only by their compound names', () => {
  it('should read artillery deployed as forces moved, not crowd control', () => {
    expect(types('The navy deployed heavy cannons on the island of Lamu on Friday.')).not.toContain('ASSAULT/crowd-control');
  });

  it('should still read water cannon or tear gas deployed as crowd control', () => {
    expect(types('Riot police deployed water cannon against students in Harare on Friday.')).toContain('ASSAULT/crowd-control');
  });
});

describe('events: a prison riot told with its cause is the inmates\' protest', () => {
  it('should code a jail riot told with its cause (over food) as PROTEST riot', () => {
    expect(types('Prisoners started a riot at the jail in Gulu on Sunday over poor food.')).toEqual(['PROTEST/riot']);
  });
});

describe('events: police who charge at or into a crowd control it; other charges are no crowd control', () => {
  it('should keep crowd control for a charge at a crowd', () => {
    expect(types('Police charged at the crowd of students in Accra on Friday.')).toContain('ASSAULT/crowd-control');
  });

  it('should not read a charge into a building to free captives as crowd control', () => {
    expect(types('Officers charged into the hotel in Bamako to rescue tourists seized by gunmen.')).not.toContain('ASSAULT/crowd-control');
  });
});

describe('events: a blockade an armed group owns is its restriction, not a protest', () => {
  it('should code a militia\'s blockade, named by a possessor, as COERCE restrict', () => {
    const found = types('The militia\'s blockade of the highway to Baidoa has cut off fuel deliveries for a month.');
    expect(found).toContain('COERCE/restrict');
    expect(found).not.toContain('PROTEST/obstruct');
  });

  it('should keep a blockade by civilians a protest\'s obstruction', () => {
    expect(types('Truckers\' blockade of the border crossing near Busia entered its third day.')).toEqual(['PROTEST/obstruct']);
  });
});
