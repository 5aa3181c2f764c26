import type { WordAnalysis } from './analyse.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NAME_PARTS = new Set(['flat', 'fixed', 'compound']);
const PREDICATE_MARKS = new Set(['nsubj', 'nsubj:pass', 'cop', 'aux', 'aux:pass', 'csubj', 'obj']);

/**
 * UD coordinates like with like. A greedy parser sometimes hangs the second of two coordinated
 * noun phrases on the clause's verb ("began talks with the Armenian minister and his Azerbaijani
 * counterpart" → counterpart as a conjunct of "began"), which would cut the second party off. A
 * nominal conjunct of a verb that has no predicate structure of its own is re-attached to the
 * nearest noun before its conjunction inside the verb's phrase.
 */
export function repairNominalConjuncts(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const out = analysis.map((a) => ({ ...a }));
  const hasChild = (i: number, deps: Set<string>) => out.some((a) => a.head === i && deps.has(a.deprel));
  for (let c = 0; c < out.length; c++) {
    const a = out[c]!;
    if (a.deprel !== 'conj' || a.head < 0 || a.head > c) continue;
    const head = out[a.head]!;
    if (head.upos !== 'VERB' || !NOMINAL.has(a.upos) || hasChild(c, PREDICATE_MARKS)) continue;
    // The conjunction before the conjunct, then the nearest nominal before it that the verb dominates.
    let k = c - 1;
    while (k > a.head && out[k]!.upos !== 'CCONJ') k--;
    for (let j = k - 1; j > a.head; j--) {
      if (!NOMINAL.has(out[j]!.upos) || out[j]!.deprel === 'compound' || out[j]!.deprel === 'nmod:poss') continue;
      if (!dominates(out, a.head, j)) break;
      // A name's later parts ("Ararat Mirsoyan") hang on its first: coordinate with the name, not its part.
      let target = j;
      while (NAME_PARTS.has(out[target]!.deprel) && out[target]!.head > a.head) target = out[target]!.head;
      a.head = target;
      break;
    }
  }
  return out;
}

/**
 * "will return weapons seized last year": a past participle right after a verb's object, hung on
 * the verb as its complement, is a reduced relative on the object ("weapons [that were] seized").
 */
export function repairReducedRelatives(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const out = analysis.map((a) => ({ ...a }));
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    if (a.xpos !== 'VBN' || a.deprel !== 'xcomp' || a.head < 0) continue;
    const object = i - 1;
    if (out[object]!.deprel !== 'obj' || out[object]!.head !== a.head) continue;
    a.head = object;
    a.deprel = 'acl';
  }
  return out;
}

const NOMINAL_ROOT = new Set(['NOUN', 'PROPN']);

/**
 * "US Secretary of State Antony Blinken, who is traveling in Latin America, began talks …": after a
 * long subject with a clause inside it, a greedy parser can make the name the root and hang the
 * real verb on it as a side clause. A nominal root with no subject, copula or case of its own,
 * followed by a verb attached to it as parataxis or a conjunct that has no subject, is that verb's
 * subject: the verb becomes the root.
 */
export function repairNominalRoot(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 0 || !NOMINAL_ROOT.has(analysis[root]!.upos)) return [...analysis];
  const children = (i: number) => analysis.map((a, k) => (a.head === i ? k : -1)).filter((k) => k >= 0);
  if (children(root).some((c) => ['nsubj', 'nsubj:pass', 'cop', 'case', 'aux'].includes(analysis[c]!.deprel))) return [...analysis];
  const verb = children(root).find((c) => c > root && analysis[c]!.upos === 'VERB' && ['parataxis', 'conj'].includes(analysis[c]!.deprel) &&
    ['VBD', 'VBZ', 'VBP'].includes(analysis[c]!.xpos) && !children(c).some((k) => analysis[k]!.deprel.startsWith('nsubj')));
  if (verb === undefined) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  out[verb]!.head = -1;
  out[verb]!.deprel = 'root';
  out[root]!.head = verb;
  out[root]!.deprel = 'nsubj';
  // The sentence's final punctuation follows its new root.
  for (const c of children(root)) if (out[c]!.deprel === 'punct' && c === out.length - 1) out[c]!.head = verb;
  return out;
}

function dominates(analysis: readonly WordAnalysis[], top: number, i: number): boolean {
  for (let at = i, steps = 0; at >= 0 && steps < analysis.length; at = analysis[at]!.head, steps++) if (at === top) return true;
  return false;
}
