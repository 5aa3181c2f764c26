import { describe, expect, it } from 'vitest';
import { createPipeline } from '../core/pipeline.js';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { parsePetrarchDictionaries } from './petrarch.js';
import { createDictionaryPlugin, dictionaryAnalysisStages } from './pipeline.js';
import type { DictionaryEventsOptions } from './events-stage.js';
import { compileVerbPatterns } from './verb-patterns.js';

/** A small hand-written dictionary set in the PETRARCH formats, with role markers in the verb patterns. */
const dict = parsePetrarchDictionaries({
  actors: 'ARNOR_ [ARN]\nGONDOR [GON]\nERIADOR [ERI]\nOSGILIATH [OSG]\nFORNOST [FOR]\nBREE [BRE]\nMORDOR [MOR]\n',
  agents: 'GOVERNMENT [~GOV]\nSOLDIER [~MIL]\nPARLIAMENT [~LEG]\n',
  verbs: [
    '--- RECEIVE [---] ---', 'RECEIVE', '- + * MONEY $ [071]',
    '--- CELEBRATE [040] ---', 'CELEBRATE', '- * IFTAR AT ^ ^ + [044]',
    '--- CRITICIZE [121] ---', 'CRITICIZE', '--- OPPOSE [120] ---', 'OPPOSE',
    '--- CONDEMN [122] ---', 'CONDEMN',
    '--- AGREE [030] ---', 'AGREE', '- % * [030:030]',
    '--- EXPEL [174] ---', 'EXPEL', '- * ^ FROM $ [174]',
  ].join('\n'),
  version: 'test',
});

function tuples(text: string, roles: DictionaryEventsOptions['roles'] = 'petrarch'): string[] {
  const plugin = createDictionaryPlugin(dict, { actors: { mode: 'only' }, events: { only: true, roles } });
  const doc = makeDoc(text);
  createPipeline(dictionaryAnalysisStages(plugin), { given: ['text'], onStageError: 'record' }).run(doc);
  const code = (p: { code: string | null; sector: string | null }) => `${p.code ?? '---'}${p.sector ?? ''}`;
  return doc.events.flatMap((e) => {
    const actors = e.actor.map(code);
    const recipients = e.recipient.map(code);
    return (actors.length ? actors : ['---']).flatMap((a) => (recipients.length ? recipients : ['---']).map((r) => `${a}>${r}:${e.cameo}`));
  });
}

describe('compileVerbPatterns role markers', () => {
  it('should place each marker in the gap between literal slots', () => {
    const { patterns } = compileVerbPatterns(dict.verbs);
    const iftar = patterns.find((p) => p.text.includes('IFTAR'))!;
    expect(iftar.afterMarks).toEqual([{ kind: 'skip', gap: 2 }, { kind: 'skip', gap: 2 }, { kind: 'target', gap: 2 }]);
    const money = patterns.find((p) => p.text.includes('MONEY'))!;
    expect([money.beforeMarks, money.afterMarks]).toEqual([[{ kind: 'target', gap: 0 }], [{ kind: 'source', gap: 1 }]]);
  });
});

describe('dictionaryEvents parties from the matched pattern', () => {
  it.each([
    // `+ * MONEY $`: the subject receives, the actor after MONEY gives.
    ['Bree has received through a broker money from Fornost, its longtime rival.', 'markers', ['FOR>BRE:071']],
    // `^ ^ +`: two noun phrases are passed over ("Bree", "the envoys") before the target.
    ['Fornost celebrated Iftar at Bree alongside the envoys of Mordor.', 'markers', ['FOR>MOR:044']],
    // `* ^ FROM $`: the noun phrase after the verb is skipped, the source follows FROM.
    ['Arnor expelled the diplomats from Gondor on Monday.', 'markers', ['GON>---:174']],
  ] as const)('should read the markers in "%s"', (text, roles, expected) => {
    expect(tuples(text, roles)).toEqual(expected);
  });

  it.each([
    // The first actor after the verb is the target, however deep in the object.
    ['Gondor criticized the sudden shutdown of market stalls across Eriador.', ['GON>ERI:121']],
    // Only the first actor group after the verb.
    ['Bree condemned Mordor for refusing to speak to Fornost.', ['BRE>MOR:122']],
    // The subject's whole coordination is the source.
    ['Gondor, the proud Eriador, and Arnor condemned Bree.', ['GON>BRE:122', 'ERI>BRE:122', 'ARN>BRE:122']],
    // The second verb keeps the first one's subject.
    ['The Eriador government condemned a raid by Mordor soldiers and criticized Fornost.', ['ERIGOV>MORMIL:122', 'ERIGOV>FOR:121']],
    // A passive with a "by" agent: the agent acts on the subject.
    ['Bree was strongly opposed by Arnor during the summit.', ['ARN>BRE:120']],
    // A passive without one keeps the subject as source, as PETRARCH does.
    ['The Fornost government was criticized for its quarrel with Gondor.', ['FORGOV>GON:121']],
  ])('should code "%s" as PETRARCH does in petrarch mode', (text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it('should add no mirrored event to a joint act', () => {
    // `% * [030:030]`: the compound already runs both ways; a paired event would have no actor.
    expect(tuples('Eriador and Bree agree that the river must be shared.')).toEqual(['ERI>---:030', 'BRE>---:030']);
  });

  it('should keep the events stage\'s parties for an unmarked pattern in markers mode', () => {
    expect(tuples('Bree condemned Mordor for refusing to speak to Fornost.', 'markers')).toEqual(['BRE>MOR:122', 'BRE>FOR:122']);
  });
});
