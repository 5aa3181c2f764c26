import { wink } from '../../../nlp/wink.js';
import type { TextPara } from './01-split-paragraphs.js';

/** Longer first lines are body text: headlines are short. */
const MAX_TITLE_WORDS = 30;

/**
 * Whether a line reads as a sentence of the body rather than as a headline: it ends the way a
 * sentence ends (full stop, question or exclamation mark, perhaps inside a closing quote) and the
 * tagger finds a verb in it. "Rebels attacked an army base in northern Mali on Monday, killing 12
 * soldiers." is a sentence; "Azerbaijan releases 17 Armenian prisoners with US mediation" has a verb
 * but no final stop (a headline); "Death toll in Mali attack." has a stop but no verb.
 */
function isSentence(line: string): boolean {
  if (!/[.!?…]["'”’)\]]?$/.test(line)) return false;
  const nlp = wink();
  return (nlp.readDoc(line).tokens().out(nlp.its.pos) as string[]).some((pos) => pos === 'VERB' || pos === 'AUX');
}

/**
 * The first non-empty line is the headline when it reads as one: text follows it, it is short, it
 * does not run on (a final comma, colon or semicolon) and it is not a full sentence (`isSentence`).
 * Otherwise it is the first line of the body, and the article has no title of its own.
 */
export function takeTitle(raw: string, paras: readonly TextPara[]): { title?: { start: number; end: number }; rest: TextPara[] } {
  const first = paras[0];
  const line = first?.lines[0];
  if (!first || !line) return { rest: [...paras] };
  const text = raw.slice(line.start, line.end).trim();
  const onlyLine = paras.length === 1 && first.lines.length === 1;
  if (onlyLine || text.split(/\s+/).length > MAX_TITLE_WORDS || /[:;,]$/.test(text) || isSentence(text)) return { rest: [...paras] };
  const rest = paras.slice(1);
  if (first.lines.length > 1) {
    const lines = first.lines.slice(1);
    rest.unshift({ start: lines[0]!.start, end: first.end, lines });
  }
  return { title: line, rest };
}
