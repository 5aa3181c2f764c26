import { describe, expect, it } from 'vitest';
import { buildPhraseIndex } from '../phrase-index.js';
import { phoenixActors } from './load.js';
import { phoenixActorIndex, phoenixActorTables } from './shared-actors.js';

describe('the Phoenix actors over shared memory', () => {
  const entries = phoenixActors().entries;
  const built = buildPhraseIndex(entries.flatMap((entry) => entry.names.map((words) => ({ words, value: entry }))));
  const shared = phoenixActorIndex();
  /** A candidate list as text: its phrases in order, each with its whole entry. */
  const asText = (list: readonly { words: readonly string[]; value: unknown }[] | undefined) =>
    list === undefined ? 'none' : JSON.stringify(list.map((c) => [c.words, c.value]));

  it('should give, for every first word, the phrases and entries the index built from the entries gives, in its order', () => {
    expect(built.byFirst.size).toBeGreaterThan(10_000);
    let wrong = 0;
    for (const [first, list] of built.byFirst) if (asText(shared.byFirst.get(first)) !== asText(list)) wrong++;
    expect(wrong).toBe(0);
  });

  it('should decode an entry with its dated codes and its source line', () => {
    const obama = shared.byFirst.get('barack')!.find((c) => c.words.join(' ') === 'barack obama')!.value;
    expect(obama).toMatchObject({ actorKind: 'person', source: expect.stringMatching(/^C\d+$/) });
    expect(obama.codes.map((c) => c.codes[0])).toEqual(['USAELI', 'USAGOV', 'USA']);
    expect(phoenixActorTables().version).toBe(phoenixActors().version);
  });

  it('should know no phrase for a word that starts none, nor for a word in another case', () => {
    expect(shared.byFirst.get('zqxw')).toBeUndefined();
    expect(shared.byFirst.get('Barack')).toBeUndefined();
    expect(shared.byFirst.get('')).toBeUndefined();
  });
});
