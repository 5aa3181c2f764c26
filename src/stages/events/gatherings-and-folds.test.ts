import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Means of strikes and raids told by the noun before them, gatherings named by their kind, and
// one act told by two verbs of one sentence (issue 14 recall and one event per act). Every sentence
// here was written for this file.

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2026-07-10' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: the weapon named before a strike, a raid or an attack gives its means (triggers.json)', () => {
  it('should read air strikes and air raids carried out or launched as aerial', () => {
    expect(types('The Salvadoran air force carried out air strikes on a gang camp near the coast on Wednesday.')).toEqual(['ASSAULT/aerial']);
    expect(types('The army launched an air strike against rebels in eastern Sierra Leone.')).toEqual(['ASSAULT/aerial']);
    expect(types('Warplanes carried out an air raid on a guerrilla camp in northern Guatemala.')).toEqual(['ASSAULT/aerial']);
    expect(types('The army mounted an air attack on rebel positions in Lofa County.')).toEqual(['ASSAULT/aerial']);
  });

  it('should read a missile or rocket strike as heavy weapons and a strike launched with no weapon named as no mode', () => {
    expect(types('A rocket strike destroyed a depot outside Colón.').filter((t) => t.startsWith('ASSAULT'))).toEqual(['ASSAULT/heavy-weapons']);
    expect(types('The army launched a retaliatory strike on the rebels in Lofa County.')).toEqual(['ASSAULT/-']);
  });
});

describe('events: a vigil or a procession is a gathering (triggers.json)', () => {
  it('should code a vigil held in public as a protest', () => {
    expect(types('Relatives of the missing held a vigil outside the attorney general\'s office in Guatemala City on Sunday.')).toEqual(['PROTEST/demo']);
  });

  it('should code a procession as a protest, but not a funeral procession', () => {
    expect(types('A procession of market women moved through central Monrovia on Thursday.')).toEqual(['PROTEST/demo']);
    expect(types('A funeral procession passed through Bo on Thursday.')).toEqual([]);
  });
});

describe('events: crowd control and diplomatic protest told by their objects (triggers.json)', () => {
  it('should code people of a gathering kind dispersed by force as crowd control aimed at them', () => {
    const events = code('Riot police used tear gas to disperse nurses who had gathered outside the health ministry in Freetown.');
    expect(events.map((e) => `${e.event}/${e.mode}`)).toEqual(['ASSAULT/crowd-control']);
    expect(events[0]!.recipient.map((r) => r.sector)).toEqual(['MED']);
    expect(code('The wind dispersed the smoke over the harbour in Colón.')).toEqual([]);
  });

  it('should read a letter of protest handed to an envoy as a diplomatic protest, not a street protest', () => {
    expect(types('Liberia handed the Sierra Leonean ambassador a letter of protest about the border incident on Monday.')).toEqual(['ACCUSE/disapprove']);
  });
});

describe('events: an attack on a value is a metaphor (non-events.json abstractTargets)', () => {
  it('should code no assault on democracy or on the constitution, and keep an attack on a ministry', () => {
    expect(code('The jailing of the mayor was "an attack on democracy", the opposition in Monrovia said.').filter((e) => e.event === 'ASSAULT')).toEqual([]);
    expect(code('Critics in Panama called the decree an assault on the constitution.').filter((e) => e.event === 'ASSAULT')).toEqual([]);
    expect(types('Gunmen carried out an attack on the Justice Ministry in Guatemala City.')).toEqual(['ASSAULT/-']);
  });
});

describe('events: an agreement another act is told under is no new agreement (non-events.json frames)', () => {
  it('codes one agreement when a later sentence tells what it provides', () => {
    const text = 'Guatemala and El Salvador agreed on Tuesday to set up joint border patrols. Under the deal, soldiers of both armies will patrol the frontier from March.';
    expect(code(text).filter((e) => e.event === 'AGREE').map((e) => e.evidence.trigger.text)).toEqual(['agreed']);
  });

  it('codes no agreement for "under the terms of" or "as part of" an accord', () => {
    expect(code('Under the terms of the accord, Liberia will reopen its border crossings.').filter((e) => e.event === 'AGREE' || e.event === 'SUPPORT')).toEqual([]);
    expect(code('As part of the agreement, Panama will hand over 20 prisoners.').filter((e) => e.event === 'AGREE' || e.event === 'SUPPORT')).toEqual([]);
  });
});

describe('events: reinforcements are forces (group-nouns.json MIL and installations)', () => {
  it('should code reinforcements arriving in a named town as a deployment, by the force their owner word names', () => {
    const alone = code('Reinforcements arrived in Kenema on Tuesday after the ambush.').filter((e) => e.event === 'MOBILIZE');
    expect(alone.map((e) => e.actor.map((a) => a.sector))).toEqual([['MIL']]);
    const police = code('Police reinforcements reached Bo on Wednesday and arrived in Kenema on Thursday.').filter((e) => e.event === 'MOBILIZE');
    expect(police.flatMap((e) => e.actor.map((a) => a.sector))).toContain('COP');
  });
});

describe('events: one act told by two verbs of its sentence (fold-complements.ts)', () => {
  it('folds a trigger coordinated with a closing participle that is no trigger into the act', () => {
    const events = code('Some 400 fishermen blocked the port road in Colón on Monday, waving flags and chanting slogans against the fuel prices.');
    expect(events.map((e) => `${e.event}/${e.mode}`)).toEqual(['PROTEST/obstruct']);
  });

  it('folds a meeting coordinated with a visit into one CONSULT, but not one told on another day', () => {
    expect(code('The Panamanian foreign minister visited Guatemala City on Tuesday and met the Guatemalan president.').filter((e) => e.event === 'CONSULT')).toHaveLength(1);
    expect(code('The Panamanian envoy met rebels on Monday and visited Guatemala on Friday.').filter((e) => e.event === 'CONSULT')).toHaveLength(2);
  });

  it('folds what forces are deployed to do into the deployment', () => {
    expect(types('Soldiers have been deployed to protect polling stations across Freetown, the minister said.')).toEqual(['MOBILIZE/troops']);
  });
});

describe('events: a closing participle on a light verb folds into the act noun the verb carries (fold-complements.ts lightVerbAct)', () => {
  it('should keep the noun\'s target beside the participle\'s victims on one act', () => {
    const events = code('Government gunships carried out raids on rebel hideouts along the river on Monday, killing nine men.');
    expect(events.map((e) => `${e.event}/${e.mode ?? '-'}`)).toEqual(['ASSAULT/-']);
    const recipients = events[0]!.recipient.map((p) => p.text);
    expect(recipients.some((t) => t.includes('hideouts'))).toBe(true);
    expect(recipients.some((t) => t.includes('men'))).toBe(true);
    expect(events[0]!.size.dead?.value).toBe(9);
  });

  it('should read an assault launched on a post, wounding guards, as that assault on the post', () => {
    const events = code('Bandits launched an assault on a police post near Lokichogio, wounding two guards.');
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.trigger.text).toBe('assault');
    expect(events[0]!.recipient.map((p) => p.text).some((t) => t.includes('police post'))).toBe(true);
  });

  it('should keep the participle\'s mode and put its victims first when it says what the act was', () => {
    const events = code('Armed men staged a raid on a border garrison outside Kitgum overnight, abducting three conscripts.');
    expect(events.map((e) => `${e.event}/${e.mode ?? '-'}`)).toEqual(['ASSAULT/abduct']);
    expect(events[0]!.recipient[0]?.text).toContain('conscripts');
  });
});
