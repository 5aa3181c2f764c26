import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

/** Recipients no text names, given by the state the act is placed in (infer-party-codes.ts storyStateRecipient). Sentences are our own. */

const code = (text: string): CodedEvent[] => codeText(text, '2022-05-10');
/** The event of `type` coded from `text`, which must be there for the test to say anything. */
function eventOf(text: string, type: string): CodedEvent {
  const event = code(text).find((e) => e.event === type);
  expect(event, `${type} in ${JSON.stringify(text)}`).toBeDefined();
  return event!;
}
const recipients = (e: CodedEvent) => e.recipient.map((p) => p.code);

describe('events: an act placed at home, aimed at no one named, is aimed at its own state', () => {
  it('should aim a ban by police at the state\'s own people, with the place as evidence', () => {
    const event = eventOf('Police in Kisumu banned the march on Tuesday.', 'COERCE');
    expect(event.recipient.map((p) => [p.code, p.sector, p.text])).toEqual([['KEN', 'CVL', 'Kisumu']]);
  });

  it('should aim a protest by its people at the state\'s government', () => {
    const event = eventOf('Hundreds of Kenyan nurses marched through Eldoret on Friday over eight months of unpaid wages.', 'PROTEST');
    expect(event.recipient.map((p) => [p.code, p.sector])).toEqual([['KEN', 'GOV']]);
  });

  it('should keep the recipient the text names', () => {
    const event = eventOf('Police in Kisumu arrested 14 Ugandan traders on Tuesday.', 'COERCE');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should give no recipient to an act done abroad', () => {
    const event = eventOf('Zambian truck drivers blocked the main road outside Lubumbashi on Monday over new border fees.', 'PROTEST');
    expect(event.recipient).toEqual([]);
  });

  it('should give no recipient to a type that needs a named other side (talks)', () => {
    const event = eventOf('Kenyan opposition leaders met in Kisumu on Tuesday.', 'CONSULT');
    expect(event.recipient).toEqual([]);
  });

  // A state's unplaced acts most often face outward: it is not their target.
  it.each([
    ['The Nepalese cabinet asked donor countries on Friday for forty transport helicopters.', 'REQUEST', 'NPL'],
    ['Georgian artillery shelled a fuel depot before dawn, the defence ministry said.', 'ASSAULT', 'GEO'],
    ['Venezuela warned on Thursday that it could halt all gas exports within a week.', 'THREATEN', 'VEN'],
    ['The Malian junta blamed unnamed foreign agitators for stirring the unrest.', 'ACCUSE', 'MLI'],
    ['Ghana\'s defence minister vowed that the army would hit back hard at any incursion.', 'THREATEN', 'GHA'],
  ])('should not aim %j at its own state', (text, type, state) => {
    expect(recipients(eventOf(text, type))).not.toContain(state);
  });
});

describe('events: a refusal, yielding or agreement at home, answering no one named, answers the state\'s own side', () => {
  it.each([
    ['The dockers\' union in Mombasa turned down the new pay scale on Monday.', 'REJECT', 'KEN'],
    ['The city council in Kumasi agreed on Wednesday to reopen the central market.', 'AGREE', 'GHA'],
  ])('should aim %j at its own state, with no sector', (text, type, state) => {
    const event = eventOf(text, type);
    expect(event.recipient.map((p) => [p.code, p.sector])).toEqual([[state, null]]);
  });

  it('should give no recipient to a refusal made abroad', () => {
    const event = eventOf('The Zambian truckers\' association in Lubumbashi rejected the new toll on Monday.', 'REJECT');
    expect(event.actor.map((p) => p.code)).toEqual(['ZMB']);
    expect(recipients(event)).not.toContain('ZMB');
  });

  // A firm's refusal at home is coded within its state as a union's is, but the doer's own name ("Kenya" in a firm's
  // name) never stands for the side it answers: the state's evidence is another mention (here the dateline's).
  it('should give a firm\'s refusal at home a recipient whose evidence is not its own name', () => {
    const text = 'MOMBASA, Kenya — Kenya Pipeline Company rejected the merger proposal on Thursday.';
    const event = code(text).find((e) => e.event === 'REJECT' && e.actor.some((p) => p.code === 'KEN'));
    expect(event, `a KEN refusal in ${JSON.stringify(text)}`).toBeDefined();
    for (const party of event!.recipient) {
      expect(event!.actor.some((d) => d.start < party.end && party.start < d.end)).toBe(false);
    }
    expect(recipients(event!)).toEqual(['KEN']);
  });

  it('should keep the other state the sentence names as the one answered', () => {
    const event = eventOf('Chile\'s foreign ministry in Santiago rejected the proposal from Argentina on Monday.', 'REJECT');
    expect(recipients(event)).toEqual(['ARG']);
  });
});

describe('events: an attack at home by armed men of no state sector, aimed at no one named, is aimed at the state\'s own side', () => {
  it('should aim it at its own state, with no sector', () => {
    const event = eventOf('Armed men raided a farm outside Bulawayo overnight.', 'ASSAULT');
    expect(event.recipient.map((p) => [p.code, p.sector])).toEqual([['ZWE', null]]);
  });

  it('should not aim an attack by the state\'s own forces at its own state', () => {
    const event = eventOf('Soldiers in Gulu shelled a hillside camp on Friday.', 'ASSAULT');
    expect(event.event_loc?.country_code).toBe('UGA');
    expect(recipients(event)).not.toContain('UGA');
  });
});

