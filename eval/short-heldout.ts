/**
 * Held-out sets of the short kinds issue 14 sets goals for, written blind outside ../shared (each
 * folder's README says how): ACLED-style event notes (eval/notes-heldout/notes.jsonl) and wire
 * sentences with a CAMEO quad class and source/target spans (eval/sentences-heldout/sentences.jsonl),
 * and names in defence and security documents (eval/names-heldout/names.jsonl).
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
import { CONLL_LABELS, findEntities, formatNerMarkdown, scoreStories, type ConllLabel, type Entity, type NerEvaluation } from './dev/ner.js';
import { ROOT } from './paths.js';

export const NOTES_HELDOUT = resolve(ROOT, 'eval', 'notes-heldout', 'notes.jsonl');
export const SENTENCES_HELDOUT = resolve(ROOT, 'eval', 'sentences-heldout', 'sentences.jsonl');
export const NAMES_HELDOUT = resolve(ROOT, 'eval', 'names-heldout', 'names.jsonl');

/** A document of the names set: each distinct name listed once with its CoNLL label. */
export interface NamesDocument {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly { text: string; label: string }[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The gold entities of a names document as spans: every whole-word occurrence of each listed
 * string (the writers' convention), less those inside an occurrence of a longer listed name
 * ("Chad" in "Lake Chad Basin Commission"), as CoNLL counts only outermost names.
 */
export function namesGold(document: NamesDocument): Entity[] {
  const found: Entity[] = [];
  for (const { text, label } of document.entities) {
    if (!(CONLL_LABELS as readonly string[]).includes(label)) throw new Error(`${document.id}: "${text}" has the label ${label}, not one of ${CONLL_LABELS.join(', ')}`);
    let seen = false;
    for (let at = document.text.indexOf(text); at >= 0; at = document.text.indexOf(text, at + 1)) {
      const before = document.text[at - 1];
      const after = document.text[at + text.length];
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
      seen = true;
      found.push({ start: at, end: at + text.length, label: label as ConllLabel, text });
    }
    if (!seen) throw new Error(`${document.id}: "${text}" is not a whole word of the text`);
  }
  const outer = found.filter((e) => !found.some((o) => o !== e && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start));
  return outer.sort((a, b) => a.start - b.start);
}

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
  names?: NerEvaluation;
}

export function evaluateShortHeldOut(): ShortHeldOutResults {
  const results: ShortHeldOutResults = {};
  if (existsSync(NOTES_HELDOUT)) results.notes = evaluateAcled(readJsonl<AcledNote>(NOTES_HELDOUT));
  if (existsSync(SENTENCES_HELDOUT)) {
    const sentences = readJsonl<HeldOutSentence>(SENTENCES_HELDOUT);
    results.classes = evaluateClasses(sentences, SENTENCES_PUBLISHED);
    results.actors = evaluateActorSpans(sentences.map(sentenceActorItem), SENTENCES_PUBLISHED);
  }
  if (existsSync(NAMES_HELDOUT)) {
    const documents = readJsonl<NamesDocument>(NAMES_HELDOUT);
    results.names = scoreStories(documents.map((d) => ({ id: d.id, text: d.text, gold: namesGold(d), ours: findEntities(d.text, d.id) })));
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
  if (r.names) {
    sections.push(formatNerMarkdown(r.names, {
      title: 'Held-out names in defence and security documents',
      intro: `Invented defence and security documents (press releases, communiqués, panel reports, trial records; eval/names-heldout/README.md) with every name listed under CoNLL 2003's labels, ${BLIND} Scored as the CoNLL development set: exact spans, our labels read as PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC, NORP/EVENT/PRODUCT → MISC, outermost names only.`,
    }));
  }
  return sections;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--misses')) process.stderr.write('eval/short-heldout: a held-out set prints no misses (see its README)\n');
  process.stdout.write(`${formatShortHeldOutSections(evaluateShortHeldOut()).join('\n\n')}\n`);
}
