import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Sizes (issue 14): the updated toll of an act is its size; a running total of a long-running act is not.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string, published = '2022-06-08'): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published });
  coder.code(doc);
  return doc.events;
}

const assaults = (events: CodedEvent[]) => events.filter((e) => e.event === 'ASSAULT');

describe('toll updates: a toll brought to a figure is the size of the act it is the toll of', () => {
  it('codes a lone toll update as the act, dated by its own day, sized by the toll', () => {
    // Published on Wednesday 8 June 2022: "Saturday's" is 4 June.
    const [e, ...rest] = assaults(code("The death toll from Saturday's bombing at a bus station in Mzuzu rose to 19, police said."));
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ date: '2022-06-04', size: { dead: { value: 19 } } });
    expect(e!.size.dead!.cumulative).toBeUndefined();
  });

  it('replaces the first figure of an act by the later toll', () => {
    const text = 'Armed men killed at least 9 people in an attack on a village near Kasungu on Sunday, police said.\n\n'
      + 'Residents said the attackers burned houses and stole cattle.\n\n'
      + 'On Tuesday the death toll from the attack rose to 16 after more bodies were found in the bush, officials said.';
    const found = assaults(code(text));
    // The killing keeps its Sunday and takes the latest toll; the burning (another act of the raid) takes no dead.
    expect(found.find((e) => e.evidence.trigger.text === 'killed')).toMatchObject({ date: '2022-06-05', size: { dead: { value: 16 } } });
    expect(found.filter((e) => e.size.dead !== undefined)).toHaveLength(1);
  });

  it('dates a lone toll of a known act noun by the month when only the count is dated', () => {
    const [e] = assaults(code('On Tuesday the death toll from the attack in Mzuzu rose to 16, police said.'));
    expect(e).toMatchObject({ date: '2022-06', size: { dead: { value: 16 } } });
  });

  it('keeps a running total of a war as no size of the act', () => {
    const text = 'Rebels ambushed an army convoy near Cibitoke on Monday, killing four soldiers, the army said.\n\n'
      + 'The death toll from the conflict in the region rose to 1,200 this year, a monitoring group said.';
    const ambush = assaults(code(text)).find((e) => e.evidence.trigger.text === 'ambushed');
    expect(ambush?.size.dead?.value).toBe(4);
  });
});
