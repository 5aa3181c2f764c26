import { describe, expect, it } from 'vitest';
import { verbBase } from './index.js';

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
