import { describe, expect, it } from 'vitest';
import { lemmaOfPastVerb } from '../../nlp/wink.js';
import { prefixedPastBase, undoubledLemma, verbBase } from './index.js';

describe('verbBase: inflected verbs wink-nlp cannot lemmatise', () => {
  it.each([
    ['looted', 'loot'], ['razed', 'raze'], ['planned', 'plan'], ['freed', 'free'], ['abducted', 'abduct'],
    ['carries', 'carry'], ['closes', 'close'], ['fixes', 'fix'], ['shelling', 'shell'], ['ransacked', 'ransack'],
  ])('should read %j as %j', (form, base) => {
    expect(verbBase(form)).toBe(base);
  });

  it('should leave a misspelling, or a form whose bases are no English word, as it is', () => {
    expect(verbBase('departes')).toBe('departes');
    expect(verbBase('zorbled')).toBe('zorbled');
    expect(verbBase('red')).toBe('red');
  });
});

describe('undoubledLemma: verbs in "-e" wink-nlp took for their doubled-consonant neighbours', () => {
  it.each([
    ['raged', 'rag', 'rage'], ['waged', 'wag', 'wage'], ['staging', 'stag', 'stage'], ['planed', 'plan', 'plane'], ['scraped', 'scrap', 'scrape'],
  ])('should read %j (wink: %j) as %j', (form, wink, base) => {
    expect(undoubledLemma(form, wink)).toBe(base);
  });

  it('should keep a lemma the form is a regular inflection of', () => {
    expect(undoubledLemma('ragged', 'rag')).toBe('rag');
    expect(undoubledLemma('visited', 'visit')).toBe('visit');
    expect(undoubledLemma('shelled', 'shell')).toBe('shell');
    // "bused": "buse" is no English word.
    expect(undoubledLemma('bused', 'bus')).toBe('bus');
  });
});

describe('prefixedPastBase: irregular pasts on a prefix wink-nlp does not know', () => {
  it.each([['overthrew', 'overthrow'], ['outran', 'outrun'], ['mistook', 'mistake'], ['overtook', 'overtake']])('should read %j as %j', (form, base) => {
    expect(prefixedPastBase(form, lemmaOfPastVerb)).toBe(base);
  });
  it('should leave a form whose rest is no irregular past, or whose prefixed base is no English word, as it is', () => {
    expect(prefixedPastBase('upset', lemmaOfPastVerb)).toBe('upset');
    expect(prefixedPastBase('reporter', lemmaOfPastVerb)).toBe('reporter');
  });
});
