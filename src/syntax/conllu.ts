/**
 * CoNLL-U, the Universal Dependencies exchange format: one token per line, ten tab-separated
 * columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), comments starting with `#`, a
 * blank line after each sentence. Multiword-token lines (`3-4`) and empty nodes (`5.1`) are kept
 * verbatim so a file can be read and written back with only the predicted columns changed.
 */

/** One syntactic word of a CoNLL-U sentence (an `ID` that is a whole number). */
export interface ConlluWord {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, else the 1-based id of the head; -1 when the file leaves it empty (`_`). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line that is not a syntactic word: a multiword token (`3-4`) or an empty node (`5.1`). */
export interface ConlluExtraLine {
  /** Number of syntactic words that precede the line. */
  readonly after: number;
  readonly line: string;
}

export interface ConlluSentence {
  /** Comment lines, each with its leading `#`. */
  comments: string[];
  words: ConlluWord[];
  extra: ConlluExtraLine[];
}

/** Problems with the file are errors that name the line, so a user can find and mend it. */
export class ConlluError extends Error {
  override name = 'ConlluError';
}

/** Parses CoNLL-U text into sentences. Throws `ConlluError` naming the line for malformed input. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extra: [] };
  const lines = text.split(/\r?\n/);
  const flush = () => {
    if (current.words.length > 0 || current.comments.length > 0) sentences.push(current);
    current = { comments: [], words: [], extra: [] };
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      if (current.words.length > 0) throw new ConlluError(`line ${n + 1}: a comment inside a sentence; end the sentence with a blank line first.`);
      current.comments.push(line);
      continue;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) throw new ConlluError(`line ${n + 1}: expected 10 tab-separated columns, found ${columns.length}.`);
    const id = columns[0]!;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) {
      current.extra.push({ after: current.words.length, line });
      continue;
    }
    if (!/^\d+$/.test(id) || Number(id) !== current.words.length + 1) {
      throw new ConlluError(`line ${n + 1}: word id '${id}' out of sequence (expected ${current.words.length + 1}).`);
    }
    const head = columns[6] === '_' ? -1 : Number(columns[6]);
    if (!Number.isInteger(head) || head < -1) throw new ConlluError(`line ${n + 1}: HEAD '${columns[6]}' is not a word id.`);
    current.words.push({
      id: Number(id), form: columns[1]!, lemma: columns[2]!, upos: columns[3]!, xpos: columns[4]!, feats: columns[5]!,
      head, deprel: columns[7]!, deps: columns[8]!, misc: columns[9]!,
    });
  }
  flush();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (word.head > sentence.words.length) throw new ConlluError(`sentence with ${sentence.words.length} words: HEAD ${word.head} of word ${word.id} is outside it.`);
    }
  }
  return sentences;
}

/** Writes sentences back as CoNLL-U, extra lines in their places. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    out.push(...sentence.comments);
    let extra = 0;
    for (let i = 0; i <= sentence.words.length; i++) {
      while (extra < sentence.extra.length && sentence.extra[extra]!.after === i) out.push(sentence.extra[extra++]!.line);
      const w = sentence.words[i];
      if (!w) continue;
      out.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
    }
    out.push('');
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}

/** The `# text = …` comment of a sentence, if present. */
export function sentenceText(sentence: ConlluSentence): string | undefined {
  const line = sentence.comments.find((c) => /^#\s*text\s*=/.test(c));
  return line?.replace(/^#\s*text\s*=\s?/, '');
}

/** Whether the word is followed by a space in the original text (MISC `SpaceAfter=No` says not). */
export function spaceAfter(word: ConlluWord): boolean {
  return !word.misc.split('|').includes('SpaceAfter=No');
}
