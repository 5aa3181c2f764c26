import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// One event per act (guideline 1), stop 46: a live entry's headline glued to its body, and an act named by a gerund in
// the phrase that sets the scene of a killing ("killed in fighting between …"), are tellings of one act.
// Every sentence here was written for this file.

const code = (text: string, published = '2024-05-03'): CodedEvent[] => codeText(text, published);

const of = (events: CodedEvent[], type: string) => events.filter((e) => e.event === type);

describe('events: a live entry\'s headline on the line above its body is a heading of that body', () => {
  it('codes the condemnation told in the headline and the body once', () => {
    const text = 'Live: dock strike in Mombasa\n\nPosted at 10:12\nEleven dockers arrested\nKenyan police say 11 dockers have been arrested for blocking the main gate of the container terminal this morning.\n\n'
      + 'Posted at 09:30\nUnion leader condemns arrests\nUnion secretary Amina Wekesa condemned the arrests and demanded the men\'s release.';
    const accusations = of(code(text), 'ACCUSE');
    expect(accusations).toHaveLength(1);
    expect(accusations[0]!.actor.map((p) => p.text)).toEqual(['Union secretary Amina Wekesa']);
  });
});

describe('events: a live entry\'s headline restates its entry\'s act whatever parties its few words name', () => {
  const text = 'Live: dock strike in Mombasa\n\nPosted at 10:12\nGuard wounded by gunfire\nA security guard was shot in the arm at the port gate overnight, Kenyan police say.\n\n'
    + 'Posted at 09:30\nOpposition accuses port police\nMember of parliament Otieno Wafula accuses the Kenya Ports Authority police of "beating workers who only want a fair wage".';
  it('codes the shooting and the accusation once each, with the body\'s parties', () => {
    const events = code(text);
    const assaults = of(events, 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.actor).toEqual([]);
    const accusations = of(events, 'ACCUSE');
    expect(accusations).toHaveLength(1);
    expect(accusations[0]!.actor.map((p) => p.text)).toEqual(['Member of parliament Otieno Wafula']);
  });
});

describe('events: a live entry\'s headline names the doer its body left uncoded', () => {
  it('takes the headline\'s coded doer for the entry\'s accusation', () => {
    const text = 'Live: dock strike in Mombasa\n\nPosted at 11:30\nKenya blames union leaders\n'
      + 'Transport secretary Wanjiru Kamau told senators the stoppage had been "planned for weeks" in Brussels and Kampala and accused the union\'s leaders of lying to members.';
    const accusations = of(code(text), 'ACCUSE');
    expect(accusations).toHaveLength(1);
    expect(accusations[0]!.actor.map((p) => p.code)).toEqual(['KEN']);
  });
});

describe('events: a live entry\'s headline whose coded parties tell another act is not merged into it', () => {
  it('keeps a headline strike the other way round as its own act', () => {
    const text = 'Live: war in Ukraine\n\nPosted at 08:15\nRussia strikes Kyiv\n'
      + 'Ukrainian drones hit an oil depot in the Russian city of Bryansk overnight, setting fuel tanks ablaze, the regional governor said.';
    const assaults = of(code(text), 'ASSAULT');
    expect(assaults.map((e) => e.actor.map((p) => p.code).join()).sort()).toEqual(['RUS', 'UKR']);
  });

  it('does not make the headline\'s doer the doer of an act with the headline\'s doer as its target', () => {
    const text = 'Live: dock strike in Mombasa\n\nPosted at 11:30\nKenya blames dockers\n'
      + 'Amina Wekesa, who leads the dockers, accused the port authority of lying about the wage offer.';
    const body = of(code(text), 'ACCUSE').find((e) => e.evidence.trigger.text === 'accused');
    expect(body!.actor.map((p) => p.text)).toEqual(['Amina Wekesa']);
  });

  it('takes the headline\'s coded doer only when the headline names the body\'s targets', () => {
    // The body's doer is a person no dictionary codes; the headline's "Kenya" blames other targets, so it is not her.
    const text = 'Live: dock strike in Mombasa\n\nPosted at 11:30\nKenya blames shipping firms\n'
      + 'Amina Wekesa accused the port managers of hiding the real wage figures from workers.';
    const accusations = of(code(text), 'ACCUSE');
    expect(accusations).toHaveLength(1);
    expect(accusations[0]!.actor.map((p) => p.text)).toEqual(['Amina Wekesa']);
    expect(accusations[0]!.actor.map((p) => p.code)).toEqual([null]);
  });

  it('keeps a local union the body names as its doer: the strike\'s own state\'s labour group, not the headline\'s government', () => {
    // A union at a Kenyan port is Kenyan (events 285, infer-party-codes localBody): KEN by its labour sector, not KEN GOV.
    const text = 'Live: dock strike in Mombasa\n\nPosted at 11:30\nKenya blames shipping firms\n'
      + 'Union organiser Amina Wekesa accused the port managers of hiding the real wage figures from workers.';
    const accusations = of(code(text), 'ACCUSE');
    expect(accusations).toHaveLength(1);
    expect(accusations[0]!.actor.map((p) => p.text)).not.toContain('Kenya');
    expect(accusations[0]!.actor.map((p) => `${p.code}/${p.sector}`)).toEqual(['KEN/LAB']);
  });
});

