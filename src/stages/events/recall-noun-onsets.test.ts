import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

// Acts told by nouns (h31b): an act noun told breaking out, a strike told lasting, nouns of sanctions and armed
// aggression, and the doer of a list of act nouns. Sentences written for these tests.
const code = (text: string) => codeText(text, '2024-05-03');

describe('events: an act noun told breaking out at a time of its own is a new act', () => {
  it('should code clashes that erupted on a day though the sentence names no party or place', () => {
    const clashes = code('Heavy clashes started shortly after noon on Thursday.')
      .filter((e) => e.event === 'ASSAULT' && e.evidence.trigger.text === 'clashes');
    expect(clashes.map((e) => e.date)).toEqual(['2024-05-02']);
  });
  it('should give a protest that began on a day, named with no protester or place, to the civilians of the article\'s country', () => {
    const text = 'Kenyan police fired tear gas at students in Nakuru on Wednesday. The protest began quietly on Tuesday evening with a sit-down on Kenyatta Avenue.';
    const protest = code(text).filter((e) => e.event === 'PROTEST' && e.date === '2024-04-30');
    expect(protest.map((e) => partyCodes(e.actor))).toEqual(['KEN']);
  });
  it('should not code such a noun with no time of its own, nor one that is the subject of another verb', () => {
    expect(code('The clashes erupted, and the town emptied.').filter((e) => e.event === 'ASSAULT')).toHaveLength(0);
    expect(code('The fighting broke the calm of the valley on Thursday.').filter((e) => e.event === 'ASSAULT')).toHaveLength(0);
  });
});

describe('events: a strike or stoppage told lasting is a stoppage of work', () => {
  it('should code a past strike that lasted days as a labour protest in the background', () => {
    const strike = code('That strike, back in 2011, entered its third week before a deal was struck.').filter((e) => e.event === 'PROTEST');
    expect(strike.map((e) => [e.mode, e.date, e.background])).toEqual([['strike', '2011', true]]);
  });
  it('should not read a missile strike that lasted minutes as a labour protest', () => {
    expect(code('The missile strike on the depot lasted only minutes.').filter((e) => e.event === 'PROTEST')).toHaveLength(0);
  });
});

describe('events: nouns of sanctions in answer and of armed aggression', () => {
  it('should code counter-sanctions as sanctions', () => {
    const sanctions = code('Moscow imposed counter-sanctions on six Estonian lawmakers on Friday.').filter((e) => e.event === 'SANCTION');
    expect(sanctions.map((e) => partyCodes(e.actor))).toEqual(['RUS']);
  });
  it('should code a military aggression as an armed attack by the state named with it', () => {
    const war = code('Kyrgyz villagers rebuilt homes burned in the Tajik military aggression in September 2022.').filter((e) => e.event === 'ASSAULT');
    expect(war.map((e) => [partyCodes(e.actor), e.date])).toEqual([['TJK', '2022-09']]);
  });
  it('should code a military aggression launched by a state', () => {
    const war = code('Serbia launched an armed aggression against the province.').filter((e) => e.event === 'ASSAULT');
    expect(war.map((e) => partyCodes(e.actor))).toEqual(['SRB']);
  });
  it('should not code a military aggression only blamed, feared or warned of', () => {
    expect(code('Armenia accused Baku of preparing a new military aggression against Armenian villages.').filter((e) => e.event === 'ASSAULT')).toHaveLength(0);
    expect(code('Officials warned of a looming military aggression by the junta.').filter((e) => e.event === 'ASSAULT')).toHaveLength(0);
  });
  it('should not code aggression alone, a word of blame', () => {
    expect(code('The minister called the speech an act of aggression.').filter((e) => e.event === 'ASSAULT')).toHaveLength(0);
  });
});

describe('events: the doer of a list of act nouns', () => {
  it('should give every act of the list the "by" agent hung on its verb', () => {
    const arrests = code('Airstrikes, raids and arrests by the army continued across Homs province on Sunday.').filter((e) => e.event === 'COERCE');
    expect(arrests.map((e) => e.actor.map((p) => p.sector))).toEqual([['MIL']]);
  });
  it('should not hand the doer of one act of a list to an act of another type', () => {
    // The parse hangs "by students" on "Arrests": the protests, of another type, do not borrow it (the arrests keep it).
    const protests = code('Arrests and protests by students went on for a week.').filter((e) => e.event === 'PROTEST');
    expect(protests.flatMap((e) => e.actor.map((p) => p.text))).not.toContain('students');
    const raids = code("The army's raids and detentions went on for a week.").filter((e) => e.event === 'COERCE');
    expect(raids.map((e) => e.actor.map((p) => p.sector))).toEqual([['MIL']]);
  });
  it('should give a lone act noun the "by" phrase hung on the verb it is the subject of', () => {
    const arrests = code('Arrests by the police continued in Gulu on Monday.').filter((e) => e.event === 'COERCE');
    expect(arrests.map((e) => e.actor.map((p) => p.sector))).toEqual([['COP']]);
  });
});

describe('events: a relative clause of doing on an act noun names its doer', () => {
  it('should take the subject of "that X staged" as the doer of the act noun', () => {
    const sitIn = code('The sit-in that students staged outside the ministry in Accra ended on Friday.').filter((e) => e.event === 'PROTEST');
    expect(sitIn.flatMap((e) => e.actor.map((p) => p.text))).toContain('students');
  });
  it('should code a barricade put up by truckers as their obstruction, and not one of soldiers', () => {
    const kept = code('The barricade that truckers erected across the bypass stood until Friday.').filter((e) => e.event === 'PROTEST');
    expect(kept.map((e) => [e.mode, e.actor.map((p) => p.text).join('+')])).toEqual([['obstruct', 'truckers']]);
    expect(code('Two men were shot dead at an army roadblock near Kisangani on Tuesday.').filter((e) => e.event === 'PROTEST')).toHaveLength(0);
    expect(code('Soldiers set up roadblocks around Kisangani on Tuesday.').filter((e) => e.event === 'PROTEST')).toHaveLength(0);
  });
  it('should code barricades people who protest put up, and not ones they take away', () => {
    const put = code('Villagers erected barricades on the road to the mine on Monday.').filter((e) => e.event === 'PROTEST');
    expect(put.map((e) => [e.mode, e.actor.map((p) => p.text).join('+')])).toEqual([['obstruct', 'Villagers']]);
    expect(code('Municipal workers removed the barricades from the square on Sunday.').filter((e) => e.event === 'PROTEST')).toHaveLength(0);
    expect(code('Residents cleared the roadblock outside the clinic on Friday.').filter((e) => e.event === 'PROTEST')).toHaveLength(0);
  });
});
