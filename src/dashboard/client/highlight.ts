import type { CodedEvent } from '../../core/document.js';

/** What a highlighted stretch of text is, in order of precedence when stretches overlap. */
export const ROLES = ['trigger', 'number', 'date', 'actor', 'recipient', 'third', 'place', 'cue', 'sentence'] as const;
export type Role = (typeof ROLES)[number];

/** A highlight: a half-open [start, end) range of the document's cleaned text. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  /** For `cue` marks: the event whose trigger it is. */
  readonly eventId?: string;
}

/** A run of text with the marks that cover all of it. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly roles: readonly Role[];
  readonly eventId?: string;
}

function push(marks: Mark[], role: Role, start: number | undefined, end: number | undefined, length: number): void {
  if (start === undefined || end === undefined) return;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length)) return;
  marks.push({ start, end, role });
}

/**
 * The marks for one selected event (trigger, parties, date expression, numbers, place, sentence)
 * plus a `cue` on every other event's trigger so it can be clicked. Spans that fall outside the
 * text are dropped rather than drawn in the wrong place.
 */
export function marksFor(events: readonly CodedEvent[], selected: CodedEvent | undefined, length: number): Mark[] {
  const marks: Mark[] = [];
  for (const e of events) {
    if (e === selected) continue;
    const { start, end } = e.evidence.trigger;
    if (start >= 0 && end > start && end <= length) marks.push({ start, end, role: 'cue', eventId: e.id });
  }
  if (selected) {
    push(marks, 'sentence', selected.evidence.sentence.start, selected.evidence.sentence.end, length);
    push(marks, 'trigger', selected.evidence.trigger.start, selected.evidence.trigger.end, length);
    for (const p of selected.actor) push(marks, 'actor', p.start, p.end, length);
    for (const p of selected.recipient) push(marks, 'recipient', p.start, p.end, length);
    for (const p of selected.third_party) push(marks, 'third', p.start, p.end, length);
    push(marks, 'date', selected.date_source.start, selected.date_source.end, length);
    for (const v of Object.values(selected.size)) push(marks, 'number', v?.start, v?.end, length);
    push(marks, 'place', selected.event_loc?.start, selected.event_loc?.end, length);
  }
  return marks;
}

/** Cuts [0, length) at every mark edge; each piece lists the marks covering it, strongest first. */
export function piecesOf(marks: readonly Mark[], length: number): Piece[] {
  const cuts = new Set([0, length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    const roles = [...new Set(covering.map((m) => m.role))].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    const cue = covering.find((m) => m.role === 'cue');
    pieces.push({ start, end, roles, ...(cue?.eventId ? { eventId: cue.eventId } : {}) });
  }
  return pieces;
}
