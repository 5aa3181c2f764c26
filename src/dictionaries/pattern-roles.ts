import type { ActorMention, ArticleDoc, Sentence, Token } from '../core/document.js';
import type { CompiledPattern, Mark, PatternMatch } from './verb-patterns.js';

/**
 * Actors of one noun phrase or coordination, in text order, with their token range `[start, end)`:
 * "Rohan, Bree and Fornost", "Proud Rohan, the weary Bree, and old Arnor".
 */
export interface ActorGroup {
  readonly actors: readonly ActorMention[];
  readonly start: number;
  readonly end: number;
}

/** Who a pattern match makes source and target; a role left undefined is not decided here. */
export interface PatternRoles {
  readonly source?: ActorGroup;
  readonly target?: ActorGroup;
  /** `%`: the group acts jointly (its members are each other's partners). */
  readonly compound?: ActorGroup;
}

/** Words that may stand between two coordinated actors; one of COORDINATORS must be among them. */
const COORDINATION_WORDS = new Set([',', 'and', 'or', 'nor', 'the', 'a', 'an', 'both', 'either', 'neither']);
const COORDINATORS = new Set([',', 'and', 'or', 'nor']);
/** Parts of speech of a noun phrase, for `^` (skip one noun phrase): "the council", "Rohan", "its long feud". */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.end > offset) return i;
  return to;
}

/**
 * The actors of a sentence grouped into coordinations. Actors are joined when only commas,
 * conjunctions, articles and adjectives stand between them, with at least one comma or
 * conjunction: "Bree and the proud Rohan" is one group, "Rohan weary Fornost" two.
 */
export function actorGroups(doc: ArticleDoc, sentence: Sentence): ActorGroup[] {
  const inSentence = doc.actors
    .filter((a) => a.span.start >= sentence.span.start && a.span.end <= sentence.span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const placed: { actor: ActorMention; start: number; end: number }[] = [];
  for (const actor of inSentence) {
    const start = tokenAt(doc.tokens, actor.span.start, sentence.tokenStart, sentence.tokenEnd);
    const end = tokenAt(doc.tokens, actor.span.end - 1, start, sentence.tokenEnd) + 1;
    // Nested or overlapping mentions: the first (longest) one stands for the phrase.
    if (placed.length > 0 && start < placed[placed.length - 1]!.end) continue;
    // An acronym in brackets right after its actor names it again: "the European Union (EU)".
    const previous = placed[placed.length - 1];
    if (previous && start === previous.end + 1 && doc.tokens[start - 1]!.text === '(' && doc.tokens[end]?.text === ')') {
      previous.end = end + 1;
      continue;
    }
    placed.push({ actor, start, end });
  }
  const groups: { actors: ActorMention[]; start: number; end: number }[] = [];
  for (const p of placed) {
    const last = groups[groups.length - 1];
    if (last && coordinated(doc.tokens, last.end, p.start)) {
      last.actors.push(p.actor);
      last.end = p.end;
    } else {
      groups.push({ actors: [p.actor], start: p.start, end: p.end });
    }
  }
  return groups;
}

function coordinated(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 4) return false;
  let coordinator = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!COORDINATION_WORDS.has(t.normal) && t.pos !== 'ADJ') return false;
    if (COORDINATORS.has(t.normal)) coordinator = true;
  }
  return coordinator;
}

/** After `pos`, past the next noun phrase (the words before it that are not nominal are passed over too). */
function skipForward(tokens: readonly Token[], pos: number, end: number): number {
  let i = pos;
  while (i < end && !isNominal(tokens[i]!)) i++;
  while (i < end && isNominal(tokens[i]!)) i++;
  return i;
}

/** Before `pos`, past the previous noun phrase. */
function skipBackward(tokens: readonly Token[], pos: number, start: number): number {
  let i = pos;
  while (i > start && !isNominal(tokens[i - 1]!)) i--;
  while (i > start && isNominal(tokens[i - 1]!)) i--;
  return i;
}

function isNominal(t: Token): boolean {
  return NOUN_PHRASE_POS.has(t.pos) || t.normal === "'s" || t.normal === "'";
}

