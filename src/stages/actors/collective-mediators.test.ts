import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

const sidesOf = (doc: ArticleDoc, text: string) => [...(doc.actors.find((a) => a.text === text)?.members ?? [])].sort();

describe('actors: "the two sides" are not the state that brings them together', () => {
  it.each([
    'A Zambian diplomat said Zambia had brokered the handover and would keep the two sides talking.',
    "Zambia's facilitator told reporters that the two sides wanted a second round in July.",
  ])('should leave the mediator out of the sides: %s', (last) => {
    const doc = makeDocWithActors(`Eritrea freed a detained Ethiopian engineer on Wednesday, handing him to diplomats at the border.\n\nAddis Ababa had demanded his release for months.\n\n${last}`);
    expect(sidesOf(doc, 'the two sides')).toEqual(['ERI', 'ETH']);
  });
});
