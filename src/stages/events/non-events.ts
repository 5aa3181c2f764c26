import { readFileSync } from 'node:fs';
import type { ArticleDoc } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import { resourcePath } from '../../syntax/resource-path.js';
import type { TriggerMatch } from './find-triggers.js';
import { conditionOf } from './recode-by-modality.js';
import { publicationDate } from './assign-date.js';
import { TENS, UNITS } from '../quantities/number-words.js';
import { VERBAL_TYPES } from './merge-mentions.js';

interface NonEventWords {
  readonly metaphorHeads: string[];
  readonly metaphorOfNouns: { nouns: string[] };
  readonly abstractTargets: string[];
  readonly sportWords: string[];
  readonly sportVerbs: string[];
  readonly naturalAgents: string[];
  readonly chargeVerbs: string[];
  readonly hardships: { verbs: string[]; prepositions: string[] };
  readonly chargeMarkers: { words: string[] };
  readonly anonymity: { requestVerbs: string[]; namingVerbs: string[]; words: string[]; nameNouns: string[]; withholdingWords: string[] };
  readonly reporterQuestions: { verbs: string[]; words: string[] };
  readonly warnings: { verbs: string[]; prepositions: string[]; reprisalNouns: string[] };
  readonly commentators: { nouns: string[] };
  readonly standingRoles: { verbs: string[]; bodies: string[]; governing: { verbs: string[]; rulingPrepositions: string[] } };
  readonly prohibitions: { verbs: string[] };
  readonly anteriority: { before: string[]; of: string[]; to: string[] };
  readonly standingStruggles: { units: string[] };
  readonly alignments: { verbs: string[] };
  readonly frames: { prepositions: string[]; heads: string[]; types: string[] };
  readonly kindModifiers: { heads: string[]; sufferers: string[] };
  readonly tallies: { nouns: string[] };
  readonly periodCounts: {
    periodNouns: string[]; statistics: string[]; showVerbs: string[]; longDays: number; types: string[]; countWords: string[];
    spans: { markers: string[]; prepositions: string[]; toDate: string[]; points: string[] };
    incidents: { prepositions: string[]; determiners: string[] };
  };
}

const WORDS = (() => {
  const data = JSON.parse(readFileSync(resourcePath('events/non-events.json'), 'utf8')) as NonEventWords;
  return {
    metaphorHeads: new Set(data.metaphorHeads),
    metaphorOfNouns: new Set(data.metaphorOfNouns.nouns),
    abstractTargets: new Set(data.abstractTargets),
    sportWords: new Set(data.sportWords),
    sportVerbs: new Set(data.sportVerbs),
    naturalAgents: new Set(data.naturalAgents),
    chargeVerbs: new Set(data.chargeVerbs),
    hardshipVerbs: new Set(data.hardships.verbs),
    hardshipPrepositions: new Set(data.hardships.prepositions),
    chargeMarkers: new Set(data.chargeMarkers.words),
    anonymityRequests: new Set(data.anonymity.requestVerbs),
    namingVerbs: new Set(data.anonymity.namingVerbs),
    anonymityWords: new Set(data.anonymity.words),
    nameNouns: new Set(data.anonymity.nameNouns),
    withholdingWords: new Set(data.anonymity.withholdingWords),
    questionVerbs: new Set(data.reporterQuestions.verbs),
    questionWords: new Set(data.reporterQuestions.words),
    warnVerbs: new Set(data.warnings.verbs),
    warnPrepositions: new Set(data.warnings.prepositions),
    reprisalNouns: new Set(data.warnings.reprisalNouns),
    commentators: new Set(data.commentators.nouns),
    roleVerbs: new Set(data.standingRoles.verbs),
    roleBodies: new Set(data.standingRoles.bodies),
    governingVerbs: new Set(data.standingRoles.governing.verbs),
    rulingPrepositions: new Set(data.standingRoles.governing.rulingPrepositions),
    prohibitVerbs: new Set(data.prohibitions.verbs),
    anteriorPrepositions: new Set(data.anteriority.before),
    anteriorOf: new Set(data.anteriority.of),
    anteriorTo: new Set(data.anteriority.to),
    standingUnits: new Set(data.standingStruggles.units),
    alignmentVerbs: new Set(data.alignments.verbs),
    framePrepositions: new Set(data.frames.prepositions),
    frameHeads: new Set(data.frames.heads),
    frameTypes: new Set(data.frames.types),
    kindHeads: new Set(data.kindModifiers.heads),
    tallyNouns: new Set(data.tallies.nouns),
    kindSufferers: new Set(data.kindModifiers.sufferers),
    periodNouns: new Set(data.periodCounts.periodNouns),
    spanMarkers: new Set(data.periodCounts.spans.markers),
    spanPrepositions: new Set(data.periodCounts.spans.prepositions),
    spanToDate: data.periodCounts.spans.toDate.map((p) => p.split(' ')),
    spanPoints: new Set(data.periodCounts.spans.points),
    incidentPrepositions: new Set(data.periodCounts.incidents.prepositions),
    incidentDeterminers: new Set(data.periodCounts.incidents.determiners),
    statisticsNouns: new Set(data.periodCounts.statistics),
    showVerbs: new Set(data.periodCounts.showVerbs),
    longDays: data.periodCounts.longDays,
    countedTypes: new Set(data.periodCounts.types),
    countWords: new Set(data.periodCounts.countWords),
  };
})();

