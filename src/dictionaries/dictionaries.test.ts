import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { dictionaryActors } from './actors-stage.js';
import { parsePetrarchDictionaries } from './petrarch.js';
import { compileVerbPatterns, inflections, matchPattern } from './verb-patterns.js';
import { patternsToTriggers } from './verb-triggers.js';

const dict = parsePetrarchDictionaries({
  actors: 'ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nDAGOLATH [DAG]\n+TELEMAR\nLORIEN [ELR/GAL]\nDOL_AMROTH [DOL]\nBARAD-DUR [MOR]\n',
  agents: 'POLICE {} [~COP]\nSOLDIER [~MIL]\nPRIME_MINISTER [~GOV]\nOFFICIAL [~GOV]\nMSF {} [NGO~]\nLAWMAKER [~LEG]\n'
    + 'MEDIA {} [~MED]\nGOVERNMENT [~GOV]\nISLAMIST [~MUS]\nMINISTER [~GOV]\nPROSECUTOR [~JUD]\n',
  verbs: '&TIETYPES\n+MILITARY\n+ECONOMIC\n--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC [064]\n- NOT * RELATIONS [112]\n--- ABANDON [345] ---\nABANDON\n- * NEW_&TIETYPES_RELATIONS [903]\n',
  version: 'test',
});

function actorsOf(text: string, date?: string) {
  const doc = makeDoc(text, date ? { publishedAt: date } : {});
  dictionaryActors(dict).run(doc, { report: () => {} });
  return doc.actors.map((a) => [a.text, a.code, a.sector, a.members ?? null]);
}

describe('dictionaryActors', () => {
  it.each([
    ['Arnor police detained two traders near Minas Tirith.', [['Arnor police', 'ARN', 'COP', null], ['Minas Tirith', 'GON', null, null]]],
    ["Dagolath's Prime Minister Telemar flew home from Gondor.", [["Dagolath's Prime Minister Telemar", 'DAG', 'GOV', null], ['Gondor', 'GON', null, null]]],
    ['Soldiers from Gondor guarded the bridge at dawn.', [['Soldiers from Gondor', 'GON', 'MIL', null]]],
    ['An MSF Gondor official toured the camp.', [['MSF Gondor official', 'NGO', 'GONGOV', null]]],
    ['Lawmakers in Dagolath and Arnor praised the treaty.', [['Lawmakers in Dagolath', 'DAG', 'LEG', null], ['Arnor', 'ARN', 'LEG', null]]],
    ['A senior official declined to comment.', [['official', null, 'GOV', null]]],
    ['Lorien sent envoys.', [['Lorien', null, null, ['ELR', 'GAL']]]],
    // "former" makes an agent ELI, CAMEO's sector for former officials.
    ['Dagolath former ministers briefed Arnor prosecutors.', [['Dagolath former ministers', 'DAG', 'ELI', null], ['Arnor prosecutors', 'ARN', 'JUD', null]]],
    ['Former officials in Dagolath resigned.', [['officials in Dagolath', 'DAG', 'ELI', null]]],
    // Coordinated agents each go with each coordinated actor.
    ['Lawmakers and officials in Gondor and Dagolath signed the pact.', [['Lawmakers and officials in Gondor', null, null, ['GONLEG', 'GONGOV']], ['Dagolath', null, null, ['DAGLEG', 'DAGGOV']]]],
    ['Gondor media and government mocked Dagolath.', [['Gondor media and government', null, null, ['GONMED', 'GONGOV']], ['Dagolath', 'DAG', null, null]]],
    // Agents in a row stack.
    ['Dagolath Islamist media praised Arnor.', [['Dagolath Islamist media', 'DAG', 'MUSMED', null], ['Arnor', 'ARN', null, null]]],
    ["Gondor's grim and cunning minister resigned.", [["Gondor's grim and cunning minister", 'GON', 'GOV', null]]],
    // Words the tokenizer splits ("Barad" "-" "dur") and underscores written for spaces.
    ['The envoys travelled from Barad-dur to Dol_Amroth.', [['Barad-dur', 'MOR', null, null], ['Dol_Amroth', 'DOL', null, null]]],
  ])('should code "%s"', (text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});

describe('dictionaryActors: people named by one word', () => {
  // Phoenix marks dated entries as people (src/dictionaries/phoenix/load.ts); the toy entry says so by hand.
  const parsed = parsePetrarchDictionaries({ actors: 'ELESSAR_ [GONGOV]\n', agents: 'KING [GOV~]\n', verbs: '', version: 'test' });
  const people = { ...parsed, actors: { ...parsed.actors, entries: parsed.actors.entries.map((e) => ({ ...e, actorKind: 'person' as const })) } };
  const names = (text: string) => {
    const doc = makeDoc(text, { publishedAt: '2024-01-01' });
    dictionaryActors(people).run(doc, { report: () => {} });
    return doc.actors.map((a) => a.text);
  };

  it('should not take the last word of a longer name for the person of that one word', () => {
    expect(names('The court freed the writer Tomas Elessar on Monday.')).toEqual([]);
  });

  it('should still find the person after a title or a courtesy abbreviation', () => {
    expect(names('King Elessar arrived in the city.')).toEqual(['King Elessar']);
    expect(names('Mr. Elessar arrived in the city.')).toEqual(['Elessar']);
  });
});

describe('verb patterns', () => {
  const { patterns } = compileVerbPatterns(dict.verbs);

  it('should inflect a one-syllable verb with its consonant doubled only ("rag" → "ragged", never "raged")', () => {
    expect(inflections('rag')).toEqual(expect.arrayContaining(['rag', 'rags', 'ragged', 'ragging']));
    expect(inflections('rag')).not.toContain('raged');
    expect(inflections('ban')).not.toContain('baning');
    // A longer verb may double or not: both spellings.
    expect(inflections('target')).toEqual(expect.arrayContaining(['targeted', 'targetting']));
    expect(inflections('attack')).toContain('attacked');
  });
  const codeAt = (text: string, verb: string) => {
    const doc = makeDoc(text);
    const head = doc.tokens.findIndex((t) => t.normal === verb);
    return patterns.find((p) => matchPattern(p, doc.tokens, head, 0, doc.tokens.length))?.cameo;
  };

  it.each([
    ['Dagolath hopes to restore diplomatic contacts with Lorien soon.', 'restore', '064'],
    ['Gondor did not restore its trade relations with Arnor.', 'restore', '112'],
    ['Dagolath may abandon new military relations with Arnor.', 'abandon', '903'],
    // "_" joins words: "global" may not come between NEW and the synset.
    ['Dagolath may abandon new global military relations with Arnor.', 'abandon', '345'],
  ])('should code "%s" with the most specific matching pattern', (text, verb, code) => {
    expect(codeAt(text, verb)).toBe(code);
  });

  it('should make trigger rules only for codes with a PLOVER reading, with their cue words', () => {
    const { triggers } = patternsToTriggers(patterns);
    const restore = triggers.filter((t) => t.phrase === 'restore');
    expect(restore.map((t) => [t.event, t.objects ?? null, t.preceded ?? null])).toEqual([
      ['ACCUSE', ['relations'], ['not']],
      ['COOPERATE', ['diplomatic'], null],
      ['COOPERATE', null, null],
    ]);
    expect(triggers.some((t) => t.phrase.startsWith('abandon'))).toBe(false);
  });
});
