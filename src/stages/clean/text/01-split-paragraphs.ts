/** A paragraph of the plain-text input: its source range and its lines' ranges. */
export interface TextPara {
  readonly start: number;
  readonly end: number;
  readonly lines: readonly { readonly start: number; readonly end: number }[];
}

/**
 * Splits plain text into paragraphs at blank lines (lines holding only white space).
 * Offsets are into `raw`; line ends exclude the line break.
 */
export function splitParagraphs(raw: string): TextPara[] {
  const paras: TextPara[] = [];
  let lines: { start: number; end: number }[] = [];
  const close = (): void => {
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first && last) paras.push({ start: first.start, end: last.end, lines });
    lines = [];
  };
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (;;) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    if (raw.slice(at, end).trim() === '') close();
    else lines.push({ start: at, end });
    if (!m) break;
    at = m.index + m[0].length;
  }
  close();
  return paras;
}
