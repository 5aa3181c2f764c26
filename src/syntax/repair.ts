import { readFileSync } from 'node:fs';
import { AUXILIARY_WORDS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES } from './function-words.js';
import type { WordAnalysis } from './analyse.js';
import { resourcePath } from './resource-path.js';

type EditableWord = { -readonly [K in keyof WordAnalysis]: WordAnalysis[K] };

/**
 * Copy-on-write for a repair: `read()` is the analysis as it stands (the input until the first
 * change), `edit()` the repair's own copy, made on the first change. Most repairs change nothing
 * in most sentences, and copying every word for each of the eleven repairs was most of their
 * cost; a repair that changes nothing returns its input.
 */
class Draft {
  private words: EditableWord[];
  private copied = false;
  constructor(analysis: readonly WordAnalysis[]) {
    this.words = analysis as EditableWord[];
  }
  read(): EditableWord[] {
    return this.words;
  }
  edit(): EditableWord[] {
    if (!this.copied) {
      this.words = this.words.map((a) => ({ ...a }));
      this.copied = true;
    }
    return this.words;
  }
}

/** The indices of the words that hang on `head`, in order. */
function childrenOf(analysis: readonly WordAnalysis[], head: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < analysis.length; k++) if (analysis[k]!.head === head) out.push(k);
  return out;
}

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
  const draft = new Draft(analysis);
  const hasChild = (i: number, deps: Set<string>) => draft.read().some((a) => a.head === i && deps.has(a.deprel));
  for (let c = 0; c < analysis.length; c++) {
    const out = draft.read();
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
      // A word under the conjunct itself cannot be what it is coordinated with (that would be a cycle).
      if (dominates(out, c, j)) continue;
      // A name's later parts ("Ararat Mirsoyan") hang on its first: coordinate with the name, not its part.
      let target = j;
      for (let steps = 0; NAME_PARTS.has(out[target]!.deprel) && out[target]!.head > a.head && steps < out.length; steps++) target = out[target]!.head;
      if (target === c || dominates(out, c, target)) break;
      draft.edit()[c]!.head = target;
      break;
    }
  }
  return draft.read();
}

/**
 * "will return weapons seized last year": a past participle right after a verb's object, hung on
 * the verb as its complement, is a reduced relative on the object ("weapons [that were] seized").
 * And a reduced relative has no tense: a past form the parse hangs on a noun as a clause with no
 * subject of its own ("the homes of two men accused of …") is the participle, not a past tense
 * whose doer would be the noun.
 */
export function repairReducedRelatives(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  const withSubject = new Set<number>();
  analysis.forEach((a) => {
    if (a.deprel.startsWith('nsubj') || a.deprel.startsWith('csubj')) withSubject.add(a.head);
  });
  for (let i = 1; i < analysis.length; i++) {
    const out = draft.read();
    const a = out[i]!;
    if (a.xpos === 'VBD' && a.deprel === 'acl' && a.head >= 0 && a.head < i && NOMINAL.has(out[a.head]!.upos) && !withSubject.has(i)) {
      draft.edit()[i]!.xpos = 'VBN';
      continue;
    }
    if (a.xpos !== 'VBN' || a.deprel !== 'xcomp' || a.head < 0) continue;
    const object = i - 1;
    if (out[object]!.deprel !== 'obj' || out[object]!.head !== a.head) continue;
    const word = draft.edit()[i]!;
    word.head = object;
    word.deprel = 'acl';
  }
  return draft.read();
}

/**
 * "China urged the United States to stop …": a clause has one subject. A verb given two, one before
 * it and one after it (with no conjunction joining them), has misread its object: the one after is
 * the object. (Subject–verb inversion, "…, said the minister", has no subject before the verb.)
 */
export function repairDoubleSubject(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  // One pass: each verb's first subject before it and first after it (most sentences have none after).
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  analysis.forEach((a, k) => {
    if (a.deprel !== 'nsubj' || a.head < 0 || analysis[a.head]!.upos !== 'VERB') return;
    if (k < a.head) before.set(a.head, k);
    else if (!after.has(a.head)) after.set(a.head, k);
  });
  for (const [verb, object] of after) {
    if (before.has(verb) && NOMINAL.has(analysis[object]!.upos)) draft.edit()[object]!.deprel = 'obj';
  }
  return draft.read();
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
  const children = (i: number) => childrenOf(analysis, i);
  if (children(root).some((c) => ['nsubj', 'nsubj:pass', 'cop', 'case', 'aux'].includes(analysis[c]!.deprel))) return [...analysis];
  // A finite verb, or one whose auxiliary is ("… attacks, occurring every week, have killed eight").
  const finite = (c: number) => ['VBD', 'VBZ', 'VBP'].includes(analysis[c]!.xpos) || children(c).some((k) => analysis[k]!.deprel === 'aux' || analysis[k]!.deprel === 'aux:pass');
  const verb = children(root).find((c) => c > root && analysis[c]!.upos === 'VERB' && ['parataxis', 'conj'].includes(analysis[c]!.deprel) &&
    finite(c) && !children(c).some((k) => analysis[k]!.deprel.startsWith('nsubj')));
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

/**
 * "The union's envoy, a former Zambian minister, flew into Bamako and met …": a parser can read the apposition as the
 * sentence's predicate noun with the name before it as its subject, and hang the real verb on it as a side clause. English
 * has no predicate noun without a copula, so a root noun with a subject before it, set off from it by a comma, and no
 * copula, auxiliary or case of its own is an apposition: the first verb after its closing comma with no subject, marker
 * or passive of its own is the root, the subject its subject, and the noun the subject's apposition.
 */
export function repairAppositionReadAsPredicate(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 0 || !NOUNS.has(analysis[root]!.upos)) return [...analysis];
  const children = (i: number) => childrenOf(analysis, i);
  if (children(root).some((c) => ['cop', 'aux', 'aux:pass', 'case', 'mark'].includes(analysis[c]!.deprel))) return [...analysis];
  const subject = children(root).find((c) => c < root && analysis[c]!.deprel === 'nsubj' && NOMINAL.has(analysis[c]!.upos));
  if (subject === undefined) return [...analysis];
  // The apposition's opening comma: after the subject, with only the apposition's own words between it and the noun.
  const opening = subtreeStart(analysis, root) <= subject ? forms.lastIndexOf(',', root) : -1;
  if (opening <= subject || !analysis.slice(opening + 1, root).every((_, j) => dominates(analysis, root, opening + 1 + j) && !dominates(analysis, subject, opening + 1 + j))) return [...analysis];
  const verb = children(root).find((c) => c > root && analysis[c]!.upos === 'VERB' && MAIN_VERB_MISREAD_AS.has(analysis[c]!.deprel)
    && ['VB', 'VBD', 'VBZ', 'VBP'].includes(analysis[c]!.xpos)
    && !children(c).some((k) => SUBJECT_RELATIONS.has(analysis[k]!.deprel) || ['aux:pass', 'mark', 'cop'].includes(analysis[k]!.deprel))
    // Right after the apposition's closing comma, only the verb's own phrases between ("…, on Monday flew").
    && (() => {
      let comma = c - 1;
      while (comma > root && forms[comma] !== ',' && dominates(analysis, c, comma)) comma--;
      return comma > root && forms[comma] === ',';
    })());
  if (verb === undefined) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  // What hung on the noun after the verb, and before the subject (a fronted "On Monday"), is the verb's.
  for (const k of children(root)) if (k !== verb && k !== subject && (k > verb || k < subject)) out[k]!.head = verb;
  out[verb] = { ...out[verb]!, head: -1, deprel: 'root', xpos: analysis[verb]!.xpos === 'VB' ? 'VBD' : analysis[verb]!.xpos };
  out[subject] = { ...out[subject]!, head: verb, deprel: 'nsubj' };
  out[root] = { ...out[root]!, head: subject, deprel: 'appos' };
  return out;
}

/** Relations a parser gives the side clause or apposition set off by commas after a name ("X, who chairs …," "X, a former general,"). */
const PARENTHETICAL_RELATIONS = new Set(['parataxis', 'appos', 'acl:relcl', 'acl', 'conj']);
/** Relations the main verb told after that side clause gets when the parser hangs it inside the clause. */
const MAIN_VERB_MISREAD_AS = new Set(['acl', 'conj', 'parataxis', 'advcl', 'ccomp']);

/**
 * "Senator Ann Lee, who represents the district, called on …", "Ruto, a former deputy president, on Monday urged
 * …": after a name and a side clause or apposition set off by commas, a parser can leave the name the root and hang
 * the real main verb inside the side clause (on its object, or as its conjunct). A sentence whose root is a bare noun
 * (no subject, copula, case or auxiliary of its own) has no predicate, so the first verb after the side clause's
 * closing comma with no subject, auxiliary of the passive, marker or "by" agent of its own is its predicate: it becomes
 * the root and the noun its subject; the side clause stays on the noun, and what follows the verb and hung before it
 * is the verb's. Only phrases right after that comma that hang on the verb may stand between them (", on Thursday
 * urged"). A finite form is preferred; a past participle (the tagger's reading of "offered") only when no finite one
 * qualifies, since "X, a general accused of graft, resigned" has a participle inside the apposition too.
 */
export function repairVerbAfterParenthetical(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 0 || !NOUNS.has(analysis[root]!.upos)) return [...analysis];
  const children = (i: number) => childrenOf(analysis, i);
  if (children(root).some((c) => ['nsubj', 'nsubj:pass', 'cop', 'case', 'aux', 'aux:pass'].includes(analysis[c]!.deprel))) return [...analysis];
  // The side clause: a child of the root opening right after a comma that follows the root's own phrase.
  // (The parser may hang the opening comma on the side clause itself.)
  // "X, the mayor of Y, who has been in office since May, criticised …": a relative clause with a nominal predicate may
  // be hung on the root by another relation ("office" an nmod), its relative pronoun its subject; it is a side clause too,
  // and the verb may hang inside it rather than inside the apposition before it.
  const relative = (c: number) => children(c).some((k) => k < c && RELATIVE_PRONOUNS.has(forms[k]!.toLowerCase()) && analysis[k]!.deprel.startsWith('nsubj'));
  const sides = children(root).filter((c) => c > root && (PARENTHETICAL_RELATIONS.has(analysis[c]!.deprel) || relative(c))
    && [forms[subtreeStart(analysis, c)], forms[subtreeStart(analysis, c) - 1]].includes(','));
  const side = sides[0];
  if (side === undefined) return [...analysis];
  const candidates = analysis.map((_, k) => k).filter((k) => {
    const a = analysis[k]!;
    if (k <= side || a.upos !== 'VERB' || !MAIN_VERB_MISREAD_AS.has(a.deprel) || !sides.some((c) => c !== k && dominates(analysis, c, k))) return false;
    if (children(k).some((c) => SUBJECT_RELATIONS.has(analysis[c]!.deprel) || ['aux:pass', 'mark', 'cop'].includes(analysis[c]!.deprel) || isByAgent(forms, analysis, c))) return false;
    // The closing comma, then only the verb's own phrases before it.
    let comma = k - 1;
    while (comma > side && forms[comma] !== ',' && dominates(analysis, k, comma)) comma--;
    return comma > side && forms[comma] === ',';
  });
  const finite = candidates.find((k) => ['VBD', 'VBZ', 'VBP'].includes(analysis[k]!.xpos) || children(k).some((c) => analysis[c]!.deprel === 'aux'));
  const verb = finite ?? (candidates.length === 1 && analysis[candidates[0]!]!.xpos === 'VBN' ? candidates[0] : undefined);
  if (verb === undefined) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  for (let k = verb + 1; k < out.length; k++) {
    const h = out[k]!.head;
    if (h < 0 || h >= verb || dominates(analysis, verb, k)) continue;
    // "…, called on the president to send troops" with "to send" hung on the side clause's object: the main verb's.
    out[k] = { ...out[k]!, head: verb, deprel: out[k]!.deprel === 'acl' ? 'advcl' : out[k]!.deprel };
  }
  out[verb] = { ...out[verb]!, head: -1, deprel: 'root', xpos: analysis[verb]!.xpos === 'VBN' ? 'VBD' : analysis[verb]!.xpos };
  out[root] = { ...out[root]!, head: verb, deprel: 'nsubj' };
  // The relative clause read by another relation is one on the noun.
  for (const c of sides) if (!PARENTHETICAL_RELATIONS.has(analysis[c]!.deprel)) out[c] = { ...out[c]!, deprel: 'acl:relcl' };
  return out;
}

/** The first word of the phrase `top` heads. */
function subtreeStart(analysis: readonly WordAnalysis[], top: number): number {
  for (let k = 0; k < top; k++) if (dominates(analysis, top, k)) return k;
  return top;
}

/**
 * "Seven of those held were sent home on Sunday", "Four of the seven hostages had been freed": a count with an "of"
 * phrase (a partitive) opening the sentence, which a parser may make the root, hanging the finite verb group that
 * follows on the "of" noun or the count as a relative or side clause. A count root (a number or a count word) right
 * before "of", with a past participle after it whose own auxiliaries ("were", "had been") stand right before it and that
 * has no subject of its own outside the "of" phrase, is that verb's subject: the verb becomes the root, the count its
 * subject (of a passive when "be" marks it), and the "of" phrase describes the count again.
 */
