import { firstSpanFrom, firstTokenFrom } from '../../core/search.js';
import type { ActorMention, ArticleDoc, Mention, Origin, PlaceMention, Token } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import type { GroupNounSource } from '../../kb/group-nouns.js';
import type { GazetteerMatch, Kb } from '../../kb/index.js';
import type { PeopleLookup } from '../../memory/people.js';

/** What a resolved person carries forward for surname and pronoun coreference. */
export interface PersonMemory {
  readonly name: string;
  readonly code: string | null;
  readonly sector: string | null;
  readonly title: string | null;
  readonly evidence: readonly TextSpan[];
  readonly at: number;
}

/** Shared state of one actors run: the document, the knowledge base and what was resolved so far. */
export interface ActorContext {
  readonly doc: ArticleDoc;
  readonly kb: Kb;
  readonly origin: Origin;
  readonly actors: ActorMention[];
  readonly places: PlaceMention[];
  /** Gazetteer reading of each GPE/LOC/NORP/ORG mention that came from the knowledge base. */
  readonly readings: ReadonlyMap<string, GazetteerMatch>;
  /** Country codes ranked by salience; `pair` is the two main parties (for "both sides"). */
  readonly salience: ReadonlyMap<string, number>;
  readonly pair: readonly string[];
  /** Surname or full name → person. */
  readonly people: Map<string, PersonMemory>;
  /** Mention ids already consumed by another rule (a demonym inside a title). */
  readonly consumed: Set<string>;
  /** People learned from earlier articles (src/memory), if the run has a corpus memory. */
  readonly memory?: PeopleLookup;
  /** Group nouns beyond resources/kb/group-nouns.json (the Phoenix agents), if the run has them. */
  readonly groupNouns?: GroupNounSource;
}

/** Index of the token starting at or containing `offset`, or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the last token ending at or before `offset`. */
export function tokenBefore(tokens: readonly Token[], offset: number): number {
  let i = tokenAt(tokens, offset);
  if (i < 0) {
    i = firstTokenFrom(tokens, offset);
    if (i < 0) i = tokens.length;
  }
  while (i > 0 && tokens[i - 1]!.end > offset) i--;
  return i - 1;
}

/** An actor phrase's head word: the one whose syntactic head lies outside it ("protesters" in "protesters in Lagos"). */
export function phraseHead(tokens: readonly Token[], actor: Pick<ActorMention, 'span'>): Token | undefined {
  const from = firstTokenFrom(tokens, actor.span.start);
  if (from < 0) return undefined;
  for (let k = from; k < tokens.length && tokens[k]!.end <= actor.span.end; k++) {
    const head = tokens[k]!.head ?? -1;
    if (head < from || tokens[head]!.start >= actor.span.end) return tokens[k];
  }
  return undefined;
}

export function textSpan(doc: ArticleDoc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

export function mentionSpan(m: Mention): TextSpan {
  return { start: m.span.start, end: m.span.end, text: m.text };
}

/** Adds an actor with the next id; `origin` defaults to the stage's (a user dictionary stamps its own resource). */
export function pushActor(ctx: ActorContext, actor: Omit<ActorMention, 'kind' | 'id' | 'origin'> & { origin?: Origin }): ActorMention {
  const record: ActorMention = { kind: 'actor', id: `a${ctx.actors.length}`, ...actor, origin: actor.origin ?? ctx.origin };
  ctx.actors.push(record);
  return record;
}

export function pushPlace(ctx: ActorContext, place: Omit<PlaceMention, 'kind' | 'id' | 'origin'>): PlaceMention {
  const record: PlaceMention = { kind: 'place', id: `p${ctx.places.length}`, origin: ctx.origin, ...place };
  ctx.places.push(record);
  return record;
}

/** Index of the first token starting at or after `offset` (the next word after a mention), or -1. */
export const tokenFrom = firstTokenFrom;

/**
 * Mentions nested in a longer mention: a state or place the entities stage kept inside an
 * organisation's name ("Ethiopian" in "Ethiopian Human Rights Commission", "Romania" in
 * "National Bank of Romania"). They modify that organisation and are never actors or places alone.
 * Mentions are sorted by start, so only those starting inside `outer` are looked at.
 */
export function nestedMentions(doc: ArticleDoc, outer: Mention): Mention[] {
  const nested: Mention[] = [];
  for (let i = firstSpanFrom(doc.mentions, outer.span.start); i < doc.mentions.length && doc.mentions[i]!.span.start <= outer.span.end; i++) {
    const m = doc.mentions[i]!;
    if (m !== outer && m.span.end <= outer.span.end) nested.push(m);
  }
  return nested;
}

/**
 * The mentions that lie inside a longer one, in one pass over the mentions (sorted by start): a
 * mention is inside a longer one when a mention starting before it reaches its end, or one
 * starting with it ends after it. A test of each mention against all the others made texts
 * with many names quadratic.
 */
export function nestedMentionIds(doc: ArticleDoc): Set<string> {
  const nested = new Set<string>();
  const mentions = doc.mentions;
  // The furthest end reached by the mentions that start before the group being looked at.
  let reachBefore = -1;
  for (let i = 0; i < mentions.length;) {
    // The group of mentions that start at the same offset.
    let j = i;
    let reachHere = -1;
    while (j < mentions.length && mentions[j]!.span.start === mentions[i]!.span.start) reachHere = Math.max(reachHere, mentions[j++]!.span.end);
    for (let k = i; k < j; k++) {
      const end = mentions[k]!.span.end;
      if (reachBefore >= end || reachHere > end) nested.add(mentions[k]!.id);
    }
    reachBefore = Math.max(reachBefore, reachHere);
    i = j;
  }
  return nested;
}
