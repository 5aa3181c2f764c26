import { describe, expect, it } from 'vitest';
import { codeText, partyCodes } from '../../../test/helpers/code-text.js';

/**
 * Parties the coder finds but could not code (issue: "actor found, no code"): a body taken up by its kind ("the
 * union"), and the state such parties belong to. Sentences are our own.
 */
const byTrigger = (text: string, trigger: string, published?: string) => codeText(text, published).find((e) => e.evidence.trigger.text === trigger);
/** The act of the story's last sentence told by `trigger`. */
const lastByTrigger = (text: string, trigger: string, published?: string) => codeText(text, published).filter((e) => e.evidence.trigger.text === trigger).at(-1);

describe('"the union", "the association" is the body of that kind named a few sentences before it (group-nouns.json bodyNouns)', () => {
  it('should take up the named union over a body of another kind named in between', () => {
    const act = byTrigger('The Malawi Teachers Union called a national strike on Monday. The Ministry of Education said schools would stay open. On Tuesday the union rejected a pay offer from the ministry.', 'rejected');
    expect(act?.actor.map((p) => [p.code, p.sector])).toEqual([['MWI', 'LAB']]);
  });

  it('should take up the named association, not an organisation of another kind named before it', () => {
    const act = byTrigger('Amnesty International said the Ghana Mineworkers Association had been harassed. On Friday the association accused the mining company of unpaid wages.', 'accused');
    expect(partyCodes(act?.actor)).toBe('GHA');
  });

  it('should take up no body whose name lacks the noun', () => {
    const act = byTrigger('Amnesty International criticised the new mining law in Ghana. On Friday the association accused the mining company of unpaid wages.', 'accused');
    expect(act).toBeDefined();
    // The association itself, uncoded but for the story's state: not Amnesty.
    expect(act!.actor.map((p) => [p.code, p.sector, p.text])).toEqual([['GHA', null, 'association']]);
  });

  it('should not take up a named body of the kind when one without a name was mentioned since', () => {
    const act = byTrigger('The European Union pledged funds for Kenya\'s health system last year. Dock workers in Mombasa walked out on Thursday, led by their union. On Friday the union accused the port authority of cutting overtime pay.', 'accused');
    expect(act).toBeDefined();
    // Not the EU: the dock workers' own union, of the state the story is told from (infer-party-codes.ts definiteBody).
    expect(act!.actor.map((p) => [p.code, p.sector, p.text])).toEqual([['KEN', null, 'union']]);
  });

  it('should not take up a body of the kind named more than a few sentences before', () => {
    const act = byTrigger('The European Union opened a trade office in Accra in March. Cocoa prices rose sharply over the summer. Farmers in the Ashanti region said buyers paid late. Many sold their beans in Togo instead. On Tuesday the union accused the buyers of cheating farmers.', 'accused');
    expect(act).toBeDefined();
    expect(act!.actor.map((p) => [p.code, p.sector, p.text])).toEqual([['GHA', null, 'union']]);
  });

  it('should take up a named board, read from the same list of body nouns as an uncoded body subject', () => {
    const act = byTrigger('The Ghana Cocoa Board raised the farm-gate price on Monday. Two days later the board accused smugglers of moving beans into Togo.', 'accused');
    expect(act).toBeDefined();
    expect(act!.actor.map((p) => [p.code, p.sector, p.text])).toEqual([['GHA', null, 'the board']]);
  });
});

describe('"the mission", "the force" is the body the story called so, by its name or beside it (actors/17-definite-groups.ts kindNounOf)', () => {
  it('should take up a body the story called a mission in apposition to its name', () => {
    const act = byTrigger('UNAMIR, the UN peacekeeping mission in Rwanda, opened a depot near Butare on Monday. On Friday the mission accused militiamen of looting the depot.', 'accused');
    expect(partyCodes(act?.actor)).toBe('UNO');
  });

  it('should take up the mission a body\'s possessive names as its own', () => {
    const act = byTrigger("The European Union's police mission sent advisers to Kinshasa in May. The mission then condemned the killing of two teachers in Kananga.", 'condemned');
    expect(partyCodes(act?.actor)).toBe('EUR');
  });

  it('should take up a body whose own name holds the noun', () => {
    const act = byTrigger('The United Nations Monitoring Mission in Veldoria opened a base outside Tarsk last week. Two days later the mission blamed the militia for shelling the base.', 'blamed');
    expect(partyCodes(act?.actor)).toBe('UNO');
  });

  it('should give "the mission" no actor when no body was called a mission', () => {
    const act = byTrigger('The United Nations sent food to Zugdidi on Monday. On Tuesday the mission accused the militia of firing on the convoy.', 'accused');
    expect(act?.actor.some((p) => p.code === 'UNO') ?? false).toBe(false);
  });
});