export function repairPartitiveRoot(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 0 || forms[root + 1]?.toLowerCase() !== 'of' || !isCount(forms, analysis, root)) return [...analysis];
  // The first past participle after the "of" phrase with its auxiliaries right before it, with nothing finite between.
  let verb = -1;
  for (let v = root + 2; v < analysis.length; v++) {
    const a = analysis[v]!;
    if (['VBD', 'VBZ', 'VBP', 'MD'].includes(a.xpos) && a.upos !== 'AUX') return [...analysis];
    if (a.xpos !== 'VBN' || a.upos !== 'VERB' || !AUXILIARY_WORDS.has(forms[v - 1]!.toLowerCase())) continue;
    verb = v;
    break;
  }
  if (verb < 0 || !['acl', 'acl:relcl', 'advcl', 'conj', 'parataxis'].includes(analysis[verb]!.deprel)) return [...analysis];
  // The auxiliaries run back from the verb; the "of" phrase is what lies between "of" and them.
  let auxStart = verb;
  while (auxStart - 1 > root + 1 && AUXILIARY_WORDS.has(forms[auxStart - 1]!.toLowerCase())) auxStart--;
  const inPhrase = (k: number) => k > root + 1 && k < auxStart;
  const phraseHeads = analysis.map((_, k) => k).filter((k) => inPhrase(k) && !inPhrase(analysis[k]!.head));
  // "those" ("of those held") stands for people on its own, as a pronoun does.
  const nominal = (k: number) => NOMINAL_HEAD.has(analysis[k]!.upos) || forms[k]!.toLowerCase() === 'those';
  // Besides its noun, the phrase may have a participle or adjective the parse hung elsewhere ("of those detained"): the noun's.
  // "of the detained", "of the wounded": a participle or adjective right after "the" with no noun after it stands as the
  // noun for the people it describes (the parse hangs the two words apart, the participle often as an auxiliary).
  const article = auxStart - 2;
  const standing = auxStart - 1 === article + 1 && article === root + 2 && forms[article]!.toLowerCase() === 'the' && ['VERB', 'ADJ'].includes(analysis[auxStart - 1]!.upos);
  const nouns = standing ? [auxStart - 1] : phraseHeads.filter(nominal);
  const describing = standing ? [] : phraseHeads.filter((k) => !nominal(k));
  if (nouns.length !== 1 || describing.some((k) => k < nouns[0]! || !['VERB', 'ADJ'].includes(analysis[k]!.upos))) return [...analysis];
  const ofNoun = nouns[0]!;
  const out = analysis.map((a) => ({ ...a }));
  if (standing) out[article] = { ...out[article]!, head: ofNoun, deprel: 'det' };
  out[verb] = { ...out[verb]!, head: -1, deprel: 'root' };
  // The auxiliary right before the participle makes it passive when it is "be" or "get" ("were freed", "had been
  // freed"); the others ("had" in "had been freed", "had freed") are plain auxiliaries.
  for (let k = auxStart; k < verb; k++) out[k] = { ...out[k]!, head: verb, deprel: k === verb - 1 && PASSIVE_AUXILIARIES.has(forms[k]!.toLowerCase()) ? 'aux:pass' : 'aux' };
  out[root] = { ...out[root]!, head: verb, deprel: isRealPassive(forms, out, verb) ? 'nsubj:pass' : 'nsubj' };
  out[root + 1] = { ...out[root + 1]!, head: ofNoun, deprel: 'case' };
  out[ofNoun] = { ...out[ofNoun]!, head: root, deprel: 'nmod' };
  for (const k of describing) out[k] = { ...out[k]!, head: ofNoun, deprel: out[k]!.upos === 'VERB' ? 'acl' : 'amod' };
  // What followed the verb and hung on the count or on the "of" noun (times, places, the final stop) is the verb's.
  for (let k = verb + 1; k < out.length; k++) if (out[k]!.head === root || out[k]!.head === ofNoun) out[k] = { ...out[k]!, head: verb };
  return out;
}

const NOMINAL_HEAD = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * "Four shotguns, a crate of grenades and two radios were seized": a list of noun phrases as the subject of a verb,
 * which a parser may make the root at its first noun, read the later items as its appositions and give the verb the
 * last item alone as its subject, the verb a conjunct inside the list. A nominal root opening the sentence with a verb
 * group after it ("were seized", "have been recovered": auxiliaries right before the verb, nothing finite between) hung
 * as a conjunct under the root's phrase, whose subject is the noun right after the list's "and"/"or" that the verb also
 * holds, is that verb's subject: the verb becomes the root, the root its subject (of a passive when "be" or "get" marks
 * it), the last item and the appositions between them conjuncts of the first, and what followed the verb on the root the
 * verb's. The parser may instead hang the verb group on an item as a clause with no subject ("… were seized on Monday"):
 * the same. A verb with an object, a relative word or a subordinator is another clause and is left alone.
 */
export function repairListSubjectRoot(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 0 || !['NOUN', 'PROPN', 'NUM'].includes(analysis[root]!.upos)) return [...analysis];
  // The root opens the sentence: every word before it is its own (a determiner, a count, a compound).
  for (let k = 0; k < root; k++) if (analysis[k]!.head !== root) return [...analysis];
  let verb = -1;
  for (let v = root + 1; v < analysis.length; v++) {
    const a = analysis[v]!;
    if (a.upos === 'VERB') {
      verb = v;
      break;
    }
    if (['VBD', 'VBZ', 'VBP', 'MD'].includes(a.xpos) && a.upos !== 'AUX') return [...analysis];
  }
  // A conjunct of the list, or a clause on one of its nouns (not a relative one: "which were seized" is a relative clause).
  if (verb < 0 || !['conj', 'acl'].includes(analysis[verb]!.deprel) || !AUXILIARY_WORDS.has(forms[verb - 1]!.toLowerCase())) return [...analysis];
  if (!dominates(analysis, root, analysis[verb]!.head)) return [...analysis];
  let auxStart = verb;
  while (auxStart - 1 > root && AUXILIARY_WORDS.has(forms[auxStart - 1]!.toLowerCase()) && analysis[auxStart - 1]!.head === verb) auxStart--;
  if (auxStart === verb) return [...analysis];
  const own = childrenOf(analysis, verb);
  if (own.some((c) => ['obj', 'mark'].includes(analysis[c]!.deprel) || ['WDT', 'WP'].includes(analysis[c]!.xpos))) return [...analysis];
  const subjects = own.filter((c) => analysis[c]!.deprel === 'nsubj' || analysis[c]!.deprel === 'nsubj:pass');
  // The verb holds the list's last item as its subject (a conjunct) or none (a clause hung on an item).
  if (subjects.length > 1 || (subjects.length === 1) !== (analysis[verb]!.deprel === 'conj') || subjects.some((c) => c > verb)) return [...analysis];
  const last = subjects[0];
  // The last item is the one the list's "and"/"or" opens: the conjunction stands before it, with only its own words between.
  let conjunction = last === undefined ? auxStart : last - 1;
  if (last !== undefined) {
    while (conjunction > root && analysis[conjunction]!.head === last) conjunction--;
    if (!['and', 'or'].includes(forms[conjunction]!.toLowerCase())) return [...analysis];
  } else if (!forms.slice(root + 1, auxStart).some((f) => ['and', 'or'].includes(f.toLowerCase()))) return [...analysis];
  // The list's earlier items are the root's appositions or conjuncts, with commas between; nothing else may hang there.
  const items = childrenOf(analysis, root).filter((c) => c > root && c < conjunction);
  if (items.some((c) => !['appos', 'conj', 'punct'].includes(analysis[c]!.deprel))) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  out[verb] = { ...out[verb]!, head: -1, deprel: 'root' };
  for (const c of items) if (out[c]!.deprel === 'appos') out[c] = { ...out[c]!, deprel: 'conj' };
  if (last !== undefined) {
    out[last] = { ...out[last]!, head: root, deprel: 'conj' };
    out[conjunction] = { ...out[conjunction]!, head: last, deprel: 'cc' };
  }
  out[root] = { ...out[root]!, head: verb, deprel: isRealPassive(forms, out, verb) ? 'nsubj:pass' : 'nsubj' };
  for (let k = verb + 1; k < out.length; k++) if (out[k]!.head === root) out[k] = { ...out[k]!, head: verb };
  return out;
}

/**
 * Three relations UD never builds in news, which a parser sometimes does: an adjective modifier (`amod`) of
 * a verb ("Dutch and Belgian frigates began …" with "Dutch" on "began") goes to the next noun or
 * number, and the earlier of two subjects side by side ("NATO-member Turkey rejected …" with
 * "member" and "Turkey" both subjects) describes the later one (`nmod:desc`); a vocative or a
 * compound of a finite verb without a subject is that subject.
 */
export function repairIllFormed(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  const n = analysis.length;
  for (let i = 0; i < n; i++) {
    const out = draft.read();
    const a = out[i]!;
    if (a.deprel !== 'amod' || a.head < 0 || out[a.head]!.upos !== 'VERB') continue;
    for (let j = i + 1; j < Math.min(n, i + 5); j++) {
      if (NOMINAL_HEAD.has(out[j]!.upos) && out[j]!.upos !== 'PRON') {
        if (!dominates(out, i, j)) draft.edit()[i]!.head = j;
        break;
      }
      if (out[j]!.upos === 'VERB' || out[j]!.upos === 'ADP') break;
    }
  }
  // Subjects per head, counted once: the loop below only ever takes a subject away, so a head
  // with fewer than two now never has two later, and is not searched.
  const subjectCount = new Int32Array(n);
  for (const a of draft.read()) if (a.head >= 0 && (a.deprel === 'nsubj' || a.deprel === 'nsubj:pass')) subjectCount[a.head]!++;
  for (let p = 0; p < n; p++) {
    if (subjectCount[p]! < 2) continue;
    const subjects = draft.read().map((a, k) => (a.head === p && (a.deprel === 'nsubj' || a.deprel === 'nsubj:pass') ? k : -1)).filter((k) => k >= 0);
    if (subjects.length < 2) continue;
    for (let k = 0; k + 1 < subjects.length; k++) {
      const out = draft.read();
      const first = subjects[k]!;
      const second = subjects[k + 1]!;
      // Side by side: nothing between them but the second's own modifiers and what the first
      // dominates ("The Arctic Fisheries Council (AFC) secretariat": the acronym in brackets is the first's).
      const between = out.slice(first + 1, second);
      if (between.some((w, j) => w.head !== second && !dominates(out, first, first + 1 + j)) || out[first]!.upos !== 'NOUN' && out[first]!.upos !== 'PROPN') continue;
      const word = draft.edit()[first]!;
      word.head = second;
      word.deprel = 'nmod:desc';
    }
  }
  // News addresses no one, and a verb has no compounds: a noun before a finite verb without a
  // subject, hung on it as "vocative" or "compound", is its subject ("Raiders loot and burn …",
  // "Trump set a deadline …" with the name read as a noun).
  for (let i = 0; i < n; i++) {
    const out = draft.read();
    const a = out[i]!;
    if ((a.deprel !== 'vocative' && a.deprel !== 'compound') || a.head <= i || !NOMINAL_HEAD.has(a.upos)) continue;
    const verb = out[a.head]!;
    if (verb.upos !== 'VERB' || !(['VBD', 'VBZ', 'VBP'].includes(verb.xpos) || verb.head < 0) || out.some((b) => b.head === a.head && b.deprel.startsWith('nsubj'))) continue;
    draft.edit()[i]!.deprel = 'nsubj';
  }
  return draft.read();
}

/** Whether word `k` is a "by" agent: `obl:agent`, or an oblique whose phrase opens with "by" (as a parser often leaves it). */
function isByAgent(forms: readonly string[], analysis: readonly WordAnalysis[], k: number): boolean {
  const a = analysis[k]!;
  return a.deprel === 'obl:agent' || (a.deprel.startsWith('obl') && analysis.some((m, c) => m.head === k && m.deprel === 'case' && forms[c]!.toLowerCase() === 'by'));
}

function dominates(analysis: readonly WordAnalysis[], top: number, i: number): boolean {
  for (let at = i, steps = 0; at >= 0 && steps < analysis.length; at = analysis[at]!.head, steps++) if (at === top) return true;
  return false;
}

/** Prepositions of time and circumstance: a phrase they head tells when or why an act happened. */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['after', 'before', 'following', 'amid', 'despite', 'during', 'until', 'since']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * Time and circumstance phrases after an object belong to the verb: "freed 17 prisoners on
 * Tuesday after US mediation" tells when and why the prisoners were freed, not which prisoners.
 * A greedy parser sometimes hangs them on the object (or on each other); UD itself allows `obl`
 * only under predicates. A phrase headed by one of these prepositions hanging on a noun as
 * `nmod`, and any `obl` hanging on a noun, is re-attached as `obl` to the verb that governs the
 * noun, when there is one and the move keeps the tree a tree.
 */
export function repairCircumstanceAttachment(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  const caseOf = (i: number) => draft.read().findIndex((a, k) => a.head === i && a.deprel === 'case' && k < i);
  for (let i = 0; i < analysis.length; i++) {
    const out = draft.read();
    const a = out[i]!;
    if (a.head < 0 || !NOUNS.has(out[a.head]!.upos)) continue;
    const marker = caseOf(i);
    const circumstance = a.deprel === 'nmod' && marker >= 0 && CIRCUMSTANCE_PREPOSITIONS.has(forms[marker]!.toLowerCase());
    if (!circumstance && a.deprel !== 'obl') continue;
    // The verb governing the noun, through nominal links only ("prisoners" ← obj ← "freed").
    let verb = a.head;
    for (let steps = 0; verb >= 0 && out[verb]!.upos !== 'VERB' && ['obj', 'obl', 'nmod', 'iobj', 'nsubj', 'nsubj:pass'].includes(out[verb]!.deprel) && steps < out.length; steps++) verb = out[verb]!.head;
    if (verb < 0 || out[verb]!.upos !== 'VERB' || dominates(out, i, verb)) continue;
    draft.edit()[i] = { ...a, head: verb, deprel: 'obl' };
  }
  return draft.read();
}

/**
 * "In May, the Lion Brigade, a small river militia, overran the base", "On Friday the town's mayor, Ann Lee, accused …":
 * a parser may hang the noun phrase after a fronted time or place phrase on that phrase's noun (as an apposition or
 * modifier) when an apposition of its own, set off by commas, stands between it and the verb — or when no comma closes
 * the fronted phrase but the noun phrase opens with its own determiner or possessor. The finite verb right after the
 * phrase (and its closing comma) is then left without a subject (repairFrontedPhraseSubject covers a noun standing
 * right before the verb). The phrase's head, when the phrase runs from that boundary to the verb, is the verb's subject.
 * A relative clause set off by commas describes it as well ("On Tuesday, police, who had sealed the road, arrested …").
 * A "VB" or "VBN" form counts as finite only as the clause's root with no auxiliary or marker (the tagger reads
 * "overran", and "arrested" after a relative clause, so).
 */
