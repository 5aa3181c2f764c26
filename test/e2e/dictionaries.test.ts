import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionaries } from '../../src/dictionaries/load.js';
import { docFromRaw } from '../../src/ingest/load.js';
import { createDocumentCoder } from '../../src/pipeline/default.js';
import { ROOT } from '../helpers/cli.js';

/** The README's dictionary example runs with the files shipped in examples/dictionaries. */
describe('the example dictionaries', () => {
  const files = ['caucasus-people.csv', 'caucasus.actors.dict', 'caucasus.agents.dict', 'caucasus.verbs.dict', 'caucasus.discards.dict']
    .map((name) => join(ROOT, 'examples/dictionaries', name));

  it('should load without a warning and code with the verb patterns\' CAMEO codes', () => {
    const loaded = loadDictionaries(files);
    expect(loaded.warnings).toEqual([]);
    const coder = createDocumentCoder({ onStageError: 'throw', userDictionaries: loaded.userDictionaries, ...(loaded.plugin ? { dictionaryPlugin: loaded.plugin } : {}) });
    const path = join(ROOT, 'examples/azerbaijan-releases-17-prisoners.txt');
    const doc = docFromRaw(readFileSync(path, 'utf8'), path, 'text', { published: '2022-10-04' });
    expect(coder.code(doc)).toEqual({ status: 'coded' });
    const freed = doc.events.find((e) => e.evidence.trigger.text === 'freed');
    expect(freed).toMatchObject({ event: 'RETREAT', mode: 'release', cameo: '0841', actor: [{ code: 'AZE' }], recipient: [{ code: 'ARM' }] });
    expect(freed?.why).toContain('dictionary pattern "- * PRISONERS_OF_WAR [0841]" (verbs line 9) → CAMEO 0841 → RETREAT/release');
    // Without the dictionary "welcomed" is SUPPORT with CAMEO 050; the WELCOME group says 051.
    expect(doc.events.find((e) => e.evidence.trigger.text === 'welcomed')).toMatchObject({ event: 'SUPPORT', cameo: '051' });
  });
});
