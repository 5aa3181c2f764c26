import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// A Phoenix pattern word met in a "with" phrase names a partner or a means, not what the verb acts on
// (dictionaries/phoenix/verb-triggers.ts inWithPhrase): "* POLICE" (CAMEO 153) deploys no police that an act is only
// done with. Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-06-18');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'} ${e.evidence.trigger.text}`);

describe('events: Phoenix pattern words in a "with" phrase', () => {
  it('should not read police an act is carried out with as police deployed', () => {
    expect(types('Dredging checks along the Sava canal, the ministry said, were carried out together with Bosnian police.')).not.toContain('MOBILIZE/police carried');
    expect(types('The inspection was carried out with the backing of the Slovak police on Friday.')).not.toContain('MOBILIZE/police carried');
  });
});
