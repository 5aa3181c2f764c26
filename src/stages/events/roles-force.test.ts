import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';
import type { CodedEvent } from '../../core/document.js';

/** Who used force on whom in domestic conflicts (issue 14: the parties of an act of force). Sentences are our own. */
const code = codeText;
const byTrigger = (events: readonly CodedEvent[], trigger: string) => events.find((e) => e.evidence.trigger.text === trigger);
const texts = (parties: readonly { text: string }[] | undefined) => (parties ?? []).map((p) => p.text);

describe('roles: the other side of the fight an act happened in (role-words.json fightingNouns)', () => {
  it.each([
    ['Two soldiers were killed in an exchange of fire with rebels near Beni.', 'killed', 'rebels', 'soldiers'],
    ['Four policemen died in a clash with bandits in Katsina.', 'died', 'bandits', 'policemen'],
    ['A rebel commander was killed during an encounter with troops in Sagaing.', 'killed', 'troops', 'commander'],
    ['Five gunmen were killed in a shootout with police on the outskirts of Culiacán.', 'killed', 'police', 'gunmen'],
  ])('should make the "with" side the actor of a casualty: %j', (text, trigger, actor, recipient) => {
    const act = byTrigger(code(text), trigger);
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.actor).join(' ')).toContain(actor);
    expect(texts(act?.recipient).join(' ')).toContain(recipient);
  });

  it('should keep a named target of an active verb, and read the side as target only when none is named', () => {
    const named = byTrigger(code('Soldiers killed four smugglers during a gunfight with a gang near the border.'), 'killed');
    expect(texts(named?.recipient)).toEqual(['smugglers']);
    const unnamed = byTrigger(code('Troops fought for hours in a gunbattle with insurgents outside Marawi.'), 'fought');
    expect(texts(unnamed?.actor)).toEqual(['Troops']);
  });
});

describe('roles: the target of a force verb told with a gerund after the preposition (syntax repairGerundAfterPreposition)', () => {
  it.each([
    ['Riot police fired tear gas at nurses demanding back pay in Harare on Monday.', 'fired', 'nurses'],
    ['Troops opened fire on herders driving goats toward the border near Menaka.', 'opened fire', 'herders'],
  ])('should make the noun before the gerund the target: %j', (text, trigger, recipient) => {
    const act = byTrigger(code(text), trigger);
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.recipient).join(' ')).toContain(recipient);
  });

});

describe('roles: "them" as the target of force is the group named before it', () => {
  it('should read "them" as the target of a beating by the force', () => {
    const act = code('Fishermen blocked the harbour road in Mombasa, and police beat them with batons.').find((e) => e.event === 'ASSAULT');
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.recipient).join(' ')).toContain('Fishermen');
  });

  it.each([
    ['Farmers drove their cattle into the square in Gulu, and soldiers seized them.'],
    ['Inspectors found heroin in the lorries of three traders at the port and seized them.'],
  ])('should not read "them" as the group when a plural noun of things may be what it stands for: %j', (text) => {
    const seize = byTrigger(code(text), 'seized');
    expect(seize === undefined || seize.recipient.every((r) => !/Farmers|traders/.test(r.text))).toBe(true);
  });

  it('should read "them" as the object of an arrest, not the arresting force', () => {
    const act = byTrigger(code('Market traders marched on the town hall. Officers arrested them an hour later.'), 'arrested');
    expect(texts(act?.recipient).join(' ')).toContain('traders');
    expect(texts(act?.recipient).join(' ')).not.toContain('Officers');
  });

  it.each([
    ['About 300 teachers rallied outside the education ministry in Lilongwe to press for the return of dismissed colleagues. Riot police fired tear gas to scatter them.', 'fired', 'teachers'],
    ['Dozens of vendors gathered at the civic centre in Ndola to press for the return of evicted traders. Council guards arrested them.', 'arrested', 'vendors'],
    ['Three customs officers were wounded in their houses at Mongu, close to a border post. Masked gunmen had attacked them at dawn.', 'attacked', 'customs officers'],
  ])('should read "them" after a sentence as its subject, not a group inside its object: %j', (text, trigger, group) => {
    const act = byTrigger(code(text), trigger);
    expect(texts(act?.recipient).join(' ')).toContain(group);
  });
});

