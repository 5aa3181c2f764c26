import type { TextPara } from './01-split-paragraphs.js';

/**
 * The first non-empty line is the headline when it looks like one: a short line that does not
 * end like a sentence. "Azerbaijan releases 17 Armenian prisoners with US mediation" is taken;
 * a first line such as "Azerbaijan freed 17 prisoners on Tuesday, officials said." is body text.
 */
export function takeTitle(raw: string, paras: readonly TextPara[]): { title?: { start: number; end: number }; rest: TextPara[] } {
  const first = paras[0];
  const line = first?.lines[0];
  if (!first || !line) return { rest: [...paras] };
  const text = raw.slice(line.start, line.end).trim();
  const words = text.split(/\s+/).length;
  if (words > 30 || /[.:;,]["'”’)]?$/.test(text)) return { rest: [...paras] };
  const rest = paras.slice(1);
  if (first.lines.length > 1) {
    const lines = first.lines.slice(1);
    rest.unshift({ start: lines[0]!.start, end: first.end, lines });
  }
  return { title: line, rest };
}
