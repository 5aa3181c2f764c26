import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { dictionaryActors } from './actors-stage.js';
import { parsePetrarchDictionaries } from './petrarch.js';
import { compileVerbPatterns, matchPattern } from './verb-patterns.js';
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
    ['Arnor police arrested students in Minas Tirith.', [['Arnor police', 'ARN', 'COP', null], ['Minas Tirith', 'GON', null, null]]],
    ["Dagolath's Prime Minister Telemar left for Gondor.", [["Dagolath's Prime Minister Telemar", 'DAG', 'GOV', null], ['Gondor', 'GON', null, null]]],
    ['Soldiers from Gondor cordoned off the roads.', [['Soldiers from Gondor', 'GON', 'MIL', null]]],
    ['An MSF Arnor official spoke.', [['MSF Arnor official', 'NGO', 'ARNGOV', null]]],
    ['Lawmakers in Arnor and Gondor welcomed it.', [['Lawmakers in Arnor', 'ARN', 'LEG', null], ['Gondor', 'GON', 'LEG', null]]],
    ['A senior official said on Saturday.', [['official', null, 'GOV', null]]],
    ['Lorien welcomed it.', [['Lorien', null, null, ['ELR', 'GAL']]]],
    // "former" makes an agent ELI, CAMEO's sector for former officials.
    ['Arnor former officials met Gondor prosecutors.', [['Arnor former officials', 'ARN', 'ELI', null], ['Gondor prosecutors', 'GON', 'JUD', null]]],
    ['Former officials in Gondor spoke.', [['officials in Gondor', 'GON', 'ELI', null]]],
    // Coordinated agents each go with each coordinated actor.
    ['Lawmakers and officials in Arnor and Gondor welcomed it.', [['Lawmakers and officials in Arnor', null, null, ['ARNLEG', 'ARNGOV']], ['Gondor', null, null, ['GONLEG', 'GONGOV']]]],
    ['Arnor media and government warned Gondor.', [['Arnor media and government', null, null, ['ARNMED', 'ARNGOV']], ['Gondor', 'GON', null, null]]],
    // Agents in a row stack.
    ['Arnor Islamist media warned Gondor.', [['Arnor Islamist media', 'ARN', 'MUSMED', null], ['Gondor', 'GON', null, null]]],
    ["Arnor's awful and evil minister spoke.", [["Arnor's awful and evil minister", 'ARN', 'GOV', null]]],
    // Words the tokenizer splits ("Barad" "-" "dur") and underscores written for spaces.
    ['They were freed from Barad-dur and sent to Dol_Amroth.', [['Barad-dur', 'MOR', null, null], ['Dol_Amroth', 'DOL', null, null]]],
  ])('should code "%s"', (text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});

describe('verb patterns', () => {
  const { patterns } = compileVerbPatterns(dict.verbs);
  const codeAt = (text: string, verb: string) => {
    const doc = makeDoc(text);
    const head = doc.tokens.findIndex((t) => t.normal === verb);
    return patterns.find((p) => matchPattern(p, doc.tokens, head, 0, doc.tokens.length))?.cameo;
  };

  it.each([
    ['Arnor is about to restore full diplomatic ties with Gondor.', 'restore', '064'],
    ['Arnor will not restore its relations with Gondor.', 'restore', '112'],
    ['Arnor will abandon new economic relations with Gondor.', 'abandon', '903'],
    // "_" joins words: "global" may not come between NEW and the synset.
    ['Arnor will abandon new global economic relations with Gondor.', 'abandon', '345'],
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
