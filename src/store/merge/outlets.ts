/** What outlet counting needs of a mention's document and evidence. */
export interface OutletFacts {
  readonly docId: string;
  readonly siteName: string | null;
  readonly url: string | null;
  /** The evidence sentence, to spot one wire story republished by several sites. */
  readonly sentence: string;
  /** `documents.near_duplicate_of`: the earlier document this one repeats (ingest's MinHash check). */
  readonly nearDuplicateOf?: string | null;
}

/**
 * The outlet of a document: its site name (`Reuters`), else the domain of its URL without `www.`
 * (`apnews.com`), else the document itself (an anonymous file counts as one outlet of its own).
 */
export function outletOf(facts: Pick<OutletFacts, 'docId' | 'siteName' | 'url'>): string {
  const site = facts.siteName?.trim().toLowerCase();
  if (site) return `site:${site}`;
  if (facts.url) {
    try {
      return `domain:${new URL(facts.url).hostname.replace(/^www\./, '').toLowerCase()}`;
    } catch {
      // not a URL: fall through to the document
    }
  }
  return `doc:${facts.docId}`;
}

/** Lower-cased words only, so "Azerbaijan freed 17 Armenian prisoners…" matches its copy with other quotes/spaces. */
function normalSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Independent outlets among the mentions: distinct outlets, where two mentions whose evidence
 * sentences are the same words, or whose documents ingest marked as near-duplicates, count once (a near-duplicate: one agency story republished by two
 * sites is one report, not two confirmations). Union-find over both kinds of sameness.
 */
export function countIndependentOutlets(mentions: readonly OutletFacts[]): number {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstWith = new Map<string, number>();
  mentions.forEach((mention, i) => {
    const story = `story:${mention.nearDuplicateOf ?? mention.docId}`;
    for (const key of [outletOf(mention), `text:${normalSentence(mention.sentence)}`, story]) {
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  return new Set(mentions.map((_, i) => find(i))).size;
}
