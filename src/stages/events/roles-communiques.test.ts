import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

/** A force that reports an act of force with no doer named (role-words.json `reportingForces`). Sentences are our own. */
const code = codeText;
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: a reporting force did the doer-less act of force it reports against its foes', () => {
  it('should make the army or police that says foes were killed or arrested the actor', () => {
    const killed = code('The army said 15 militants were killed in an operation in North Waziristan on Tuesday.').find((e) => e.event === 'ASSAULT');
    expect(texts(killed?.actor)).toEqual(['army']);
    const shot = code('Police said two armed robbers were shot dead in Kisumu.').find((e) => e.event === 'ASSAULT');
    expect(texts(shot?.actor)).toEqual(['Police']);
    const arrested = code('The police said 30 protesters were arrested in Karachi.').find((e) => e.event === 'COERCE');
    expect(texts(arrested?.actor)).toEqual(['police']);
  });

  it('should read the source after a fronted "according to" as the speaker', () => {
    const killed = code('According to the Nigerian army, 12 bandits were killed in Zamfara.').find((e) => e.event === 'ASSAULT');
    expect(texts(killed?.actor)).toEqual(['Nigerian army']);
    const neutralised = code('According to the Turkish defence ministry, four PKK militants were neutralised in northern Iraq.').find((e) => e.event === 'ASSAULT');
    expect(neutralised?.actor.map((a) => a.code)).toEqual(['TUR']);
  });

  it('should name no doer when the force reports its own people killed, or civilians', () => {
    const own = code('The army said five soldiers were killed near the border on Tuesday.').find((e) => e.event === 'ASSAULT');
    expect(own).toBeDefined();
    expect(texts(own?.actor)).toEqual([]);
    const civilians = code('Police said three civilians were killed in Kisumu on Sunday.').find((e) => e.event === 'ASSAULT');
    expect(civilians).toBeDefined();
    // No doer named: at most the state's own side, guessed with no sector (infer-party-codes.ts storyStateDoer).
    expect(texts(civilians?.actor.filter((p) => p.sector !== null))).toEqual([]);
  });
});

describe('roles: only a force or a defence or interior ministry that reports a killing did it (review of reportingForces)', () => {
  it('should not make a council whose name has "Security" in it the doer', () => {
    const killed = code('The UN Security Council said 20 rebels were killed near Bunia on Monday.').find((e) => e.event === 'ASSAULT');
    expect(killed).toBeDefined();
    // No doer named: at most the state's own side, guessed with no sector (infer-party-codes.ts storyStateDoer).
    expect(texts(killed?.actor.filter((p) => p.sector !== null))).toEqual([]);
  });

  it('should keep the displaced as those a fight told as the cause befell, not its sides ("Due to …")', () => {
    const fighting = code('Due to heavy fighting, thousands of residents were displaced from Bunia on Monday.').find((e) => e.event === 'ASSAULT');
    expect(texts(fighting?.actor)).toEqual([]);
  });
});
