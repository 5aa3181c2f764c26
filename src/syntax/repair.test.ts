import { describe, expect, it } from 'vitest';
import type { WordAnalysis } from './analyse.js';
import { repairBarePassive, repairDoubleSubject, repairVerbAsAuxiliary, repairCircumstanceAttachment, repairIllFormed, repairNominalConjuncts, repairPerfectAuxiliary, repairNominalRoot, repairVerbAfterRelative, repairReducedRelatives, repairRelativeClauseRoot, repairRelativeAfterComma, repairResultativeAdjective, repairParticipleRoot, repairSubordinateClause, repairFrontedPhraseSubject, repairFrontedAppositiveSubject, repairAdjectiveReadAsVerb, repairTrailingReport, repairModalAdjective, repairContentClause, repairGerundAfterPreposition, repairObjectReadAsMeasure, repairCoordinatedParticiple, repairOpenComplementWithSubject, repairPhraseReadAsClause, repairWhenClauseOnNoun, repairReportedSubject, repairFrontedToPreposition, repairSplitAgent, repairConjunctUnderPhrase, repairPartitiveRoot, repairListSubjectRoot, repairVerbAfterParenthetical, repairFrontedTimeConjunct, repairAppositionReadAsPredicate } from './repair.js';

/** A hand-written analysis: "form/UPOS/XPOS/head/deprel" per word, heads 1-based as in CoNLL-U (0 = root). */
function analysis(words: string): { forms: string[]; words: WordAnalysis[] } {
  const parts = words.split(' ').map((w) => w.split('/'));
  return { forms: parts.map((p) => p[0]!), words: parts.map(([, upos, xpos, head, deprel]) => ({ upos: upos!, xpos: xpos!, head: Number(head) - 1, deprel: deprel! })) };
}
const arcs = (words: readonly WordAnalysis[]) => words.map((w) => `${w.head + 1}:${w.deprel}`).join(' ');

