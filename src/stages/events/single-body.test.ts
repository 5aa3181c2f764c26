import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { singleBody } from './infer-party-codes.js';

/** The party of the word `word` alone, as the roles give a head noun without its modifiers. */
const partyAt = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { code: null, sector: 'GOV', text: word, start, end: start + word.length };
};

describe('a definite head noun is one body though the words naming its kind stand between it and "the" (infer-party-codes singleBody)', () => {
  it('should read "the prefecture administration" coded as "administration" as one body', () => {
    const text = 'The prefecture administration ordered shops in Moundou to close on Friday.';
    expect(singleBody(makeDoc(text), partyAt(text, 'administration'))).toBe(true);
  });

  it('should not look for "the" past a word that is no modifier of the body', () => {
    // "The" opens the sentence, but a verb stands between it and the body's words: no article of the body.
    const text = 'The traders blamed district administration for the closures in Moundou.';
    expect(singleBody(makeDoc(text), partyAt(text, 'administration'))).toBe(false);
  });

  it('should not read "the" three modifiers back as the body\'s article', () => {
    const text = 'Shops obeyed the new rural district administration in Moundou on Friday.';
    expect(singleBody(makeDoc(text), partyAt(text, 'administration'))).toBe(false);
  });
});
