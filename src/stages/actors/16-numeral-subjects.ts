import type { ActorMention, QuantityCategory, Token } from '../../core/document.js';
import { type ActorContext, phraseHead, pushActor, textSpan } from './context.js';
import { ROLE_WORDS } from '../events/role-words.js';

/** Sentences back a bare number or quantifier looks for the group it counts. */
const ANTECEDENT_SENTENCES = 2;
/** Quantifiers that stand alone for part of a group named before ("Several were charged"). */
const QUANTIFIERS = new Set(['most', 'some', 'many', 'several', 'all', 'both', 'others', 'half', 'dozens', 'hundreds', 'thousands', 'rest']);
const SUBJECT = /^nsubj/;
/** Actor kinds a count can pick up: groups of people (not states, organisations or persons). */
const PEOPLE_KINDS = new Set(['group']);

/**
 * A subject that is only a number, a quantifier or "they" stands for (part of) the group of people named
 * just before: "Police arrested 50 protesters. Four were later charged" — four of the protesters;
 * "a court tried 75 defendants. The remaining 46 were sentenced" — 46 of the defendants. (A
 * quantifier the parser reads as an adverb, "Most were released", is not found.) The subject becomes an
 * actor with the group's state and sector, the group as evidence, so the act it is the party of is
 * coded (an event needs a party). "They" is the whole group ("Police detained 30 miners. They
 * were freed on Monday"), read the same way: a pronoun that undergoes the act is not the doers. Runs after group nouns are coded.
 */
export function bindNumeralSubjects(ctx: ActorContext): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const sentence of doc.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      // "They were released the next day": a plural pronoun as subject is the whole group.
      const pronoun = t.normal === 'they' && t.pos === 'PRON';
      if (!SUBJECT.test(t.dep ?? '') || !(t.tag === 'CD' || QUANTIFIERS.has(t.normal) || pronoun)) continue;
      // "Hundreds of workers went on strike", "Most of the detainees": a count with its own "of" phrase names the group
      // it counts, read there; it points back to no group before it.
      if (!pronoun && namesItsGroup(tokens, i, sentence.tokenStart, sentence.tokenEnd)) continue;
      // "the remaining 46", "the rest": the subject phrase runs from its first modifier.
      let first = i;
      while (first - 1 >= sentence.tokenStart && tokens[first - 1]!.head === i) first--;
      const span = { start: tokens[first]!.start, end: t.end };
      if (ctx.actors.some((a) => a.span.start < span.end && span.start < a.span.end)) continue;
      // "Rebels attacked an army post. Two were killed": what is done to a count is not done to the
      // doers of the act before, whose victims the toll counts; it may be their objects ("arrested 50 protesters. Four were charged").
      const undergoes = t.dep === 'nsubj:pass' || (t.head !== undefined && tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((c) => c.head === t.head && c.dep === 'aux:pass'));
      const group = pronoun && !undergoes ? subjectBefore(ctx, sentence.index, span.start) : antecedent(ctx, sentence.index, span.start, undergoes);
      if (!group) {
        if (!pronoun) countOfPeople(ctx, i);
        continue;
      }
      // "Rebels said they will release …": within its sentence the speaker rule already makes the
      // named group the actor, with its own words as the span.
      if (pronoun && group.span.start >= sentence.span.start) continue;
      pushActor(ctx, {
        span, text: doc.text.slice(span.start, span.end), code: group.code, sector: group.sector, actorKind: 'group',
        name: group.name, via: pronoun ? 'coreference' : 'count-of-group', evidence: [textSpan(doc, span.start, span.end), textSpan(doc, group.span.start, group.span.end)],
      });
    }
  }
}

/** A count with an "of" phrase of its own under it ("hundreds of workers", "two of the hostages"; not "most of them"). */
function namesItsGroup(tokens: readonly Token[], count: number, from: number, to: number): boolean {
  for (let k = count + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.head !== count || !t.dep?.startsWith('nmod') || t.pos === 'PRON') continue;
    for (let c = from; c < k; c++) if (tokens[c]!.head === k && tokens[c]!.dep === 'case' && tokens[c]!.normal === 'of') return true;
  }
  return false;
}

/** What a count undergoes that only people undergo: the quantities stage's categories of a casualty or an arrest. */
const PEOPLE_CATEGORIES: ReadonlySet<QuantityCategory> = new Set(['dead', 'injured', 'arrested', 'displaced', 'missing']);

/**
 * "At least 20 were wounded in the blast", "Three were shot dead", "Dozens were detained": a count with no group before
 * it, that is the subject of a verb the quantities stage reads as a toll of people (its category: dead, injured,
 * arrested, …), counts people — a civilian party, as "At least 20 people were wounded" is, spanning the number with
 * its qualifier. (The quantities layer is read when the pipeline ran it before this stage, as the default one does.)
 */
function countOfPeople(ctx: ActorContext, subject: number): void {
  const { doc } = ctx;
  const t = doc.tokens[subject]!;
  // Only a count that undergoes the act: a passive ("were killed"), or a participle after "be" the parse reads as an
  // adjective ("were wounded"); "Three attacked a guard" is a count of doers, whose kind the text does not give.
  const undergoes = t.dep === 'nsubj:pass' || doc.tokens.some((c) => c.head === t.head && (c.dep === 'aux:pass' || (c.dep === 'cop' && /(ed|en)$/.test(doc.tokens[t.head!]!.normal))));
  if (!undergoes) return;
  const count = doc.quantities.find((q) => q.span.start <= t.start && t.end <= q.span.end && q.head === undefined && PEOPLE_CATEGORIES.has(q.category));
  if (!count || ctx.actors.some((a) => a.span.start < count.span.end && count.span.start < a.span.end)) return;
  pushActor(ctx, {
    span: count.span, text: count.text, code: null, sector: 'CVL', actorKind: 'group', name: 'people', via: 'count-of-people',
    evidence: [textSpan(doc, count.span.start, count.span.end), ...(count.cue ? [count.cue] : [])],
  });
}

