import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Sizes (issue 14): the updated toll of an act is its size; a running total of a long-running act is not.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2022-06-08'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const assaults = (events: CodedEvent[]) => events.filter((e) => e.event === 'ASSAULT');

describe('toll updates: a toll brought to a figure is the size of the act it is the toll of', () => {
  it('codes a lone toll update as the act, dated by its own day, sized by the toll', () => {
    // Published on Wednesday 8 June 2022: "Saturday's" is 4 June.
    const [e, ...rest] = assaults(code("The death toll from Saturday's bombing at a bus station in Mzuzu rose to 19, police said."));
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ date: '2022-06-04', size: { dead: { value: 19 } } });
    expect(e!.size.dead!.cumulative).toBeUndefined();
  });

  it('replaces the first figure of an act by the later toll', () => {
    const text = 'Armed men killed at least 9 people in an attack on a village near Kasungu on Sunday, police said.\n\n'
      + 'Residents said the attackers burned houses and stole cattle.\n\n'
      + 'On Tuesday the death toll from the attack rose to 16 after more bodies were found in the bush, officials said.';
    const found = assaults(code(text));
    // The killing keeps its Sunday and takes the latest toll; the burning (another act of the raid) takes no dead.
    expect(found.find((e) => e.evidence.trigger.text === 'killed')).toMatchObject({ date: '2022-06-05', size: { dead: { value: 16 } } });
    expect(found.filter((e) => e.size.dead !== undefined)).toHaveLength(1);
  });

  it('dates a lone toll of a known act noun by the month when only the count is dated', () => {
    const [e] = assaults(code('On Tuesday the death toll from the attack in Mzuzu rose to 16, police said.'));
    expect(e).toMatchObject({ date: '2022-06', size: { dead: { value: 16 } } });
  });

  it('keeps a running total of a war as no size of the act', () => {
    const text = 'Rebels ambushed an army convoy near Cibitoke on Monday, killing four soldiers, the army said.\n\n'
      + 'The death toll from the conflict in the region rose to 1,200 this year, a monitoring group said.';
    const ambush = assaults(code(text)).find((e) => e.evidence.trigger.text === 'ambushed');
    expect(ambush?.size.dead?.value).toBe(4);
  });
});