describe('roles: people taken hostage (group-nouns.json captiveComplements)', () => {
  it.each([
    ['Inmates took three warders hostage at the prison in Cochabamba.', 'warders'],
    ['Gunmen took two nurses hostage in the clinic.', 'nurses'],
  ])('should make the people taken the target, not "hostage": %j', (text, recipient) => {
    const act = byTrigger(code(text), 'took');
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.recipient)).toEqual([recipient]);
  });
});

describe('roles: the doer of an attack a casualty suffered in or by (role-words.json attackMeans)', () => {
  it.each([
    ['Two herders were killed by gunfire from troops near Mopti.', 'killed', 'troops', 'herders'],
    ['Six miners died in an attack by bandits near Anka.', 'died', 'bandits', 'miners'],
  ])('should make the "by"/"from" phrase of the attack the actor: %j', (text, trigger, actor, recipient) => {
    const act = byTrigger(code(text), trigger);
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.actor).join(' ')).toContain(actor);
    expect(texts(act?.recipient).join(' ')).toContain(recipient);
  });

  it('should not read where someone was taken from as the taker', () => {
    const act = byTrigger(code('A nurse was abducted from a clinic in Zamfara.'), 'abducted');
    // No doer named: at most the state's own side, guessed with no sector (infer-party-codes.ts storyStateDoer).
    expect(act?.actor.filter((p) => p.sector !== null)).toEqual([]);
  });
});

describe('roles: the phrase a light-verb trigger gives a party (role-words.json phraseRoles)', () => {
  it('should make the "from" phrase of "came under fire" the actor, the subject the target', () => {
    const act = code('A police patrol came under fire from fighters of the Arakan Army near Buthidaung.').find((e) => e.event === 'ASSAULT');
    expect(texts(act?.actor).join(' ')).toContain('Arakan Army');
    expect(texts(act?.recipient).join(' ')).toContain('police patrol');
  });

  it('should make what is set on fire the target', () => {
    const act = code('Rioters set fire to a police station in Kisumu.').find((e) => e.evidence.trigger.text === 'set fire');
    expect(texts(act?.recipient).join(' ')).toContain('police station');
  });
});

describe('roles: a condemnation of an act told before is aimed at its doer (condemned-acts.ts, role-words.json condemnedActs)', () => {
  it('should make whoever did the act the target of "condemned the attack"', () => {
    const events = code('Militiamen attacked a camp for displaced people near Bunia on Tuesday.\n\nThe African Union condemned the attack.');
    const condemn = events.find((e) => e.event === 'ACCUSE');
    expect(texts(condemn?.recipient)).toEqual(['Militiamen']);
  });

  it('should aim "condemned the strikes" at the doer of the strikes, not of a later attack of the same type', () => {
    const events = code('Russia struck Kharkiv overnight on Monday. Ukrainian partisans attacked a Russian convoy near Melitopol. Poland condemned the strikes.');
    expect(texts(events.find((e) => e.event === 'ACCUSE')?.recipient)).toEqual(['Russia']);
  });

  it.each([
    // Two-sided: no one doer.
    ['Dockworkers marched in Durban on Monday. Police beat them with batons. The labour minister condemned the violence.'],
    // Blames someone itself.
    ['Troops shot dead four miners in Bukavu. The army condemned the shooting and blamed unidentified gunmen.'],
  ])('should not aim a condemnation at the latest doer when the noun or the sentence says otherwise: %j', (text) => {
    const condemn = code(text).find((e) => e.event === 'ACCUSE' && e.evidence.trigger.text === 'condemned');
    expect(texts(condemn?.recipient).filter((t) => /Police|Troops/.test(t))).toEqual([]);
  });

  it('should not make an event of a condemnation that has no actor from its target alone', () => {
    const events = code('Gunmen wounded a councillor in Arequipa on Monday. Police later arrested two suspects. The opposition condemned the arrests.');
    expect(events.filter((e) => e.event === 'ACCUSE' && e.actor.length === 0)).toEqual([]);
  });

  it('should read a kidnapping noun the trigger lexicon does not list', () => {
    const events = code('Bandits kidnapped eleven pupils at a school in Kebbi on Friday.\n\nThe state governor denounced the abductions.');
    const condemn = events.find((e) => e.event === 'ACCUSE');
    expect(texts(condemn?.recipient)).toEqual(['Bandits']);
  });

  it('should leave an indefinite act alone ("condemned attacks on journalists")', () => {
    const events = code('Police arrested four reporters in Harare on Monday.\n\nThe union condemned attacks on the press.');
    const condemn = events.find((e) => e.event === 'ACCUSE');
    expect(texts(condemn?.recipient)).not.toContain('Police');
  });
});

