/**
 * The entity layer on CoNLL 2003 English dev (../shared/dev/ner_conll_dev.jsonl, Reuters 1996):
 * PER/ORG/LOC/MISC precision, recall and F1 with exact spans, as CoNLL scores them.
 *
 * Each Reuters story (the set's `doc`) is joined back into natural text, one CoNLL sentence per
 * paragraph so sentence boundaries agree, and run through the sentences and entities stages.
 * Our labels are read as CoNLL's: PERSON → PER; ORG → ORG; GPE, LOC, FAC → LOC; NORP, EVENT, PRODUCT → MISC.
 * Only outermost mentions count: a state nested in an organisation's name is part of that name.
 * (CoNLL's MISC also holds works, products and events; nationalities are the bulk of it.)
 */
import { createDoc, type MentionLabel } from '../../src/core/document.js';
import type { Span } from '../../src/core/span.js';
import { entities } from '../../src/stages/entities/index.js';
import { paragraphSpans, sentences } from '../../src/stages/sentences/index.js';
import { bump, confusionMarkdown, devSetPath, errorClassesMarkdown, forEachWithProgress, overlaps, readJsonl, type SectionHeading } from './common.js';
import { prf } from '../events-scoring.js';
import { detokenise } from './tokens.js';

export const NER_FILE = 'ner_conll_dev.jsonl';
export const CONLL_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllLabel = (typeof CONLL_LABELS)[number];

export const LABEL_MAP: Readonly<Record<MentionLabel, ConllLabel>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC',
};

export interface ConllSentence { readonly id: string; readonly doc: number; readonly tokens: readonly string[]; readonly tags: readonly string[] }

export interface Entity extends Span { readonly label: ConllLabel; readonly text: string }

/** Entities of IOB2 tags as character spans (a stray I- opens an entity, as conlleval reads it). */
export function entitiesFromTags(tags: readonly string[], spans: readonly Span[], text: string): Entity[] {
  const out: Entity[] = [];
  let open: { label: ConllLabel; start: number; end: number } | null = null;
  const close = () => {
    if (open) out.push({ ...open, text: text.slice(open.start, open.end) });
    open = null;
  };
  tags.forEach((tag, i) => {
    const [prefix, label] = tag.split('-') as [string, ConllLabel | undefined];
    if (prefix === 'O' || !label) return close();
    if (prefix === 'B' || !open || open.label !== label) {
      close();
      open = { label, start: spans[i]!.start, end: spans[i]!.end };
    } else {
      open.end = spans[i]!.end;
    }
  });
  close();
  return out;
}

/** One story as text: each sentence detokenised, sentences as paragraphs, gold entities in text offsets. */
export function storyText(sentencesOfStory: readonly ConllSentence[]): { text: string; gold: Entity[] } {
  let text = '';
  const gold: Entity[] = [];
  for (const s of sentencesOfStory) {
    if (text) text += '\n\n';
    const base = text.length;
    const { text: sentence, spans } = detokenise(s.tokens);
    text += sentence;
    gold.push(...entitiesFromTags(s.tags, spans.map((sp) => ({ start: sp.start + base, end: sp.end + base })), text));
  }
  return { text, gold };
}

/** Our mentions of a text, with CoNLL labels. */
export function findEntities(text: string, id: string): Entity[] {
  const doc = createDoc(id, { uri: id, format: 'text' }, text);
  doc.text = text;
  doc.offsetMap = text ? [{ kind: 'copy', cleanStart: 0, cleanLength: text.length, sourceStart: 0, sourceLength: text.length }] : [];
  doc.paragraphs = paragraphSpans(text);
  const report = (): void => {};
  sentences().run(doc, { report });
  entities().run(doc, { report });
  // A mention nested in a longer one ("Romania" in "National Bank of Romania") is the name's part, not a CoNLL entity.
  const outer = doc.mentions.filter((m) => !doc.mentions.some((o) => o !== m && o.span.start <= m.span.start && m.span.end <= o.span.end && o.span.end - o.span.start > m.span.end - m.span.start));
  return outer.map((m) => ({ start: m.span.start, end: m.span.end, label: LABEL_MAP[m.label], text: m.text }));
}

