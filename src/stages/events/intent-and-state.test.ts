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
const brief = (e: CodedEvent) => `${e.event} ${e.actor.map((a) => a.code ?? a.text).join('+')}>${e.recipient.map((a) => a.code ?? a.text).join('+')}`;
const briefs = (text: string) => code(text).map(brief);

describe('events: a verb of intent the parse reads as a noun ("plans to …") governs its infinitive (SyntaxView.isMisreadVerb)', () => {
  it('should code the planned meeting as a promise (AGREE) by the planner', () => {
    expect(briefs('Kazakhstan plans to hold talks with Russia next week.')).toEqual(['AGREE KAZ>RUS']);
    expect(briefs('The Mongolian president plans to visit Tirana next month.')).toEqual(['AGREE MNG>ALB']);
  });

  it('should code a planned attack as a threat', () => {
    expect(code('The army intends to attack the rebel positions.').map((e) => e.event)).toEqual(['THREATEN']);
  });

  it('should code nothing for plans that are the subject of another verb ("the government\'s plans to …")', () => {
    expect(code("The government's plans to hold talks with the rebels were criticised.")).toEqual([]);
  });
});

describe('events: ruling or governing a land is holding power, a standing state (non-events.json standingRoles.governing)', () => {
  it('should code no act for a junta or party that rules or governs', () => {
    expect(code('The military council has ruled by decree since 2019.')).toEqual([]);
    expect(code('The Communist party ruled Mongolia until 1990.')).toEqual([]);
    expect(code('Karimov governed Uzbekistan for a quarter of a century.')).toEqual([]);
  });

  it('should leave "ruled out" to its own rule', () => {
    expect(code('The Albanian government ruled out talks with the strikers.').map((e) => e.event)).toEqual(['REJECT']);
  });
});

describe('events: a reciprocal object makes the doers each other\'s targets (index.ts reciprocalRecipients)', () => {
  it('should code a mutual accusation with both sides as actors and recipients', () => {
    expect(briefs('Kazakhstan and Kyrgyzstan blamed each other for the shooting at the border post.')).toContain('ACCUSE KAZ+KGZ>KAZ+KGZ');
    expect(briefs('Albania and Serbia accused one another of stoking tensions.')).toEqual(['ACCUSE ALB+SRB>ALB+SRB']);
  });

  it('should leave a one-sided accusation as it is', () => {
    expect(briefs('Albania and Serbia accused Montenegro of stoking tensions.')).toEqual(['ACCUSE ALB+SRB>MNE']);
  });
});

describe('events: the mediation of talks told beside them is one act with the talks (fold-complements.ts)', () => {
  it('should code one CONSULT with the mediator as third party', () => {
    const held = code('Kazakhstan and Kyrgyzstan held talks in Astana on Monday under mediation by Uzbekistan.');
    expect(held.map(brief)).toEqual(['CONSULT KAZ+KGZ>']);
    expect(held[0]!.third_party.map((p) => p.code)).toEqual(['UZB']);
    expect(briefs('Serbia and Kosovo resumed talks under EU mediation in Brussels.')).toEqual(['CONSULT SRB+KOS>']);
  });
});

describe('events: a deed in a charge or an accusation is alleged (non-events.json chargeMarkers, modality-words.json allegationVerbs)', () => {
  it('should code no act for the deed someone is charged with, as for one arrested for', () => {
    expect(code('Prosecutors in Skopje charged the former mayor with attacking a journalist.').map((e) => e.event)).toEqual(['ACCUSE']);
  });

  it('should code the deed of an accusation as reported by the accuser, not asserted', () => {
    const events = code('Kyrgyzstan blamed Kazakh border guards for firing on its engineers.');
    expect(events.map((e) => `${e.event} ${e.modality}`)).toEqual(['ACCUSE asserted', 'ASSAULT reported']);
  });

  it('should code no act of its own for an alleged deed that only characterises the accused (modality-words.json allegedActsKept)', () => {
    expect(briefs('Chad accused Sudan of violating its airspace on Monday.')).toEqual(['ACCUSE TCD>SDN']);
    expect(briefs('Ghana accused Togo of sponsoring smugglers along the border.')).toEqual(['ACCUSE GHA>TGO']);
    expect(briefs('Nepal accused India of interfering in its elections.')).toEqual(['ACCUSE NPL>IND']);
    // A material act alleged stays, reported.
    expect(code('Chad accused Sudan of bombing a border town on Monday.').map((e) => `${e.event} ${e.modality}`)).toEqual(['ACCUSE asserted', 'ASSAULT reported']);
  });
});