describe('roles: force used on a protest is aimed at those who hold it, and the protest is coded too (triggers.json GATHERINGS)', () => {
  it.each([
    ['Riot police dispersed a demonstration by teachers in Kisumu.', 'dispersed', 'teachers'],
    ['Police broke up a rally by opposition supporters in Harare.', 'broke up', 'opposition supporters'],
    ['Gendarmes fired tear gas at a protest by students in Lomé.', 'fired', 'students'],
    ['Police fired tear gas to break up a rally by opposition supporters in Blantyre.', 'fired', 'opposition supporters'],
    ['Soldiers fired rubber bullets to disperse a demonstration by students in Mandalay.', 'fired', 'students'],
    // Hyphenated protest nouns, and a "by" phrase the parse hangs on the verb ("dispersed a march by teachers").
    ['Troops broke up a sit-in by students in Parakou.', 'broke up', 'students'],
    ['Police dispersed a walk-out by nurses outside the ministry in Accra.', 'dispersed', 'nurses'],
    ['Gendarmes broke up a go-slow by taxi drivers in Nouakchott.', 'broke up', 'drivers'],
    ['Riot police dispersed a march by teachers in Lomé.', 'dispersed', 'teachers'],
  ])('should code the force on the holders of the protest and the protest by them: %j', (text, trigger, holders) => {
    const events = code(text);
    const force = byTrigger(events, trigger);
    expect(force?.event).toBe('ASSAULT');
    expect(force?.mode).toBe('crowd-control');
    expect(texts(force?.recipient).join(' ')).toContain(holders);
    const protest = events.find((e) => e.event === 'PROTEST');
    expect(protest?.modality).toBe('asserted');
    expect(texts(protest?.actor).join(' ')).toContain(holders);
  });

  it.each([
    ['Gendarmes used truncheons to break up a sit-in by farmers in Bobo-Dioulasso.', 'break up', 'Gendarmes', 'farmers'],
    ['Riot police employed clubs to disperse a march by taxi drivers in Nairobi.', 'disperse', 'Riot police', 'taxi drivers'],
    ['Troops used whips to scatter a march by mothers in Goma.', 'scatter', 'Troops', 'mothers'],
  ])('should code force used as a means to put a protest down as done by the user, on the holders: %j', (text, trigger, user, holders) => {
    const events = code(text);
    const force = byTrigger(events, trigger);
    expect(force).toMatchObject({ event: 'ASSAULT', mode: 'crowd-control', modality: 'asserted' });
    expect(texts(force?.actor).join(' ')).toContain(user);
    expect(texts(force?.recipient).join(' ')).toContain(holders);
    expect(events.find((e) => e.event === 'PROTEST')?.actor.map((p) => p.text).join(' ')).toContain(holders);
  });

  it('should code crowd control whose purpose is crowd control as one act, whichever way the purpose is parsed', () => {
    const events = code('Soldiers fired rubber bullets to disperse a demonstration by students in Mandalay.');
    expect(events.filter((e) => e.event === 'ASSAULT')).toHaveLength(1);
  });

  it.each([
    ['Police broke up the rally in Bulawayo.', 'rally'],
    ['The army sent soldiers to quell the protests in Nampula.', 'protests'],
  ])('should not make those who put a protest down its doers: %j', (text, trigger) => {
    const protest = byTrigger(code(text), trigger);
    expect(protest?.event).toBe('PROTEST');
    expect(texts(protest?.actor).join(' ')).not.toMatch(/Police|army/);
  });
});

