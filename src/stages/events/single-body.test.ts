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

  it('should not read a bare plural group with no article as one body', () => {
    const text = 'Local district officials ordered shops in Moundou to close on Friday.';
    expect(singleBody(makeDoc(text), partyAt(text, 'officials'))).toBe(false);
  });
});