describe('events: a killing told as happening in fighting the parse read as a gerund', () => {
  it('gives the deaths the fight\'s two sides as their doers', () => {
    const killing = of(code('At least nine people were killed on Sunday in fighting between army troops and a local militia near the town of Kisoro, police said.'), 'ASSAULT').find((e) => e.evidence.trigger.text === 'killed');
    expect(killing!.actor.map((p) => p.text).sort()).toEqual(['local militia', 'troops']);
    expect(killing!.size.dead?.value).toBe(9);
  });

  it('names the other side of fighting "with" as the doer of a death during it', () => {
    // The deaths and the fighting are one act (merge-mentions.ts halvesOfOneAct), whichever verb its evidence leads with.
    const acts = of(code('Two officers died during fighting with the gang on Saturday, the army said.'), 'ASSAULT');
    expect(acts).toHaveLength(1);
    expect(acts[0]!.actor.map((p) => p.text)).toEqual(['gang']);
    expect(acts[0]!.recipient.map((p) => p.text)).toEqual(['officers']);
  });
});

describe('events: the casualties\' own side of a fight is not their killer', () => {
  it('does not make the casualties\' own force a doer of their deaths', () => {
    const shooting = of(code('Four policemen were shot dead on Thursday in clashes between police and cattle raiders outside the town of Lodwar, officials said.'), 'ASSAULT')
      .find((e) => e.evidence.trigger.text === 'shot');
    expect(shooting!.actor.map((p) => p.text)).toEqual(['raiders']);
    const killing = of(code('Seven rebel fighters were killed on Monday in fighting between the rebels and government troops in the hills above Bukavu.'), 'ASSAULT')
      .find((e) => e.evidence.trigger.text === 'killed');
    expect(killing!.actor.map((p) => p.text)).toEqual(['government troops']);
  });

  it('keeps a force of another state as a doer where the casualties\' own force is dropped', () => {
    const killing = of(code('Two Ukrainian soldiers were killed overnight in fighting between Russian troops and the Ukrainian army near Kupiansk.'), 'ASSAULT')
      .find((e) => e.evidence.trigger.text === 'killed');
    expect(killing!.actor.map((p) => p.code)).toEqual(['RUS']);
  });
});

describe('events: a definite noun naming any act of its type retells one told before whatever its mode (recap-words.json genericActNouns)', () => {
  it('codes a blockade once when "the protest" names it again', () => {
    const protests = of(code('About 80 residents blocked the main road into Kasama on Friday. The protest broke up at dusk when the district commissioner promised to mend the road.'), 'PROTEST');
    expect(protests).toHaveLength(1);
    expect(protests[0]!.evidence.trigger.text).toBe('blocked');
  });

  it('keeps a protest on another day apart', () => {
    const protests = of(code('About 80 residents blocked the main road into Kasama on Friday, 26 April. On Thursday, 2 May, hundreds of traders marched through Kasama in protest at new market fees.'), 'PROTEST');
    expect(protests).toHaveLength(2);
  });
});
