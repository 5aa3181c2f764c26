import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// Types of acts told with their object or their frame (stop 46, event types): the powers a coercive measure grants.
// Every sentence here was written for this file.

const code = (text: string): CodedEvent[] => codeText(text, '2026-07-10');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: what a coercive measure allows is the power it grants (role-words.json grantedPowers)', () => {
  it('should code a curfew or an emergency whose participle allows others to act as the measure alone', () => {
    expect(types('The army imposed a curfew on the eastern districts of Goma on Saturday, allowing soldiers to search houses and detain suspects.')).toEqual(['COERCE/curfew']);
  });

  it('should read a permission whose subject is a law or decree as no concession and no act done', () => {
    expect(types('The new law permits the security services to tap phones and arrest suspects.')).toEqual([]);
    expect(types('The governor signed a decree on Thursday that permits troops to seize vehicles at checkpoints.').filter((t) => t.startsWith('COERCE'))).toEqual([]);
  });

  it('should read a law or an order that lets people do what they may not as a concession, not a power granted', () => {
    // Review 46 (A8): the measure route only for a coercive measure or a coercive act permitted.
    expect(types('A tribunal order permits the imprisoned blogger to return home.')).toEqual(['CONCEDE/-']);
    expect(types('A new regulation allows street vendors to trade in the city centre.')).toEqual(['CONCEDE/-']);
  });

  it('should still code a party that lets others in or allows an act as its concession', () => {
    expect(types('Rebels allowed aid workers to enter the town on Monday.')).toEqual(['RETREAT/access']);
    expect(types('The junta allowed the deposed president to leave the country on Friday.')).toContain('CONCEDE/-');
  });
});

describe('events: a reduction of relations announced with no condition is the decision (role-words.json announcedDecisions)', () => {
  it('should code an announced withdrawal from a bloc or a withholding of funds as SANCTION, not THREATEN', () => {
    expect(types('The junta said on Friday that Mali would leave the regional economic bloc.')).toEqual(['SANCTION/withdraw']);
    expect(types('The European Commission said on Monday it would withhold 300 million euros in farm subsidies from the government in Lilongwe.')).toEqual(['SANCTION/discontinue']);
  });

  it('should keep a conditional or vowed reduction a warning', () => {
    expect(types('The president of Malawi said the country would cut diplomatic ties with Zambia if the raids continued.')).toEqual(['THREATEN/relations']);
    expect(types('Rebels vowed to expel the foreign companies from the mining region.')).toEqual(['THREATEN/expel']);
  });

  it('should keep a reduction that others predict, report or expect, or one under a condition or only planned, a warning', () => {
    // Review 46 (A1): only the acting party's own word is its decision.
    expect(types('Economists said the World Bank would freeze its loans to Zambia.')).toContain('THREATEN/relations');
    expect(types('Economists said the World Bank would freeze its loans to Zambia.').filter((t) => t.startsWith('SANCTION'))).toEqual([]);
    expect(types('Observers in Dakar predict that Guinea will quit the monetary union within a year.')).toEqual(['THREATEN/relations']);
    expect(types('Opposition lawmakers said the cabinet would sever relations with Burundi.')).toEqual(['THREATEN/relations']);
    expect(types('Without a fresh compromise, Kenya will withdraw from the East African trade pact.')).toEqual(['THREATEN/relations']);
    expect(types('Niger plans to pull out of the defence alliance, two officials said.')).toEqual(['THREATEN/relations']);
  });

  it('should code the acting party\'s own announcement, or a decision told as taken, as the SANCTION', () => {
    expect(types('Ghana said on Tuesday it would recall its ambassador from Lomé.')).toEqual(['SANCTION/discontinue']);
    expect(types('Uganda has decided to expel the Kenyan envoy, a local newspaper reported.')).toEqual(['SANCTION/expel']);
  });

  it('should read money held back from a party as a cut in exchange', () => {
    expect(types('The donors withheld budget support from the Malawian health ministry last year.')).toEqual(['SANCTION/discontinue']);
  });
});

