import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-03-12' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => e.event);

describe('events: an act noun naming the kind of a party is no act (non-events.json kindModifiers)', () => {
  it('should code no protest or riot for "riot police" or "protest leaders"', () => {
    expect(types('Riot police clashed with students in Santiago.')).toEqual(['ASSAULT']);
    expect(types('Opposition protest leaders were detained in Lomé on Tuesday.')).toEqual(['COERCE']);
    expect(types('Protesters in Tbilisi were beaten by riot police overnight.')).toEqual(['ASSAULT']);
  });

  it('should still code the act of a verb the tagger read as a noun after its subject', () => {
    expect(types('Militants attack herders in Mopti.')).toEqual(['ASSAULT']);
  });
});

describe('events: an act noun that only dates another act is no act (non-events.json anteriority)', () => {
  it('should code no protest for a rally or demonstration that an arrest came ahead of or prior to', () => {
    expect(types('Security forces detained 15 opposition members in Lomé ahead of the rally.')).toEqual(['COERCE']);
    expect(types('Police detained several students in Dakar prior to the demonstration.')).toEqual(['COERCE']);
  });

  it('should keep a protest that an arrest happened during or after', () => {
    expect(types('Police detained 40 people in Caracas during the protest.')).toContain('PROTEST');
    expect(types('Police detained 40 people in Caracas after the protest.')).toContain('PROTEST');
  });
});

describe('events: a bare "in protest" on another act is its motive (find-triggers motiveOf)', () => {
  it('should code one act for an act of another type done in protest', () => {
    expect(types('Two ministers resigned in protest at the deal.')).toEqual(['RETREAT']);
    expect(types('Three judges resigned in protest over the ruling.')).toEqual(['RETREAT']);
  });

  it('should keep the protest where no other act is told ("gathered in protest")', () => {
    expect(types('Hundreds gathered in Lagos in protest at fuel prices.')).toEqual(['PROTEST']);
  });
});

describe('events: an act going on for years is a standing conflict (non-events.json standingStruggles)', () => {
  it('should code no act for fighting told in the perfect progressive over years or since a year', () => {
    expect(code('The rebels have been fighting the government in Bamako for more than a decade.')).toEqual([]);
    expect(code('The militia has been attacking villages since 2019.')).toEqual([]);
  });

  it('should keep an act going on for days', () => {
    expect(types('Rebels have been shelling the city for three days.')).toEqual(['ASSAULT']);
  });
});

describe('events: property set on fire (triggers.json "set … on fire")', () => {
  it('should code setting a building on fire as destruction, or a riot when protesters do it', () => {
    expect(types('A bank branch in Mutare was set on fire by angry customers.')).toEqual(['ASSAULT']);
    expect(code('Rioters set the governor\'s office on fire in Kano.').map((e) => `${e.event}/${e.mode}`)).toEqual(['PROTEST/riot']);
  });

  it('should code nothing for a crowd set on fire by a speech', () => {
    expect(code('Her speech set the crowd on fire.')).toEqual([]);
  });
});

describe('events: a former-word on a compound of the protesters (recode-by-parties formerWords)', () => {
  it('should code retired police officers protesting as a crowd\'s protest, not a verbal protest of the state', () => {
    expect(code('About 50 retired police officers protested in front of the Interior Ministry in Lusaka.').map((e) => `${e.event}/${e.mode}`)).toEqual(['PROTEST/demo']);
  });
});

describe('events: committing a wrong is no pledge (triggers.json commit notObjects @WRONGDOINGS)', () => {
  it('should code no agreement for crimes committed, in the active or as a participle after the noun', () => {
    expect(types('Rebels committed atrocities in the village.')).not.toContain('AGREE');
    expect(types('A report listed the abuses committed by the militia.')).not.toContain('AGREE');
  });

  it('should still code a commitment to a deal', () => {
    expect(types('The two governments committed to a ceasefire on Friday.')).toEqual(['AGREE']);
  });
});

describe('events: a count a toll is brought to is no act (guideline 5: cumulative tolls are neither sizes nor events)', () => {
  it('should code the act and not the count it brings a total to', () => {
    const events = code('Bandits killed 14 villagers in Katsina on Sunday, bringing to 200 the number killed in the state since January.');
    expect(events.map((e) => e.event)).toEqual(['ASSAULT']);
    expect(events[0]!.size.dead?.value).toBe(14);
  });

  it('should keep an act whose own figure is not a total', () => {
    expect(types('Soldiers killed 11 militants in Borno on Friday.')).toEqual(['ASSAULT']);
  });
});

describe('events: a refusal an accusation alleges is the accuser\'s claim, not a refusal told', () => {
  it('codes no REJECT for "accusing the gendarmes of failing to protect"', () => {
    expect(types('Hundreds of traders marched in Bouake on Friday, accusing the gendarmes of failing to protect their shops.')).toEqual(['PROTEST']);
  });

  it('still codes a refusal the writer tells', () => {
    expect(types('The army refused to protect the aid convoy.')).toEqual(['REJECT']);
  });
});