export function repairFrontedAppositiveSubject(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 3; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB') continue;
    const finite = ['VBD', 'VBZ', 'VBP'].includes(verb.xpos)
      || (['VB', 'VBN'].includes(verb.xpos) && verb.deprel === 'root' && !out.some((a) => a.head === v && ['aux', 'aux:pass', 'mark'].includes(a.deprel)));
    if (!finite || out.some((a) => a.head === v && SUBJECT_RELATIONS.has(a.deprel))) continue;
    const end = forms[v - 1] === ',' ? v - 2 : v - 1;
    // The fronted phrase: an oblique of the verb told before it.
    for (let h = 0; h < end; h++) {
      if (out[h]!.head !== v || !out[h]!.deprel.startsWith('obl')) continue;
      let subject = -1;
      for (let n = h + 1; n <= end && subject < 0; n++) {
        const at = out[n]!;
        if (!NOUNS.has(at.upos) || !['appos', 'nmod', 'conj', 'compound'].includes(at.deprel) || at.head < h || at.head >= n || !dominates(out, h, at.head)) continue;
        let first = n;
        for (let k = n - 1; k > h && dominates(out, n, k); k--) first = k;
        // A comma the parse hung on the noun opens its phrase from outside.
        while (forms[first] === ',' && first < n) first++;
        let last = n;
        for (let k = n + 1; k < v && dominates(out, n, k); k++) last = k;
        if (last !== end) continue;
        // Only the noun's own words between its opening and the verb, and a boundary before it: a comma, or a determiner
        // or possessor opening a phrase of its own right after the fronted phrase's words.
        const bounded = forms[first - 1] === ',' || PHRASE_OPENERS.has(out[first]!.deprel);
        // It must be described by an apposition of its own, or follow the fronted phrase with no comma (repairFrontedPhraseSubject
        // takes the plain noun after a comma).
        const described = out.some((a, k) => a.head === n && k > n && (a.deprel === 'appos' || a.deprel === 'acl:relcl') && forms.slice(n + 1, k).includes(','));
        if (bounded && (described || forms[first - 1] !== ',')) subject = n;
      }
      if (subject < 0) continue;
      const edited = draft.edit();
      edited[subject] = { ...edited[subject]!, head: v, deprel: 'nsubj' };
      // The closing comma belongs to the clause now.
      if (forms[v - 1] === ',' && !dominates(edited, subject, v - 1)) edited[v - 1] = { ...edited[v - 1]!, head: v };
      break;
    }
  }
  return draft.read();
}

/** Words that are prepositions before a noun and subordinators before a clause (a subset of CLAUSE_SUBORDINATORS). */
const PREPOSITION_SUBORDINATORS = new Set(['before', 'after', 'until', 'since', 'once']);
const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl']);

/**
 * "Shortly after midnight, Kenyan troops shelled the camp": after a fronted phrase closed by a
 * comma, a parser may hang the noun phrase that follows on the phrase's noun ("midnight … troops"),
 * leaving the finite verb right after it without a subject. A noun standing right before such a
 * verb (its own modifiers between them), attached across the comma to an earlier noun, is the
 * verb's subject.
 */
export function repairFrontedPhraseSubject(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 3; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(verb.xpos)) continue;
    if (out.some((a) => a.head === v && SUBJECT_RELATIONS.has(a.deprel))) continue;
    const noun = v - 1;
    const at = out[noun]!;
    if (!NOUNS.has(at.upos) || at.head < 0 || at.head >= noun || !['nmod', 'appos', 'conj', 'obl', 'compound'].includes(at.deprel)) continue;
    // The comma closing the fronted phrase stands between the noun and what it hangs on, and only
    // the noun's own words stand between that comma and the verb.
    const comma = forms.lastIndexOf(',', noun - 1);
    if (comma <= at.head || dominates(out, noun, v)) continue;
    let own = true;
    for (let k = comma + 1; k < noun; k++) if (!dominates(out, noun, k)) own = false;
    if (!own) {
      // "Under a deal brokered by Egypt, Israel and Hamas agreed …": a coordinated subject read as more conjuncts of the
      // phrase's last noun ("Egypt, Israel and Hamas"). When the words between the comma and the verb are conjuncts of
      // that noun (with their own words and the conjunction), the first is the subject and the others its conjuncts.
      const opener = comma + 1;
      const sibling = (k: number) => out[k]!.head === at.head && out[k]!.deprel === 'conj';
      if (at.deprel !== 'conj' || !NOUNS.has(out[opener]!.upos) || !sibling(opener)) continue;
      const conjuncts: number[] = [];
      for (let k = opener; k < v; k++) if (sibling(k)) conjuncts.push(k);
      let coordinated = true;
      for (let k = opener; k < v; k++) if (!conjuncts.some((c) => c === k || dominates(out, c, k))) coordinated = false;
      // A conjunction must join them: "…, Israel and Hamas" (a list of brokers with no subject after it is left alone).
      if (!coordinated || conjuncts.length < 2 || !conjuncts.some((c) => out.some((a, k) => a.head === c && a.deprel === 'cc' && k > opener))) continue;
      const edited = draft.edit();
      edited[opener] = { ...edited[opener]!, head: v, deprel: 'nsubj' };
      for (const c of conjuncts.slice(1)) edited[c] = { ...edited[c]!, head: opener };
      if (edited[comma]!.head === at.head || dominates(out, at.head, comma)) edited[comma] = { ...edited[comma]!, head: v };
      continue;
    }
    const edited = draft.edit();
    edited[noun] = { ...at, head: v, deprel: 'nsubj' };
    // The comma belongs to the clause now, not to the fronted phrase's noun.
    if (edited[comma]!.head === at.head) edited[comma] = { ...edited[comma]!, head: v };
  }
  return draft.read();
}

/**
 * "On Thursday, Kenyan and Ugandan troops began a joint patrol", "On Monday, Ruto and Kagame spoke by telephone": after
 * a fronted time phrase closed by a comma, a parser may read the coordinated subject that follows as more conjuncts of
 * the time noun ("Thursday, Kenyan and … troops"), leaving the finite verb after it with no subject, so the act loses
 * its doers. A day is never coordinated with a people: when the words between that comma and a finite verb with no
 * subject are one phrase, opened by a conjunct of a time noun (time-nouns.json) told before the comma, that phrase is
 * the verb's subject (of a passive when "be" marks it), its later conjuncts its own.
 */
export function repairFrontedTimeConjunct(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 3; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB') continue;
    const auxiliaries = out.filter((a) => a.head === v && (a.deprel === 'aux' || a.deprel === 'aux:pass'));
    if (!['VBD', 'VBZ', 'VBP'].includes(verb.xpos) && auxiliaries.length === 0) continue;
    if (out.some((a) => a.head === v && SUBJECT_RELATIONS.has(a.deprel))) continue;
    const comma = forms.lastIndexOf(',', v - 1);
    const opener = comma + 1;
    if (comma < 1 || opener >= v || out[opener]!.deprel !== 'conj' || !(NOUNS.has(out[opener]!.upos) || out[opener]!.upos === 'ADJ')) continue;
    const time = out[opener]!.head;
    if (time < 0 || time >= comma || !timeWords().nouns.has(forms[time]!.toLowerCase())) continue;
    // The phrase between the comma and the verb (its auxiliaries aside) is the conjunct's own.
    let own = true;
    for (let k = opener + 1; k < v; k++) if (!dominates(out, opener, k) && !auxiliaries.includes(out[k]!)) own = false;
    if (!own) continue;
    const edited = draft.edit();
    const passive = auxiliaries.some((a) => a.deprel === 'aux:pass');
    edited[opener] = { ...edited[opener]!, head: v, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    // The comma closes the time phrase, now the verb's.
    if (edited[comma]!.head === opener || edited[comma]!.head === time) edited[comma] = { ...edited[comma]!, head: v };
  }
  return draft.read();
}

/**
 * "… were killed last month before a ceasefire ended the clashes": "before", "after", "until",
 * "since" open a clause as often as a phrase, and a parser that reads "before a ceasefire" as a
 * phrase leaves the next finite verb without a subject. When a finite verb has no subject and the
 * words right before it are a noun phrase opened by one of these words, the noun is the verb's
 * subject and the word its marker. The clause then starts at the marker: what hung on its verb
 * before that point ("last month") goes back to the verb the clause modifies.
 */
export function repairSubordinateClause(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(repairParticipleBeforeSubordinator(forms, analysis));
  for (let v = 2; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(verb.xpos)) continue;
    if (out.some((a) => a.head === v && SUBJECT_RELATIONS.has(a.deprel))) continue;
    // The noun right before the verb, with everything between them its own modifiers; or the noun
    // that word modifies through "of" ("after a crowd of several hundred people blocked …": "crowd").
    // A phrase of time the parse hung on the verb may stand between them ("after soldiers on Wednesday seized …").
    const timeStart = timePhraseStart(forms, out, v);
    let noun = timeStart - 1;
    if (noun < 1) continue;
    if (!NOUNS.has(out[noun]!.upos) && out[noun]!.upos !== 'PRON') continue;
    while (out[noun]!.deprel === 'nmod' && out[noun]!.head >= 0 && out[noun]!.head < noun && NOUNS.has(out[out[noun]!.head]!.upos)
      && out.some((a, k) => k < noun && a.head === noun && a.deprel === 'case' && forms[k]!.toLowerCase() === 'of')) noun = out[noun]!.head;
    // A name's last word or a later conjunct stands for the whole phrase, which the marker hangs on by its first word
    // ("after Presidents Ana Ruiz and Omar Diallo held talks": "Diallo" a part of "Omar", "Omar" a conjunct of "Ana").
    while (NAME_PARTS.has(out[noun]!.deprel) || out[noun]!.deprel === 'conj') {
      const head = out[noun]!.head;
      if (head < 0 || head >= noun || !NOUNS.has(out[head]!.upos)) break;
      noun = head;
    }
    const marker = out.findIndex((a, k) => k < noun && a.head === noun && a.deprel === 'case' && PREPOSITION_SUBORDINATORS.has(forms[k]!.toLowerCase()));
    if (marker < 0 || dominates(out, noun, v)) continue;
    // Everything between the marker and the verb must be the noun's own ("before a US-brokered ceasefire"), or the time phrase.
    let own = true;
    for (let k = marker + 1; k < v; k++) if (k !== noun && !dominates(out, noun, k) && k < timeStart) own = false;
    if (!own) continue;
    const edited = draft.edit();
    edited[noun] = { ...edited[noun]!, head: v, deprel: 'nsubj' };
    edited[marker] = { ...edited[marker]!, head: v, deprel: 'mark', upos: 'SCONJ', xpos: 'IN' };
    // The verb keeps its attachment (an adverbial clause of the verb outside it); what hung on it
    // from before the marker is outside the clause and goes to that outer verb. A verb read as a
    // conjunct of the verb before the marker with no conjunction of its own is that verb's adverbial clause.
    if (verb.deprel === 'conj' && verb.head >= 0 && verb.head < marker && !out.some((a) => a.head === v && a.deprel === 'cc')) edited[v] = { ...edited[v]!, deprel: 'advcl' };
    const outside = verb.head;
    for (let k = 0; k < marker; k++) {
      const a = edited[k]!;
      if (a.head === v && a.deprel !== 'punct' && outside >= 0 && !dominates(edited, k, outside)) edited[k] = { ...a, head: outside };
    }
  }
  return repairRelativeReadForClause(forms, repairClauseReadAsModifier(forms, draft.read()));
}

/**
 * Where a phrase of time ends right before verb `v` and hangs on it ("soldiers on Wednesday seized", "troops last week
 * shelled"), the first token of that phrase; else `v`. A phrase of time is one headed by a noun of time
 * (resources/syntax/time-nouns.json, weekdays and months among them) with nothing in it but its own words.
 */
function timePhraseStart(forms: readonly string[], out: readonly WordAnalysis[], v: number): number {
  const last = v - 1;
  if (last < 0) return v;
  let head = last;
  while (head >= 0 && out[head]!.head !== v && out[head]!.head > head && out[head]!.head < v) head = out[head]!.head;
  if (head < 0 || out[head]!.head !== v || !timeWords().nouns.has(forms[head]!.toLowerCase())) return v;
  let start = head;
  while (start > 0 && dominates(out, head, start - 1)) start--;
  for (let k = start; k < v; k++) if (k !== head && !dominates(out, head, k)) return v;
  return start;
}

/**
 * "Police fired tear gas after a crowd of students blocked the highway": with a finite verb
 * later in the sentence the parser may read "Police fired tear gas" as a noun with a reduced
 * relative ("police [who were] fired") and make the noun the subject of "blocked". A participle
 * read so that takes a direct object of its own is no passive; when a subordinator ("after",
 * "before", …) stands between it and the verb whose subject its noun became, it is the clause's
 * past-tense verb: the noun is its subject, it takes the noun's place in the tree, and the later
 * verb, now without a subject, is left for repairSubordinateClause to read as the "after" clause.
 */
function repairParticipleBeforeSubordinator(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let p = 1; p < analysis.length; p++) {
    const out = draft.read();
    const participle = out[p]!;
    if (participle.upos !== 'VERB' || participle.xpos !== 'VBN' || participle.deprel !== 'acl' || participle.head !== p - 1) continue;
    const noun = p - 1;
    if (!NOUNS.has(out[noun]!.upos) || out[noun]!.deprel !== 'nsubj') continue;
    const verb = out[noun]!.head;
    if (verb <= p || out[verb]!.upos !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(out[verb]!.xpos)) continue;
    if (!out.some((a, k) => a.head === p && a.deprel === 'obj' && k > p && k < verb)) continue;
    if (!forms.slice(p + 1, verb).some((f) => PREPOSITION_SUBORDINATORS.has(f.toLowerCase()))) continue;
    const edited = draft.edit();
    edited[p] = { ...participle, xpos: 'VBD', head: out[verb]!.head, deprel: out[verb]!.deprel };
    edited[noun] = { ...edited[noun]!, head: p, deprel: 'nsubj' };
    edited[verb] = { ...edited[verb]!, head: p, deprel: 'advcl' };
  }
  return draft.read();
}