describe('parse repairs', () => {
  it('should make a coordinated subject read as more conjuncts of a fronted phrase\'s last noun the subject of the verb after it', () => {
    // As the parser had it: "Under a deal brokered by Egypt, Israel and Hamas agreed", "Israel" and "Hamas" conjuncts of "Egypt".
    const { forms, words } = analysis('Under/ADP/IN/3/case a/DET/DT/3/det deal/NOUN/NN/11/obl brokered/VERB/VBN/3/acl by/ADP/IN/6/case Egypt/PROPN/NNP/4/obl:agent ,/PUNCT/,/8/punct Israel/PROPN/NNP/6/conj and/CCONJ/CC/10/cc Hamas/PROPN/NNP/6/conj agreed/VERB/VBD/0/root');
    expect(arcs(repairFrontedPhraseSubject(forms, words))).toBe('3:case 3:det 11:obl 3:acl 6:case 4:obl:agent 11:punct 11:nsubj 10:cc 8:conj 0:root');
    // A list of brokers with the verb's own subject after it is left alone.
    const list = analysis('Under/ADP/IN/3/case a/DET/DT/3/det deal/NOUN/NN/11/obl brokered/VERB/VBN/3/acl by/ADP/IN/6/case Egypt/PROPN/NNP/4/obl:agent ,/PUNCT/,/8/punct Qatar/PROPN/NNP/6/conj and/CCONJ/CC/10/cc Oman/PROPN/NNP/6/conj ,/PUNCT/,/12/punct they/PRON/PRP/12/nsubj agreed/VERB/VBD/0/root');
    expect(arcs(repairFrontedPhraseSubject(list.forms, list.words))).toBe(arcs(list.words));
  });

  it('should make a coordinated subject read as conjuncts of a fronted day the subject of the verb after it', () => {
    // As the parser had it: "On Thursday, Kenyan and Ugandan troops began a joint patrol", "Kenyan" a conjunct of "Thursday".
    const { forms, words } = analysis('On/ADP/IN/2/case Thursday/PROPN/NNP/8/obl ,/PUNCT/,/4/punct Kenyan/PROPN/NNP/2/conj and/CCONJ/CC/7/cc Ugandan/ADJ/JJ/7/amod troops/NOUN/NNS/4/conj began/VERB/VBD/0/root a/DET/DT/11/det joint/ADJ/JJ/11/amod patrol/NOUN/NN/8/obj');
    expect(arcs(repairFrontedTimeConjunct(forms, words))).toBe('2:case 8:obl 8:punct 8:nsubj 7:cc 7:amod 4:conj 0:root 11:det 11:amod 8:obj');
    // A passive takes its subject as the passive's: "On Sunday, Ana Silva was detained".
    const passive = analysis('On/ADP/IN/2/case Sunday/PROPN/NNP/7/obl ,/PUNCT/,/4/punct Ana/PROPN/NNP/2/conj Silva/PROPN/NNP/4/flat was/AUX/VBD/7/aux:pass detained/VERB/VBN/0/root');
    expect(arcs(repairFrontedTimeConjunct(passive.forms, passive.words))).toBe('2:case 7:obl 7:punct 7:nsubj:pass 4:flat 7:aux:pass 0:root');
    // Not after a time noun ("Under the plan, Kenyan and Ugandan troops …" is left to the other repairs), nor when the verb has a subject.
    const plan = analysis('Under/ADP/IN/3/case the/DET/DT/3/det plan/NOUN/NN/9/obl ,/PUNCT/,/5/punct Kenyan/PROPN/NNP/3/conj and/CCONJ/CC/8/cc Ugandan/ADJ/JJ/8/amod troops/NOUN/NNS/5/conj began/VERB/VBD/0/root');
    expect(arcs(repairFrontedTimeConjunct(plan.forms, plan.words))).toBe(arcs(plan.words));
    const own = analysis('On/ADP/IN/2/case Thursday/PROPN/NNP/10/obl ,/PUNCT/,/4/punct Kenyan/PROPN/NNP/2/conj and/CCONJ/CC/7/cc Ugandan/ADJ/JJ/7/amod troops/NOUN/NNS/4/conj ,/PUNCT/,/10/punct they/PRON/PRP/10/nsubj began/VERB/VBD/0/root');
    expect(arcs(repairFrontedTimeConjunct(own.forms, own.words))).toBe(arcs(own.words));
  });

  it('should make a noun phrase with its own apposition, hung on a fronted phrase, the subject of the verb after it', () => {
    // As the parser had it: "In April 2023, the Lion Brigade, a small river militia, overran an army base", "Brigade" a conjunct of "April".
    const { forms, words } = analysis('In/ADP/IN/2/case April/PROPN/NNP/14/obl 2023/NUM/CD/2/nmod:unmarked ,/PUNCT/,/7/punct the/DET/DT/7/det Lion/PROPN/NNP/7/compound Brigade/PROPN/NNP/2/conj ,/PUNCT/,/12/punct a/DET/DT/12/det small/ADJ/JJ/12/amod river/NOUN/NN/12/compound militia/NOUN/NN/7/appos ,/PUNCT/,/2/punct overran/VERB/VB/0/root an/DET/DT/17/det army/NOUN/NN/17/compound base/NOUN/NN/14/obj');
    expect(arcs(repairFrontedAppositiveSubject(forms, words))).toBe('2:case 14:obl 2:nmod:unmarked 7:punct 7:det 7:compound 14:nsubj 12:punct 12:det 12:amod 12:compound 7:appos 14:punct 0:root 17:det 17:compound 14:obj');
    // With no comma, a phrase opened by its own determiner: "On Friday the town's mayor accused …".
    const bare = analysis("On/ADP/IN/2/case Friday/PROPN/NNP/7/obl the/DET/DT/4/det town/NOUN/NN/6/nmod:poss 's/PART/POS/4/case mayor/NOUN/NN/2/appos accused/VERB/VBD/0/root");
    expect(arcs(repairFrontedAppositiveSubject(bare.forms, bare.words))).toBe('2:case 7:obl 4:det 6:nmod:poss 4:case 7:nsubj 0:root');
    // A verb with a subject of its own is left alone ("In April, the town, a rebel stronghold, they said, fell" is not this).
    const own = analysis('In/ADP/IN/2/case April/PROPN/NNP/8/obl ,/PUNCT/,/4/punct town/NOUN/NN/2/conj ,/PUNCT/,/6/punct stronghold/NOUN/NN/4/appos they/PRON/PRP/8/nsubj fell/VERB/VBD/0/root');
    expect(arcs(repairFrontedAppositiveSubject(own.forms, own.words))).toBe(arcs(own.words));
  });

  it('should make an "-ed" word read as the root after a capitalised first word a describer of the noun after it', () => {
    // As the parser had it: "Unknown armed men stormed a market", "Unknown" a name and subject, "armed" the root, "stormed" a participle.
    const { forms, words } = analysis('Unknown/PROPN/NNP/2/nsubj armed/VERB/VBD/0/root men/NOUN/NNS/2/obj stormed/VERB/VBN/3/acl a/DET/DT/6/det market/NOUN/NN/4/obj ./PUNCT/./2/punct');
    expect(arcs(repairAdjectiveReadAsVerb(forms, words))).toBe('3:amod 3:amod 4:nsubj 0:root 6:det 4:obj 4:punct');
    // The past form read as an adjective of a second object: "Unknown armed men opened fire", "opened" on "fire".
    const fire = analysis('Unknown/PROPN/NNP/2/nsubj armed/VERB/VBD/0/root men/NOUN/NNS/2/obj opened/VERB/VBN/5/amod fire/NOUN/NN/2/obj');
    expect(arcs(repairAdjectiveReadAsVerb(fire.forms, fire.words))).toBe('3:amod 3:amod 4:nsubj 0:root 4:obj');
    // A real verb with a participle phrase on its object is left alone ("Police arrested men wanted for murder": no object of its own).
    const wanted = analysis('Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root men/NOUN/NNS/2/obj wanted/VERB/VBN/3/acl for/ADP/IN/6/case murder/NOUN/NN/4/obl');
    expect(arcs(repairAdjectiveReadAsVerb(wanted.forms, wanted.words))).toBe(arcs(wanted.words));
  });

  it('should make the clause after a fronted "thanks to" phrase the root, the phrase its oblique', () => {
    // As the parser had it: "Thanks to Omani mediation, Iran freed two prisoners", "Thanks" the root and "freed" a relative clause on it.
    const { forms, words } = analysis('Thanks/NOUN/NN/0/root to/ADP/IN/4/case Omani/PROPN/NNP/4/compound mediation/NOUN/NN/1/nmod ,/PUNCT/,/4/punct Iran/PROPN/NNP/7/nsubj freed/VERB/VBD/1/acl:relcl two/NUM/CD/9/nummod prisoners/NOUN/NNS/7/obj ./PUNCT/./1/punct');
    expect(arcs(repairFrontedToPreposition(forms, words))).toBe('4:case 1:fixed 4:compound 7:obl 7:punct 7:nsubj 0:root 9:nummod 7:obj 7:punct');
  });

  it('should make a noun read as a passive\'s object right after its proper-name agent the head of the agent phrase', () => {
    // As the parser had it: "Two guards were killed by Houthi gunmen in Taiz", "Houthi" the agent and "gunmen" an object.
    const { forms, words } = analysis('Two/NUM/CD/2/nummod guards/NOUN/NNS/4/nsubj:pass were/AUX/VBD/4/aux:pass killed/VERB/VBN/0/root by/ADP/IN/6/case Houthi/PROPN/NNP/4/obl:agent gunmen/NOUN/NNS/4/obj in/ADP/IN/9/case Taiz/PROPN/NNP/7/nmod ./PUNCT/./4/punct');
    expect(arcs(repairSplitAgent(forms, words))).toBe('2:nummod 4:nsubj:pass 4:aux:pass 0:root 7:case 7:compound 4:obl:agent 9:case 7:nmod 4:punct');
    // A ditransitive passive's object before its agent is left alone ("was handed a fine by Kenya").
    const handed = analysis('He/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass handed/VERB/VBN/0/root a/DET/DT/5/det fine/NOUN/NN/3/obj by/ADP/IN/7/case Kenya/PROPN/NNP/3/obl:agent');
    expect(arcs(repairSplitAgent(handed.forms, handed.words))).toBe(arcs(handed.words));
  });

  it('should make the object of "said" before an interruption set off by commas the subject of the verb after it', () => {
    // As the parser had it: "The ministry said the rebels, who had besieged the town, withdrew", "withdrew" a conjunct of "said".
    const { forms, words } = analysis('The/DET/DT/2/det ministry/NOUN/NN/3/nsubj said/VERB/VBD/0/root the/DET/DT/5/det rebels/NOUN/NNS/3/obj ,/PUNCT/,/9/punct who/PRON/WP/9/nsubj had/AUX/VBD/9/aux besieged/VERB/VBN/5/acl:relcl the/DET/DT/11/det town/NOUN/NN/9/obj ,/PUNCT/,/13/punct withdrew/VERB/VBD/3/conj');
    expect(arcs(repairReportedSubject(forms, words))).toBe('2:det 3:nsubj 0:root 5:det 13:nsubj 5:punct 9:nsubj 9:aux 5:acl:relcl 11:det 9:obj 13:punct 3:ccomp');
    // The reported verb hung on the relative clause ("which ripped through a market, killed 12 people") and a passive after an apposition.
    const blast = analysis('Officials/NOUN/NNS/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det blast/NOUN/NN/2/obj ,/PUNCT/,/7/punct which/PRON/WDT/7/nsubj ripped/VERB/VBD/4/acl:relcl through/ADP/IN/9/case market/NOUN/NN/7/obl ,/PUNCT/,/11/punct killed/VERB/VBD/7/conj people/NOUN/NNS/11/obj');
    expect(arcs(repairReportedSubject(blast.forms, blast.words))).toBe('2:nsubj 0:root 4:det 11:nsubj 4:punct 7:nsubj 4:acl:relcl 9:case 7:obl 11:punct 2:ccomp 11:obj');
    const suspects = analysis('Police/NOUN/NNS/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det suspects/NOUN/NNS/2/obj ,/PUNCT/,/7/punct all/DET/DT/7/det nationals/NOUN/NNS/4/conj ,/PUNCT/,/10/punct were/AUX/VBD/10/aux:pass arrested/VERB/VBN/4/acl:relcl');
    expect(repairReportedSubject(suspects.forms, suspects.words)[3]).toMatchObject({ head: 9, deprel: 'nsubj:pass' });
    // "said a prayer, laid a wreath, met families": the speaker's own acts in a list, no interruption.
    const list = analysis('He/PRON/PRP/2/nsubj said/VERB/VBD/0/root a/DET/DT/4/det prayer/NOUN/NN/2/obj ,/PUNCT/,/6/punct laid/VERB/VBD/2/conj a/DET/DT/8/det wreath/NOUN/NN/6/obj ,/PUNCT/,/10/punct met/VERB/VBD/2/conj families/NOUN/NNS/10/obj');
    expect(arcs(repairReportedSubject(list.forms, list.words))).toBe(arcs(list.words));
  });

  it('should make an open complement with its own subject and subordinator an adverbial clause', () => {
    // As the parser had it: "Youths set fire to a bus [after a driver died]" with "died" the complement of "set".
    const { words } = analysis('Youths/NOUN/NNS/2/nsubj set/VERB/VBD/0/root fire/NOUN/NN/2/obj after/SCONJ/IN/7/mark a/DET/DT/6/det driver/NOUN/NN/7/nsubj died/VERB/VBD/2/xcomp');
    expect(repairOpenComplementWithSubject(words)[6]).toMatchObject({ head: 1, deprel: 'advcl' });
    // "set to strike": an infinitive's "to" is no subordinator, and the complement has no subject.
    const infinitive = analysis('Unions/NOUN/NNS/3/nsubj are/AUX/VBP/3/cop set/ADJ/JJ/0/root to/PART/TO/5/mark strike/VERB/VB/3/xcomp');
    expect(arcs(repairOpenComplementWithSubject(infinitive.words))).toBe(arcs(infinitive.words));
  });

  it('should read a participle right after its noun and joined by "and" to a finite past verb as the clause\'s verb', () => {
    // As the parser had it: "Ugandan troops [crossed into Kenya] and seized a post", "crossed" a reduced relative.
    const { forms, words } = analysis('Ugandan/ADJ/JJ/2/amod troops/NOUN/NNS/7/nsubj crossed/VERB/VBN/2/acl into/ADP/IN/5/case Kenya/PROPN/NNP/3/obl and/CCONJ/CC/7/cc seized/VERB/VBD/0/root a/DET/DT/9/det post/NOUN/NN/7/obj');
    const repaired = repairCoordinatedParticiple(forms, words);
    expect(arcs(repaired)).toBe('2:amod 3:nsubj 0:root 5:case 3:obl 7:cc 3:conj 9:det 7:obj');
    expect(repaired[2]!.xpos).toBe('VBD');
    // The same clause told by a report with its own subject becomes what is reported.
    const told = analysis('Ugandan/ADJ/JJ/2/amod troops/NOUN/NNS/10/nsubj crossed/VERB/VBN/2/acl into/ADP/IN/5/case Kenya/PROPN/NNP/3/obl and/CCONJ/CC/7/cc seized/VERB/VBD/3/conj posts/NOUN/NNS/7/obj residents/NOUN/NNS/10/nsubj said/VERB/VBD/0/root');
    expect(arcs(repairCoordinatedParticiple(told.forms, told.words))).toBe('2:amod 3:nsubj 10:ccomp 5:case 3:obl 7:cc 3:conj 7:obj 10:nsubj 0:root');
    // A true passive participle (a "by" agent) stays a reduced relative.
    const passive = analysis('Villagers/NOUN/NNS/7/nsubj displaced/VERB/VBN/1/acl by/ADP/IN/4/case floods/NOUN/NNS/2/obl and/CCONJ/CC/7/cc then/ADV/RB/7/advmod returned/VERB/VBD/0/root');
    expect(arcs(repairCoordinatedParticiple(passive.forms, passive.words))).toBe(arcs(passive.words));
  });

  it('should make a counted noun hung on "ahead"/"before" the object of the verb it follows, unless it measures time', () => {
    // As the parser had it: "Police held 40 miners ahead of the rally", "miners" measuring how far ahead.
    const { forms, words } = analysis('Police/NOUN/NNS/2/nsubj held/VERB/VBD/0/root 40/NUM/CD/4/nummod miners/NOUN/NNS/5/obl:unmarked ahead/ADV/RB/2/advmod of/ADP/IN/8/case the/DET/DT/8/det rally/NOUN/NN/5/obl');
    expect(repairObjectReadAsMeasure(forms, words)[3]).toMatchObject({ head: 1, deprel: 'obj' });
    // "two days ahead of the rally" measures: unchanged.
    const measure = analysis('Police/NOUN/NNS/2/nsubj struck/VERB/VBD/0/root two/NUM/CD/4/nummod days/NOUN/NNS/5/obl:unmarked ahead/ADV/RB/2/advmod of/ADP/IN/8/case the/DET/DT/8/det rally/NOUN/NN/5/obl');
    expect(arcs(repairObjectReadAsMeasure(measure.forms, measure.words))).toBe(arcs(measure.words));
    // A verb that has its object already keeps it ("freed the men hours before dawn"), and so does the noun.
    const object = analysis('Rebels/NOUN/NNS/2/nsubj freed/VERB/VBD/0/root hostages/NOUN/NNS/2/obj guards/NOUN/NNS/5/obl:unmarked before/ADV/RB/2/advmod dawn/NOUN/NN/5/obl');
    expect(arcs(repairObjectReadAsMeasure(object.forms, object.words))).toBe(arcs(object.words));
  });

  it('should hang a time or circumstance phrase on the verb, not on its object', () => {
    // As a greedy parse had it: "on Tuesday" under "talks", "after talks" under "prisoners".
    const { forms, words } = analysis('Kenya/PROPN/NNP/2/nsubj freed/VERB/VBD/0/root 17/NUM/CD/4/nummod prisoners/NOUN/NNS/2/obj on/ADP/IN/6/case Tuesday/PROPN/NNP/8/obl after/ADP/IN/8/case talks/NOUN/NNS/4/nmod ./PUNCT/./2/punct');
    const repaired = repairCircumstanceAttachment(forms, words);
    expect(repaired[5]).toMatchObject({ head: 1, deprel: 'obl' });
    expect(repaired[7]).toMatchObject({ head: 1, deprel: 'obl' });
    expect(repaired[3]).toMatchObject({ head: 1, deprel: 'obj' });
  });

  it('should leave a phrase that names which thing it is ("prisoners of war") on its noun', () => {
    const { forms, words } = analysis('Kenya/PROPN/NNP/2/nsubj freed/VERB/VBD/0/root prisoners/NOUN/NNS/2/obj of/ADP/IN/5/case war/NOUN/NN/3/nmod');
    expect(arcs(repairCircumstanceAttachment(forms, words))).toBe(arcs(words));
  });

  it('should make the second of two subjects on either side of a verb its object', () => {
    // As the parser had it: "Nigeria pressed the rebels to disarm" with "rebels" a second subject.
    const { words } = analysis('Nigeria/PROPN/NNP/2/nsubj pressed/VERB/VBD/0/root the/DET/DT/4/det rebels/NOUN/NNS/2/nsubj to/PART/TO/6/mark disarm/VERB/VB/2/advcl');
    expect(repairDoubleSubject(words)[3]).toMatchObject({ head: 1, deprel: 'obj' });
    // Inversion after a quote has no subject before the verb: unchanged.
    const inverted = analysis('said/VERB/VBD/0/root the/DET/DT/3/det minister/NOUN/NN/1/nsubj');
    expect(arcs(repairDoubleSubject(inverted.words))).toBe(arcs(inverted.words));
  });

  it('should read an aiming preposition before a gerund\'s subject as the case of an oblique the gerund describes', () => {
    // As the parser had it: "fired gas at [nurses demanding pay]", "at" marking the gerund and "nurses" its subject.
    const { forms, words } = analysis('Police/NOUN/NNS/2/nsubj fired/VERB/VBD/0/root gas/NOUN/NN/2/obj at/ADP/IN/7/mark striking/ADJ/JJ/6/amod nurses/NOUN/NNS/7/nsubj demanding/VERB/VBG/2/advcl pay/NOUN/NN/7/obj');
    expect(arcs(repairGerundAfterPreposition(forms, words))).toBe('2:nsubj 0:root 2:obj 6:case 6:amod 2:obl 6:acl 7:obj');
    // A subordinator is no aiming preposition ("after villagers fleeing …" is left as parsed), nor is a clause with other words before its subject.
    const after = analysis('Police/NOUN/NNS/2/nsubj fired/VERB/VBD/0/root after/ADP/IN/5/mark the/DET/DT/4/det villagers/NOUN/NNS/5/nsubj fleeing/VERB/VBG/2/advcl');
    expect(arcs(repairGerundAfterPreposition(after.forms, after.words))).toBe(arcs(after.words));
  });

  it('should read a subject-less relative clause with a finite auxiliary, on a noun after "after", as the clause it opens', () => {
    // As the parser had it: "burned a post [after a driver] [was shot]" with "was shot" a relative clause on "driver".
    const { forms, words } = analysis('Youths/NOUN/NNS/2/nsubj burned/VERB/VBD/0/root a/DET/DT/4/det post/NOUN/NN/2/obj after/ADP/IN/7/case a/DET/DT/7/det driver/NOUN/NN/2/obl was/AUX/VBD/9/aux:pass shot/VERB/VBN/7/acl:relcl');
    const repaired = repairSubordinateClause(forms, words);
    expect(arcs(repaired)).toBe('2:nsubj 0:root 4:det 2:obj 9:mark 7:det 9:nsubj:pass 9:aux:pass 2:advcl');
    // With a relative word it is a relative clause ("after a driver who was shot").
    const relative = analysis('Youths/NOUN/NNS/2/nsubj burned/VERB/VBD/0/root a/DET/DT/4/det post/NOUN/NN/2/obj after/ADP/IN/7/case a/DET/DT/7/det driver/NOUN/NN/2/obl who/PRON/WP/10/nsubj:pass was/AUX/VBD/10/aux:pass shot/VERB/VBN/7/acl:relcl');
    expect(arcs(repairSubordinateClause(relative.forms, relative.words))).toBe(arcs(relative.words));
  });

  it('should read a participle after an object as a reduced relative on it', () => {
    const { words } = analysis('return/VERB/VB/0/root weapons/NOUN/NNS/1/obj seized/VERB/VBN/1/xcomp');
    expect(repairReducedRelatives(words)[2]).toMatchObject({ head: 1, deprel: 'acl' });
  });

  it('should read a past form the parse hangs on a noun, with no subject of its own, as the participle', () => {
    // As the tagger had it: "razed the homes of two men [accused of …]" with "accused" a past tense.
    const { words } = analysis('razed/VERB/VBD/0/root homes/NOUN/NNS/1/obj of/ADP/IN/4/case men/NOUN/NNS/2/nmod accused/VERB/VBD/4/acl');
    expect(repairReducedRelatives(words)[4]).toMatchObject({ xpos: 'VBN', deprel: 'acl' });
    // A clause with a subject of its own keeps its tense.
    const own = analysis('razed/VERB/VBD/0/root homes/NOUN/NNS/1/obj rebels/NOUN/NNS/4/nsubj built/VERB/VBD/2/acl');
    expect(repairReducedRelatives(own.words)[3]).toMatchObject({ xpos: 'VBD' });
  });

  it('should make an adjective between a verb and its object\'s determiner the verb\'s resultative', () => {
    // As the parser had it: "dead" an adjective of "chief", before "the".
    const { words } = analysis('Gunmen/NOUN/NNS/2/nsubj shot/VERB/VBD/0/root dead/ADJ/JJ/6/amod the/DET/DT/6/det village/NOUN/NN/6/compound chief/NOUN/NN/2/obj');
    expect(repairResultativeAdjective(words)[2]).toMatchObject({ head: 1, deprel: 'xcomp' });
    // After the determiner it describes the noun; before a number it may too ("have full 1080 video").
    const inside = analysis('Police/NOUN/NNS/2/nsubj found/VERB/VBD/0/root the/DET/DT/5/det dead/ADJ/JJ/5/amod men/NOUN/NNS/2/obj');
    expect(arcs(repairResultativeAdjective(inside.words))).toBe(arcs(inside.words));
    const number = analysis('Both/DET/DT/2/nsubj have/VERB/VBP/0/root full/ADJ/JJ/5/amod 1080/NUM/CD/5/nummod video/NOUN/NN/2/obj');
    expect(arcs(repairResultativeAdjective(number.words))).toBe(arcs(number.words));
  });

  it('should read an adjective with a modal and an object as the bare verb', () => {
    // As the tagger had it: "free" an adjective after "will not", with "hostages" its object.
    const { words } = analysis('Rebels/NOUN/NNS/4/nsubj will/AUX/MD/4/aux not/PART/RB/4/advmod free/ADJ/JJ/0/root the/DET/DT/6/det hostages/NOUN/NNS/4/obj');
    expect(repairModalAdjective(words)[3]).toMatchObject({ upos: 'VERB', xpos: 'VB', head: -1, deprel: 'root' });
    // A copula makes it an adjective ("will be free"), and without an object it stays one too.
    const copula = analysis('Hostages/NOUN/NNS/4/nsubj will/AUX/MD/4/aux be/AUX/VB/4/cop free/ADJ/JJ/0/root');
    expect(repairModalAdjective(copula.words)[3]).toMatchObject({ upos: 'ADJ' });
  });

  it('should read a count with an "of" phrase at the root as the subject of the passive after it', () => {
    // As the parser had it: "Nine" the root, "freed" a relative clause on "miners".
    const { forms, words } = analysis('Nine/NUM/CD/0/root of/ADP/IN/4/case the/DET/DT/4/det miners/NOUN/NNS/1/nmod had/AUX/VBD/7/aux been/AUX/VBN/7/aux:pass freed/VERB/VBN/4/acl:relcl on/ADP/IN/9/case Friday/PROPN/NNP/7/obl ./PUNCT/./1/punct');
    expect(arcs(repairPartitiveRoot(forms, words))).toBe('7:nsubj:pass 4:case 4:det 1:nmod 7:aux 7:aux:pass 0:root 9:case 7:obl 7:punct');
    // "those" with a participle the parse hung on the verb: the participle describes "those".
    const those = analysis('Five/NUM/CD/0/root of/ADP/IN/3/case those/DET/DT/1/nmod held/VERB/VBN/6/amod were/AUX/VBD/6/aux:pass deported/VERB/VBN/3/acl:relcl ./PUNCT/./1/punct');
    expect(arcs(repairPartitiveRoot(those.forms, those.words))).toBe('6:nsubj:pass 3:case 1:nmod 3:acl 6:aux:pass 0:root 6:punct');
    // "of the detained": the participle after "the" stands as the noun, though the parse made it an auxiliary of the verb.
    const detained = analysis('Twelve/NUM/CD/0/root of/ADP/IN/6/mark the/DET/DT/6/det arrested/VERB/VBN/6/aux:pass were/AUX/VBD/6/aux:pass released/VERB/VBN/1/advcl on/ADP/IN/8/case Monday/PROPN/NNP/6/obl ./PUNCT/./1/punct');
    expect(arcs(repairPartitiveRoot(detained.forms, detained.words))).toBe('6:nsubj:pass 4:case 4:det 1:nmod 6:aux:pass 0:root 8:case 6:obl 6:punct');
    // A finite verb between the count and the participle is a clause of its own: unchanged.
    const finite = analysis('Nine/NUM/CD/0/root of/ADP/IN/3/case miners/NOUN/NNS/1/nmod who/PRON/WP/5/nsubj went/VERB/VBD/3/acl:relcl were/AUX/VBD/7/aux:pass freed/VERB/VBN/5/conj');
    expect(arcs(repairPartitiveRoot(finite.forms, finite.words))).toBe(arcs(finite.words));
    // Only the "be" or "get" right before the participle makes it passive: "got" does, "were" before "being" is a plain auxiliary.
    const got = analysis('Six/NUM/CD/0/root of/ADP/IN/3/case marchers/NOUN/NNS/1/nmod got/AUX/VBD/5/aux arrested/VERB/VBN/3/acl:relcl ./PUNCT/./1/punct');
    expect(arcs(repairPartitiveRoot(got.forms, got.words))).toBe('5:nsubj:pass 3:case 1:nmod 5:aux:pass 0:root 5:punct');
    const being = analysis('Two/NUM/CD/0/root of/ADP/IN/3/case guards/NOUN/NNS/1/nmod were/AUX/VBD/6/aux being/AUX/VBG/6/aux questioned/VERB/VBN/3/acl:relcl ./PUNCT/./1/punct');
    expect(arcs(repairPartitiveRoot(being.forms, being.words))).toBe('6:nsubj:pass 3:case 1:nmod 6:aux 6:aux:pass 0:root 6:punct');
    // A perfect with no "be" is active: its count is a plain subject.
    const perfect = analysis('Three/NUM/CD/0/root of/ADP/IN/3/case rebels/NOUN/NNS/1/nmod had/AUX/VBD/5/aux surrendered/VERB/VBN/3/acl:relcl ./PUNCT/./1/punct');
    expect(arcs(repairPartitiveRoot(perfect.forms, perfect.words))).toBe('5:nsubj 3:case 1:nmod 5:aux 0:root 5:punct');
  });

  it('should read a list of noun phrases opening the sentence as the subject of the verb group after it', () => {
    // As the parser had it: "Four shotguns, a box of cartridges and six knives were confiscated", "shotguns" the root,
    // "box" its apposition, the verb a conjunct with "knives" alone as its subject.
    const { forms, words } = analysis('Four/NUM/CD/2/nummod shotguns/NOUN/NNS/0/root ,/PUNCT/,/5/punct a/DET/DT/5/det box/NOUN/NN/2/appos of/ADP/IN/7/case cartridges/NOUN/NNS/5/nmod and/CCONJ/CC/12/cc six/NUM/CD/10/nummod knives/NOUN/NNS/12/nsubj:pass were/AUX/VBD/12/aux:pass confiscated/VERB/VBN/7/conj ./PUNCT/./2/punct');
    expect(arcs(repairListSubjectRoot(forms, words))).toBe('2:nummod 12:nsubj:pass 5:punct 5:det 2:conj 7:case 5:nmod 10:cc 10:nummod 2:conj 12:aux:pass 0:root 12:punct');
    // The verb hung on an item as a clause with no subject ("… were confiscated in Tarvo"): the list is its subject too.
    const clause = analysis('Four/NUM/CD/2/nummod shotguns/NOUN/NNS/0/root ,/PUNCT/,/5/punct a/DET/DT/5/det box/NOUN/NN/2/appos of/ADP/IN/7/case cartridges/NOUN/NNS/5/nmod and/CCONJ/CC/10/cc six/NUM/CD/10/nummod knives/NOUN/NNS/7/conj were/AUX/VBD/12/aux:pass confiscated/VERB/VBN/5/acl in/ADP/IN/14/case Tarvo/PROPN/NNP/12/obl ./PUNCT/./2/punct');
    expect(arcs(repairListSubjectRoot(clause.forms, clause.words))).toBe('2:nummod 12:nsubj:pass 5:punct 5:det 2:conj 7:case 5:nmod 10:cc 10:nummod 7:conj 12:aux:pass 0:root 14:case 12:obl 12:punct');
    // A relative clause on an item is no main verb: unchanged.
    const relative = analysis('Two/NUM/CD/2/nummod vans/NOUN/NNS/0/root ,/PUNCT/,/6/punct which/PRON/WDT/6/nsubj:pass were/AUX/VBD/6/aux:pass towed/VERB/VBN/2/acl:relcl');
    expect(arcs(repairListSubjectRoot(relative.forms, relative.words))).toBe(arcs(relative.words));
    // A conjunct verb with an object of its own is another clause: unchanged.
    const active = analysis('Shotguns/NOUN/NNS/0/root and/CCONJ/CC/5/cc police/NOUN/NNS/5/nsubj have/AUX/VBP/5/aux taken/VERB/VBN/1/conj knives/NOUN/NNS/5/obj');
    expect(arcs(repairListSubjectRoot(active.forms, active.words))).toBe(arcs(active.words));
  });

  it('should read a participle with a "by" agent at the root as the noun\'s, and the verb after the agent as the root', () => {
    // As the parser had it: "planted" the root, "exploded" a clause on "rebels".
    const { words } = analysis('A/DET/DT/2/det mine/NOUN/NN/3/nsubj planted/VERB/VBD/0/root by/ADP/IN/5/case rebels/NOUN/NNS/3/obl:agent exploded/VERB/VBN/5/acl near/ADP/IN/9/case a/DET/DT/9/det road/NOUN/NN/6/obl ,/PUNCT/,/11/punct killing/VERB/VBG/3/advcl four/NUM/CD/11/obj ./PUNCT/./3/punct');
    expect(arcs(repairParticipleRoot(words))).toBe('2:det 6:nsubj 2:acl 5:case 3:obl:agent 0:root 9:case 9:det 6:obl 11:punct 6:advcl 11:obj 6:punct');
    // An active verb with an object is the main verb: unchanged.
    const active = analysis('Rebels/NOUN/NNS/2/nsubj planted/VERB/VBD/0/root mines/NOUN/NNS/2/obj by/ADP/IN/5/case roads/NOUN/NNS/2/obl:agent');
    expect(arcs(repairParticipleRoot(active.words))).toBe(arcs(active.words));
  });

  it('should take a plain "by" phrase of a root participle as its agent, and the verb after it as the root', () => {
    // As the parser had it: "displaced" the root with "by the floods" a bare oblique, "returned" an xcomp of it.
    const { forms, words } = analysis('Villagers/NOUN/NNS/2/nsubj displaced/VERB/VBD/0/root by/ADP/IN/5/case the/DET/DT/5/det floods/NOUN/NNS/2/obl returned/VERB/VBN/2/xcomp home/ADV/RB/6/advmod ./PUNCT/./2/punct');
    expect(arcs(repairParticipleRoot(words, forms))).toBe('6:nsubj 1:acl 5:case 5:det 2:obl:agent 0:root 6:advmod 6:punct');
    // Another preposition is no agent: "displaced from the villages" stays as it was.
    const from = analysis('Villagers/NOUN/NNS/2/nsubj displaced/VERB/VBD/0/root from/ADP/IN/5/case the/DET/DT/5/det villages/NOUN/NNS/2/obl returned/VERB/VBN/2/xcomp home/ADV/RB/6/advmod ./PUNCT/./2/punct');
    expect(arcs(repairParticipleRoot(from.words, from.forms))).toBe(arcs(from.words));
  });

  it('should make the verb the root when a subject-less verb hangs on a nominal root', () => {
    const { words } = analysis('Blinken/PROPN/NNP/0/root began/VERB/VBD/1/parataxis talks/NOUN/NNS/2/obj ./PUNCT/./1/punct');
    expect(arcs(repairNominalRoot(words))).toBe('2:nsubj 0:root 2:obj 2:punct');
  });

  it('should make the verb after a side clause set off by commas the root when the parser hung it inside that clause', () => {
    // As the parser had it: the name the root, "urged" a participle on the clause's object, "to stop" on that object too.
    const who = analysis('Mayor/PROPN/NNP/2/nmod:desc Ines/PROPN/NNP/0/root Ruiz/PROPN/NNP/2/flat ,/PUNCT/,/6/punct who/PRON/WP/6/nsubj runs/VERB/VBZ/2/parataxis the/DET/DT/8/det port/NOUN/NN/6/obj ,/PUNCT/,/10/punct urged/VERB/VBN/8/acl the/DET/DT/12/det union/NOUN/NN/10/obj to/PART/TO/14/mark stop/VERB/VB/8/acl ./PUNCT/./2/punct');
    expect(arcs(repairVerbAfterParenthetical(who.forms, who.words))).toBe('2:nmod:desc 10:nsubj 2:flat 6:punct 6:nsubj 2:parataxis 8:det 6:obj 10:punct 0:root 12:det 10:obj 14:mark 10:advcl 10:punct');
    // An apposition, the verb a conjunct of it after a time phrase of its own: ", on Monday proposed".
    const appos = analysis('Okoro/PROPN/NNP/0/root ,/PUNCT/,/4/punct a/DET/DT/4/det banker/NOUN/NN/1/appos ,/PUNCT/,/8/punct on/ADP/IN/7/case Monday/PROPN/NNP/8/obl proposed/VERB/VBD/4/conj talks/NOUN/NNS/8/obj');
    expect(arcs(repairVerbAfterParenthetical(appos.forms, appos.words))).toBe('8:nsubj 4:punct 4:det 1:appos 8:punct 7:case 8:obl 0:root 8:obj');
    // A participle with a "by" agent inside the apposition describes it ("a banker, backed by the army"): no main verb.
    const agent = analysis('Okoro/PROPN/NNP/0/root ,/PUNCT/,/4/punct a/DET/DT/4/det banker/NOUN/NN/1/appos ,/PUNCT/,/6/punct backed/VERB/VBN/4/acl by/ADP/IN/8/case army/NOUN/NN/6/obl:agent');
    expect(arcs(repairVerbAfterParenthetical(agent.forms, agent.words))).toBe(arcs(agent.words));
    // A sentence with a verbal root is left as it is.
    const verbal = analysis('Okoro/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root ,/PUNCT/,/5/punct aides/NOUN/NNS/5/nsubj said/VERB/VBD/2/parataxis');
    expect(arcs(repairVerbAfterParenthetical(verbal.forms, verbal.words))).toBe(arcs(verbal.words));
  });

  it('should make a subject-less past verb hung inside a relative clause the root when the subject noun is the root', () => {
    // "Retired nurses who lost their pensions in the reforms rallied outside parliament ." as a greedy parse had it.
    const { forms, words } = analysis('Retired/ADJ/JJ/2/amod nurses/NOUN/NNS/0/root who/PRON/WP/4/nsubj lost/VERB/VBD/2/acl:relcl their/PRON/PRP$/6/nmod:poss pensions/NOUN/NNS/4/obj in/ADP/IN/9/case the/DET/DT/9/det reforms/NOUN/NNS/4/obl rallied/VERB/VBN/9/acl outside/ADP/IN/12/case parliament/NOUN/NN/10/obl ./PUNCT/./2/punct');
    const out = repairVerbAfterRelative(forms, words);
    expect(out[9]).toMatchObject({ head: -1, deprel: 'root', xpos: 'VBD' });
    expect(out[1]).toMatchObject({ head: 9, deprel: 'nsubj' });
    expect(out[12]).toMatchObject({ head: 9, deprel: 'punct' });
    // A verb with an auxiliary of its own stays where it is ("… the men who fled had been arrested" is not this shape).
    const kept = analysis('Nurses/NOUN/NNS/0/root who/PRON/WP/3/nsubj lost/VERB/VBD/1/acl:relcl jobs/NOUN/NNS/3/obj were/AUX/VBD/6/aux:pass paid/VERB/VBN/4/acl');
    expect(repairVerbAfterRelative(kept.forms, kept.words)[0]).toMatchObject({ head: -1, deprel: 'root' });
  });

  it('should leave a passive participle with a "by" agent on the noun it describes', () => {
    // "Traders who left markets looted by soldiers in Juba.": the markets were looted, the traders did not loot.
    const { forms, words } = analysis('Traders/NOUN/NNS/0/root who/PRON/WP/3/nsubj left/VERB/VBD/1/acl:relcl markets/NOUN/NNS/3/obj looted/VERB/VBN/4/acl by/ADP/IN/7/case soldiers/NOUN/NNS/5/obl:agent in/ADP/IN/9/case Juba/PROPN/NNP/5/obl ./PUNCT/./1/punct');
    expect(arcs(repairVerbAfterRelative(forms, words))).toBe(arcs(words));
    // The same with the agent read as a plain oblique.
    const plain = analysis('Pupils/NOUN/NNS/0/root who/PRON/WP/3/nsubj attended/VERB/VBD/1/acl:relcl schools/NOUN/NNS/3/obj shelled/VERB/VBN/4/acl by/ADP/IN/7/case artillery/NOUN/NN/5/obl ./PUNCT/./1/punct');
    expect(arcs(repairVerbAfterRelative(plain.forms, plain.words))).toBe(arcs(plain.words));
  });

  it.each([
    ['vocative', 'Bandits/PROPN/NNP/2/vocative attack/VERB/VBP/0/root shops/NOUN/NNS/2/obj'],
    ['compound', 'Obama/NOUN/NN/2/compound set/VERB/VBN/0/root a/DET/DT/4/det deadline/NOUN/NN/2/obj'],
  ])('should make a %s of a subject-less verb before it its subject', (_relation, words) => {
    expect(repairIllFormed(analysis(words).words)[0]).toMatchObject({ head: 1, deprel: 'nsubj' });
  });

  it('should leave a verb that has a subject alone', () => {
    const { words } = analysis('Kenya/PROPN/NNP/3/compound police/NOUN/NN/3/nsubj arrested/VERB/VBD/0/root');
    expect(repairIllFormed(words)[0]).toMatchObject({ head: 2, deprel: 'compound' });
  });

  it('should give an adjective hung on a verb to the next noun', () => {
    const { words } = analysis('French/ADJ/JJ/3/amod warships/NOUN/NNS/3/nsubj began/VERB/VBD/0/root');
    expect(repairIllFormed(words)[0]).toMatchObject({ head: 1, deprel: 'amod' });
  });

  it('should read "before" + noun + subject-less verb as a clause, its time phrase going back to the main verb', () => {
    // "Ten died last week before troops left the town ." parsed with "before troops" as a phrase under "week".
    const { forms, words } = analysis('Ten/NUM/CD/2/nsubj died/VERB/VBD/0/root last/ADJ/JJ/4/amod week/NOUN/NN/7/obl:unmarked before/ADP/IN/6/case troops/NOUN/NNS/4/nmod left/VERB/VBD/2/advcl the/DET/DT/9/det town/NOUN/NN/7/obj ./PUNCT/./2/punct');
    expect(arcs(repairSubordinateClause(forms, words))).toBe('2:nsubj 0:root 4:amod 2:obl:unmarked 7:mark 7:nsubj 2:advcl 9:det 7:obj 2:punct');
  });

  it('should read "after" + coordinated names + subject-less verb as a clause whose subject is the first name', () => {
    // "The deal came after Ministers Ana Ruiz and Omar Diallo held talks ." parsed with "after" on "Ana" and "held" a conjunct of "came".
    const { forms, words } = analysis('The/DET/DT/2/det deal/NOUN/NN/3/nsubj came/VERB/VBD/0/root after/ADP/IN/6/case Ministers/PROPN/NNPS/6/compound Ana/PROPN/NNP/3/obl Ruiz/PROPN/NNP/6/flat and/CCONJ/CC/9/cc Omar/PROPN/NNP/6/conj Diallo/PROPN/NNP/9/flat held/VERB/VBD/3/conj talks/NOUN/NNS/11/obj ./PUNCT/./3/punct');
    const repaired = repairSubordinateClause(forms, words);
    expect(repaired[5]).toMatchObject({ head: 10, deprel: 'nsubj' });
    expect(repaired[3]).toMatchObject({ head: 10, deprel: 'mark', upos: 'SCONJ' });
    expect(repaired[10]).toMatchObject({ head: 2, deprel: 'advcl' });
    // The second name stays a conjunct of the first.
    expect(repaired[8]).toMatchObject({ head: 5, deprel: 'conj' });
    // A verb joined by its own "and" stays a conjunct: "The deal came after Ana Ruiz and then held …" has no clause to read.
    const joined = analysis('The/DET/DT/2/det deal/NOUN/NN/3/nsubj came/VERB/VBD/0/root after/ADP/IN/5/case Ana/PROPN/NNP/3/obl Ruiz/PROPN/NNP/5/flat and/CCONJ/CC/8/cc held/VERB/VBD/3/conj talks/NOUN/NNS/8/obj');
    expect(arcs(repairSubordinateClause(joined.forms, joined.words))).toBe(arcs(joined.words));
  });

  it('should make the noun phrase after a fronted phrase\'s comma the subject of the verb right after it', () => {
    // As the parser had it: "Shortly after midnight , Kenyan troops shelled …" with "troops" under "midnight".
    const { forms, words } = analysis('Shortly/ADV/RB/3/advmod after/ADP/IN/3/case midnight/NOUN/NN/7/obl ,/PUNCT/,/6/punct Kenyan/ADJ/JJ/6/amod troops/NOUN/NNS/3/nmod shelled/VERB/VBD/0/root the/DET/DT/9/det camp/NOUN/NN/7/obj');
    const repaired = repairFrontedPhraseSubject(forms, words);
    expect(repaired[5]).toMatchObject({ head: 6, deprel: 'nsubj' });
    expect(repaired[4]).toMatchObject({ head: 5, deprel: 'amod' });
    // A verb with a subject of its own is left as it is.
    const { forms: f2, words: w2 } = analysis('After/ADP/IN/2/case talks/NOUN/NNS/5/obl ,/PUNCT/,/5/punct envoys/NOUN/NNS/5/nsubj left/VERB/VBD/0/root');
    expect(arcs(repairFrontedPhraseSubject(f2, w2))).toBe(arcs(w2));
  });

  it('should read "after" + subject + verb + noun as a clause when the verb was hung on the noun', () => {
    // "Two died after wardens opened fire ." parsed as "after [guards opened] fire", a phrase under "died".
    const { forms, words } = analysis('Two/NUM/CD/2/nsubj died/VERB/VBD/0/root after/ADP/IN/6/case wardens/NOUN/NNS/5/nsubj:pass opened/VERB/VBN/6/amod fire/NOUN/NN/2/obl ./PUNCT/./2/punct');
    const repaired = repairSubordinateClause(forms, words);
    expect(arcs(repaired)).toBe('2:nsubj 0:root 5:mark 5:nsubj 2:advcl 5:obj 2:punct');
    expect(repaired[4]!.xpos).toBe('VBD');
  });

  it('should read "after" + noun + "of" phrase + subject-less verb as a clause whose subject is the first noun', () => {
    // "Guards fired shots after a group of fifty prisoners stormed the gate ." parsed with "after a group" as a phrase under "fired".
    const { forms, words } = analysis('Guards/NOUN/NNS/2/nsubj fired/VERB/VBD/0/root shots/NOUN/NNS/2/obj after/ADP/IN/6/case a/DET/DT/6/det group/NOUN/NN/2/obl of/ADP/IN/9/case fifty/NUM/CD/9/nummod prisoners/NOUN/NNS/6/nmod stormed/VERB/VBD/2/parataxis the/DET/DT/12/det gate/NOUN/NN/10/obj ./PUNCT/./2/punct');
    const repaired = repairSubordinateClause(forms, words);
    expect(repaired[5]).toMatchObject({ head: 9, deprel: 'nsubj' });
    expect(repaired[3]).toMatchObject({ head: 9, deprel: 'mark', upos: 'SCONJ' });
    // The "of" phrase stays the noun's own.
    expect(repaired[8]).toMatchObject({ head: 5, deprel: 'nmod' });
  });

  it('should read a participle with an object before "after" + clause as the main verb, not a reduced relative', () => {
    // "Guards fired shots after a group of prisoners stormed the gate ." parsed as "Guards [who were] fired shots … stormed the gate".
    const { forms, words } = analysis('Guards/NOUN/NNS/9/nsubj fired/VERB/VBN/1/acl shots/NOUN/NNS/2/obj after/ADP/IN/6/case a/DET/DT/6/det group/NOUN/NN/2/obl of/ADP/IN/8/case prisoners/NOUN/NNS/6/nmod stormed/VERB/VBD/0/root the/DET/DT/10/det gate/NOUN/NN/9/obj ./PUNCT/./9/punct');
    const repaired = repairSubordinateClause(forms, words);
    expect(repaired[1]).toMatchObject({ xpos: 'VBD', head: -1, deprel: 'root' });
    expect(repaired[0]).toMatchObject({ head: 1, deprel: 'nsubj' });
    expect(repaired[8]).toMatchObject({ head: 1, deprel: 'advcl' });
    expect(repaired[5]).toMatchObject({ head: 8, deprel: 'nsubj' });
    expect(repaired[3]).toMatchObject({ head: 8, deprel: 'mark' });
  });

  it('should leave a reduced relative without an object, or with no subordinator after it, alone', () => {
    // "Weapons seized after the raid were destroyed ." and "Soldiers given orders refused ." keep their reading.
    const seized = analysis('Weapons/NOUN/NNS/7/nsubj:pass seized/VERB/VBN/1/acl after/ADP/IN/5/case the/DET/DT/5/det raid/NOUN/NN/2/obl were/AUX/VBD/7/aux:pass destroyed/VERB/VBN/0/root ./PUNCT/./7/punct');
    expect(arcs(repairSubordinateClause(seized.forms, seized.words))).toBe(arcs(seized.words));
    const given = analysis('Soldiers/NOUN/NNS/4/nsubj given/VERB/VBN/1/acl orders/NOUN/NNS/2/obj refused/VERB/VBD/0/root ./PUNCT/./4/punct');
    expect(arcs(repairSubordinateClause(given.forms, given.words))).toBe(arcs(given.words));
  });

  it('should leave a participle modifying a noun after a preposition alone when it has no subject', () => {
    // "after the opened letter": nothing before the participle is its subject.
    const { forms, words } = analysis('They/PRON/PRP/2/nsubj left/VERB/VBD/0/root after/ADP/IN/6/case the/DET/DT/6/det opened/VERB/VBN/6/amod letter/NOUN/NN/2/obl ./PUNCT/./2/punct');
    expect(arcs(repairSubordinateClause(forms, words))).toBe(arcs(words));
  });

  it('should make the verb after a non-restrictive relative clause the root', () => {
    // "Chad , which closed the border , reopened it ." parsed with "closed" as the root.
    const { forms, words } = analysis('Chad/PROPN/NNP/4/vocative ,/PUNCT/,/1/punct which/PRON/WDT/4/nsubj closed/VERB/VBD/0/root the/DET/DT/6/det border/NOUN/NN/4/obj ,/PUNCT/,/8/punct reopened/VERB/VBD/4/conj it/PRON/PRP/8/obj ./PUNCT/./4/punct');
    expect(arcs(repairRelativeClauseRoot(forms, words))).toBe('8:nsubj 4:punct 4:nsubj 1:acl:relcl 6:det 4:obj 8:punct 0:root 8:obj 8:punct');
    // The main verb hung as a clause on the relative clause's object after the closing comma: "Ghana , which backs the
    // interim council , also called for restraint ." with "called" a relative clause with no pronoun on "council".
    const onObject = analysis('Ghana/PROPN/NNP/3/nmod ,/PUNCT/,/1/punct which/PRON/WDT/4/nsubj backs/VERB/VBZ/0/root the/DET/DT/7/det interim/ADJ/JJ/7/amod council/NOUN/NN/4/obj ,/PUNCT/,/10/punct also/ADV/RB/10/advmod called/VERB/VBN/7/acl:relcl for/ADP/IN/12/case restraint/NOUN/NN/10/obl ./PUNCT/./4/punct');
    expect(arcs(repairRelativeClauseRoot(onObject.forms, onObject.words))).toBe('10:nsubj 4:punct 4:nsubj 1:acl:relcl 7:det 7:amod 4:obj 10:punct 10:advmod 0:root 12:case 10:obl 10:punct');
    // A participle with its own passive or marker on the object describes it: "…, which backs the council, formed by decree".
    const described = analysis('Ghana/PROPN/NNP/3/nmod ,/PUNCT/,/1/punct which/PRON/WDT/4/nsubj backs/VERB/VBZ/0/root the/DET/DT/6/det council/NOUN/NN/4/obj ,/PUNCT/,/8/punct formed/VERB/VBN/6/acl by/ADP/IN/10/case decree/NOUN/NN/8/obl:agent');
    expect(arcs(repairRelativeClauseRoot(described.forms, described.words))).toBe(arcs(described.words));
  });

  it('should hang a relative clause after a comma on its noun, not on the verb before it', () => {
    // As the parser had it: "The leader fled to Peru , which granted him asylum", "granted" a side clause of "fled".
    const { forms, words } = analysis('The/DET/DT/2/det leader/NOUN/NN/3/nsubj fled/VERB/VBD/0/root to/ADP/IN/5/case Peru/PROPN/NNP/3/obl ,/PUNCT/,/8/punct which/PRON/WDT/8/nsubj granted/VERB/VBD/3/parataxis him/PRON/PRP/8/iobj asylum/NOUN/NN/8/obj');
    expect(arcs(repairRelativeAfterComma(forms, words))).toBe('2:det 3:nsubj 0:root 5:case 3:obl 8:punct 8:nsubj 5:acl:relcl 8:iobj 8:obj');
    // On a name, the clause hangs on the name's head: "Officials thanked Banco Central , which ...".
    const name = analysis('Officials/NOUN/NNS/2/nsubj thanked/VERB/VBD/0/root Banco/PROPN/NNP/2/obj Central/PROPN/NNP/3/flat ,/PUNCT/,/7/punct which/PRON/WDT/7/nsubj resigned/VERB/VBD/2/conj');
    expect(arcs(repairRelativeAfterComma(name.forms, name.words))).toBe('2:nsubj 0:root 2:obj 3:flat 7:punct 7:nsubj 3:acl:relcl');
    // A question word with no comma and noun before it is left alone ("asked which fired").
    const question = analysis('Police/NOUN/NNS/2/nsubj asked/VERB/VBD/0/root which/PRON/WDT/4/nsubj fired/VERB/VBD/2/ccomp');
    expect(arcs(repairRelativeAfterComma(question.forms, question.words))).toBe(arcs(question.words));
  });

  it('should leave a "which" clause after a prepositional phrase told after the verb\'s object as the parser read it', () => {
    // "Moscow blocked a draft text at the Security Council , which criticised the offensive": the object, not the council,
    // is the likelier antecedent, so no repair makes the council the doer.
    const { forms, words } = analysis('Moscow/PROPN/NNP/2/nsubj blocked/VERB/VBD/0/root a/DET/DT/5/det draft/NOUN/NN/5/compound text/NOUN/NN/2/obj at/ADP/IN/9/case the/DET/DT/9/det Security/PROPN/NNP/9/compound Council/PROPN/NNP/2/obl ,/PUNCT/,/12/punct which/PRON/WDT/12/nsubj criticised/VERB/VBD/2/conj the/DET/DT/14/det offensive/NOUN/NN/12/obj');
    expect(arcs(repairRelativeAfterComma(forms, words))).toBe(arcs(words));
    // Hung on the object itself ("text at the Council") the same.
    const onObject = analysis('Moscow/PROPN/NNP/2/nsubj blocked/VERB/VBD/0/root a/DET/DT/5/det draft/NOUN/NN/5/compound text/NOUN/NN/2/obj at/ADP/IN/9/case the/DET/DT/9/det Security/PROPN/NNP/9/compound Council/PROPN/NNP/5/nmod ,/PUNCT/,/12/punct which/PRON/WDT/12/nsubj criticised/VERB/VBD/2/conj the/DET/DT/14/det offensive/NOUN/NN/12/obj');
    expect(arcs(repairRelativeAfterComma(onObject.forms, onObject.words))).toBe(arcs(onObject.words));
  });

  it('should give a report told after its content its speaker, the participle read as past tense', () => {
    // "Troops left , a monitor reported ." parsed with "reported" as a participle on "monitor".
    const { forms, words } = analysis('Troops/NOUN/NNS/2/nsubj left/VERB/VBD/0/root ,/PUNCT/,/5/punct a/DET/DT/5/det monitor/NOUN/NN/2/obl reported/VERB/VBN/2/xcomp ./PUNCT/./2/punct');
    const repaired = repairTrailingReport(forms, words);
    expect(arcs(repaired)).toBe('2:nsubj 0:root 6:punct 5:det 6:nsubj 2:parataxis 2:punct');
    expect(repaired[5]!.xpos).toBe('VBD');
  });

  it('should leave a participle that describes the noun before it', () => {
    const { forms, words } = analysis('Police/NOUN/NNS/2/nsubj held/VERB/VBD/0/root men/NOUN/NNS/2/obj ,/PUNCT/,/5/punct a/DET/DT/5/det group/NOUN/NN/3/appos based/VERB/VBN/6/acl here/ADV/RB/7/advmod');
    expect(arcs(repairTrailingReport(forms, words))).toBe(arcs(words));
  });

  it('should make "have" + participle a perfect, the participle the predicate', () => {
    // "Troops have burned homes ." parsed with "have" as the verb and "burned" as an adjective of "homes".
    const { forms, words } = analysis('Troops/NOUN/NNS/2/nsubj have/AUX/VBP/0/root burned/VERB/VBN/4/amod homes/NOUN/NNS/2/obj ./PUNCT/./2/punct');
    expect(arcs(repairPerfectAuxiliary(forms, words))).toBe('3:nsubj 3:aux 0:root 3:obj 3:punct');
  });

  it('should make "have" the perfect\'s auxiliary across a time phrase, the past read as its participle', () => {
    // "Samoa has this week recalled envoys ." parsed with "has" as the verb and "recalled" as a past tense beside it.
    const { forms, words } = analysis('Samoa/PROPN/NNP/2/nsubj has/VERB/VBZ/0/root this/DET/DT/4/det week/NOUN/NN/5/obl:unmarked recalled/VERB/VBD/2/parataxis envoys/NOUN/NNS/5/obj ./PUNCT/./2/punct');
    expect(arcs(repairPerfectAuxiliary(forms, words))).toBe('5:nsubj 5:aux 4:det 5:obl:unmarked 0:root 5:obj 5:punct');
    const today = analysis('Samoa/PROPN/NNP/2/nsubj has/VERB/VBZ/0/root today/NOUN/NN/4/obl:unmarked recalled/VERB/VBD/2/parataxis envoys/NOUN/NNS/4/obj');
    expect(arcs(repairPerfectAuxiliary(today.forms, today.words))).toBe('4:nsubj 4:aux 4:obl:unmarked 0:root 4:obj');
  });

  it('should leave "has" with a noun after it that opens no time phrase', () => {
    const owns = analysis('Samoa/PROPN/NNP/2/nsubj has/VERB/VBZ/0/root this/DET/DT/4/det boat/NOUN/NN/2/obj');
    expect(arcs(repairPerfectAuxiliary(owns.forms, owns.words))).toBe(arcs(owns.words));
  });

  it('should leave "having" + participle heading an adjunct, and "have been" + participle, as they are', () => {
    const having = analysis('Having/AUX/VBG/2/aux seized/VERB/VBN/6/advcl the/DET/DT/4/det town/NOUN/NN/2/obj ,/PUNCT/,/2/punct rebels/NOUN/NNS/7/nsubj advanced/VERB/VBD/0/root');
    expect(arcs(repairPerfectAuxiliary(having.forms, having.words))).toBe(arcs(having.words));
    const been = analysis('Men/NOUN/NNS/4/nsubj:pass have/AUX/VBP/4/aux been/AUX/VBN/4/aux:pass held/VERB/VBN/0/root');
    expect(arcs(repairPerfectAuxiliary(been.forms, been.words))).toBe(arcs(been.words));
  });

  it('should never build a cycle when it moves a conjunct or an adjective', () => {
    const conjunct = analysis('began/VERB/VBD/0/root talks/NOUN/NNS/1/obj Russia/PROPN/NNP/5/nmod and/CCONJ/CC/5/cc Ukraine/PROPN/NNP/1/conj');
    const repaired = repairNominalConjuncts(conjunct.words);
    expect(repaired[4]!.head).not.toBe(2);
    const adjective = analysis('Worth/ADJ/JJ/3/amod 5/NUM/CD/1/obj stayed/VERB/VBD/0/root');
    expect(repairIllFormed(adjective.words)[0]!.head).not.toBe(1);
  });

  it('should read a participle with a subject and an object but no auxiliary as a past tense', () => {
    const { words } = analysis('Guards/NOUN/NNS/2/nsubj:pass arrested/VERB/VBN/0/root smugglers/NOUN/NNS/2/obj ,/PUNCT/,/6/punct police/NOUN/NN/6/nsubj said/VERB/VBD/2/parataxis');
    const repaired = repairBarePassive(words);
    expect(repaired[0]!.deprel).toBe('nsubj');
    expect(repaired[1]!.xpos).toBe('VBD');
    // A headline's passive has no object: left as it is.
    const headline = analysis('Guards/NOUN/NNS/2/nsubj:pass killed/VERB/VBN/0/root in/ADP/IN/4/case ambush/NOUN/NN/2/obl');
    expect(repairBarePassive(headline.words)).toEqual(headline.words);
  });

  // Repairs copy the analysis only when they change it (copy-on-write): each of these changes its
  // sentence, and must do so on its own copy.
  it.each([
    ['repairNominalConjuncts', (f: string[], w: WordAnalysis[]) => repairNominalConjuncts(w), 'began/VERB/VBD/0/root talks/NOUN/NNS/1/obj with/ADP/IN/4/case Russia/PROPN/NNP/2/nmod and/CCONJ/CC/6/cc Ukraine/PROPN/NNP/1/conj'],
    ['repairReducedRelatives', (f: string[], w: WordAnalysis[]) => repairReducedRelatives(w), 'return/VERB/VB/0/root weapons/NOUN/NNS/1/obj seized/VERB/VBN/1/xcomp'],
    ['repairIllFormed', (f: string[], w: WordAnalysis[]) => repairIllFormed(w), 'French/ADJ/JJ/3/amod warships/NOUN/NNS/3/nsubj began/VERB/VBD/0/root'],
    ['repairCircumstanceAttachment', repairCircumstanceAttachment, 'Kenya/PROPN/NNP/2/nsubj freed/VERB/VBD/0/root 17/NUM/CD/4/nummod prisoners/NOUN/NNS/2/obj on/ADP/IN/6/case Tuesday/PROPN/NNP/4/obl'],
    ['repairSubordinateClause', repairSubordinateClause, 'Two/NUM/CD/2/nsubj died/VERB/VBD/0/root after/ADP/IN/6/case wardens/NOUN/NNS/5/nsubj:pass opened/VERB/VBN/6/amod fire/NOUN/NN/2/obl ./PUNCT/./2/punct'],
    ['repairTrailingReport', repairTrailingReport, 'Troops/NOUN/NNS/2/nsubj left/VERB/VBD/0/root ,/PUNCT/,/5/punct a/DET/DT/5/det monitor/NOUN/NN/2/obl reported/VERB/VBN/2/xcomp ./PUNCT/./2/punct'],
    ['repairPerfectAuxiliary', repairPerfectAuxiliary, 'Troops/NOUN/NNS/2/nsubj have/AUX/VBP/0/root burned/VERB/VBN/4/amod homes/NOUN/NNS/2/obj ./PUNCT/./2/punct'],
    ['repairBarePassive', (f: string[], w: WordAnalysis[]) => repairBarePassive(w), 'Guards/NOUN/NNS/2/nsubj:pass arrested/VERB/VBN/0/root smugglers/NOUN/NNS/2/obj'],
    ['repairContentClause', repairContentClause, 'Kenya/PROPN/NNP/2/nsubj denied/VERB/VBD/0/root claims/NOUN/NNS/2/obj that/SCONJ/IN/6/mark police/NOUN/NNS/6/nsubj shot/VERB/VBD/2/ccomp protesters/NOUN/NNS/6/obj'],
    ['repairVerbAsAuxiliary', repairVerbAsAuxiliary, 'Unions/NOUN/NNS/3/nsubj:pass reject/VERB/VBP/3/aux:pass proposed/VERB/VBN/0/root changes/NOUN/NNS/3/obj ./PUNCT/./3/punct'],
  ])('%s should change its own copy, never its input', (_name, repair, sentence) => {
    const { forms, words } = analysis(sentence);
    const before = structuredClone(words);
    const repaired = repair(forms, words);
    expect(repaired).not.toEqual(before);
    expect(words).toEqual(before);
  });

  it('should hang a "that" clause right after an object that takes one on the noun ("denied reports that …")', () => {
    // As the parser had it: the report's content a second complement of "denied".
    const { forms, words } = analysis('Officials/NOUN/NNS/2/nsubj rejected/VERB/VBD/0/root allegations/NOUN/NNS/2/obj that/SCONJ/IN/8/mark the/DET/DT/6/det militia/NOUN/NN/8/nsubj had/AUX/VBD/8/aux burned/VERB/VBN/2/ccomp villages/NOUN/NNS/8/obj ./PUNCT/./2/punct');
    expect(repairContentClause(forms, words)[7]).toMatchObject({ head: 2, deprel: 'acl' });
  });

  it.each([
    // A person told: the clause is what the verb says.
    ['the object is no content noun', 'Police/NOUN/NNS/2/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/2/obj that/SCONJ/IN/6/mark gunmen/NOUN/NNS/6/nsubj fled/VERB/VBD/2/ccomp'],
    // "denied that …": no noun between the verb and the clause.
    ['no object comes before the clause', 'Kenya/PROPN/NNP/2/nsubj denied/VERB/VBD/0/root that/SCONJ/IN/5/mark police/NOUN/NNS/5/nsubj fired/VERB/VBD/2/ccomp'],
  ])('should leave a "that" clause on its verb when %s', (_case, sentence) => {
    const { forms, words } = analysis(sentence);
    expect(arcs(repairContentClause(forms, words))).toBe(arcs(words));
  });

  it('should make a verb read as the auxiliary of the participle after it the predicate again', () => {
    // "Unions reject proposed changes ." parsed as "Unions [are] proposed changes".
    const { forms, words } = analysis('Unions/NOUN/NNS/3/nsubj:pass reject/VERB/VBP/3/aux:pass proposed/VERB/VBN/0/root changes/NOUN/NNS/3/obj ./PUNCT/./3/punct');
    expect(arcs(repairVerbAsAuxiliary(forms, words))).toBe('2:nsubj 0:root 4:amod 2:obj 2:punct');
  });

  it('should read "by/with <noun> <finite verb>" after a participle as the participle\'s phrase, the verb as the root', () => {
    // As the parser had it: "backed" the root, "by" marking "attacked" with "Burkina" its subject.
    const backed = analysis('Rebels/NOUN/NNS/2/nsubj backed/VERB/VBD/0/root by/ADP/IN/6/mark Burkina/PROPN/NNP/6/nsubj Faso/PROPN/NNP/4/flat attacked/VERB/VBD/2/advcl the/DET/DT/8/det post/NOUN/NN/6/obj ./PUNCT/./2/punct');
    expect(arcs(repairPhraseReadAsClause(backed.forms, backed.words))).toBe('6:nsubj 1:acl 4:case 2:obl:agent 4:flat 0:root 8:det 6:obj 6:punct');
    // "Gunmen" read as an adverb of "armed", the adjective the root: the opener is the subject, a noun.
    const armed = analysis('Gunmen/ADV/RB/2/advmod armed/ADJ/JJ/0/root with/ADP/IN/5/mark machetes/NOUN/NNS/5/nsubj attacked/VERB/VBD/2/advcl a/DET/DT/7/det village/NOUN/NN/5/obj ./PUNCT/./2/punct');
    const repaired = repairPhraseReadAsClause(armed.forms, armed.words);
    expect(arcs(repaired)).toBe('5:nsubj 1:amod 4:case 2:obl 0:root 7:det 5:obj 5:punct');
    expect(repaired[0]).toMatchObject({ upos: 'NOUN', xpos: 'NNS' });
    // A gerund after "by" is a clause: unchanged.
    const gerund = analysis('Rebels/NOUN/NNS/2/nsubj attacked/VERB/VBD/0/root the/DET/DT/4/det post/NOUN/NN/2/obj by/SCONJ/IN/6/mark ramming/VERB/VBG/2/advcl trucks/NOUN/NNS/6/obj');
    expect(arcs(repairPhraseReadAsClause(gerund.forms, gerund.words))).toBe(arcs(gerund.words));
  });

  it('should hang a "when" clause the parse put on a noun that is no time on the verb governing the noun', () => {
    const { forms, words } = analysis('Soldiers/NOUN/NNS/2/nsubj killed/VERB/VBD/0/root 12/NUM/CD/4/nummod people/NOUN/NNS/2/obj when/ADV/WRB/7/advmod they/PRON/PRP/7/nsubj fired/VERB/VBD/4/acl:relcl ./PUNCT/./2/punct');
    const repaired = repairWhenClauseOnNoun(forms, words);
    expect(repaired[6]).toMatchObject({ head: 1, deprel: 'advcl' });
    expect(repaired[4]).toMatchObject({ head: 6, deprel: 'mark' });
    // On a noun of time it is a relative clause: unchanged.
    const day = analysis('Togo/PROPN/NNP/2/nsubj recalled/VERB/VBD/0/root the/DET/DT/4/det day/NOUN/NN/2/obj when/ADV/WRB/7/advmod troops/NOUN/NNS/7/nsubj fired/VERB/VBD/4/acl:relcl');
    expect(arcs(repairWhenClauseOnNoun(day.forms, day.words))).toBe(arcs(day.words));
  });
});

