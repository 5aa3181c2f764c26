import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/syntax/conllu.js';
import { ROOT, runCli } from '../helpers/cli.js';

const FIXTURE = 'test/fixtures/syntax/two-sentences.conllu';

describe('chronicle parse', () => {
  it('should keep the sentences and tokens of a CoNLL-U file and copy every column but UPOS, HEAD and DEPREL', async () => {
    const result = await runCli(['parse', '--conllu', FIXTURE]);
    expect(result.status).toBe(0);
    const gold = parseConllu(readFileSync(`${ROOT}/${FIXTURE}`, 'utf8'));
    const predicted = parseConllu(result.stdout);
    expect(predicted.map((s) => s.comments)).toEqual(gold.map((s) => s.comments));
    expect(predicted.map((s) => s.extra)).toEqual(gold.map((s) => s.extra));
    predicted.forEach((sentence, s) => {
      expect(sentence.words.filter((w) => w.head === 0)).toHaveLength(1);
      sentence.words.forEach((w, i) => {
        const g = gold[s]!.words[i]!;
        expect([w.form, w.lemma, w.xpos, w.feats, w.deps, w.misc]).toEqual([g.form, g.lemma, g.xpos, g.feats, g.deps, g.misc]);
        expect(w.head).toBeGreaterThanOrEqual(0);
      });
    });
    // A plain sentence: the verb is the root and takes its subject.
    const first = predicted[0]!.words;
    expect(first[1]).toMatchObject({ head: 0, deprel: 'root', upos: 'VERB' });
    expect(first[0]).toMatchObject({ head: 2, deprel: 'nsubj' });
  });

  it('should print an article as CoNLL-U whose token ranges point into the cleaned text', async () => {
    const text = 'Rebels attacked an army base in northern Mali on Monday, killing 12 soldiers. The army said it would respond.';
    const [parsed, cleaned] = await Promise.all([runCli(['parse', '-'], { input: text }), runCli(['clean', '-'], { input: text })]);
    expect(parsed.status).toBe(0);
    const sentences = parseConllu(parsed.stdout);
    expect(sentences).toHaveLength(2);
    for (const w of sentences.flatMap((s) => s.words)) {
      const [start, end] = /TokenRange=(\d+):(\d+)/.exec(w.misc)!.slice(1).map(Number);
      expect(cleaned.stdout.slice(start, end)).toBe(w.form);
    }
  });

  it('should name the line of a malformed CoNLL-U file and exit 1', async () => {
    const result = await runCli(['parse', '--conllu', '-'], { input: '1\tTroops\ttroop\tNOUN\n' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 1: expected 10 tab-separated columns/);
  });
});
