import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { quantities } from './index.js';

function counts(text: string): [string, number, string][] {
  const doc = makeDoc(text);
  quantities().run(doc, { report: () => {} });
  return doc.quantities.map((q) => [q.text, q.value, q.category]);
}

describe('quantities read on the parse', () => {
  it.each([
    ['a bare number as the object of a counting verb', 'Troops killed one and arrested four in the raid.', [['one', 1, 'dead'], ['four', 4, 'arrested']]],
    ['a number whose noun the verb governs', 'The army killed six members of the gang near the border.', [['six', 6, 'dead']]],
    ['a headline passive', 'Seven killed and nine hurt in a blast at a bus depot.', [['Seven', 7, 'dead'], ['nine', 9, 'injured']]],
    ['the doers of the act, not its victims', 'Three gunmen killed two guards at the gate.', [['Three', 3, 'persons'], ['two', 2, 'dead']]],
    ['the object of a verb with a particle that kills', 'Soldiers gunned down four villagers near the river.', [['four', 4, 'dead']]],
    ['the object of a verb whose resultative says it died', 'Villagers stoned two suspected thieves to death in the market.', [['two', 2, 'dead']]],
    ['the passive subject of a verb whose resultative says it died', 'Five traders were burned to death in the attack.', [['Five', 5, 'dead']]],
    ['the doers of an act whose participle harms others', 'Armed with machetes, some 60 youths overran the checkpoint on Sunday, wounding four policemen.', [['some 60', 60, 'persons'], ['four', 4, 'injured']]],
    ['the dead who lost their lives, the cue inside the act', 'Nine miners lost their lives in the collapse.', [['Nine', 9, 'dead']]],
    // A communique's "neutralised" and the verbs of killing by intent count the dead, not just people.
    ['the fighters a communique neutralised', 'Soldiers neutralised eight rebels near the Zambian border on Sunday.', [['eight', 8, 'dead']]],
    ['the passive subject of "neutralized"', 'Eleven bandits were neutralized by troops outside Blantyre.', [['Eleven', 11, 'dead']]],
    ['the object of a murder', 'Gunmen murdered five farmers near Mzuzu on Saturday.', [['five', 5, 'dead']]],
    ['those assassinated', 'Two chiefs were assassinated in Mongu last week.', [['Two', 2, 'dead']]],
    // A sentence "to death" is a punishment: the condemned are people, not the dead.
    ['those a court sentenced to death', 'In a closed hearing, judges sentenced eleven smugglers to death in absentia.', [['eleven', 11, 'persons']]],
    ['those sentenced to death, as the passive subject', 'Five traders were sentenced to death by the high court in Ndola.', [['Five', 5, 'persons']]],
  ])('should count %s', (_case, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['the object of a killing participle', 'Some 40 heavily armed herders attacked a police checkpoint near Wase, killing an officer.', [['Some 40', 40, 'persons'], ['an officer', 1, 'dead']]],
    ['the passive subject of an arrest', 'A journalist was detained at the airport in Harare on Monday.', [['A journalist', 1, 'arrested']]],
    ['the object of a verb that wounds', 'Stray bullets wounded a shepherd near the border post on Sunday.', [['a shepherd', 1, 'injured']]],
    ['a suspect told with an ordinal', 'Police detained a third suspect at a bus station in Mzuzu on Sunday.', [['a third suspect', 1, 'arrested']]],
  ])('should count one person: %s', (_case, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('should not count one person who did the act or is not counted by the verb', () => {
    expect(counts('A soldier shot two villagers near the market.')).toEqual([['two', 2, 'persons']]);
    expect(counts('Police questioned a witness about the fire.')).toEqual([]);
  });

  it.each([
    ['two counts of the dead joined by "and"', 'In the gunfight that ensued, six fighters and two gendarmes were killed.', [['six fighters and two gendarmes', 8, 'dead']]],
    ['the object of the verb and its conjunct', 'Troops killed 12 militants and three civilians near the border on Sunday.', [['12 militants and three civilians', 15, 'dead']]],
    ['a singular person noun as one', 'Two soldiers and a driver died when their truck hit a mine outside Garissa.', [['Two soldiers and a driver', 3, 'dead']]],
    ['a person named by the noun before a count', 'Kidnappers seized a pastor and his two daughters near Lokoja on Friday.', [['a pastor and his two daughters', 3, 'persons']]],
    ['two persons each counted one by their article', 'Gunmen shot dead a soldier and a civilian at a checkpoint near Kidal on Monday.', [['a soldier and a civilian', 2, 'dead']]],
    ['at least a count and an exact one', 'Police detained at least 40 students and two teachers at the campus gate.', [['at least 40 students and two teachers', 42, 'arrested']]],
    ['three groups whose first equals the others', 'Police detained six protesters, four students and two journalists, a rights group said.', [['six protesters, four students and two journalists', 12, 'arrested']]],
    ['a person named before "and" a count of others', 'Police arrested Okoth and 12 others in Eldoret on Friday.', [['Okoth and 12 others', 13, 'arrested']]],
    ['a named person and others the parse hangs apart', 'Kamau and eight others have since been released from custody, their lawyer said.', [['Kamau and eight others', 9, 'released']]],
  ])('should sum %s', (_case, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['counts with verbs of their own', 'Troops killed 12 militants and wounded three civilians near the border.', [['12', 12, 'dead'], ['three', 3, 'injured']]],
    ['a count joined to a thing', 'Rebels seized four soldiers and a truck at the crossing.', [['four', 4, 'persons']]],
    ['a name and others not said to be people', 'Malawi and three others signed the accord in Lusaka.', [['three', 3, 'persons']]],
    // A weekday or a place before "and" is the time or place of an earlier act, not one of the others.
    ['a weekday before a count of others', 'A policeman was stabbed late on Sunday and three others were injured by stones.', [['three', 3, 'injured']]],
    ['a place after a preposition before a count of others', 'Soldiers detained a journalist in Juba and six others were held overnight.', [['a journalist', 1, 'arrested'], ['six', 6, 'arrested']]],
    ['a total and the groups it breaks down into', 'Police detained 12 people, eight miners and four drivers, at the quarry on Friday.', [['12', 12, 'arrested']]],
    ['a total and its groups, no comma after the list', 'Police detained 12 people, eight miners and four drivers at the quarry on Friday.', [['12', 12, 'arrested']]],
  ])('should not sum %s', (_case, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('should leave a count the parse does not tie to a counting verb as the window read it', () => {
    expect(counts('About 300 peacekeepers arrived in the capital.')).toEqual([['About 300', 300, 'persons']]);
  });
});