describe('repairConjunctUnderPhrase', () => {
  it('should hang a past verb after "and" on the finite verb above the gerund it was joined to', () => {
    // As the parser had it: "Unions accused police of beating strikers and urged calm", "urged" a conjunct of "beating".
    const { forms, words } = analysis('Unions/NOUN/NNS/2/nsubj accused/VERB/VBD/0/root police/NOUN/NNS/2/obj of/SCONJ/IN/5/mark beating/VERB/VBG/2/advcl strikers/NOUN/NNS/5/obj and/CCONJ/CC/8/cc urged/VERB/VBN/5/conj calm/NOUN/NN/8/obj');
    const out = repairConjunctUnderPhrase(forms, words);
    expect(arcs(out)).toBe('2:nsubj 0:root 2:obj 5:mark 2:advcl 5:obj 8:cc 2:conj 8:obj');
    expect(out[7]!.xpos).toBe('VBD');
  });

  it('should keep a participle joined to a participle, and a verb with a subject of its own', () => {
    const joined = analysis('Police/NOUN/NNS/2/nsubj freed/VERB/VBD/0/root men/NOUN/NNS/2/obj arrested/VERB/VBN/3/acl on/ADP/IN/6/case Friday/PROPN/NNP/4/obl and/CCONJ/CC/8/cc held/VERB/VBN/4/conj overnight/ADV/RB/8/advmod');
    expect(arcs(repairConjunctUnderPhrase(joined.forms, joined.words))).toBe(arcs(joined.words));
    const own = analysis('Unions/NOUN/NNS/2/nsubj accused/VERB/VBD/0/root police/NOUN/NNS/2/obj of/SCONJ/IN/5/mark beating/VERB/VBG/2/advcl strikers/NOUN/NNS/5/obj and/CCONJ/CC/9/cc they/PRON/PRP/9/nsubj urged/VERB/VBD/5/conj calm/NOUN/NN/9/obj');
    expect(arcs(repairConjunctUnderPhrase(own.forms, own.words))).toBe(arcs(own.words));
  });
});

