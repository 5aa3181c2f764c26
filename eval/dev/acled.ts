/**
 * ACLED-style event notes (../shared/dev/acled_notes_dev.jsonl: ACLED notes from 2016 and CASE 2021
 * Task 2 notes), read as an analyst reads them (../shared/dev/README.md):
 * - event type found: some coded event of the note has a PLOVER type the ACLED type maps to;
 * - stated fatalities: the matching event's `size.dead` equals ACLED's fatalities where the toll is
 *   above 0, and a note with 0 fatalities gets no death figure;
 * - actor: the matching event's actor has the country and sector ACLED's actor1 names.
 */
import type { CodedEvent, EventParty } from '../../src/core/document.js';
import { loadKb } from '../../src/kb/index.js';
import { bump, codeInput, confusionMarkdown, devSetPath, errorClassesMarkdown, fmt, forEachWithProgress, ratio, readJsonl, topEvent, type Ratio, type SectionHeading } from './common.js';

export const ACLED_FILE = 'acled_notes_dev.jsonl';

export interface AcledNote {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly event_type: string | null;
  readonly sub_event_type: string | null;
  readonly actor1?: string | null;
  readonly inter1?: string | null;
  readonly fatalities?: number | null;
  readonly taxonomy: string;
  readonly case2021_label?: string;
}

/**
 * ACLED event types → acceptable PLOVER types (README of the dev sets). Pre-2019 names ("Remote
 * violence", "Riots/Protests", "Battle-…") are the older taxonomy. "Strategic developments" has no
 * single PLOVER reading and is reported, not scored.
 */
export function acceptedTypes(eventType: string | null): readonly string[] | null {
  if (eventType === null) return null;
  if (eventType.startsWith('Battle')) return ['ASSAULT'];
  const table: Readonly<Record<string, readonly string[]>> = {
    'Explosions/Remote violence': ['ASSAULT'],
    'Remote violence': ['ASSAULT'],
    'Violence against civilians': ['ASSAULT', 'COERCE'],
    Protests: ['PROTEST'],
    Riots: ['PROTEST', 'ASSAULT'],
    'Riots/Protests': ['PROTEST', 'ASSAULT'],
  };
  return table[eventType] ?? null;
}

/**
 * ACLED's interaction codes of actor1 → PLOVER sectors an analyst would accept. 3 and 4 (political
 * and identity militias) are armed non-state groups: rebels, paramilitaries or unidentified forces.
 */
export const INTER_SECTORS: Readonly<Record<string, readonly string[]>> = {
  1: ['GOV', 'MIL', 'COP', 'SPY'],
  2: ['REB'],
  3: ['REB', 'PRM', 'UAF'],
  4: ['REB', 'PRM', 'UAF'],
  5: ['CVL'],
  6: ['CVL', 'LAB', 'EDU', 'OPP', 'AGR', 'MED', 'JRN', 'REL', 'BUS'],
  7: ['CVL', 'REF', 'EDU', 'LAB', 'AGR', 'JRN', 'MED', 'REL', 'BUS'],
  8: ['MIL', 'GOV', 'UAF'],
};