/** non-events.json kindModifiers: nouns an act noun compounded before names the kind of ("riot police"), and those who suffered an act ("kidnap victims"). */
export const KIND_MODIFIERS = { heads: WORDS.kindHeads, sufferers: WORDS.kindSufferers } as const;

/**
 * Words that read as acts but report none (the coding manuals' non-events), decided on the parse:
 * - a metaphor: a war, fight or campaign on or against something that is not a party ("the war on
 *   drugs", "a crackdown on corruption", "vowed to fight inflation");
 * - sport: a beating, shot or attack in a sentence about a match ("Madrid beat Barcelona 2-1 in the
 *   cup final");
 * - nature: a verb whose doer is an earthquake, a storm or a disease ("a quake struck the coast",
 *   "cholera killed 40"), which no party did;
 * - a charge: the act someone is arrested, charged or fined for ("arrested for collaborating with
 *   the rebels", "charged with defying the envoy"), which the text alleges but does not tell;
 * - a source's wish to stay unnamed ("who asked not to be identified", "requested anonymity");
 * - a reporter's question: a subjectless participle opening the sentence ("Asked whether the port would reopen, …");
 * - a habit: a present-tense act in a relative clause ("gangs who kidnap villagers for ransom"),
 *   which says what its noun does as a rule, not what happened;
 * - a warning about a danger ("warned of famine", "of a possible attack"), unless what it warns of is
 *   the speaker's own reprisal or it is made on a condition;
 * - a signature mark ("(signed)") closing a document;
 * - a hardship: struggling or grappling with a thing that is no party ("struggled with a lack of fuel");
 * - a standing role: leading or heading a body ("who had led the government since March"), an office held,
 *   or ruling or governing ("has ruled by decree since 2021"), holding power.
 * - what is banned, cancelled or put off ("banned all rallies", "the march was called off"): it did not happen.
 * - a standing alignment: a participle of taking a side on a noun ("the coalition backing the government").
 * - a standing conflict: an act in the perfect progressive over years ("have been fighting the
 *   government for a decade"), which describes the party, not an act of a day.
 * - a time anchor: an act noun another act is dated before ("arrested activists ahead of the rally",
 *   "on the eve of the strike"), which the sentence does not tell as happening.
 * - a frame: an agreement another act is told under ("under the deal, troops will patrol the border", "as part
 *   of the accord"), which refers back to it.
 * Returns the reason, or null for a real act.
 */
