import type { ActorMention, ArticleDoc, Origin, Token } from '../../core/document.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { type ActorContext, textSpan, tokenBefore, tokenFrom } from './context.js';

/** Sentences back a definite armed group noun looks for the named group it refers to. */
const ANTECEDENT_SENTENCES = 3;
/** How an actor is coded from its own name (a dictionary or its shape), not from another mention. */
const NAMED_VIA = new Set(['dictionary', 'user-dictionary', 'name-shape', 'org-modifier', 'org-place', 'acronym-defined']);
/**
 * How a group noun is coded by a place of its sentence or article only (14-group-nouns.ts): a guess at where the group
 * is from, which an armed group the story has just named by name outweighs ("Al-Shabaab attacked … The militants
 * then ambushed a convoy near Garissa": the militants are Al-Shabaab's, not Kenya's).
 */
const PLACE_ONLY_VIA = new Set(['group-noun-place', 'group-noun-article-place', 'group-noun-article-state']);
/** Kinds of actor a body anaphor ("the group", "the organisation") can stand for: a body, never a state or a person. */
const BODY_KINDS = new Set(['organization', 'group', 'igo']);
/** Sentences back "the union" (group-nouns.json bodyNouns) looks for the named body of that kind, as "the rebels" does. */
const NAMED_BODY_SENTENCES = ANTECEDENT_SENTENCES;
/**
 * Relations by which a noun of a kind of body and a body's name tell one body: "MONUSCO, the UN mission", "the force
 * AMISOM", "the European Union's training mission" (a body's own body of that kind acts for it).
 */
const KIND_OF_NAME = new Set(['appos', 'compound', 'flat', 'nmod:poss']);

function sentenceOf(doc: ArticleDoc, offset: number): number {
  return Math.max(0, doc.sentences.findIndex((s) => s.span.start <= offset && offset < s.span.end));
}

/**
 * "The Houthis fired missiles at a tanker. The rebels also seized a ship": a definite armed group noun
 * ("the rebels", "the militants", "the insurgents") that its own words give no country is the armed group
 * named just before — its sentence or the three before — and takes that group's code (`coreference`,
 * the group as evidence). Only when the named armed groups of that window agree on one code: two
 * groups leave it open. Runs after group nouns are coded; a country only a place of the story gave
 * gives way to the named group's.
 */
export function bindDefiniteGroups(ctx: ActorContext): void {
  bindDefiniteReferences(ctx.doc, ctx.actors, ctx.origin);
}

/**
 * The work of bindDefiniteGroups on any list of a document's actors (changed in place): the actors stage's, and again
 * the PETRARCH dictionaries' (src/dictionaries/actors-stage.ts), which run after it and name groups it does not know
 * ("al-Shabaab … The group claimed"). New actors take `origin`.
 */
export function bindDefiniteReferences(doc: ArticleDoc, actors: ActorMention[], origin: Origin): void {
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    if (a.sector !== 'REB' || !(a.via === 'group-noun' ? a.code === null : PLACE_ONLY_VIA.has(a.via))) continue;
    const before = tokenBefore(doc.tokens, a.span.start);
    if (before < 0 || doc.tokens[before]!.normal !== 'the') continue;
    const sentence = doc.sentences.findIndex((s) => s.span.start <= a.span.start && a.span.start < s.span.end);
    if (sentence < 0) continue;
    const earliest = doc.sentences[Math.max(0, sentence - ANTECEDENT_SENTENCES)]!.span.start;
    const named = actors.filter((b) => b.sector === 'REB' && b.code !== null && NAMED_VIA.has(b.via) && b.span.end <= a.span.start && b.span.start >= earliest);
    const codes = new Set(named.map((b) => b.code));
    if (codes.size !== 1) continue;
    const group: ActorMention = named.at(-1)!;
    actors[k] = { ...a, code: group.code, name: group.name, via: 'coreference', evidence: [...a.evidence, textSpan(doc, group.span.start, group.span.end)] };
  }
  bindBodyAnaphors(doc, actors, origin);
}

/**
 * "Boko Haram fighters raided a village … The group claimed responsibility", "Amnesty International said … the
 * organisation added": "the" with a noun of group-nouns.json bodyAnaphors, heading its phrase, is the body (an armed
 * group, organisation or intergovernmental body) named by its own name last before it in the article — a new actor
 * with that body's code, sector and name (`coreference`, the body as evidence). "A group of students", "the group
 * stage" name nothing; a body named in no earlier sentence leaves it uncoded.
 */