/** The country an ACLED actor name gives ("Protesters (India)", "Military Forces of Chad (1990-)"), as a code. */
export function acledActorCountry(actor: string | null | undefined): string | null {
  if (!actor) return null;
  const kb = loadKb();
  const candidates = [/\bForces of (.+?) \(/.exec(actor)?.[1], ...[...actor.matchAll(/\(([^()]+)\)/g)].map((m) => m[1])];
  for (const name of candidates) {
    if (!name) continue;
    const whole = kb.match(name).find((m) => m.start === 0 && m.end === name.length);
    const country = whole?.refs.find((r) => r.type === 'country');
    if (country && country.type === 'country') return country.code;
  }
  return null;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Whether the note writes the toll out ("2 people", "two people", "1,200"), i.e. states it rather than implying it. */
export function tollWritten(text: string, toll: number): boolean {
  const digits = new RegExp(`(?<![\\d.,])(${toll}|${toll.toLocaleString('en-US')})(?![\\d]|[.,]\\d)`);
  if (digits.test(text)) return true;
  const word = NUMBER_WORDS[toll];
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

export type TypeOutcome = 'found' | 'wrong-type' | 'no-event';
export type FatalityOutcome = 'right' | 'no-event' | 'missing-figure' | 'wrong-figure' | 'right-no-figure' | 'spurious-figure';
export type ActorOutcome = 'right' | 'no-event' | 'no-actor' | 'no-country' | 'wrong-country';

export interface AcledNoteScore {
  readonly id: string;
  readonly acledType: string;
  readonly scored: boolean;
  readonly type: TypeOutcome;
  readonly top: string;
  readonly fatalities: FatalityOutcome | null;
  readonly tollWritten: boolean;
  readonly actorCountry: ActorOutcome | null;
  readonly actorSector: boolean | null;
  readonly ours: string;
}

const deadOf = (e: CodedEvent): number | null => e.size.dead?.value ?? null;
const partyText = (p: EventParty) => `${p.text}[${p.code ?? '-'}/${p.sector ?? '-'}]`;
const describe = (events: readonly CodedEvent[]): string =>
  events.map((e) => `${e.event}(${e.actor.map(partyText).join('+') || '-'} → ${e.recipient.map(partyText).join('+') || '-'}${deadOf(e) !== null ? `, dead=${deadOf(e)}` : ''})`).join('; ') || 'no event';

/** Scores the events coded for one note (pure: the scorer's unit under test). */
export function scoreNote(note: AcledNote, events: readonly CodedEvent[]): AcledNoteScore {
  const accepted = acceptedTypes(note.event_type);
  const top = topEvent(events);
  const matching = accepted ? events.filter((e) => accepted.includes(e.event)) : [];
  const type: TypeOutcome = events.length === 0 ? 'no-event' : matching.length > 0 ? 'found' : 'wrong-type';
  // The events whose figures and actors are read: those of an accepted type, else all (a wrong type is counted above).
  const candidates = matching.length > 0 ? matching : events;
  let fatalities: FatalityOutcome | null = null;
  const toll = note.fatalities;
  if (typeof toll === 'number') {
    const figures = candidates.map(deadOf).filter((d): d is number => d !== null);
    if (toll > 0) fatalities = events.length === 0 ? 'no-event' : figures.includes(toll) ? 'right' : figures.length > 0 ? 'wrong-figure' : 'missing-figure';
    else fatalities = events.some((e) => (deadOf(e) ?? 0) > 0) ? 'spurious-figure' : 'right-no-figure';
  }
  const goldCountry = accepted ? acledActorCountry(note.actor1) : null;
  let actorCountry: ActorOutcome | null = null;
  if (goldCountry) {
    const parties = candidates.flatMap((e) => e.actor);
    actorCountry = events.length === 0 ? 'no-event' : parties.length === 0 ? 'no-actor'
      : parties.some((p) => p.code === goldCountry) ? 'right' : parties.every((p) => p.code === null) ? 'no-country' : 'wrong-country';
  }
  const sectors = accepted && note.inter1 ? INTER_SECTORS[note.inter1] : undefined;
  const actorSector = sectors ? candidates.flatMap((e) => e.actor).some((p) => p.sector !== null && sectors.includes(p.sector)) : null;
  return {
    id: note.id, acledType: note.event_type ?? `(not ACLED: ${note.case2021_label ?? '?'})`, scored: accepted !== null, type,
    top: top?.event ?? 'none', fatalities, tollWritten: typeof toll === 'number' && toll > 0 && tollWritten(note.text, toll),
    actorCountry, actorSector, ours: describe(events),
  };
}

export interface AcledEvaluation {
  readonly n: number;
  readonly typeFound: Ratio;
  readonly topType: Ratio;
  readonly typeOutcomes: Record<string, number>;
  /** Notes that write out a toll above 0 ("two people were killed"): our death figure equals it. */
  readonly fatalities: Ratio;
  /** Notes with 0 fatalities that get no death figure. */
  readonly fatalitiesZero: Ratio;
  /** Every note with a toll above 0, written out or not ("several killed" coded as 3 by ACLED). */
  readonly fatalitiesPositive: Ratio;
  readonly fatalityOutcomes: Record<string, number>;
  readonly actorCountry: Ratio;
  readonly actorOutcomes: Record<string, number>;
  readonly actorSector: Ratio;
  /** ACLED type → our top type (scored types). */
  readonly confusion: Record<string, Record<string, number>>;
  /** Notes not scored (Strategic developments, non-ACLED CASE labels): label → our top type counts. */
  readonly unscored: Record<string, Record<string, number>>;
  readonly notes: readonly (AcledNoteScore & { text: string })[];
}

/** Codes every note (with its date as the publication date where it has one) and scores it. */
export function evaluateAcled(notes: readonly AcledNote[]): AcledEvaluation {
  const scores: (AcledNoteScore & { text: string })[] = [];
  forEachWithProgress(notes, 'acled', (note) => {
    const doc = codeInput(note.text, note.id, note.date ?? undefined);
    scores.push({ ...scoreNote(note, doc.events), text: note.text });
  });
  return summariseAcled(scores);
}

export function summariseAcled(scores: readonly (AcledNoteScore & { text: string })[]): AcledEvaluation {
  const scored = scores.filter((s) => s.scored);
  const typeOutcomes: Record<string, number> = {};
  const fatalityOutcomes: Record<string, number> = {};
  const actorOutcomes: Record<string, number> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const unscored: Record<string, Record<string, number>> = {};
  for (const s of scores) {
    if (s.fatalities) bump(fatalityOutcomes, s.fatalities);
    if (!s.scored) {
      bump(unscored[s.acledType] ??= {}, s.top);
      continue;
    }
    bump(typeOutcomes, s.type);
    bump(confusion[s.acledType] ??= {}, s.top);
    if (s.actorCountry) bump(actorOutcomes, s.actorCountry);
  }
  const zero = scores.filter((s) => s.fatalities === 'right-no-figure' || s.fatalities === 'spurious-figure');
  const positive = scores.filter((s) => s.fatalities !== null && !zero.includes(s));
  const written = positive.filter((s) => s.tollWritten);
  const withCountry = scored.filter((s) => s.actorCountry !== null);
  const withSector = scored.filter((s) => s.actorSector !== null);
  return {
    n: scores.length,
    typeFound: ratio(scored.filter((s) => s.type === 'found').length, scored.length),
    topType: ratio(scored.filter((s) => (acceptedTypes(s.acledType) ?? []).includes(s.top)).length, scored.length),
    typeOutcomes,
    fatalities: ratio(written.filter((s) => s.fatalities === 'right').length, written.length),
    fatalitiesZero: ratio(zero.filter((s) => s.fatalities === 'right-no-figure').length, zero.length),
    fatalitiesPositive: ratio(positive.filter((s) => s.fatalities === 'right').length, positive.length),
    fatalityOutcomes,
    actorCountry: ratio(withCountry.filter((s) => s.actorCountry === 'right').length, withCountry.length),
    actorOutcomes,
    actorSector: ratio(withSector.filter((s) => s.actorSector === true).length, withSector.length),
    confusion,
    unscored,
    notes: scores,
  };
}

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  found: 'type found', 'wrong-type': 'events coded, none of an accepted type', 'no-event': 'no event coded',
  right: 'right', 'missing-figure': 'toll stated, no death figure on the event', 'wrong-figure': 'toll stated, another death figure',
  'right-no-figure': '0 fatalities, no death figure (right)', 'spurious-figure': '0 fatalities, but a death figure coded',
  'no-actor': 'event without an actor', 'no-country': 'actor found, no country', 'wrong-country': 'actor with another country',
};

export function formatAcledMarkdown(r: AcledEvaluation, heading?: SectionHeading): string {
  const top = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t, n]) => `${t} ${n}`).join(', ');
  return [
    heading ? `### ${heading.title} (${r.n} notes)` : `### ACLED-style event notes (${r.n} notes: ACLED 2016 and CASE 2021)`,
    '',
    heading ? heading.intro : 'ACLED types are read as PLOVER types per ../shared/dev/README.md: Battles, Explosions/Remote violence → ASSAULT; Violence against civilians → ASSAULT or COERCE; Protests → PROTEST; Riots (and the older Riots/Protests) → PROTEST or ASSAULT. "Strategic developments" and non-ACLED CASE labels are not scored (what we code for them is listed below). Fatalities exist only on the ACLED 2016 notes; the figure is read on the events of an accepted type (all events when none is). Run alone: `npx tsx eval/dev-sets.ts --set acled [--misses N]`.',
    '',
    '| measure | result |',
    '| --- | --- |',
    `| event type found (some event of an accepted type) | **${fmt(r.typeFound)}** |`,
    `| top event of an accepted type | ${fmt(r.topType)} |`,
    `| stated fatalities right (the note writes out a toll > 0; our \`size.dead\` equals it) | **${fmt(r.fatalities)}** |`,
    `| … every note with a toll > 0 (written out or not) | ${fmt(r.fatalitiesPositive)} |`,
    `| notes with 0 fatalities that get no death figure | ${fmt(r.fatalitiesZero)} |`,
    `| actor1's country on our actor (where ACLED names one) | ${fmt(r.actorCountry)} |`,
    `| actor1's sector on our actor (from ACLED's interaction code) | ${fmt(r.actorSector)} |`,
    '',
    '| error class (scored notes) | notes |',
    '| --- | ---: |',
    errorClassesMarkdown(r.typeOutcomes, OUTCOME_LABELS),
    '',
    '| fatalities (ACLED 2016 notes) | notes |',
    '| --- | ---: |',
    errorClassesMarkdown(r.fatalityOutcomes, OUTCOME_LABELS),
    '',
    '| actor country | notes |',
    '| --- | ---: |',
    errorClassesMarkdown(r.actorOutcomes, OUTCOME_LABELS),
    '',
    'Top event type per ACLED type (rows ACLED, columns ours):',
    '',
    confusionMarkdown(r.confusion),
    '',
    'Not scored: what the top event is for the other notes (most frequent first):',
    '',
    '| label | notes | our top event |',
    '| --- | ---: | --- |',
    ...Object.entries(r.unscored).sort((a, b) => a[0].localeCompare(b[0]))
      .map(([label, counts]) => `| ${label} | ${Object.values(counts).reduce((a, b) => a + b, 0)} | ${top(counts)} |`),
  ].join('\n');
}

