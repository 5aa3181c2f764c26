import type { ArticleDoc, CodedEvent } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { fromCameo } from '../stages/events/cameo.js';
import type { PetrarchDictionaries } from './petrarch.js';
import type { DiscardEntry } from './petrarch/discards.js';
import { matchPattern, verbMatches, type CompiledPattern } from './verb-patterns.js';

const STAGE = 'dictionary-events';
const VERSION = 1;

export interface DictionaryEventsOptions {
  /** Drop events whose trigger is not a verb of the dictionary (PETRARCH-style coding with the user's verbs only). Default false. */
  readonly only?: boolean;
}

/**
 * Applies a PETRARCH verb dictionary and discard list to the events the events stage coded.
 *
 * The trigger rules given to the events stage (see `patternsToTriggers`) can check only one cue
 * word on each side of the verb; here each event triggered by a dictionary verb is re-checked
 * against the verb's full patterns, most specific first, and the first that matches decides:
 * its CAMEO code goes into `cameo` and its PLOVER reading into `event`/`mode`/`context`; a `[---]`
 * pattern or a code without PLOVER reading (CAMEO 01/02 statements) removes the event; a paired
 * code (`LEFT [032:033]`) adds the mirrored recipient → actor event. Discard phrases remove the
 * events of their sentence (or, with `+`, of the whole story: "+TYPHOON").
 */
export function dictionaryEvents(dict: PetrarchDictionaries, patterns: readonly CompiledPattern[], options: DictionaryEventsOptions = {}): Stage {
  const byHead = new Map<string, CompiledPattern[]>();
  for (const p of patterns) {
    const head = p.spelling.words[p.spelling.head]!;
    const list = byHead.get(head) ?? [];
    list.push(p);
    byHead.set(head, list);
  }
  return {
    name: STAGE,
    version: VERSION,
    requires: ['sentences', 'tokens', 'events'],
    assigns: ['events'],
    run(doc) {
      const storyDiscard = dict.discards.entries.find((d) => d.scope === 'story' && sentenceHas(doc, 0, doc.tokens.length, d));
      if (storyDiscard) {
        doc.events = [];
        return;
      }
      const out: CodedEvent[] = [];
      for (const event of doc.events) {
        const sentence = doc.sentences.find((s) => s.span.start <= event.evidence.trigger.start && event.evidence.trigger.start < s.span.end);
        if (!sentence) { out.push(event); continue; }
        if (dict.discards.entries.some((d) => d.scope === 'sentence' && sentenceHas(doc, sentence.tokenStart, sentence.tokenEnd, d))) continue;
        const head = doc.tokens.findIndex((t) => t.start === event.evidence.trigger.start);
        const candidates = head < 0 ? [] : candidatesFor(byHead, doc, head);
        if (candidates.length === 0) {
          if (!options.only) out.push(event);
          continue;
        }
        const pattern = candidates.find((p) => matchPattern(p, doc.tokens, head, sentence.tokenStart, sentence.tokenEnd));
        if (!pattern || pattern.cameo === null || !pattern.plover) continue;
        const coded = recode(event, pattern, pattern.cameo, dict.version);
        out.push(coded);
        const paired = pattern.paired ? fromCameo(pattern.paired) : null;
        if (pattern.paired && paired) {
          out.push({
            ...recode(event, pattern, pattern.paired, dict.version),
            id: `${event.id}:paired`,
            actor: event.recipient,
            recipient: event.actor,
            why: [...coded.why, `paired code ${pattern.paired}: the recipient's side of the same act`],
          });
        }
      }
      doc.events = out.map((e, i) => ({ ...e, id: `${doc.id}:${i}` }));
    },
  };
}

function candidatesFor(byHead: ReadonlyMap<string, readonly CompiledPattern[]>, doc: ArticleDoc, head: number): CompiledPattern[] {
  const token = doc.tokens[head]!;
  // PETRARCH codes verbs: "their meeting" is no use of MEET (but "to visit" read as a noun is).
  if (token.pos !== 'VERB' && doc.tokens[head - 1]?.normal !== 'to') return [];
  const out: { pattern: CompiledPattern; quality: number }[] = [];
  // A verb written as the surface form ("LEFT") comes before one reached through the lemma ("LEAVE"),
  // then the most specific pattern first.
  for (const [word, list] of byHead) {
    if (!verbMatches(word, token)) continue;
    const quality = word === token.normal ? 0 : word === token.lemma ? 1 : 2;
    for (const pattern of list) out.push({ pattern, quality });
  }
  return out.sort((a, b) => a.quality - b.quality || b.pattern.specificity - a.pattern.specificity).map((c) => c.pattern);
}

function recode(event: CodedEvent, pattern: CompiledPattern, cameo: string, version: string): CodedEvent {
  const row = fromCameo(cameo)!;
  return {
    ...event,
    event: row.event,
    mode: row.mode,
    context: row.context ? row.context.split(';').map((c) => c.trim()).filter((c) => c.length > 0) : [],
    cameo,
    why: [...event.why, `dictionary pattern "${pattern.text.trim()}" (verbs line ${pattern.line}) → CAMEO ${cameo} → ${row.event}${row.mode ? `/${row.mode}` : ''}`],
    origin: { ...event.origin, resources: [...event.origin.resources, version] },
  };
}

function sentenceHas(doc: ArticleDoc, start: number, end: number, discard: DiscardEntry): boolean {
  const words = discard.words;
  for (let i = start; i + words.length <= end; i++) {
    if (words.every((w, k) => doc.tokens[i + k]!.normal === w)) return true;
  }
  return false;
}
