import { describe, expect, it } from 'vitest';
import { docFromRaw } from '../ingest/load.js';
import { PeopleMemory, type KnownPerson } from '../memory/people.js';
import { createDocumentCoder, type AnalysedText } from '../pipeline/default.js';
import { AnalysedTexts, codeKeeping, inputKey } from './analysed-texts.js';

// Written for these tests: a bare surname whose country only the memory can give.
const BARE = 'Harbour workers end strike\n\nMwangi told reporters in Mombasa on Monday that the dock workers would return to work after the government agreed to raise their pay.\n\nMwangi later met union leaders.';
const TITLED = 'Kenya names new labour minister\n\nKenyan Labour Minister Peter Mwangi said on Sunday he would meet striking dock workers in Mombasa.';
const mwangi: KnownPerson = {
  name: 'Peter Mwangi', code: 'KEN', sector: 'GOV', title: 'Kenyan Labour Minister', source: 'learned', how: 'title', firstSeen: '2024-05-05', lastSeen: '2024-05-05', documentId: null,
};
const input = (text: string) => docFromRaw(text, 'harbour.txt', 'text', { published: '2024-05-06' });
/** Everything a coding gives but the stage timings. */
const coded = (doc: ReturnType<typeof input>) => JSON.stringify({ ...doc, timings: undefined });
const analysedOf = (tokens: number): AnalysedText => ({
  sourceSet: {}, text: '', offsetMap: [], paragraphs: [], sentences: [], diagnostics: [], timings: {},
  tokens: Array.from({ length: tokens }, (_, i) => ({ start: i, end: i + 1, text: 'a', normal: 'a', pos: 'X', lemma: 'a', sentence: 0 })),
});

describe('DocumentCoder.resume', () => {
  it('should code a document again from its analysed text as a full coding of its input does, against another memory', () => {
    const memory = new PeopleMemory([]);
    const coder = createDocumentCoder({ memory });
    let analysed: AnalysedText | undefined;
    const first = input(BARE);
    expect(coder.code(first, (text) => { analysed = text; })).toEqual({ status: 'coded' });
    expect(analysed?.tokens.length).toBeGreaterThan(20);
    // The memory learns Mwangi's country after the first coding: the actors change.
    memory.put(mwangi);
    const full = input(BARE);
    expect(coder.code(full)).toEqual({ status: 'coded' });
    expect(full.actors).toContainEqual(expect.objectContaining({ text: 'Mwangi', code: 'KEN', via: 'memory' }));
    const resumed = input(BARE);
    expect(coder.resume(resumed, analysed!)).toEqual({ status: 'coded' });
    expect(coded(resumed)).toEqual(coded(full));
    expect(coded(resumed)).not.toEqual(coded(first));
    // The text stages did not run again: their timings are the first coding's.
    expect(resumed.timings.syntax).toBe(first.timings.syntax);
  });
});

describe('AnalysedTexts', () => {
  it('should drop the oldest past its budget of tokens, and give each kept text once', () => {
    const texts = new AnalysedTexts(100);
    expect(texts.keep('a', analysedOf(40))).toBe(true);
    expect(texts.keep('b', analysedOf(40))).toBe(true);
    expect(texts.keep('c', analysedOf(40))).toBe(true);
    expect(texts.size).toBe(2);
    expect(texts.take('a')).toBeUndefined();
    expect(texts.take('b')?.tokens).toHaveLength(40);
    expect(texts.take('b')).toBeUndefined();
    // Taken ones free their room; one larger than the whole budget is not kept.
    expect(texts.keep('d', analysedOf(60))).toBe(true);
    expect(texts.size).toBe(2);
    expect(texts.keep('e', analysedOf(101))).toBe(false);
    expect(texts.take('c')?.tokens).toHaveLength(40);
  });
});

describe('codeKeeping', () => {
  it('should keep the analysed text of a coding that asked the memory, resume the same input from it, and code another input in full', () => {
    const memory = new PeopleMemory([]);
    const coder = createDocumentCoder({ memory });
    const texts = new AnalysedTexts(10_000);
    expect(codeKeeping(coder, memory, texts, input(BARE), { keep: true })).toMatchObject({ status: { status: 'coded' }, kept: true });
    memory.put(mwangi);
    const again = input(BARE);
    expect(codeKeeping(coder, memory, texts, again, { resume: true })).toMatchObject({ resumed: true });
    expect(again.actors).toContainEqual(expect.objectContaining({ text: 'Mwangi', code: 'KEN', via: 'memory' }));
    // Kept once: a third coding of the input starts from the text.
    expect(codeKeeping(coder, memory, texts, input(BARE), { resume: true }).resumed).toBeUndefined();
    // The same text under another source (another date) is another input.
    expect(codeKeeping(coder, memory, texts, input(BARE), { keep: true }).kept).toBe(true);
    const redated = docFromRaw(BARE, 'harbour.txt', 'text', { published: '2024-05-07' });
    expect(inputKey(redated)).not.toBe(inputKey(input(BARE)));
    expect(codeKeeping(coder, memory, texts, redated, { resume: true }).resumed).toBeUndefined();
  });

  it('should not keep a coding that asked the memory nothing (it is never coded again)', () => {
    const memory = new PeopleMemory([]);
    const coder = createDocumentCoder({ memory });
    const texts = new AnalysedTexts(10_000);
    const result = codeKeeping(coder, memory, texts, input('Strike ends\n\nthe dock workers went back to work on monday after a pay deal.'), { keep: true });
    expect(result.consulted).toEqual([]);
    expect(result.kept).toBeUndefined();
    expect(texts.size).toBe(0);
    expect(codeKeeping(coder, memory, texts, input(TITLED), { keep: true }).kept).toBe(true);
  });
});
