/**
 * What the same-act model reads of two events coded from one sentence: whether the first (`a`) is
 * a second telling of the act the second (`b`) tells ("shelled the town, killing five" coded as an
 * attack and as deaths; "arrested and detained" as two arrests), or a second act ("met and signed a
 * deal"). Only the shape of the reading: the two types and modes, the triggers' lemmas and word
 * clusters, the dependency path between the triggers with its case and mark words, whether one
 * hangs in the other's complement or adjunct, how their parties, sizes, dates and places agree, and
 * the rules' own confidence in each. The rule templates (`why`) the confidence model reads are left
 * out: over pairs they learned their training sets (leave-one-set-out: fewer second tellings folded
 * at the same loss of acts found). Never the article's names or other words, so that the
 * weights carry to news about other places and people.
 */
import type { ArticleDoc, CodedEvent, EventParty } from '../../core/document.js';
import { clusterLevels } from '../../syntax/clusters.js';
import { tokenAt } from '../actors/context.js';
import { ROLE_WORDS } from '../events/role-words.js';

/** The relations that open a clause or phrase of its own under a head: its case and mark words say how it hangs. */
const FUNCTION_DEPS = new Set(['case', 'mark']);
/**
 * The feature of a pair whose path passes a sequence word ("killed … before a ceasefire ended the
 * clashes", "declared an emergency after riots"; role-words.json sequencePreps): the text puts one
 * act before the other, so they are two acts, whatever the rest of the pair looks like.
 */
export const SEQUENCED = 'path.sequence';

/** The longest dependency path read (longer ones are one feature: the triggers are far apart in the tree). */
const MAX_PATH = 4;

/** Indices of the token's heads, from itself up to its sentence's root. */
function headChain(doc: ArticleDoc, t: number): number[] {
  const chain = [t];
  const sentence = doc.tokens[t]!.sentence;
  for (let h = doc.tokens[t]!.head ?? -1; h >= 0 && chain.length < 40 && doc.tokens[h]!.sentence === sentence; h = doc.tokens[h]!.head ?? -1) chain.push(h);
  return chain;
}

/** The case and mark words that hang on a token ("after", "to", "by", "of"): how its phrase attaches. */
function functionWords(doc: ArticleDoc, t: number): string[] {
  const sentence = doc.sentences[doc.tokens[t]!.sentence];
  if (!sentence) return [];
  const out: string[] = [];
  // Case and mark words come before their head, a clause's mark before its subject too ("before a
  // US-brokered ceasefire ended"): the sentence up to the head, bounded by the sentence's length.
  for (let k = sentence.tokenStart; k < t; k++) {
    const tok = doc.tokens[k]!;
    if (tok.head === t && FUNCTION_DEPS.has((tok.dep ?? '').split(':')[0]!)) out.push(tok.lemma);
  }
  return out;
}

/** The relation without its subtype ("obl:tmod" → "obl"), the shape the path features read. */
const baseDep = (dep: string | undefined) => (dep ?? '-').split(':')[0]!;

/**
 * The dependency path between two tokens of one sentence: the relations climbed from `a` to their
 * lowest common head, then the relations descended to `b`; and the case and mark words of the
 * phrases on it.
 */
export function dependencyPath(doc: ArticleDoc, a: number, b: number): { up: string[]; down: string[]; words: string[]; top: number } | null {
  const upA = headChain(doc, a);
  const upB = headChain(doc, b);
  const onB = new Map(upB.map((t, i) => [t, i] as const));
  const i = upA.findIndex((t) => onB.has(t));
  if (i < 0) return null;
  const j = onB.get(upA[i]!)!;
  const up = upA.slice(0, i).map((t) => baseDep(doc.tokens[t]!.dep));
  const down = upB.slice(0, j).reverse().map((t) => baseDep(doc.tokens[t]!.dep));
  const words = [...upA.slice(0, i), ...upB.slice(0, j)].flatMap((t) => functionWords(doc, t));
  return { up, down, words, top: upA[i]! };
}

const codeSet = (parties: readonly EventParty[]) => new Set(parties.map((p) => p.code ?? `${p.sector ?? '-'}|${p.text.toLowerCase()}`));
function overlap(a: readonly EventParty[], b: readonly EventParty[]): 'none' | 'same' | 'shared' | 'apart' {
  if (!a.length || !b.length) return 'none';
  const x = codeSet(a);
  const y = codeSet(b);
  const shared = [...x].filter((c) => y.has(c)).length;
  if (!shared) return 'apart';
  return shared === x.size && shared === y.size ? 'same' : 'shared';
}

/** The event's trigger token in `doc.tokens`, or -1. */
export function triggerTokenOf(doc: ArticleDoc, e: CodedEvent): number {
  return tokenAt(doc.tokens, e.evidence.trigger.start);
}

/** A word's cluster at the coarse (16) and middle (256) level of the path, in hex (the shipped model's feature names), or 'none'. */
function clusters(lemma: string): [string, string] {
  const levels = clusterLevels(lemma.toLowerCase());
  return levels ? [levels.coarse.toString(16), levels.middle.toString(16)] : ['none', 'none'];
}

