import { describe, expect, it } from 'vitest';
import { alignTokens, detokenise, letterKey, tokenRange } from './tokens.js';

describe('detokenise', () => {
  it.each([
    [['Aid', 'reached', 'Goma', ',', 'officials', 'said', '.'], {}, 'Aid reached Goma, officials said.'],
    [['The', 'army', "'s", 'chief', 'did', "n't", 'resign', '.'], {}, "The army's chief didn't resign."],
    [['He', 'said', '"', 'no', 'talks', '"', 'today', '.'], {}, 'He said "no talks" today.'],
    [['a', 'loan', 'of', '$', '5', 'million', '(', 'about', 'half', ')'], {}, 'a loan of $5 million (about half)'],
    [['SOCCER', '-', 'LEAGUE', 'RESULTS'], {}, 'SOCCER - LEAGUE RESULTS'],
    [['the', 'army', '-', 'run', 'town', 'of', 'Kidal'], { joinHyphens: true }, 'the army-run town of Kidal'],
    [['Kinshasa', '’', 's', 'mayor'], { joinHyphens: true }, 'Kinshasa’s mayor'],
  ])('should join %j as a writer would', (tokens, options, expected) => {
    expect(detokenise(tokens, options).text).toBe(expected);
  });

  it('should give every token its span in the joined text', () => {
    const tokens = ['Aid', 'reached', 'Goma', ',', 'officials', 'said', '.'];
    const { text, spans } = detokenise(tokens);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(tokens);
    expect(tokenRange(spans, 2, 4)).toEqual({ start: 12, end: 17 });
  });
});

describe('alignTokens', () => {
  it('should find tokens in the untokenised sentence, curly quotes and all', () => {
    const text = 'Kinshasa’s mayor met army-run villages’ elders.';
    const tokens = ['Kinshasa', "'s", 'mayor', 'met', 'army', '-', 'run', 'villages', "'", 'elders', '.'];
    const spans = alignTokens(text, tokens);
    expect(spans?.map((s) => text.slice(s.start, s.end))).toEqual(['Kinshasa', '’s', 'mayor', 'met', 'army', '-', 'run', 'villages', '’', 'elders', '.']);
  });

  it('should refuse a text that does not hold the tokens', () => {
    expect(alignTokens('Troops left Goma.', ['Troops', 'left', 'Bunia', '.'])).toBeNull();
    expect(alignTokens('Troops left Goma today.', ['Troops', 'left', 'Goma'])).toBeNull();
  });

  it('should key a sentence by its letters and digits only', () => {
    expect(letterKey('Kinshasa ’ s mayor , 2 aides')).toBe(letterKey('Kinshasa’s mayor, 2 aides'));
  });
});