export function nonEvent(doc: ArticleDoc, trigger: TriggerMatch, sentenceTokens: readonly number[]): string | null {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const head = tokens[trigger.head]!;
  const against = (list: readonly { token: number; prep: string | null }[]) => list.filter((m) => m.prep === 'on' || m.prep === 'against').map((m) => m.token);
  // The "on drugs" of "stepped up its war on drugs" may hang on the verb the noun is the object of.
  const governor = syn.relation(trigger.head) === 'obj' ? syn.head(trigger.head) : -1;
  const targets = trigger.nominal
    ? [...against(syn.nominalModifiersOf(trigger.head)), ...(governor >= 0 ? against(syn.obliquesOf(governor)) : [])]
    : syn.objectsOf(trigger.head);
  const metaphor = (trigger.nominal ? WORDS.metaphorHeads.has(head.normal) : ['fight', 'combat', 'battle', 'tackle', 'attack', 'wage'].includes(head.lemma)) &&
    targets.some((t) => WORDS.abstractTargets.has(tokens[t]!.normal) || WORDS.abstractTargets.has(tokens[t]!.lemma));
  if (metaphor) return `"${head.text}" is a metaphor here (a fight against ${tokens[targets[0]!]!.text}), not an act between parties`;
  // "waging a war of words": a war whose "of" names talk or will, not arms.
  const ofWhat = trigger.nominal && WORDS.metaphorHeads.has(head.normal)
    ? syn.nominalModifiersOf(trigger.head).find((m) => m.prep === 'of' && WORDS.metaphorOfNouns.has(tokens[m.token]!.normal)) : undefined;
  if (ofWhat) return `"${head.text} of ${tokens[ofWhat.token]!.text}" is a metaphor here, not an act between parties`;
  // "The Minister of Defence (signed)": a signature mark closing a document, in brackets on its own, signs nothing told.
  if (!trigger.nominal && head.lemma === 'sign' && tokens[trigger.head - 1]?.text === '(' && tokens[trigger.head + 1]?.text === ')') {
    return `"(${head.text})" is a signature mark closing a document, not an act`;
  }
  // "struggled with a lack of fuel": a hardship is a thing, not a party (non-events.json hardships).
  if (!trigger.nominal && WORDS.hardshipVerbs.has(head.lemma)) {
    const hardship = syn.obliquesOf(trigger.head).find((o) => o.prep !== null && WORDS.hardshipPrepositions.has(o.prep));
    if (hardship !== undefined && !namesParty(doc, hardship.token)) return `"${head.text} with ${tokens[hardship.token]!.text}" is a difficulty, not a fight with a party`;
  }
  // "arrested for collaborating with X", "fined for violating the ban": the charge is alleged, not an act told.
  if (!trigger.nominal && head.tag === 'VBG') {
    const charged = syn.head(trigger.head);
    // "arrested for …", "charged with …" (non-events.json chargeMarkers).
    const byFor = syn.children(trigger.head).some((c) => WORDS.chargeMarkers.has(tokens[c]!.normal) && (syn.relation(c) === 'mark' || syn.relation(c) === 'case'));
    if (byFor && charged >= 0 && WORDS.chargeVerbs.has(tokens[charged]!.lemma)) return `"${head.text}" is what "${tokens[charged]!.text}" is for, a charge, not an act told`;
  }
  if (!trigger.nominal && WORDS.anonymityRequests.has(head.lemma) && asksAnonymity(doc, trigger.head, sentenceTokens)) {
    return `"${head.text}" is a source asking not to be named, the reporting's formula, not a request between parties`;
  }
  if (!trigger.nominal && reporterQuestion(doc, trigger.head, sentenceTokens)) {
    return `"${head.text} ${tokens[trigger.head + 1]!.text}" is the question put to the speaker, the reporting's formula, not a request between parties`;
  }
  if (!trigger.nominal && WORDS.roleVerbs.has(head.lemma)) {
    const body = syn.objectsOf(trigger.head).find((o) => WORDS.roleBodies.has(tokens[o]!.lemma) || WORDS.roleBodies.has(tokens[o]!.normal));
    if (body !== undefined) return `"${head.text} ${tokens[body]!.text}" is an office held (a standing role), not an act towards it`;
  }
  if (!trigger.nominal && WORDS.governingVerbs.has(head.lemma) && governing(doc, trigger.head)) {
    return `"${head.text}" is holding power (a standing state), not an act`;
  }
  if (trigger.nominal) {
    // "banned rallies and marches": a conjunct shares its first conjunct's place in the clause.
    let noun = trigger.head;
    while (syn.relation(noun) === 'conj' && syn.head(noun) >= 0) noun = syn.head(noun);
    const relation = syn.relation(noun);
    const verb = syn.head(noun);
    if ((relation === 'obj' || relation === 'nsubj:pass') && verb >= 0 && WORDS.prohibitVerbs.has(tokens[verb]!.lemma)) {
      return `"${head.text}" is what "${tokens[verb]!.text}" stops, an act that did not happen`;
    }
    const anchor = anteriorMarker(doc, noun);
    if (anchor !== null) return `"${head.text}" dates another act (${anchor} it), a time anchor, not an act told as happening`;
    // "Under the deal, soldiers will patrol …", "under the terms of the accord": the agreement frames another act (non-events.json frames).
    if (WORDS.frameTypes.has(trigger.rule.event)) {
      const framing = (k: number) => WORDS.framePrepositions.has((syn.caseOf(k) ?? '').toLowerCase());
      const owner = verb >= 0 && syn.caseOf(noun) === 'of' && WORDS.frameHeads.has(tokens[verb]!.lemma) ? verb : -1;
      if (framing(noun) || (owner >= 0 && (framing(owner) || ['as', 'under'].includes((syn.caseOf(owner) ?? '').toLowerCase())))) {
        return `"${head.text}" is the frame of another act (an agreement referred to), not an act told as happening`;
      }
    }
  }
  // "bringing to 300 the number killed since January": a participle describing a count tells what is counted, not an act.
  // "the number of civilians wounded since the spring": the participle may describe the counted people, an "of" phrase of the count.
  const described = !trigger.nominal && syn.relation(trigger.head) === 'acl' ? syn.head(trigger.head) : -1;
  const countNoun = described < 0 ? -1 : WORDS.tallyNouns.has(tokens[described]!.normal) ? described
    : syn.caseOf(described) === 'of' && syn.head(described) >= 0 && WORDS.tallyNouns.has(tokens[syn.head(described)]!.normal) ? syn.head(described) : -1;
  if (countNoun >= 0) {
    return `"${head.text}" describes a count ("${tokens[countNoun]!.text}"), not an act told`;
  }
  // "the coalition backing the government", "militias backed by Tehran": a participle of taking a side on a noun describes
  // the noun's party (non-events.json alignments); a relative clause ("which backed the plan") keeps its act.
  if (!trigger.nominal && trigger.rule.event === 'SUPPORT' && WORDS.alignmentVerbs.has(head.lemma) && (head.tag === 'VBG' || head.tag === 'VBN')
    && syn.fullRelation(trigger.head) === 'acl' && syn.head(trigger.head) >= 0 && tokens[syn.head(trigger.head)]!.pos === 'NOUN'
    // Only a party's side: "flights supporting the evacuation" tell what the flights did.
    && namesParty(doc, syn.head(trigger.head))) {
    return `"${head.text}" describes whose side ${tokens[syn.head(trigger.head)]!.text} is on (a standing alignment), not an act of support`;
  }
  if (!trigger.nominal && standingStruggle(doc, trigger.head)) return `"${head.text}" goes on over years (perfect progressive), a standing conflict, not an act that happened`;
  if (!trigger.nominal && habitual(doc, trigger.head)) return `"${head.text}" tells what happens as a rule (present tense), not an act that happened`;
  if (!trigger.nominal && WORDS.warnVerbs.has(head.lemma)) {
    // What is warned of must be a thing: "warned of the Prince" names a party.
    const about = syn.obliquesOf(trigger.head).filter((o) => o.prep !== null && WORDS.warnPrepositions.has(o.prep) && tokens[o.token]!.pos === 'NOUN');
    const reprisal = about.some((o) => WORDS.reprisalNouns.has(tokens[o.token]!.normal));
    if (about.length > 0 && !reprisal && conditionOf(doc, trigger) === null) {
      return `"${head.text}" warns of a danger (${tokens[about[0]!.token]!.text}), a comment, not a threat by the speaker`;
    }
  }
  const doer = trigger.nominal ? null : syn.subjectOf(trigger.head);
  // "Analysts warn that …", "experts called for …": commentary by trade, not a party's statement.
  // Experts of a body the text names ("UN human rights experts", "a WHO expert") speak for it: a party.
  const subject = doer ? tokens[doer.token]! : undefined;
  if (doer && subject && VERBAL_TYPES.has(trigger.rule.event) && WORDS.commentators.has(subject.normal) && !namesBody(doc, doer.token)) {
    return `"${head.text}" is said by ${tokens[doer.token]!.text}, commentators, not a party to the events`;
  }
  // The hazard's own word, or the kind before a storm's name ("Hurricane Milton hit Florida", "Cyclone Freddy killed 20").
  const natural = (k: number) => WORDS.naturalAgents.has(tokens[k]!.normal) || WORDS.naturalAgents.has(tokens[k]!.lemma);
  const hazard = doer && doer.via === 'own'
    ? [doer.token, ...(tokens[doer.token]!.pos === 'PROPN' ? syn.children(doer.token).filter((c) => syn.fullRelation(c) === 'compound' && c < doer.token) : [])].find(natural)
    : undefined;
  if (hazard !== undefined) {
    return `"${head.text}" is done by ${tokens[hazard]!.text} here, a natural hazard, not a party`;
  }
  if (['ASSAULT', 'COERCE', 'THREATEN'].includes(trigger.rule.event) && (WORDS.sportVerbs.has(head.lemma) || WORDS.sportVerbs.has(head.normal))) {
    const sport = sentenceTokens.filter((i) => WORDS.sportWords.has(tokens[i]!.normal)).length;
    // A score ("2-1", "3-0") or two sport words make a sentence about a game.
    const score = sentenceTokens.some((i) => /^\d{1,2}-\d{1,2}$/.test(tokens[i]!.text) || (tokens[i]!.text === '-' && /^\d{1,2}$/.test(tokens[i - 1]?.text ?? '') && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '')));
    // A sport verb with a score is a game even with no sport word ("Arsenal crushed Chelsea 4-0").
    if (sport >= 2 || score) return `"${head.text}" is sport here (the sentence is about a game), not political violence`;
  }
  return null;
}