describe('events: an act from outside the state an article is about, placed there and aimed at no one named, is aimed at that state', () => {
  const story = [
    'Kisumu, Kenya',
    'Police in Kisumu arrested 30 opposition supporters on Monday. Kenyan officials said the detainees would appear in court in Nairobi on Thursday.',
  ].join('\n');

  it('should aim an unplaced demand by the state\'s people at its government', () => {
    const event = eventOf(`${story} The Kenyan teachers union demanded a fresh pay deal on Wednesday.`, 'REQUEST');
    expect(event.recipient.map((p) => [p.code, p.sector])).toEqual([['KEN', 'GOV']]);
  });

  it('should not aim an unplaced demand by the state itself at the state', () => {
    const event = eventOf(`${story} The Kenyan government appealed on Wednesday for donations of tents and blankets.`, 'REQUEST');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should aim a demand of the UN made there at the state the story is about', () => {
    const event = eventOf(`${story} The United Nations human rights office urged restraint in Kisumu on Tuesday.`, 'REQUEST');
    expect(recipients(event)).toEqual(['KEN']);
  });

  it('should not aim it there when its sentence names another state', () => {
    const event = eventOf(`${story} The United Nations human rights office urged Uganda to show restraint on Tuesday.`, 'REQUEST');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should not aim unplaced talks at the state the story is about (a type often aimed at several sides)', () => {
    expect(recipients(eventOf(`${story} An African Union mediator held a round of consultations on Wednesday.`, 'CONSULT'))).not.toContain('KEN');
  });

  // Analysts code an international body's unplaced call or charge in a story about one state as aimed at that state.
  it.each([
    ['The World Health Organization appealed on Wednesday for cholera vaccines.', 'REQUEST'],
    ['Amnesty International accused the authorities on Wednesday of torturing detainees.', 'ACCUSE'],
  ])('should aim the unplaced act %j at the state the story is about', (sentence, type) => {
    expect(recipients(eventOf(`${story} ${sentence}`, type))).toEqual(['KEN']);
  });

  // So are an unplaced agreement or refusal of an international body or of another state (the annotated sets code them
  // at the story's state); but another state's unplaced attack may be its war elsewhere.
  it.each([
    ['The World Bank agreed on Tuesday to release a new loan.', 'AGREE', 'IGO'],
    ['Norway rejected the proposed fishing quotas on Tuesday.', 'REJECT', 'NOR'],
  ])('should aim the unplaced act %j at the state the story is about', (sentence, type, doer) => {
    const event = eventOf(`${story} ${sentence}`, type);
    expect(event.actor.map((p) => p.code)).toContain(doer);
    expect(recipients(event)).toEqual(['KEN']);
  });

  it('should not aim another state\'s unplaced attack at the state the story is about', () => {
    const event = eventOf(`${story} Ethiopian jets bombed a bridge on Tuesday.`, 'ASSAULT');
    expect(event.actor.map((p) => p.code)).toContain('ETH');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should not aim an outside state\'s agreement about its own affairs at the state the story is about', () => {
    const event = eventOf(`${story} Finland agreed on Monday to double its grain reserves by next spring.`, 'AGREE');
    expect(event.actor.map((p) => p.code)).toEqual(['FIN']);
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should not aim an outsider\'s act on its own affairs at the state, even placed there', () => {
    const own = eventOf(`${story} The World Bank agreed in Nairobi on Tuesday to double its staff in the region.`, 'AGREE');
    expect(own.event_loc?.country_code).toBe('KEN');
    expect(recipients(own)).not.toContain('KEN');
    const other = eventOf(`${story} The World Bank agreed in Nairobi on Tuesday to double the staff in the region.`, 'AGREE');
    expect(recipients(other)).toEqual(['KEN']);
  });

  it('should not aim an outsider\'s act placed in another state at the state the story is about', () => {
    const event = eventOf(`${story} The World Bank agreed in Kampala on Tuesday to release a new loan.`, 'AGREE');
    expect(event.event_loc?.country_code).toBe('UGA');
    expect(recipients(event)).not.toContain('KEN');
  });
});

describe('events: a state\'s own demand, charge or threat at home, naming no one, is aimed at its own side', () => {
  const story = ['Kisumu, Kenya', 'Police in Kisumu arrested 30 opposition supporters on Monday.'].join('\n');
  /** The event told by the word `trigger`, which must be there for the test to say anything. */
  function toldBy(text: string, trigger: string): CodedEvent {
    const event = code(text).find((e) => e.evidence.trigger.text === trigger);
    expect(event, `${trigger} in ${JSON.stringify(text)}`).toBeDefined();
    return event!;
  }

  it('should aim the state\'s own threat at its own side with no sector', () => {
    const event = toldBy(`${story} The Kenyan interior minister warned on Wednesday that anyone blocking roads in Kisumu would be prosecuted.`, 'warned');
    expect(event.recipient.map((p) => [p.code, p.sector])).toEqual([['KEN', null]]);
  });

  it('should aim a state official\'s call at its own side', () => {
    const event = toldBy(`${story} The mayor of Kisumu called on the state on Wednesday to send more police.`, 'called on');
    expect(recipients(event)).toEqual(['KEN']);
  });

  it('should not aim the state\'s own threat at itself when its sentence names another state', () => {
    const event = toldBy(`${story} The Kenyan interior minister warned on Wednesday that Uganda would pay for any raid.`, 'warned');
    expect(recipients(event)).not.toContain('KEN');
  });

  it('should not aim the state\'s appeal for goods at its own side: it asks donors', () => {
    const event = toldBy(`${story} The Kenyan government appealed on Wednesday for donations of tents and blankets.`, 'appealed');
    expect(recipients(event)).not.toContain('KEN');
  });
});
