import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

const actorsOf = (text: string, trigger: string) => codeText(text, '2024-05-08').filter((e) => e.evidence.trigger.text === trigger).map((e) => partyCodes(e.actor));

describe('events: a subject "it" takes up the body the sentence before was about (roles mainSubjectTakenUp, events 284)', () => {
  it('should give an act told by "it" to the state or body that was the subject of the sentence before', () => {
    const text = "Kenya's foreign ministry condemned the raid on Monday. On Tuesday it summoned the Ugandan ambassador in Nairobi. It also recalled its envoy from Kampala.";
    expect(actorsOf(text, 'summoned')).toEqual(['KEN']);
    // "It" after "it": the same topic, taken from further back.
    expect(actorsOf(text, 'recalled')).toEqual(['KEN']);
  });

  it('should take up the speaker of the sentence before, whom a wire report goes on about', () => {
    expect(actorsOf('The Malian government said the convoy had been attacked near Gao. It ordered an inquiry and expelled a French diplomat.', 'expelled')).toEqual(['MLI']);
  });

  it('should not reach a person, a plural group or a subject inside the same sentence', () => {
    // "it" is never a person.
    expect(actorsOf('President Ruto visited Mombasa on Monday. It later banned all rallies in the county.', 'banned')).not.toContain('KEN');
  });

  it('should not take up the sentence before when a subject comes before the pronoun in its own sentence', () => {
    // "it" is the subject of the act itself, after the subject of the clause that opens its sentence: that nearer
    // subject is what "it" stands for, never Tanzania.
    const text = "Tanzania closed its main border crossing on Saturday. Once Kenya's transport ministry saw the lorries queuing, it complained to Dodoma.";
    expect(actorsOf(text, 'complained')).toEqual(['']);
  });

  it('should not give "they" the subject before when that subject acted on people "they" may stand for', () => {
    // The journalists, not the government that held them, had marched.
    expect(actorsOf("Uganda's government held 14 journalists at a police station in Gulu on Thursday. They had protested outside the information ministry a day earlier.", 'protested')).toEqual([]);
    // A crowd the subject charged: the rocks are the crowd's, or no one's, never the police's.
    expect(actorsOf('Riot police charged a crowd of taxi drivers at the Harare bus terminus on Tuesday. They hurled rocks back and blocked the main road.', 'hurled')).toEqual([]);
    // So too for people named in the act a speaker reports.
    expect(actorsOf("Rwanda's immigration office said it had expelled 30 Burundian traders. They accused the office of seizing their stock.", 'accused')).toEqual([]);
  });

  it('should not take up a party of the same code and sector as the act\'s recipient', () => {
    // The smelter's owner accuses the ministry, not the ministry itself.
    expect(actorsOf("Zambia's mines ministry suspended a copper smelter's licence on Monday. It accused the ministry of acting without a hearing.", 'accused')).toEqual(['']);
  });
});

describe('events: a pronoun subject of a clause hung on another takes up that clause\'s subject (roles governingSubjectTakenUp, events 374)', () => {
  it('should give an act told in an adverbial clause by "it" to the subject of the clause it hangs on', () => {
    expect(actorsOf("Uganda's army made its name in 2016, when it seized the port of Kisangani.", 'seized')).toEqual(['UGA']);
  });

  it('should give an act of a conjunct clause with its own "it" to the subject of the first clause', () => {
    expect(actorsOf("The Kenyan nurses' union walked out on Monday, and it has threatened to close the wards until May.", 'threatened')).toEqual(['KEN']);
  });

  it('should not make the label of a free relative an act of the subject ("condemned what it called …")', () => {
    const events = codeText('The Chilean foreign ministry denounced what it termed a reckless provocation.', '2024-05-08');
    expect(events.filter((e) => e.evidence.trigger.text === 'termed')).toEqual([]);
  });

  it('should give the act the uncoded body the act above was given by its own words', () => {
    const events = codeText("The nurses' union walked out in Mombasa on Monday, and it has threatened to close the wards until May.", '2024-05-08');
    expect(events.filter((e) => e.evidence.trigger.text === 'threatened').map((e) => e.actor.map((a) => a.text))).toEqual([["nurses' union"]]);
  });

  it('should not read a relative clause with no "that" as an act of the subject ("a policeman it had held")', () => {
    const text = 'The FARC on Monday handed over a policeman it had held captive for a year to a church commission.';
    expect(actorsOf(text, 'held')).toEqual([]);
  });

  it('should not take up a subject that undergoes the act above', () => {
    // The ministry is criticised, it does not act: "it" is left alone.
    expect(actorsOf("Ghana's health ministry was criticised on Monday after it suspended two hospital directors.", 'suspended')).not.toContain('GHA');
  });
});

describe('events: "they" inside its sentence takes up only a plural subject (roles governingSubjectTakenUp)', () => {
  it('should leave "they" of a condition alone when the subject above is one body named in the singular', () => {
    const text = 'The Chilean government is ready to meet the truckers tonight if they lift the roadblocks near Temuco.';
    expect(actorsOf(text, 'lift').flat()).not.toContain('CHL');
  });

  it('should give "they" of a clause to a plural subject above it', () => {
    expect(actorsOf('Nigerian soldiers entered Baga on Monday, and they arrested 14 fishermen at the market.', 'arrested')).toEqual(['NGA']);
  });
});
