import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { codeText } from '../../../test/helpers/code-text.js';

// A verb whose sense depends on its object, read in a relative clause that leaves the object out (the noun the clause
// hangs on is what it acts on), and calling a claim a lie as a denial (stop 54, told another type).
// Every sentence here was written for this file.

const types = (text: string) => codeText(text, '2025-03-05').map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: a relative clause with its object left out acts on the noun it hangs on (find-triggers relativeAntecedent)', () => {
  it('should code a charge that the accused dismissed as a denial', () => {
    const t = types('Fishermen accused the navy of ramming their canoes near Toliara, a charge the navy dismissed as fabricated.');
    expect(t).toContain('REJECT/-');
    expect(t).toContain('ACCUSE/allege');
  });

  it('should not read the noun as the object of a clause with its own object or of a subject relative', () => {
    // "the governor who dismissed the claims": the clause's subject is the relative pronoun, the governor is no object.
    expect(types('The governor who dismissed the harbour master resigned in Toliara on Monday.').filter((x) => x.startsWith('REJECT'))).toEqual([]);
  });
});

describe('events: calling a claim a lie denies it (triggers.json CLAIMS, FALSEHOOD)', () => {
  it('should code calling an allegation a fabrication REJECT, not a condemnation', () => {
    const t = types('A spokesman for the port authority in Mombasa called the allegations "a fabrication" on Monday.');
    expect(t).toEqual(['REJECT/-']);
  });

  it('should code calling a complaint or a criticism a fabrication REJECT, as for every claim an answer refers back to', () => {
    expect(types('A spokesman for the port authority in Mombasa called the complaint "a fabrication" on Monday.')).toEqual(['REJECT/-']);
    expect(types('The governor of Mombasa called the criticism "a fabrication" on Monday.')).toEqual(['REJECT/-']);
  });

  it('should keep calling an act a crime a condemnation', () => {
    expect(types('The foreign ministry in Tbilisi called the raid a crime.')).toContain('ACCUSE/disapprove');
  });
});

describe('events: a vow that others will be hunted down is a threat, as a vow to hunt them down is (fold-complements hostileIntent)', () => {
  it('should code a vow that named attackers will be hunted down THREATEN', () => {
    expect(types('The prime minister vowed that the kidnappers would be hunted down.')).toContain('THREATEN/violence');
  });

  it('should keep a pledge that things will be done an agreement', () => {
    expect(types('The mayor of Niamey pledged that the slums would be eliminated by 2030.')).toEqual(['AGREE/-']);
  });
});

describe('resources: the claims calling one a lie denies hold every claim an answer refers back to', () => {
  it('should list every role-words.json claimNouns word in triggers.json CLAIMS', () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../resources/events/${name}`, import.meta.url), 'utf8'));
    const claims = new Set<string>(read('triggers.json').lists.CLAIMS.words);
    expect((read('role-words.json').claimNouns.nouns as string[]).filter((w) => !claims.has(w))).toEqual([]);
  });
});
