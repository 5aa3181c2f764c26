import type { CodedEvent, EventParty } from '../../core/document.js';

/** An event with what merging needs to know about how it was found. */
export interface MergeCandidate {
  readonly event: CodedEvent;
  /** Found from a noun ("the release", "the talks") rather than a verb. */
  readonly nominal: boolean;
  /** Derived from another event (a mediator's consultation); never merged. */
  readonly derived: boolean;
  /** A noun with no party of its own: kept only as evidence of an act it retells, never as an event. */
  readonly mentionOnly?: boolean;
  /**
   * Told in a heading (a title, a live page's timestamped line, a summary bullet: a paragraph with no
   * closing punctuation), which restates an act the body tells: merged into the body's event like a noun.
   */
  readonly heading?: boolean;
}

/** PLOVER's verbal types: each statement is its own act. */
export const VERBAL_TYPES: ReadonlySet<string> = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

function codes(parties: readonly EventParty[]): Set<string> {
  return new Set(parties.map((p) => p.code).filter((c): c is string => c !== null));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether an event is dated by words of its own (its clause, a governing clause, an anaphor), not by the publication, the main act or the story. */
export function hasOwnDate(event: CodedEvent): boolean {
  // The story's time (assign-date.ts storyTime) and a party's last date (events sameActorDate) are lent by another sentence: free to move, as the publication is.
  // So is the time of a saying set beside the act (assign-date.ts reportedBeside): it bounds the act, it does not date it.
  return event.date_source.rule !== 'publication' && event.date_source.rule !== 'before-main-event' && event.date_source.rule !== 'story-time' && event.date_source.rule !== 'same-actor'
    && !event.date_source.rule.startsWith('reported-beside');
}

/** Dates are compatible when one is the other at a coarser precision ("2022-10" and "2022-10-02"). */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether `small` can be a mention of the action `big` describes: same type and mode, no conflicting party or date. */
function sameAction(small: MergeCandidate, big: MergeCandidate, relaxDates: boolean): boolean {
  const a = small.event;
  const b = big.event;
  if (a.event !== b.event) return false;
  // A heading restates the body; the body never restates a heading.
  if (big.heading && !small.heading) return false;
  const restated = small.nominal || small.heading === true;
  // A noun with no date of its own ("its war in Ukraine") can name an action dated elsewhere —
  // but only when no action with a compatible date is there ("the ensuing conflict" after the 1990s war).
  // Dated by a time expression of its own clause or a governing one, or by an anaphor ("under the deal"): not free to move.
  const ownDate = hasOwnDate(a);
  const datesMayDiffer = relaxDates && restated && !ownDate;
  if (!datesMayDiffer && (a.background !== b.background || !datesCompatible(a.date, b.date))) return false;
  if (a.mode !== b.mode && a.mode !== null && b.mode !== null) return false;
  // Two verbs are two actions; a noun can name an action told elsewhere ("the release", "the war").
  // Except two party-less verbs of one sentence ("Seven killed and nine hurt"): nothing tells them apart.
  const unattributedPair = a.actor.length + a.recipient.length === 0 && b.actor.length + b.recipient.length === 0
    && a.evidence.sentence.start === b.evidence.sentence.start;
  if (!restated && !big.nominal && !unattributedPair) return false;
  // Statements are separate acts even when one is a noun ("welcomed …", "expressed appreciation …"),
  // but not a heading's summary of one ("US urges restraint" above "the State Department urged …").
  if (VERBAL_TYPES.has(a.event) && !restated) return false;
  // Explicitly different days are different events ("talks on Sunday" vs "talks on Tuesday").
  if (ownDate && a.date_precision === 'day' && b.date_precision === 'day' && a.date !== b.date) return false;
  const bActors = codes(b.actor);
  const bAll = new Set([...bActors, ...codes(b.recipient)]);
  const collective = b.recipient.length === 0 || a.recipient.length === 0 && a.actor.length > 1;
  if (collective) return subset(new Set([...codes(a.actor), ...codes(a.recipient)]), bAll);
  return subset(codes(a.actor), bActors) && subset(codes(a.recipient), codes(b.recipient));
}

/**
 * Merges mentions of one action inside an article: "the release of the prisoners" after
 * "Azerbaijan freed 17 prisoners", "the ensuing conflict" after "fought … in the 1990s",
 * "resumed peace talks" (a few days before) with "held talks in Geneva on Sunday".
 * Two events merge when they have the same type and mode, at least one was named by a noun,
 * the parties of one fit inside the other's (in the same roles), and their dates are compatible.
 * The richer event (more parties, finer date) is kept and takes the other's size figures,
 * brokers, place and, when it names none, targets; its `why` records the merge.
 */
export function mergeMentions(candidates: readonly MergeCandidate[]): CodedEvent[] {
  const kept: MergeCandidate[] = [];
  const richness = (c: MergeCandidate) => {
    const e = c.event;
    // A date lent by the publication, the story or a party weighs as the publication's day, whatever precision it was given.
    const dated = hasOwnDate(e) || e.date_source.rule === 'before-main-event' ? e.date?.length ?? 0 : e.date === null ? 0 : 10;
    return (codes(e.actor).size + codes(e.recipient).size) * 10 + dated + (e.date_source.rule.startsWith('clause') ? 5 : 0) + (c.nominal ? 0 : 1);
  };
  // Headings last, so the body's telling of an act is the one kept.
  const order = [...candidates].sort((a, b) => Number(a.heading === true) - Number(b.heading === true) || richness(b) - richness(a) || a.event.evidence.trigger.start - b.event.evidence.trigger.start);
  for (const candidate of order) {
    const event = candidate.event;
    const strict = candidate.derived ? [] : kept.filter((k) => !k.derived && sameAction(candidate, k, false));
    const targets = strict.length > 0 || candidate.derived ? strict : kept.filter((k) => !k.derived && sameAction(candidate, k, true));
    const mine = codes(event.actor).size + codes(event.recipient).size;
    targets.sort((a, b) => {
      const same = (k: MergeCandidate) => Number(codes(k.event.actor).size + codes(k.event.recipient).size === mine);
      return same(b) - same(a) || Math.abs(a.event.evidence.trigger.start - event.evidence.trigger.start) - Math.abs(b.event.evidence.trigger.start - event.evidence.trigger.start);
    });
    const target = targets[0]?.event;
    if (!target) {
      if (!candidate.mentionOnly) kept.push(candidate);
      continue;
    }
    for (const [key, value] of Object.entries(event.size)) {
      if (value && !(key in target.size)) (target.size as Record<string, typeof value>)[key] = value;
    }
    for (const party of event.third_party) if (!target.third_party.some((p) => p.code === party.code)) target.third_party.push(party);
    // "12 civilians were killed as Russian forces launched air strikes": the kept act names who did it,
    // the merged mention whom it hit; an act with no target of its own takes the mention's.
    if (target.recipient.length === 0) {
      const isActor = (p: EventParty) => target.actor.some((a) => a.code === p.code && a.text === p.text);
      target.recipient.push(...event.recipient.filter((p) => !isActor(p)));
    }
    if (!target.event_loc && event.event_loc) target.event_loc = event.event_loc;
    target.why.push(`also reported as "${event.evidence.trigger.text}" (offset ${event.evidence.trigger.start}), merged as the same action`);
    // The merged event carries every place the act is told.
    const mentions = target.evidence.mentions ?? [];
    mentions.push({ sentence: event.evidence.sentence, trigger: event.evidence.trigger }, ...(event.evidence.mentions ?? []));
    target.evidence = { ...target.evidence, mentions };
  }
  return kept.map((k) => k.event).sort((a, b) => a.evidence.trigger.start - b.evidence.trigger.start);
}
