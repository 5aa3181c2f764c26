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
    ['Passengers waited after Air Malawi cancelled flights to Lagos.', ['ORG:Air Malawi', 'GPE:Malawi', 'GPE:Lagos']],
    ['Portlake Mining Corp of Canada and Halden Cement Corp said on Monday they would merge.', ['ORG:Portlake Mining Corp', 'GPE:Canada', 'ORG:Halden Cement Corp']],
    ['The deal was advised by Tarnvik Capital Inc.', ['ORG:Tarnvik Capital Inc']],
    ['Dock workers at Norway Shipping stopped work.', ['ORG:Norway Shipping', 'GPE:Norway']],
  ])('should read %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('should read a headline in capitals with the company the story names', () => {
    expect(mentionsOf('BRAKEFORD PROFIT RISES\n\nBrakeford Industries Inc said profits rose.')).toEqual(['ORG:BRAKEFORD', 'ORG:Brakeford Industries Inc']);
  });

  it('should read a compass point written as an initial as part of the place', () => {
    expect(mentionsOf('Talks between N. Macedonia and S. Sudan resumed, S. Sudanese diplomats said.')).toEqual(['GPE:N. Macedonia', 'GPE:S. Sudan', 'NORP:S. Sudanese']);
  });

  it('should read a hyphenated place as a description, not a place', () => {
    expect(mentionsOf('A Mombasa-based trader and a Kenyan-born pilot landed in Gulu.')).toEqual(['NORP:Mombasa-based', 'NORP:Kenyan-born', 'GPE:Gulu']);
  });

  it('should keep a town a place without company words around it', () => {
    expect(mentionsOf('Officials in Harrogate said the council met on Monday.')).toEqual(['GPE:Harrogate']);
  });

  it('should keep a trade word alone a common word', () => {
    expect(mentionsOf('Chemical plants near Gulu were shut.')).toEqual(['GPE:Gulu']);
  });
});

describe('entities: teams in a story about sport', () => {
  it('should read towns that compete as teams, and the venue as a place', () => {
    expect(mentionsOf('Tamworth beat Kettering 2-1 in the league on Saturday, and the Kettering coach said the halftime talk failed. The match was played in Tamworth.'))
      .toEqual(['ORG:Tamworth', 'ORG:Kettering', 'ORG:Kettering', 'GPE:Tamworth']);
  });

  it('should read the rows of a results table', () => {
    expect(mentionsOf('Soccer results in the league on Saturday:\n\nTamworth 2 Kettering 1\n\nHexham 0 Ludlow 0')).toEqual(
      ['ORG:Tamworth', 'ORG:Kettering', 'ORG:Hexham', 'ORG:Ludlow']);
  });

  it('should read clubs by their shape', () => {
    expect(mentionsOf('Hexham United drew with Real Harrogate in a friendly; the Hexham striker scored at halftime before the league season.'))
      .toEqual(['ORG:Hexham United', 'ORG:Real Harrogate', 'ORG:Hexham']);
  });

  it('should read a club by its nickname, a capitalised plural', () => {
    expect(mentionsOf('The Falcons beat the Hexham Wolves 3-1 on Saturday, with the halftime score level in the league.')).toEqual(['ORG:Falcons', 'ORG:Hexham Wolves']);
  });

  it('should keep players people', () => {
    expect(mentionsOf('Maria Lopez beat Anna Kovacs 6-3 6-4 in the tennis semifinal on Sunday.')).toEqual(['PERSON:Maria Lopez', 'PERSON:Anna Kovacs']);
  });

  it('should not read teams outside a story about sport', () => {
    expect(mentionsOf('Troops entered Tamworth and beat protesters on Saturday.')).toEqual(['GPE:Tamworth']);
  });

  it('should not read a political story as sport for its words of leagues and goals', () => {
    expect(mentionsOf('The Arab League said its goals were unchanged, and Damascus rejected the plan before the league summit.'))
      .toEqual(['ORG:Arab League', 'GPE:Damascus']);
  });

  it('should not make a team a government actor', () => {
    const doc = makeDocWithActors('Tamworth beat Kettering 2-1 in the league on Saturday after a goalless first half.');
    expect(doc.actors.filter((a) => a.sector === 'GOV' || a.code === 'GBR')).toEqual([]);
  });
});