/** The nearest group of people named before `at`, in its sentence or the two before. */
function antecedent(ctx: ActorContext, sentenceIndex: number, at: number, notDoer: boolean): ActorMention | undefined {
  const earliest = ctx.doc.sentences[Math.max(0, sentenceIndex - ANTECEDENT_SENTENCES)]!.span.start;
  let best: ActorMention | undefined;
  for (const a of ctx.actors) {
    if (!PEOPLE_KINDS.has(a.actorKind) || a.sector === null || a.via === 'count-of-group' || a.span.end > at || a.span.start < earliest) continue;
    // A group noun's head must name people in the plural: "pupils", "protesters", not "a crowd".
    const head = phraseHead(ctx.doc.tokens, a);
    // (Only a tagged plural: a count's group is seldom the sentence-opening doer the tagger reads as a name, "Gunmen attacked …. Nine died".)
    if (head === undefined || !(head.tag === 'NNS' || head.tag === 'NNPS') || (notDoer && /^nsubj/.test(head.dep ?? ''))) continue;
    if (!best || a.span.start > best.span.start) best = a;
  }
  return best;
}

/**
 * "Gunmen stormed a school. They abducted 30 pupils": a pronoun that does the act continues the
 * subject before it. The nearest subject among the actors must be a group of people; a state or a
 * person there ("Russia and Ukraine swapped prisoners. They agreed …") leaves the pronoun unbound,
 * never the group they acted on.
 */
function subjectBefore(ctx: ActorContext, sentenceIndex: number, at: number): ActorMention | undefined {
  const earliest = ctx.doc.sentences[Math.max(0, sentenceIndex - ANTECEDENT_SENTENCES)]!.span.start;
  let best: ActorMention | undefined;
  for (const a of ctx.actors) {
    if (a.span.end > at || a.span.start < earliest || a.via === 'count-of-group' || a.via === 'coreference') continue;
    const head = phraseHead(ctx.doc.tokens, a);
    if (!head || !SUBJECT.test(head.dep ?? '')) continue;
    if (!best || a.span.start > best.span.start) best = a;
  }
  if (!best || !PEOPLE_KINDS.has(best.actorKind) || best.sector === null || !isPlural(phraseHead(ctx.doc.tokens, best)!)) return undefined;
  // "Police arrested 12 miners. They accused the officers …": after the subject acted on people, "they" may as well be those people.
  return peopleActedOnBetween(ctx.doc.tokens, ctx.actors, best.span.end, at) ? undefined : best;
}

/** Relations a noun phrase holds on the way up to its main clause that keep it an argument of that clause's acts. */
const NOMINAL_LINKS = new Set(['obj', 'iobj', 'obl', 'nmod', 'amod', 'compound', 'appos', 'conj', 'flat']);
/** Relations that chain one predicate to another within a sentence's main clause (the act it reports included). */
const CLAUSE_LINKS = new Set(['conj', 'xcomp', 'ccomp', 'parataxis']);

/**
 * Whether people — a group of people named in the plural, a collective ("the crowd") or a coordination — are what a
 * main clause between the offsets `from` and `to` acted on: an object or oblique of the sentence's main verb, a verb
 * joined to it or the act it reports ("charged a crowd of drivers", "said it had detained 40 traders"), not a phrase
 * of a participle or relative clause ("attacked a bus carrying 20 passengers") nor a "by" agent. A plural pronoun after
 * such a sentence may stand for them as well as for its subject, so it takes up neither (actors 73, events 296).
 */
export function peopleActedOnBetween(tokens: readonly Token[], actors: readonly ActorMention[], from: number, to: number): boolean {
  return actors.some((a) => {
    if (a.span.start < from || a.span.end > to || !PEOPLE_KINDS.has(a.actorKind) || a.sector === null || a.via === 'coreference' || a.via === 'count-of-group') return false;
    const head = phraseHead(tokens, a);
    if (!head) return false;
    const at = tokens.indexOf(head);
    const many = isPlural(head) || ROLE_WORDS.collectiveSingulars.has(head.normal) || tokens.some((t) => t.head === at && t.dep === 'conj');
    return many && argumentOfMainClause(tokens, at);
  });
}

/** Whether token `k` hangs on its sentence's root through arguments of the main clause only (see peopleActedOnBetween). */
function argumentOfMainClause(tokens: readonly Token[], k: number): boolean {
  let argument = false;
  for (let at = k, steps = 0; steps < 12; steps++) {
    const t = tokens[at]!;
    if (t.head === undefined || t.head < 0) return argument;
    const dep = t.dep ?? '';
    const rel = dep.split(':')[0]!;
    if (dep === 'obl:agent' || (rel === 'obl' && tokens.some((c) => c.head === at && c.dep === 'case' && c.normal === 'by'))) return false;
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (verb ? !CLAUSE_LINKS.has(rel) : !NOMINAL_LINKS.has(rel)) return false;
    if (rel === 'obj' || rel === 'iobj' || rel === 'obl') argument = true;
    at = t.head;
  }
  return false;
}

/** A plural head: tagged so, or a capitalised plural opening a sentence that the tagger read as a name ("Gunmen", "Protesters"). */
function isPlural(head: Token): boolean {
  return head.tag === 'NNS' || head.tag === 'NNPS' || (head.tag === 'NNP' && /\p{Ll}(s|men)$/u.test(head.text));
}
