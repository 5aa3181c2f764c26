import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../eval/paths.js';
import { HAVE_SHARED } from '../../test/helpers/optional.js';
import { actorCodesOn, expandSynset, parseActorDictionary, parseAgentDictionary, parseDiscardList, parsePetrarchDictionaries, parseVerbDictionary } from './petrarch.js';

const gold = (kind: string) => readFileSync(sharedPath('gold', 'petrarch-unit', `PETR.Validate.${kind}.txt`), 'utf8');

describe('parseActorDictionary', () => {
  it('should read names, + synonyms and codes, skipping both comment styles', () => {
    const dict = parseActorDictionary('<!-- a\nmulti-line comment -->\nGONDOR [GON]\n+MINAS_TIRITH\n+ANORIEN\nATHENS  [GRC] #JW   10/17/91\n');
    expect(dict.diagnostics).toEqual([]);
    expect(dict.entries.map((e) => [e.names, e.codes[0]!.codes])).toEqual([
      [[['gondor'], ['minas', 'tirith'], ['anorien']], ['GON']],
      [[['athens']], ['GRC']],
    ]);
  });

  it.each([
    ['1995-05-31', ['HOB']],
    ['1997-01-01', ['HOBGOV']],
    ['2001-01-01', ['HOBREB']],
  ])('should pick the date-restricted code in force on %s', (date, codes) => {
    const dict = parseActorDictionary('GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n');
    expect(actorCodesOn(dict.entries[0]!, date)).toEqual(codes);
  });

  it('should read a null code and several codes at once', () => {
    const dict = parseActorDictionary('BOROMIR  [---]\nTHE_SHIRE  [FRO/BIL/SAM]\n');
    expect(dict.entries.map((e) => e.codes[0]!.codes)).toEqual([[], ['FRO', 'BIL', 'SAM']]);
  });

  it('should report a bad line with its line number and go on', () => {
    const dict = parseActorDictionary('GONDOR [GON]\nROHAN [ROH 95x601]\nMORDOR [MOR]\n');
    expect(dict.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[2, 'dictionaries/bad-actor-code'], [2, 'dictionaries/actor-without-code']]);
    expect(dict.entries.map((e) => e.names[0])).toEqual([['gondor'], ['mordor']]);
  });
});

describe('parseAgentDictionary', () => {
  it('should read suffix and prefix codes, plurals and !SET! substitutions', () => {
    const dict = parseAgentDictionary('!PERSON! = MAN, MEN\nPOLICE {} [ ~COP]\nSOLDIER [~MIL]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nMSF {}  [NGO~]\nCONGRESS!PERSON! [~LEG]\n');
    expect(dict.diagnostics).toEqual([]);
    expect(dict.entries.map((e) => [e.names.map((n) => n.join(' ')), e.code, e.position])).toEqual([
      [['police'], 'COP', 'suffix'],
      [['soldier', 'soldiers'], 'MIL', 'suffix'],
      [['attorney general', 'attorneys general'], 'GOV', 'suffix'],
      [['msf'], 'NGO', 'prefix'],
      [['congressman', 'congressmen'], 'LEG', 'suffix'],
    ]);
  });

  it('should pluralise the head of a phrase with "of" or "for", not its last word', () => {
    const dict = parseAgentDictionary('HEAD_OF_STATE [~GOV]\nARMY_CHIEF_OF_STAFF [~MIL]\nMINISTRY_FOR_REFUGEES [~GOV]\nSECURITY_FORCE [~COP]\nMILITIAMAN [~REB]\nHUMAN_RIGHTS_WORKER [~NGO]\n');
    expect(dict.entries.map((e) => e.names.map((n) => n.join(' ')))).toEqual([
      ['head of state', 'heads of state'],
      ['army chief of staff', 'army chiefs of staff'],
      ['ministry for refugees', 'ministries for refugees'],
      ['security force', 'security forces'],
      ['militiaman', 'militiamen'],
      ['human rights worker', 'human rights workers'],
    ]);
  });

  it('should report an agent code without "~"', () => {
    const dict = parseAgentDictionary('POLICE [COP]\n');
    expect(dict.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[1, 'dictionaries/bad-agent-code']]);
  });
});