/**
 * Places a pattern's `$` (source), `+` (target), `%` (compound) and `^` (skipped noun phrase)
 * markers on the actors of the sentence, from where the pattern's words matched.
 *
 * A marker after the verb takes the first actor group after the words before it, `^` first
 * passing over one noun phrase: `- * IFTAR AT ^ ^ +` on "celebrated Iftar at Bree beside the
 * envoys of Rohan" passes over "Bree" and "the envoys" and takes Rohan. A marker before the verb
 * takes the nearest group before the words after it: `- + * FROM $` on "Rohan has received
 * grain from Fornost" makes Rohan the target and Fornost the source.
 */
export function rolesFromMatch(doc: ArticleDoc, sentence: Sentence, pattern: CompiledPattern, match: PatternMatch, groups: readonly ActorGroup[]): PatternRoles {
  const roles: { source?: ActorGroup; target?: ActorGroup; compound?: ActorGroup } = {};
  const assign = (mark: Mark, group: ActorGroup | undefined) => {
    if (!group || mark.kind === 'skip') return;
    if (roles[mark.kind] === undefined) roles[mark.kind] = group;
  };
  const tokens = doc.tokens;
  // After the verb: left to right within each gap.
  for (let gap = 0; gap <= match.after.length; gap++) {
    const marks = pattern.afterMarks.filter((m) => m.gap === gap);
    if (marks.length === 0) continue;
    let cursor = gap === 0 ? match.verb[1] : match.after[gap - 1]![1];
    const limit = gap < match.after.length ? match.after[gap]![0] : sentence.tokenEnd;
    for (const mark of marks) {
      if (mark.kind === 'skip') { cursor = skipForward(tokens, cursor, limit); continue; }
      const group = groups.find((g) => g.start >= cursor && g.start < limit);
      assign(mark, group);
      if (group) cursor = group.end;
    }
  }
  // Before the verb: right to left within each gap.
  for (let gap = 0; gap <= match.before.length; gap++) {
    const marks = pattern.beforeMarks.filter((m) => m.gap === gap).reverse();
    if (marks.length === 0) continue;
    const floor = gap === 0 ? sentence.tokenStart : match.before[gap - 1]![1];
    let cursor = gap < match.before.length ? match.before[gap]![0] : match.verb[0];
    for (const mark of marks) {
      if (mark.kind === 'skip') { cursor = skipBackward(tokens, cursor, floor); continue; }
      const group = [...groups].reverse().find((g) => g.end <= cursor && g.end > floor);
      assign(mark, group);
      if (group) cursor = group.start;
    }
  }
  return roles;
}

/** Forms of "be" that make a following participle passive ("was opposed", "has been criticized"). */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** Words that may stand between the passive verb and its "by" ("opposed earlier by", "fiercely opposed"). */
const PASSIVE_GAP = 2;

/**
 * PETRARCH's reading of a verb without role markers: the source is the subject, the nearest
 * actor group before the verb; the target is the first actor group after it ("The mayor has
 * faulted the slow repair of bridges near Bree" → Bree). A passive verb with a "by" phrase right
 * after it gives `agent`, the actor that acted ("Bree was outvoted by Rohan"); without one the
 * subject stays the source, as PETRARCH codes "Fornost was blamed for its quarrel with Rohan"
 * (FOR → ROH).
 */
export function defaultRoles(tokens: readonly Token[], match: PatternMatch, groups: readonly ActorGroup[]): { source?: ActorGroup; target?: ActorGroup; agent?: ActorGroup } {
  const source = [...groups].reverse().find((g) => g.end <= match.verb[0]);
  const target = groups.find((g) => g.start >= match.verb[1]);
  const agent = passiveAgent(tokens, match, groups);
  return { ...(source ? { source } : {}), ...(target ? { target } : {}), ...(agent ? { agent } : {}) };
}

function passiveAgent(tokens: readonly Token[], match: PatternMatch, groups: readonly ActorGroup[]): ActorGroup | undefined {
  let k = match.verb[0] - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (k < 0 || !BE.has(tokens[k]!.normal)) return undefined;
  for (let i = match.verb[1]; i <= match.verb[1] + PASSIVE_GAP && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.normal === 'by') return groups.find((g) => g.start === i + 1 || (g.start === i + 2 && tokens[i + 1]!.pos === 'DET'));
    if (t.pos !== 'ADV') return undefined;
  }
  return undefined;
}
