import { describe, expect, it } from 'vitest';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

// A name the bodies of many states bear ("Senate", "Congress", organisations.json sharedNames) is the listed US body only
// where the text gives it no other state. Every sentence here was written for this file.

describe('actors: a body named by a name many states\' bodies bear (05-resolve-organisations sharedNameElsewhere)', () => {
  it('should give the name the state written right before it, as one actor', () => {
    const doc = makeDocWithActors('The Chilean Senate approved the pension reform on Wednesday.');
    const senate = doc.actors.filter((a) => a.sector === 'LEG');
    expect(senate.map((a) => [a.text, a.code])).toEqual([['Chilean Senate', 'CHL']]);
  });

  it('should read a possessive state before the name so too', () => {
    const doc = makeDocWithActors("Nigeria's Senate rejected the borrowing plan.");
    expect(doc.actors.find((a) => a.sector === 'LEG')).toMatchObject({ code: 'NGA' });
    expect(doc.actors.some((a) => a.code === 'USA')).toBe(false);
  });

  it('should give the bare name the state a story is clearly told about', () => {
    const doc = makeDocWithActors('Peru\'s president dissolved the cabinet in Lima on Monday. Peruvian police guarded the palace, and protesters marched in Cusco and Arequipa. On Friday the Congress voted to censure him.');
    expect(doc.actors.find((a) => a.text === 'Congress')).toMatchObject({ code: 'PER', sector: 'LEG' });
  });

  it('should keep the listed body\'s sector for a state\'s foreign office', () => {
    const doc = makeDocWithActors("Ghana's Foreign Office summoned the Togolese envoy on Monday.");
    expect(doc.actors.find((a) => a.text.endsWith('Foreign Office'))).toMatchObject({ code: 'GHA', sector: 'GOV' });
  });

  it('should keep the listed body where the story names no other state well', () => {
    const doc = makeDocWithActors('The Senate passed the farm bill late on Tuesday.');
    expect(doc.actors.find((a) => a.text === 'Senate')).toMatchObject({ code: 'USA', sector: 'LEG' });
  });

  it('should give the bare name the story\'s state though the story names the listed body\'s state once, far from it', () => {
    const doc = makeDocWithActors('Guatemala\'s president imposed emergency rule on Escuintla on Monday. Guatemalan troops patrolled the markets, and Guatemalan police set up checkpoints in Mixco and Villa Nueva. A US aid programme for the region ended last year. Residents of Escuintla said the curfew had emptied the streets. On Thursday the Congress extended the measure for another month.');
    expect(doc.actors.find((a) => a.text === 'Congress')).toMatchObject({ code: 'GTM', sector: 'LEG' });
  });

  it('should keep the listed body where the sentence before it names its state, however much more the story names another', () => {
    const doc = makeDocWithActors('Guatemala\'s president imposed emergency rule on Escuintla on Monday. Guatemalan troops patrolled the markets, and Guatemalan police set up checkpoints in Mixco and Villa Nueva. Residents of Escuintla said the curfew had emptied the streets. The United States has paid for part of the new border post. On Thursday the Congress voted to extend that funding.');
    expect(doc.actors.find((a) => a.text === 'Congress')).toMatchObject({ code: 'USA', sector: 'LEG' });
  });

  it('should keep the listed body where its own sentence names its state, however much more the story names another', () => {
    const doc = makeDocWithActors('Thai troops shelled positions near Aranyaprathet on Monday, Thailand\'s army said. Thai officials in Bangkok said the shelling would go on. In Washington, the Senate approved new military aid to Thailand.');
    expect(doc.actors.find((a) => a.text === 'Senate')).toMatchObject({ code: 'USA', sector: 'LEG' });
  });

  it('should keep the listed body where its own sentence names the story\'s state after it, as the other party of its act', () => {
    const text = 'The Foreign Office summoned Iran\'s ambassador on Monday after Iranian boats seized a cargo ship. Iran said the ship had entered Iranian waters. Tehran rejected the protest.';
    expect(makeDocWithActors(text).actors.find((a) => a.text === 'Foreign Office')).toMatchObject({ code: 'GBR', sector: 'GOV' });
    const senate = 'The Senate voted on Tuesday to halt arms sales to Qatar. Qatari officials said Doha would buy elsewhere. Qatar has faced criticism over its role in the region.';
    expect(makeDocWithActors(senate).actors.find((a) => a.text === 'Senate')).toMatchObject({ code: 'USA', sector: 'LEG' });
  });

  it('should keep the listed body where the state before it is its own', () => {
    const doc = makeDocWithActors('The American Senate passed the farm bill late on Tuesday.');
    expect(doc.actors.find((a) => a.sector === 'LEG')?.code).toBe('USA');
  });
});
