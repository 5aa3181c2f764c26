import type { Sentence, Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { phraseHead, type ActorContext } from './context.js';
import { placeCountryOf, stateCodeOf } from './01-rank-countries.js';

/**
 * Words before a country that make it the *other side* of the sentence, not the titled person's
 * own state: "warned of steps against Peru", "called for an embargo on Eritrea",
 * "arrived in Moscow", "a visit to China", "talks with Japan".
 */
const OTHER_SIDE_BEFORE = /\b(against|on|with|to|toward|towards|from|visit(?:ed|ing|s)?|arriv(?:ed|es|ing|e) in|flew to|travel(?:l?ed|s)? to|trip to|tour of|invasion of|occupation of|relations with|ties with|enemy of|controls|ruled)\s+(?:the\s+)?$/i;

/** "returning to Kyrgyzstan", "back to Haiti": going home names one's own state. */
const HOMEWARD_BEFORE = /\b(return(?:ed|ing|s)?|back|home)\s+to\s+(?:the\s+)?$/i;
/** A closing attribution, "…, a spokeswoman for the U.S. embassy said.": its states are the reporter's, not the actor's. */
const ATTRIBUTION = /,\s+[^,]*\b(said|says|told|reported|announced|added|quoted)\b[^,]*$/i;

/** Relations by which a phrase is what a verb acts on: its other side. */
const OBJECT_RELATIONS = new Set(['obj', 'iobj']);
/** Relations by which a state word modifies the head of that phrase ("Ugandan officials", "Kenya's envoy"). */
const MODIFIER_RELATIONS = new Set(['amod', 'compound', 'nmod:poss']);

/**
 * Whether a mention is what the verb whose subject is `self` acts on, or a state word of its head
 * ("accused Rwanda of …", "thanked the United States", "welcomed Ugandan officials"): the other side
 * of the person's clause, read from the parse where the words before it (OTHER_SIDE_BEFORE) do not
 * tell. A place further inside ("promised reforms in Namibia") is not.
 */
function inObjectOfSelf(tokens: readonly Token[], self: Span, mention: Span): boolean {
  const head = phraseHead(tokens, { span: self });
  if (head === undefined || !(head.dep ?? '').startsWith('nsubj') || head.head === undefined || head.head < 0) return false;
  const verb = head.head;
  let at = phraseHead(tokens, { span: mention });
  if (at === undefined || at.head === undefined || at.head < 0) return false;
  if (MODIFIER_RELATIONS.has(at.dep ?? '')) at = tokens[at.head];
  return at !== undefined && at.head === verb && OBJECT_RELATIONS.has(at.dep ?? '');
}

/**
 * Whether a state word is that of a counterpart ("his Peruvian counterpart", "Chile's counterparts"; offices.json
 * COUNTERPART): a counterpart holds the like office of another state, so its state is not the titled person's.
 */
function isCounterpartState(ctx: ActorContext, span: Span): boolean {
  const next = /^(?:['’]s?)?\s+(\p{L}+)/u.exec(ctx.doc.text.slice(span.end, span.end + 24))?.[1]?.toLowerCase();
  if (next === undefined) return false;
  return ctx.kb.officeTitles.get(next) === 'COUNTERPART' || (next.endsWith('s') && ctx.kb.officeTitles.get(next.slice(0, -1)) === 'COUNTERPART');
}

export interface ContextCountry {
  readonly code: string;
  readonly via: 'sentence-country' | 'article-country';
  readonly evidence: Span & { text: string };
}

/**
 * The state a titled person with no country of their own most likely serves ("President Arturo
 * Vela lifted the curfew in Paraguay" → PRY):
 *   1. the one state the sentence names, leaving out states that are the other side of the clause
 *      ("against Peru") and states already taken by another titled person ("Chilean
 *      minister Rojas");
 *   2. when the sentence names no state at all, or only states the person's verb acts on, the
 *      article's most salient state (not one of those, and leading alone when there are some).
 * Two candidate states, or one state that is the other side, give nothing: a guess between two
 * countries is worse than an unknown code.
 */
export function contextCountry(ctx: ActorContext, sentence: Sentence, self: Span): ContextCountry | null {
  const { doc } = ctx;
  const taken = new Set(ctx.actors.filter((a) => a.actorKind === 'person' && a.code && a.span.start >= sentence.span.start && a.span.end <= sentence.span.end).map((a) => a.code!));
  const candidates = new Map<string, { start: number; end: number; text: string }>();
  const reporters = new Map<string, { start: number; end: number; text: string }>();
  let named = 0;
  // States the person's verb acts on: the article's state may still be the person's, if not one of these.
  const otherSide = new Set<string>();
  const sentenceText = doc.text.slice(sentence.span.start, sentence.span.end);
  const attribution = ATTRIBUTION.exec(sentenceText);
  const attributionStart = attribution ? sentence.span.start + attribution.index : -1;
  for (const m of doc.mentions) {
    if (m.span.start < sentence.span.start || m.span.end > sentence.span.end || (m.span.start >= self.start && m.span.end <= self.end)) continue;
    const reading = ctx.readings.get(m.id);
    let code = reading ? stateCodeOf(reading) : null;
    if (!code && reading) {
      // A national body names its state too: "the White House said" → USA.
      const org = reading.refs.find((r) => r.type === 'organisation');
      const record = org && org.type === 'organisation' ? ctx.kb.organisations.get(org.id) : undefined;
      if (record && ctx.kb.countries.has(record.code)) code = record.code;
    }
    if (!code) continue;
    named++;
    if (taken.has(code)) continue;
    const before = doc.text.slice(Math.max(sentence.span.start, m.span.start - 30), m.span.start);
    // "met his Peruvian counterpart", "phoned Chile's counterpart": the state of a counterpart is the person's other side.
    if (isCounterpartState(ctx, m.span)) {
      otherSide.add(code);
      continue;
    }
    if (OTHER_SIDE_BEFORE.test(before) && !HOMEWARD_BEFORE.test(before)) continue;
    if (inObjectOfSelf(doc.tokens, self, m.span) && !HOMEWARD_BEFORE.test(before)) {
      otherSide.add(code);
      continue;
    }
    const bucket = attributionStart >= 0 && m.span.start >= attributionStart && self.start < attributionStart ? reporters : candidates;
    if (!bucket.has(code)) bucket.set(code, { start: m.span.start, end: m.span.end, text: m.text });
  }
  // The reporter's state counts only when the clause itself names none: "President Vela declared a
  // curfew in Paraguay, a spokesman for the Brazilian embassy said" → PRY; but "President Okafor
  // froze the militia's assets, the Nigerian presidency said" → NGA.
  const chosen = candidates.size > 0 ? candidates : reporters;
  if (chosen.size === 1) {
    const [[code, evidence]] = [...chosen.entries()] as [[string, { start: number; end: number; text: string }]];
    // A second state that was skipped as the other side makes the sentence bilateral: still fine,
    // the remaining one is on the person's side of the clause.
    return { code, via: 'sentence-country', evidence };
  }
  // A sentence whose every state is what the person's verb acts on ("President Tshisekedi accused
  // Rwanda …") says nothing of the person's own: news names its own country's leaders by title
  // alone, so the article's state is theirs, unless it is that other side.
  if (named > otherSide.size || (named > 0 && candidates.size + reporters.size > 0)) return null;
  const ranked = [...ctx.salience.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || otherSide.has(top[0]) || (otherSide.size > 0 && ranked[1] !== undefined && ranked[1][1] === top[1])) return null;
  // The state's first mention, else the first of its places (a story told through its towns).
  const first = doc.mentions.find((m) => ctx.readings.has(m.id) && stateCodeOf(ctx.readings.get(m.id)!) === top[0])
    ?? doc.mentions.find((m) => ctx.readings.has(m.id) && placeCountryOf(ctx.readings.get(m.id)!, ctx.kb) === top[0]);
  return first ? { code: top[0], via: 'article-country', evidence: { start: first.span.start, end: first.span.end, text: first.text } } : null;
}