describe('events: blocking a way of passage is a protest (triggers.json ROADS)', () => {
  it('should code farmers blocking a canal or students an intersection as PROTEST obstruct', () => {
    expect(code('Hundreds of farmers blocked the irrigation canal with tractors on Thursday.').map((e) => `${e.event}/${e.mode}`)).toEqual(['PROTEST/obstruct']);
    expect(code('Students blocked a busy intersection in Tirana for two hours.').map((e) => `${e.event}/${e.mode}`)).toEqual(['PROTEST/obstruct']);
  });
});

describe('events: struggling with a thing that is no party is a difficulty (non-events.json hardships)', () => {
  it('should code no fight for struggling or grappling with a shortage', () => {
    expect(code('The Mongolian army struggled with a lack of fuel during the winter.')).toEqual([]);
    expect(code('The peacekeeping force in Bosnia struggles with a lack of money.')).toEqual([]);
  });

  it('should keep a struggle with a party', () => {
    expect(code('Police in Tirana struggled with protesters outside parliament.').map((e) => e.event)).toEqual(['ASSAULT']);
  });
});

describe('events: people forced to flee by an attack are its outcome (role-words.json flightOutcomes)', () => {
  it('should code one attack for "…, forcing N to flee"', () => {
    expect(code('Militants overran the district centre in 2019, forcing the governor to flee.').map((e) => e.event)).toEqual(['ASSAULT']);
    expect(code('Gunmen stormed the village of Kuma on Sunday, forcing hundreds to flee.').map((e) => e.event)).toEqual(['ASSAULT']);
  });

  it('should keep forcing people out as a coercion of its own', () => {
    expect(code('Police in Almaty forced the protesters to leave the square.').map((e) => e.event)).toEqual(['COERCE']);
  });
});

describe('events: a signature mark closing a document is no act (non-events.ts)', () => {
  it('should code nothing for "(signed)" after a name', () => {
    expect(code('The Minister of the Interior of Albania (signed)')).toEqual([]);
  });
});

describe('events: a broker written with a hyphen before its participle ("Uzbek-mediated talks") is the third party (roles.ts findBrokers)', () => {
  it('should code the mediator as third party, not as a side of the talks', () => {
    const talks = code('Uzbek-mediated talks between Kazakhstan and Kyrgyzstan opened in Tashkent on Monday.');
    expect(talks.map(brief)).toEqual(['CONSULT KAZ+KGZ>']);
    expect(talks[0]!.third_party.map((p) => p.code)).toEqual(['UZB']);
  });
});

describe('events: a speech verb in a circumstance clause reports nothing (assign-modality.ts speechVerb)', () => {
  it.each([
    ['Youths looted the party offices in Kandi after the results were announced.', 'looted'],
    ['Farmers blocked the highway near Mzuzu as the new prices were announced.', 'blocked'],
  ])('should keep the act asserted: %j', (text, trigger) => {
    const act = code(text).find((e) => e.evidence.trigger.text === trigger);
    expect(act?.modality).toBe('asserted');
  });

  it('should still read a speech verb told after the act as reporting it', () => {
    expect(code('Youths looted the party offices in Kandi, the police announced.').find((e) => e.evidence.trigger.text === 'looted')?.modality).toBe('reported');
  });
});

describe('events: talks one is open or ready to are offered, not held (modality-words.json offerAdjectives, events 144)', () => {
  it('should code the offer as AGREE by whoever is ready for the talks', () => {
    expect(briefs('The Peruvian government is open to negotiations with the miners.').map((b) => b.split(' ')[0])).toEqual(['AGREE']);
    expect(briefs('The Peruvian government is open to negotiations with the miners.')[0]).toMatch(/^AGREE PER>/);
    expect(briefs('Nepal is ready for talks with the striking teachers.')[0]).toMatch(/^AGREE NPL>/);
  });

  it('should keep talks opened or held a meeting', () => {
    expect(briefs('Peru and Bolivia opened talks in La Paz on Monday.')).toEqual(['CONSULT PER+BOL>']);
  });
});