/**
 * "… died after police opened fire": the parser may read "after police opened fire" as a phrase,
 * "fire" its noun and "police opened" a modifier of it. A finite verb hung as a modifier on the
 * noun after it, with a subordinator before it on that noun and only its own words in between, is
 * the clause: the subordinator marks the verb, the noun is its object, and the clause hangs where
 * the phrase did.
 */
function repairClauseReadAsModifier(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 1; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    // A participle tag too ("opened" read as VBN): the subject it has decides.
    if (verb.upos !== 'VERB' || !['VBD', 'VBZ', 'VBP', 'VBN'].includes(verb.xpos) || verb.deprel !== 'amod') continue;
    const noun = verb.head;
    if (noun <= v || !NOUNS.has(out[noun]!.upos)) continue;
    const marker = out.findIndex((a, k) => k < v && a.head === noun && a.deprel === 'case' && PREPOSITION_SUBORDINATORS.has(forms[k]!.toLowerCase()));
    if (marker < 0) continue;
    // The words between the marker and the verb are the verb's own (its subject), and one of them is a noun.
    let own = true;
    for (let k = marker + 1; k < v; k++) if (!dominates(out, v, k)) own = false;
    const subject = out.findIndex((a, k) => k > marker && k < v && a.head === v && (NOUNS.has(a.upos) || a.upos === 'PRON') && SUBJECT_RELATIONS.has(a.deprel));
    if (!own || subject < 0) continue;
    const edited = draft.edit();
    edited[v] = { ...verb, head: edited[noun]!.head, deprel: 'advcl', xpos: verb.xpos === 'VBN' ? 'VBD' : verb.xpos };
    edited[marker] = { ...edited[marker]!, head: v, deprel: 'mark', upos: 'SCONJ', xpos: 'IN' };
    edited[noun] = { ...edited[noun]!, head: v, deprel: 'obj' };
    edited[subject] = { ...edited[subject]!, deprel: 'nsubj' };
  }
  return draft.read();
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/** Words that open a relative clause: with none of them, a relative clause needs a subject of its own ("the man [we saw]"). */
const RELATIVIZERS = new Set([...RELATIVE_PRONOUNS, 'that', 'where', 'when', 'why']);

/**
 * "… set fire to a police station after a trader was shot dead": the parser may read "after a trader" as a phrase and
 * "was shot dead" as a relative clause on "trader". A relative clause with neither a relative word nor a subject of its
 * own cannot carry a finite auxiliary ("the trader [was shot]" is no noun phrase), so when such a clause hangs on a
 * noun opened by a word that also opens clauses (after, before, until, since, once), the noun is the clause's subject, the
 * word its marker, and the clause tells when the verb above the phrase happened.
 */
function repairRelativeReadForClause(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 2; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB' || verb.deprel !== 'acl:relcl') continue;
    const noun = verb.head;
    if (noun < 0 || noun >= v || !NOUNS.has(out[noun]!.upos)) continue;
    const kids = childrenOf(out, v);
    if (kids.some((k) => SUBJECT_RELATIONS.has(out[k]!.deprel) || RELATIVIZERS.has(forms[k]!.toLowerCase()))) continue;
    // A finite auxiliary right after the noun's phrase: "was", "were", "had", "has".
    const auxiliary = kids.find((k) => k > noun && k < v && (out[k]!.deprel === 'aux' || out[k]!.deprel === 'aux:pass') && ['VBD', 'VBZ', 'VBP'].includes(out[k]!.xpos));
    if (auxiliary === undefined) continue;
    const marker = out.findIndex((a, k) => k < noun && a.head === noun && a.deprel === 'case' && PREPOSITION_SUBORDINATORS.has(forms[k]!.toLowerCase()));
    if (marker < 0) continue;
    // The phrase hangs on a verb, or on a noun inside the verb's clause: the clause goes to that verb.
    let outer = out[noun]!.head;
    while (outer >= 0 && out[outer]!.upos !== 'VERB') outer = out[outer]!.head;
    if (outer < 0) continue;
    const passive = kids.some((k) => out[k]!.deprel === 'aux:pass');
    const edited = draft.edit();
    edited[v] = { ...verb, head: outer, deprel: 'advcl' };
    edited[noun] = { ...edited[noun]!, head: v, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    edited[marker] = { ...edited[marker]!, head: v, deprel: 'mark', upos: 'SCONJ', xpos: 'IN' };
  }
  return draft.read();
}

/**
 * "Iran, which seized the tanker in 2019, released its crew on Tuesday": a parser can take the
 * relative clause's verb for the sentence's main verb, leave "Iran" dangling, and make the real
 * main verb a conjunct of it. When the root has a relative pronoun as subject right after a comma,
 * and a later conjunct or side clause without a subject of its own, that later verb is the root,
 * the noun before the comma its subject, and the relative clause hangs on the noun.
 */
export function repairRelativeClauseRoot(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 3 || analysis[root]!.upos !== 'VERB') return [...analysis];
  const children = (i: number) => childrenOf(analysis, i);
  // The relative clause's subject: the pronoun, or a phrase holding it right after the comma ("The dockers, most of whom
  // earn …, walked out", "The farmers, whose land was seized, blocked …"), which a parser reads the same way.
  // (The parser may hang the noun before the comma on that phrase: "dockers" described by "most".)
  const opening = (k: number) => {
    let comma = k - 1;
    while (comma >= 0 && forms[comma] !== ',') comma--;
    return comma + 1;
  };
  const holdsPronoun = (k: number) => {
    const from = opening(k);
    return forms.slice(from, root).some((f, j) => RELATIVE_PRONOUNS.has(f.toLowerCase()) && dominates(analysis, k, from + j));
  };
  const subject = children(root).find((k) => k < root && analysis[k]!.deprel.startsWith('nsubj') && (RELATIVE_PRONOUNS.has(forms[k]!.toLowerCase()) || holdsPronoun(k)));
  const pronoun = subject === undefined ? undefined : RELATIVE_PRONOUNS.has(forms[subject]!.toLowerCase()) ? subject : opening(subject);
  if (pronoun === undefined || forms[pronoun - 1] !== ',') return [...analysis];
  const noun = pronoun - 2;
  // "The interim executive, which …": a noun the tagger read as an adjective is still one where the parser made it
  // the subject of the same verb as the pronoun.
  const subjectWord = noun >= 0 && analysis[noun]!.upos === 'ADJ' && analysis[noun]!.head === root && analysis[noun]!.deprel.startsWith('nsubj');
  if (noun < 0 || !NOUNS.has(analysis[noun]!.upos) && analysis[noun]!.upos !== 'PRON' && !subjectWord) return [...analysis];
  const main = children(root).find((k) => k > root && analysis[k]!.upos === 'VERB' && ['conj', 'parataxis'].includes(analysis[k]!.deprel) &&
    !children(k).some((c) => SUBJECT_RELATIONS.has(analysis[c]!.deprel)) && forms.slice(root, k).includes(','))
    // "Iran, which backs the rebels, also called for restraint": or a verb hung as a clause (a relative one with no pronoun)
    // on the relative clause's object, right after the comma that closes that clause (an adverb between), with no subject,
    // marker, passive or "by" agent of its own (", formed by decree" describes the object).
    ?? analysis.map((_, k) => k).find((k) => k > root && analysis[k]!.upos === 'VERB' && analysis[k]!.deprel.startsWith('acl') && analysis[k]!.head !== root
      && dominates(analysis, root, k) && (forms[k - 1] === ',' || (forms[k - 2] === ',' && analysis[k - 1]!.deprel === 'advmod' && analysis[k - 1]!.head === k))
      && !children(k).some((c) => SUBJECT_RELATIONS.has(analysis[c]!.deprel) || ['mark', 'aux:pass'].includes(analysis[c]!.deprel) || isByAgent(forms, analysis, c)));
  if (main === undefined) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  // The comma that closes the relative clause: the last one before the main verb.
  let closing = main - 1;
  while (closing > root && forms[closing] !== ',') closing--;
  for (const k of children(root)) if (k >= closing && k !== main) out[k]!.head = main;
  // Whatever else hung on the old root from before the pronoun's comma belongs to the main clause.
  for (const k of children(root)) if (k < pronoun - 1 && k !== noun && !dominates(analysis, noun, k)) out[k]!.head = main;
  const passive = children(main).some((c) => analysis[c]!.deprel === 'aux:pass');
  out[main] = { ...out[main]!, head: -1, deprel: 'root' };
  out[noun] = { ...out[noun]!, head: main, deprel: passive ? 'nsubj:pass' : 'nsubj' };
  out[root] = { ...out[root]!, head: noun, deprel: 'acl:relcl' };
  out[pronoun - 1] = { ...out[pronoun - 1]!, head: root, deprel: 'punct' };
  return out;
}

/**
 * "vetoed a draft resolution at the Security Council, which condemned …": a noun in a prepositional phrase told after
 * the object of its verb (hung on the verb or on the object) is seldom what "which" describes — the object is the
 * likelier antecedent, and the parse cannot tell which, so the clause is left as the parser read it. "fled to Argentina,
 * which …" (no object before it) keeps the repair, and so does an "of" phrase on the object.
 */
function afterObjectInPhrase(forms: readonly string[], out: readonly WordAnalysis[], noun: number): boolean {
  // An "of" phrase names the object's owner or whole ("raided the offices of the Commission, which denounced …"): the
  // named body is what the clause describes, so the repair stands.
  const cases = childrenOf(out, noun).filter((k) => out[k]!.deprel === 'case');
  if (cases.length === 0 || cases.some((k) => forms[k]!.toLowerCase() === 'of')) return false;
  let verb = out[noun]!.head;
  for (let depth = 0; verb >= 0 && depth < 20 && NOUNS.has(out[verb]!.upos); depth++) verb = out[verb]!.head;
  if (verb < 0 || out[verb]!.upos !== 'VERB') return false;
  return childrenOf(out, verb).some((k) => k < noun && out[k]!.deprel === 'obj');
}

/** Relations a relative clause's verb is misread with when the parser hangs it on the verb before it instead of its noun. */
const RELATIVE_MISREAD_AS = new Set(['conj', 'parataxis', 'ccomp', 'advcl']);

/**
 * "The opposition leader fled to Argentina, which granted him asylum", "Officials thanked China, which delivered aid":
 * a parser can hang a relative clause after a comma on the verb before it (a conjunct or a side clause), its pronoun
 * the subject, so the clause's noun is lost as its doer. "which" right after a comma after a noun opens a relative
 * clause on that noun (a question or a free relative has no comma and noun before it), so such a verb hangs on the noun
 * as a relative clause — on the head of a name the noun ends ("the Ministry of Defence, which"). Only "which": a "who"
 * clause on a person mostly tells an aim or a past of theirs ("X, who has vowed to …"), and the doer the misread parse
 * gave it, the main clause's subject, measured better on the dev sets. Not a root (repairRelativeClauseRoot).
 */
export function repairRelativeAfterComma(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 3; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB' || !RELATIVE_MISREAD_AS.has(verb.deprel) || verb.head < 0) continue;
    const pronoun = childrenOf(out, v).find((k) => k < v && forms[k]!.toLowerCase() === 'which' && SUBJECT_RELATIONS.has(out[k]!.deprel));
    if (pronoun === undefined || pronoun < 2 || forms[pronoun - 1] !== ',') continue;
    let noun = pronoun - 2;
    if (!NOUNS.has(out[noun]!.upos)) continue;
    while (NAME_PARTS.has(out[noun]!.deprel) && out[noun]!.head >= 0 && out[noun]!.head < noun && NOUNS.has(out[out[noun]!.head]!.upos)) noun = out[noun]!.head;
    // The noun must lie outside the clause, and the clause must not hold the noun's own verb (no cycle).
    if (noun === v || dominates(out, v, noun)) continue;
    if (afterObjectInPhrase(forms, out, noun)) continue;
    const edited = draft.edit();
    edited[v] = { ...verb, head: noun, deprel: 'acl:relcl' };
    edited[pronoun - 1] = { ...edited[pronoun - 1]!, head: v, deprel: 'punct' };
  }
  return draft.read();
}

/**
 * "Some 60 former miners who lost their jobs in the 2015 closures protested outside the ministry":
 * after a subject with a relative clause, a greedy parser can leave the subject as the root and hang
 * the real main verb on the relative clause's last noun as a reduced relative. When the root is a
 * noun with no subject, copula, case or auxiliary of its own, a relative clause (its pronoun the
 * subject) hangs on it, and a later past-tense verb inside that clause has no subject and no
 * auxiliary, that verb is the root and the noun its subject; what follows it and hung before it
 * (a participle adjunct, the final stop) belongs to it. A participle with a "by" agent is a
 * passive describing a noun of the clause ("who fled villages attacked by the rebels"), not that verb.
 */
export function repairVerbAfterRelative(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 0 || !NOUNS.has(analysis[root]!.upos)) return [...analysis];
  const children = (i: number) => childrenOf(analysis, i);
  if (children(root).some((c) => ['nsubj', 'nsubj:pass', 'cop', 'case', 'aux', 'aux:pass'].includes(analysis[c]!.deprel))) return [...analysis];
  const relative = children(root).find((c) => c > root && analysis[c]!.deprel === 'acl:relcl' && analysis[c]!.upos === 'VERB' &&
    children(c).some((k) => k < c && RELATIVE_PRONOUNS.has(forms[k]!.toLowerCase()) && SUBJECT_RELATIONS.has(analysis[k]!.deprel)));
  if (relative === undefined) return [...analysis];
  const verb = analysis.findIndex((a, k) => k > relative && a.upos === 'VERB' && (a.xpos === 'VBD' || a.xpos === 'VBN') && ['acl', 'advcl'].includes(a.deprel) &&
    dominates(analysis, relative, k) && !children(k).some((c) => SUBJECT_RELATIONS.has(analysis[c]!.deprel) || analysis[c]!.deprel.startsWith('aux')) &&
    // A participle with a "by" agent is a passive describing the noun before it ("fled villages
    // attacked by the rebels"), never the main verb of the noun that opens the sentence.
    !(a.xpos === 'VBN' && children(k).some((c) => isByAgent(forms, analysis, c))));
  if (verb < 0) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  for (let k = verb + 1; k < out.length; k++) {
    if (out[k]!.head >= verb || out[k]!.head === -1) continue;
    // A participle adjunct hung on a noun ("…, demanding compensation") modifies the verb it now hangs on.
    out[k] = { ...out[k]!, head: verb, deprel: out[k]!.deprel === 'acl' ? 'advcl' : out[k]!.deprel };
  }
  out[verb] = { ...out[verb]!, head: -1, deprel: 'root', xpos: 'VBD' };
  out[root] = { ...out[root]!, head: verb, deprel: 'nsubj' };
  return out;
}