describe('parse repairs: subjects separated from their verb by a relative clause', () => {
  it('should make the verb hung inside a relative clause with a nominal predicate the root, after an apposition', () => {
    // As the parser had it: "Hassan Diallo, the mayor of Kayes, who had been in office for two years, criticised the army.",
    // "office" (the relative clause's predicate) an nmod of the root name and "criticised" its conjunct.
    const { forms, words } = analysis('Hassan/PROPN/NNP/0/root Diallo/PROPN/NNP/1/flat ,/PUNCT/,/5/punct the/DET/DT/5/det mayor/NOUN/NN/1/appos of/ADP/IN/7/case Kayes/PROPN/NNP/5/nmod ,/PUNCT/,/13/punct who/PRON/WP/13/nsubj had/AUX/VBD/13/aux been/AUX/VBN/13/cop in/ADP/IN/13/case office/NOUN/NN/1/nmod for/ADP/IN/16/case two/NUM/CD/16/nummod years/NOUN/NNS/13/obl ,/PUNCT/,/18/punct criticised/VERB/VBD/13/conj the/DET/DT/20/det army/NOUN/NN/18/obj ./PUNCT/./1/punct');
    expect(arcs(repairVerbAfterParenthetical(forms, words))).toBe('18:nsubj 1:flat 5:punct 5:det 1:appos 7:case 5:nmod 13:punct 13:nsubj 13:aux 13:cop 13:case 1:acl:relcl 16:case 16:nummod 13:obl 18:punct 0:root 20:det 18:obj 18:punct');
    // Without the relative pronoun the nominal phrase is no side clause the verb may hang in.
    const bare = analysis('Hassan/PROPN/NNP/0/root Diallo/PROPN/NNP/1/flat ,/PUNCT/,/5/punct the/DET/DT/5/det mayor/NOUN/NN/1/appos of/ADP/IN/7/case Kayes/PROPN/NNP/5/nmod ,/PUNCT/,/10/punct in/ADP/IN/10/case office/NOUN/NN/1/nmod ,/PUNCT/,/12/punct criticised/VERB/VBD/10/conj the/DET/DT/14/det army/NOUN/NN/12/obj ./PUNCT/./1/punct');
    expect(arcs(repairVerbAfterParenthetical(bare.forms, bare.words))).toBe(arcs(bare.words));
  });

  it('should read an apposition the parser took for a predicate noun as the apposition of the subject before it', () => {
    // As the parser had it: "On Monday the union's envoy, a former Zambian minister, flew into Bamako.", "minister" the root
    // with "envoy" its subject and no copula, "flew" a side clause of it.
    const { forms, words } = analysis("On/ADP/IN/2/case Monday/PROPN/NNP/11/obl the/DET/DT/4/det union/NOUN/NN/6/nmod:poss 's/PART/POS/4/case envoy/NOUN/NN/11/nsubj ,/PUNCT/,/6/punct a/DET/DT/11/det former/ADJ/JJ/11/amod Zambian/ADJ/JJ/11/amod minister/NOUN/NN/0/root ,/PUNCT/,/13/punct flew/VERB/VB/11/parataxis into/ADP/IN/15/case Bamako/PROPN/NNP/13/obl ./PUNCT/./11/punct");
    expect(arcs(repairAppositionReadAsPredicate(forms, words))).toBe('2:case 13:obl 4:det 6:nmod:poss 4:case 13:nsubj 6:punct 11:det 11:amod 11:amod 6:appos 13:punct 0:root 15:case 13:obl 13:punct');
    // A verb with its own subject is another clause, not the name's predicate.
    const own = analysis("On/ADP/IN/2/case Monday/PROPN/NNP/11/obl the/DET/DT/4/det union/NOUN/NN/6/nmod:poss 's/PART/POS/4/case envoy/NOUN/NN/11/nsubj ,/PUNCT/,/6/punct a/DET/DT/11/det former/ADJ/JJ/11/amod Zambian/ADJ/JJ/11/amod minister/NOUN/NN/0/root ,/PUNCT/,/14/punct he/PRON/PRP/14/nsubj flew/VERB/VBD/11/parataxis into/ADP/IN/16/case Bamako/PROPN/NNP/14/obl ./PUNCT/./11/punct");
    expect(arcs(repairAppositionReadAsPredicate(own.forms, own.words))).toBe(arcs(own.words));
  });

  it('should read a relative clause opened by a phrase holding its pronoun ("most of whom") as one opened by the pronoun', () => {
    // As the parser had it: "The dockworkers, most of whom earn less than ten dollars a day, walked out.", "earn" the root,
    // "dockworkers" a description of "most" and "walked" a conjunct of "earn".
    const { forms, words } = analysis('The/DET/DT/2/det dockworkers/NOUN/NNS/4/nmod:desc ,/PUNCT/,/2/punct most/ADJ/JJS/7/nsubj of/ADP/IN/6/case whom/PRON/WP/4/nmod earn/VERB/VBP/0/root less/ADJ/JJR/10/advmod than/ADP/IN/8/fixed ten/NUM/CD/11/nummod dollars/NOUN/NNS/7/obj a/DET/DT/13/det day/NOUN/NN/11/nmod:unmarked ,/PUNCT/,/15/punct walked/VERB/VBD/7/conj out/ADV/RB/15/advmod ./PUNCT/./7/punct');
    expect(arcs(repairRelativeClauseRoot(forms, words))).toBe('2:det 15:nsubj 7:punct 7:nsubj 6:case 4:nmod 2:acl:relcl 10:advmod 8:fixed 11:nummod 7:obj 13:det 11:nmod:unmarked 15:punct 0:root 15:advmod 15:punct');
    // "most of them" opens no relative clause: a sentence of two clauses stays as read.
    const them = analysis('The/DET/DT/2/det dockworkers/NOUN/NNS/4/nmod:desc ,/PUNCT/,/2/punct most/ADJ/JJS/7/nsubj of/ADP/IN/6/case them/PRON/PRP/4/nmod earn/VERB/VBP/0/root less/ADJ/JJR/10/advmod than/ADP/IN/8/fixed ten/NUM/CD/11/nummod dollars/NOUN/NNS/7/obj a/DET/DT/13/det day/NOUN/NN/11/nmod:unmarked ,/PUNCT/,/15/punct walked/VERB/VBD/7/conj out/ADV/RB/15/advmod ./PUNCT/./7/punct');
    expect(arcs(repairRelativeClauseRoot(them.forms, them.words))).toBe(arcs(them.words));
  });
});
