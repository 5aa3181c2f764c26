import { readFileSync } from 'node:fs';
import { resourcePath } from '../../syntax/resource-path.js';

/**
 * The trigger lexicon: which words start which PLOVER event. The rules are data
 * (resources/events/triggers.json), written for Chronicle from the PLOVER definitions
 * (resources/ontology/plover.json) and English usage in news, not from any gold set. Each rule
 * names the lemma sequence that triggers it, the part of speech of its head, and the PLOVER type,
 * mode and context. Where a verb's meaning depends on its object ("dispatched peacekeepers" is
 * AID, "dispatched troops" MOBILIZE), `objects` lists the object lemmas that select the rule;
 * rules of one head are tried in file order, first match wins.
 */

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface TriggerRule {
  /** Lemmas, space separated; the first is the head. `*` matches any one token (e.g. "call * for"). */
  readonly phrase: string;
  readonly pos: 'VERB' | 'NOUN';
  readonly event: PloverType;
  readonly mode?: string;
  readonly context?: readonly string[];
  /** The rule applies only if one of these lemmas follows within a few tokens (the object or particle). */
  readonly objects?: readonly string[];
  /**
   * A place the text names as the verb's object also selects the rule, as the `objects` words do:
   * ground is taken by its name as often as by its kind ("took over Kidal", "regained the town").
   */
  readonly placeObject?: boolean;
  /** The rule applies only if the verb's clausal complement is one of these lemmas ("ordered the troops to *leave*"), read on the parse. */
  readonly complements?: readonly string[];
  /**
   * A verb with a clausal complement applies the rule only if the complement is one of these lemmas; with none it
   * applies ("ordered troops to the border", "ordered troops to deploy"; not "ordered the army to investigate").
   */
  readonly complementsIfAny?: readonly string[];
  /**
   * With `complements`: the complement has a subject of its own, someone else is to act ("vowed that the gunmen would
   * pay"; not "vowed to pay the nurses' arrears", the vower's own promise).
   */
  readonly complementDoer?: boolean;
  /**
   * With `objects`: the word is another party's, in a "to" phrase of the verb or with a possessor ("agreed to the
   * strikers' demands"; not "agreed on a list of demands", the doers' own).
   */
  readonly othersObject?: boolean;
  /**
   * With `complements`: the complement is a past participle after the verb's object, the state the verb puts it in ("ordered
   * the two men *held* in custody"), not an infinitive that asks the object to act ("ordered the police to detain them").
   */
  readonly complementParticiple?: boolean;
  /**
   * A VERB rule whose head is also read where the tagger makes it an adjective predicate ("the union is *concerned*
   * by the sackings"): its subject holds the view (the actor), a "by" phrase is what the view is about, not an agent.
   */
  readonly adjective?: boolean;
  /** With `complements`: the complement's object is one of these lemmas ("banned him from setting *foot* in the country"). */
  readonly complementObjects?: readonly string[];
  /**
   * The rule applies only to a transfer: the verb has an object and a "to" phrase names where it
   * goes ("returned the statues to Nepal", "was returned to its owners"), read on the parse.
   */
  readonly transfer?: boolean;
  /**
   * The rule applies only when a "from" phrase names who the object came from ("received weapons
   * from Turkey"), read on the parse as `transfer` reads "to": a thing received from no one named
   * ("will receive medical care") tells no one's act.
   */
  readonly giver?: boolean;
  /**
   * The rule applies only when the verb's object names a person or a party (an actor found in
   * it), with nothing said of it ("called Lavrov", "received the Emirati envoy"; not "called him a
   * liar", "called elections", "received aid").
   */
  readonly personObject?: boolean;
  /**
   * The object the rule selects is who receives the act, not what is handed over ("accepted 2,000
   * refugees", "took in migrants"): goods sent are no party, people taken in are.
   */
  readonly objectReceives?: boolean;
  /**
   * The rule applies only when the verb's subject (read on the parse, or its "of" group:
   * "hundreds of protesters") is one of these lemmas: "protesters gathered" is a protest,
   * "ministers gathered" is not. A noun's subject is that of the verb it is the object of, also
   * through a counting noun ("unions launched a wave of strikes").
   */
  readonly subjects?: readonly string[];
  /**
   * A noun rule applies only when the act noun's own doer, its "by" phrase or its possessor (or the "of" group of
   * either: "by hundreds of miners"), is one of these lemmas: "a stoppage by the crews", "the nurses' stoppage".
   */
  readonly nounDoers?: readonly string[];
  /**
   * A noun rule applies only when the act noun is the subject of one of these verbs, which say what kind of act it is:
   * a walkout that "dragged on for a month" or "entered its second week" is a stoppage of work, not a missile's.
   */
  readonly subjectOf?: readonly string[];
  /**
   * A noun rule applies only when the act noun is the object of one of these verbs (through a counting noun too), which
   * set it up or keep it: "villagers erected barricades" is theirs, "workers removed the barricades" is not.
   */
  readonly objectOf?: readonly string[];
  /**
   * A noun rule applies only when the act noun is dated by a year of its own, after it by "of" or "in" ("the aggression
   * of May 1992", "an aggression in 1991"): the act happened, not one feared or blamed.
   */
  readonly dated?: boolean;
  /**
   * The rule applies only when the doer is an armed force: the verb's subject (or a passive's "by"
   * agent) is covered by an actor of an armed sector (military, police, rebels, militias), or, with
   * `subjects`, is one of those lemmas. Ground a party, a firm or a mission takes over ("Labour won
   * back the seat", "a firm took over the airport") is no battle's. A passive with no agent passes.
   */
  readonly armedSubject?: boolean;
  /**
   * The rule applies only when the doer is a state's government or army: the verb's subject (or a passive's
   * "by" agent) is covered by an actor of a government, military or intelligence sector, or a country. A test
   * of a bomb by police, of a rocket by a firm or of a deal by a court is no weapons test. A passive with no agent passes.
   */
  readonly stateDoer?: boolean;
  /**
   * The rule applies only when the doer is a crowd or civilians, no state and no armed force: the verb's subject (its
   * "of" group: "hundreds of soldiers") or a passive's "by" agent is covered by no actor of a government, military,
   * intelligence, rebel or militia sector and by no country. "Troops marched into the town, demanding its surrender" and
   * "the president walked out, denouncing the statement" are no protest. A passive with no agent fails.
   */
  readonly crowdDoer?: boolean;
  /**
   * The rule applies only when the doer is named and is a party: the verb's subject (or a passive's "by" agent) is covered
   * by an actor of any kind. A scandal, a crisis or a defeat that "toppled the prime minister" is no one's act, and a
   * passive with no agent names no doer and fails.
   */
  readonly partyDoer?: boolean;
  /**
   * The rule applies only when the doer (the verb's subject or a passive's "by" agent; for a noun, those of the verb it
   * is the object of) is covered by an actor of one of these sectors: police who launch an operation against a gang
   * enforce the law, troops who do attack.
   */
  readonly doerSectors?: readonly string[];
  /**
   * The rule applies only when what the act is "against" (a phrase of the noun or of its verb) is a party, an actor
   * the text names ("an operation against the militants"; not "an operation against tax evasion").
   */
  readonly againstParty?: boolean;
  /**
   * A noun rule applies only when the actors in its phrase and the doer of its verb are of two states at least ("a joint
   * patrol with the navies of Chile and Peru"; not police and soldiers of one state).
   */
  readonly twoStates?: boolean;
  /** A noun rule applies only when an adjective or a compound of the noun is one of these words ("a *criminal* case"). */
  readonly describedBy?: readonly string[];
  /**
   * The rule applies only to a rescue: a state's force (an actor of a military, police or intelligence sector), as the
   * verb's subject or a passive's "by" agent, frees people one of these words says others hold ("troops freed 14
   * hostages", "kidnap victims were freed by police": the captors did not let them go). A passive with no agent names no
   * rescuer and fails: "the hostages were freed" is most often the captors' release.
   */
  readonly rescued?: readonly string[];
  /**
   * The rule applies only to an arrival that is a deployment: in, at or to a place the text names, not home
   * or back, by a subject not described as returning, with no purpose infinitive ("arrived at the hospital to visit …").
   */
  readonly deployedTo?: boolean;
  /**
   * The rule applies only when the verb has a phrase of where the move goes or comes from: a "from", "to", "into",
   * "toward(s)" phrase, or an "in", "at" or "near" phrase naming a place the text names ("soldiers moved up toward the
   * ridge"; not "units moved up 4%"). Read on the parse (fx3).
   */
  readonly placePhrase?: boolean;
  /**
   * The rule does not read a participle after its noun with no "by" agent: "police arrested three men accused of
   * looting" names why the men were held, no accusation anyone is said to make (the act is the arrest).
   */
  readonly notDescribing?: boolean;
  /**
   * With `objects` and `objectHead`: one of these words must also modify the object's head or name its
   * owner (a compound, adjective, possessor or "of" noun): "revoked the licence of a radio station"
   * bans an outlet, "revoked the driver's licence of the mayor" does not.
   */
  readonly objectOwners?: readonly string[];
  /**
   * With `objects` and `objectHead`: none of these words may modify the object's head or name its owner
   * ("suspended the station" may be a broadcaster, "the railway station", "the police station" is not).
   */
  readonly notObjectOwners?: readonly string[];
  /**
   * One of these words must be what the verb calls its object, the predicate ("called the vote a sham",
   * "described the election as a farce", "branded it illegal") or an adjective of it, not a word of the object.
   */
  readonly predicates?: readonly string[];
  /**
   * None of these words may be what the verb calls its object or its result (read as `predicates`): "clashed,
   * leaving 12 dead" tells what the clash left behind, no one leaving a place.
   */
  readonly notPredicates?: readonly string[];
  /**
   * With `complements`: a bare participle adjunct is read as the purpose too ("gathered outside parliament,
   * demanding his release" = "gathered to demand"); elsewhere a participle tells another act.
   */
  readonly participlePurpose?: boolean;
  /**
   * With `armedSubject`: a doer that is no armed force still does the act when the place it is done
   * from is ground one of these words or a name names ("a campaign that drove the rebels out of
   * most of the delta"): the "out of" phrase's head, or its own "of" noun, is among them or a place.
   */
  readonly orGround?: readonly string[];
  /**
   * The rule applies only when an "on" phrase of the verb, or of its object, names ground or a people: a place the text
   * names, a state, or a head among these words ("imposed a security law on the province", "imposed the decree on the
   * island's residents"; not "imposed new reporting duties on banks").
   */
  readonly onAmong?: readonly string[];
  /**
   * With `objects` and `objectHead`: the object carries one of these words, told by a participle of carrying after it
   * or a "with" phrase of it ("intercepted a boat carrying cocaine", "a lorry loaded with rifles", "a skiff with two
   * tonnes of hashish": the head or its "of" noun). What a craft carries says what stopping it is.
   */
  readonly objectCargo?: readonly string[];
  /**
   * The rule does not apply when the doer (the verb's subject or a passive's "by" agent) is covered by an actor of one of
   * these sectors: voters who "dismissed the mayor at the polls" removed no one from a post they gave.
   */
  readonly notDoerSectors?: readonly string[];
  /**
   * The rule does not apply when the act is told with its purpose or cause: an infinitive of purpose or an "over" or
   * "against" phrase, on the word or on the verb its noun is the object of. Inmates who "rioted over rations" or "staged
   * a riot to protest the transfers" protest; a prison riot told with no cause is violence.
   */
  readonly notCause?: boolean;
  /**
   * `objects` are matched on the head of the verb's parsed object only (and of the particle's
   * object, the passive subject): not on a possessor or a modifier ("took over the town's water
   * utility" took a utility, "dropped explosives charges" dropped charges).
   */
  readonly objectHead?: boolean;
  /**
   * The rule applies only when the verb's parsed object (or passive subject) is a sum of money: a currency sign in its
   * head or the words hung on it ("approved $12m", "redirected €12m", "A$3 million"), or a head among these words counted
   * by a number ("allocated 45 million rupees"). PLOVER AID is money given; the same verbs with a plan, a text or a
   * budget as their object ("approved the plan", "approved a $2bn budget") give no one anything.
   */
  readonly sumObject?: readonly string[];
  /**
   * The rule applies only when, before the clause's next verb, an "into" phrase is headed by one of
   * these ("fired three missiles into the Sea of Japan": a launch with no target, a test). Read on
   * the words, not the parse, which often hangs the phrase on the missiles.
   */
  readonly into?: readonly string[];
  /** The rule applies only when the verb has no direct object on the parse ("fired on the crowd"; not "fired the minister on Tuesday"). */
  readonly noObject?: boolean;
  /**
   * The rule does not apply when an "in", "at" or "during" phrase of the verb is headed by one of
   * these ("won back the seat in the by-election", "regained ground in the polls").
   */
  readonly notIn?: readonly string[];
  /**
   * The rule applies only when an "in", "at" or "during" phrase of the verb (or one the parse hung on its object) is
   * headed by one of these, as `notIn` reads them: people who "gathered in support of the strikers" or "in solidarity
   * with the farmers" show a cause; a word of support elsewhere in the sentence is another act's.
   */
  readonly inAmong?: readonly string[];
  /**
   * The rule applies only when the verb is placed before a site by one of these words: an oblique's preposition
   * ("gathered outside the ministry"), the head of an "in" phrase ("in front of the court") or an adverb ("had gathered on
   * the pavement outside"); when no purpose of the act is told (an infinitive of purpose or a "for" phrase); and not in a
   * clause describing a noun ("dispersed nurses who had gathered outside the ministry", said of another act's people). People
   * who assemble facing a building for no purpose the text gives are there to be seen by those inside it; "gathered outside
   * the hospital for news of the wounded" or "to wait for the results" tells another reason.
   */
  readonly facing?: readonly string[];
  /** With `facing`: head nouns of sites that are a body's seat ("hall", "office", "palace"), beside the parties the actors stage finds there. */
  readonly facingSeats?: readonly string[];
  /** The rule does not apply when the verb's subject (or its "of" group, "hundreds of mourners") is one of these words. */
  readonly notSubjects?: readonly string[];
  /**
   * The rule does not apply when the verb's "by" agent is headed by one of these ("soldiers backed by air support",
   * "police backed by armoured vehicles"): weapons or cover that back a force in the field give no endorsement; the
   * participle tells how the force's own act was done.
   */
  readonly notAgents?: readonly string[];
  /**
   * The rule applies only when a "from" or "out of" phrase of the verb, or of its object, is headed by one of these
   * ("withdrew from the grain deal", "pulled its soldiers out of the mission"): what is left is then a pact or a
   * body one belonged to, not ground one held ("withdrew from the town"). Read on the parse.
   */
  readonly from?: readonly string[];
  /**
   * The rule applies only when a "to" or "on" phrase of the verb, or of its object, is headed by one of these ("placed
   * a Maltese shipping firm on its watchlist", "were added to a register of proscribed groups"): what someone is
   * entered on is then a register of those penalised. With `ontoOwners` (or `ontoPartyOwners`), one of those words must
   * also describe the head (see them), not any list ("added a stop to the list of venues").
   */
  readonly onto?: readonly string[];
  /**
   * With `onto`: words that make the head of the "to" or "on" phrase a register of those penalised when they describe it
   * (a compound, an adjective or its "of" noun, or a word of that noun: "its sanctions list", "a list of terror suspects").
   */
  readonly ontoOwners?: readonly string[];
  /**
   * With `onto`: words that make the head a register of those penalised only when they describe its "of" noun and that
   * noun is one of `ontoParties` ("a list of banned organisations", "individuals barred from travel"): a list of banned
   * substances or of designated heritage sites penalises no one.
   */
  readonly ontoPartyOwners?: readonly string[];
  /**
   * With `onto`: what is entered (the verb's object, a passive's subject, or a conjunct of them) must be a party: an actor,
   * a person or organisation the text names, or one of these nouns ("added six traders", "two banks were put on …"). A
   * drug, a building or an app entered on a list is no one sanctioned. These nouns are also the kinds of party
   * `ontoPartyOwners` asks of the "of" noun.
   */
  readonly ontoParties?: readonly string[];
  /**
   * The rule applies only when a "from" or "out of" phrase of the verb, or of its object, names a whole country: a place
   * the text names or a word for a country ("ordered two diplomats out of the country", "ordered the envoy out of Mali"),
   * as `from` reads its words.
   */
  readonly outOfCountry?: boolean;
  /**
   * The rule applies only when a "to" phrase of the verb, of its object or of its particle names a state or a place the
   * text names, and that place is not in the doer's own state ("sent 40 migrants back to Libya"; not "flew 250 nationals
   * back to New Delhi", an evacuation, nor "sent the displaced back to their villages"). Read on the parse.
   */
  readonly toAbroad?: boolean;
  /**
   * The rule applies only to an official's journey: the verb's subject is a person or a government
   * (an actor of kind person, or of sector GOV), and a "to" or "in" phrase names a state or a place
   * ("the foreign minister flew to Bamako", "arrived in Moscow"; not "refugees arrived in Poland").
   */
  readonly officialTrip?: boolean;
  /**
   * The rule reads only some uses of its word ("bar" a candidate from an election, "extend" a loan):
   * where no rule of the word matches, the fallback dictionary reads the word as it would without
   * the lexicon. Rules with `subjects` or `officialTrip` are read so without saying it.
   */
  readonly narrow?: boolean;
  /** The rule applies only if one of these lemmas precedes within a few tokens ("air strike"). */
  readonly preceded?: readonly string[];
  /**
   * The rule applies only if one of these words (lemma or form) stands anywhere in the trigger's sentence: a demand on signs is
   * a protest's only where the sentence tells a protest or signs carried ("marchers waving banners calling for …"), not
   * where signs by a road or in a stadium ask something of passers-by ("road signs call for drivers to slow down").
   */
  readonly inSentence?: readonly string[];
  /**
   * The rule does not apply when the act is told with a reason among these words after it ("for", "because of", "due
   * to", "owing to" and up to three words before the reason): an operator that "suspended its data network for
   * maintenance" or "because of a technical fault" silenced no one. Read on the words, not the parse, which often
   * hangs the reason on the object or misreads "due to".
   */
  readonly notReasons?: readonly string[];
  /** The rule does not apply right after these words ("prisoners of war" is no war). */
  readonly notAfter?: readonly string[];
  /** The rule does not apply right before these words: the act noun names a kind of thing ("assault rifles", "attack helicopters"). */
  readonly notBefore?: readonly string[];
  /**
   * A verb rule does not apply when the heads of its parsed objects (and of nouns joined to them) are all
   * among these: what was released, published or shown is not what was freed ("released a video of the
   * hostages", "released a statement"; "released a statement and two soldiers" still freed the soldiers).
   */
  readonly notObjects?: readonly string[];
  /**
   * 'collective': two-sided violence, talks without a host. A noun's participants all go in
   * `actor` ("clashes between X and Y"); a verb's subject is the actor and the side named after
   * it ("clashed with Y", "fought Y") the recipient, as CAMEO codes source and target.
   * 'directed' (default): subject is actor, object is recipient.
   */
  readonly roles?: 'collective' | 'directed';
  /** A speech act whose complement, not itself, is often the event (e.g. "said"): never an event. */
  readonly weak?: boolean;
  /** The CAMEO code of a rule that came from a CAMEO-coded dictionary (exported as is). */
  readonly cameo?: string;
  /** Where a rule from a dictionary came from (`phoenix@676801c#CAMEO.2.0.txt:1234`), recorded in the event's origin. */
  readonly resource?: string;
}