/** Relations a main verb told after a relative clause gets when the parser hangs it inside that clause. */
const VERB_HUNG_IN_RELATIVE = new Set(['ccomp', 'advcl', 'acl', 'amod', 'conj', 'parataxis', 'xcomp']);

/**
 * "Witnesses said militants who stormed the village torched houses", "Militants who stormed the village torched
 * houses in Borno": the verb of a noun that a relative clause describes, told right after that clause's object, is
 * hung inside the clause (a complement whose subject is the clause's object, or a participle describing the noun
 * after it). A noun that is the object of a verb of saying or the root, with a relative clause on it (its pronoun the subject),
 * and a past form after that clause's last noun (not after a determiner, an adjective or a conjunction, no comma
 * between), with no auxiliary, mark or "by" agent of its own: that past form is the noun's verb, taking the noun's place
 * (a report's content, or the root), the noun its subject; the clause's noun it had taken as subject goes back to the
 * clause, and what follows it and hung before it is its own.
 */
export function repairVerbAfterRelativeObject(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const children = (i: number) => childrenOf(analysis, i);
  for (let r = 0; r < analysis.length; r++) {
    const rel = analysis[r]!;
    if (rel.deprel !== 'acl:relcl' || rel.upos !== 'VERB' || rel.head < 0) continue;
    const noun = rel.head;
    const nounRel = analysis[noun]!;
    // The root, or the object of a verb of saying (its content's subject): an object of any other verb keeps its
    // clause ("arrested two men who robbed a bank located near the market": "located" describes the bank).
    if (!NOUNS.has(nounRel.upos) || (nounRel.head >= 0 && (nounRel.deprel !== 'obj' || !REPORTING_FORMS.has(forms[nounRel.head]!.toLowerCase())))) continue;
    if (!children(r).some((k) => k < r && k > noun && RELATIVE_PRONOUNS.has(forms[k]!.toLowerCase()) && SUBJECT_RELATIONS.has(analysis[k]!.deprel))) continue;
    const verb = analysis.findIndex((a, k) => k > r + 1 && a.upos === 'VERB' && (a.xpos === 'VBD' || a.xpos === 'VBN') && VERB_HUNG_IN_RELATIVE.has(a.deprel) &&
      dominates(analysis, r, k) && NOUNS.has(analysis[k - 1]!.upos) &&
      !children(k).some((c) => analysis[c]!.deprel.startsWith('aux') || analysis[c]!.deprel === 'mark' || isByAgent(forms, analysis, c)));
    if (verb < 0 || forms.slice(r, verb).some((f) => f === ',' || f === ';')) continue;
    const out = analysis.map((a) => ({ ...a }));
    // The clause's noun the parser made the verb's subject is the clause's object again ("stormed the village").
    for (const c of children(verb)) if (c < verb && c > r && SUBJECT_RELATIONS.has(analysis[c]!.deprel)) out[c] = { ...out[c]!, head: r, deprel: 'obj' };
    for (let k = verb + 1; k < out.length; k++) {
      const h = out[k]!.head;
      if (h === noun || (h > noun && h < verb && h >= r)) out[k] = { ...out[k]!, head: verb, deprel: out[k]!.deprel === 'acl' ? 'advcl' : out[k]!.deprel };
    }
    out[verb] = { ...out[verb]!, head: nounRel.head, deprel: nounRel.head < 0 ? 'root' : 'ccomp', xpos: 'VBD' };
    out[noun] = { ...out[noun]!, head: verb, deprel: 'nsubj' };
    return out;
  }
  return [...analysis];
}

/**
 * "Kenyan police are mistreating refugees, a Somali aid group protested on Friday": a
 * report told after its content, with a speaker other than "officials said" that training rarely
 * shows, can leave the reporting verb without a subject and its speaker hung on the content. A
 * finite verb with no subject, right after a noun phrase that opens after a comma, takes that noun
 * as its subject, and joins the sentence's root as a side clause (UD's `parataxis` for reports).
 */
export function repairTrailingReport(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  const root = analysis.findIndex((a) => a.head < 0);
  for (let v = 3; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (v === root || verb.upos !== 'VERB' || out.some((a) => a.head === v && SUBJECT_RELATIONS.has(a.deprel))) continue;
    // A past participle ends the sentence with no object and no "by": the tagger's reduced
    // relative ("an aid group protested on Friday") read as the past tense it also is.
    const participle = verb.xpos === 'VBN' && closesSentence(out, v) && !out.some((a, k) => a.head === v && (a.deprel === 'obj' || a.deprel === 'ccomp' || forms[k] === 'by'));
    // (the reporting verb never dominates the root, so the root stays where it is)
    if (!['VBD', 'VBZ', 'VBP'].includes(verb.xpos) && !participle) continue;
    const noun = v - 1;
    if (!NOUNS.has(out[noun]!.upos) || out[noun]!.head === v) continue;
    // The noun phrase: the noun and the words before it that it dominates, back to a comma.
    let first = noun;
    while (first - 1 >= 0 && forms[first - 1] !== ',' && dominates(out, noun, first - 1)) first--;
    if (first < 2 || forms[first - 1] !== ',' || dominates(out, noun, v)) continue;
    const edited = draft.edit();
    edited[noun] = { ...edited[noun]!, head: v, deprel: 'nsubj' };
    edited[v] = { ...verb, xpos: participle ? 'VBD' : verb.xpos, head: root, deprel: 'parataxis' };
    edited[first - 1] = { ...edited[first - 1]!, head: v, deprel: 'punct' };
  }
  return draft.read();
}

/** Whether every word after `v` is under it or punctuation. */
function closesSentence(analysis: readonly WordAnalysis[], v: number): boolean {
  for (let k = v + 1; k < analysis.length; k++) if (!dominates(analysis, v, k) && analysis[k]!.upos !== 'PUNCT') return false;
  return true;
}


/**
 * "Guards have beaten the prisoners": "have" right before a past participle (adverbs between
 * allowed) is the perfect's auxiliary, never the main verb with the participle as an adjective of
 * its object. When the parse makes such a "have" a predicate and puts the participle inside its
 * phrase, the participle takes its place and its dependents, "have" hangs on it as `aux`, and the
 * noun the participle was read as describing becomes its object. "been" is left alone: in "have
 * been held" the predicate is "held".
 */
export function repairPerfectAuxiliary(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let h = 0; h < analysis.length; h++) {
    const out = draft.read();
    if (!PERFECT_AUXILIARIES.has(forms[h]!.toLowerCase()) || ['aux', 'aux:pass'].includes(out[h]!.deprel)) continue;
    let p = h + 1;
    for (let next = p; p < out.length; p = next) {
      next = out[p]!.upos === 'ADV' ? p + 1 : afterTimePhrase(forms, p);
      if (next === p) break;
    }
    // A regular past after words that part it from "have" ("has this week expelled") is tagged as a past tense: the
    // two forms are one, and after "have" it is the participle.
    const partedPast = p > h + 1 && p < out.length && out[p]!.xpos === 'VBD' && /ed$/.test(forms[p]!.toLowerCase());
    if (p >= out.length || (out[p]!.xpos !== 'VBN' && !partedPast) || forms[p]!.toLowerCase() === 'been' || !dominates(out, h, p)) continue;
    const described = out[p]!.deprel === 'amod' && out[p]!.head > p && NOUNS.has(out[out[p]!.head]!.upos) ? out[p]!.head : -1;
    const edited = draft.edit();
    for (let k = 0; k < edited.length; k++) if (k !== p && edited[k]!.head === h) edited[k]!.head = p;
    edited[p] = { ...edited[p]!, upos: 'VERB', xpos: 'VBN', head: edited[h]!.head, deprel: edited[h]!.deprel };
    edited[h] = { ...edited[h]!, upos: 'AUX', head: p, deprel: 'aux' };
    if (described >= 0 && !dominates(edited, described, p)) edited[described] = { ...edited[described]!, head: p, deprel: 'obj' };
  }
  return draft.read();
}

/** Nouns that are a time phrase alone ("has today asked"). */
const DAY_DEICTICS = new Set(['today', 'yesterday', 'tonight']);
/** Words that open a time phrase of one time noun ("has this week expelled", "had on Monday arrested"). */
const TIME_PHRASE_OPENERS = new Set(['this', 'last', 'on', 'earlier', 'late']);

/**
 * Where a time phrase starting at `p` that stands between an auxiliary and its participle ends ("has today asked",
 * "has this week expelled", "had on Monday arrested"): the index after it, or `p` when none starts there.
 */
function afterTimePhrase(forms: readonly string[], p: number): number {
  const word = forms[p]!.toLowerCase();
  if (DAY_DEICTICS.has(word)) return p + 1;
  if (TIME_PHRASE_OPENERS.has(word) && p + 1 < forms.length && timeWords().nouns.has(forms[p + 1]!.toLowerCase())) return p + 2;
  return p;
}

const AUXILIARY_RELATIONS = new Set(['aux', 'aux:pass', 'cop']);

/**
 * "Border guards arrested more than 40 smugglers on Friday, police sources said": with a report
 * after it, the sentence has its finite verb ("said"), and the tagger may read the main verb as a
 * participle, which the parser then takes for a passive with no auxiliary. A past participle
 * heading a clause with a subject and an object of its own but no passive auxiliary ("be", "get")
 * is active (a passive takes no object): its subject is `nsubj`, and with no auxiliary at all it
 * is a past tense. Without an object it is left alone: headlines write passives without "were"
 * ("Two guards killed in ambush").
 */
export function repairBarePassive(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 0; v < analysis.length; v++) {
    const out = draft.read();
    if (out[v]!.xpos !== 'VBN' || out[v]!.upos !== 'VERB' || !['root', 'parataxis', 'conj', 'ccomp', 'advcl'].includes(out[v]!.deprel)) continue;
    const children = childrenOf(out, v);
    // A passive needs "be" or "get" (aux:pass); "has suspended supplies" with "has" alone is active too.
    if (children.some((k) => out[k]!.deprel === 'aux:pass' || out[k]!.deprel === 'cop') || !children.some((k) => out[k]!.deprel === 'obj')) continue;
    const subject = children.find((k) => out[k]!.deprel === 'nsubj:pass' || out[k]!.deprel === 'nsubj');
    if (subject === undefined) continue;
    const edited = draft.edit();
    // Only a participle with no auxiliary at all was a past tense misread.
    if (!children.some((k) => AUXILIARY_RELATIONS.has(edited[k]!.deprel))) edited[v] = { ...edited[v]!, xpos: 'VBD' };
    edited[subject] = { ...edited[subject]!, deprel: 'nsubj' };
  }
  return draft.read();
}

/**
 * "The unions reject proposed pension changes": a parser can read the main verb as the
 * auxiliary of the participle after it ("reject proposed" as "are proposed"). A word that is no
 * auxiliary in English, labelled `aux` or `aux:pass` on the participle right after it, is the
 * predicate: it takes the participle's place, the participle's object becomes its own, and the
 * participle describes that object again (`amod`).
 */
export function repairVerbAsAuxiliary(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 0; v + 1 < analysis.length; v++) {
    const out = draft.read();
    const a = out[v]!;
    if ((a.deprel !== 'aux' && a.deprel !== 'aux:pass') || a.upos !== 'VERB' || AUXILIARY_WORDS.has(forms[v]!.toLowerCase()) || a.head !== v + 1) continue;
    const p = v + 1;
    if (out[p]!.xpos !== 'VBN') continue;
    const object = out.findIndex((w, k) => k > p && w.head === p && w.deprel === 'obj');
    if (object < 0) continue;
    const edited = draft.edit();
    for (let k = 0; k < edited.length; k++) {
      if (k === v || k === object || edited[k]!.head !== p) continue;
      edited[k] = { ...edited[k]!, head: v, deprel: edited[k]!.deprel === 'nsubj:pass' ? 'nsubj' : edited[k]!.deprel };
    }
    edited[v] = { ...a, head: edited[p]!.head, deprel: edited[p]!.deprel };
    edited[object] = { ...edited[object]!, head: v, deprel: 'obj' };
    edited[p] = { ...edited[p]!, head: object, deprel: 'amod' };
  }
  return draft.read();
}

/**
 * Dependents that open a noun phrase: an adjective of the noun comes after them, never before.
 * Not numbers: "full 1080 video", "the first three days" put some adjectives before them.
 */
const PHRASE_OPENERS = new Set(['det', 'nmod:poss', 'det:poss', 'det:predet']);

/**
 * "Unidentified armed men opened fire on a bus": a capitalised first word read as a name and subject makes the "-ed"
 * adjective after it the root verb, its noun the object and the real verb a participle describing that noun. A one-word
 * subject opening the sentence, an "-ed" root right after it, its object right after that, and a past form hung on the
 * object that takes an object of its own ("… men opened fire", or the past form read as an adjective of a second object) is
 * that misreading: the two words describe the noun, the
 * noun is the subject of the past form, and the past form is the sentence's verb.
 */
