import { sharedPath } from './paths.js';
import { readFileSync } from 'node:fs';
import { createDoc, type ActorMention, type ArticleDoc } from '../src/core/document.js';
import type { Span } from '../src/core/span.js';
import { PeopleMemory } from '../src/memory/people.js';
import { actors } from '../src/stages/actors/index.js';
import { entities } from '../src/stages/entities/index.js';
import { paragraphSpans, sentences } from '../src/stages/sentences/index.js';

/** One gold actor of a PLOVER GSR record. */
export interface GoldActor { readonly text: string | null; readonly code: string | null; readonly sector: string | null }
export interface GoldRecord { readonly id: string; readonly text: string; readonly source?: readonly GoldActor[] | null; readonly target?: readonly GoldActor[] | null }

export interface Score { readonly accuracy: number; readonly n: number; readonly correct: number }
export interface ActorsEvaluation {
  /** Country/organisation code of gold source actors (accuracy over all gold actors with a code). */
  readonly sourceCountry: Score;
  readonly targetCountry: Score;
  /** Sector over gold actors (source and target) that have a sector. */
  readonly sector: Score;
  /** Share of gold actors with a code that we located in the text and covered with an actor. */
  readonly coverage: Score;
  /** Code accuracy over the covered actors only (how good resolution is when we find the actor). */
  readonly countryWhenCovered: Score;
  readonly misses: readonly { id: string; role: 'source' | 'target'; text: string; gold: string; ours: string | null }[];
}

/**
 * The GSR was coded with an early PLOVER draft. Its old codes are mapped here, in the scorer,
 * never in the knowledge base: JAP (Japan), ITL (Italy) and VTN (Vietnam) are pre-ISO codes, and
 * the draft coded every international body, UN and EU organs and NGOs such as Amnesty alike, as IGO.
 */
export const LEGACY_CODES: Readonly<Record<string, readonly string[]>> = {
  JAP: ['JPN'], ITL: ['ITA'], VTN: ['VNM'], IGO: ['IGO', 'UNO', 'EUR', 'NGO'],
};

/** Gold sectors carry ethnic/religious suffixes ("CVLalb", "REBMOS") and a typo ("CIV"); compare the first three letters. */
export function normaliseSector(sector: string | null): string | null {
  if (!sector || sector.startsWith('*')) return null;
  const head = sector.slice(0, 3).toUpperCase();
  return head === 'CIV' ? 'CVL' : head;
}

export function codeMatches(gold: string, ours: string | null): boolean {
  if (ours === null) return false;
  return (LEGACY_CODES[gold] ?? [gold]).includes(ours);
}

/** Finds the gold actor text in the sentence; a text with "..." or extra words falls back to its first locatable part. */
export function locate(text: string, goldText: string): Span | null {
  const exact = text.indexOf(goldText);
  if (exact >= 0) return { start: exact, end: exact + goldText.length };
  for (const part of goldText.split(/\s*\.\.\.\s*|\s+in\s+/)) {
    const at = part.length > 2 ? text.indexOf(part.trim()) : -1;
    if (at >= 0) return { start: at, end: at + part.trim().length };
  }
  const word = goldText.split(/\s+/).filter((w) => w.length > 3).find((w) => text.includes(w));
  if (word) return { start: text.indexOf(word), end: text.indexOf(word) + word.length };
  return null;
}

/** Our actor for a gold span: overlapping, coded ones first, then the largest overlap. */
export function pickActor(actorsFound: readonly ActorMention[], span: Span): ActorMention | null {
  const overlap = (a: ActorMention): number => Math.min(a.span.end, span.end) - Math.max(a.span.start, span.start);
  const hits = actorsFound.filter((a) => overlap(a) > 0 && a.actorKind !== 'collective');
  hits.sort((a, b) => Number(b.code !== null) - Number(a.code !== null) || overlap(b) - overlap(a) || Math.abs(a.span.start - span.start) - Math.abs(b.span.start - span.start));
  return hits[0] ?? null;
}

