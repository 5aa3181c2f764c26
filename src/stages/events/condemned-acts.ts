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
function typesOfNoun(noun: string): ReadonlySet<string> {
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

/**
 * "Rebels attacked a village on Monday. The UN condemned the attack": a condemnation (role-words.json
 * condemnedActs types) whose object is a definite act noun and that names no target is aimed at whoever
 * did the latest act of that noun's type told before it, within a few sentences.
 */
export function doersOfCondemnedActs(doc: ArticleDoc, drafts: readonly DraftLike[]): void {
  const syn = syntaxOf(doc);
  drafts.forEach((d, k) => {
    if (d.derived || d.trigger.nominal || !ROLE_WORDS.condemnedActs.types.has(d.event.event) || d.event.recipient.length > 0) return;
    for (const object of syn.objectsOf(d.trigger.head)) {
      const kids = syn.children(object);
      const definite = kids.some((c) => (syn.relation(c) === 'det' && DEFINITE.has(doc.tokens[c]!.normal)) || syn.fullRelation(c) === 'nmod:poss');
      const types = typesOfNoun(doc.tokens[object]!.normal);
      if (!definite || types.size === 0) continue;
      for (let j = k - 1; j >= 0; j--) {
        const e = drafts[j]!;
        if (e.sentence < d.sentence - MAX_SENTENCES_BACK) break;
        if (e.derived || !types.has(e.event.event) || e.event.actor.length === 0) continue;
        if (e.event.actor.some((a) => d.event.actor.some((b) => b.text === a.text))) continue;
        d.event.recipient.push(...e.event.actor);
        d.event.why.push(`recipient ${e.event.actor.map((a) => `"${a.text}"`).join(', ')}: did the ${doc.tokens[object]!.text} condemned, told before ("${doc.tokens[e.trigger.head]!.text}")`);
        return;
      }
    }
  });
}
