import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/** Who frees whom: the captor releases, the captive is freed (role-words.json `captivity`). Sentences are our own. */
const code = codeText;
const codes = partyCodes;
const release = (text: string) => code(text).find((e) => e.event === 'RETREAT' && e.mode === 'release');

describe('roles: a release is done by whoever held the captives', () => {
  it('should make the owner of the captivity come back from the releaser, and those who come back the freed', () => {
    const back = release('Forty Ukrainian soldiers returned home from Russian captivity on Thursday.');
    expect(codes(back?.actor)).toBe('RUS');
    expect(codes(back?.recipient)).toBe('UKR');
    const pilots = release('Three Russian pilots returned from Ukrainian captivity on Sunday.');
    expect(codes(pilots?.actor)).toBe('UKR');
    expect(codes(pilots?.recipient)).toBe('RUS');
    const fishermen = release('Twelve fishermen came home from Indian custody on Saturday.');
    expect(codes(fishermen?.actor)).toBe('IND');
  });

  it('should make the owner of the captivity the passive release is from its doer, not a second freed party', () => {
    const freed = release('Ten Thai hostages were released from Hamas captivity on Friday.');
    expect(codes(freed?.actor)).toBe('PSE');
    expect(codes(freed?.recipient)).toBe('THA');
    const workers = release('Two aid workers were freed from Taliban detention in Kabul on Tuesday.');
    expect(workers?.actor.map((a) => a.text)).toEqual(['Taliban']);
  });

  it('should make the "by" agent of a participle of holding on the freed the releaser', () => {
    expect(codes(release('An Israeli woman held by Hamas was freed on Monday.')?.actor)).toBe('PSE');
    expect(codes(release('A British teacher detained by Iran was released on Wednesday.')?.actor)).toBe('IRN');
    expect(codes(release('The release of 30 fishermen held by Sri Lanka was welcomed by India.')?.actor)).toBe('LKA');
  });

  it('should read the captivity word itself as no party, neither captor nor freed', () => {
    const freed = release('Two activists were released from prison in Tehran on Friday.');
    expect(freed?.recipient.map((r) => r.text)).toEqual(['activists']);
    // The doer is the state of the place (implicit-doers.json), never the prison.
    expect(freed?.actor.map((a) => a.code)).toEqual(['IRN']);
  });

  it('should read a "by" phrase hung on the "to" phrase of a passive handover as its agent', () => {
    const remains = release('The remains of 50 Russian soldiers were handed over to Moscow by Kyiv.');
    expect(codes(remains?.actor)).toBe('UKR');
    const byTheRiver = code('Three soldiers were killed in a village by the river on Monday.').find((e) => e.event === 'ASSAULT');
    expect(byTheRiver).toBeDefined();
    expect(codes(byTheRiver?.actor)).toBe('');
  });
});

describe('roles: a force that kept the captives frees them (group-nouns.json installations: custody, detention)', () => {
  it('should make the police or army of "police custody", "army detention" the releaser, with the place\'s state', () => {
    const police = release('Seven students in Lusaka were released from police custody on Friday.');
    expect(police?.actor.map((p) => [p.code, p.sector])).toEqual([['ZMB', 'COP']]);
    expect(codes(police?.recipient)).toBe('ZMB');
    const army = release('Two aid workers were freed from army detention in Juba on Monday.');
    expect(army?.actor.map((p) => [p.code, p.sector])).toEqual([['SSD', 'MIL']]);
  });
});

describe('roles: what is given back goes to whom it was taken from (roles.ts returnedToHolder)', () => {
  it('should make the party a returned thing was captured from the return\'s target', () => {
    const back = code('The insurgents returned the equipment they captured from the border police.').find((e) => e.event === 'RETREAT');
    expect(back?.recipient.map((p) => p.text).join('|')).toContain('police');
  });

  it('should pass the holder on to a promise to give back what was seized', () => {
    const events = code('The guerrillas promised to hand back the rifles they seized from the coast guard.');
    const promise = events.find((e) => e.evidence.trigger.text === 'promised');
    expect(promise?.recipient.map((p) => p.text).join('|')).toContain('coast guard');
  });
});
