import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { findQuantities, parseNumberWords, quantities, QUANTITIES_VERSION } from './index.js';

const EXAMPLE = readFileSync(new URL('../../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url), 'utf8');

function quantityAt(text: string, needle: string) {
  const at = text.indexOf(needle);
  return findQuantities(text).find((q) => q.span.start <= at && at < q.span.end);
}

describe('findQuantities on the example page', () => {
  it.each([
    ['Azerbaijan freed 17 Armenian prisoners of war', '17', { value: 17, qualifier: 'exact', category: 'released', head: { text: 'prisoners of war' }, cue: { text: 'freed' } }],
    ['At least 286 people were killed', 'At least 286', { value: 286, qualifier: 'at least', category: 'dead', head: { text: 'people' }, cue: { text: 'killed' } }],
    ['claimed the lives of more than 6,500 soldiers', 'more than 6,500', { value: 6500, qualifier: 'more than', category: 'dead', head: { text: 'soldiers' }, cue: { text: 'claimed the lives of' } }],
    ['dispatched about 2,000 Russian peacekeepers', 'about 2,000', { value: 2000, qualifier: 'about', category: 'troops', head: { text: 'peacekeepers' }, cue: { text: 'dispatched' } }],
    ['claimed around 30,000 lives', 'around 30,000', { value: 30000, qualifier: 'about', category: 'dead', head: { text: 'lives' } }],
  ])('should read "%s"', (context, text, expected) => {
    const at = EXAMPLE.indexOf(context);
    const q = findQuantities(EXAMPLE).find((x) => x.span.start >= at && x.text === text);
    expect(q).toMatchObject({ text, ...expected });
  });

  it('should not count years, decades or "the two" on the page', () => {
    const texts = findQuantities(EXAMPLE).map((q) => q.text);
    expect(texts).not.toContain('2020');
    expect(texts).not.toContain('1991');
    expect(texts.filter((t) => t === 'two')).toEqual(['two']); // "two wars", not "the two held joint talks"
  });
});

describe('findQuantities rules', () => {
  it.each([
    // numbers in words and digits with scales
    ['Seventeen soldiers were wounded when their truck hit a mine.', 'Seventeen', 17, 'exact', 'injured'],
    ['Rebels freed two hundred hostages on Sunday.', 'two hundred', 200, 'exact', 'released'],
    ['Police detained a dozen protesters outside parliament.', 'a dozen', 12, 'exact', 'arrested'],
    ['Over 1.3 million people die in traffic accidents each year.', 'Over 1.3 million', 1_300_000, 'more than', 'dead'],
    ['Six hundred Congolese militiamen surrendered to the army.', 'Six hundred', 600, 'exact', 'persons'],
    // qualifiers
    ['Nearly 300 civilians fled the fighting.', 'Nearly 300', 300, 'about', 'displaced'],
    ['Almost 40 prisoners were released under the amnesty.', 'Almost 40', 40, 'about', 'released'],
    ['Some 450,000 Sudanese fled to Chad this year.', 'Some 450,000', 450_000, 'about', 'displaced'],
    ['Approximately 150 people are missing after the flood.', 'Approximately 150', 150, 'about', 'missing'],
    ['Up to 60 farmers demonstrated on Friday outside the ministry.', 'Up to 60', 60, 'up to', 'persons'],
    ['Fewer than 20 soldiers were injured in the attack.', 'Fewer than 20', 20, 'less than', 'injured'],
    ['After the landslide, the death toll climbed to more than 90.', 'more than 90', 90, 'more than', 'dead'],
    // vague counts
    ['Dozens of people were arrested after the rally.', 'Dozens', 24, 'dozens', 'arrested'],
    ['Hundreds of refugees crossed the border.', 'Hundreds', 200, 'hundreds', 'displaced'],
    ['Thousands of troops were deployed to the border.', 'Thousands', 2000, 'thousands', 'troops'],
    ['Scores of people were injured in the stampede.', 'Scores', 40, 'dozens', 'injured'],
    // "several" and "a few" before a unit count that unit, not three or two people
    ['Several hundred protesters blocked the harbour gates.', 'Several hundred', 300, 'hundreds', 'persons'],
    ['Police detained several dozen students near the campus.', 'several dozen', 36, 'dozens', 'arrested'],
    ['A few thousand villagers fled across the river.', 'few thousand', 2000, 'thousands', 'displaced'],
    // categories
    ['Kenya granted refugee status to 23 Ethiopian students.', '23', 23, 'exact', 'persons'],
    ['A drone strike on the market killed 40 people, the governor said.', '40', 40, 'exact', 'dead'],
    ['The delegation met 12 Palestinians in Ramallah.', '12', 12, 'exact', 'persons'],
    ['Police said 45 people were held overnight.', '45', 45, 'exact', 'arrested'],
    ['Security forces killed 5 people and wounded 12 others.', '12', 12, 'exact', 'injured'],
    ['More than 200,000 people were displaced by the fighting.', 'More than 200,000', 200_000, 'more than', 'displaced'],
    ['Canada sent 3,000 troops to Latvia.', '3,000', 3000, 'exact', 'troops'],
    ['Artillery fire destroyed 30 tanks near the village.', '30', 30, 'exact', 'other'],
    // Plurals of animals and things with no "-s" count them, not the dead a verb beside them tells.
    ['Gunmen stole 200 cattle and killed two herders near Katima Mulilo.', '200', 200, 'exact', 'other'],
    ['Rebels shot down two aircraft and killed 14 soldiers near Solwezi.', 'two', 2, 'exact', 'other'],
    ['Raiders killed 30 sheep near Mafeteng on Sunday.', '30', 30, 'exact', 'other'],
    // a cue the count before took is its own; a noun modifier before the counted noun
    ['Four miners were killed and 9 were injured in the blast.', '9', 9, 'exact', 'injured'],
    ['One policeman died and three were wounded when the bomb went off.', 'One', 1, 'exact', 'dead'],
    ['Five government soldiers died in the ambush.', 'Five', 5, 'exact', 'dead'],
    ['A sniper fired on the checkpoint on 14/03, killing one guard.', 'one', 1, 'exact', 'dead'],
  ])('should read "%s" → %s', (sentence, text, value, qualifier, category) => {
    expect(quantityAt(sentence, text)).toMatchObject({ text, value, qualifier, category });
  });

  it.each([
    ['Between 20 and 30 protesters were arrested.', 'Between 20 and 30', 20, 30],
    ['Police detained 20-30 people near the square.', '20-30', 20, 30],
    ['Officials said 20 to 30 people were killed.', '20 to 30', 20, 30],
  ])('should read the range in "%s"', (sentence, text, value, max) => {
    const q = quantityAt(sentence, text);
    expect(q).toMatchObject({ text, value, max, qualifier: 'range' });
    expect(findQuantities(sentence)).toHaveLength(1);
  });

  it.each([
    ['The Soviet Union collapsed in 1991.'],
    ['Ministers met on September 20 and again on 9 November.'],
    ['A 20-year-old man and a woman aged 35, who was 40 years old, were questioned.'],
    ['Turnout was 12% and support fell 3 percent.'],
    ['Norway will lend Ghana $25 million and 900 million cedis.'],
    ['The meeting began at 10:30 and ended at 3 p.m.'],
    ['Leaders of the Group of 20 discussed Resolution 2334 and Article 5.'],
    ['It was the 20th anniversary and the 3rd round of talks.'],
    ['The convoy travelled 45 kilometres over three days.'],
    ['No one was killed in the blast.'],
  ])('should count nothing in "%s"', (sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it('should read words that name properties of plain objects as words ("__proto__", "toString")', () => {
    expect(parseNumberWords('__proto__')).toBeUndefined();
    expect(findQuantities('They built 3 toString sets and 2 __proto__ items.').map((q) => q.category)).not.toContain('persons');
  });

  it('should not count the day of a date written with a slash', () => {
    expect(findQuantities('Troops shelled the village on 14/03, killing two civilians.').map((q) => q.text)).toEqual(['two']);
  });

  it.each([
    ['seventeen', 17], ['twenty-five', 25], ['two hundred', 200], ['one hundred and fifty', 150],
    ['a dozen', 12], ['two dozen', 24], ['three thousand', 3000], ['a', undefined], ['people', undefined],
  ])('should parse the number words "%s" as %s', (phrase, value) => {
    expect(parseNumberWords(phrase)).toBe(value);
  });
});

describe('findQuantities: running totals', () => {
  it.each([
    ['The war has killed more than 400,000 people.', 'more than 400,000', 'war has killed'],
    ['Nearly 3,000 people have died in the violence since 2014, the agency said.', 'Nearly 3,000', 'since 2014'],
    ['Some 130 activists have been jailed so far this year.', 'Some 130', 'so far this year'],
    ['In total, 35 people died in the floods and landslides.', '35', 'In total'],
    ['The overall death toll has climbed to 2,400, the ministry said.', '2,400', 'toll has climbed'],
    ['The clashes, which had killed 60 people as of 3 May, continued.', '60', 'as of 3 May'],
    ['Over the past decade, some 10,000 people were abducted by the group.', 'some 10,000', 'Over the past decade'],
    ['Since demonstrations erupted in May 2021, more than 80 people have been killed.', 'more than 80', 'Since demonstrations erupted'],
    ['Since fighting broke out, 140 soldiers have died.', '140', 'Since fighting broke out'],
    ['The junta took power in 2021. Since then, it has jailed more than 9,000 people.', 'more than 9,000', 'Since then'],
    ['Nine herders have been kidnapped near Gusau since Monday, and a total of 85 people have been seized in the district.', '85', 'a total of'],
  ])('should flag "%s" as cumulative', (sentence, text, cue) => {
    expect(quantityAt(sentence, text)).toMatchObject({ text, cumulative: true, cumulativeCue: { text: cue } });
  });

  it.each([
    ['Gunmen killed 7 villagers on Monday in a district where the insurgency has killed 900 since 2016.', '7'],
    ["The bombing's death toll has risen to 45, police said.", '45'],
    ['At least 14 people have died in clashes in the capital on Sunday.', 'At least 14'],
    ['The six-week war claimed the lives of more than 6,500 soldiers.', 'more than 6,500'],
    ['Troops killed 12 protesters on Friday, bringing the toll since March to more than 400 people.', '12'],
    // A total's cue told before a later figure is that figure's.
    ['Nine herders have been kidnapped near Gusau since Monday, and a total of 85 people have been seized in the district.', 'Nine'],
    ['Four miners were freed on Friday and a total of at least 30 have been released this month.', 'Four'],
  ])('should not flag the count of one act in "%s"', (sentence, text) => {
    const q = quantityAt(sentence, text);
    expect(q).toBeDefined();
    expect(q?.cumulative).toBeUndefined();
  });
});

describe('findQuantities: a toll brought to a figure counts the dead with no noun of its own', () => {
  it.each([
    ["The death toll from Friday's ambush near Kigoma rose to 31, the regional commissioner said.", '31'],
    ['By Thursday the toll from the bus bombing in Gitega had climbed to at least 17.', 'at least 17'],
    ['The death toll in the Lilongwe riots stood at nine on Wednesday evening.', 'nine'],
    ['The toll from the mine collapse reached 44 after rescuers recovered more bodies.', '44'],
  ])('"%s" → %s dead, not a running total', (sentence, text) => {
    const q = quantityAt(sentence, text);
    expect(q).toMatchObject({ text, category: 'dead', cue: { text: expect.stringMatching(/toll$/i) } });
    expect(q?.cumulative).toBeUndefined();
  });

  it.each([
    // The toll of a long-running act is its running total, whatever the tense.
    ['The death toll from the insurgency in Cabo Delgado rose to 4,000 last year, monitors said.', '4,000'],
    ['The toll of the civil war stood at 60,000 by the end of the decade.', '60,000'],
  ])('"%s" → %s is a running total', (sentence, text) => {
    expect(quantityAt(sentence, text)).toMatchObject({ text, category: 'dead', cumulative: true });
  });

  it('reads no preposition after a figure as a modifier of the noun after it', () => {
    expect(quantityAt('Rebels shot dead 5 villagers in Ruyigi before soldiers arrived.', '5')?.head?.text).toBe('villagers');
    expect(quantityAt('Soldiers shot 6 after villagers fled the market.', '6')?.head).toBeUndefined();
  });

  it('leaves a toll road\'s length and a toll with no verb of change uncounted', () => {
    expect(quantityAt('The toll road to Ndola reached 40 kilometres of new tarmac.', '40')).toBeUndefined();
    expect(quantityAt('Officials gave no toll for the attack, in which 3 buses burned.', '3')?.category).not.toBe('dead');
  });
});

describe('quantities stage', () => {
  it('should fill doc.quantities using the sentence spans', () => {
    const doc = makeDoc('At least 286 people were killed on both sides last month. The two held talks.');
    quantities().run(doc, { report: () => undefined });
    expect(doc.quantities).toMatchObject([{ text: 'At least 286', category: 'dead', origin: { stage: `quantities@${QUANTITIES_VERSION}` } }]);
    expect(quantities()).toMatchObject({ name: 'quantities', requires: ['sentences'], assigns: ['quantities'] });
  });
});

describe('findQuantities properties', () => {
  const check = (text: string): void => {
    for (const q of findQuantities(text)) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      for (const part of [q.head, q.cue]) {
        if (!part) continue;
        expect(part.start).toBeGreaterThanOrEqual(0);
        expect(part.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(part.start, part.end)).toBe(part.text);
      }
    }
  };
  it('should never crash and keep spans inside arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 300 });
  });
  it('should keep spans consistent on news-like word salad', () => {
    const words = ['at least', 'about', '17', '2,000', '1.3 million', 'two hundred', 'dozens', 'of', 'people', 'Armenian', 'prisoners', 'war', 'killed', 'freed', 'between', 'and', 'to', '-', '2020', '%', '$', '.', ','];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => check(parts.join(' '))), { numRuns: 300 });
  });
});

