import { BULLET_LINE, STAMP_LINE } from './01-split-paragraphs.js';

/**
 * Page furniture at the end of a scraped page: a short heading such as "More to explore",
 * "Related", "Read more", "You may also like" followed by teasers for other stories.
 * Two signals, both general:
 * - a furniture heading (listed below) in the second half of the page starts the tail;
 * - any other short heading-like line in the second half starts the tail when what follows it is
 *   short, looks like teasers (a cut-off paragraph or another headline) and shares under a
 *   quarter of its content words with the article before it ("Pedestrian Safety Statistics"
 *   under a story on prisoners of war).
 * Returns the index of the first tail paragraph, or `paragraphs.length` when there is none.
 */
export function findFurnitureTail(paragraphs: readonly string[], options: {
  /** Which paragraphs may open a tail by the topic test (HTML: only real headings). Default: all. */
  readonly isHeading?: (index: number) => boolean;
} = {}): number {
  const n = paragraphs.length;
  const half = Math.floor(n / 2);
  // The last live-page entry stamp ("09:15 BST"): every paragraph before it has the page's own posts after it.
  let lastStamp = -1;
  for (let i = 0; i < n; i++) if (STAMP_LINE.test(paragraphs[i]!)) lastStamp = i;
  for (let i = Math.max(1, half); i < n; i++) {
    const text = paragraphs[i]!;
    // A point of a list ("- Talks resume in Doha") is no heading that opens a tail.
    if (!isHeadingLike(text) || BULLET_LINE.test(text)) continue;
    // A live page closes every post with the same furniture line ("Share this post"): with stamped posts after it, it is a
    // line to drop (isFurnitureLine), not the start of a tail — the posts after it are the page's own news.
    const stampedPostsFollow = lastStamp > i;
    if (FURNITURE_HEADING.test(text.trim()) && !stampedPostsFollow) return i;
    if (options.isHeading && !options.isHeading(i)) continue;
    // A live page's entry stamp ("09:15 BST"), the entry headline under it, or a stretch holding one, opens the page's
    // own later posts, not teasers: a last post on a side topic ("Washington urges restraint") shares few words with
    // the main story yet is news of the page.
    if (STAMP_LINE.test(text) || (i > 0 && STAMP_LINE.test(paragraphs[i - 1]!)) || stampedPostsFollow) continue;
    const bodyText = paragraphs.slice(0, i).join(' ');
    const tail = paragraphs.slice(i + 1);
    const tailText = tail.join(' ');
    // Only a short tail can be furniture: a late sub-heading opening a long section is article.
    if (tail.length === 0 || tailText.length * 2 > bodyText.length) continue;
    // Teasers are cut off mid-sentence or are headlines themselves; a finished paragraph is not one.
    if (!tail.some((t) => isHeadingLike(t) || !SENTENCE_END.test(t.trim()))) continue;
    const before = contentWords(bodyText);
    const after = [...contentWords(tailText)];
    const shared = after.filter((w) => before.has(w)).length / Math.max(1, after.length);
    if (shared < 0.25) return i;
  }
  return n;
}

// "More to explorer" is a real typo on a scraped page; the optional letters absorb such slips.
const FURNITURE_HEADING = new RegExp('^(?:' + [
  'more to explor\\w*', 'more (?:from|on|in|stories|news|like this)\\b.*', 'related(?: \\w+){0,3}', 'read (?:more|next|also)\\b.*',
  'you (?:may|might) (?:also )?(?:like|enjoy|be interested)\\b.*', 'recommended(?: \\w+){0,3}', 'most (?:read|popular|viewed|shared)\\b.*',
  'trending(?: \\w+){0,3}', 'popular(?: \\w+){0,3}', 'see also', 'also read', 'top stories', 'don.t miss', 'what to read next', 'more coverage', 'latest (?:news|stories)', 'editor.?s picks',
  'sponsored(?: \\w+){0,3}', 'advertisement', 'share this(?: \\w+)?', 'follow us\\b.*', 'sign up\\b.*', 'subscribe\\b.*', 'tags?(?::.*)?',
].join('|') + ')[:.]?$', 'i');

/**
 * Short furniture lines inside the body, on HTML pages and in scraped text alike: "Advertisement",
 * "Read more: …", "Related: …", "More on this story: …", "Sign up for our newsletter", "Click here to
 * subscribe", "Image: Reuters". A labelled teaser names a link to another page, so what follows its
 * label is another story's headline, never a statement of this one.
 */
const FURNITURE_LINE = /^(?:advertisement|advertising|sponsored(?: content)?|read (?:more|next|also)\b|related(?: (?:articles?|stories|coverage|content|links?|news))?\s*[:|]|more (?:on|about|from) [\w'’ ]{1,30}[:|]|(?:recommended|most read|top stories)\s*[:|]|see also\b|also read\b|sign up\b|subscribe\b|click here\b|follow (?:us|@)|share (?:this|on)\b|(?:image|photo|picture|video)(?: credit)?s?:|(?:photo|image|video|file photo)\s*[:/|]|getty images|reuters\/|ap photo|©|\(c\) \d{4}|copyright\b|don.t miss\b|story continues below|continue reading|scroll to continue|watch:|listen:)/i;

/** A furniture line: one of the shapes above, at most 25 words. */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 25 && FURNITURE_LINE.test(t);
}

const SENTENCE_END = /[.!?。！？．]["'”’」)]?$/;

/** A furniture heading on its own: "Related coverage", "Read also:", "More to explore". */
export function isFurnitureHeading(text: string): boolean {
  return isHeadingLike(text) && FURNITURE_HEADING.test(text.trim());
}

/** Short, no sentence-final punctuation: "More to explore", "Understanding Key Factors in Accidents". */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  return words <= 8 && t.length <= 80 && !/[.!?;,。！？．]["'”’」)]?$/.test(t);
}

const STOP = new Set(('the a an and or of to in on for with by at from as is are was were be been has have had it its this that these those ' +
  'he she they we you i his her their our not but after before over about than more most who which what when where said says').split(' '));

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    // A five-letter stem makes "Armenia" and "Armenian" the same topic word.
    if (w.length > 2 && !STOP.has(w)) out.add(w.slice(0, 5));
  }
  return out;
}