/**
 * The words that put a noun's act after another ("ahead of", "before", "on the eve of", "in the
 * run-up to"), read on the noun's own preposition and the word before it (the parse of these
 * phrases varies: "ahead" may be an adverb with the noun under it, "run-up" two nouns), else null.
 */
function anteriorMarker(doc: ArticleDoc, noun: number): string | null {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const preposition = syn.children(noun).find((c) => syn.relation(c) === 'case' && c < noun);
  if (preposition === undefined) return null;
  const word = tokens[preposition]!.normal;
  if (WORDS.anteriorPrepositions.has(word)) return word;
  // "prior to", "ahead of" parsed as one preposition: its first word is the case word, the rest fixed to it.
  if (WORDS.anteriorOf.has(word) || WORDS.anteriorTo.has(word)) return word;
  // "run-up to": the hyphenated word may be split in three tokens.
  const before = tokens[preposition - 1]?.normal ?? '';
  const joined = tokens[preposition - 2]?.normal === '-' ? `${tokens[preposition - 3]?.normal ?? ''}-${before}` : before;
  const list = word === 'of' ? WORDS.anteriorOf : word === 'to' ? WORDS.anteriorTo : null;
  if (list && (list.has(joined) || list.has(before))) return `${joined} ${word}`;
  return null;
}