function bindBodyAnaphors(doc: ArticleDoc, actors: ActorMention[], origin: Origin): void {
  // The curated file's nouns: another source's group nouns add none.
  const anaphors = loadGroupNouns().bodyAnaphors;
  // "The Andean Miners Union called a stoppage … the union turned down the proposal": a noun of a kind of body takes up the
  // body whose own name holds it, passing over bodies of other kinds named in between (group-nouns.json bodyNouns, the
  // list the events stage reads for an uncoded "the union" subject).
  const kinds = loadGroupNouns().bodyNouns;
  const tokens = doc.tokens;
  const named = (b: ActorMention, noun: string) => b.text.toLowerCase().split(/[^\p{L}]+/u).includes(noun) || kindNounOf(tokens, b, noun) >= 0;
  const covered = (start: number, end: number) => actors.some((a) => a.span.start < end && start < a.span.end);
  const found: ActorMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!;
    const kind = kinds.has(noun.normal);
    if (!(anaphors.has(noun.normal) || kind) || noun.pos !== 'NOUN' || tokens[i - 1]!.normal !== 'the') continue;
    // Heading its phrase: no noun after it that it describes ("the group stage"), no "of" naming its members.
    const next = tokens[i + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.normal === 'of' || next.text === '-')) continue;
    const article = tokens[i - 1]!;
    if (covered(article.start, noun.end)) continue;
    // Named in an earlier sentence: in the body's own sentence "the group's" holds the body's own things ("the
    // organisation's relief fund", "commanders quit the movement's camp"), and would make it its own target.
    // Anywhere before, not only in the last sentences as for "the rebels": a story names the body it is about once and
    // calls it "the group" paragraphs later (a window of three sentences lost such references on the development articles).
    const sentenceStart = doc.sentences.find((s) => s.span.start <= article.start && article.start < s.span.end)?.span.start ?? article.start;
    const body = actors.filter((b) => BODY_KINDS.has(b.actorKind) && b.code !== null && (NAMED_VIA.has(b.via) || b.via === 'coreference')
      && b.span.end <= sentenceStart && (!kind || named(b, noun.normal))).sort((x, y) => x.span.start - y.span.start).at(-1);
    if (!body) continue;
    if (kind) {
      // A kind of body is one a story names often ("the African Union sent observers … on Monday nurses stopped work
      // … the union accused the ministry"): a named body of that kind takes it up only within a few sentences, and
      // a body of the kind mentioned since without its name ("a nurses' union", "their union", "the nurses' union":
      // the noun after anything but "the") is the one meant, which no name codes.
      const earliest = doc.sentences[Math.max(0, sentenceOf(doc, article.start) - NAMED_BODY_SENTENCES)]!.span.start;
      if (body.span.start < earliest) continue;
      // The noun that says what kind the body is ("MONUSCO, the UN mission") is the body itself, not another of its kind.
      const called = kindNounOf(tokens, body, noun.normal);
      const unnamed = tokens.some((t, k) => t.start >= body.span.end && t.end <= article.start && t.normal === noun.normal
        && t.pos === 'NOUN' && tokens[k - 1]?.normal !== 'the' && k !== called
        && !actors.some((a) => NAMED_VIA.has(a.via) && a.code !== null && a.span.start <= t.start && t.end <= a.span.end));
      if (unnamed) continue;
    }
    // "A group of 20 students marched … The group then blocked the road": a group the story brought in since the body
    // was named is what "the group" takes up.
    const introduced = tokens.some((t, k) => t.start >= body.span.end && t.end <= article.start && t.normal === noun.normal
      && ['a', 'an', 'another'].includes(tokens[k - 1]?.normal ?? ''));
    if (introduced) continue;
    found.push({
      ...body, span: { start: article.start, end: noun.end }, text: doc.text.slice(article.start, noun.end),
      via: 'coreference', evidence: [textSpan(doc, body.span.start, body.span.end)],
    } as ActorMention);
  }
  for (const a of found) actors.push({ ...a, id: `a${actors.length}`, origin });
}

/**
 * "MONUSCO, the UN mission in Congo, said …", "the regional force AMISOM": the story says what kind of body the named one
 * is by a noun of that kind in apposition to its name or right before it, so "the mission" later takes it up as it would
 * a body whose own name holds the noun. Read from the parse: the kind noun and a word of the name are head and dependent
 * of each other by apposition, compound or possessive (KIND_OF_NAME). The kind noun's token, or -1.
 */
function kindNounOf(tokens: readonly Token[], body: ActorMention, noun: string): number {
  const from = tokenFrom(tokens, body.span.start);
  if (from < 0) return -1;
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1]!.end <= body.span.end) to++;
  const inName = (k: number) => k >= from && k <= to;
  const isKind = (k: number) => k >= 0 && !inName(k) && tokens[k]!.normal === noun && tokens[k]!.pos === 'NOUN';
  const linked = (k: number) => KIND_OF_NAME.has(tokens[k]!.dep ?? '') || KIND_OF_NAME.has((tokens[k]!.dep ?? '').split(':')[0]!);
  // The name as the dependent: "the UN mission, MONUSCO" (appos of the noun), "the force AMISOM" read as compound, "the
  // European Union's mission".
  for (let k = from; k <= to; k++) {
    const head = tokens[k]!.head ?? -1;
    if (isKind(head) && linked(k)) return head;
  }
  // The kind noun as the dependent: "MONUSCO, the UN mission" (appos of the name).
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (isKind(k) && inName(tokens[k]!.head ?? -1) && linked(k)) return k;
  for (let k = to + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (isKind(k) && inName(tokens[k]!.head ?? -1) && linked(k)) return k;
  return -1;
}