describe('events: a running total told in the perfect is no act of its own (index.ts runningTotal: no doer named, a total\'s cue; events 144)', () => {
  it.each([
    'In total, 1,480 prisoners have been released since the truce began.',
    'Altogether more than 600 people have been arrested since the strike began.',
  ])('should code no event for %j', (text) => {
    expect(code(text)).toEqual([]);
  });

  it('should still code an act with its doer named, or counted since a date of the news', () => {
    expect(code('Rebels released 40 prisoners on Tuesday.').map((e) => e.event)).toEqual(['RETREAT']);
    expect(code('Bandits have killed at least 40 villagers in Zamfara since Sunday.').map((e) => e.event)).toEqual(['ASSAULT']);
    // Since a date long before the news too: with its doer named and credited to no statistics it is told as its acts
    // (non-events.ts countOverPeriod, toll-updates.test.ts).
    expect(code('Bandits have killed at least 40 villagers in Zamfara since April.').map((e) => e.event)).toEqual(['ASSAULT']);
  });

  it('should code the act whose count a later total\'s cue does not govern (quantities findCumulativeCue)', () => {
    const events = code('Nine herders have been kidnapped near Gusau since Monday, and a total of 85 people have been seized in the district this year, police said.');
    expect(events.map((e) => `${e.event}/${e.mode} ${e.size.persons?.value}`)).toEqual(['ASSAULT/abduct 9']);
  });
});

describe('events: an invitation announced for later promises a meeting (recode-by-modality.ts, events 144)', () => {
  it('should code a future invitation AGREE, and a made one too (an invitation offers a meeting: PLOVER, triggers.json 2026-12-05t)', () => {
    expect(code('The Swiss envoy will invite both rebel leaders to Geneva next month.').map((e) => e.event)).toEqual(['AGREE']);
    expect(code('The Swiss envoy invited both rebel leaders to Geneva.').map((e) => `${e.event}/${e.mode}`)).toEqual(['AGREE/null']);
  });
});

describe('events: a material act someone tried or attempted to do was begun, coded as the act (modality-words.json attemptVerbs)', () => {
  const modal = (text: string, trigger: string) => code(text).find((e) => e.evidence.trigger.text === trigger)?.modality ?? 'no event';
  const kinds = (text: string) => code(text).map((e) => `${e.event}/${e.modality}`);
  it('should code an attempted storming or seizure as done, and anything coordinated with it', () => {
    const text = 'After the verdict, supporters of the jailed mayor tried to storm the courthouse in Kakamega and threw stones at the guards.';
    expect(modal(text, 'storm')).toBe('asserted');
    expect(modal(text, 'threw')).toBe('asserted');
    expect(modal('Gunmen attempted to seize a fuel depot outside Bamako overnight.', 'seize')).toBe('asserted');
  });

  it('should keep the attempt\'s own mood', () => {
    // Told by someone: the attempt is their claim.
    expect(kinds('The rebels said they had tried to seize the bridge at Mutukula.')).toEqual(['COERCE/reported']);
    // Still to be tried: a future act of force is a threat (recode-by-modality), no seizure told as done.
    expect(kinds('Opposition youths will try to occupy the main square in Nakuru on Friday.')).toEqual(['THREATEN/asserted']);
  });

  it('should keep a meeting tried for hypothetical', () => {
    expect(kinds('The envoy tried to arrange talks between the two factions.')).toEqual(['CONSULT/hypothetical']);
  });

  it('should keep an arrest or a ban only tried for hypothetical (an arrest tried for was not made)', () => {
    expect(kinds('Police tried to detain the union\'s secretary-general at the airport in Kisumu, but hundreds of his followers surrounded the car.')).toEqual(['COERCE/hypothetical']);
    expect(kinds('The interior ministry tried to outlaw the student federation.')).toEqual(['COERCE/hypothetical']);
  });
});

describe('events: an act someone was supposed to do is not told as done (modality-words.json hypotheticalGovernors)', () => {
  it('should not code a withdrawal the soldiers were supposed to make as asserted', () => {
    const withdrawal = code('Two army companies were supposed to withdraw from Kasese district last week, a local official complained.').find((e) => e.evidence.trigger.text === 'withdraw');
    expect(withdrawal?.modality ?? 'no event').not.toBe('asserted');
  });
});

describe('modality: a speech verb after a quotation reports it, whatever the parse hangs it under', () => {
  it('does not give the report (and what it goes on to tell) the mood of a verb inside the quote', () => {
    for (const text of [
      '"Some politicians want to wreck our economy because they lost power," the finance minister told lawmakers on Wednesday, accusing the former ruling party of sabotage.',
      '"There are groups who want to drag the republic into civil strife because they were beaten at the ballot box," the defence minister told parliament on Thursday, accusing rebel commanders of hiding weapons.',
    ]) {
      const e = code(text).find((x) => x.evidence.trigger.text === 'accusing');
      expect(e).toMatchObject({ event: 'ACCUSE' });
      expect(['asserted', 'reported']).toContain(e!.modality);
    }
  });
});
