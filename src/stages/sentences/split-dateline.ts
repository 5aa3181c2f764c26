import type { Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';

type RawToken = Omit<Token, 'sentence'>;

/**
 * A wire dateline opening a paragraph — "BAMAKO, March 14 (Reuters) -", "KYIV, Ukraine (AP) —",
 * "Geneva, 3 June (UN News) –": a place, then optionally its country or region, a date and the
 * agency in parentheses, then a dash. The place is in capitals, or the agency is named (a name
 * and a dash alone open ordinary sentences too).
 */
export const DATELINE = /^(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:, \p{Lu}[\p{L}\p{M}. ]{1,30}?)?(?<date>,? (?:\d{1,2} )?\p{Lu}\p{Ll}{2,8}\.?(?: \d{1,2})?(?:,? \d{4})?)?(?<agency> ?\([^()]{2,40}\))? ?[-–—]{1,2} (?=\S)/u;
export const CAPITALS = /^[\p{Lu}\p{M} .'’-]{3,}$/u;
/** A lead that opens on its date ("On 18 November", "On Tuesday,"): after a name and a dash, the name is a dateline. */
export const DATED_LEAD = /^On (?:\d{1,2} \p{Lu}\p{Ll}{2,8}\b|\p{Lu}\p{Ll}{2,8} \d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u;
/** Longest text a dateline can take, with the start of the lead it opens. */
export const DATELINE_MAX = 200;

/**
 * Cuts a wire dateline off the sentence it opens, as a sentence of its own: "BAMAKO, March 14
 * (Reuters) - Mali's military government on Tuesday released …" parsed whole has the place as its
 * root and the lead's verb as a relative clause, and the lead's subject is lost. The dateline
 * stays in the text (the dates and places stages still read it); it only stops being part of the
 * lead's parse. Other sentences pass through unchanged (the same objects).
 *
 * A place in ordinary case and a dash ("Dushanbe - On 18 November, …", "Lilongwe, 4 May - The ministry …"), as
 * government press releases open, is a dateline too when a date is told: in the dateline itself, or opening the
 * lead ("On 18 November", DATED_LEAD). A name and a dash alone still open ordinary sentences ("Kenya - the country
 * of runners - won") and tokenised hyphens ("Iran - allied group").
 */
export function splitDatelines<T extends { span: Span; tokens: RawToken[] }>(text: string, sentences: readonly T[]): { span: Span; tokens: RawToken[] }[] {
  const out: { span: Span; tokens: RawToken[] }[] = [];
  for (const sentence of sentences) {
    // A dateline is short: the regex never sees more than its possible length of a long sentence.
    const m = DATELINE.exec(text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + DATELINE_MAX)));
    if (!m || (!CAPITALS.test(m.groups!.place!) && !m.groups!.agency && !(m.groups!.date && /\d/.test(m.groups!.date))
      && !DATED_LEAD.test(text.slice(sentence.span.start + m[0].length, sentence.span.end)))) {
      out.push(sentence);
      continue;
    }
    const cut = sentence.span.start + m[0].trimEnd().length;
    const head = sentence.tokens.filter((t) => t.end <= cut);
    const rest = sentence.tokens.filter((t) => t.start >= cut);
    // The cut falls between tokens and leaves a lead of a few words at least.
    if (head.length === 0 || rest.length < 3 || head.length + rest.length !== sentence.tokens.length) {
      out.push(sentence);
      continue;
    }
    out.push({ span: { start: head[0]!.start, end: head[head.length - 1]!.end }, tokens: head });
    out.push({ span: { start: rest[0]!.start, end: sentence.span.end }, tokens: rest });
  }
  return out;
}

/**
 * The place of the wire dateline opening `text` at `start` ("BANGUI" in "BANGUI, Nov 3 (Reuters) -"), as an offset
 * span, or null when no dateline opens there.
 */
export function datelinePlaceAt(text: string, start: number): Span | null {
  const line = DATELINE.exec(text.slice(start, start + DATELINE_MAX));
  const place = line?.groups?.place;
  return place ? { start, end: start + place.length } : null;
}