describe('events: the type a verb takes from what it acts on or who does it (triggers.json)', () => {
  it('should read a withdrawn offer as a refusal, not a pull-back', () => {
    expect(types('The mining company withdrew its offer of a bonus in September.')).toEqual(['REJECT/-']);
    expect(types('Ugandan troops withdrew from the border town on Tuesday.')).toEqual(['RETREAT/withdraw']);
  });

  it('should read a hijacked ship or bus as its crew taken captive', () => {
    expect(types('Pirates hijacked a cargo ship off the coast of Somalia on Sunday.')).toEqual(['ASSAULT/abduct']);
    expect(types('Armed men hijacked a minibus on the highway outside Eldoret.')).toEqual(['ASSAULT/abduct']);
  });

  it('should take no one captive when what is hijacked is no vehicle, and read goods hijacked as seized', () => {
    // Review 46 (A7): an account, a website or a meeting hijacked holds no crew or passengers.
    expect(types('Hackers hijacked the official website of the electoral commission on Friday.')).toEqual([]);
    expect(types('A rival faction hijacked the party congress in Lusaka on Saturday.')).toEqual([]);
    expect(types('Bandits hijacked a consignment of fertiliser near Kano.')).toEqual(['COERCE/seize']);
  });

  it('should read negotiators who walk out as leaving the talks, and workers who walk out as striking', () => {
    expect(types('The Tanzanian delegation walked out after two hours.')).toEqual(['REJECT/meet']);
    expect(types('Dock workers in Dar es Salaam walked out on Monday over unpaid wages.')).toEqual(['PROTEST/strike']);
  });

  it('should read a fine issued or imposed as a penalty', () => {
    expect(types('The Kenyan maritime authority issued a fine of 300,000 shillings to the owners of the trawler.')).toEqual(['SANCTION/convict']);
  });
});

describe('events: people who set off or walk somewhere demanding something are protesting (triggers.json participlePurpose)', () => {
  it('should code the march with its demand as one protest, not a request', () => {
    expect(types('Teachers set off from Mombasa on Friday, demanding the payment of their salary arrears.')).toEqual(['PROTEST/demo']);
    expect(types('Hundreds of miners walked to the provincial capital on Monday, demanding compensation for the flooded shafts.')).toEqual(['PROTEST/demo']);
  });

  it('should not code a state\'s or an armed force\'s march, or a walk-out, as a crowd\'s protest', () => {
    // Review 46 (A2): only a crowd's or civilians' march voices a demand as a protest; "walk out" keeps its own rules.
    const walkout = types('The foreign minister walked out of the conference on Wednesday, condemning the draft resolution.');
    expect(walkout).toContain('REJECT/meet');
    expect(walkout.filter((t) => t.startsWith('PROTEST'))).toEqual([]);
    expect(types('Soldiers marched into the village at dawn, demanding that the militia hand over its weapons.').filter((t) => t.startsWith('PROTEST'))).toEqual([]);
    expect(types('Rebel fighters set off toward the border town on Monday, denouncing the peace deal.').filter((t) => t.startsWith('PROTEST'))).toEqual([]);
    expect(types('Several hundred farmers marched to the district office on Thursday, demanding water for their fields.')).toEqual(['PROTEST/demo']);
  });

  it('should not code a journey with no demand as a protest', () => {
    expect(types('The Kenyan president set off for Nairobi on Monday.')).toEqual([]);
  });
});

describe('events: a blockade noun held by a crowd is a protest (role-words.json obstructionNouns)', () => {
  it('should code a blockade by farmers as an obstruction, not the state restricting movement', () => {
    expect(types('A blockade by farmers cut the highway to Nakuru on Tuesday.')).toEqual(['PROTEST/obstruct']);
  });
});