describe('parseVerbDictionary', () => {
  const source = '&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- RESTORE  [064]  ---\nRESTORE    # pas\n- * DIPLOMATIC  [064]\n- NOT * RELATIONS  [112]\n- * NEW_&TIETYPES_RELATIONS [903]\n--- LEFT [032:033] ---\nLEFT\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN  }\nWIRE_+TAP {WIRE_+TAPPED}\n';
  const dict = parseVerbDictionary(source);

  it('should read groups, codes, paired codes and verb forms', () => {
    expect(dict.diagnostics).toEqual([]);
    expect(dict.groups.map((g) => [g.name, g.code])).toEqual([['RESTORE', { code: '064', paired: null }], ['LEFT', { code: '032', paired: '033' }], ['BREAK', { code: '1717', paired: null }]]);
    expect(dict.groups[2]!.verbs.map((v) => v.spellings)).toEqual([
      [{ words: ['break'], head: 0 }, { words: ['broke'], head: 0 }, { words: ['broken'], head: 0 }],
      [{ words: ['wire', 'tap'], head: 1 }, { words: ['wire', 'tapped'], head: 1 }],
    ]);
  });

  it('should read pattern elements with their joins', () => {
    const pattern = dict.groups[0]!.patterns[2]!;
    expect(pattern.elements).toEqual([
      { kind: 'verb', joined: false },
      { kind: 'word', text: 'new', joined: true },
      { kind: 'synset', name: 'TIETYPES', joined: true },
      { kind: 'word', text: 'relations', joined: false },
    ]);
    expect(expandSynset(dict.synsets, 'TIETYPES')).toEqual([['military'], ['economic']]);
  });

  it('should read the words inside PETRARCH-2 phrase brackets', () => {
    const bracketed = parseVerbDictionary('--- SEND [070] ---\nSEND\n- * (TO) {ARMS SHIPMENT} [072]\n');
    expect(bracketed.groups[0]!.patterns[0]!.elements.filter((e) => e.kind === 'word').map((e) => e.kind === 'word' && e.text)).toEqual(['to', 'arms', 'shipment']);
  });

  it('should report a pattern without a code and one without a verb marker', () => {
    const bad = parseVerbDictionary('--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC\n- FULL TIES [064]\n');
    expect(bad.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[3, 'dictionaries/pattern-without-code'], [4, 'dictionaries/pattern-verb-marker']]);
  });
});

describe('parseDiscardList', () => {
  it('should tell story-level from sentence-level discards', () => {
    const list = parseDiscardList('# comment\nBASEBALL\n+TYPHOON   # ELH\nAFRICAN NATIONS CUP   # ab ;AB 13 JUN 2005\n');
    expect(list.entries.map((e) => [e.words.join(' '), e.scope])).toEqual([['baseball', 'sentence'], ['typhoon', 'story'], ['african nations cup', 'sentence']]);
  });
});

// The dictionaries are gold data in ../shared, not in the repository: without it this is skipped.
describe.skipIf(!HAVE_SHARED)('the PETRARCH validation dictionaries', () => {
  it('should parse with only the one doubly-coded group reported', () => {
    const dict = parsePetrarchDictionaries({ actors: gold('actors'), agents: gold('agents'), verbs: gold('verbs'), discards: gold('discards') });
    expect(dict.actors.entries.length).toBeGreaterThan(120);
    expect(dict.agents.entries.length).toBeGreaterThan(80);
    expect(dict.verbs.groups.length).toBeGreaterThan(250);
    expect(dict.discards.entries).toHaveLength(9);
    expect(dict.diagnostics.map((d) => [d.file, d.line, d.ruleId])).toEqual([['verbs', 447, 'dictionaries/extra-code']]);
  });
});