/** Runs sentences → entities → actors over one text, with a corpus memory of people if given. */
export function runActors(text: string, memory?: PeopleMemory, id = 'eval'): ArticleDoc {
  const doc = createDoc(id, { uri: id, format: 'text' }, text);
  doc.text = text;
  doc.offsetMap = [{ kind: 'copy', cleanStart: 0, cleanLength: text.length, sourceStart: 0, sourceLength: text.length }];
  doc.paragraphs = paragraphSpans(text);
  const report = (): void => {};
  const stages = memory ? [sentences(), entities({ knownPeople: memory.names() }), actors({ memory })] : [sentences(), entities(), actors()];
  for (const stage of stages) stage.run(doc, { report });
  memory?.learn(doc);
  return doc;
}

function score(correct: number, n: number): Score {
  return { accuracy: n === 0 ? 0 : correct / n, n, correct };
}

/**
 * Scores our actors against gold records (defaults to ../shared/gold/plover-gsr.jsonl). With
 * `memory`, the records are read in file order as one corpus: people learned from a title in one
 * record (our own output, never the gold) resolve bare names in later ones.
 */
export function evaluateActors(records: readonly GoldRecord[] = loadGsr(), options: { memory?: boolean } = {}): ActorsEvaluation {
  const memory = options.memory ? new PeopleMemory() : undefined;
  const tally = { src: [0, 0], tgt: [0, 0], sector: [0, 0], covered: [0, 0], whenCovered: [0, 0] };
  const misses: { id: string; role: 'source' | 'target'; text: string; gold: string; ours: string | null }[] = [];
  for (const record of records) {
    const doc = runActors(record.text, memory, record.id);
    for (const role of ['source', 'target'] as const) {
      for (const gold of record[role] ?? []) {
        const span = gold.text ? locate(record.text, gold.text) : null;
        const ours = span ? pickActor(doc.actors, span) : null;
        const goldSector = normaliseSector(gold.sector);
        if (goldSector) {
          tally.sector[1]!++;
          if (ours?.sector === goldSector) tally.sector[0]!++;
        }
        if (!gold.code) continue;
        const t = role === 'source' ? tally.src : tally.tgt;
        t[1]!++;
        tally.covered[1]!++;
        if (ours) {
          tally.covered[0]!++;
          tally.whenCovered[1]!++;
        }
        if (codeMatches(gold.code, ours?.code ?? null)) {
          t[0]!++;
          tally.whenCovered[0]!++;
        } else {
          misses.push({ id: record.id, role, text: gold.text ?? "", gold: gold.code, ours: ours?.code ?? null });
        }
      }
    }
  }
  return {
    sourceCountry: score(tally.src[0]!, tally.src[1]!),
    targetCountry: score(tally.tgt[0]!, tally.tgt[1]!),
    sector: score(tally.sector[0]!, tally.sector[1]!),
    coverage: score(tally.covered[0]!, tally.covered[1]!),
    countryWhenCovered: score(tally.whenCovered[0]!, tally.whenCovered[1]!),
    misses,
  };
}

export function loadGsr(path = process.env.CHRONICLE_GSR ?? sharedPath('gold', 'plover-gsr.jsonl')): GoldRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
}

/** A Markdown table of the scores. */
export function formatActorsMarkdown(result: ActorsEvaluation): string {
  const row = (name: string, s: Score): string => `| ${name} | ${(s.accuracy * 100).toFixed(1)}% | ${s.correct}/${s.n} |`;
  return [
    '| actors | accuracy | correct/n |', '| --- | --- | --- |',
    row('source country', result.sourceCountry), row('target country', result.targetCountry),
    row('sector', result.sector), row('coverage', result.coverage), row('country when covered', result.countryWhenCovered),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = evaluateActors(loadGsr(), { memory: process.argv.includes('--memory') });
  console.log(formatActorsMarkdown(result));
  if (process.argv.includes('--misses')) for (const m of result.misses) console.log(`${m.id} ${m.role} "${m.text}" gold ${m.gold} ours ${m.ours}`);
}
