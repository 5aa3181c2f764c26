import { wink } from '../nlp/wink.js';

/**
 * wink-nlp's part-of-speech tags as an input feature of our tagger: alone they score 88.8% UPOS on
 * EWT dev (other conventions), as features they lift our tagger from 94.8% to 95.3% (measured by
 * scripts/syntax/train.ts). Words are given with their character offsets in `text`; each gets
 * the tag of the wink token covering its first character.
 */
export function winkTagsForWords(text: string, starts: readonly number[]): string[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const start = at >= 0 && at - cursor < 8 ? at : cursor;
    tokenStarts.push(start);
    tokenEnds.push(start + value.length);
    cursor = start + value.length;
  }
  const out: string[] = [];
  let t = 0;
  for (const start of starts) {
    while (t < tokenStarts.length - 1 && tokenEnds[t]! <= start) t++;
    out.push(tokenStarts[t]! <= start && start < tokenEnds[t]! ? tags[t]! : 'X');
  }
  return out;
}

/** Character offsets of words laid out as in CoNLL-U (`SpaceAfter=No` joins a word to the next). */
export function layoutWords(forms: readonly string[], spaceAfter: readonly boolean[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  forms.forEach((form, i) => {
    starts.push(text.length);
    text += form;
    if (spaceAfter[i] && i < forms.length - 1) text += ' ';
  });
  return { text, starts };
}

/** Which words touch both neighbours without a space, from CoNLL-U spacing (a compound's hyphen). */
export function gluedWords(spaceAfter: readonly boolean[]): boolean[] {
  return spaceAfter.map((after, i) => i > 0 && i < spaceAfter.length - 1 && !spaceAfter[i - 1] && !after);
}
