import { BE_FORMS, CLAUSE_SUBORDINATORS, hedgedNumberAt, PARTICIPLE_AUXILIARIES, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, UNCHANGED_PASTS } from './function-words.js';
import { lexeme, type Lexeme } from './lexical.js';
import { isPastOnly, isVerbBase, lemmaOfPastVerb } from '../nlp/wink.js';
import { deserializeSyntaxModel, readModelBytes, syntaxModelTables, withoutWeightArrays, type SyntaxModel, type SyntaxModelTables } from './model/syntax-model.js';
import { parse } from './parser/parser.js';
import { repairBarePassive, repairDoubleSubject, repairVerbAsAuxiliary, repairCircumstanceAttachment, repairIllFormed, repairPerfectAuxiliary, repairRelativeClauseRoot, repairRelativeAfterComma, repairSubordinateClause, repairFrontedPhraseSubject, repairFrontedAppositiveSubject, repairAdjectiveReadAsVerb, repairTrailingReport, repairNominalConjuncts, repairNominalRoot, repairVerbAfterRelative, repairVerbAfterRelativeObject, repairReducedRelatives, repairResultativeAdjective, repairParticipleRoot, repairModalAdjective, repairContentClause, repairGerundAfterPreposition, repairParticipleBeforePassive, repairObjectReadAsMeasure, repairCoordinatedParticiple, repairOpenComplementWithSubject, repairPhraseReadAsClause, repairWhenClauseOnNoun, repairGappedPassive, repairReportedSubject, repairFrontedToPreposition, repairConjunctUnderPhrase, repairSplitAgent, repairFrontedTimeConjunct, repairPartitiveRoot, repairListSubjectRoot, repairVerbAfterParenthetical, repairAppositionReadAsPredicate } from './repair.js';
import { resourcePath } from './resource-path.js';
import { parseNumberWords } from '../stages/quantities/number-words.js';
import { splitTag, tagIds, type PosTag, type TaggerModel } from './tagger/tagger.js';

/** The analysis of one word: tags and its dependency (head as a 0-based word index, -1 for the root). */
export interface WordAnalysis {
  readonly upos: string;
  readonly xpos: string;
  readonly head: number;
  readonly deprel: string;
}

/** File name of the released model under resources/syntax. */
export const SYNTAX_MODEL_FILE = 'syntax/en-ewt.model';

let shared: Uint8Array | undefined;
let sharedTables: SyntaxModelTables | undefined;
/** The model's bytes without its weight arrays, made once for the threads this one shares its model with. */
let slim: Uint8Array | undefined;
let loaded: SyntaxModel | undefined;

/**
 * The lookup tables built from the model at load (on shared memory), and the model's bytes without
 * the weight arrays the tables were built from (`withoutWeightArrays`: the header and the tagger's
 * ambiguity classes, on shared memory too). The thread that builds them hands both to the others
 * (`useSharedSyntaxModel`), so every thread uses one copy of the tables, and no thread keeps the
 * 28 MB of stored arrays once they are built.
 */
export interface SharedSyntaxModel {
  readonly bytes: Uint8Array;
  readonly tables: SyntaxModelTables;
}

/** This thread's model as shared memory for worker threads (loads the model if it is not loaded yet). */
export function sharedSyntaxModel(): SharedSyntaxModel {
  if (sharedTables) return { bytes: syntaxModelBytes(), tables: sharedTables };
  const tables = syntaxModelTables(syntaxModel());
  slim ??= withoutWeightArrays(syntaxModelBytes());
  return { bytes: slim, tables };
}

/** $CHRONICLE_SYNTAX_MODEL: a model of your own (`npm run train:syntax -- --out DIR`), else the released one. */
const modelPath = () => process.env.CHRONICLE_SYNTAX_MODEL || resourcePath(SYNTAX_MODEL_FILE);

function syntaxModelBytes(): Uint8Array {
  shared ??= readModelBytes(modelPath());
  return shared;
}

/** Makes this thread use the model another thread loaded (a worker given its parent's `sharedSyntaxModel()`). */
export function useSharedSyntaxModel(model: SharedSyntaxModel): void {
  if (loaded) return;
  shared = model.bytes;
  sharedTables = model.tables;
}

