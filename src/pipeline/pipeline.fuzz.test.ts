import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { toSourceSpan } from '../core/offset-map.js';
import type { Span } from '../core/span.js';
import { docFromRaw } from '../ingest/load.js';
import { createDocumentCoder } from './default.js';

/**
 * Span invariants over the whole pipeline, on articles remixed from real news paragraphs with
 * noise spliced in (figures, dates, entities, stray markup): every sentence, token, mention,
 * time, quantity, actor, place and event evidence span lies inside `doc.text` and covers exactly
 * the text it records; for HTML input every span maps back inside the source through the offset
 * map, and a token inside a `copy` segment is the source's own characters.
 */
const paragraphsOf = (path: string): string[] =>
  readFileSync(new URL(path, import.meta.url), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 8);
const POOL = [
  ...paragraphsOf('../../examples/azerbaijan-releases-17-prisoners.txt'),
  ...paragraphsOf('../../test/fixtures/ingest/wire/prisoners-release.txt'),
  ...paragraphsOf('../../src/api/testing/sudan-clashes.txt'),
];
const NOISE = [' at least 999999999999999999999 people were killed', ' on February 30, 2022', ' last Tuesday', ' 10^40', ' “quoted”', ' U.S.', ' Dr.', ' e.g.', ' (AP)',
  ' between 20 and 30 soldiers', ' \u00e9', ' \ud83d\ude00', ' — ', ' Nagorno-Karabakh', ' the 1990s', ' two days ago', ' Baku &', ' <', ' >', ' 5%', '\n'];

const article = fc.record({
  paragraphs: fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 4 }),
  noise: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 6 }),
  html: fc.boolean(),
  published: fc.constantFrom('2022-10-04', '2023-04-16', undefined),
}).map(({ paragraphs, noise, html, published }) => {
  const mixed = paragraphs.map((p, i) => {
    let out = p;
    for (const [at, piece] of noise.filter((_, k) => k % paragraphs.length === i)) {
      const cut = out.indexOf(' ', at % out.length);
      out = cut < 0 ? out + piece : out.slice(0, cut) + piece + out.slice(cut);
    }
    return out;
  });
  const raw = html
    ? `<html><body><article><h1>News</h1>${mixed.map((p) => `<p>${p.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/’/g, '&#8217;').replace(/ said/g, ' <b>said</b>')}</p>`).join('\n')}</article></body></html>`
    : `News\n\n${mixed.join('\n\n')}\n`;
  return { raw, format: html ? 'html' as const : 'text' as const, published };
});

const coder = createDocumentCoder({ onStageError: 'throw' });
/** Events coded over all runs, so the property is known to have checked event spans at all. */
let eventsSeen = 0;

function spansOf(doc: ArticleDoc): { what: string; span: Span; text?: string }[] {
  const out: { what: string; span: Span; text?: string }[] = [];
  for (const s of doc.sentences) out.push({ what: `sentence ${s.id}`, span: s.span });
  for (const p of doc.paragraphs) out.push({ what: 'paragraph', span: p });
  for (const t of doc.tokens) out.push({ what: 'token', span: t, text: t.text });
  for (const m of doc.mentions) out.push({ what: `mention ${m.id}`, span: m.span, text: m.text });
  for (const t of doc.times) out.push({ what: `time ${t.id}`, span: t.span, text: t.text });
  for (const q of doc.quantities) {
    out.push({ what: `quantity ${q.id}`, span: q.span, text: q.text });
    if (q.head) out.push({ what: `quantity ${q.id} head`, span: q.head, text: q.head.text });
    if (q.cue) out.push({ what: `quantity ${q.id} cue`, span: q.cue, text: q.cue.text });
  }
  for (const a of doc.actors) {
    out.push({ what: `actor ${a.id}`, span: a.span, text: a.text });
    for (const e of a.evidence) out.push({ what: `actor ${a.id} evidence`, span: e, text: e.text });
  }
  for (const p of doc.places) out.push({ what: `place ${p.id}`, span: p.span, text: p.text });
  for (const e of doc.events) {
    out.push({ what: `event ${e.id} sentence`, span: e.evidence.sentence, text: e.evidence.sentence.text });
    out.push({ what: `event ${e.id} trigger`, span: e.evidence.trigger, text: e.evidence.trigger.text });
    for (const party of [...e.actor, ...e.recipient, ...e.third_party]) out.push({ what: `event ${e.id} party`, span: party });
    const ds = e.date_source;
    if (ds.start !== undefined && ds.end !== undefined) out.push({ what: `event ${e.id} date`, span: { start: ds.start, end: ds.end }, ...(ds.text !== undefined ? { text: ds.text } : {}) });
    for (const size of Object.values(e.size)) {
      if (size.start !== undefined && size.end !== undefined) out.push({ what: `event ${e.id} size`, span: { start: size.start, end: size.end }, ...(size.text !== undefined ? { text: size.text } : {}) });
      expect(size.value).toBeLessThanOrEqual(10_000_000_000);
    }
    if (e.event_loc?.start !== undefined && e.event_loc.end !== undefined) out.push({ what: `event ${e.id} place`, span: { start: e.event_loc.start, end: e.event_loc.end } });
  }
  return out;
}

function check({ raw, format, published }: { raw: string; format: 'text' | 'html'; published: string | undefined }): void {
  const doc = docFromRaw(raw, 'fuzz', format, published ? { published } : {});
  const status = coder.code(doc);
  expect(status.status).not.toBe('failed');
  eventsSeen += doc.events.length;
  for (const { what, span, text } of spansOf(doc)) {
    expect(0 <= span.start && span.start <= span.end && span.end <= doc.text.length, `${what} [${span.start}, ${span.end}) in ${doc.text.length}`).toBe(true);
    if (text !== undefined) expect(doc.text.slice(span.start, span.end), what).toBe(text);
    if (format !== 'html') continue;
    const source = toSourceSpan(doc.offsetMap, span);
    expect(0 <= source.start && source.start <= source.end && source.end <= raw.length, `${what} maps outside the source`).toBe(true);
  }
  if (format !== 'html') return;
  for (const token of doc.tokens) {
    const seg = doc.offsetMap.find((s) => s.cleanStart <= token.start && token.end <= s.cleanStart + s.cleanLength);
    if (seg?.kind !== 'copy') continue;
    const source = toSourceSpan(doc.offsetMap, token);
    expect(raw.slice(source.start, source.end)).toBe(token.text);
  }
}

describe('pipeline span invariants (property)', () => {
  it('should keep every span of every layer inside the text and true to it, for text and HTML input', () => {
    fc.assert(fc.property(article, check), { numRuns: 60 });
    expect(eventsSeen).toBeGreaterThan(20);
  });
});