export function repairAdjectiveReadAsVerb(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  const out = draft.read();
  const v = 1;
  const n = 2;
  const p = 3;
  if (out.length <= p || out[v]!.deprel !== 'root' || !['VBD', 'VBN'].includes(out[v]!.xpos) || !/ed$/i.test(forms[v]!)) return out;
  if (out[0]!.head !== v || out[0]!.deprel !== 'nsubj' || out.some((a) => a.head === 0)) return out;
  if (out[n]!.head !== v || out[n]!.deprel !== 'obj' || !NOUNS.has(out[n]!.upos)) return out;
  if (!['VBD', 'VBN'].includes(out[p]!.xpos)) return out;
  // The past form on the noun with an object of its own, or read as describing a second object of the root ("armed men
  // opened fire" with "opened" an adjective of "fire"): that object is the past form's.
  const described = out.length > p + 1 && out[p]!.head === p + 1 && out[p]!.deprel === 'amod' && out[p + 1]!.head === v && out[p + 1]!.deprel === 'obj';
  if (!described && (out[p]!.head !== n || !out[p]!.deprel.startsWith('acl') || !out.some((a) => a.head === p && a.deprel === 'obj'))) return out;
  const edited = draft.edit();
  if (described) edited[p + 1] = { ...edited[p + 1]!, head: p, deprel: 'obj' };
  edited[0] = { ...edited[0]!, upos: 'ADJ', xpos: 'JJ', head: n, deprel: 'amod' };
  edited[v] = { ...edited[v]!, upos: 'ADJ', xpos: 'JJ', head: n, deprel: 'amod' };
  edited[n] = { ...edited[n]!, head: p, deprel: 'nsubj' };
  edited[p] = { ...edited[p]!, xpos: 'VBD', head: -1, deprel: 'root' };
  for (let k = 0; k < edited.length; k++) if (k !== 0 && k !== n && edited[k]!.head === v) edited[k] = { ...edited[k]!, head: p };
  return draft.read();
}

/**
 * "Gunmen shot dead the village chief", "troops set free the hostages": an adjective right after a
 * verb and before the verb's object's determiner or possessor cannot be inside that noun phrase,
 * where adjectives follow them ("the dead chief"). A parser that hangs it on the noun as `amod`
 * has missed the resultative: it says what the act left the object ("dead", "free"), UD's
 * `xcomp` of the verb.
 */
export function repairResultativeAdjective(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let j = 1; j + 1 < analysis.length; j++) {
    const out = draft.read();
    const a = out[j]!;
    if (a.upos !== 'ADJ' || a.deprel !== 'amod' || a.head <= j + 1 || out[j - 1]!.upos !== 'VERB') continue;
    const noun = a.head;
    const verb = j - 1;
    if (!dominates(out, verb, noun) || !out.some((w, k) => k > j && k < noun && w.head === noun && PHRASE_OPENERS.has(w.deprel))) continue;
    draft.edit()[j] = { ...a, head: verb, deprel: 'xcomp' };
  }
  return draft.read();
}

/** Prepositions that never open a finite clause: before a noun and a finite verb they head a phrase of the word before them. */
const PHRASE_ONLY_PREPOSITIONS = new Set(['by', 'with']);

/**
 * "Rebels backed by foreign fighters attacked the post", "Fighters armed with rifles raided the
 * bank": a parser may read the participle (or an "-ed" adjective) after the sentence's subject as
 * its verb and "by/with <noun> <verb>" as a side clause marked by the preposition, the noun its
 * subject. "by" and "with" never mark a finite clause (only a gerund: "by attacking"), so a
 * finite verb so marked is the sentence's verb: the noun right before the participle is its
 * subject, the participle describes that noun, and the preposition's noun is the participle's
 * agent ("by") or oblique ("with"). A capitalised opener the tagger read as an adverb
 * ("Gunmen armed with …") is that subject, a noun.
 */
export function repairPhraseReadAsClause(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 4; v < analysis.length; v++) {
    const out = draft.read();
    const verb = out[v]!;
    if (verb.upos !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(verb.xpos)) continue;
    const kids = out.flatMap((a, k) => (a.head === v ? [k] : []));
    const marker = kids.find((k) => k < v && out[k]!.deprel === 'mark' && PHRASE_ONLY_PREPOSITIONS.has(forms[k]!.toLowerCase()));
    const subject = kids.find((k) => k < v && out[k]!.deprel === 'nsubj' && (NOUNS.has(out[k]!.upos) || out[k]!.upos === 'NUM'));
    if (marker === undefined || subject === undefined || subject < marker) continue;
    // Only the noun's own words between the preposition and the verb.
    let own = true;
    for (let k = marker + 1; k < v; k++) if (k !== subject && !dominates(out, subject, k)) own = false;
    const p = marker - 1;
    const n = p - 1;
    if (!own || n < 0 || verb.head !== p) continue;
    const participle = out[p]!;
    if (!(participle.upos === 'VERB' && ['VBD', 'VBN'].includes(participle.xpos)) && participle.upos !== 'ADJ') continue;
    const noun = out[n]!;
    const opener = n === 0 && noun.upos === 'ADV' && /^\p{Lu}\p{Ll}+$/u.test(forms[0]!);
    if (!NOUNS.has(noun.upos) && !opener) continue;
    // The noun is the participle's head (read as its modifier) or its dependent (read as its subject).
    const top = participle.head === n ? n : noun.head === p ? p : -1;
    if (top < 0) continue;
    const edit = draft.edit();
    const topWord = edit[top]!;
    for (let k = v + 1; k < edit.length; k++) if (edit[k]!.head === top || edit[k]!.head === p) edit[k] = { ...edit[k]!, head: v };
    edit[v] = { ...verb, head: topWord.head, deprel: topWord.deprel };
    edit[n] = { ...noun, head: v, deprel: 'nsubj', ...(opener ? { upos: 'NOUN', xpos: /s$|men$/.test(forms[n]!) ? 'NNS' : 'NN' } : {}) };
    edit[p] = participle.upos === 'VERB' ? { ...participle, head: n, deprel: 'acl', xpos: 'VBN' } : { ...participle, head: n, deprel: 'amod' };
    const by = forms[marker]!.toLowerCase() === 'by';
    edit[subject] = { ...edit[subject]!, head: p, deprel: by ? 'obl:agent' : 'obl' };
    edit[marker] = { ...edit[marker]!, head: subject, deprel: 'case', upos: 'ADP' };
  }
  return draft.read();
}

/**
 * "A bomb planted by militants exploded at a bus station": a parser can take the reduced relative
 * ("planted by militants") for the main verb and hang the real one on the agent. A past form at
 * the root right after its subject, with a "by" agent, no auxiliary and no object (so no active
 * verb, and no passive either, which needs "be"), followed right after the agent's phrase by a
 * finite or past verb without a subject of its own, is the noun's participle: that next verb is
 * the root, the noun its subject, and what came after it on the old root is its own.
 */
export function repairParticipleRoot(analysis: readonly WordAnalysis[], forms?: readonly string[]): WordAnalysis[] {
  const root = analysis.findIndex((a) => a.head < 0);
  if (root < 1) return [...analysis];
  const p = analysis[root]!;
  const noun = root - 1;
  if (p.upos !== 'VERB' || !['VBD', 'VBN'].includes(p.xpos) || analysis[noun]!.head !== root || !NOUNS.has(analysis[noun]!.upos) || !analysis[noun]!.deprel.startsWith('nsubj')) return [...analysis];
  const kids = childrenOf(analysis, root);
  if (kids.some((k) => AUXILIARY_RELATIONS.has(analysis[k]!.deprel) || analysis[k]!.deprel === 'aux' || analysis[k]!.deprel === 'obj')) return [...analysis];
  // The agent: an `obl:agent`, or a bare `obl` whose phrase opens with "by" ("Villagers displaced by the floods returned
  // home": the parser, reading the participle as the root's past tense, had no passive to give an agent to).
  const byPhrase = (k: number) => analysis[k]!.deprel === 'obl' && forms !== undefined && analysis.some((a, c) => a.head === k && a.deprel === 'case' && forms[c]!.toLowerCase() === 'by');
  const agent = kids.find((k) => k > root && (analysis[k]!.deprel === 'obl:agent' || byPhrase(k)));
  if (agent === undefined) return [...analysis];
  // The first word after the agent's own phrase (the parser may have hung the verb on it).
  let w = agent + 1;
  while (w < analysis.length && analysis[w]!.upos !== 'VERB' && dominates(analysis, agent, w)) w++;
  const verb = analysis[w];
  if (!verb || verb.upos !== 'VERB' || !['VBD', 'VBN', 'VBZ', 'VBP'].includes(verb.xpos) || !dominates(analysis, root, w)) return [...analysis];
  if (analysis.some((a) => a.head === w && SUBJECT_RELATIONS.has(a.deprel)) || analysis.some((a) => a.head === w && (a.deprel === 'aux' || a.deprel === 'aux:pass'))) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  for (const k of kids) if (k > w && !dominates(analysis, w, k)) out[k]!.head = w;
  out[w] = { ...out[w]!, head: -1, deprel: 'root', xpos: verb.xpos === 'VBN' ? 'VBD' : verb.xpos };
  out[noun] = { ...out[noun]!, head: w, deprel: 'nsubj' };
  out[root] = { ...out[root]!, head: noun, deprel: 'acl', xpos: 'VBN' };
  out[agent] = { ...out[agent]!, deprel: 'obl:agent' };
  return out;
}

/** Prepositions that aim an act at someone ("fired at", "opened fire on", "a crackdown against"), never subordinators. */
const TARGET_PREPOSITIONS = new Set(['at', 'on', 'upon', 'against', 'toward', 'towards', 'into']);

/**
 * "Police fired tear gas at students protesting against the quota", "opened fire on villagers
 * fleeing the fighting": a parser may read the preposition as the marker of a gerund clause whose
 * subject is the noun ("at [students protesting]"), cutting the target off the verb and giving the
 * gerund's act the verb's subject. A gerund side clause marked by an aiming preposition, with its
 * subject the only words between the two, is a phrase: the noun hangs on the verb as an oblique
 * with the preposition as its case, and the gerund describes the noun (a reduced relative).
 */
export function repairGerundAfterPreposition(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let g = 2; g < analysis.length; g++) {
    const out = draft.read();
    const gerund = out[g]!;
    if (gerund.xpos !== 'VBG' || gerund.deprel !== 'advcl' || gerund.head < 0) continue;
    const kids = out.flatMap((w, k) => (w.head === g ? [k] : []));
    const marker = kids.find((k) => k < g && out[k]!.deprel === 'mark' && out[k]!.upos === 'ADP' && TARGET_PREPOSITIONS.has(forms[k]!.toLowerCase()));
    const subject = kids.find((k) => k < g && out[k]!.deprel === 'nsubj' && NOMINAL.has(out[k]!.upos));
    if (marker === undefined || subject === undefined || marker > subject) continue;
    // Only the subject's own words between the marker and the gerund.
    let between = true;
    for (let k = marker + 1; k < g; k++) if (k !== subject && !dominates(out, subject, k)) between = false;
    if (!between) continue;
    const words = draft.edit();
    words[subject] = { ...words[subject]!, head: gerund.head, deprel: 'obl' };
    words[marker] = { ...words[marker]!, head: subject, deprel: 'case' };
    words[g] = { ...words[g]!, head: subject, deprel: 'acl' };
  }
  return draft.read();
}

/**
 * "The rebels will not free the hostages": a word the tagger read as an adjective, with a modal
 * auxiliary, no copula and an object the parser gave it, is the bare verb. UD gives adjectives no
 * `obj`, and "will free" is "will" before an infinitive; the tag decides which events are read.
 */
export function repairModalAdjective(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const out = [...analysis];
  analysis.forEach((a, j) => {
    if (a.upos !== 'ADJ') return;
    const kids = analysis.filter((k) => k.head === j);
    if (!kids.some((k) => k.deprel === 'obj') || kids.some((k) => k.deprel === 'cop') || !kids.some((k) => k.deprel === 'aux' && k.xpos === 'MD')) return;
    out[j] = { ...a, upos: 'VERB', xpos: 'VB' };
  });
  return out;
}

let contentNouns: ReadonlySet<string> | undefined;

/** resources/syntax/content-nouns.json: nouns that take a content clause ("reports that …", "the fact that …"). */
function contentNounSet(): ReadonlySet<string> {
  contentNouns ??= new Set((JSON.parse(readFileSync(resourcePath('syntax/content-nouns.json'), 'utf8')) as { nouns: string[] }).nouns);
  return contentNouns;
}

/**
 * "The army denied reports that soldiers had killed civilians": a "that" clause right after a
 * verb's object that takes a content clause (resources/syntax/content-nouns.json: reports,
 * claims, the fact) is the noun's content (UD's `acl`), not a second complement of the verb; the
 * parser, which sees "denied that …" far more often, hangs it on the verb as `ccomp`. UD English
 * EWT's training set has no "that" clause hung on a verb right after its common-noun object, and 30
 * on the noun. Read as the verb's, the clause is what the verb says, and a denial's content is
 * lost; read as the noun's, it is the content of the report denied.
 */
export function repairContentClause(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let c = 2; c < analysis.length; c++) {
    const out = draft.read();
    const clause = out[c]!;
    if (clause.deprel !== 'ccomp' || clause.head < 0) continue;
    // The clause opens with its "that", right after the noun: nothing of the clause comes before it.
    const mark = out.findIndex((a, k) => a.head === c && a.deprel === 'mark' && forms[k]!.toLowerCase() === 'that');
    if (mark < 1 || [...out.keys()].some((k) => k < mark && dominates(out, c, k))) continue;
    const noun = mark - 1;
    const n = out[noun]!;
    if (n.upos !== 'NOUN' || n.head !== clause.head || n.deprel !== 'obj' || !contentNounSet().has(forms[noun]!.toLowerCase())) continue;
    draft.edit()[c] = { ...clause, head: noun, deprel: 'acl' };
  }
  return draft.read();
}

/** How the parse hangs a passive on the past form before it (a conjunct, a complement, a side clause). */
const PASSIVE_MISATTACHED = new Set(['conj', 'ccomp', 'xcomp', 'advcl']);

/**
 * "Two aid workers kidnapped in May were released on Friday": a past form right after its noun, read
 * as the clause's verb, leaves the real verb, a passive ("were released"), hung on it with no "and"
 * and no subject of its own. A clause does not join a passive to a verb without a conjunction: the
 * first is a reduced relative on the noun ("workers [who were] kidnapped in May") and the passive is
 * the clause's verb, with the noun as its subject. Only with no other verb between them ("workers said
 * they would keep the port shut until their wages are paid" is a report with its own clauses). The
 * first verb's dependents after the passive (", the charity said") go to it.
 */
