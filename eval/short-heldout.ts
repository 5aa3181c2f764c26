/**
 * Held-out sets of the short kinds issue 14 sets goals for, written blind outside ../shared (each
 * folder's README says how): ACLED-style event notes (eval/notes-heldout/notes.jsonl) and wire
 * sentences with a CAMEO quad class and source/target spans (eval/sentences-heldout/sentences.jsonl).
 * They are scored exactly as the development sets of the same kinds (eval/dev/), and, like the
 * held-out article sets, they are measurement sets: only their summary figures are printed, never
 * their misses. Part of `npm run eval`; alone: `npx tsx eval/short-heldout.ts`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateAcled, formatAcledMarkdown, type AcledEvaluation, type AcledNote } from './dev/acled.js';
import { readJsonl } from './dev/common.js';
import {
  evaluateActorSpans, evaluateClasses, formatClassesMarkdown, formatConflibertActorsMarkdown,
  type ActorSpanItem, type ActorsEvaluation, type ClassesEvaluation, type ClassRecord,
} from './dev/conflibert.js';
import { ROOT } from './paths.js';

export const NOTES_HELDOUT = resolve(ROOT, 'eval', 'notes-heldout', 'notes.jsonl');
export const SENTENCES_HELDOUT = resolve(ROOT, 'eval', 'sentences-heldout', 'sentences.jsonl');

/** A held-out sentence: its quad class (0–4, as ConfliBERT's), CAMEO code, and the source and target as substrings. */
export interface HeldOutSentence extends ClassRecord {
  readonly cameo: string;
  readonly source: string | null;
  readonly target: string | null;
}

/** Gold spans of a sentence: each role's text at its first occurrence (the writers' convention); a text not in the sentence is an error. */
export function sentenceActorItem(sentence: HeldOutSentence): ActorSpanItem {
  const golds: ActorSpanItem['golds'][number][] = [];
  for (const [role, text] of [['source', sentence.source], ['target', sentence.target]] as const) {
    if (!text) continue;
    const start = sentence.text.indexOf(text);
    if (start < 0) throw new Error(`${sentence.id}: the ${role} "${text}" is not in the sentence`);
    golds.push({ role, span: { start, end: start + text.length }, text });
  }
  return { id: sentence.id, text: sentence.text, golds, statement: sentence.penta_class === 0, natural: true };
}

/** The sentences carry no date; their officials are invented, so the date only anchors relative dates. */
const SENTENCES_PUBLISHED = '2024-06-30';

export interface ShortHeldOutResults {
  notes?: AcledEvaluation;
  classes?: ClassesEvaluation;
  actors?: ActorsEvaluation;
}

export function evaluateShortHeldOut(): ShortHeldOutResults {
  const results: ShortHeldOutResults = {};
  if (existsSync(NOTES_HELDOUT)) results.notes = evaluateAcled(readJsonl<AcledNote>(NOTES_HELDOUT));
  if (existsSync(SENTENCES_HELDOUT)) {
    const sentences = readJsonl<HeldOutSentence>(SENTENCES_HELDOUT);
    results.classes = evaluateClasses(sentences, SENTENCES_PUBLISHED);
    results.actors = evaluateActorSpans(sentences.map(sentenceActorItem), SENTENCES_PUBLISHED);
  }
  return results;
}

const BLIND = 'written blind (by sessions that neither ran nor read the coder), outside ../shared; a measurement set: only these figures are read, never its misses. Run alone: `npx tsx eval/short-heldout.ts`.';

/** One markdown section per set and reading (none when the files are not here). */
export function formatShortHeldOutSections(r: ShortHeldOutResults): string[] {
  const sections: string[] = [];
  if (r.notes) {
    sections.push(formatAcledMarkdown(r.notes, {
      title: 'Held-out ACLED-style event notes',
      intro: `Invented notes in ACLED's style and taxonomy (eval/notes-heldout/README.md), ${BLIND} Scored as the development notes: ACLED types read as PLOVER types (Battles, Explosions/Remote violence → ASSAULT; Violence against civilians → ASSAULT or COERCE; Protests → PROTEST; Riots → PROTEST or ASSAULT; Strategic developments not scored), fatalities on the events of an accepted type, actor1's country and sector.`,
    }));
  }
  if (r.classes) {
    sections.push(formatClassesMarkdown(r.classes, {
      title: 'Held-out wire sentences: quad class',
      intro: `Invented wire sentences with the CAMEO quad class of their main act (eval/sentences-heldout/README.md), ${BLIND} Scored as the ConfliBERT development sentences (REQUEST counts for either verbal class, CONCEDE for either cooperation class, SANCTION for either conflict class; "Make a Statement" right when nothing is coded).`,
    }));
  }
  if (r.actors) {
    sections.push(formatConflibertActorsMarkdown(r.actors, {
      title: 'Held-out wire sentences: source and target actors',
      intro: `The same sentences' source and target spans: found when one of our actor (recipient) parties on the most confident event overlaps the gold source (target). The second reading leaves out the "Make a Statement" sentences. ${BLIND}`,
    }));
  }
  return sections;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--misses')) process.stderr.write('eval/short-heldout: a held-out set prints no misses (see its README)\n');
  process.stdout.write(`${formatShortHeldOutSections(evaluateShortHeldOut()).join('\n\n')}\n`);
}