describe('parseNumberWords and object keys', () => {
  // `word in UNITS` was true for the names of Object.prototype's members (found by the property test).
  it.each(['__proto__', 'constructor', 'toString', 'a __proto__', 'hasOwnProperty'])('should not read %j as a number', (word) => {
    expect(parseNumberWords(word)).toBeUndefined();
  });
});

describe('findQuantities: a lead that opens with its figure under a byline', () => {
  // A capitalised word ends the line above ("By Ruth Achieng", a dateline "KISUMU"): it names no number on the next line.
  const page = 'Bus crash near Kericho\n\nThe Rift Valley Star | Kericho | Sunday, 8 June 2025\nBy Ruth Achieng\n\nAt least 14 passengers died and 30 were hurt when a bus left the road near Kericho on Saturday.';
  it('keeps the qualifier of the first figure and gives each figure its own verb', () => {
    expect(quantityAt(page, 'At least 14')).toMatchObject({ text: 'At least 14', value: 14, qualifier: 'at least', category: 'dead' });
    expect(quantityAt(page, '30 were')).toMatchObject({ value: 30, category: 'injured' });
  });
  it('still reads a name on the figure\'s own line as a name', () => {
    expect(quantityAt('Delegates of the Group of 20 met in Kericho.', '20')).toBeUndefined();
    expect(quantityAt('Passengers on Flight 17 were stranded.', '17')).toBeUndefined();
  });
});