export function repairParticipleBeforePassive(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let passive = 2; passive < analysis.length; passive++) {
    const out = draft.read();
    const p = out[passive]!;
    const first = p.head;
    // Most words end here: only a participle hung on a past form before it is looked at further.
    if (p.xpos !== 'VBN' || !PASSIVE_MISATTACHED.has(p.deprel) || first < 0 || first >= passive) continue;
    const v = out[first]!;
    if (v.upos !== 'VERB' || (v.xpos !== 'VBD' && v.xpos !== 'VBN')) continue;
    const children = out.flatMap((a, k) => (a.head === first ? [k] : []));
    const subject = children.find((k) => k < first && out[k]!.deprel === 'nsubj');
    if (subject === undefined || children.some((k) => out[k]!.deprel === 'obj' || out[k]!.deprel === 'aux' || out[k]!.deprel === 'aux:pass')) continue;
    const own = out.flatMap((a, j) => (a.head === passive ? [j] : []));
    // A finite "were"/"was" of its own: "to be released" is a complement of the first verb all the same.
    if (!own.some((j) => out[j]!.deprel === 'aux:pass' && j < passive && /^VB[DZP]$/.test(out[j]!.xpos)) || own.some((j) => /^(nsubj|cc|mark)/.test(out[j]!.deprel))) continue;
    if (out.some((a, j) => j > first && j < passive && (a.deprel === 'cc' || (a.upos === 'VERB' && !a.deprel.startsWith('aux'))))) continue;
    const edit = draft.edit();
    edit[passive] = { ...edit[passive]!, head: v.head, deprel: v.deprel };
    edit[subject] = { ...edit[subject]!, head: passive, deprel: 'nsubj:pass' };
    edit[first] = { ...edit[first]!, xpos: 'VBN', head: subject, deprel: 'acl' };
    for (const k of children) if (k > passive) edit[k] = { ...edit[k]!, head: passive };
  }
  return draft.read();
}

let timeNounLists: { nouns: ReadonlySet<string>; measures: ReadonlySet<string> } | undefined;

/**
 * resources/syntax/time-nouns.json: nouns of time a "when" relative clause can describe ("the day when …"), and
 * nouns that measure how far ahead or after ("two days ahead of", "a mile behind").
 */
function timeWords(): { nouns: ReadonlySet<string>; measures: ReadonlySet<string> } {
  if (!timeNounLists) {
    const data = JSON.parse(readFileSync(resourcePath('syntax/time-nouns.json'), 'utf8')) as { nouns: string[]; measures: string[] };
    timeNounLists = { nouns: new Set(data.nouns), measures: new Set(data.measures) };
  }
  return timeNounLists;
}

/** Adverbs that place a time or distance relative to another ("two days ahead of", "a week after"). */
const RELATIVE_PLACING_ADVERBS = new Set(['ahead', 'before', 'after', 'earlier', 'later', 'ago', 'prior', 'beforehand', 'afterwards', 'afterward']);

/**
 * "Authorities detained 30 activists ahead of the vote": EWT teaches a parser that a counted noun
 * before "ahead"/"before"/"after" measures the distance ("two days ahead of the vote"), so it hangs
 * the verb's object on the adverb and the verb loses it. A noun of that shape that is no measure of
 * time or distance, standing right after a verb with no object of its own, is that verb's object.
 */
export function repairObjectReadAsMeasure(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let i = 0; i < analysis.length; i++) {
    const out = draft.read();
    const a = out[i]!;
    if (!['obl:unmarked', 'obl:npmod', 'nmod:npmod', 'nmod:unmarked'].includes(a.deprel) || !NOUNS.has(a.upos) || a.head <= i) continue;
    if (!RELATIVE_PLACING_ADVERBS.has(forms[a.head]!.toLowerCase()) || timeWords().measures.has(forms[i]!.toLowerCase())) continue;
    const verb = out[a.head]!.head;
    if (verb < 0 || verb >= i || out[verb]!.upos !== 'VERB' || out.some((w) => w.head === verb && w.deprel === 'obj')) continue;
    // The noun's phrase starts right after the verb (only its own dependents between them).
    let start = i;
    while (start - 1 > verb && out[start - 1]!.head === i) start--;
    if (start !== verb + 1) continue;
    draft.edit()[i] = { ...a, head: verb, deprel: 'obj' };
  }
  return draft.read();
}

/**
 * "Ethiopian troops crossed into Somalia and seized a town": "and" joins like with like, so a past
 * form right after its noun that the tagger read as a participle (a reduced relative, "troops
 * [who were] crossed") while a finite past verb follows it after "and" is that verb's equal: the
 * clause's own verb, the noun its subject, the later verb its conjunct. Not with an auxiliary or a
 * "by" agent (a true passive participle: "villagers displaced by fighting and …"). When the noun was
 * made the subject of a report verb that has its own subject (", residents said"), the clause is
 * what is reported.
 */
export function repairCoordinatedParticiple(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let i = 1; i < analysis.length; i++) {
    const out = draft.read();
    const p = out[i]!;
    const noun = i - 1;
    if (p.xpos !== 'VBN' || p.deprel !== 'acl' || p.head !== noun || !NOUNS.has(out[noun]!.upos) && out[noun]!.upos !== 'PRON') continue;
    const kids = out.map((w, k) => (w.head === i ? k : -1)).filter((k) => k >= 0);
    const agent = kids.some((k) => out[k]!.deprel.startsWith('aux') || isByAgent(forms, out, k));
    if (agent) continue;
    const joinedByAnd = (w: number) => out.some((x, c) => x.head === w && x.deprel === 'cc' && c > i && c < w && ['and', 'then'].includes(forms[c]!.toLowerCase()));
    const subjectOf = out[noun]!.deprel.startsWith('nsubj') ? out[noun]!.head : -1;
    // The noun's verb comes after "and", finite past: the participle is its first conjunct.
    if (subjectOf > i && out[subjectOf]!.xpos === 'VBD' && joinedByAnd(subjectOf)) {
      const edited = draft.edit();
      const verb = subjectOf;
      edited[i] = { ...p, xpos: 'VBD', head: edited[verb]!.head, deprel: edited[verb]!.deprel };
      edited[verb] = { ...edited[verb]!, head: i, deprel: 'conj' };
      edited[noun] = { ...edited[noun]!, head: i };
      // What stood before the noun on the later verb (a fronted time phrase) is the first verb's.
      edited.forEach((w, k) => { if (w.head === verb && k < noun) edited[k] = { ...w, head: i }; });
      continue;
    }
    // The finite verb is already the participle's conjunct, and the noun the extra subject of a report.
    const conjunct = kids.find((k) => out[k]!.deprel === 'conj' && out[k]!.xpos === 'VBD' && joinedByAnd(k));
    if (conjunct === undefined || subjectOf <= i) continue;
    const otherSubject = out.some((w, k) => k !== noun && w.head === subjectOf && w.deprel.startsWith('nsubj'));
    if (!otherSubject || out[subjectOf]!.upos !== 'VERB') continue;
    const edited = draft.edit();
    edited[i] = { ...p, xpos: 'VBD', head: subjectOf, deprel: 'ccomp' };
    edited[noun] = { ...edited[noun]!, head: i };
  }
  return draft.read();
}

/**
 * An open complement (`xcomp`) takes its subject from its governor, so it has no subject and no
 * subordinator of its own: one with both ("Protesters set fire to a station [after a man died in
 * custody]", often left so once repairSubordinateClause has given the clause its marker) is an
 * adverbial clause, and the governor's future or intent ("set to …") does not reach it.
 */
export function repairOpenComplementWithSubject(analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  const subjects = new Set<number>();
  const marks = new Set<number>();
  analysis.forEach((a) => {
    if (a.deprel === 'nsubj' || a.deprel === 'nsubj:pass') subjects.add(a.head);
    // "to" (PART) marks an infinitive, which an open complement may have.
    else if (a.deprel === 'mark' && a.upos !== 'PART') marks.add(a.head);
  });
  analysis.forEach((a, i) => {
    if (a.deprel === 'xcomp' && a.upos === 'VERB' && subjects.has(i) && marks.has(i)) draft.edit()[i]!.deprel = 'advcl';
  });
  return draft.read();
}


/**
 * "Soldiers killed 12 people in Tamale when they fired on a crowd": a parser may hang the "when"
 * clause on the object as a relative clause. A relative "when" describes only a noun of time ("the
 * day when …", resources/syntax/time-nouns.json); on any other noun the clause opened by "when" tells
 * when the verb governing that noun happened (UD's `advcl` of the verb).
 */
export function repairWhenClauseOnNoun(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let c = 2; c < analysis.length; c++) {
    const out = draft.read();
    const clause = out[c]!;
    if (clause.upos !== 'VERB' || !clause.deprel.startsWith('acl') || clause.head < 0) continue;
    // The clause opens with its "when": nothing of the clause comes before it.
    const when = out.findIndex((a, k) => a.head === c && (a.deprel === 'advmod' || a.deprel === 'mark') && forms[k]!.toLowerCase() === 'when');
    if (when < 0 || [...out.keys()].some((k) => k < when && dominates(out, c, k))) continue;
    const noun = clause.head;
    if (!NOUNS.has(out[noun]!.upos) || timeWords().nouns.has(forms[noun]!.toLowerCase())) continue;
    // The predicate that governs the noun (a verb, or an adjective: "were wounded" read as one), through the noun's own phrase.
    let verb = out[noun]!.head;
    while (verb >= 0 && out[verb]!.upos !== 'VERB' && out[verb]!.upos !== 'ADJ') verb = out[verb]!.head;
    if (verb < 0) continue;
    const edit = draft.edit();
    edit[c] = { ...clause, head: verb, deprel: 'advcl' };
    edit[when] = { ...edit[when]!, deprel: 'mark' };
  }
  return draft.read();
}

/** Count words that stand for a number of people on their own ("dozens injured", "scores", "several others"). */
const COUNT_WORDS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'several', 'many', 'others', 'more', 'some', 'few', 'tens', 'one', 'none', 'both']);

/** "be" or "get" marks the verb as a real passive (a misparse may label another verb so: "These included 2 killed"). */
function isRealPassive(forms: readonly string[], analysis: readonly WordAnalysis[], verb: number): boolean {
  return analysis.some((a, k) => a.head === verb && a.deprel === 'aux:pass' && PASSIVE_AUXILIARIES.has(forms[k]!.toLowerCase()));
}

/** A number, a count word, or a noun counted by one ("12", "dozens", "30 others", "several more"). */
function isCount(forms: readonly string[], analysis: readonly WordAnalysis[], word: number): boolean {
  return analysis[word]!.upos === 'NUM' || COUNT_WORDS.has(forms[word]!.toLowerCase())
    || analysis.some((a, k) => a.head === word && (a.deprel === 'nummod' || (a.deprel === 'amod' && COUNT_WORDS.has(forms[k]!.toLowerCase()))));
}

/**
 * "At least 13 people were killed and 30 wounded when …": the parser may make the count itself the passive's
 * conjunct and hang the gapped participle after it on the passive verb (as an open complement, an orphan) or on the
 * count, so the "when" clause then tells how the wounding happened and the toll splits in two. The gapped clause's
 * shape is restored — the participle the conjunct, the count its subject, the "and" its own — for the gapped passive
 * repair below to read it.
 */
function countReadAsConjunct(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let n = 0; n < analysis.length; n++) {
    const out = draft.read();
    const count = out[n]!;
    if (count.deprel !== 'conj' || count.head < 0 || count.head > n || !NOMINAL.has(count.upos)) continue;
    if (!isRealPassive(forms, out, count.head) || !isCount(forms, out, n)) continue;
    // The participle comes right after the count's own phrase ("30 others wounded", "dozens more injured").
    let p = n + 1;
    while (p < out.length && out[p]!.head === n && out[p]!.deprel !== 'cc') p++;
    while (p < out.length && out[p]!.deprel === 'advmod' && forms[p]!.toLowerCase() === 'more') p++;
    const participle = out[p];
    if (!participle || (participle.xpos !== 'VBD' && participle.xpos !== 'VBN') || (participle.head !== count.head && participle.head !== n)) continue;
    if (out.some((a) => a.head === p && a.deprel === 'obj')) continue;
    const edit = draft.edit();
    edit[p] = { ...participle, upos: 'VERB', xpos: 'VBN', head: count.head, deprel: 'conj' };
    edit[n] = { ...count, head: p, deprel: 'nsubj' };
    edit.forEach((a, k) => {
      if (a.head === n && k < n && a.deprel === 'cc') edit[k] = { ...a, head: p };
    });
  }
  return draft.read();
}


/**
 * "At least 14 people were killed and dozens injured": a toll's second clause leaves out its "were" (gapping), and the
 * parser reads it as active, "dozens" the ones who injured. A conjunct of a passive verb, with no auxiliary and no object
 * of its own, whose subject is a count (a number, a counted noun, "dozens", "several others"), is a passive too: its
 * subject the ones it was done to. A subject that is not a count stays as it is ("… were killed and the attackers fled").
 */
export function repairGappedPassive(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(countReadAsConjunct(forms, analysis));
  for (let v = 0; v < analysis.length; v++) {
    const out = draft.read();
    const w = out[v]!;
    if (w.deprel !== 'conj' || w.head < 0 || w.head > v || (w.xpos !== 'VBD' && w.xpos !== 'VBN')) continue;
    if (!isRealPassive(forms, out, w.head)) continue;
    const kids = childrenOf(out, v);
    if (kids.some((k) => AUXILIARY_RELATIONS.has(out[k]!.deprel) || out[k]!.deprel === 'obj' || out[k]!.deprel === 'cop')) continue;
    const subject = kids.find((k) => out[k]!.deprel === 'nsubj');
    if (subject === undefined || subject > v) continue;
    if (!isCount(forms, out, subject)) continue;
    const edited = draft.edit();
    edited[v] = { ...w, upos: 'VERB', xpos: 'VBN' };
    edited[subject] = { ...edited[subject]!, deprel: 'nsubj:pass' };
  }
  return draft.read();
}

