/**
 * What the confidence model reads of a coded event: the rules that made it (its `why` lines with
 * their words taken out), its type, mode and modality, how its parties, date, place and size were
 * found, the trigger's place in the parse, and where the event sits in the article (how many events
 * of its type came before it, whether one with the same parties did). Only the shape of the
 * reading, never the article's words beyond the trigger's lemma, so that weights learned on one set
 * of articles carry to news about other places and people.
 */
import type { ArticleDoc, CodedEvent, EventParty } from '../../core/document.js';
import { tokenAt } from '../actors/context.js';

/**
 * A `why` line as the rule that wrote it: quoted words, numbers and capitalised names replaced, so
 * '"attacked" is a verb trigger for ASSAULT (rule "attack")' and the same rule on another verb are
 * one feature. Type names (all capitals) stay: the same rule means another thing for another type.
 */
export function whyTemplate(line: string): string {
  return line
    .replace(/"[^"]*"/g, 'Q')
    .replace(/«[^»]*»/g, 'Q')
    .replace(/\d+/g, 'N')
    .replace(/\b[A-Z][a-z][\p{L}'’.-]*/gu, 'C')
    .replace(/(?:C\s+)+C/g, 'C')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 90);
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const edge of edges) if (n <= edge) return String(edge);
  return `>${edges[edges.length - 1]}`;
};

function partyShape(role: string, parties: readonly EventParty[]): string[] {
  if (!parties.length) return [`${role}=none`];
  const out = [`${role}=${parties.some((p) => p.code) ? 'coded' : 'uncoded'}`];
  if (parties.length > 1) out.push(`${role}>1`);
  for (const p of parties) out.push(`${role}.sector=${p.sector ?? 'none'}`);
  return out;
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|his|her|its|their|them|him)$/i;

/** How long before the article's date the event is dated: the same day, the day before, that week, month, year, or earlier. */
function dateAge(date: string | null, published: string | undefined): string {
  if (!date) return 'none';
  if (!published) return 'unknown';
  const a = Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);
  const b = Date.parse(published.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b)) return 'unknown';
  const days = (b - a) / 86_400_000;
  if (days < -1) return 'after';
  if (days < 1) return 'same';
  return days <= 2 ? 'day' : days <= 8 ? 'week' : days <= 40 ? 'month' : days <= 400 ? 'year' : 'older';
}

const codesOf = (parties: readonly EventParty[]) => parties.map((p) => p.code ?? p.text.toLowerCase()).sort().join('+');

/**
 * The features of each of `events` (coded from `doc`), in order. Events are read in text order of
 * their evidence so that "came before" means earlier in the article.
 */