describe('findQuantities: a count told right after its weekday', () => {
  // "On Thursday about 120 nurses …": the weekday is the act's time, not a name the number belongs to ("Flight 17").
  it.each([
    ['On Thursday about 120 protesters marched to the ministry in Kisumu.', 'about 120', { value: 120, qualifier: 'about', category: 'persons' }],
    ['On Friday 45 traders were arrested at the Gikomba market.', '45', { value: 45, category: 'arrested' }],
  ])('counts %j', (text, needle, expected) => {
    expect(quantityAt(text, needle)).toMatchObject(expected);
  });
  it('still reads a weekday and month as a date', () => {
    expect(quantityAt('Talks resumed on Friday 12 September in Kisumu.', '12')).toBeUndefined();
  });
});

describe('findQuantities: ages and partitives', () => {
  // A figure set off after a name or a person noun is the person's age; "N of the M" counts N, the whole M was counted before.
  it.each([
    ['A fisherman (47) was arrested off Kalamata.', '47'],
    ['A court in Patras let two of the eleven go on Friday.', 'eleven'],
    ['Guards released four of the 30 students they had held.', '30'],
  ])('reads no count in %j at %j', (text, needle) => {
    expect(quantityAt(text, needle)).toBeUndefined();
  });
  it('reads an age after a person mention, not after any capitalised word', () => {
    const text = 'Police in Varna detained Lina Moreau, 61, on Thursday.';
    const name = { start: text.indexOf('Lina'), end: text.indexOf(', 61') };
    expect(findQuantities(text, undefined, undefined, [name]).some((q) => q.text === '61')).toBe(false);
    // Without a person there, "Moreau" is a capitalised word like any other.
    expect(findQuantities(text).some((q) => q.text === '61')).toBe(true);
  });
  it('keeps the count after a place set off by commas', () => {
    // "Garissa" is a place, not a person: 14 is a count of those held, not an age.
    expect(quantityAt('Rangers arrested in Garissa, 14, and in Lamu, 5.', '14')).toMatchObject({ value: 14, category: 'arrested' });
  });
  it.each([
    ['Guards released four of the 30 students they had held.', 'four', { value: 4, category: 'released', head: { text: 'students' } }],
    ['Police detained 18 students, 12 of them minors, in Varna.', '18', { value: 18, category: 'arrested' }],
    ['About 60 nurses and relatives of patients blocked the clinic gate in Burgas.', 'About 60', { value: 60, qualifier: 'about', category: 'persons' }],
  ])('counts %j at %j', (text, needle, expected) => {
    expect(quantityAt(text, needle)).toMatchObject(expected);
  });
});
