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
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: acts the parse had lost (syntax 49)', () => {
  it('should code the act of a past tense the tagger read as a noun', () => {
    expect(types('The army fought rebels near Rutshuru on Sunday.')).toEqual(['ASSAULT/-']);
    expect(types('The EU froze funding to the ministry in Bangui.')).toContain('SANCTION/-');
  });

  it('should code the act told after a relative clause on a reported subject', () => {
    const shot = code('Police said gunmen who arrived on motorcycles opened fire on worshippers in Sokoto.');
    expect(shot.map((e) => `${e.event}/${e.mode}`)).toEqual(['ASSAULT/firearms']);
    expect(shot[0]!.actor.map((p) => p.text)).toEqual(['gunmen']);
    const torched = code('Witnesses said militants who stormed the village torched houses in Tillaberi.');
    expect(torched.some((e) => e.event === 'ASSAULT' && e.mode === 'destroy' && e.actor.some((p) => p.text === 'militants'))).toBe(true);
  });

  it('should code the act after "after" whose subject the tagger read as a number', () => {
    const burned = code('Thousands fled to Chad after militiamen torched villages in Darfur.');
    expect(burned.map((e) => `${e.event}/${e.mode}`)).toEqual(['ASSAULT/destroy']);
    expect(burned[0]!.actor.map((p) => p.text)).toEqual(['militiamen']);
  });
});

describe('events: a participle adjunct tells the purpose as an infinitive does (events 191)', () => {
  it('should read people gathering "demanding" something as a protest gathering', () => {
    expect(types('Thousands of farmers gathered outside parliament in Sofia, demanding higher subsidies.')).toContain('PROTEST/demo');
    expect(types('Hundreds of mourners gathered at the cemetery on Sunday, denouncing the killing of the reporter.')).toContain('PROTEST/demo');
  });
});

describe('events: the doer and the manner decide the reading (triggers.json 2026-12-05n)', () => {
  it('should read strikes staged or launched by workers and unions as a labour protest, however counted', () => {
    const wave = code('Unions launched a wave of strikes across Zambia on Monday.');
    expect(wave.map((e) => `${e.event}/${e.mode}`)).toEqual(['PROTEST/strike']);
    // The unions named by the counting noun's verb strike, not the country the strikes spread across.
    expect(wave[0]!.actor.map((p) => p.text)).toEqual(['Unions']);
    expect(types('Nurses called a series of strikes at public hospitals in Harare.')).toEqual(['PROTEST/strike']);
    // A state or its forces launching strikes still attack.
    expect(types('Israel launched a wave of strikes on Gaza on Monday.')).toEqual(['ASSAULT/-']);
  });

  it('should code no obstruction by snow, rain or other weather', () => {
    expect(code('Heavy snow blocked traffic in Kabul on Tuesday.')).toEqual([]);
    expect(code('Torrential rain blocked roads in Sylhet.')).toEqual([]);
    expect(types('Protesters blocked traffic in Sylhet.')).toEqual(['PROTEST/obstruct']);
  });

  it('should code a walkout from a sitting in protest as a protest (a withdrawal from its work), not a refusal of talks', () => {
    expect(types('Opposition MPs walked out of parliament in protest on Tuesday.')).toEqual(['PROTEST/boycott']);
    // Workers walking out in protest stage a strike (review of events 179).
    expect(types('Dockers walked out in protest over unpaid wages on Tuesday.')).toEqual(['PROTEST/strike']);
  });
});

describe('events: what the repaired parses keep apart', () => {
  it('should take the women as the target of a second verb joined after an object, not the words "raped women"', () => {
    const looted = code('Soldiers looted homes and raped women in the village of Kalo.');
    expect(looted.flatMap((e) => e.recipient.map((p) => p.text))).toContain('women');
  });

  it('should make the sides of a mediation hung on its light verb its recipients, its subject the actor', () => {
    const [mediation] = code('Former Nigerian president Olusegun Obasanjo undertook mediation mission between Ethiopia and Tigrayan leader Debretsion Gebremichael.');
    expect(mediation).toMatchObject({ event: 'CONSULT', mode: 'third-party' });
    expect(mediation!.actor.map((p) => p.code)).toEqual(['NGA']);
    expect(mediation!.recipient.map((p) => p.code)).toContain('ETH');
  });
});

describe('events: a truce told with no party of its own (events 179)', () => {
  it('should give the truce the armed sides of the fighting told before it, not its victims', () => {
    const events = code('Fighting between the Sudanese army and the RSF killed 40 people in Omdurman on Friday. A ceasefire took effect at midnight.');
    const truce = events.find((e) => e.event === 'RETREAT' && e.mode === 'ceasefire');
    expect(truce?.actor.map((p) => `${p.code}/${p.sector}`)).toEqual(['SDN/MIL', 'SDN/PRM']);
  });

  it('should not take the place of the fighting for a side (review of events 181)', () => {
    const events = code('Fighting between the army and the RSF killed 40 in Omdurman on Friday. A ceasefire took effect at midnight.');
    const truce = events.find((e) => e.event === 'RETREAT' && e.mode === 'ceasefire');
    expect(truce?.actor.map((p) => p.text)).toEqual(['army', 'RSF']);
  });

  it('should leave a truce told before any fighting without parties', () => {
    expect(code('The ceasefire took effect at midnight.')).toEqual([]);
  });
});