export function eventFeatures(doc: ArticleDoc, events: readonly CodedEvent[]): string[][] {
  const order = events.map((_, i) => i).sort((a, b) => events[a]!.evidence.trigger.start - events[b]!.evidence.trigger.start);
  const seenTypes = new Map<string, number>();
  const seenDyads = new Set<string>();
  // Each event's trigger token, looked up once: the features below read it for every pair of events.
  const triggerToken = new Map(events.map((e) => [e, tokenAt(doc.tokens, e.evidence.trigger.start)] as const));
  const sentenceOf = (e: CodedEvent) => {
    const t = triggerToken.get(e) ?? -1;
    return t >= 0 ? doc.tokens[t]!.sentence : -1;
  };
  const lemmaOf = (o: CodedEvent) => {
    const t = triggerToken.get(o) ?? -1;
    return t >= 0 ? doc.tokens[t]!.lemma : '';
  };
  const perSentence = new Map<number, number>();
  for (const e of events) perSentence.set(sentenceOf(e), (perSentence.get(sentenceOf(e)) ?? 0) + 1);
  const out: string[][] = events.map(() => []);
  const before: CodedEvent[] = [];
  for (const i of order) {
    const e = events[i]!;
    const f: string[] = ['bias'];
    const type = e.event;
    f.push(`type=${type}`, `mode=${type}/${e.mode ?? '-'}`, `modality=${e.modality}`, `background=${e.background}`, `modality.bg=${e.modality}/${e.background}`);
    for (const c of e.context) f.push(`context=${c}`);
    // The trigger in the parse.
    const ti = triggerToken.get(e) ?? -1;
    const trigger = ti >= 0 ? doc.tokens[ti] : undefined;
    if (trigger) {
      f.push(`lemma=${trigger.lemma}`, `type.lemma=${type}/${trigger.lemma}`, `pos=${trigger.pos}`, `tag=${trigger.tag ?? '-'}`, `dep=${trigger.dep ?? '-'}`, `type.dep=${type}/${trigger.dep ?? '-'}`);
      // "the attack" points back to an act told before; "an attack" brings a new one in.
      for (let k = ti - 1; k >= 0 && k >= ti - 3 && doc.tokens[k]!.sentence === trigger.sentence; k--) {
        const t = doc.tokens[k]!;
        if (t.head === ti && t.dep === 'det') f.push(`det=${t.lemma}`, `type.det=${type}/${t.lemma}`);
        if (t.head === ti && t.dep === 'nmod:poss') f.push('possessed');
      }
      const head = trigger.head !== undefined && trigger.head >= 0 ? doc.tokens[trigger.head] : undefined;
      f.push(`head.pos=${head?.pos ?? 'root'}`, `head.lemma=${head ? head.lemma : 'root'}`);
      const sentence = doc.sentences[trigger.sentence];
      if (sentence) {
        f.push(`sentence=${bucket(trigger.sentence, [0, 1, 2, 4, 8, 16])}`, `paragraph=${bucket(sentence.paragraph, [0, 1, 3, 7])}`);
        const words = sentence.tokenEnd - sentence.tokenStart;
        f.push(`length=${bucket(words, [8, 16, 30, 50])}`);
        const text = doc.text.slice(sentence.span.start, sentence.span.end);
        if (/["“”]/.test(text)) f.push('quoted');
        f.push(`position=${bucket(ti - sentence.tokenStart, [0, 2, 5, 10, 20])}`);
      }
    }
    f.push(`same.sentence=${bucket(perSentence.get(sentenceOf(e)) ?? 1, [1, 2, 3])}`);
    f.push(...partyShape('actor', e.actor), ...partyShape('recipient', e.recipient));
    if (e.third_party.length) f.push('third');
    if (e.actor.length && e.recipient.length && codesOf(e.actor) === codesOf(e.recipient)) f.push('self');
    const age = dateAge(e.date, doc.source.publishedAt);
    f.push(`date.age=${age}`, `type.date.age=${type}/${age}`);
    if (e.actor.some((p) => PRONOUN.test(p.text))) f.push('actor.pronoun');
    const shared = events.filter((o) => o !== e && o.evidence.trigger.start === e.evidence.trigger.start).length;
    if (shared) f.push('trigger.shared');
    const sameSentenceTypes = events.filter((o) => o !== e && sentenceOf(o) === sentenceOf(e)).map((o) => o.event);
    if (sameSentenceTypes.includes(type)) f.push('sentence.same.type');
    f.push(`date.rule=${(e.date_source.rule.split(/[ ,]/)[0] ?? '').slice(0, 30)}`, `date.precision=${e.date ? e.date_precision : 'none'}`);
    for (const [key, value] of Object.entries(e.size)) f.push(`size=${key}`, ...(value?.cumulative ? ['size.cumulative'] : []));
    f.push(`place=${e.event_loc ? e.event_loc.level : 'none'}`);
    f.push(`mentions=${bucket(e.evidence.mentions?.length ?? 0, [0, 1, 2])}`);
    f.push(`hand=${Math.round(e.confidence * 10)}`);
    for (const r of e.origin.resources) f.push(`resource=${r.split('@')[0]}`);
    for (const line of e.why) f.push(`why=${whyTemplate(line)}`);
    // Where it stands in the article: the nth act of its type, and whether an act of its type with
    // the same parties was told before it (a recap or a second telling).
    // A type and its mode: a ceasefire is no second telling of a release, though both are RETREAT.
    const kind = `${type}/${e.mode ?? '-'}`;
    const n = (seenTypes.get(kind) ?? 0) + 1;
    seenTypes.set(kind, n);
    f.push(`type.rank=${bucket(n, [1, 2, 4])}`);
    // An earlier event of the same type and mode sharing a party, a date, a place or the trigger's word: what
    // a second telling of one act (a recap, a quote of the lead) shares with the first.
    const earlier = before.filter((o) => o.event === type && o.mode === e.mode);
    const partyCodes = (o: CodedEvent) => new Set([...o.actor, ...o.recipient].map((p) => p.code).filter((c): c is string => !!c));
    const mine = partyCodes(e);
    if (earlier.some((o) => [...partyCodes(o)].some((c) => mine.has(c)))) f.push('earlier.same.party');
    if (e.date && earlier.some((o) => o.date === e.date)) f.push('earlier.same.date');
    if (e.event_loc && earlier.some((o) => o.event_loc?.name === e.event_loc!.name)) f.push('earlier.same.place');
    if (trigger && before.some((o) => lemmaOf(o) === trigger.lemma)) f.push('earlier.same.lemma');
    const retold = earlier.filter((o) => couldRetell(e, o));
    if (retold.length) {
      f.push(RETELLING);
      const gap = Math.min(...retold.map((o) => Math.abs(sentenceOf(e) - sentenceOf(o))));
      f.push(`retelling.gap=${bucket(gap, [0, 1, 3, 8])}`);
      const sizes = (o: CodedEvent) => Object.entries(o.size).map(([k, v]) => `${k}=${v?.value}`);
      if (sizes(e).some((x) => retold.some((o) => sizes(o).includes(x)))) f.push('retelling.same.size');
      if (e.date && retold.some((o) => o.date === e.date)) f.push('retelling.same.date');
      if (!e.actor.length) f.push('retelling.no.actor');
    }
    before.push(e);
    const dyad = `${type}|${codesOf(e.actor)}|${codesOf(e.recipient)}`;
    if (seenDyads.has(dyad)) f.push('dyad.seen');
    seenDyads.add(dyad);
    out[i] = [...new Set(f)];
  }
  return out;
}

/** An event of the same type came before it and nothing this one says is at odds with it: it may tell that act again. */
const RETELLING = 'earlier.could.be.same.act';

const datesAgree = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
/** Two sides agree when either is untold or they share a code, or (uncoded) a sector and a head word. */
function sidesAgree(a: readonly EventParty[], b: readonly EventParty[]): boolean {
  if (!a.length || !b.length) return true;
  const key = (p: EventParty) => p.code ?? `${p.sector}|${p.text.toLowerCase().split(/\s+/).at(-1)}`;
  const keys = new Set(a.map(key));
  return b.some((p) => keys.has(key(p)));
}
/** Whether `later` could tell the act `earlier` told: nothing it says (date, actor, recipient) is at odds with it. */
function couldRetell(later: CodedEvent, earlier: CodedEvent): boolean {
  return datesAgree(later.date, earlier.date) && sidesAgree(later.actor, earlier.actor) && sidesAgree(later.recipient, earlier.recipient);
}