/** The released syntax model, loaded lazily once per thread (over shared memory when a parent thread gave it). */
export function syntaxModel(): SyntaxModel {
  if (!loaded) {
    try {
      loaded = deserializeSyntaxModel(syntaxModelBytes(), sharedTables);
    } catch (error) {
      // Name the file: the fault is the model's, not the document's being coded.
      throw new Error(`the syntax model ${modelPath()} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return loaded;
}

/**
 * Tags and parses one sentence of words. `externalTags` are wink-nlp's tags of the same words
 * (see external-tags.ts), an input feature of the tagger; `glued` says which words touch both
 * neighbours without a space (a compound's hyphen).
 */
export function analyseWords(forms: readonly string[], externalTags: readonly string[], model: SyntaxModel = syntaxModel(), glued?: readonly boolean[]): WordAnalysis[] {
  if (forms.length === 0) return [];
  const stamp = timestampLength(forms);
  if (stamp > 0) {
    // "14:05 — Police in Nakuru have fired tear gas …": a live page's time stamp is no part of the clause; read alone it
    // became the root and the clause a relative on its first noun. The clause is parsed on its own; the stamp tells
    // when its update was posted (a loose phrase on the clause's root) and the dash is punctuation.
    const rest = analyseWords(forms.slice(stamp), externalTags.slice(stamp), model, glued?.slice(stamp));
    const root = rest.findIndex((w) => w.head < 0) + stamp;
    const prefix: WordAnalysis[] = forms.slice(0, stamp).map((_, i) => i === stamp - 1
      ? { upos: 'PUNCT', xpos: ':', head: root, deprel: 'punct' }
      : i === 0 ? { upos: 'NUM', xpos: 'CD', head: root, deprel: 'parataxis' } : { upos: 'NOUN', xpos: 'NN', head: 0, deprel: 'flat' });
    return [...prefix, ...rest.map((w) => ({ ...w, head: w.head < 0 ? w.head : w.head + stamp }))];
  }
  // Each form's lexeme looked up once, for the tagger and the parser both (a string-keyed lookup per word each).
  const lexemes: Lexeme[] = [];
  for (let i = 0; i < forms.length; i++) lexemes.push(lexeme(forms[i]!));
  const ids = tagIds(model.tagger, forms, externalTags, lexemes);
  const split = splitTagsOf(model.tagger);
  // A loop, not Array.from with a mapping function (a slow generic path in V8), and pushed so that the array stays packed.
  const tagged: PosTag[] = [];
  for (let i = 0; i < ids.length; i++) tagged.push(split[ids[i]!]!);
  // A hyphen written without spaces joins a compound ("NATO-member", "Saudi-led"): the treebank's HYPH, never a dash.
  if (glued) forms.forEach((f, i) => { if (f === '-' && glued[i]) tagged[i] = { upos: 'PUNCT', xpos: 'HYPH' }; });
  const tags = hyphenNounCompound(forms, glued, nounModifierOpeningSentence(forms, timeAdverbAfterNoun(forms, parentheticalParticiple(forms, resultativeVerb(forms, progressiveBeforeObject(forms, pastReadAsPresent(forms, participleWithObject(forms, participleAfterPerfect(forms, participleAfterObjectConjunction(forms, clauseVerbs(forms, requireFiniteVerb(forms, describingParticipleAfterNumber(forms, gerundSubject(forms, participleAfterBe(forms, pastAfterSubjectPronoun(forms, coordinatedVerbs(forms, externalTags, possessiveOnlyOnClitic(forms, pastOnlyReadAsNoun(forms, wordReadAsNumber(forms, namesWinkKnows(forms, externalTags, tagged)))))))))))))))))))));
  const tree = parse(model.parser, { forms, xpos: tags.map((t) => t.xpos), upos: tags.map((t) => t.upos), lexemes });
  const words = tags.map((t, i) => ({ upos: t.upos, xpos: t.xpos, head: tree.heads[i]! - 1, deprel: tree.labels[i]! }));
  return REPAIRS.reduce((analysis, repair) => repair(forms, analysis), words);
}

/** A clock time ("14:05", "9.30"), and the zone or half of the day that may follow it ("GMT", "pm"). */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/;
const CLOCK_SUFFIXES = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'ist', 'eat', 'wat', 'cat', 'local']);
const STAMP_DASHES = new Set(['—', '–', '-', ':', '|']);

/**
 * The number of words of a live page's time stamp opening a sentence, dash included ("14:05 —", "9.30 pm GMT –"), or 0.
 * A clause must follow it.
 */
export function timestampLength(forms: readonly string[]): number {
  if (!CLOCK_TIME.test(forms[0] ?? '')) return 0;
  let k = 1;
  while (k < forms.length && k <= 2 && CLOCK_SUFFIXES.has(forms[k]!.toLowerCase())) k++;
  if (!STAMP_DASHES.has(forms[k] ?? '')) return 0;
  return forms.length - (k + 1) >= 3 ? k + 1 : 0;
}

const splitTags = new WeakMap<TaggerModel, readonly PosTag[]>();

/**
 * The tagger's tags split into universal and treebank tags, once per model: the checks below
 * replace a word's tag object, never change one, so words can share them.
 */
function splitTagsOf(tagger: TaggerModel): readonly PosTag[] {
  let split = splitTags.get(tagger);
  if (!split) splitTags.set(tagger, (split = tagger.tags.map(splitTag)));
  return split;
}

/**
 * Names the tagger has never seen: a capitalised word it calls an adverb ("Okonkwo resigned …",
 * from the word's shape) or an acronym it calls a plural noun ("CIS ministers met …", from the final
 * S) is a proper noun when wink-nlp, whose lexicon of names is larger than the treebank's, says so.
 */
function namesWinkKnows(forms: readonly string[], external: readonly string[], tags: readonly { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  return tags.map((t, i) => {
    if (external[i] !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(forms[i]!) && !/^\p{Lu}{2,}S$/u.test(forms[i]!)) return t;
    // An adverb or adjective only where a name would be the subject of the next word, a verb
    // ("Okonkwo resigned", "Qatar withdrew"; not "Further, …").
    // An "-ed" word read as an adjective right after the sentence's first word is as likely the verb ("Qatar mediated
    // talks between …", the name read as an adjective like "Qatari"): requireFiniteVerb then reads it as the past tense.
    const edAfterOpener = i === 0 && tags[i + 1]?.xpos === 'JJ' && /\p{Ll}ed$/u.test(forms[i + 1] ?? '');
    const subject = (t.upos === 'ADV' || t.upos === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(forms[i]!) && (['VBD', 'VBZ', 'VBP', 'VBN', 'MD'].includes(tags[i + 1]?.xpos ?? '') || edAfterOpener);
    const acronym = t.xpos === 'NNS' && /^\p{Lu}{2,}S$/u.test(forms[i]!);
    return subject || acronym ? { upos: 'PROPN', xpos: 'NNP' } : t;
  });
}

/**
 * Repairs of constructions a transition parser gets wrong in ways UD never builds, applied in this
 * order to every parse (src/syntax/repair.ts says why each is safe; docs/syntax.md measures them).
 */
const REPAIRS: readonly ((forms: readonly string[], analysis: WordAnalysis[]) => WordAnalysis[])[] = [
  (_, a) => repairNominalConjuncts(a),
  (_, a) => repairDoubleSubject(a),
  (_, a) => repairReducedRelatives(a),
  repairCoordinatedParticiple,
  (_, a) => repairNominalRoot(a),
  repairAppositionReadAsPredicate,
  repairVerbAfterParenthetical,
  repairPartitiveRoot,
  repairListSubjectRoot,
  repairVerbAfterRelative,
  repairVerbAfterRelativeObject,
  repairPhraseReadAsClause,
  (forms, a) => repairParticipleRoot(a, forms),
  repairRelativeClauseRoot,
  repairRelativeAfterComma,
  (_, a) => repairIllFormed(a),
  repairVerbAsAuxiliary,
  (_, a) => repairBarePassive(a),
  repairSplitAgent,
  repairSubordinateClause,
  (_, a) => repairOpenComplementWithSubject(a),
  repairFrontedTimeConjunct,
  repairFrontedPhraseSubject,
  repairFrontedAppositiveSubject,
  repairAdjectiveReadAsVerb,
  repairPerfectAuxiliary,
  repairTrailingReport,
  repairCircumstanceAttachment,
  (_, a) => repairResultativeAdjective(a),
  (_, a) => repairModalAdjective(a),
  repairContentClause,
  repairGerundAfterPreposition,
  (_, a) => repairParticipleBeforePassive(a),
  repairObjectReadAsMeasure,
  repairWhenClauseOnNoun,
  repairGappedPassive,
  repairReportedSubject,
  repairFrontedToPreposition,
  repairConjunctUnderPhrase,
];

/**
 * "Rebels looted and burned the market": "and" joins like with like, so a word the tagger read as
 * a noun or adjective right before "and"/"or" (adverbs allowed after it) and a finite or past
 * verb is a verb of the same form, when wink-nlp also reads it as a verb or it follows a plural noun.
 */
function coordinatedVerbs(forms: readonly string[], external: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  const out = [...tags];
  for (let i = 0; i + 2 < forms.length; i++) {
    if (out[i]!.upos === 'VERB' || !['and', 'or'].includes(forms[i + 1]!.toLowerCase())) continue;
    // wink-nlp reads it as a verb, or it follows a plural subject ("Militants shot and wounded …").
    // A capitalised plural opening the sentence is that subject even when read as a name ("Gunmen shot and …").
    const pluralOpener = i === 1 && out[0]!.xpos === 'NNP' && /^\p{Lu}\p{Ll}+(s|men)$/u.test(forms[0]!);
    // "gunmen", "tribesmen": a plural in "-men" the tagger may read as singular.
    const plural = ['NNS', 'NNPS'].includes(out[i - 1]?.xpos ?? '') || (out[i - 1]?.xpos === 'NN' && /\p{Ll}men$/u.test(forms[i - 1]!));
    const afterSubject = i > 0 && (plural || pluralOpener) && /^\p{Ll}/u.test(forms[i]!) && ['NOUN', 'ADJ'].includes(out[i]!.upos);
    if (external[i] !== 'VERB' && !afterSubject) continue;
    let k = i + 2;
    while (k < forms.length && out[k]!.upos === 'ADV') k++;
    const next = out[k];
    // After a plural subject a bare form is present tense, whatever the tagger read it as ("Bandits attack and loot …").
    const finite = ['VBD', 'VBZ', 'VBP'].includes(next?.xpos ?? '') || (afterSubject && next?.xpos === 'VB');
    if (!next || next.upos !== 'VERB' || !finite) continue;
    out[i] = { upos: 'VERB', xpos: next.xpos === 'VB' ? 'VBP' : next.xpos };
    if (next.xpos === 'VB') out[k] = { upos: 'VERB', xpos: 'VBP' };
  }
  return out;
}

/**
 * "More than 15 were hurt", "the road was cut": a verb whose past participle is its base form
 * (function-words.ts UNCHANGED_PASTS) right after a form of "be" or "get" (adverbs between allowed)
 * is that participle: "be" takes no bare verb after it, and the tagger, which read a base form or an
 * adjective, hid the passive (and the people it was done to).
 */
function participleAfterBe(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i < tags.length; i++) {
    const word = forms[i]!.toLowerCase();
    if (!UNCHANGED_PASTS.has(word) || !/^(VB|VBP|VBD|JJ|NN)$/.test(tags[i]!.xpos)) continue;
    let k = i - 1;
    while (k > 0 && tags[k]!.upos === 'ADV') k--;
    const aux = forms[k]!.toLowerCase();
    if (!PASSIVE_AUXILIARIES.has(aux)) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBN' };
  }
  return out;
}

/** Tags of the words of a plain object noun phrase ("two soldiers", "the village's elders"). */
const OBJECT_PHRASE_XPOS = /^(DT|PRP\$|CD|JJ|NN|NNS|NNP|NNPS|POS)$/;

/**
 * "Soldiers looted homes and raped women", "Militants shot and seriously injured a civilian": after a past-tense verb
 * (and its object, if any), "and" (adverbs allowed) and a past form before another object is a second verb of the same subject, not a participle
 * describing the second object (the tagger read "raped women" as a noun phrase, so the second act lost its verb). A
 * first object described by a participle of its own ("treated injured soldiers and wounded civilians") lists like
 * with like and is left alone.
 */
function participleAfterObjectConjunction(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 2; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (!(t.xpos === 'VBN' || (t.xpos === 'JJ' && /\p{Ll}ed$/u.test(forms[i]!))) || !/^(DT|PRP\$|CD|JJ|NN|NNS|NNP|NNPS)$/.test(tags[i + 1]!.xpos)) continue;
    // "shot and seriously injured a civilian": adverbs may stand between "and" and the verb.
    let c = i - 1;
    while (c > 1 && tags[c]!.upos === 'ADV') c--;
    if (forms[c]!.toLowerCase() !== 'and') continue;
    // "Militants shot and injured …": the first verb right before "and"; else after its object, which ends in a noun.
    if (tags[c - 1]!.xpos !== 'VBD') {
      if (!/^(NN|NNS)$/.test(tags[c - 1]!.xpos)) continue;
      let v = c - 1;
      while (v >= 0 && OBJECT_PHRASE_XPOS.test(tags[v]!.xpos) && !/ed$/.test(forms[v]!.toLowerCase())) v--;
      if (v < 0 || tags[v]!.xpos !== 'VBD') continue;
    }
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBD' };
  }
  return out;
}

/** Pronouns that are only ever subjects (a closed class): "it" and "you" are objects too ("saw it destroyed"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she']);

/**
 * "… when they fired on a crowd", "after he shot the guard": a past participle right after a
 * pronoun that is only ever a subject, with no auxiliary between them, is a past tense. Such a
 * pronoun heads no reduced relative ("weapons seized by police"), and the tagger, reading the
 * participle as passive, left the clause a passive with the doer as what underwent it.
 */
function pastAfterSubjectPronoun(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i < tags.length; i++) {
    if (tags[i]!.xpos !== 'VBN' || !SUBJECT_PRONOUNS.has(forms[i - 1]!.toLowerCase())) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBD' };
  }
  return out;
}

/**
 * "Fighting raged in the north", "Shelling continued overnight": a gerund that opens the sentence
 * right before a verb has no object and no subject of its own, so it is no clause but the
 * subject, a noun of the act. The tagger, which has seen few such openers, leaves it a gerund and
 * the parser makes it a passive's auxiliary; read as a noun it is the next verb's subject, and that
 * verb, read as a participle with no auxiliary before it, is the past tense. The auxiliaries'
 * own gerunds ("Having", "Being") open clauses and are left alone.
 */
function gerundSubject(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  if (forms.length < 3 || tags[0]!.xpos !== 'VBG' || !/^\p{Lu}\p{Ll}+ing$/u.test(forms[0]!) || PARTICIPLE_AUXILIARIES.has(forms[0]!.toLowerCase())) return tags;
  const next = tags[1]!;
  if (next.upos !== 'VERB' || !['VBD', 'VBN', 'VBZ'].includes(next.xpos)) return tags;
  const fixed = [...tags];
  fixed[0] = { upos: 'NOUN', xpos: 'NN' };
  if (next.xpos === 'VBN') fixed[1] = { upos: 'VERB', xpos: 'VBD' };
  return fixed;
}

/**
 * "The EU froze funding to …", "The army fought rebels near …": a word that is only ever a verb's past (wink.ts
 * isPastOnly: "froze", "fought", "fled", "took") read as a noun has been misread (an adjective may be a participle's: "frozen"), and the clause it
 * heads lost its verb (the subject read as a compound of it). After a form of "be" or "have" (adverbs between
 * allowed) it is the participle, elsewhere the past tense.
 */
function pastOnlyReadAsNoun(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i < tags.length; i++) {
    if (!/^(NN|NNS)$/.test(tags[i]!.xpos) || !isPastOnly(forms[i]!)) continue;
    let k = i - 1;
    while (k > 0 && tags[k]!.upos === 'ADV') k--;
    const aux = forms[k]!.toLowerCase();
    if (out === tags) out = [...tags];
    out[i] = BE_FORMS.has(aux) || PERFECT_AUXILIARIES.has(aux) ? { upos: 'VERB', xpos: 'VBN' } : { upos: 'VERB', xpos: 'VBD' };
  }
  return out;
}

/** Counts of a scale, left as the tagger read them ("hundreds of …"). */
// With the scale words parseNumberWords leaves out ("trillion", South Asia's "lakh" and "crore"): numbers, not nouns.
const COUNT_PLURALS = new Set(['dozen', 'dozens', 'tens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillion', 'trillions', 'lakh', 'lakhs', 'crore', 'crores', 'zillion']);

/**
 * "… after militiamen torched villages": a lower-case word of letters that is no number word read as a number
 * (an unknown plural in "-men" before a verb) is a noun; read as a number it modified the word after it, and the clause
 * lost its subject. Plural when it ends like one.
 */
function wordReadAsNumber(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 0; i < tags.length; i++) {
    const form = forms[i]!;
    if (tags[i]!.xpos !== 'CD' || !/^\p{Ll}{3,}$/u.test(form) || parseNumberWords(form) !== undefined || COUNT_PLURALS.has(form)) continue;
    if (out === tags) out = [...tags];
    out[i] = /(s|men)$/.test(form) ? { upos: 'NOUN', xpos: 'NNS' } : { upos: 'NOUN', xpos: 'NN' };
  }
  return out;
}

/** The possessive clitic's forms, the only words the treebank tags POS. */
const POSSESSIVE_CLITICS = new Set(["'s", '’s', "'", '’', 's']);

/**
 * "Kenyan police shot dead three …": a tagger that reads a word as the possessive ending (POS) where
 * no "'s" stands has misread it: an irregular past or an "-ed" form is the past tense ("shot" →
 * shoot), anything else a noun.
 */
function possessiveOnlyOnClitic(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  tags.forEach((t, i) => {
    if (t.xpos !== 'POS' || POSSESSIVE_CLITICS.has(forms[i]!.toLowerCase())) return;
    if (out === tags) out = [...tags];
    const past = /^\p{Ll}+$/u.test(forms[i]!) && (lemmaOfPastVerb(forms[i]!) !== forms[i]! || /[a-z]ed$/.test(forms[i]!));
    out[i] = past ? { upos: 'VERB', xpos: 'VBD' } : { upos: 'NOUN', xpos: 'NN' };
  });
  return out;
}

/** Adjectives that say what an act left its object ("shot dead", "set free"), standing between the verb and the object. */
const RESULTATIVES = new Set(['dead', 'free', 'alive', 'hostage', 'captive']);

/**
 * "shot dead three suspected robbers", "arrested two wounded fighters": a past form between a number
 * and its noun, in a number phrase that follows a past form or a resultative ("dead", "free"), describes
 * the noun (a participle used as an adjective), not a verb with the number as its subject. ("Militants
 * numbering 200 attacked villages", where a gerund stands before the number, keeps its verb.)
 */
function describingParticipleAfterNumber(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 2; i + 1 < tags.length; i++) {
    if (tags[i]!.xpos !== 'VBD' || tags[i - 1]!.xpos !== 'CD' || !/^(NNS|NN)$/.test(tags[i + 1]!.xpos)) continue;
    // The word before the number governs it: a past form that is no report ("said 300 fled" keeps its clause), or a
    // resultative ("shot dead", "set free"); not any adjective ("the first 50 received …").
    const before = forms[i - 2]!.toLowerCase();
    const governs = (/^(VBD|VBN)$/.test(tags[i - 2]!.xpos) && !REPORT_TAIL_VERBS.has(before)) || RESULTATIVES.has(before);
    if (!governs) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'ADJ', xpos: 'JJ' };
  }
  return out;
}

/**
 * "Police shot dead three protesters": the present of a plural subject is the verb's base form, so
 * a word tagged so whose base as a verb is another word ("shot" → "shoot", "fled" → "flee") is a
 * past tense the tagger misread (the two share their contexts), unless it is a base form too
 * ("they lay wreaths").
 */
function pastReadAsPresent(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  tags.forEach((t, i) => {
    if (t.xpos !== 'VBP' || t.upos !== 'VERB' || !/^\p{Ll}+$/u.test(forms[i]!)) return;
    if (lemmaOfPastVerb(forms[i]!) === forms[i]! || isVerbBase(forms[i]!)) return;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBD' };
  });
  return out;
}

/**
 * "Witnesses said soldiers had shot civilians": a word right after a form of "have" that the
 * tagger read as a noun ("shot civilians" as a compound) is the perfect's participle when it is
 * an irregular past form (wink reads it as a verb's past: "shot" → shoot) and a noun phrase's
 * start or a noun follows; "had a shot", "have hit" (a base form too) are left alone.
 */
function participleAfterPerfect(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (t.xpos !== 'NN' || !PERFECT_AUXILIARIES.has(forms[i - 1]!.toLowerCase()) || !/^\p{Ll}+$/u.test(forms[i]!)) continue;
    if (!/^(DT|PRP\$|CD|JJ|NNS?|NNPS?)$/.test(tags[i + 1]!.xpos)) continue;
    if (lemmaOfPastVerb(forms[i]!) === forms[i]! || isVerbBase(forms[i]!)) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBN' };
    out[i - 1] = { upos: 'AUX', xpos: tags[i - 1]!.xpos };
  }
  return out;
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const DETERMINER_XPOS = /^(DT|PRP\$|PDT)$/;
const NOMINAL_XPOS = /^(NN|NNS|NNP|NNPS|PRP|CD)$/;

/**
 * A full sentence of news has a finite verb. When the tagger finds none in a sentence that ends
 * like a sentence ("Guards searched cells." read as "guards [who were] searched"), the
 * first past participle (or "-ed" adjective) after a noun, with no auxiliary before it, is the past-tense verb. The
 * web treebank the tagger learned from has many more reduced relatives ("weapons confiscated by
 * police") than news has.
 */
function requireFiniteVerb(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  const last = forms[forms.length - 1];
  // A participle adjunct after a comma (", leaving two soldiers wounded", ", killing five") is no
  // main clause: its words say nothing of whether the clause before it has its verb.
  const adjunct = forms.findIndex((f, i) => f === ',' && tags[i + 1]?.xpos === 'VBG');
  const end = adjunct > 0 ? adjunct : tags.length;
  if (forms.length < 3 || (last !== '.' && last !== '!') || tags.slice(0, end).some((t) => FINITE.has(t.xpos))) return tags;
  let nominalSeen = false;
  let describing = -1;
  for (let i = 0; i < end; i++) {
    const t = tags[i]!;
    if (PARTICIPLE_AUXILIARIES.has(forms[i]!.toLowerCase())) break;
    // An "-ed" word read as an adjective ("Rioters looted shops.") is the same participle misread once
    // more, and so is an irregular past ("Unknown assailants burnt two classrooms.", "burnt" → burn).
    const participle = t.xpos === 'VBN' || (t.xpos === 'JJ' && (/[a-z]ed$/.test(forms[i]!) || irregularPast(forms[i]!)));
    if (participle && nominalSeen) {
      // After a determiner or a comma it may describe the noun after it ("On 3 May, armed men
      // attacked …", "an armed group looted …"): the verb is a later participle, if there is one.
      // So may one between a number and its noun ("a mob beat two suspected thieves …"); a number
      // alone is the subject ("Five injured and …").
      const numberBefore = tags[i - 1]?.xpos === 'CD' && /^(NN|NNS|JJ)$/.test(tags[i + 1]?.xpos ?? '');
      if (i > 0 && (DETERMINER_XPOS.test(tags[i - 1]!.xpos) || numberBefore || forms[i - 1] === ',')) {
        if (describing < 0) describing = i;
      } else {
        return asPastTense(tags, i);
      }
    }
    if (NOMINAL_XPOS.test(t.xpos)) nominalSeen = true;
  }
  if (describing >= 0) {
    // A past form read as a noun before it is the verb it leaves waiting ("mob beat two suspected …").
    const verb = verbAfterCommonSubject(forms, tags);
    return verb !== tags ? verb : asPastTense(tags, describing);
  }
  if (tags.some((t) => FINITE.has(t.xpos)) || forms.some((f) => PARTICIPLE_AUXILIARIES.has(f.toLowerCase()))) return tags;
  const headline = headlinePresent(forms, tags);
  return headline !== tags ? headline : verbAfterCommonSubject(forms, tags);
}

/** Verbs of a report told after its content (", witnesses said."). */
const REPORT_TAIL_VERBS = new Set(['said', 'says', 'told', 'reported', 'added', 'confirmed', 'stated', 'claimed', 'announced']);
const OBJECT_START_XPOS = /^(DT|PRP\$|CD|JJ|NN|NNS|NNP|NNPS)$/;
/** Conjunctions that join a clause after a comma to the clause before it. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * requireFiniteVerb for a clause inside a sentence that has a finite verb elsewhere: the content of a
 * report told after it ("Militias attacked camps in Darfur, witnesses said.": "attacked" read as a
 * participle describing "camps", "said" the only finite verb) and a clause after a word that opens
 * one as often as a phrase ("Thousands fled after rebels burned homes."). In such a stretch with no
 * finite verb and no auxiliary, a past participle after a noun, not after a determiner, a number or
 * a comma, and followed by the start of an object, is the clause's past-tense verb. The object is
 * required here (the whole-sentence rule does without): "after rebels armed with machetes …" and
 * "after troops deployed to the area …" stay as parsed.
 */
function clauseVerbs(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  const stretches: [number, number][] = [];
  // The content before ", <speaker> said.": a tail of at most eight words whose last verb is a verb of reporting.
  const last = forms.length - 1;
  if (forms[last] === '.') {
    for (let c = last - 1; c > 1 && c >= last - 9; c--) {
      if (forms[c] !== ',') continue;
      const tail = tags.slice(c + 1, last);
      const verbs = tail.map((t, k) => (t.upos === 'VERB' ? k : -1)).filter((k) => k >= 0);
      const reportVerb = verbs.length === 1 && REPORT_TAIL_VERBS.has(forms[c + 1 + verbs[0]!]!.toLowerCase());
      if (reportVerb) stretches.push([0, c]);
      break;
    }
  }
  // The content told after a verb of reporting, with or without "that" ("Officials said rebels fired rockets at a
  // village": "fired" read as describing "rockets", "said" the only finite verb). "told" is left out: its hearer
  // comes first ("told reporters …").
  for (let s = 1; s + 2 < forms.length; s++) {
    const form = forms[s]!.toLowerCase();
    if (form === 'told' || !REPORT_TAIL_VERBS.has(form) || !/^VB[DZP]$/.test(tags[s]!.xpos)) continue;
    const from = forms[s + 1]!.toLowerCase() === 'that' ? s + 2 : s + 1;
    let e = from;
    while (e < forms.length && forms[e] !== ',' && forms[e] !== '.' && forms[e] !== ';') e++;
    stretches.push([from, e]);
  }
  // A clause joined to the next one by ", and" / ", but" ("Hezbollah fired rockets at the north, and Israel answered
  // with strikes": the later clause's verb the only finite one).
  for (let c = 2; c + 1 < forms.length; c++) {
    if (forms[c] !== ',' || !CLAUSE_JOINERS.has(forms[c + 1]!.toLowerCase())) continue;
    let from = c - 1;
    while (from > 0 && forms[from - 1] !== ',' && forms[from - 1] !== ';') from--;
    stretches.push([from, c]);
  }
  for (let s = 1; s < forms.length; s++) {
    if (!CLAUSE_SUBORDINATORS.has(forms[s]!.toLowerCase()) || !/^(IN|WRB|RB)$/.test(tags[s]!.xpos)) continue;
    let e = s + 1;
    while (e < forms.length && forms[e] !== ',' && forms[e] !== '.' && forms[e] !== ';') e++;
    stretches.push([s + 1, e]);
  }
  let fixed = tags;
  for (const [from, to] of stretches) {
    // "said gunmen who arrived on motorcycles opened fire on …": a relative clause on the stretch's subject has its
    // own verb (and auxiliaries); the clause's verb, if any, is after it, the subject already told.
    const relative = relativeOnSubject(forms, fixed, from, to);
    const outside = (k: number) => relative === undefined || k < relative[0] || k > relative[1];
    const clauseWords = Array.from({ length: to - from }, (_, k) => from + k).filter(outside);
    if (clauseWords.some((k) => FINITE.has(fixed[k]!.xpos) || PARTICIPLE_AUXILIARIES.has(forms[k]!.toLowerCase()))) continue;
    let nominalSeen = relative !== undefined;
    for (let i = relative === undefined ? from : relative[1] + 1; i < to - 1; i++) {
      const t = fixed[i]!;
      if (t.xpos === 'VBN' && nominalSeen && !DETERMINER_XPOS.test(fixed[i - 1]!.xpos) && fixed[i - 1]!.xpos !== 'CD' && forms[i - 1] !== ','
        && OBJECT_START_XPOS.test(fixed[i + 1]!.xpos)) {
        fixed = asPastTense(fixed, i);
        break;
      }
      if (NOMINAL_XPOS.test(t.xpos)) nominalSeen = true;
    }
  }
  return fixed;
}

/** Relative pronouns that open a clause on the noun before them ("that" also opens a report's content, and is left out). */
const SUBJECT_RELATIVES = new Set(['who', 'which']);

/**
 * The span [pronoun, verb] of a relative clause on the first noun phrase of the stretch [from, to): a relative pronoun
 * right after a noun of that phrase (no verb before it), up to the clause's first verb; undefined where there is none.
 */
function relativeOnSubject(forms: readonly string[], tags: readonly { upos: string; xpos: string }[], from: number, to: number): [number, number] | undefined {
  for (let r = from + 1; r < to; r++) {
    if (tags[r]!.upos === 'VERB' || tags[r]!.upos === 'AUX') return undefined;
    if (!SUBJECT_RELATIVES.has(forms[r]!.toLowerCase())) continue;
    if (!/^(NN|NNS|NNP|NNPS)$/.test(tags[r - 1]!.xpos)) return undefined;
    for (let v = r + 1; v < to; v++) if (tags[v]!.upos === 'VERB') return [r, v];
    return undefined;
  }
  return undefined;
}

/**
 * "A mob beat two traders to death.", "A soldier shot two civilians.": with no finite verb, a
 * noun right after a subject of common nouns (a determiner, adjectives, nouns), followed by the
 * start of an object, is the past-tense verb the tagger read as a compound's last noun ("soldier
 * shot", "mob beat"), when the word is a past form ("shot" → shoot), or, after a singular noun
 * (which rules out the present of a bare form), a verb whose past is its base (function-words.ts
 * UNCHANGED_PASTS: beat, hit, cut). A noun that is also a verb's base stays a noun ("the village
 * market two days after …").
 */
function verbAfterCommonSubject(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let i = DETERMINER_XPOS.test(tags[0]!.xpos) ? 1 : 0;
  while (i < tags.length && tags[i]!.xpos === 'JJ') i++;
  for (; i + 2 < tags.length && /^NNS?$/.test(tags[i]!.xpos) && (i === 0 || /^\p{Ll}/u.test(forms[i]!)); i++) {
    const c = i + 1;
    const word = forms[c]!;
    // A base form after a singular noun is no present tense either ("A crowd beat two …").
    const base = tags[c]!.xpos === 'VB';
    if ((tags[c]!.xpos !== 'NN' && !base) || !/^\p{Ll}+$/u.test(word) || !AFTER_HEADLINE_VERB.test(tags[c + 1]!.xpos)) continue;
    const unchanged = tags[i]!.xpos === 'NN' && UNCHANGED_PASTS.has(word);
    if (base && !unchanged) continue;
    if (!unchanged && lemmaOfPastVerb(word) === word) continue;
    const fixed = [...tags];
    fixed[c] = { upos: 'VERB', xpos: 'VBD' };
    return fixed;
  }
  return tags;
}

/** A lower-case past form that is not its verb's base: wink reads it as a verb's past after a subject ("they burnt" → burn). */
function irregularPast(form: string): boolean {
  return /^\p{Ll}+$/u.test(form) && lemmaOfPastVerb(form) !== form;
}

/** The tags with word `i` read as a past-tense verb. */
function asPastTense(tags: readonly { upos: string; xpos: string }[], i: number): { upos: string; xpos: string }[] {
  const fixed = [...tags];
  fixed[i] = { upos: 'VERB', xpos: 'VBD' };
  return fixed;
}

/** What may follow a headline's verb: its object's start or a particle ("hand over", "bombs the"). */
const AFTER_HEADLINE_VERB = /^(DT|PRP\$|CD|JJ|NNP|NNPS|RP|PRP)$/;
const PARTICLES = new Set(['over', 'out', 'off', 'up', 'down', 'back', 'away']);
/** Endings only nouns have: "UN mission in Mali" has no verb to find. */
const NOUN_ENDINGS = /(tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ists|ure|age|ing)s?$/;

/**
 * News writes headline-style sentences in the present: "Ghana and Togo hand over aid to Niger.",
 * "Police arrest two men in Kano." With no finite verb, the first lower-case noun right after a
 * subject made only of names (and "and"), followed by the start of an object or a particle, is the
 * verb the tagger read as a noun (NN → VBP, NNS → VBZ).
 */
function headlinePresent(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let names = 0;
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    const capitalised = /^\p{Lu}/u.test(forms[i]!);
    if ((t.xpos === 'NNP' || t.xpos === 'NNPS' || ((t.xpos === 'NN' || t.xpos === 'NNS') && capitalised))) { names++; continue; }
    if (t.xpos === 'CC' && names > 0) continue;
    if (names === 0 || capitalised || (t.xpos !== 'NN' && t.xpos !== 'NNS') || NOUN_ENDINGS.test(forms[i]!.toLowerCase())) return tags;
    // "Raiders loot and burn shops": two verbs joined, the object after the second.
    const joined = tags[i + 1]!.xpos === 'CC' && i + 3 < tags.length && /^\p{Ll}/u.test(forms[i + 2]!) && ['NN', 'NNS', 'VB', 'VBP', 'VBZ'].includes(tags[i + 2]!.xpos);
    const after = joined ? i + 3 : i + 1;
    const particle = PARTICLES.has(forms[after]!.toLowerCase());
    // Two joined verbs are verbs whatever follows ("attack and loot shops").
    if (!AFTER_HEADLINE_VERB.test(tags[after]!.xpos) && !particle && !(joined && /^NNS?$/.test(tags[after]!.xpos))) return tags;
    const fixed = [...tags];
    const finite = { upos: 'VERB', xpos: t.xpos === 'NNS' ? 'VBZ' : 'VBP' };
    fixed[i] = finite;
    if (joined) fixed[i + 2] = finite;
    if (particle) fixed[after] = { upos: 'ADP', xpos: 'RP' };
    return fixed;
  }
  return tags;
}

const OBJECT_START = /^(DT|PRP\$|CD|PDT)$/;
const CALENDAR_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "Tribal fighters launched two raids …": a past participle right after a noun and
 * right before the start of a noun phrase (a determiner, possessive, number, hedged number or name), with no auxiliary
 * before it, is a past-tense verb taking an object — a reduced relative ("the fire launched by …")
 * does not take one. The tagger, trained on web text, prefers the participle there.
 */
function participleWithObject(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i < tags.length - 1; i++) {
    // A name starts an object too ("jets struck Hezbollah positions"), but not a day or month ("killed Monday").
    const nameNext = /^(NNP|NNPS|NN|NNS|JJ)$/.test(tags[i + 1]!.xpos) && /^\p{Lu}/u.test(forms[i + 1]!) && !CALENDAR_NAMES.test(forms[i + 1]!);
    // So does a hedged number ("strikes killed at least 20 people"): a reduced relative's "by" phrase never starts so.
    const counted = () => hedgedNumberAt(forms, (k) => tags[k]?.xpos, i + 1);
    if (tags[i]!.xpos !== 'VBN' || !NOMINAL_XPOS.test(tags[i - 1]!.xpos) || !(OBJECT_START.test(tags[i + 1]!.xpos) || nameNext || counted())) continue;
    if (forms.slice(Math.max(0, i - 4), i).some((f) => PARTICIPLE_AUXILIARIES.has(f.toLowerCase()))) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBD' };
  }
  return out;
}

/**
 * "Turkish jets are striking PKK hideouts": an "-ing" word the tagger read as an adjective ("a
 * striking view") right after a form of "be" and right before the start of a noun phrase that an
 * adjective cannot precede (a determiner, possessive or number) or a name, is the progressive
 * taking its object. Before a plain noun ("are striking images") it may be either, and is left.
 */
function progressiveBeforeObject(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i]!.xpos !== 'JJ' || !/^\p{Ll}+ing$/u.test(forms[i]!) || !BE_FORMS.has(forms[i - 1]!.toLowerCase())) continue;
    const nameNext = /^(NNP|NNPS|NN|NNS|JJ)$/.test(tags[i + 1]!.xpos) && /^\p{Lu}/u.test(forms[i + 1]!) && !CALENDAR_NAMES.test(forms[i + 1]!);
    if (!OBJECT_START.test(tags[i + 1]!.xpos) && !nameNext) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBG' };
  }
  return out;
}

/**
 * "Troops shot dead a suspected militant": an adjective right before the start of a noun phrase
 * (a determiner or possessive, which no adjective precedes inside the phrase) stands outside it,
 * as what a verb left its object. A past form (wink reads it as another word's past) right before
 * such an adjective, after a noun and read as anything but a verb, is that verb in the past tense.
 * A past tense the tagger then put right after the determiner ("a suspected militant") is a
 * participle describing the noun.
 */
function resultativeVerb(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i + 2 < tags.length; i++) {
    if (tags[i]!.upos === 'VERB' || tags[i + 1]!.xpos !== 'JJ' || !DETERMINER_XPOS.test(tags[i + 2]!.xpos) || !NOMINAL_XPOS.test(tags[i - 1]!.xpos)) continue;
    const form = forms[i]!;
    if (!/^\p{Ll}+$/u.test(form) || lemmaOfPastVerb(form) === form) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBD' };
    // No past tense follows a determiner: one there is a participle describing the noun.
    if (out[i + 3]?.xpos === 'VBD') out[i + 3] = { upos: 'VERB', xpos: 'VBN' };
  }
  return out;
}

/**
 * "Government forces, backed by clan militias, attacked the town": an "-ed" word set off by commas
 * right after a noun, its "by" agent after it, describes the noun (a participle), and the "-ed"
 * word after the closing comma is the clause's past-tense verb. The tagger, which sees the first
 * "-ed" word right after the subject, reads it as the verb.
 */
function parentheticalParticiple(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  for (let i = 2; i + 2 < tags.length; i++) {
    if (forms[i - 1] !== ',' || forms[i + 1]!.toLowerCase() !== 'by' || !/^VB[DN]$/.test(tags[i]!.xpos) || !/^(NN|NNS|NNP|NNPS)$/.test(tags[i - 2]!.xpos)) continue;
    const close = forms.indexOf(',', i + 2);
    const verb = close + 1;
    const past = /^VB[DN]$/.test(tags[verb]?.xpos ?? '') || (/^VB[PZ]?$/.test(tags[verb]?.xpos ?? '') && lemmaOfPastVerb(forms[verb]!) !== forms[verb]);
    if (close < 0 || verb >= tags.length || !past) continue;
    const out = [...tags];
    out[i] = { upos: 'VERB', xpos: 'VBN' };
    out[verb] = { upos: 'VERB', xpos: 'VBD' };
    return out;
  }
  return tags;
}

/**
 * Deictic time words that are adverbs when they stand alone after a clause's words ("attacked an army base overnight",
 * "were ambushed overnight"). A short closed class, kept here: each is also a noun or an adjective inside a noun phrase
 * ("the overnight raid", "yesterday's attack", "tonight's vote"), which the check below leaves alone.
 */
const DEICTIC_TIME_ADVERBS = new Set(['overnight', 'today', 'yesterday', 'tonight', 'tomorrow']);

/**
 * "Rebels attacked an army base overnight": a deictic time word right after a noun, read as a noun (or an adjective),
 * became the head of the object's phrase ("an army base overnight"), so the base was no longer what was attacked. Right after a noun and
 * not before a noun or a possessive of its own (where it describes the next noun: "an overnight curfew", "today's
 * vote"), it is an adverb of the clause.
 */
function timeAdverbAfterNoun(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  let out = tags;
  for (let i = 1; i < tags.length; i++) {
    if (!DEICTIC_TIME_ADVERBS.has(forms[i]!.toLowerCase()) || !/^(NN|NNS|JJ)$/.test(tags[i]!.xpos) || !NOMINAL_XPOS.test(tags[i - 1]!.xpos)) continue;
    if (/^(NN|NNS|NNP|NNPS|POS|JJ|CD)$/.test(tags[i + 1]?.xpos ?? '')) continue;
    if (out === tags) out = [...tags];
    out[i] = { upos: 'ADV', xpos: 'RB' };
  }
  return out;
}

/**
 * "broke up a sit-in by students", "a go-slow by drivers": a compound glued by a hyphen whose last part is a particle,
 * adverb or adjective ("in", "out", "slow") names a thing when it stands right after a determiner or possessive (or
 * an adjective after one) and heads its phrase (no noun follows: "a go-slow strike" keeps its adjective). The tagger,
 * seeing the part alone, read "in" as an adverb and the parse made it the verb's object with the "by" phrase on the
 * verb; as a noun (the treebank's "follow - up" is NOUN) the phrase keeps its own arguments.
 */
function hyphenNounCompound(forms: readonly string[], glued: readonly boolean[] | undefined, tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  if (!glued) return tags;
  let out = tags;
  for (let i = 3; i < tags.length; i++) {
    if (forms[i - 1] !== '-' || !glued[i - 1] || !/^(RB|RP|IN|JJ)$/.test(tags[i]!.xpos) || !/^\p{Ll}+$/u.test(forms[i]!)) continue;
    // What the phrase starts with: a determiner or possessive right before the first part, or before an adjective before it.
    const opener = DETERMINER_XPOS.test(tags[i - 3]!.xpos) || tags[i - 3]!.xpos === 'POS'
      || (tags[i - 3]!.xpos === 'JJ' && i >= 4 && DETERMINER_XPOS.test(tags[i - 4]!.xpos));
    if (!opener || !/^\p{Ll}+$/u.test(forms[i - 2]!)) continue;
    // "a built-in camera", "a one-off payment": a noun after the compound is the head it describes.
    if (/^(NN|NNS|NNP|NNPS|JJ|HYPH|CD|VBG)$/.test(tags[i + 1]?.xpos ?? '')) continue;
    if (out === tags) out = [...tags];
    out[i] = forms[i]!.endsWith('s') && forms[i]!.length > 3 ? { upos: 'NOUN', xpos: 'NNS' } : { upos: 'NOUN', xpos: 'NN' };
    if (out[i - 2]!.upos !== 'NOUN') out[i - 2] = { upos: 'NOUN', xpos: 'NN' };
  }
  return out;
}

/**
 * "Kidnap victims were freed by troops": a base-form verb opening the sentence, right before a noun that a finite verb
 * or auxiliary follows, describes that noun (a compound: "kidnap victims", "attack survivors", "protest leaders"). Read
 * as an imperative, it became the root and the clause after it a side clause. An imperative's object starts with a
 * determiner or stands before its own phrase, not right before the clause's verb.
 */
function nounModifierOpeningSentence(forms: readonly string[], tags: { upos: string; xpos: string }[]): { upos: string; xpos: string }[] {
  if (tags.length < 4 || tags[0]!.xpos !== 'VB' || !/^(NN|NNS)$/.test(tags[1]!.xpos) || !/^(VBD|VBZ|VBP|MD)$/.test(tags[2]!.xpos)) return tags;
  if (!/^\p{Lu}\p{Ll}+$/u.test(forms[0]!)) return tags;
  const out = [...tags];
  out[0] = { upos: 'NOUN', xpos: 'NN' };
  return out;
}

/** Warms the lexeme cache and model (for benchmarks that time steady state). */
export function warmSyntax(): void {
  syntaxModel();
  lexeme('the');
}