export type GoldOutcome = 'found' | 'wrong-label' | 'boundary' | 'boundary-wrong-label' | 'missed';

/** How one gold entity fared among our entities. */
export function goldOutcome(gold: Entity, ours: readonly Entity[]): { outcome: GoldOutcome; ours: Entity | null } {
  const exact = ours.find((o) => o.start === gold.start && o.end === gold.end);
  if (exact) return { outcome: exact.label === gold.label ? 'found' : 'wrong-label', ours: exact };
  const touching = ours.filter((o) => overlaps(o, gold));
  if (touching.length === 0) return { outcome: 'missed', ours: null };
  const same = touching.find((o) => o.label === gold.label);
  return same ? { outcome: 'boundary', ours: same } : { outcome: 'boundary-wrong-label', ours: touching[0]! };
}

export interface NerEvaluation {
  readonly sentences: number;
  readonly stories: number;
  readonly perLabel: Record<ConllLabel, { precision: number; recall: number; f1: number; gold: number; predicted: number; tp: number }>;
  readonly micro: { precision: number; recall: number; f1: number };
  /** Overlap with the same label counts (boundaries forgiven). */
  readonly lenient: { precision: number; recall: number; f1: number };
  readonly outcomes: Record<ConllLabel, Record<string, number>>;
  /** Our predictions that touch no gold entity, by our label. */
  readonly spurious: Record<string, number>;
  /** Gold label (rows) → our label on the exact or overlapping span ('none' when missed). */
  readonly confusion: Record<string, Record<string, number>>;
  readonly misses: readonly { story: string; gold: Entity; outcome: GoldOutcome; ours: Entity | null; context: string }[];
  readonly spuriousExamples: readonly { story: string; ours: Entity; context: string }[];
}

export function scoreStories(stories: readonly { id: string; text: string; gold: readonly Entity[]; ours: readonly Entity[] }[]): NerEvaluation {
  const tally = Object.fromEntries(CONLL_LABELS.map((l) => [l, { tp: 0, gold: 0, predicted: 0 }])) as Record<ConllLabel, { tp: number; gold: number; predicted: number }>;
  const lenient = { tp: 0, gold: 0, predicted: 0 };
  const outcomes = Object.fromEntries(CONLL_LABELS.map((l) => [l, {}])) as Record<ConllLabel, Record<string, number>>;
  const spurious: Record<string, number> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const misses: NerEvaluation['misses'][number][] = [];
  const spuriousExamples: NerEvaluation['spuriousExamples'][number][] = [];
  const context = (text: string, s: Span) => text.slice(Math.max(0, s.start - 60), s.end + 60).replace(/\s+/g, ' ');
  for (const story of stories) {
    for (const o of story.ours) {
      tally[o.label].predicted++;
      lenient.predicted++;
      if (story.gold.some((g) => g.start === o.start && g.end === o.end && g.label === o.label)) tally[o.label].tp++;
      if (story.gold.some((g) => overlaps(g, o) && g.label === o.label)) lenient.tp++;
      if (!story.gold.some((g) => overlaps(g, o))) {
        bump(spurious, o.label);
        spuriousExamples.push({ story: story.id, ours: o, context: context(story.text, o) });
      }
    }
    for (const g of story.gold) {
      tally[g.label].gold++;
      lenient.gold++;
      const { outcome, ours } = goldOutcome(g, story.ours);
      bump(outcomes[g.label], outcome);
      bump(confusion[g.label] ??= {}, ours ? ours.label : 'none');
      if (outcome !== 'found') misses.push({ story: story.id, gold: g, outcome, ours, context: context(story.text, g) });
    }
  }
  const perLabel = Object.fromEntries(CONLL_LABELS.map((l) => [l, { ...prf(tally[l].tp, tally[l].predicted, tally[l].gold), ...tally[l] }])) as NerEvaluation['perLabel'];
  const sum = (k: 'tp' | 'gold' | 'predicted') => CONLL_LABELS.reduce((a, l) => a + tally[l][k], 0);
  return {
    sentences: 0, stories: stories.length, perLabel, micro: prf(sum('tp'), sum('predicted'), sum('gold')),
    lenient: prf(lenient.tp, lenient.predicted, lenient.gold), outcomes, spurious, confusion, misses, spuriousExamples,
  };
}

