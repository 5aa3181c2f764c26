import type { ArticleDoc, Token } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { analyseWords, syntaxModel } from '../../syntax/analyse.js';
import { nameShapes } from '../../kb/names.js';
import { doublesFinalConsonant } from '../../nlp/spelling.js';
import { lemmaOfPastVerb, lemmaOfWord } from '../../nlp/wink.js';

/**
 * Tags and parses every sentence with Chronicle's own tagger and dependency parser (src/syntax,
 * trained on UD English EWT): each token gets its universal tag (`pos`), treebank tag (`tag`),
 * head and relation. wink-nlp's tag, which the sentences stage put in `pos`, is an input feature
 * of the tagger. Stages read the parse through src/syntax/relations.ts, not through relation names.
 */
/** Tags of inflected verb forms, whose lemma is not the form itself. */
const INFLECTED = /^(VBD|VBN|VBG|VBZ)$/;
const PAST = /^(VBD|VBN)$/;

/**
 * The base of an inflected verb form wink-nlp's lexicon does not know ("looted", "abducted",
 * "maimed" come back unchanged): the first of the regular bases — "-ed"/"-ing"/"-s" taken off,
 * then with "e" ("razed"), then a doubled consonant undone ("stopped") — that is an English word
 * (resources/kb/english-words.json). The triggers and roles look verbs up by their base.
 */
export function verbBase(form: string): string {
  const english = nameShapes();
  // The form must be an English word itself (SCOWL lists inflected forms): a misspelling ("departes") stays as it is.
  if (!english.isEnglishWord(form)) return form;
  const bases: string[] = [];
  if (/ie[ds]$/.test(form)) bases.push(`${form.slice(0, -3)}y`);
  for (const suffix of ['ed', 'ing', 's', 'es']) {
    if (!form.endsWith(suffix) || form.length < suffix.length + 3) continue;
    const stem = form.slice(0, -suffix.length);
    // "hated" is "hate" before "hat"; "closes" is "close" before "clos".
    if (suffix === 'ed' || suffix === 'ing') bases.push(`${stem}e`, stem);
    else bases.push(stem);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  }
  return bases.find((b) => english.isEnglishWord(b)) ?? form;
}

/**
 * wink-nlp takes some verbs in "-e" for their neighbours without it ("raged" → "rag", "waged" →
 * "wag", "staging" → "stag", "planed" → "plan"), which are other verbs with other events (CAMEO
 * reads "rag" as a protest). English doubles the final consonant of a one-syllable stem with one
 * vowel and one consonant before "-ed" and "-ing" ("rag" → "ragged", "wag" → "wagging"), so a form
 * that is such a stem plus "-ed"/"-ing" without the doubling is not that stem's: its lemma is the
 * stem with "e", when that is an English word.
 */
export function undoubledLemma(form: string, lemma: string): string {
  const match = /^(.+?)(ed|ing)$/.exec(form);
  if (!match || match[1] !== lemma || !doublesFinalConsonant(lemma)) return lemma;
  const withE = `${lemma}e`;
  return nameShapes().isEnglishWord(withE) ? withE : lemma;
}

/** Prefixes an irregular verb takes whole while keeping its own past ("over" + "threw", "out" + "ran", "mis" + "took"). */
const VERB_PREFIXES = ['over', 'under', 'out', 'with', 'fore', 'mis', 're', 'up'];

/**
 * The base of an irregular past built on a prefix that wink-nlp's lexicon lacks although it knows the bare verb's past
 * ("overthrew", "outran", "overtook", "mistook"): the prefix kept on the base of the rest, when that is an English word
 * (resources/kb/english-words.json). Otherwise the form itself. `pastBase` reads a bare past's base.
 */
export function prefixedPastBase(form: string, pastBase: (word: string) => string): string {
  const english = nameShapes();
  for (const prefix of VERB_PREFIXES) {
    const rest = form.slice(prefix.length);
    if (!form.startsWith(prefix) || rest.length < 3) continue;
    const base = pastBase(rest);
    if (base !== rest && english.isEnglishWord(`${prefix}${base}`)) return `${prefix}${base}`;
  }
  return form;
}

