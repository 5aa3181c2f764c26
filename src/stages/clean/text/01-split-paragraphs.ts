/** A paragraph of the plain-text input: its source range and its lines' ranges. */
export interface TextPara {
  readonly start: number;
  readonly end: number;
  readonly lines: readonly { readonly start: number; readonly end: number }[];
}

/** A line that opens with a list bullet: "- Schools stay shut until Monday", "• Talks resume". */
export const BULLET_LINE = /^[ \t]*[-•*–·▪][ \t]+\S/;

/**
 * A live page's entry stamp on a line of its own, above the entry it heads: a clock time with its half of the day or
 * zone ("09:42", "9.30 pm", "14:05 GMT", "Posted at 08:15"). A clock written with a point needs its half of the day
 * ("1.25" alone may be a figure cut off a wrapped line).
 */
export const STAMP_LINE = /^[ \t]*(?:(?:posted|updated|last updated)(?: at)?:? )?(?:\d{1,2}:\d{2}(?: ?(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\.\d{2} ?(?:am|pm|a\.m\.|p\.m\.))(?: (?:gmt|utc|bst|cet|est|edt|ist|eat|wat|cat|ict|local time))?[ \t]*$/i;

/**
 * A page's date line under its byline: a date with its month by name, after a weekday or before a clock ("Thu 4 Sep
 * 2025 07.00 BST", "Tuesday 3 March 2026", "12 June 2024 14:05 GMT"). Joined to the byline above it, the weekday ran
 * into the correspondent's town ("Tomas Reyes in Quetzaltenango" + "Thu 4 Sep …" read as a place "Quetzaltenango Thu").
 */
export const DATE_LINE = /^[ \t]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?,? \d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4},? \d{1,2}[.:]\d{2})(?: ?(?:am|pm))?(?:,? \d{1,2}[.:]\d{2}(?: ?(?:am|pm))?)?(?: (?:gmt|utc|bst|cet|cest|est|edt|ist|eat|wat|cat|ict))?[ \t]*$/i;

/**
 * Whether a list can start after this line: it is a point itself, ends a sentence or a lead-in
 * ("Key points:"), or is a label of one or two words ("Summary", "Key points"). A dash opening a line after a line cut
 * mid-sentence ("Police said the march\n- which began on Tuesday - was illegal") is the sentence's.
 */
function endsListLead(line: string): boolean {
  const t = line.trim();
  return BULLET_LINE.test(t) || /[.:!?]["'”’)]?$/.test(t) || t.split(/\s+/).length <= 2;
}

/**
 * Whether the first line of a live page's entry (the line after its stamp) is the entry's headline set above its body
 * with no blank line between ("Curfew extended in Lilongwe" over "The city council said on Monday …"): it ends as no
 * sentence does, is a few words, the next line opens as a sentence does, and the next line is clearly longer, which a
 * line cut at a hard-wrap width is not ("Dockers in Mombasa refused to unload two ships" over "carrying fertiliser on Monday …").
 * Read with the body, the headline's words became the first words of the body's subject and its act a second event.
 */
function entryHeadline(line: string, next: string): boolean {
  const t = line.trim();
  const n = next.trim();
  return t.length > 0 && !/[.,;:!?]["'”’)]?$/u.test(t) && t.split(/\s+/).length <= 10
    && /^["'“‘]?\p{Lu}/u.test(n) && t.length * 4 < n.length * 3;
}

/**
 * Splits plain text into paragraphs at blank lines (lines holding only white space), and before
 * each line that opens with a bullet: the points of a summary box or a list are statements of
 * their own, and read as one paragraph their acts run together into one sentence. A live page's stamp line ("09:42")
 * is a paragraph of its own too: read with the entry under it, the clock became the first word of the entry's subject
 * (and so its actor, "08:05 Thai Prime Minister … telephoned …"). So is the entry's headline on the line under the
 * stamp when the body follows with no blank line (entryHeadline), and a page's date line under its byline (DATE_LINE).
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
  // Whether the last line read was a stamp, and the first line of its entry, still open, may be the entry's headline.
  let afterStamp = false;
  let headline: { start: number; end: number } | null = null;
  for (;;) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    const line = raw.slice(at, end);
    if (line.trim() === '') {
      close();
      afterStamp = false;
      headline = null;
    } else {
      const previous = lines[lines.length - 1];
      const stamp = STAMP_LINE.test(line);
      const dated = DATE_LINE.test(line);
      if (stamp || dated || (BULLET_LINE.test(line) && previous && endsListLead(raw.slice(previous.start, previous.end)))) close();
      else if (headline && previous === headline && entryHeadline(raw.slice(headline.start, headline.end), line)) close();
      lines.push({ start: at, end });
      headline = afterStamp && !stamp ? lines[lines.length - 1]! : null;
      afterStamp = stamp;
      if (stamp || dated) close();
    }
    if (!m) break;
    at = m.index + m[0].length;
  }
  close();
  return paras;
}
