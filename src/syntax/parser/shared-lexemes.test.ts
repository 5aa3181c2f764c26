import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, longestAt } from '../../dictionaries/phrase-index.js';
import { lexeme } from '../lexical.js';
import { parserWords } from './decode.js';

// Speed work of issue 18: the tagger's lexemes are handed to the parser instead of being looked up
// again per word, and a phrase match is written out instead of spread. Both must read the same.
describe('the parser reads the lexemes it is given', () => {
  const forms = ['Rebels', 'shelled', 'the', 'town', '.'];
  const tags = { xpos: ['NNS', 'VBD', 'DT', 'NN', '.'], upos: ['NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'] };

  it('takes word, suffix and cluster features from the given lexemes, not from a lookup of the forms', () => {
    const other = ['Troops', 'seized', 'a', 'bridge', '!'];
    const given = parserWords({ forms, ...tags, lexemes: other.map(lexeme) });
    const ofOther = parserWords({ forms: other, ...tags });
    expect(given.word).toEqual(ofOther.word);
    expect(given.suffix).toEqual(ofOther.suffix);
    expect(given.cluster12).toEqual(ofOther.cluster12);
  });

  it('gives the same features with the forms\' own lexemes as without them', () => {
    expect(parserWords({ forms, ...tags, lexemes: forms.map(lexeme) })).toEqual(parserWords({ forms, ...tags }));
  });
});

describe('longestAt', () => {
  const token = (text: string, start: number) => ({ start, end: start + text.length, text, normal: text.toLowerCase(), pos: 'NOUN', lemma: text.toLowerCase(), sentence: 0 });
  const tokens = [token('Border', 0), token('guards', 7), token('fired', 14)];

  it('returns the phrase\'s words and value with the tokens it covers, and nothing else of the phrase object', () => {
    const phrase = { words: ['border', 'guards'], value: 'BORDER_GUARDS', note: 'kept out of the match' };
    const match = longestAt(buildPhraseIndex([phrase]), tokens, 0, tokens.length);
    expect(match).toStrictEqual({ words: ['border', 'guards'], value: 'BORDER_GUARDS', length: 2 });
    expect(Object.keys(match!)).toEqual(['words', 'value', 'length']);
  });

  it('reads a value given by a getter once the phrase matches', () => {
    let reads = 0;
    const phrase = { words: ['border', 'guards'], get value() { reads++; return 'BORDER_GUARDS'; } };
    expect(longestAt({ byFirst: new Map([['border', [phrase]]]) }, tokens, 0, tokens.length)?.value).toBe('BORDER_GUARDS');
    expect(reads).toBe(1);
  });
});