/**
 * "asked not to be identified", "asked to remain anonymous", "requested anonymity": read on the
 * words right after the verb (a fixed formula the parse often gets wrong), within its sentence.
 */
function asksAnonymity(doc: ArticleDoc, verb: number, sentenceTokens: readonly number[]): boolean {
  const last = sentenceTokens[sentenceTokens.length - 1] ?? verb;
  for (let i = verb + 1; i <= Math.min(verb + 5, last); i++) {
    const t = doc.tokens[i]!;
    if (WORDS.anonymityWords.has(t.normal)) return true;
    if (t.tag === 'VBN' && WORDS.namingVerbs.has(t.lemma) && doc.tokens[i - 1]?.normal === 'be') return true;
  }
  // "asked that her name not appear", "asked that his surname be withheld": the source's name kept out of print.
  const words: string[] = [];
  for (let i = verb + 1; i <= Math.min(verb + 7, last); i++) words.push(doc.tokens[i]!.normal);
  return words.some((w) => WORDS.nameNouns.has(w)) && words.some((w) => WORDS.withholdingWords.has(w));
}

/**
 * "Asked whether the port would reopen, the minister said …": a participle of asking with no subject of its own, the
 * sentence's first word (after any opening quotation mark), followed by what was asked (non-events.json reporterQuestions).
 */
function reporterQuestion(doc: ArticleDoc, verb: number, sentenceTokens: readonly number[]): boolean {
  const syn = syntaxOf(doc);
  const t = doc.tokens[verb]!;
  // The tagger may read the opening participle as a past tense ("Asked/VBD whether …"); it has no subject either way.
  if ((t.tag !== 'VBN' && t.tag !== 'VBD') || !WORDS.questionVerbs.has(t.lemma) || !WORDS.questionWords.has(doc.tokens[verb + 1]?.normal ?? '')) return false;
  const first = sentenceTokens.find((k) => doc.tokens[k]!.pos !== 'PUNCT');
  return first === verb && !syn.children(verb).some((c) => syn.relation(c).startsWith('nsubj'));
}

/**
 * Whether "rule"/"govern" tells holding power rather than a court's ruling: no "that" clause, no
 * particle ("ruled out") and nothing ruled on, against or in favour of.
 */
function governing(doc: ArticleDoc, verb: number): boolean {
  const syn = syntaxOf(doc);
  if (syn.children(verb).some((c) => syn.relation(c) === 'ccomp' || syn.fullRelation(c) === 'compound:prt')) return false;
  if (doc.tokens[verb + 1]?.normal === 'out') return false;
  return !syn.obliquesOf(verb).some((o) => o.prep !== null && WORDS.rulingPrepositions.has(o.prep) && (o.prep !== 'in' || /^favou?r$/.test(doc.tokens[o.token]!.normal)));
}

/**
 * Whether a verb tells a state of years: a progressive with "been" ("has been fighting") and a
 * "for" phrase of years or decades, or "since" a year ("since 2009").
 */
function standingStruggle(doc: ArticleDoc, verb: number): boolean {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  if (tokens[verb]!.tag !== 'VBG' || !syn.children(verb).some((c) => syn.relation(c) === 'aux' && tokens[c]!.normal === 'been')) return false;
  return syn.obliquesOf(verb).some((o) => (o.prep === 'for' && WORDS.standingUnits.has(tokens[o.token]!.normal))
    || (o.prep === 'since' && /^(1[89]|20)\d\d$/.test(tokens[o.token]!.text)));
}

/**
 * Whether a verb tells a habit: a simple present in a relative clause ("gangs who kidnap villagers
 * for ransom", "crossings that connect the town to the border"), which describes what its noun does
 * as a rule. The form must be a present one ("kidnaps", or the bare lemma): the tagger sometimes
 * reads an irregular past ("who overran it") as present. Frequency adverbs alone do not make a
 * habit a non-event: "soldiers routinely beat detainees" reports abuse that happened.
 */
