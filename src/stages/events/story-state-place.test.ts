import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

const STORY = "Zambia's opposition called protests in Lusaka on Monday. The Zambian government said the protests were illegal. ";

describe('events: a state body acting at a place of the state the story is about', () => {
  it('should give the police the story\'s state when the act\'s place lies in it, though the sentence names another state', () => {
    const events = codeText(`${STORY}On Saturday and Sunday police detained 12 opposition supporters in Ndola and Kitwe, according to the Zambian Centre for Human Rights, which now operates from Botswana.`);
    const arrest = events.find((e) => e.event === 'COERCE' && e.actor.some((p) => p.text === 'police'));
    expect(arrest?.actor.find((p) => p.text === 'police')?.code).toBe('ZMB');
  });

  it('should leave the police uncoded when the act\'s place lies in another state than the story\'s', () => {
    const events = codeText(`${STORY}On Saturday and Sunday police detained 12 opposition supporters in Gaborone and Francistown, according to the Zambian Centre for Human Rights, which now operates from Botswana.`);
    const arrest = events.find((e) => e.event === 'COERCE' && e.actor.some((p) => p.text === 'police'));
    expect(arrest).toBeDefined();
    expect(arrest!.actor.find((p) => p.text === 'police')?.code).toBeNull();
  });
});
