import { describe, expect, it } from 'vitest';
import { makeDoc, makeDocWithActors } from '../../../test/helpers/make-doc.js';
import { entities } from './index.js';

function mentionsOf(text: string): string[] {
  const doc = makeDoc(text);
  entities().run(doc, { report: () => {} });
  return doc.mentions.map((m) => `${m.label}:${m.text}`);
}

describe('entities: organisations from the words around names', () => {
  it.each([
    ['Shares of Halvorsen & Lund Co rose after Halvorsen & Lund said it would cut jobs.', ['ORG:Halvorsen & Lund Co', 'ORG:Halvorsen & Lund']],
    ['Brakeford Industries Inc said profits rose. Brakeford shares climbed 3 percent.', ['ORG:Brakeford Industries Inc', 'ORG:Brakeford']],
    ['The state news agency Velta reported the arrests. Later Velta said the bridge was closed.', ['ORG:Velta', 'ORG:Velta']],
    ['A police official told Reuters the bridge was closed.', ['ORG:Reuters']],
    ['Passengers waited after Air France cancelled flights to Lagos.', ['ORG:Air France', 'GPE:France', 'GPE:Lagos']],
    ['Portlake Mining Corp of Canada and Halden Oil Corp said on Monday they would merge.', ['ORG:Portlake Mining Corp', 'GPE:Canada', 'ORG:Halden Oil Corp']],
    ['The deal was advised by Mirren Capital Inc.', ['ORG:Mirren Capital Inc']],
  ])('should read %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should read a compass point written as an initial as part of the place', () => {
    expect(mentionsOf('N. Korea urged S. Korea to return the veteran, S. Korean officials said.')).toEqual(['GPE:N. Korea', 'GPE:S. Korea', 'NORP:S. Korean']);
  });

  it('should read a hyphenated place as a description, not a place', () => {
    expect(mentionsOf('A London-based spokesman met a Brazilian-born striker in Lagos.')).toEqual(['NORP:London-based', 'NORP:Brazilian-born', 'GPE:Lagos']);
  });

  it('should read a headline in capitals with the company the story names', () => {
    expect(mentionsOf('BRAKEFORD PROFIT RISES\n\nBrakeford Industries Inc said profits rose.')).toEqual(['ORG:BRAKEFORD', 'ORG:Brakeford Industries Inc']);
  });

  it('should keep a town a place without company words around it', () => {
    expect(mentionsOf('Officials in Leeds said the council met on Monday.')).toEqual(['GPE:Leeds']);
  });
});

describe('entities: teams in a story about sport', () => {
  it('should read towns that compete as teams, and the venue as a place', () => {
    expect(mentionsOf('Leeds beat Burnley 2-1 in the league on Saturday, and the Burnley coach said the halftime talk failed. The match was played in Leeds.'))
      .toEqual(['ORG:Leeds', 'ORG:Burnley', 'ORG:Burnley', 'GPE:Leeds']);
  });

  it('should read the rows of a results table', () => {
    expect(mentionsOf('Soccer results in the league on Saturday:\n\nIpswich 2 Burnley 1\n\nSouthend 0 Wrexham 0')).toEqual(
      ['ORG:Ipswich', 'ORG:Burnley', 'ORG:Southend', 'ORG:Wrexham']);
  });

  it('should read clubs by their shape', () => {
    expect(mentionsOf('Norwich City drew with Real Madrid in a friendly; the Norwich striker scored at halftime before the league season.'))
      .toEqual(['ORG:Norwich City', 'ORG:Real Madrid', 'ORG:Norwich']);
  });

  it('should keep players people', () => {
    expect(mentionsOf('Maria Lopez beat Anna Kovacs 6-3 6-4 in the tennis semifinal on Sunday.')).toEqual(['PERSON:Maria Lopez', 'PERSON:Anna Kovacs']);
  });

  it('should not read teams outside a story about sport', () => {
    expect(mentionsOf('Troops entered Leeds and beat protesters on Saturday.')).toEqual(['GPE:Leeds']);
  });

  it('should not read a political story as sport for its words of leagues and goals', () => {
    expect(mentionsOf('The Arab League said its goals were unchanged, and Damascus rejected the plan before the league summit.'))
      .toEqual(['ORG:Arab League', 'GPE:Damascus']);
  });

  it('should not make a team a government actor', () => {
    const doc = makeDocWithActors('Leeds beat Burnley 2-1 in the league on Saturday after a goalless first half.');
    expect(doc.actors.filter((a) => a.sector === 'GOV' || a.code === 'GBR')).toEqual([]);
  });
});