function habitual(doc: ArticleDoc, verb: number): boolean {
  const syn = syntaxOf(doc);
  const t = doc.tokens[verb]!;
  // A relative clause by its relation, or by its relative pronoun subject when the parse hangs it elsewhere.
  const relative = syn.relation(verb) === 'acl' ||
    syn.children(verb).some((c) => syn.relation(c) === 'nsubj' && (doc.tokens[c]!.tag === 'WP' || doc.tokens[c]!.tag === 'WDT') && c < verb);
  if (!relative || syn.children(verb).some((c) => syn.relation(c) === 'aux')) return false;
  return (t.tag === 'VBZ' && /s$/i.test(t.text)) || (t.tag === 'VBP' && t.normal === t.lemma);
}

/** Whether a noun is inside a party the actors stage found ("the rebels", "Kazakh police"), coded or not. */
function namesParty(doc: ArticleDoc, noun: number): boolean {
  const t = doc.tokens[noun]!;
  return doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end);
}

/** Whether a noun's phrase names a party with a code ("UN human rights experts", "experts appointed by the UN"). */
function namesBody(doc: ArticleDoc, noun: number): boolean {
  const [from, to] = syntaxOf(doc).subtreeRange(noun);
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to]!.end;
  return doc.actors.some((a) => a.code !== null && a.span.start >= start && a.span.end <= end);
}

/**
 * Whether the time phrase over tokens from..to (a period noun's phrase) runs over a period: "over the past decade", "in
 * the last two years", "so far this year" (non-events.json periodCounts.spans). Bare "last year" or "this month" may date
 * one incident and is a period only when `loose` (a count credited to statistics); "two years ago", "earlier this year"
 * are points in time, never periods. Returns null for no period, else the period with the start its own words give
 * ("the past two years": two years before publication; "so far this year": the year's first day), or null for the start
 * to be read from the dates stage's times.
 */
function spansPeriod(doc: ArticleDoc, from: number, to: number, verb: number, loose: boolean): Span | null {
  const tokens = doc.tokens;
  // The preposition before the phrase ("over the past decade") when the phrase's range leaves it out.
  const start = from > 0 && WORDS.spanPrepositions.has(tokens[from - 1]!.normal) && tokens[from - 1]!.sentence === tokens[from]!.sentence ? from - 1 : from;
  const words: string[] = [];
  for (let k = start; k <= to; k++) words.push(tokens[k]!.normal);
  // "ago" may follow the phrase the parse closes before it.
  if (words.some((w) => WORDS.spanPoints.has(w)) || WORDS.spanPoints.has(tokens[to + 1]?.normal ?? '')) return null;
  const pub = publicationDate(doc)?.value ?? null;
  const unit = words.map((w) => UNIT_MONTHS[w]).find((u) => u !== undefined);
  const marker = words.findIndex((w) => WORDS.spanMarkers.has(w));
  if (marker >= 0) {
    const after = words.slice(marker + 1);
    const number = after.map((w, i) => tokens[start + marker + 1 + i]!.tag === 'CD' ? (Number(w.replace(/,/g, '')) || UNITS[w] || TENS[w] || NaN) : NaN).find((n) => !Number.isNaN(n));
    const vague = after.some((w) => ['few', 'several'].includes(w));
    if (number !== undefined || vague || WORDS.spanPrepositions.has(words[0]!)) {
      // "the past two years" starts two years before publication; "the past few months" at least two months.
      if (!pub || unit === undefined) return { start: null };
      const back = new Date(Date.parse(pub));
      back.setUTCMonth(back.getUTCMonth() - unit * (number ?? (vague ? 2 : 1)));
      return { start: back.toISOString().slice(0, 10) };
    }
  }
  // "so far this year", "to date": the verb's clause runs the period up to now, from the start of this year or month.
  const [lo, hi] = syntaxOf(doc).subtreeRange(verb);
  let toDate = false;
  for (let k = lo; k <= hi; k++) if (WORDS.spanToDate.some((p) => p.every((w, i) => tokens[k + i]?.normal === w))) toDate = true;
  if (toDate && words.includes('this') && pub && unit !== undefined) return { start: unit >= 12 ? `${pub.slice(0, 4)}-01-01` : `${pub.slice(0, 7)}-01` };
  return loose ? { start: null } : null;
}

/**
 * The verb whose argument an act noun counted as many is ("have mounted dozens of sit-ins on the highway", "carried out sporadic
 * attacks", "lived under 11 curfews"): a plural noun with a number or a word of number (non-events.json
 * periodCounts.countWords) that is the verb's subject, object or oblique. -1 when the noun is no such count.
 */