/** Forms of verbs of saying that take what is said as their clause, never a person as their object (a closed class). */
const REPORTING_FORMS = new Set(['said', 'says', 'say', 'added', 'adds', 'claimed', 'claims', 'reported', 'stated', 'states', 'announced', 'confirmed', 'alleged', 'insisted', 'noted']);

/**
 * "The ministry said the rebels, who had besieged the town for weeks, withdrew on Tuesday", "Officials
 * said the blast, which ripped through a market, killed 12 people", "Police said the suspects, all
 * foreign nationals, were arrested": with a clause, a participle phrase or an apposition set off by
 * commas after the reported subject, a parser can read that subject as the object of "said" and hang
 * the reported verb anywhere (a conjunct of "said", of the relative clause, a side clause of the
 * apposition) with no subject. A verb of saying (REPORTING_FORMS) takes what is said as its clause:
 * when its object noun is followed by such an interruption and, right after the comma closing it, by
 * a finite verb with no subject and no conjunction of its own, that verb is what is reported
 * (`ccomp` of the verb of saying), the noun its subject, and the interruption describes the noun.
 * An interruption that opens with a finite verb is a list of the speaker's own acts ("said a prayer,
 * laid a wreath, met families"), not one.
 */
export function repairReportedSubject(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let s = 1; s < analysis.length; s++) {
    if (!REPORTING_FORMS.has(forms[s]!.toLowerCase())) continue;
    const out = draft.read();
    if (out[s]!.upos !== 'VERB') continue;
    const noun = out.findIndex((a, k) => k > s && a.head === s && a.deprel === 'obj' && NOUNS.has(a.upos));
    if (noun < 0) continue;
    // The interruption opens with a comma right after the noun's own words.
    let opening = noun + 1;
    while (opening < out.length && forms[opening] !== ',' && dominates(out, noun, opening)) opening++;
    if (forms[opening] !== ',' || opening + 1 >= out.length) continue;
    const first = out[opening + 1]!;
    if (['VBD', 'VBZ', 'VBP', 'MD'].includes(first.xpos) || first.upos === 'CCONJ' || first.upos === 'PUNCT') continue;
    const children = (i: number) => childrenOf(out, i);
    // The comma closing it: the first after which a verb with no subject of its own follows (auxiliaries and adverbs between).
    let verb = -1;
    let closing = -1;
    for (let c = opening + 2; c < out.length - 1 && verb < 0; c++) {
      if (forms[c] !== ',') continue;
      let v = c + 1;
      while (v < out.length && (out[v]!.upos === 'AUX' || out[v]!.upos === 'ADV' || out[v]!.upos === 'PART') && out[v]!.head > v) v++;
      const w = out[v];
      if (!w || w.upos !== 'VERB') continue;
      const auxiliaries = children(v).filter((k) => k < v && k > c && (out[k]!.deprel.startsWith('aux')));
      const finite = ['VBD', 'VBZ', 'VBP'].includes(w.xpos) || auxiliaries.length > 0 || (w.xpos === 'VB' && !children(v).some((k) => out[k]!.deprel === 'mark'));
      if (!finite || children(v).some((k) => SUBJECT_RELATIONS.has(out[k]!.deprel) || (out[k]!.deprel === 'cc' && k < v))) break;
      if (dominates(out, v, s) || dominates(out, v, noun)) break;
      verb = v;
      closing = c;
    }
    if (verb < 0) continue;
    const edited = draft.edit();
    const passive = children(verb).some((k) => out[k]!.deprel === 'aux:pass');
    // The interruption's own top words describe the noun.
    for (let k = opening + 1; k < closing; k++) {
      const h = out[k]!.head;
      if (h >= opening && h < closing) continue;
      const relative = children(k).some((c) => RELATIVE_PRONOUNS.has(forms[c]!.toLowerCase()));
      const deprel = relative ? 'acl:relcl' : out[k]!.upos === 'VERB' ? 'acl' : NOMINAL.has(out[k]!.upos) ? 'appos' : out[k]!.deprel;
      edited[k] = { ...edited[k]!, head: noun, deprel };
    }
    edited[opening] = { ...edited[opening]!, head: noun, deprel: 'punct' };
    edited[closing] = { ...edited[closing]!, head: verb, deprel: 'punct' };
    edited[verb] = { ...edited[verb]!, head: s, deprel: 'ccomp', xpos: edited[verb]!.xpos === 'VB' && !passive && !children(verb).some((k) => out[k]!.deprel === 'aux') ? 'VBD' : edited[verb]!.xpos };
    edited[noun] = { ...edited[noun]!, head: verb, deprel: passive ? 'nsubj:pass' : 'nsubj' };
  }
  return draft.read();
}

/** Words that open a two-word preposition with "to" (a closed class): "thanks to", "due to", "owing to", "according to". */
const TO_PREPOSITION_OPENERS = new Set(['thanks', 'due', 'owing', 'according']);

/**
 * "Thanks to Omani mediation, Iran freed two prisoners", "Due to heavy fighting, thousands of residents
 * fled": a sentence that opens with a two-word preposition ending in "to" (TO_PREPOSITION_OPENERS) is
 * a phrase fronted before its clause, but a parser that reads "Thanks" as a noun makes it the root and
 * hangs the clause's verb on it. When the root stands inside that phrase (before its closing comma)
 * and a finite verb follows the comma, the verb is the root, the phrase's noun its oblique (with the
 * two words its case, as UD has "thanks to"), and a noun phrase between the comma and the verb with
 * no subject before it is the verb's subject.
 */
export function repairFrontedToPreposition(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  if (analysis.length < 6 || !TO_PREPOSITION_OPENERS.has(forms[0]!.toLowerCase()) || forms[1]!.toLowerCase() !== 'to') return [...analysis];
  const comma = forms.indexOf(',');
  const root = analysis.findIndex((a) => a.head < 0);
  if (comma < 3 || root < 0 || root >= comma) return [...analysis];
  const children = (i: number) => childrenOf(analysis, i);
  const auxiliaries = (c: number) => children(c).some((k) => analysis[k]!.deprel === 'aux' || analysis[k]!.deprel === 'aux:pass');
  // A past form hung on the phrase's noun as a reduced relative (repairReducedRelatives made it a participle) is the past tense too.
  const pastAsParticiple = (c: number) => analysis[c]!.xpos === 'VBN' && analysis[c]!.deprel.startsWith('acl') && !auxiliaries(c);
  const finite = (c: number) => ['VBD', 'VBZ', 'VBP'].includes(analysis[c]!.xpos) || auxiliaries(c) || pastAsParticiple(c);
  const verb = analysis.findIndex((a, k) => k > comma + 1 && a.upos === 'VERB' && finite(k));
  if (verb < 0) return [...analysis];
  // The phrase's noun: the first word between "to" and the comma whose head lies outside that span.
  const noun = analysis.findIndex((a, k) => k >= 2 && k < comma && (a.head < 2 || a.head >= comma) && (NOMINAL.has(a.upos) || a.xpos === 'VBG'));
  if (noun < 0) return [...analysis];
  const out = analysis.map((a) => ({ ...a }));
  out[verb] = { ...out[verb]!, head: -1, deprel: 'root', xpos: pastAsParticiple(verb) ? 'VBD' : out[verb]!.xpos };
  out[noun] = { ...out[noun]!, upos: out[noun]!.xpos === 'VBG' ? 'NOUN' : out[noun]!.upos, xpos: out[noun]!.xpos === 'VBG' ? 'NN' : out[noun]!.xpos, head: verb, deprel: 'obl' };
  out[0] = { ...out[0]!, head: noun, deprel: 'case' };
  out[1] = { ...out[1]!, head: 0, deprel: 'fixed' };
  // The phrase's other words that hung outside it now hang on its noun.
  for (let k = 2; k < comma; k++) if (k !== noun && (out[k]!.head < 2 || out[k]!.head >= comma) && out[k]!.head !== noun) out[k] = { ...out[k]!, head: noun };
  const hasSubject = children(verb).some((k) => SUBJECT_RELATIONS.has(analysis[k]!.deprel));
  const passive = children(verb).some((k) => analysis[k]!.deprel === 'aux:pass');
  for (let k = comma; k < out.length; k++) {
    if (k === verb) continue;
    const h = out[k]!.head;
    if (h >= comma || (h < 0 && k !== verb)) continue;
    // What hung on the phrase from after the comma belongs to the clause: the subject before the verb, anything else its own.
    const subject = !hasSubject && k > comma && k < verb && NOMINAL.has(out[k]!.upos) && !out.some((a, j) => j < k && j > comma && SUBJECT_RELATIONS.has(a.deprel) && a.head === verb);
    // "Due to the fighting, thousands were displaced": the subject of a passive is the one it was done to.
    out[k] = { ...out[k]!, head: verb, deprel: subject ? (passive ? 'nsubj:pass' : 'nsubj') : k === comma || out[k]!.upos === 'PUNCT' ? 'punct' : out[k]!.deprel };
  }
  return out;
}

/**
 * "Kenyan police were attacked by al-Shabaab militants in Lamu": a parser can end the agent phrase at the
 * group's name and read the noun after it as the passive verb's object, which cuts the doer down to a bare
 * name and leaves the noun that carries its place and count as an object a passive cannot have. A noun
 * hung as the object of a passive verb (a real "was/were" passive), right after the last word of that
 * verb's proper-name agent and with no determiner of its own, is the head of the agent phrase: it takes the
 * agent's relation and "by", and the name becomes its compound ("al-Shabaab militants", "Taliban fighters").
 * A ditransitive passive's object ("was handed a sentence by …") comes before the agent, so it is untouched.
 */
export function repairSplitAgent(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let n = 1; n < analysis.length; n++) {
    const out = draft.read();
    const noun = out[n]!;
    if (noun.deprel !== 'obj' || noun.upos !== 'NOUN' || noun.head < 0 || noun.head > n) continue;
    const verb = noun.head;
    if (!isRealPassive(forms, out, verb)) continue;
    const agent = out.findIndex((a, k) => k < n && k > verb && a.head === verb && a.deprel === 'obl:agent' && a.upos === 'PROPN');
    if (agent < 0) continue;
    // The name's last word sits right before the noun (its flat/compound parts included).
    let last = agent;
    for (let k = agent + 1; k < n; k++) if (dominates(out, agent, k)) last = k;
    if (last !== n - 1) continue;
    if (childrenOf(out, n).some((k) => k < n && out[k]!.deprel === 'det')) continue;
    const edit = draft.edit();
    const by = childrenOf(out, agent).filter((k) => k < agent && out[k]!.deprel === 'case');
    edit[n] = { ...noun, deprel: 'obl:agent' };
    edit[agent] = { ...edit[agent]!, head: n, deprel: 'compound' };
    for (const k of by) edit[k] = { ...edit[k]!, head: n };
  }
  return draft.read();
}

/** Relations of a non-verbal word inside a verb's phrase that a misattached conjunct may hang on. */
const PHRASE_RELATIONS = new Set(['obj', 'obl', 'xcomp', 'advmod', 'nmod', 'conj']);

/**
 * "The union accused the police of beating strikers and called on the minister to resign", "condemned the raid as brutal
 * and urged restraint": "and" joins like with like, so a past verb after "and" that the parse hung as a conjunct on a
 * gerund after a preposition, or on an adjective or noun inside the first verb's phrase, is the first verb's equal — a
 * second predicate of its subject, not part of what was alleged or described. It is re-attached as a conjunct of the
 * nearest finite verb above (a past tense, or a participle with its perfect auxiliary), whose form it takes. Only a past
 * form with no subject or auxiliary of its own and an argument of its own (object, phrase or complement); a participle
 * joined to a participle ("men arrested on Friday and released on Sunday") and a gerund joined to a gerund keep their reading.
 */
export function repairConjunctUnderPhrase(forms: readonly string[], analysis: readonly WordAnalysis[]): WordAnalysis[] {
  const draft = new Draft(analysis);
  for (let v = 1; v < analysis.length; v++) {
    const out = draft.read();
    const w = out[v]!;
    const h = w.head;
    if (w.upos !== 'VERB' || !['VBD', 'VBN'].includes(w.xpos) || w.deprel !== 'conj' || h < 0 || h >= v) continue;
    const kids = childrenOf(out, v);
    if (kids.some((k) => out[k]!.deprel.startsWith('nsubj') || out[k]!.deprel.startsWith('aux'))) continue;
    if (!kids.some((k) => out[k]!.deprel === 'cc' && forms[k]!.toLowerCase() === 'and' && k < v)) continue;
    if (!kids.some((k) => ['obj', 'obl', 'xcomp', 'ccomp', 'advcl'].includes(out[k]!.deprel) && k > v)) continue;
    const first = out[h]!;
    const gerund = first.xpos === 'VBG' && ['advcl', 'acl'].includes(first.deprel) && childrenOf(out, h).some((k) => out[k]!.deprel === 'mark' && k < h);
    const inPhrase = (first.upos === 'ADJ' || first.upos === 'NOUN') && PHRASE_RELATIONS.has(first.deprel);
    if (!gerund && !inPhrase) continue;
    // The nearest finite verb above the word the conjunct hangs on.
    let verb = first.head;
    for (let depth = 0; verb >= 0 && depth < 6; depth++) {
      const x = out[verb]!;
      const perfect = x.xpos === 'VBN' && childrenOf(out, verb).some((k) => out[k]!.deprel === 'aux' && PERFECT_AUXILIARIES.has(forms[k]!.toLowerCase()));
      if (x.upos === 'VERB' && (['VBD', 'VBZ', 'VBP'].includes(x.xpos) || perfect)) break;
      verb = x.head;
    }
    if (verb < 0 || verb >= v) continue;
    const finite = out[verb]!;
    // A conjunct of the verb shares its subject: the verb must have one (or be a conjunct itself, sharing one above).
    if (!childrenOf(out, verb).some((k) => out[k]!.deprel.startsWith('nsubj')) && finite.deprel !== 'conj') continue;
    // The same tense: a past form joins a past verb (or a perfect participle).
    if (finite.xpos !== 'VBD' && finite.xpos !== 'VBN') continue;
    const edited = draft.edit();
    edited[v] = { ...w, head: verb, xpos: finite.xpos === 'VBD' ? 'VBD' : 'VBN' };
  }
  return draft.read();
}