export function evaluateNer(records: readonly ConllSentence[]): NerEvaluation {
  const byStory = new Map<number, ConllSentence[]>();
  for (const r of records) {
    const list = byStory.get(r.doc) ?? [];
    list.push(r);
    byStory.set(r.doc, list);
  }
  const stories: { id: string; text: string; gold: Entity[]; ours: Entity[] }[] = [];
  forEachWithProgress([...byStory], 'conll stories', ([doc, list]) => {
    const { text, gold } = storyText(list);
    const id = `conll-doc-${doc}`;
    stories.push({ id, text, gold, ours: findEntities(text, id) });
  });
  return { ...scoreStories(stories), sentences: records.length };
}

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  found: 'found (span and label)', 'wrong-label': 'span right, label wrong', boundary: 'label right, boundaries differ',
  'boundary-wrong-label': 'overlap only, label wrong', missed: 'missed (nothing overlaps)',
};

export function formatNerMarkdown(r: NerEvaluation, heading?: SectionHeading): string {
  const f = (x: { precision: number; recall: number; f1: number }) => `${x.precision.toFixed(3)} | ${x.recall.toFixed(3)} | **${x.f1.toFixed(3)}**`;
  const outcomeKeys = Object.keys(OUTCOME_LABELS);
  return [
    heading ? `### ${heading.title} (${r.stories} documents)` : `### Names: CoNLL 2003 English dev (${r.sentences} sentences, ${r.stories} stories)`,
    '',
    heading ? heading.intro : 'Exact-span entity scoring as in CoNLL. Each story is detokenised into natural text (one sentence per paragraph) and run through the sentences and entities stages; our labels are read as PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC, NORP/EVENT/PRODUCT → MISC; a mention nested in a longer one (a state inside an organisation\'s name) does not count. Run alone: `npx tsx eval/dev-sets.ts --set ner [--misses N]`.',
    '',
    '| class | precision | recall | F1 | gold | ours |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...CONLL_LABELS.map((l) => `| ${l} | ${f(r.perLabel[l])} | ${r.perLabel[l].gold} | ${r.perLabel[l].predicted} |`),
    `| all (micro) | ${f(r.micro)} | | |`,
    `| all, overlapping span with the same label | ${f(r.lenient)} | | |`,
    '',
    '| gold entities | PER | ORG | LOC | MISC |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...outcomeKeys.map((o) => `| ${OUTCOME_LABELS[o]} | ${CONLL_LABELS.map((l) => r.outcomes[l][o] ?? 0).join(' | ')} |`),
    '',
    '| our entities touching no gold entity | count |',
    '| --- | ---: |',
    errorClassesMarkdown(r.spurious, {}),
    '',
    'Gold label (rows) against our label on the same or an overlapping span:',
    '',
    confusionMarkdown(r.confusion, CONLL_LABELS),
  ].join('\n');
}

export function nerMisses(r: NerEvaluation, perClass: number): string[] {
  const out: string[] = [];
  for (const label of CONLL_LABELS) {
    for (const outcome of ['missed', 'wrong-label', 'boundary', 'boundary-wrong-label'] as const) {
      const hits = r.misses.filter((m) => m.gold.label === label && m.outcome === outcome);
      if (hits.length === 0) continue;
      out.push(`== ${label}: ${OUTCOME_LABELS[outcome]} (${hits.length})`);
      for (const m of hits.slice(0, perClass)) out.push(`  "${m.gold.text}"${m.ours ? ` ours ${m.ours.label} "${m.ours.text}"` : ''}  … ${m.context} …`);
    }
  }
  for (const label of CONLL_LABELS) {
    const hits = r.spuriousExamples.filter((s) => s.ours.label === label);
    if (hits.length === 0) continue;
    out.push(`== spurious ${label} (${hits.length})`);
    for (const s of hits.slice(0, perClass)) out.push(`  "${s.ours.text}"  … ${s.context} …`);
  }
  return out;
}

export function loadConll(): ConllSentence[] | null {
  const path = devSetPath(NER_FILE);
  return path ? readJsonl<ConllSentence>(path) : null;
}