describe('a definite noun that as often names no body is no uncoded subject (group-nouns.json bodyNouns.namedOnly)', () => {
  it('should give "the party" no actor when no party was named', () => {
    const act = byTrigger('After the concert in Ndola the party moved on to a hotel bar. The party accused the bouncers of assault.', 'accused');
    expect(act?.actor ?? []).toEqual([]);
  });

  it('should give "the management" no actor', () => {
    const act = byTrigger("The management turned down the cleaners' pay demands on Wednesday.", 'turned down');
    expect(act?.actor ?? []).toEqual([]);
  });
});

/** A story told from Zambia (headline, dateline, lead) that names Malawi often enough that no state is its home country. */
const BORDER_STORY = [
  'Zambia closes border post after clash with customs officers',
  'CHIPATA, Zambia — Zambian authorities closed the Mwami border post on Monday after customs officers from Malawi seized three grain lorries, and Zambia\'s trade minister said Lusaka would complain.',
  'Malawi\'s revenue authority said the lorries carried undeclared maize bound for Mozambique. Malawi accused the drivers of smuggling, and Lilongwe summoned a Zambian diplomat.',
].join('\n\n');

describe('local people and bodies take the state the story is told from (infer-party-codes inferSalientState)', () => {
  it('should code a person the story introduces as a local trader, facing the rulers of that state', () => {
    const act = lastByTrigger(`${BORDER_STORY}\n\nMarket vendor Grace Banda, 38, called on the district commissioner to reopen the post.`, 'called on', '2024-03-07');
    expect(partyCodes(act?.actor)).toBe('ZMB');
  });

  it('should code a body named in capitals that no dictionary knows, of no armed or state sector', () => {
    const act = lastByTrigger(`${BORDER_STORY}\n\nThe Mwami Grain Sellers Club accused the district commissioner of ignoring the seizures.`, 'accused', '2024-03-07');
    expect(partyCodes(act?.actor)).toBe('ZMB');
  });
});

describe('a state body named with "for" ("the Ministry for Foreign Affairs") is one body, as one named with "of"', () => {
  it('should give the story\'s state to a ministry for … that summons a foreign envoy', () => {
    const text = 'REYKJAVIK, Iceland (AP) — Icelandic coast guard vessels escorted two trawlers out of the fishing grounds off Iceland on Sunday. '
      + 'Fishermen in Iceland said the trawlers had cut their nets. The Ministry for Foreign Affairs summoned Norway\'s ambassador on Monday.';
    const act = byTrigger(text, 'summoned');
    expect(act).toBeDefined();
    expect(partyCodes(act!.actor)).toBe('ISL');
  });
});

describe('a definite body subject no dictionary knows ("the union", "the council") is of the state the story is about', () => {
  // A story at home, its body named only by its kind: no dictionary and no earlier name code it.
  const story = (subject: string) => 'CARTAGENA, Colombia — Nurses at three public clinics in Cartagena walked out on Thursday, '
    + 'saying they had gone four months without pay. Colombia\'s health ministry promised to settle the arrears by June. '
    + `Two days later ${subject} threatened to widen the stoppage to every clinic on the coast.`;

  it('should give "the guild" the story\'s state', () => {
    const act = lastByTrigger(story('the guild'), 'threatened');
    expect(act).toBeDefined();
    expect(partyCodes(act!.actor)).toBe('COL');
  });

  it('should leave a noun that as often names no body uncoded (bodyNouns.namedOnly)', () => {
    const act = lastByTrigger(story('the management').replace('widen the stoppage to every clinic on the coast', 'dismiss the striking nurses'), 'threatened');
    expect(act).toBeDefined();
    expect(act!.actor).toEqual([]);
  });

  it('should not give the story\'s state to "the union" when the article named a union of states, however far back', () => {
    const text = 'BAMAKO, Mali — The African Union suspended Mali from all of its bodies on Monday, three days after soldiers seized power. '
      + 'The junta dissolved parliament and closed the borders. Traders in Bamako said food prices had doubled. '
      + 'Soldiers guarded the state broadcaster overnight. Schools reopened in the capital on Thursday. '
      + 'By Friday the union had threatened to widen the penalties.';
    const act = lastByTrigger(text, 'threatened');
    expect(act).toBeDefined();
    expect(partyCodes(act!.actor)).not.toBe('MLI');
  });
});

describe('a state body named again without its state (infer-party-codes earlierBody, singleBody; h34b)', () => {
  it('should take the state of the earlier mention of the same kind of body, past another state\'s body of the same head', () => {
    const text = "Peru's energy ministry said it had approved 12 drilling permits. Bolivia's trade ministry criticised the permits on Monday. On Tuesday the energy ministry accused two oil firms of polluting the river.";
    expect(byTrigger(text, 'accused')?.actor.map((p) => p.code)).toEqual(['PER']);
  });

  it('should read "its foreign ministry" as one body of the state the story is about', () => {
    const text = 'Police in Bamako arrested 12 traders at the market on Friday. The government of Mali said the traders had smuggled fuel. '
      + 'Mali closed its border crossing with Senegal for three days. A day later its foreign ministry summoned the Senegalese ambassador over the seized trucks.';
    expect(byTrigger(text, 'summoned')?.actor.map((p) => p.code)).toEqual(['MLI']);
  });
});