/** Misses per error class, for the terminal (never for committed files). */
export function acledMisses(r: AcledEvaluation, perClass: number): string[] {
  const out: string[] = [];
  const show = (title: string, pick: (s: AcledNoteScore) => boolean) => {
    const hits = r.notes.filter(pick);
    if (hits.length === 0) return;
    out.push(`== ${title} (${hits.length})`);
    for (const s of hits.slice(0, perClass)) out.push(`${s.id} [${s.acledType}] ${s.text.slice(0, 220)}\n    ours: ${s.ours}`);
  };
  show('no event', (s) => s.scored && s.type === 'no-event');
  show('wrong type', (s) => s.scored && s.type === 'wrong-type');
  show('toll stated, no figure', (s) => s.fatalities === 'missing-figure');
  show('toll stated, wrong figure', (s) => s.fatalities === 'wrong-figure');
  show('0 fatalities, figure coded', (s) => s.fatalities === 'spurious-figure');
  show('actor country wrong or missing', (s) => s.actorCountry !== null && s.actorCountry !== 'right' && s.actorCountry !== 'no-event');
  return out;
}

export function loadAcledNotes(): AcledNote[] | null {
  const path = devSetPath(ACLED_FILE);
  return path ? readJsonl<AcledNote>(path) : null;
}