/** One side's own features, prefixed by its role in the pair (`a` the one that may be folded, `b` the one kept). */
function sideFeatures(doc: ArticleDoc, role: string, e: CodedEvent, t: number): string[] {
  const f = [`${role}.type=${e.event}`, `${role}.mode=${e.event}/${e.mode ?? '-'}`, `${role}.modality=${e.modality}`];
  if (t >= 0) {
    const tok = doc.tokens[t]!;
    const [coarse, middle] = clusters(tok.lemma);
    f.push(`${role}.lemma=${tok.lemma}`, `${role}.cluster=${coarse}`, `${role}.cluster2=${middle}`, `${role}.pos=${tok.pos}`, `${role}.dep=${baseDep(tok.dep)}`, `${role}.tag=${tok.tag ?? '-'}`);
  }
  f.push(`${role}.actor=${e.actor.length ? (e.actor.some((p) => p.code) ? 'coded' : 'uncoded') : 'none'}`, `${role}.recipient=${e.recipient.length ? (e.recipient.some((p) => p.code) ? 'coded' : 'uncoded') : 'none'}`);
  for (const key of Object.keys(e.size)) f.push(`${role}.size=${key}`);
  if (!Object.keys(e.size).length) f.push(`${role}.size=none`);
  if (e.evidence.mentions?.length) f.push(`${role}.merged`);
  // Where its date came from: its own clause's time, or one lent by a governing clause or the publication.
  f.push(`${role}.date.rule=${(e.date_source.rule.split(/[ ,(]/)[0] ?? '').slice(0, 30)}`);
  return f;
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const edge of edges) if (n <= edge) return String(edge);
  return `>${edges[edges.length - 1]}`;
};

/**
 * The features of "`a` tells the act `b` tells" for two events of one sentence (ordered: the pair
 * (b, a) has its own features, so the model learns which of the two an analyst keeps).
 */
export function pairFeatures(doc: ArticleDoc, a: CodedEvent, b: CodedEvent): string[] {
  const ta = triggerTokenOf(doc, a);
  const tb = triggerTokenOf(doc, b);
  const f = ['bias', `types=${a.event}>${b.event}`, a.event === b.event ? 'same.type' : 'other.type'];
  if (a.event === b.event && a.mode === b.mode) f.push('same.mode');
  f.push(...sideFeatures(doc, 'a', a, ta), ...sideFeatures(doc, 'b', b, tb));
  if (ta >= 0 && tb >= 0) {
    f.push(ta < tb ? 'a.first' : ta > tb ? 'b.first' : 'same.trigger');
    f.push(`lemmas.same=${doc.tokens[ta]!.lemma === doc.tokens[tb]!.lemma}`);
    f.push(`types.clusters=${a.event}>${b.event}/${clusters(doc.tokens[ta]!.lemma)[0]}>${clusters(doc.tokens[tb]!.lemma)[0]}`);
    f.push(`distance=${bucket(Math.abs(ta - tb), [0, 1, 3, 6, 12, 24])}`);
    const path = ta === tb ? null : dependencyPath(doc, ta, tb);
    if (path) {
      const long = path.up.length + path.down.length > MAX_PATH;
      const shape = long ? 'long' : `${path.up.join('^')}|${path.down.join('v')}`;
      f.push(`path=${shape}`, `types.path=${a.event}>${b.event}/${shape}`);
      // One trigger governs the other: the other is its complement, adjunct, conjunct or modifier.
      if (!path.down.length) f.push(`a.under.b=${path.up.at(-1)}`, `a.under.b.types=${a.event}>${b.event}/${path.up.at(-1)}`);
      else if (!path.up.length) f.push(`b.under.a=${path.down[0]}`, `b.under.a.types=${a.event}>${b.event}/${path.down[0]}`);
      else f.push(`siblings=${path.up.at(-1)}/${path.down[0]}`);
      for (const w of path.words) f.push(`path.word=${w}`);
      if (path.words.some((w) => ROLE_WORDS.sequencePreps.has(w))) f.push(SEQUENCED);
      f.push(`path.top=${doc.tokens[path.top]!.pos}`);
    } else if (ta !== tb) f.push('path=none');
  }
  f.push(`actors=${overlap(a.actor, b.actor)}`, `recipients=${overlap(a.recipient, b.recipient)}`);
  if (a.actor.length && b.recipient.length && overlap(a.actor, b.recipient) !== 'apart') f.push('a.actor.is.b.recipient');
  if (a.recipient.length && b.actor.length && overlap(a.recipient, b.actor) !== 'apart') f.push('a.recipient.is.b.actor');
  const sizes = (e: CodedEvent) => new Set(Object.entries(e.size).map(([k, v]) => `${k}=${v?.value}`));
  const sa = sizes(a);
  const sb = sizes(b);
  f.push(!sa.size || !sb.size ? `sizes=${sa.size ? 'a' : sb.size ? 'b' : 'neither'}` : [...sa].some((s) => sb.has(s)) ? 'sizes=same' : 'sizes=differ');
  f.push(!a.date || !b.date ? 'dates=untold' : a.date === b.date ? 'dates=same' : a.date.startsWith(b.date) || b.date.startsWith(a.date) ? 'dates=nested' : 'dates=differ');
  // Dated by one time expression: one clause's time told for both.
  if (a.date_source.start !== undefined && a.date_source.start === b.date_source.start) f.push('dates.one.expression');
  f.push(!a.event_loc || !b.event_loc ? 'places=untold' : a.event_loc.name === b.event_loc.name ? 'places=same' : 'places=differ');
  if (a.background !== b.background) f.push(`background=${a.background ? 'a' : 'b'}`);
  // The rules' own confidence ranks the events of a sentence by how central they are: the lesser is the likelier second telling.
  f.push(`a.hand=${Math.round(a.confidence * 10)}`, `hand=${a.confidence < b.confidence - 0.05 ? 'a.lower' : a.confidence > b.confidence + 0.05 ? 'a.higher' : 'even'}`);
  return [...new Set(f)];
}