describe('roles: the one a two-sided act befell, as the "by" agent of a passive (Roles.undergoers)', () => {
  it.each([
    ['Hundreds of herders were uprooted by the clashes near Bentiu.', 'clashes', 'herders'],
    ['Two villages were razed by the fighting in Ituri on Sunday.', 'fighting', 'villages'],
    ['Thousands of families were displaced by the fighting in North Darfur.', 'fighting', 'families'],
  ])('should keep the passive subject as the recipient, not a side: %j', (text, trigger, recipient) => {
    const act = code(text).find((e) => e.evidence.trigger.text === trigger || texts(e.recipient).join(' ').includes(recipient));
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.actor).join(' ')).not.toContain(recipient);
    expect(texts(act?.recipient).join(' ')).toContain(recipient);
  });

  it('should still read the sides of a fight whose "in" phrase sets a casualty', () => {
    const act = byTrigger(code('Two soldiers were killed in clashes with rebels near Beni.'), 'killed');
    expect(texts(act?.actor).join(' ')).toContain('rebels');
  });
});

describe('roles: a participle with a "by" phrase on the subject, before the clause\'s verb (syntax repairParticipleRoot)', () => {
  it('should not make the displaced the actor of the act they fled', () => {
    const events = code('Villagers driven out by the clashes crossed into Uganda on Friday.');
    for (const e of events) expect(texts(e.actor).join(' ')).not.toContain('Villagers');
  });

  it('should code the act noun that displaced them, with them as its recipient, and no separate act of the fallback verb', () => {
    const events = code('Herders displaced by the clashes crossed into Niger.');
    expect(events.map((e) => e.event)).toEqual(['ASSAULT']);
    expect(events[0]!.evidence.trigger.text).toBe('clashes');
    expect(texts(events[0]!.recipient)).toEqual(['Herders']);
  });
});

describe('roles: force whose purpose drives a crowd off is aimed at the crowd (role-words.json dispersalPurposes)', () => {
  it.each([
    ['Soldiers shot into the sky to push the mob back outside the depot in Kano on Monday.', 'shot', 'mob'],
    ['Riot police used batons and water cannon to drive back thousands of farmers in Brussels on Monday.', 'water cannon', 'farmers'],
    ['Hundreds of traders gathered outside the market in Kano. Police fired into the sky to scatter them.', 'fired', 'traders'],
  ])('should make the purpose\'s object the target: %j', (text, trigger, recipient) => {
    const act = byTrigger(code(text), trigger);
    expect(act?.event).toBe('ASSAULT');
    expect(texts(act?.recipient).join(' ')).toContain(recipient);
  });

  it('should name no target from a purpose of another kind', () => {
    const act = byTrigger(code('Gunmen stormed the compound to free their jailed leader.'), 'stormed');
    expect(act).toBeDefined();
    expect(texts(act!.recipient)).toEqual([]);
  });
});

describe('roles: a measure told as a noun after "under" is imposed on the verb\'s object', () => {
  it('should make the object of "put … under a curfew" the target', () => {
    const act = byTrigger(code('The regional government put the town\'s teenagers under a nightly curfew on Monday.'), 'curfew');
    expect(act?.event).toBe('COERCE');
    expect(texts(act?.recipient).join(' ')).toContain('teenagers');
  });

  it('should code "placed … under house arrest" with a time after it, which the parse hangs on the object', () => {
    const act = byTrigger(code('Security officers placed the union leader under house arrest on Friday.'), 'arrest');
    expect(act?.event).toBe('COERCE');
    expect(texts(act?.recipient).join(' ')).toContain('union leader');
  });
});
