import type { ArticleDoc, CodedEvent } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import type { TriggerMatch } from './find-triggers.js';
import { ROLE_WORDS } from './role-words.js';
import { TRIGGERS } from './triggers.js';

/** How many sentences back a condemned act may be told. */
const MAX_SENTENCES_BACK = 6;
/** Determiners that make an act noun refer to an act told before ("the attack", "these abductions"). */
const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those']);

let nounTypes: Map<string, Set<string>> | undefined;
/** The act types a noun names: the noun trigger rules', anaphorNouns' and condemnedActs' (built once). */
export function typesOfNoun(noun: string): ReadonlySet<string> {
  if (!nounTypes) {
    nounTypes = new Map();
    const add = (n: string, t: string) => (nounTypes!.get(n) ?? nounTypes!.set(n, new Set()).get(n)!).add(t);
    for (const r of TRIGGERS) if (r.pos === 'NOUN' && !r.phrase.includes(' ')) add(r.phrase, r.event);
    for (const [n, types] of ROLE_WORDS.condemnedActs.nouns) for (const t of types) add(n, t);
  }
  const out = new Set(nounTypes.get(noun) ?? []);
  for (const t of ROLE_WORDS.anaphorTypes(noun)) out.add(t);
  return out;
}

interface DraftLike {
  readonly trigger: TriggerMatch;
  readonly sentence: number;
  readonly event: CodedEvent;
  readonly derived: boolean;
}

/** Letters two words must share at their start to be of one word family ("strikes"/"struck" share lemmas; "arrests"/"arrested"). */
const FAMILY_PREFIX = 4;

/** Whether an act noun and an earlier trigger are of one word family ("the arrests" after "arrested", "the strikes" after "struck"). */
function sameFamily(noun: string, trigger: string): boolean {
  let shared = 0;
  while (shared < noun.length && shared < trigger.length && noun[shared] === trigger[shared]) shared++;
  return shared >= FAMILY_PREFIX || noun === trigger;
}

/** Whether two parties are the same by code and sector ("the army" condemning what "soldiers" of its own country did). */
function sameParty(a: CodedEvent['actor'][number], b: CodedEvent['actor'][number]): boolean {
  return a.text === b.text || (a.code !== null && a.code === b.code && (a.sector ?? null) === (b.sector ?? null));
}

/**
 * "Rebels attacked a village on Monday. The UN condemned the attack": a condemnation (role-words.json
 * condemnedActs types) by a named party whose object is a definite act noun and that names no target is
 * aimed at whoever did the latest act of that noun's word family told before it, within a few sentences, else
 * anywhere before ("Israel struck Gaza. Hamas attacked soldiers. Egypt condemned the strikes" is Israel's); with no
 * act of its family, only an act of the noun's types within those sentences that no other act of another doer competes with. Two-sided
 * nouns ("the clashes", "the violence") have no one doer, and a condemnation that blames someone in its own
 * sentence ("condemned the shooting and blamed unknown gunmen") names its target itself.
 * Returns the drafts of the condemned nouns so resolved: each names the earlier act again ("describing the arrest as
 * illegal" after "arrested"), no act of its own, whatever doer and day the condemnation lends it.
 */
export function doersOfCondemnedActs<D extends DraftLike>(doc: ArticleDoc, drafts: readonly D[]): Set<D> {
  const syn = syntaxOf(doc);
  const retold = new Set<D>();
  drafts.forEach((d, k) => {
    if (d.derived || d.trigger.nominal || !ROLE_WORDS.condemnedActs.types.has(d.event.event) || d.event.recipient.length > 0) return;
    // An actor-less condemnation ("The opposition condemned the arrests" with no party found) would be kept alive by a filled target alone.
    if (d.event.actor.length === 0) return;
    const blames = drafts.some((o) => o !== d && o.sentence === d.sentence && ROLE_WORDS.condemnedActs.types.has(o.event.event) && o.event.recipient.length > 0);
    if (blames) return;
    // The condemned noun is the object, or the noun of a concern's preposition ("concerned by the detentions").
    const condemned = [...syn.objectsOf(d.trigger.head),
      // "by" of an adjectival concern may be parsed as an agent, which obliquesOf leaves out.
      ...syn.children(d.trigger.head).filter((c) => syn.fullRelation(c).startsWith('obl') && ROLE_WORDS.condemnedActs.preps.has(syn.caseOf(c) ?? ''))];
    for (const object of condemned) {
      const kids = syn.children(object);
      const definite = kids.some((c) => (syn.relation(c) === 'det' && DEFINITE.has(doc.tokens[c]!.normal)) || syn.fullRelation(c) === 'nmod:poss');
      const noun = doc.tokens[object]!;
      const types = typesOfNoun(noun.normal);
      if (!definite || types.size === 0 || ROLE_WORDS.fightingNouns.has(noun.normal)) continue;
      const candidates: DraftLike[] = [];
      const earlier: DraftLike[] = [];
      for (let j = k - 1; j >= 0; j--) {
        const e = drafts[j]!;
        if (e.derived || !types.has(e.event.event) || e.event.actor.length === 0) continue;
        earlier.push(e);
        if (e.sentence >= d.sentence - MAX_SENTENCES_BACK) candidates.push(e);
      }
      const head = (e: DraftLike) => doc.tokens[e.trigger.head]!;
      const ofFamily = (e: DraftLike) => sameFamily(noun.lemma, head(e).lemma) || sameFamily(noun.normal, head(e).normal);
      // "The UN condemned the attack" closing a long story: an act of the noun's own word family told anywhere
      // before outweighs a nearer act of its type told by another word (police "fired" tear gas at a sit-in).
      const family = candidates.find(ofFamily) ?? earlier.find(ofFamily);
      const doers = new Set(candidates.map((e) => e.event.actor.map((a) => (a.code !== null ? `${a.code}/${a.sector ?? ''}` : a.text)).join('+')));
      const e = family ?? (doers.size === 1 ? candidates[0] : undefined);
      if (!e) continue;
      if (e.event.actor.some((a) => d.event.actor.some((b) => sameParty(a, b)))) continue;
      d.event.recipient.push(...e.event.actor);
      d.event.why.push(`recipient ${e.event.actor.map((a) => `"${a.text}"`).join(', ')}: did the ${noun.text} condemned, told before ("${head(e).text}")`);
      const nounDraft = drafts.find((n) => n.trigger.nominal && n.trigger.head === object && !n.derived);
      if (nounDraft) {
        nounDraft.event.why.push(`the act "${head(e).text}" told before, named again as what is condemned: no act of its own`);
        retold.add(nounDraft);
      }
      return;
    }
  });
  return retold;
}