function verbOfCountedActs(doc: ArticleDoc, noun: number): number {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  if (tokens[noun]!.tag !== 'NNS') return -1;
  const counted = syn.children(noun).some((c) => (syn.relation(c) === 'nummod' && tokens[c]!.tag === 'CD') || WORDS.countWords.has(tokens[c]!.normal));
  const verb = syn.head(noun);
  if (!counted || verb < 0 || tokens[verb]!.pos !== 'VERB' || !/^(obj|obl|nsubj)/.test(syn.relation(noun))) return -1;
  return verb;
}

/** A period's start, when its own words give it ("the past two years"); null to take the dates stage's times. */
interface Span { readonly start: string | null }

/** Months in a period noun's unit. */
const UNIT_MONTHS: Record<string, number> = { month: 1, months: 1, quarter: 3, half: 6, year: 12, years: 12, decade: 120, decades: 120 };


/**
 * "90 herders have been abducted on the plateau since 2016", "over 700 suspects were shot dead over the past decade": a
 * counted act (a figure of its own) told over a period that began well before the news, with no doer named or credited to
 * statistics, is a count of many acts, not an act (guideline 5: cumulative tolls are not events; non-events.json
 * periodCounts). The period is a dependent of the verb: a "since" phrase, clause or adverb ("have since been arrested"),
 * or a time phrase running over a period (`spansPeriod`; bare "last year" only in a count credited to statistics). Long:
 * the earliest time told in it, else the act's date (a "since then" takes the date of what it refers to), ends `longDays`
 * or more before publication. A count since a day of the news ("400 protesters have been arrested since Tuesday") is the
 * news itself, whoever counted it; so is an act told in one incident ("killed in an ambush"), an act noun among
 * `incidents` (the heads of the sentence's act nouns). Returns the reason, or null.
 */