interface TriggerFile {
  readonly name: string;
  readonly version: string;
  readonly lists: Record<string, { readonly words: readonly string[] }>;
  /** Rules, and entries with only a `comment` saying why the rules after them are as they are. */
  readonly rules: readonly (TriggerFileRule | { readonly comment: string })[];
}

type WordList = readonly string[] | string;
/** The rule fields that hold words: the lexicon writes each as a list, one word, or "@NAME" for a named list. */
const WORD_LIST_FIELDS = ['complements', 'complementsIfAny', 'objects', 'preceded', 'notAfter', 'notBefore', 'notObjects', 'subjects', 'notIn', 'inAmong', 'facing', 'facingSeats', 'notSubjects', 'from', 'orGround', 'into', 'objectOwners', 'notObjectOwners', 'predicates', 'notPredicates', 'rescued', 'onAmong', 'objectCargo', 'notAgents', 'nounDoers', 'subjectOf', 'objectOf', 'onto', 'ontoOwners', 'ontoPartyOwners', 'ontoParties', 'inSentence', 'describedBy', 'notReasons', 'sumObject'] as const;
type WordListField = (typeof WORD_LIST_FIELDS)[number];
type TriggerFileRule = Omit<TriggerRule, WordListField> & { readonly [K in WordListField]?: WordList };