export function syntax(): Stage {
  return {
    name: 'syntax',
    // 3: "after police opened fire" read as a clause even when the parser hung the verb on the noun (repair.ts).
    // 4: inflected verbs wink cannot lemmatise get their regular base ("looted" → "loot"); "-ed" modifiers after a comma or a determiner kept as modifiers when a later word is the verb; "gunmen shot and …".
    // 5: "after a crowd of … people blocked": the subject-less verb's subject is the noun the "of" phrase hangs on (repair.ts).
    // 6: "Police fired tear gas after a crowd … blocked": a participle with an object before "after" + clause is the main verb, not a reduced relative.
    // 7: the second of two subjects on either side of a verb is its object ("China urged the United States to …");
    // a participle between a noun and a name is a past-tense verb ("jets struck PKK hideouts").
    // 8: a verb in "-e" wink lemmatised as its doubled-consonant neighbour gets its own lemma ("raged" → "rage", not "rag").
    // 9: a gerund opening the sentence right before a verb is that verb's subject, a noun ("Fighting raged …").
    // 10: an irregular past wink read as a noun gets its base as a verb ("shot" → "shoot"), and one the
    // tagger read as a present is a past ("Police shot dead …").
    // 11: an adjective between a verb and its object's determiner is the verb's resultative ("shot dead the chief", repair.ts).
    // 12: an "-ing" adjective after "be" and before an object's determiner or a name is the progressive ("are striking PKK hideouts").
    // 13: a past form before an adjective and a determiner is the verb ("Troops shot dead a …").
    // 14: a participle with a "by" agent read as the root is the noun's; the verb after the agent is the root ("a bomb planted by … exploded").
    // 15: with no finite verb, a past form right after a subject of common nouns and before an object is the verb
    // ("A soldier shot two civilians", "A mob beat two traders": function-words.ts UNCHANGED_PASTS).
    // 16: a "that" clause right after a verb's object that takes a content clause is the noun's ("denied reports that …",
    // repair.ts repairContentClause, resources/syntax/content-nouns.json).
    // 17: an irregular past form the tagger read as a noun right after "have" is the perfect's participle ("had shot civilians").
    // 18: a word tagged as an adjective with a modal and an object is the bare verb ("will not free the soldiers").
    // 19: with no finite verb, an "-ed" word between a number and its noun describes the noun, and a past form read as
    // a noun or base form after a singular subject is the verb ("A crowd beat two suspected robbers to death").
    // 20: an "-ed" word set off by commas after a noun, with a "by" agent, is a participle and the next "-ed" word the verb
    // ("Government forces, backed by clan militias, attacked …", analyse.ts parentheticalParticiple).
    // 21: the noun phrase right after a fronted phrase's comma, hung on that phrase's noun, is the subject of the
    // subject-less verb after it ("Shortly after midnight, Kenyan troops shelled …", repair.ts repairFrontedPhraseSubject).
    // 22: a word with letters beyond Latin-1 is read by its plain Latin spelling ("Erdoğan" as "erdogan": lexical.ts).
    // 23: with no finite verb, an irregular past the tagger read as an adjective is the verb ("Unknown assailants burnt two classrooms").
    // 24: a subject-less past verb the parse hung inside the relative clause of a nominal root is the root, the noun its subject
    // ("Former miners who lost their jobs in the closures protested outside …", repair.ts repairVerbAfterRelative).
    // 25: a past participle with a "by" agent is never that hidden root ("Residents who fled villages attacked by the rebels").
    // 26: a gerund side clause marked by an aiming preposition is a phrase with a reduced relative ("fired tear gas at
    // students protesting …": "students" on "fired" after "at", repair.ts repairGerundAfterPreposition).
    // 27: a live page's time stamp opening a sentence ("14:05 —") is parsed apart from the clause after it (analyse.ts timestampLength).
    // 28: a deictic time word after a noun ("attacked an army base overnight") is an adverb, not the object's head (analyse.ts
    // timeAdverbAfterNoun); a root participle's plain "by" phrase is its agent ("Refugees displaced by the fighting crossed …",
    // repair.ts repairParticipleRoot); a base-form verb opening the sentence right before a noun and the clause's verb is
    // that noun's modifier ("Kidnap victims were freed …", analyse.ts nounModifierOpeningSentence).
    // 29: the particle ending a hyphenated compound after a determiner heads its noun phrase ("broke up a sit-in by
    // students": "in" a noun, "by students" its own; analyse.ts hyphenNounCompound).
    // 30: a clause with no finite verb of its own inside a sentence that has one (the content of ", witnesses said.", a clause
    // after "after"/"when"/"as") takes its participle followed by an object as its verb (analyse.ts clauseVerbs).
    // 31: a past form after its noun, parsed as the verb, with a subject-less passive hung on it and no "and" between, is a
    // reduced relative and the passive the clause's verb ("Two aid workers kidnapped in May were released …",
    // repair.ts repairParticipleBeforePassive).
    // 32: a counted noun right after an object-less verb, hung on "ahead"/"before"/"after" as a measure, is the verb's object
    // unless it measures time or distance ("detained 30 activists ahead of the vote", repair.ts repairObjectReadAsMeasure).
    // 33: a past form right after its noun, read as a participle, joined by "and" to a finite past verb, is the clause's
    // verb ("Ugandan troops crossed into Kenya and seized a post", repair.ts repairCoordinatedParticiple).
    // 34: an open complement with a subject and a subordinator of its own is an adverbial clause ("set fire to a station
    // after a man died": "set" read as "set to" made the death a threat; repair.ts repairOpenComplementWithSubject).
    // 35: the possessive tag only on "'s" ("police shot dead …" with "shot" read as POS); a past form between a number and
    // its noun, after a past form or "dead", describes the noun ("shot dead three suspected robbers", analyse.ts); a
    // capitalised common noun opening the sentence is a subject for a past form read as a noun after it.
    // 36: "by/with" marking a finite verb after a participle is the participle's phrase, the verb the sentence's ("Rebels backed
    // by X attacked …", "Gunmen armed with machetes raided …", repair.ts repairPhraseReadAsClause); a "when" clause the parse
    // hung on a noun that is no time is the governing predicate's (repairWhenClauseOnNoun, resources/syntax/time-nouns.json);
    // a past participle right after "they"/"he"/"she"/"we"/"I" is a past tense; an unchanged past ("hurt", "cut", "hit")
    // after "be"/"get" is the participle ("were hurt", analyse.ts participleAfterBe).
    // 37: the past form before a number that makes a later past form describe its noun is a verb that is no report, or a
    // resultative ("said 300 fled villages" keeps its clause; analyse.ts describingParticipleAfterNumber).
    // 38: a participle after a noun and before an object's start, in the content a verb of reporting tells ("said rebels fired
    // rockets at …", with or without "that"), is that content's past-tense verb (analyse.ts clauseVerbs).
    // 39: the same for a clause joined to the next by ", and" / ", but" / ", while" ("Rebels torched houses in the village, but
    // no one was hurt").
    // 40: a participle after a noun and before a hedged number ("strikes killed at least 20 people") is the verb taking it as
    // object (analyse.ts participleWithObject, function-words.ts NUMBER_HEDGES).
    // 41: a conjunct of a passive with no auxiliary and a count as subject ("… were killed and dozens injured") is a passive
    // too (repair.ts repairGappedPassive).
    // 42: so is a count the parse made the passive's own conjunct, with the gapped participle after it hung on the passive
    // or on the count ("… were killed and 30 wounded when gunmen opened fire …", repair.ts countReadAsConjunct).
    // 43: a past form hung on a noun as a clause with no subject of its own is the participle of a reduced relative ("the
    // homes of two men accused of …" made the men the accusers; repair.ts repairReducedRelatives).
    // 44: a relative clause with a finite auxiliary and neither a subject nor a relative word, on a noun opened by
    // "after"/"before"/"until"/"since", is the clause that word opens ("set fire to a post after a driver was shot dead"
    // lost the killing; repair.ts repairRelativeReadForClause).
    // 45: the object of "said" before an interruption set off by commas is the subject of the subject-less verb after it
    // ("said the rebels, who had besieged the town, withdrew": repair.ts repairReportedSubject).
    // 46: a coordinated subject read as more conjuncts of a fronted phrase's last noun is the subject ("Under a deal brokered
    // by Egypt, Israel and Hamas agreed": repairFrontedPhraseSubject); a sentence opening "Thanks to"/"Due to" has its clause
    // as root (repairFrontedToPreposition); an "-ed" adjective after the opening name may be the verb ("Qatar mediated talks":
    // analyse.ts namesWinkKnows).
    // 47: "According to X, S V" the same (repairFrontedToPreposition).
    // 48: the subject 47's fronted phrase leaves to a passive verb is its passive subject ("Due to the fighting, thousands were
    // displaced").
    // 49: a noun read as a passive's object right after its proper-name agent heads the agent phrase ("were attacked by
    // al-Shabaab militants in Lamu" lost its doer; repair.ts repairSplitAgent).
    // 50: a word only ever a past tense read as a noun is the verb ("The EU froze funding"); a word of letters read as a
    // number is a noun ("after militiamen torched"); a past form after a relative clause on a report's subject or on the
    // root noun is that noun's verb ("said gunmen who arrived on motorcycles opened fire").
    // 51: a past form after "and" that follows a past verb (and its object) is a second verb ("looted homes and raped women"),
    // not a participle describing the next noun; only irregular pasts read as nouns are read as the verb (50 read regular
    // "-ed" adjectives too).
    // 52 (review): 50's verb after a relative clause only for the root or the object of a verb of saying ("arrested two men
    // who robbed a bank located near …" kept "located" on the bank); "trillion" read as a number stays one.
    // 53: "who"/"which" after a comma after a noun opens a relative clause on that noun, not a side clause of the verb
    // before it ("fled to Argentina, which granted him asylum": Argentina grants; repair.ts repairRelativeAfterComma).
    // 54: 53 only for "which": a person's "who" clause keeps the parse's reading (measured on the dev sets).
    // 55: 53's repair not for a noun in a prepositional phrase (not "of") told after the verb's object ("vetoed a
    // resolution at the Security Council, which condemned …": the object is the likelier antecedent).
    // 56: the noun phrase after a fronted phrase, with its own apposition or "who" clause set off by commas (or opened by its
    // own determiner with no comma), hung on the phrase's noun, is the subject of the subject-less verb after it ("In May, the
    // Lion Brigade, a small militia, overran …"; repair.ts repairFrontedAppositiveSubject).
    // 57: a one-word capitalised subject opening the sentence, an "-ed" root after it and a past form with its own object
    // hung on the root's object is an adjective misread: "Unidentified armed men opened fire" (repair.ts repairAdjectiveReadAsVerb).
    // 58: an irregular past on a prefix wink does not know gets the prefix on the bare verb's base ("overthrew" →
    // "overthrow", "outran" → "outrun"), so the rules and the Phoenix verbs read it by its base.
    // 60 (h30a): a count root right before "of" with a passive or perfect participle after the "of" phrase is that verb's
    // subject (<count> of the <participle> <noun> had been <participle> …, repair.ts repairPartitiveRoot): the act was lost under the count.
    // 61 (h30x2): the partitive repair marks only a "be" or "get" right before the participle as passive, and a passive is
    // real only with "be" or "get" (function-words.ts PASSIVE_AUXILIARIES, one test for repair.ts and the tag check).
    // 62 (h31a): "after"/"before"/"until" + a name or coordinated names + a subject-less verb is a clause whose subject is the
    // whole phrase, and a verb read as a conjunct of the verb before the marker is its adverbial clause ("… came after
    // Presidents A and B held talks": the talks had lost their doers; repair.ts repairSubordinateClause).
    // 63 (h31a): in the partitive repair (60) "the" + a participle or adjective with no noun after it is the "of" phrase's
    // noun ("Nine of the detained were freed": the participle had been read as an auxiliary of the verb, the count as the root).
    // 64 (h33a): a list of noun phrases opening the sentence as the subject of a verb group after it, read as a root noun
    // with appositions and the verb a conjunct holding the last item alone, is the verb's subject ("Four shotguns, a crate of
    // grenades and two radios were seized": the seizure had no subject and the items no act; repair.ts repairListSubjectRoot).
    // 65 (h33c): "have" + a time phrase ("today", "this week", "on Monday") + a past form is the perfect: the past is read
    //      as the participle and the predicate (repair.ts repairPerfectAuxiliary); the subject had lost its act ("has today
    //      asked": "has" the verb, "asked" a parataxis with no subject).
    // 66 (h33b): a sentence whose root is a bare name with a side clause or apposition set off by commas takes the first
    // subject-less verb after the closing comma as its predicate, the name its subject ("X, who heads the union, demanded
    // …": the verb had been hung inside the side clause and the act had lost its doer; repair.ts repairVerbAfterParenthetical);
    // a noun tagged as an adjective but parsed as the subject before ", which …" counts as the noun (repairRelativeClauseRoot).
    // 67 (h34a): an "after"/"before" clause's noun is the subject of its subject-less verb across a phrase of time the parse
    // hung on that verb ("after soldiers on Wednesday seized …": the seizure had lost its doer; repair.ts timePhraseStart).
    // 68 (h36e): after a fronted time phrase closed by a comma, the phrase the parser hung on the day or month as its conjunct
    // ("On Monday, A and B spoke …") is the subject of the subject-less finite verb after it (repair.ts repairFrontedTimeConjunct):
    // the act had lost its doers and was dropped as party-less.
    // 69 (h36e): "X, which …, also called for …" with the main verb read as a pronoun-less relative clause on the relative
    // clause's object: that verb is the root and X its subject (repair.ts repairRelativeClauseRoot); the act had no doer.
    // 70 (h39b): a relative clause's subject phrase holding its pronoun ("X, most of whom earn …, walked out") opens it as
    // the pronoun does (repair.ts repairRelativeClauseRoot), and a relative clause with a nominal predicate hung on a root
    // name by another relation ("X, the mayor of Y, who has been in office …, criticised") is a side clause the main verb
    // may hang in (repairVerbAfterParenthetical): both acts had lost their doer. A root noun with a subject before it set off
    // by a comma and no copula is that subject's apposition, and the subject-less verb after its closing comma the root
    // ("X's envoy, a former minister, flew …": repair.ts repairAppositionReadAsPredicate).
    version: 70,
    requires: ['sentences', 'tokens'],
    assigns: ['tokens', 'syntax'],
    run(doc: ArticleDoc) {
      const model = syntaxModel();
      const tokens: Token[] = new Array(doc.tokens.length);
      for (const sentence of doc.sentences) {
        const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
        // The tagger's inputs gathered in one loop over the words (not three maps and a scan).
        const n = words.length;
        const forms: string[] = [];
        const posTags: string[] = [];
        const glued: boolean[] = [];
        let allSymbols = true;
        for (let i = 0; i < n; i++) {
          const t = words[i]!;
          forms.push(t.text);
          posTags.push(t.pos);
          glued.push(i > 0 && i < n - 1 && words[i - 1]!.end === t.start && t.end === words[i + 1]!.start);
          if (t.pos !== 'X') allSymbols = false;
        }
        // An over-long run of symbols cut into pieces by the sentences stage (long-runs.ts) is not
        // language: it keeps its X tags, flat on its first piece, and the tagger never sees it.
        if (allSymbols) {
          words.forEach((token, i) => {
            tokens[sentence.tokenStart + i] = { ...token, tag: 'ADD', head: i === 0 ? -1 : sentence.tokenStart, dep: i === 0 ? 'root' : 'flat' };
          });
          continue;
        }
        const analysis = analyseWords(forms, posTags, model, glued);
        for (let i = 0; i < n; i++) {
          const token = words[i]!;
          const a = analysis[i]!;
          // wink leaves a word it read as a name unlemmatised ("Protests" → "protests"); once the tagger
          // says it is a common noun or a verb, it gets the lemma the lexicons look it up by.
          const relemmatise = token.pos === 'PROPN' && (a.upos === 'NOUN' || a.upos === 'VERB') && token.lemma === token.normal;
          let lemma = relemmatise ? lemmaOfWord(token.normal) : token.lemma;
          if (INFLECTED.test(a.xpos)) lemma = lemma === token.normal ? verbBase(lemma) : undoubledLemma(token.normal, lemma);
          // An irregular past wink read as a noun ("Police shot dead …"): its base read as a verb.
          if (PAST.test(a.xpos) && a.upos === 'VERB' && lemma === token.normal) lemma = lemmaOfPastVerb(token.normal);
          // One on a prefix wink does not know ("overthrew"): the prefix on the bare verb's base ("overthrow").
          if (PAST.test(a.xpos) && a.upos === 'VERB' && lemma === token.normal) lemma = prefixedPastBase(token.normal, lemmaOfPastVerb);
          // Written out rather than spread: the same properties in the same order, without copying by name lookup.
          tokens[sentence.tokenStart + i] = {
            start: token.start, end: token.end, text: token.text, normal: token.normal, pos: a.upos,
            lemma, sentence: token.sentence,
            tag: a.xpos, head: a.head < 0 ? -1 : sentence.tokenStart + a.head, dep: a.deprel,
          };
        }
      }
      // Tokens outside every sentence (none today) keep what they had.
      doc.tokens = doc.tokens.map((t, i) => tokens[i] ?? t);
    },
  };
}
