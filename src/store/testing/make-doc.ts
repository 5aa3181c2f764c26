import { createDoc, eventSourceOf, type ArticleDoc, type CodedEvent, type EventParty, type SourceInfo } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';

/**
 * Builds ArticleDocs and CodedEvents by hand for store tests, with spans found in the text, so
 * the store is tested without running any stage. The events are coded by hand for these tests only.
 */

/** Span of the first `needle` in `text` (after `from`); throws when absent so typos show at once. */
export function spanOf(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text.`);
  return { start, end: start + needle.length, text: needle };
}

function party(text: string, needle: string, code: string | null, sector: string | null = null): EventParty {
  const { start, end } = spanOf(text, needle);
  return { code, sector, text: needle, start, end };
}

/** A document whose `text` is the given paragraphs, one sentence each, joined by blank lines. */
export function docFromParagraphs(id: string, paragraphs: readonly string[], source: Partial<SourceInfo> = {}): ArticleDoc {
  const text = paragraphs.join('\n\n');
  const doc = createDoc(id, { uri: `examples/${id}.txt`, format: 'text', ...source }, text);
  doc.text = text;
  let from = 0;
  doc.sentences = paragraphs.map((paragraph, index) => {
    const span = spanOf(text, paragraph, from);
    from = span.end;
    doc.paragraphs.push({ start: span.start, end: span.end });
    return { id: `s${index}`, index, span: { start: span.start, end: span.end }, tokenStart: 0, tokenEnd: 0, paragraph: index };
  });
  return doc;
}

/** What a test event needs; the rest gets neutral defaults. */
export interface EventSketch {
  readonly id: string;
  readonly event: string;
  readonly sentence: string;
  readonly trigger: string;
  readonly actor?: readonly [needle: string, code: string | null, sector?: string][];
  readonly recipient?: readonly [needle: string, code: string | null, sector?: string][];
  readonly third_party?: readonly [needle: string, code: string | null, sector?: string][];
  readonly date: string | null;
  readonly date_precision: CodedEvent['date_precision'];
  readonly background?: boolean;
  readonly size?: CodedEvent['size'];
  readonly event_loc?: CodedEvent['event_loc'];
  readonly mode?: string | null;
}

/** A full CodedEvent on `doc` from a sketch; spans are looked up in `doc.text`. */
export function makeEvent(doc: ArticleDoc, sketch: EventSketch): CodedEvent {
  const sentence = spanOf(doc.text, sketch.sentence);
  const trigger = spanOf(doc.text, sketch.trigger, sentence.start);
  const parties = (list: EventSketch['actor'] = []) =>
    list.map(([needle, code, sector]) => party(doc.text.slice(sentence.start), needle, code, sector ?? null)).map((p) => ({
      ...p,
      start: p.start + sentence.start,
      end: p.end + sentence.start,
    }));
  return {
    kind: 'event',
    id: sketch.id,
    doc_id: doc.id,
    source: eventSourceOf(doc.source),
    event: sketch.event,
    mode: sketch.mode ?? null,
    context: [],
    actor: parties(sketch.actor),
    recipient: parties(sketch.recipient),
    third_party: parties(sketch.third_party),
    date: sketch.date,
    date_precision: sketch.date_precision,
    date_source: { rule: sketch.date === null ? 'none' : 'test' },
    background: sketch.background ?? false,
    modality: 'asserted',
    size: sketch.size ?? {},
    event_loc: sketch.event_loc ?? null,
    evidence: { sentence, trigger },
    confidence: 0.8,
    cameo: null,
    why: [`trigger "${sketch.trigger}"`],
    origin: { stage: 'events@1', resources: ['plover-verbs@test'] },
  };
}
