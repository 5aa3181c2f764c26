import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Event dates (issue 14, "Dates"): where the parse hangs a time, whose date a wire dateline is, and when a refusal told
// in the present perfect was made.
const dateOf = (text: string, trigger: string, published: string) => {
  const e = codeText(text, published).find((x) => x.evidence.trigger.text === trigger);
  return e ? `${e.date} ${e.date_precision}` : 'no event';
};

describe('event dates: a refusal in the present perfect is a stance of the year only when told as one held for long', () => {
  const P = '2023-11-08';
  it.each([
    ['Ankara has long denied arming the militia in the north.', 'denied', '2023 year'],
    ['The junta has repeatedly rejected the mediators\' proposal for a transition.', 'rejected', '2023 year'],
    // A bare present perfect is fresh news: the month of the publication.
    ['The junta has rejected the mediators\' latest proposal for a transition, two diplomats said.', 'rejected', '2023-11 month'],
    // Told in the simple past, or with a time of its own, it is an act of its month or day as before.
    ['The junta rejected the mediators\' proposal for a transition.', 'rejected', '2023-11 month'],
    ['The junta has rejected the mediators\' proposal on Monday.', 'rejected', '2023-11-06 day'],
    // A past perfect is no stance held up to now.
    ['Border guards had refused to let the reporters cross into the enclave.', 'refused', '2023-11 month'],
    // Another type in the perfect keeps the month.
    ['The rebels have accused the army of shelling the market in Tombouctou.', 'accused', '2023-11 month'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger, P)).toBe(expected);
  });
});

describe('event dates: a time the parse hangs on a word after the act\'s verb is the verb\'s', () => {
  const P = '2023-11-08'; // a Wednesday
  it.each([
    // Between the object of a verb of asking and its infinitive.
    ['On behalf of the families, a lawyers\' association pressed the governor of Mopti on Monday to reopen the schools.', 'pressed', '2023-11-06 day'],
    // Before a bare participle telling more of the object.
    ['Gendarmes arrested three men on Tuesday suspected of smuggling fuel across the border near Kayes.', 'arrested', '2023-11-07 day'],
    // A word after the verb misread as a complement clause of its own carries the act's time.
    ['The two engineers were freed unhurt on Monday after a ransom was paid.', 'freed', '2023-11-06 day'],
    // Before the comma of a verb of saying set after the act, though the parse hangs it on that verb.
    ['Coast guard vessels seized two fishing boats off Dakhla late on Monday, the fisheries ministry announced.', 'seized', '2023-11-06 day'],
    // The telling's own time follows its subject: the act has none of its own.
    ['Coast guard vessels seized two fishing boats off Dakhla, the fisheries ministry announced on Monday.', 'seized', '2023-11 month'],
    // Closing a modifier of the act's object, or a clause with no subject inside one: it describes the party, and the
    // time closes the act's clause, though the parse hangs it on the modifier.
    ['Gendarmes detained two drivers accused of carrying fuel for the rebels at a checkpoint outside Kayes on Monday.', 'detained', '2023-11-06 day'],
    ['The governor said gendarmes had detained two men accused of working as couriers for the rebels in the village of Bafoulabé on Tuesday.', 'detained', '2023-11-07 day'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger, P)).toBe(expected);
  });
});

describe('event dates: a wire dateline left on its lead dates no act', () => {
  const P = '2023-11-08'; // a Wednesday
  it.each([
    ['Nov 8 (Reuters) - Militants stormed a fuel depot outside Kidal late on Tuesday, residents said.', 'stormed', '2023-11-07 day'],
    // With no time of its own the act is of the month, not of the day the story was filed.
    ['Nov 8 (Reuters) - Militants stormed a fuel depot outside Kidal, residents said.', 'stormed', '2023-11 month'],
    ['Nov 8, 2023 KIDAL (AP) - Militants stormed a fuel depot outside the town, residents said.', 'stormed', '2023-11 month'],
    // An abbreviation in brackets and a dash inside a sentence is no dateline: the time before it stays the act's.
    ['On Monday, the Northern Alliance (NA) — a coalition of militias — stormed an army base near Gao.', 'stormed', '2023-11-06 day'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger, P)).toBe(expected);
  });
});

describe('event dates: a deed a teller reports in the past perfect keeps the telling\'s month, however the parse reads its verb', () => {
  const P = '2023-06-08'; // a Thursday
  it.each([
    // The participle after the object ("killing …") goes on with "had struck", which the parse read as the object's modifier.
    ['Military officials said on Monday that the air force had struck militia positions near Kutum, west of Nyala, killing "dozens of fighters".', 'killing', '2023-06 month'],
    // A deed in the simple past under the same telling is of the telling's day, as before.
    ['Military officials said on Monday that the air force struck militia positions near Kutum, killing 30 fighters.', 'struck', '2023-06-05 day'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger, P)).toBe(expected);
  });
});

describe('event dates: a possessive time ("Thursday\'s rally") sets no story time for the sentences after it', () => {
  const P = '2023-06-08'; // a Thursday
  it.each([
    ['Hundreds of riot police were deployed in the square ahead of Thursday\'s rally. Police arrested 12 men in Tororo.', 'arrested', '2023-06 month'],
    // A time of the sentence's own act still does.
    ['Riot police stormed the square on Tuesday. Police arrested 12 men in Tororo.', 'arrested', '2023-06-06 day'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger, P)).toBe(expected);
  });
});

describe('event dates: a clause counted from an act named by its noun ("the day before the strike") is moved by the distance', () => {
  const P = '2023-05-18'; // a Thursday
  const story = 'A missile strike on a bus station in Kherson killed nine people on Tuesday, officials said. ';
  it.each([
    [`${story}The day before the strike, the two sides swapped 30 prisoners of war.`, 'swapped', '2023-05-15 day'],
    [`${story}Two days after the attack, police arrested four men in Odesa.`, 'arrested', '2023-05-18 day'],
    // An act recalled as history between them is not the one the noun refers back to.
    [`${story}Russian troops took the dam in 2022, in the first weeks of the war. The day before the strike, the two sides swapped 30 prisoners of war.`, 'swapped', '2023-05-15 day'],
    // With no distance, the act the noun names dates the clause, as before.
    [`${story}After the attack, police arrested four men in Odesa.`, 'arrested', '2023-05-16 day'],
  ])('"%s" → %s', (text, trigger, expected) => {
    expect(dateOf(text, trigger, P)).toBe(expected);
  });
});