describe('toll updates: what the update adds is no act and no size of its own', () => {
  it('folds the deaths an update tells into the act whose toll it brings up, named by a possessive day', () => {
    const text = 'Gunmen killed 5 traders at a market in Zomba on Saturday, police said.\n\n'
      + "The death toll from Saturday's attack rose to 8 on Monday after three of the wounded died in hospital.";
    const found = assaults(code(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2022-06-04', size: { dead: { value: 8 } } });
  });
});

describe('a retelling with a time of its own dates an act first told with none', () => {
  it('dates clashes told in an "after" phrase by the later sentence that says when they broke out', () => {
    const text = 'Police in Zambia arrested 31 people on Tuesday after clashes between rival miners at a waste dump outside Kitwe left six people dead.\n\n'
      + 'The fighting broke out on Sunday evening, police said.';
    const clash = assaults(code(text)).find((e) => e.evidence.trigger.text === 'clashes');
    expect(clash).toMatchObject({ date: '2022-06-05' });
  });
});

describe('sizes: a count of some of those counted before it is no size of its own', () => {
  it.each([
    ['Police in Lilongwe arrested 23 teachers, including two union leaders, on Tuesday.', 'arrested', { arrested: 23 }],
    ['Gunmen killed six villagers, among them three children, near Ngozi on Sunday.', 'killed', { dead: 6 }],
  ])('"%s"', (text, trigger, sizes) => {
    const e = code(text).find((x) => x.evidence.trigger.text === trigger);
    expect(Object.fromEntries(Object.entries(e?.size ?? {}).map(([k, v]) => [k, v?.value]))).toEqual(sizes);
  });
});

describe('sizes: an arrest or release of one named person counts one person', () => {
  it('sizes the arrest of one named person, and the release of one', () => {
    const arrest = code('Police arrested opposition leader Amina Okello in Kampala on Friday.').find((e) => e.event === 'COERCE');
    expect(arrest?.size.arrested?.value).toBe(1);
    const release = code('A court freed journalist Peter Mwangi on bail.').find((e) => e.event === 'RETREAT');
    expect(release?.size.persons?.value).toBe(1);
  });

  it('gives no count of one to an arrest of the people around a named person', () => {
    // The act's object is "relatives" or "bodyguards", of unknown number; the named man only says whose.
    const relatives = code('Detectives in Gulu detained the relatives of the former district chairman Moses Otim late on Sunday.').find((e) => e.event === 'COERCE');
    expect(relatives?.size.arrested?.value).not.toBe(1);
    const guards = code("Soldiers seized businessman Joseph Kato's bodyguards at a roadblock.").find((e) => e.event === 'COERCE');
    expect(guards?.size.arrested?.value).not.toBe(1);
  });

  it('gives no count of one to an arrest of several people', () => {
    const arrest = code('Police arrested Amina Okello and two of her aides on Friday.').find((e) => e.event === 'COERCE');
    expect(arrest?.size.arrested?.value).not.toBe(1);
  });
});

describe('a count over a long period, or from statistics, is no act (guideline 5)', () => {
  it.each([
    ['More than 300 travellers have been abducted on the northern highways since 2019.', 'abducted'],
    ['Security forces killed more than 900 suspects last year, according to official statistics.', 'killed'],
    ['Insurgents have shot dead over 80 troops in the delta since March, according to a tally by an independent monitor.', 'killed'],
    ['Over 2,000 farmers have been killed across the valley since the revolt erupted in 2017.', 'killed'],
    ["Friday's riots raised to 41 the number of demonstrators killed since the unrest started.", 'killed'],
    // A phrase that runs over a period: "over the past …", "in the last N …", "so far this …".
    ['Over the past decade, more than 1,500 herders have been abducted on the plateau.', 'abducted'],
    ['More than 600 journalists have been arrested during the last two years.', 'arrested'],
    ['So far this year, 70 reporters have been jailed across the region.', 'jailed'],
    // Credited to statistics, bare "last year" is the period counted over.
    ['Forty pilgrims were killed near Herat last year, according to government statistics.', 'killed'],
    // Charges brought over years are counted as arrests are.
    ['Over 150 opposition members have been prosecuted for sedition since 2018.', 'prosecuted'],
    // An act noun counted is many acts, whoever did them.
    ["The farmers' union has held more than 40 marches in the capital since 2020.", 'marches'],
    ['Rebel units have carried out more than 60 ambushes on army convoys in the hills since 2019.', 'ambushes'],
  ])('"%s"', (text, trigger) => {
    expect(code(text, '2024-09-20').filter((e) => e.evidence.trigger.text === trigger)).toHaveLength(0);
  });

  it.each([
    // A doer named, uncredited to statistics, is told as its acts.
    ['Drone strikes have killed at least eight rebel commanders since last July, officials said.', 'killed'],
    // A count since a day of the news is the news itself.
    ['At least 120 protesters have been arrested since Tuesday, the interior ministry said.', 'arrested'],
    ['Fighting between two armed factions has killed at least 14 residents of the port city since Friday, medics said.', 'killed'],
    // The period of another phrase ("the deadliest … since 2019") does not make the act a count.
    ['Gunmen killed four police officers at a checkpoint on Monday, the deadliest attack on the force since 2019.', 'killed'],
    ['Frontier troops exchanged fire near a contested reservoir on Sunday, killing two soldiers, in the first deadly clash since the two states signed a frontier accord in 2023.', 'exchanged fire'],
    // Bare "last year" or "N years ago" dates one incident; it runs over no period.
    ['Eight police officers were killed in an ambush outside Garissa last year.', 'killed'],
    ['About 25 traders were shot dead in a raid on a market near Mopti three years ago.', 'shot'],
    // One incident ("in a bombing") is an act whatever period is told with it.
    ['Forty pilgrims were killed in a bombing at a shrine near Herat last year, according to government statistics.', 'killed'],
    // Records are no statistics, and statistics make a count no act only over a long period.
    ['Police arrested 15 suspects in a raid on a depot in Nakuru last month, according to court records.', 'arrested'],
    ['At least 45 students have been arrested in Dhaka since Monday, according to figures from a rights group.', 'arrested'],
    // A doer named over a long period, uncredited, is told as its acts.
    ['Militia fighters have killed more than 300 farmers in the valley since 2021.', 'killed'],
    // Act nouns counted since a day of the news are the news itself.
    ['The navy has launched three strikes on smuggling boats off Berbera since Sunday.', 'strikes'],
  ])('keeps "%s"', (text, trigger) => {
    expect(code(text, '2024-09-20').filter((e) => e.evidence.trigger.text === trigger)).toHaveLength(1);
  });
});