export function countOverPeriod(doc: ArticleDoc, trigger: TriggerMatch, date: string | null, counted: boolean, incidents: ReadonlySet<number> = new Set()): string | null {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  // "have mounted dozens of sit-ins on the highway since 2021": an act noun counted is many acts of any type, its period read
  // on the verb it is an argument of.
  const countingVerb = trigger.nominal ? verbOfCountedActs(doc, trigger.head) : -1;
  // Tolls of harm, abductions, arrests and charges (guideline 5); a count of those demobilized or freed is told as the acts.
  const verb = trigger.nominal ? countingVerb : trigger.head;
  // The figure may be the verb's size or a number on those it counts ("over 150 members have been prosecuted").
  // The parse may hang the number on a compound before the noun ("150 opposition members").
  const numbered = (n: number) => [n, ...syn.children(n).filter((c) => syn.relation(c) === 'compound')]
    .some((m) => syn.children(m).some((c) => syn.relation(c) === 'nummod' && tokens[c]!.tag === 'CD'));
  // Not a participle describing the people ("eleven persons detained since 2019 were freed"): they are counted by the clause they are in.
  const countsPeople = counted || (verb >= 0 && syn.relation(verb) !== 'acl' && [...syn.subjectsOf(verb), ...syn.objectsOf(verb)].some(numbered));
  if (trigger.nominal ? countingVerb < 0 : !countsPeople || !WORDS.countedTypes.has(trigger.rule.event)) return null;
  // "killed in an ambush", "during the raid": one incident, not a count of many.
  if (syn.obliquesOf(verb).some((o) => o.prep !== null && WORDS.incidentPrepositions.has(o.prep) && incidents.has(o.token) && tokens[o.token]!.tag === 'NN'
    && syn.children(o.token).some((c) => syn.relation(c) === 'det' && WORDS.incidentDeterminers.has(tokens[c]!.normal)))) return null;
  const sentence = doc.sentences[tokens[verb]!.sentence]!;
  const inSentence: number[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) inSentence.push(k);
  // "according to official figures", "a monitor's tally shows": the count is a statistic.
  const credited = inSentence.some((k) => {
    if (tokens[k]!.normal !== 'according' || tokens[k + 1]?.normal !== 'to') return false;
    for (let m = k + 2; m < sentence.tokenEnd && tokens[m]!.pos !== 'PUNCT'; m++) if (WORDS.statisticsNouns.has(tokens[m]!.normal)) return true;
    return false;
  }) || syn.ancestors(verb).some((a) => WORDS.showVerbs.has(tokens[a]!.lemma) && syn.subjectsOf(a).some((n) => WORDS.statisticsNouns.has(tokens[n]!.normal)));
  const since = (c: number) => tokens[c]!.normal === 'since' || (syn.caseOf(c) ?? '').toLowerCase() === 'since' || (syn.markerOf(c) ?? '').toLowerCase() === 'since';
  // The starts the periods' own words give ("the past two years").
  const spanStarts: string[] = [];
  const periods = syn.children(verb).filter((c) => {
    const relation = syn.relation(c);
    if (!['obl', 'advmod', 'advcl', 'nmod', 'obl:tmod', 'obl:npmod'].includes(syn.fullRelation(c)) && !['obl', 'advmod', 'advcl'].includes(relation)) return false;
    if (since(c)) return true;
    // "so far this year": the parse may hang the period noun on the adverb.
    const noun = WORDS.periodNouns.has(tokens[c]!.lemma) || relation !== 'advmod' ? c
      : syn.children(c).find((n) => WORDS.periodNouns.has(tokens[n]!.lemma) && /^(obl|nmod)/.test(syn.fullRelation(n))) ?? c;
    if (!WORDS.periodNouns.has(tokens[noun]!.lemma)) return false;
    const [from, to] = syn.subtreeRange(c);
    const span = spansPeriod(doc, from, to, verb, credited);
    if (span?.start) spanStarts.push(span.start);
    return span !== null;
  });
  const [lo, hi] = syn.subtreeRange(verb);
  // Only a time phrase of the verb itself, or one the parse hung on its object ("killed 900 suspects over the past year"),
  // not one of another phrase ("the deadliest attack since 2019", "the first clash since the two signed a treaty in 2025").
  const arguments_ = new Set([verb, ...syn.objectsOf(verb), ...syn.subjectsOf(verb)]);
  const inside = (t: { span: { start: number; end: number } }) => tokens.map((_, k) => k).filter((k) => tokens[k]!.start >= t.span.start && tokens[k]!.end <= t.span.end);
  const ownPhrase = (t: { span: { start: number; end: number } }) => {
    const words = inside(t);
    const top = words.find((k) => !words.includes(syn.head(k)));
    return top !== undefined && arguments_.has(syn.head(top)) && /^(obl|nmod|advmod)/.test(syn.fullRelation(top));
  };
  const periodTimes = doc.times.filter((t) => t.span.start >= tokens[lo]!.start && t.span.end <= tokens[hi]!.end && t.type !== 'duration' && ownPhrase(t)
    && (t.type === 'since' || /\bsince\b/i.test(t.text) || (t.text.toLowerCase().split(/[^a-z]+/).some((w) => WORDS.periodNouns.has(w))
      && (() => {
        const words = inside(t);
        const span = words.length > 0 ? spansPeriod(doc, words[0]!, words[words.length - 1]!, verb, credited) : null;
        if (span?.start) spanStarts.push(span.start);
        return span !== null;
      })())));
  if (periods.length === 0 && periodTimes.length === 0) return null;
  const pub = publicationDate(doc);
  if (!pub) return null;
  const limit = Date.parse(pub.value) - WORDS.longDays * 86_400_000;
  // Where the period's own words name a time, that time is its start; else the act's date (from what "then" refers to).
  const starts = periods.flatMap((p) => {
    const [from, to] = syn.subtreeRange(p);
    return doc.times.filter((t) => t.span.start >= tokens[from]!.start && t.span.end <= tokens[to]!.end && t.type !== 'duration').map((t) => t.value);
  });
  starts.push(...periodTimes.map((t) => t.value));
  // A start the period's words give ("the past two years") stands over the point the dates stage read in it ("2024" for "this year").
  if (spanStarts.length > 0) starts.splice(0, starts.length, ...spanStarts);
  const start = starts.length > 0 ? starts.sort()[0]! : date;
  if (start === null || !/^\d{4}/.test(start)) return null;
  // The period's start read at its latest ("2014" is all of 2014), so a period is long only when surely so.
  const [y, m, d] = start.split('-').map(Number);
  const latest = m === undefined ? Date.UTC(y!, 11, 31) : d === undefined ? Date.UTC(y!, m, 0) : Date.UTC(y!, m - 1, d);
  if (latest > limit) return null;
  // Acts counted by their noun are many whoever did them ("they have launched 30 attacks on shipping since 2022").
  if (trigger.nominal) return `"${tokens[trigger.head]!.text}" are counted over a period begun long before the news (${start}), many acts, not one told`;
  // Over a long period, a count credited to statistics is one whoever did the acts.
  if (credited) return `"${tokens[trigger.head]!.text}" counts acts over a long period from statistics (a tally or figures), not an act told`;
  // Uncredited, a doer named ("drone strikes have killed eight commanders since July") is told as its acts, as ACLED codes it.
  if (!syn.isPassive(verb) && syn.subjectOf(verb)?.via === 'own') return null;
  return `"${tokens[trigger.head]!.text}" counts acts over a period begun long before the news (${start}), a cumulative toll, not an act told`;
}