function loadTriggers(): { version: string; rules: TriggerRule[] } {
  const path = resourcePath('events/triggers.json');
  let file: TriggerFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as TriggerFile;
  } catch (error) {
    // Name the file: the fault is the lexicon's, not the document's being coded.
    throw new Error(`the trigger lexicon ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // "@NAME" stands for the words of list NAME, wherever it stands in a list.
  const words = (list: WordList | undefined): readonly string[] | undefined => {
    if (list === undefined) return undefined;
    return (typeof list === 'string' ? [list] : list).flatMap((w) => {
      if (!w.startsWith('@')) return [w];
      const named = file.lists[w.slice(1)];
      if (!named) throw new Error(`${path}: the word list ${w} is not defined`);
      return named.words;
    });
  };
  const rules = file.rules.filter((r): r is TriggerFileRule => 'phrase' in r).map((fileRule) => {
    const rule: Record<string, unknown> = { ...fileRule };
    for (const field of WORD_LIST_FIELDS) if (fileRule[field] !== undefined) rule[field] = words(fileRule[field]);
    return rule as unknown as TriggerRule;
  });
  return { version: `${file.name}@${file.version}`, rules };
}

const loaded = loadTriggers();

export const TRIGGERS_VERSION = loaded.version;

/** Ordered: more specific rules (with `objects`) before general ones with the same head. */
export const TRIGGERS: readonly TriggerRule[] = loaded.rules;
