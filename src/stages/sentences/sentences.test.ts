import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';

const example = readFileSync(new URL('../../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url), 'utf8');

describe('sentences', () => {
  it.each([
    ['should split two sentences', 'Azerbaijan freed 17 prisoners. Armenia welcomed the move.', 2],
    ['should not split after an abbreviation like U.S.', 'U.S. Secretary of State Antony Blinken began talks on Tuesday.', 1],
    ['should not split inside an initialism glued to a hyphen', 'Kenyan-U.S. patrols guard the border post. The camp is quiet.', 2],
    ['should not glue a headline to the lead paragraph', 'Azerbaijan releases 17 prisoners\n\nAzerbaijan freed 17 Armenian prisoners of war on Tuesday.', 2],
  ])('%s', (_name, text, count) => {
    expect(makeDoc(text).sentences).toHaveLength(count);
  });

  it.each([
    ['NAIROBI, June 3 (Reuters) - Kenyan police arrested two opposition lawmakers on Friday.', 'NAIROBI, June 3 (Reuters) -'],
    ['KYIV, Ukraine (AP) — Russian drones struck a power station overnight.', 'KYIV, Ukraine (AP) —'],
    ['Geneva, 12 May (UN News) - The agency appealed for funds to feed refugees.', 'Geneva, 12 May (UN News) -'],
    ['Lusaka - On 9 October, unknown men set fire to a ruling party office in Kabwe.', 'Lusaka -'],
    ['Asunción, 2 March 2023 - The interior ministry said troops had arrested four farmers.', 'Asunción, 2 March 2023 -'],
  ])('should cut the wire dateline off the lead it opens: %j', (text, dateline) => {
    const doc = makeDoc(text);
    expect(doc.sentences.map((s) => doc.text.slice(s.span.start, s.span.end))).toEqual([dateline, text.slice(dateline.length + 1)]);
  });

  it.each([
    'Kenya - the country of runners - won again.',
    'Mr Ruto - who took office in 2022 - spoke in Nairobi.',
    'Iran - allied militias attacked the base on Monday.',
  ])('should leave a sentence that opens with a name and a dash whole: %j', (text) => {
    expect(makeDoc(text).sentences).toHaveLength(1);
  });

  it('should keep a name written with letters beyond Latin-1 one token, spelt as written', () => {
    const doc = makeDoc('Mayor Wojciech Łukasiewicz of Łódź met Kemal Kılıçdaroğlu and Ivan Đurić in Niš on Monday.');
    const words = doc.tokens.map((t) => t.text);
    for (const name of ['Łukasiewicz', 'Łódź', 'Kılıçdaroğlu', 'Đurić', 'Niš']) expect(words).toContain(name);
    expect(words).toHaveLength(16);
    for (const token of doc.tokens) expect(doc.text.slice(token.start, token.end)).toBe(token.text);
  });

  it('should join the pieces of a word whose letter has no plain Latin twin', () => {
    const doc = makeDoc('Artillery shells landed in Gəncə and Tərtər overnight.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Artillery', 'shells', 'landed', 'in', 'Gəncə', 'and', 'Tərtər', 'overnight', '.']);
  });

  it('should give every token a span whose text is its value, inside its sentence', () => {
    const doc = makeDoc(example);
    expect(doc.tokens.length).toBeGreaterThan(300);
    for (const token of doc.tokens) {
      expect(doc.text.slice(token.start, token.end)).toBe(token.text);
      const sentence = doc.sentences[token.sentence]!;
      expect(token.start).toBeGreaterThanOrEqual(sentence.span.start);
      expect(token.end).toBeLessThanOrEqual(sentence.span.end);
    }
  });

  it('should tag the verb and proper nouns of a news sentence', () => {
    const doc = makeDoc('Azerbaijan freed 17 Armenian prisoners of war on Tuesday.');
    const byText = Object.fromEntries(doc.tokens.map((t) => [t.text, t]));
    expect(byText['freed']!.pos).toBe('VERB');
    expect(byText['freed']!.lemma).toBe('free');
    expect(byText['Azerbaijan']!.pos).toBe('PROPN');
  });

  it('should find no sentence in an empty text and report nothing', () => {
    const doc = makeDoc('');
    expect(doc.sentences).toEqual([]);
    expect(doc.diagnostics).toEqual([]);
  });
});
