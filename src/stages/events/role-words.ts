import { readFileSync } from 'node:fs';
import type { Token } from '../../core/document.js';
import type { SyntaxView } from '../../syntax/relations.js';
import { resourcePath } from '../../syntax/resource-path.js';
import { ARMED_SECTORS } from '../../kb/sectors.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';

/** How a prepositional argument takes part in an event. */
export type ArgumentRole = 'actor' | 'recipient' | 'none';

interface RoleWordsFile {
  readonly name: string;
  readonly version: string;
  readonly obliqueRoles: { default: Record<string, ArgumentRole>; byType: Record<string, Record<string, ArgumentRole>> };
  readonly nounArgumentRoles: { default: Record<string, ArgumentRole>; byType: Record<string, Record<string, ArgumentRole>> };
  readonly speechLemmas: string[];
  readonly speechComplements: string[];
  readonly statementLemmas: string[];
  readonly lightVerbs: string[];
  readonly amountVerbs: { words: string[] };
  readonly routeNouns: { words: string[] };
  readonly siteNouns: { words: string[] };
  readonly seatNouns: { words: string[] };
  readonly stateDescriptors: { words: string[] };
  readonly witnessNouns: { words: string[] };
  readonly signingVerbs: { verbs: string[] };
  readonly brokerWords: string[];
  readonly mediationNouns: string[];
  readonly mediatorNouns: { nouns: string[] };
  readonly forceNouns: string[];
  readonly forceActsTypes: string[];
  readonly thatTargetTypes: string[];
  readonly firstPerson: string[];
  readonly settingNouns: string[];
  readonly localPersonSectors: { sectors: string[] };
  readonly sectorCues: Record<string, string[] | string>;
  readonly anaphorNouns: Record<string, string[] | string>;
  readonly circumstancePreps: string[];
  readonly promiseVerbs: string[];
  readonly sequelWords: string[];
  readonly seriesWords: string[];
  readonly sinceCountWords: string[];
  readonly lastingMeasures: { types: string[] };
  readonly heldStates: { words: string[] };
  /** Nouns that count acts ("a series of raids", "a wave of strikes"): the verb taking them takes the act noun after their "of". */
  readonly countingNouns: { words: string[] };
  readonly claimAnswerTypes: string[];
  readonly ownStateTargets: { types: string[] };
  readonly ownStateClaims: { types: string[] };
  readonly ownStateAnswers: { types: string[] };
  readonly askedForGoods: { nouns: string[] };
  readonly ownStateDoers: { types: string[] };
  readonly outsiderTargets: { types: string[] };
  readonly outsiderUnplaced: { types: string[] };
  readonly claimNouns: { nouns: string[] };
  readonly releaseNouns: { nouns: string[]; captureModes: string[] };
  readonly answeredActs: { denials: string[]; nouns: string[]; offerNouns: string[]; silences: string[] };
  readonly unattributedTypes: { types: string[] };
  readonly storySceneTypes: { types: string[] };
  readonly onsetVerbs: { verbs: string[]; particles: Record<string, string> };
  readonly relativeDoerVerbs: { verbs: string[] };
  readonly responsibility: { nouns: string[]; verbs: string[]; actVerbs: string[]; adjectives: string[]; behind: string[] };
  readonly stanceParticiples: string[];
  readonly collectiveSingulars: { words: string[] };
  readonly relationParticiples: { verbs: string[] };
  readonly allegedContent: { nouns: string[] };
  readonly tieParticiples: { verbs: string[] };
  readonly hostileIntents: { verbs: string[]; targets: string[] };
  readonly undergoerVerbs: { verbs: string[] };
  readonly mannerNouns: { nouns: string[] };
  readonly everyoneWords: { determiners: string[]; pronouns: string[] };
  readonly warnedPeople: { determiners: string[]; pronouns: string[]; thoseWith: string[] };
  readonly trippedDevices: { hitVerbs: string[]; overVerbs: string[]; devices: string[] };
  readonly causeVerbs: { verbs: string[] };
  readonly escapeVerbs: { verbs: string[] };
  readonly unilateralVerbs: { verbs: string[] };
  readonly forecastWarnings: { verbs: string[] };
  readonly approvalVerbs: { verbs: string[] };
  readonly doerParticiples: { verbs: string[] };
  readonly patientPossessorNouns: { nouns: string[] };
  readonly organiserBrokers: { words: string[]; types: string[] };
  readonly orderVerbs: { verbs: string[] };
  readonly defenceVerbs: { verbs: string[] };
  readonly possessorReporters: { verbs: string[] };
  readonly protectivePurposes: { verbs: string[]; parties: string[] };
  readonly dispersalPurposes: { verbs: string[] };
  readonly visitorWords: { words: string[] };
  readonly formerWords: { words: string[] };
  readonly removalVerbs: { verbs: string[] };
  readonly captivity: { nouns: string[]; holdVerbs: string[] };
  readonly reportingForces: { types: string[]; anyTarget: string[]; speakerSectors: string[]; speakerWords: string[]; foeSectors: string[] };
  readonly seizureVerbs: { types: string[]; verbs: string[]; ground: string[]; taking: string[] };
  readonly lossVerbs: { verbs: string[] };
  readonly penaltyVerbs: { verbs: string[] };
  readonly grantedPowers: { verbs: string[]; measures: string[] };
  readonly announcedDecisions: { cues: string[]; takenCues: string[]; predictionVerbs: string[]; conditionWords: { fronted: string[]; anywhere: string[] } };
  readonly obstructionNouns: { nouns: string[] };
  readonly flightOutcomes: { verbs: string[]; outcomes: string[] };
  readonly authoredTexts: { nouns: string[] };
  readonly receivingVerbs: { phrases: string[] };
  readonly hostingVisitVerbs: { verbs: string[] };
  readonly hostVerbs: { verbs: string[]; brokerOnly: string[] };
  readonly assistanceNouns: { nouns: string[]; types: string[]; preps: string[] };
  readonly envoyNouns: { nouns: string[] };
  readonly outsiderLabels: { nouns: string[] };
  readonly missionHosts: { types: string[]; nouns: string[]; kinds: string[]; bodies: string[] };
  readonly condemnedActs: { types: string[]; preps: string[]; nouns: Record<string, string[]> };
  readonly outsiderNouns: { nouns: string[] };
  readonly attackMeans: { preps: string[]; nouns: string[] };
  readonly phraseRoles: { phrases: Record<string, Record<string, ArgumentRole>> };
  /** forceSectors: the sectors fighting as forces beyond kb/sectors.ts ARMED_SECTORS (armed criminal gangs). */
  readonly fightingNouns: { nouns: string[]; settingPreps: string[]; exchangeNouns: string[]; fireNouns: string[]; forceSectors: string[] };
  readonly sequencePreps: { preps: string[] };
  readonly harmWords: { words: string[] };
  readonly outsiderModifiers: { words: string[] };
  readonly aimVerbs: { types: string[]; verbs: string[] };
  readonly placeTargets: { byType: Record<string, string[]>; byMode: Record<string, string[]> };
  readonly opposedAuthors: { types: string[]; preps: string[]; purposeVerbs: string[] };
  readonly withheldGoods: { types: string[] };
  readonly infinitiveContent: { types: string[] };
}

/** The word classes of resources/events/role-words.json, loaded once (a linguist edits the JSON, not this code). */
function load() {
  const data = JSON.parse(readFileSync(resourcePath('events/role-words.json'), 'utf8')) as RoleWordsFile;
  if (data.name !== 'role-words' || typeof data.version !== 'string') throw new Error('resources/events/role-words.json lacks its name/version header.');
  const forceNouns = new Set(data.forceNouns);
  const lookup = (table: RoleWordsFile['obliqueRoles'], event: string, prep: string): ArgumentRole =>
    table.byType[event]?.[prep] ?? table.default[prep] ?? 'none';
  const brokerWords = new Set(data.brokerWords);
  const organisers = new Set(data.organiserBrokers.words);
  const organisedTypes = new Set(data.organiserBrokers.types);
  return {
    version: `role-words@${data.version}`,
    obliqueRole: (event: string, prep: string) => lookup(data.obliqueRoles, event, prep),
    /** "set fire to X", "came under fire from X": the role a light-verb trigger's phrase gives a preposition, if any. */
    phraseRole: (phrase: string, prep: string): ArgumentRole | undefined => data.phraseRoles.phrases[phrase]?.[prep],
    nounArgumentRole: (event: string, prep: string) => lookup(data.nounArgumentRoles, event, prep),
    speechLemmas: new Set(data.speechLemmas),
    speechComplements: new Set(data.speechComplements),
    statementLemmas: new Set(data.statementLemmas),
    lightVerbs: new Set(data.lightVerbs),
    /** Verbs that give or impose a sum of an act ("announced $20m in aid"): the act noun after the amount is their object. */
    amountVerbs: new Set(data.amountVerbs.words),
    routeNouns: new Set(data.routeNouns.words),
    /** Last words of a named site inside a town ("Kibuye Market"): placed at the town written beside it. */
    siteNouns: new Set(data.siteNouns.words),
    seatNouns: new Set(data.seatNouns.words),
    stateDescriptors: new Set(data.stateDescriptors.words),
    witnessNouns: new Set(data.witnessNouns.words),
    signingVerbs: new Set(data.signingVerbs.verbs),
    brokerWords,
    /** Whether a broker word ("brokered", "organised") names a third party of an act of type `event`: an organiser is one only of acts between sides. */
    brokers: (word: string, event: string) => brokerWords.has(word) && (!organisers.has(word) || organisedTypes.has(event)),
    mediationNouns: new Set(data.mediationNouns),
    /** "Kenya's facilitator": who brings the sides together, a third party (mediatorNouns). */
    mediatorNouns: new Set(data.mediatorNouns.nouns),
    forceActsTypes: new Set(data.forceActsTypes),
    thatTargetTypes: new Set(data.thatTargetTypes),
    firstPerson: new Set(data.firstPerson),
    settingNouns: new Set(data.settingNouns),
    localPersonSectors: new Set(data.localPersonSectors.sectors),
    /** Words of a sentence that confirm a short name's own sector reading ("the Union … the strike": a trade union). */
    sectorCues: new Map(Object.entries(data.sectorCues).filter((e): e is [string, string[]] => Array.isArray(e[1])).map(([k, v]) => [k, new Set(v)])),
    circumstancePreps: new Set(data.circumstancePreps),
    promiseVerbs: new Set(data.promiseVerbs),
    /** "the ensuing war": an act that followed the one just told. */
    sequelWords: new Set(data.sequelWords),
    seriesWords: new Set(data.seriesWords),
    /** Words counting a clause's acts or people over a "since" span (assign-date.ts heldSince). */
    sinceCountWords: new Set(data.sinceCountWords),
    /** "TYPE mode" of measures that last until a time ("banned marches until Sunday"): the "until" time bounds them, it does not date them (assign-date.ts untilBound). */
    lastingMeasures: new Set(data.lastingMeasures.types),
    /** Trigger head lemmas (or "lemma TYPE") of acts that are a state once begun ("have occupied the square since Sunday"): dated by the start of a "since" span (assign-date.ts heldSince). */
    heldStates: new Set(data.heldStates.words),
    countingNouns: new Set(data.countingNouns.words),
    /** Types whose object is someone's claim, request or offer: its maker ("charges by X") is the target. */
    claimAnswerTypes: new Set(data.claimAnswerTypes),
    /** Types whose act by a party of one state at home, aimed at no one named, is aimed at that state's own side. */
    ownStateTargets: new Set(data.ownStateTargets.types),
    /** Types whose act by a non-state party of one state at home, aimed at no one named, is aimed at that state's government. */
    ownStateClaims: new Set(data.ownStateClaims.types),
    /** Types whose act by any party of one state at home, aimed at no one named and answering no earlier act, is aimed at that state's own side. */
    ownStateAnswers: new Set(data.ownStateAnswers.types),
    /** "appealed for donations of tents": what a state asks donors for, so its appeal is not aimed at its own side (askedForGoods). */
    askedForGoods: new Set(data.askedForGoods.nouns),
    /** Types whose act done at home to parties of one state, by no doer named, is done by that state's own side. */
    ownStateDoers: new Set(data.ownStateDoers.types),
    /** Types whose act by a party from outside the article's state, placed there, aimed at no one named, is aimed at that state. */
    outsiderTargets: new Set(data.outsiderTargets.types),
    /** Of those, the types whose act by an international body or rights group, unplaced in a story about one state, is aimed at that state. */
    outsiderUnplaced: new Set(data.outsiderUnplaced.types),
    /** "rejected these accusations": claims whose makers an earlier accusation names. */
    claimNouns: new Set(data.claimNouns.nouns),
    /** "demanded the release of the crew": a demand made of whoever held them (releaseNouns). */
    releaseNouns: new Set(data.releaseNouns.nouns),
    /** Modes of COERCE that take people or goods into someone's hands (an arrest, a seizure): what a release undoes. */
    releaseCaptureModes: new Set(data.releaseNouns.captureModes),
    /** "They refused", "the chair denied it": what a refusal or denial naming no one answers (events/index.ts answeredFromEarlier). */
    answeredActs: { denials: new Set(data.answeredActs.denials), nouns: new Set(data.answeredActs.nouns), offerNouns: new Set(data.answeredActs.offerNouns), silences: new Set(data.answeredActs.silences) },
    stanceParticiples: new Set(data.stanceParticiples),
    /** Singular nouns of a body of people that "them" may take up ("the crowd"). */
    collectiveSingulars: new Set(data.collectiveSingulars.words),
    /** "forces backed by militias": a participle after its noun naming a standing relation, no act. */
    relationParticiples: new Set(data.relationParticiples.verbs),
    allegedContent: new Set(data.allegedContent.nouns),
    tieParticiples: new Set(data.tieParticiples.verbs),
    hostileIntents: new Set(data.hostileIntents.verbs),
    /** Nouns of those a hostile intent is aimed at ("hunt down the attackers"), besides actor mentions. */
    hostileTargets: new Set(data.hostileIntents.targets),
    /** "a man died": the subject is the victim. */
    undergoerVerbs: new Set(data.undergoerVerbs.verbs),
    /** "in protest at …": the spirit another act was done in, not an act of its own. */
    mannerNouns: new Set(data.mannerNouns.nouns),
    /** "urged all sides", "called on everyone": addressees that name no one in particular (determiners over a noun, or pronouns). */
    everyoneDeterminers: new Set(data.everyoneWords.determiners),
    everyonePronouns: new Set(data.everyoneWords.pronouns),
    /** "anyone caught looting will be prosecuted": whoever a penalty is announced for (a warning, not a charge). */
    warnedPeople: { determiners: new Set(data.warnedPeople.determiners), pronouns: new Set(data.warnedPeople.pronouns), thoseWith: new Set(data.warnedPeople.thoseWith) },
    trippedDevices: { hitVerbs: new Set(data.trippedDevices.hitVerbs), overVerbs: new Set(data.trippedDevices.overVerbs), devices: new Set(data.trippedDevices.devices) },
    /** "fleeing the war": the subject is not the one who wages it. */
    /** "the fare rise sparked protests": verbs whose subject causes the act their object names, and does not do it. */
    causeVerbs: new Set(data.causeVerbs.verbs),
    escapeVerbs: new Set(data.escapeVerbs.verbs),
    /** "declared a ceasefire with Y": one side's act towards the other. */
    unilateralVerbs: new Set(data.unilateralVerbs.verbs),
    /** "struck …, targeting X": a participle naming whom a force act was aimed at. */
    aimVerbs: new Set(data.aimVerbs.verbs),
    aimTypes: new Set(data.aimVerbs.types),
    /** "authorised the deployment": the approval codes the approved act. */
    approvalVerbs: new Set(data.approvalVerbs.verbs),
    /** "protests led by students": participles of doing an act, whose "by" agent on an act noun is its doer. */
    doerParticiples: new Set(data.doerParticiples.verbs),
    /** "the activist's arrest": act nouns whose possessor, with no "of" phrase, is the one the act is done to. */
    patientPossessorNouns: new Set(data.patientPossessorNouns.nouns),
    /** "warned that fuel could run short": a warning of no one's act forecasts, it threatens no one. */
    forecastWarnings: new Set(data.forecastWarnings.verbs),
    orderVerbs: new Set(data.orderVerbs.verbs),
    defenceVerbs: new Set(data.defenceVerbs.verbs),
    /** "accused X of shelling its positions": whose subject a possessive in the charged act stands for. */
    possessorReporters: new Set(data.possessorReporters.verbs),
    /** "pledged to send troops to defend the junta": a promised force's purpose that makes the promise one of help. */
    protectivePurposes: new Set(data.protectivePurposes.verbs),
    dispersalPurposes: new Set(data.dispersalPurposes.verbs),
    /** "to defend the junta": whom a protective purpose must protect (a government or an army). */
    protectedParties: new Set(data.protectivePurposes.parties),
    /** "the UAE ambassador": someone received or called on behalf of a party. */
    visitorWords: new Set(data.visitorWords.words),
    /** "former soldiers": people no longer in a state body. */
    formerWords: new Set(data.formerWords.words),
    /** "expelled from North Korea": the territory's holder removes. */
    removalVerbs: new Set(data.removalVerbs.verbs),
    /** "returned from Russian captivity", "a woman held by Hamas was freed": kinds of captivity and verbs of holding, whose owner or agent released. */
    captivityNouns: new Set(data.captivity.nouns),
    holdVerbs: new Set(data.captivity.holdVerbs),
    /** "The army said 15 militants were killed": a reporting force did the doer-less act of force it reports against its foes. */
    reportingForces: { types: new Set(data.reportingForces.types), anyTarget: new Set(data.reportingForces.anyTarget), speakerSectors: new Set(data.reportingForces.speakerSectors), speakerWords: new Set(data.reportingForces.speakerWords), foeSectors: new Set(data.reportingForces.foeSectors) },
    /** "recaptured the town from the rebels": whom ground or goods were taken from is the target. */
    seizureVerbs: new Set(data.seizureVerbs.verbs),
    seizureTypes: new Set(data.seizureVerbs.types),
    /** "returned the paintings stolen from the museum": other verbs of taking whose "from" phrase names whom a thing was taken from. */
    takingVerbs: new Set(data.seizureVerbs.taking),
    /** "lost five soldiers in an ambush": the subject suffered the act its setting phrase names. */
    lossVerbs: new Set(data.lossVerbs.verbs),
    /** "retook the village of X from the rebels": ground taken, the place of the act rather than a party of it. */
    seizureGround: new Set(data.seizureVerbs.ground),
    /** "hit with sanctions", "slapped with a ban": a verb that only delivers the penalty its "with" phrase names. */
    penaltyVerbs: new Set(data.penaltyVerbs.verbs),
    /** "imposed a curfew, allowing troops to search homes": powers a measure grants, no act of their own. */
    grantVerbs: new Set(data.grantedPowers.verbs),
    grantingMeasures: new Set(data.grantedPowers.measures),
    /** "will leave the customs union": an unconditional announced SANCTION is the decision (recode-by-modality.ts). */
    decisionCues: new Set(data.announcedDecisions.cues),
    /** "has decided to leave the bloc": a decision told as taken, whoever reports it. */
    decisionTakenCues: new Set(data.announcedDecisions.takenCues),
    /** "diplomats expect that Mali will leave …": a framing verb that only predicts or warns of the act; no decision. */
    decisionPredictionVerbs: new Set(data.announcedDecisions.predictionVerbs),
    /** "Without a deal, Britain will leave …", "… or otherwise": words that put an announced act under a condition. */
    frontedConditionWords: new Set(data.announcedDecisions.conditionWords.fronted),
    anywhereConditionWords: new Set(data.announcedDecisions.conditionWords.anywhere),
    /** "the truckers' blockade": a blockade noun a crowd holds is a protest (recode-by-parties.ts). */
    obstructionNouns: new Set(data.obstructionNouns.nouns),
    flightForcers: new Set(data.flightOutcomes.verbs),
    flightOutcomes: new Set(data.flightOutcomes.outcomes),
    /** "a statement by the opposition accused …": texts whose author acts through them. */
    authoredTexts: new Set(data.authoredTexts.nouns),
    /** "received weapons from the US": verbs of taking what another gives; the subject is aided, "from" gives. */
    receivingVerbs: new Set(data.receivingVerbs.phrases),
    /** "hosted a delegation from Togo": verbs of a visit told from the host's side; the visitor acts, the host is called on. */
    hostingVisitVerbs: new Set(data.hostingVisitVerbs.verbs),
    /** "hosted talks between X and Y": verbs whose subject brings together the sides its object act names. */
    hostVerbs: new Set(data.hostVerbs.verbs),
    /** "the truce was brokered by Egypt": host verbs that only ever bring about others' acts, whose passive agent is a third party even with no sides named. */
    brokerOnlyVerbs: new Set(data.hostVerbs.brokerOnly),
    /** "swapped prisoners with the help of Qatar": help in an act between others names its third party (assistanceNouns). */
    assistanceNouns: new Set(data.assistanceNouns.nouns),
    assistanceTypes: new Set(data.assistanceNouns.types),
    assistancePreps: new Set(data.assistanceNouns.preps),
    /** "accused the ambassador": a state's envoys, who serve abroad. */
    envoyNouns: new Set(data.envoyNouns.nouns),
    /** "urged the junta": names for a state's rulers that only those outside them use. */
    outsiderLabels: new Set(data.outsiderLabels.nouns),
    /** "outside the US embassy": a state's mission abroad, where a protest is aimed at that state. */
    embassyNouns: loadGroupNouns().missionNouns,
    /** "sent troops to the UN mission in Lebanon": a peace operation's host country is a recipient too. */
    missionHosts: { types: new Set(data.missionHosts.types), nouns: new Set(data.missionHosts.nouns), kinds: new Set(data.missionHosts.kinds), bodies: new Set(data.missionHosts.bodies) },
    /** "clashes between X and Y": two-sided fighting, both sides named after "between". */
    fightingNouns: new Set(data.fightingNouns.nouns),
    /** "killed in a gunfight with X", "died during clashes with X": the prepositions that set an act inside a fight. */
    fightSettingPreps: new Set(data.fightingNouns.settingPreps),
    /** "soldiers were killed in fighting between the army and rebels": sectors of a force whose own side is not its casualties' killer. */
    fightForceSectors: new Set([...ARMED_SECTORS, ...data.fightingNouns.forceSectors]),
    /** "Greek police detained migrants": group nouns of people often not of the country they are in. */
    outsiderNouns: new Set(data.outsiderNouns.nouns),
    /** "condemned the attack": statement types aimed at the doer of an earlier act named by a definite noun, and the nouns' act types. */
    condemnedActs: { types: new Set(data.condemnedActs.types), preps: new Set(data.condemnedActs.preps), nouns: new Map(Object.entries(data.condemnedActs.nouns)) },
    /** "killed by gunfire from soldiers", "died in an attack by pirates": an attack or its means, and the prepositions naming its doer. */
    attackMeans: { nouns: new Set(data.attackMeans.nouns), preps: new Set(data.attackMeans.preps) },
    /** "an exchange of fire with X": a fight told as an exchange of fire. */
    fightExchange: { nouns: new Set(data.fightingNouns.exchangeNouns), fire: new Set(data.fightingNouns.fireNouns) },
    /** "after riots", "following clashes": an act before or after another. */
    sequencePreps: new Set(data.sequencePreps.preps),
    /** Words that tell the harm an act of force left ("died", "wounded"), not a deed of its own. */
    harmWords: new Set(data.harmWords.words),
    /** Words that say a group is from elsewhere ("foreign observers"): no home state is given it. */
    outsiderModifiers: new Set(data.outsiderModifiers.words),
    /** Material types coded without a named party when told with a figure or a place ("Nine killed as a bomb went off in X"). */
    unattributedTypes: new Set(data.unattributedTypes.types),
    /** Acts on the ground that, told with no place of their own, happened in the town the story is set in (story-scene.ts). */
    storySceneTypes: new Set(data.storySceneTypes.types),
    /** Verbs that tell an act noun, their subject, breaking out ("clashes erupted", "the protest began"); some only with a particle ("broke out"). */
    onsetVerbs: new Set(data.onsetVerbs.verbs),
    onsetParticle: (verb: string): string | undefined => data.onsetVerbs.particles[verb],
    /** Verbs of doing or keeping an act whose relative clause on its noun names the doer ("the roadblock that farmers kept"). */
    relativeDoerVerbs: new Set(data.relativeDoerVerbs.verbs),
    /** "claimed responsibility for the attack": nouns and verbs of claiming an act as one's own. */
    responsibilityNouns: new Set(data.responsibility.nouns),
    responsibilityVerbs: new Set(data.responsibility.verbs),
    /** "claimed the attack", "was claimed by X": verbs that claim an act noun itself as the subject's (or agent's) own. */
    responsibilityActVerbs: new Set(data.responsibility.actVerbs),
    /** "X was responsible for the attack": copular adjectives of authorship. */
    responsibilityAdjectives: new Set(data.responsibility.adjectives),
    /** "X was behind the bombing": prepositions of a copular phrase naming the act's author. */
    authorPrepositions: new Set(data.responsibility.behind),
    /**
     * "imposed a curfew in Kayes", "sent aid to Malawi": the prepositions by which a place is the
     * target of an act of this type (or mode), or null when a place is only where it happened.
     */
    placeTargetPreps: (event: string, mode: string | null): ReadonlySet<string> | null => {
      const preps = (mode !== null ? data.placeTargets.byMode[`${event}/${mode}`] : undefined) ?? data.placeTargets.byType[event];
      return preps ? new Set(preps) : null;
    },
    /** "a strike to protest the government's decision": types aimed at whoever made what they oppose, the phrases read, and verbs of opposing. */
    opposedAuthors: { types: new Set(data.opposedAuthors.types), preps: new Set(data.opposedAuthors.preps), purposeVerbs: new Set(data.opposedAuthors.purposeVerbs) },
    /** "a freeze of grants to Chad": act nouns whose "of" thing's "to"/"with" phrase names the target. */
    withheldGoodsTypes: new Set(data.withheldGoods.types),
    /** "threatened to mount a push against X": statements whose infinitive content names their target. */
    infinitiveContentTypes: new Set(data.infinitiveContent.types),
    /** Event types an anaphoric definite noun ("the deal", "the war") can refer back to. */
    anaphorTypes: (noun: string): readonly string[] => { const v = data.anaphorNouns[noun]; return Array.isArray(v) ? v : []; },
    isForceNoun: (t: Token) => forceNouns.has(t.normal) || forceNouns.has(t.lemma),
  };
}

export const ROLE_WORDS = load();

/**
 * Whether a noun standing to its verb by `relation` (the full relation) counts the acts of its "of" phrase for that verb
 * (role-words.json countingNouns): as its object ("launched a wave of strikes"), or as a span the parse reads as a bare
 * time ("the marines opened [ten days] of exercises"), whose acts are still the verb's.
 */
export function countsActs(lemma: string, relation: string | undefined): boolean {
  return ROLE_WORDS.countingNouns.has(lemma) && relation !== undefined && COUNTING_RELATIONS.has(relation);
}
const COUNTING_RELATIONS = new Set(['obj', 'obl:unmarked', 'obl:tmod', 'obl:npmod']);

/**
 * Whether a verb carries the act its object names as its subject's own: approving or ordering it
 * ("parliament approved the deployment", "the junta ordered the expulsion"), whose force and doer are
 * the subject's (approvalVerbs, orderVerbs).
 */
export function carriesAct(lemma: string): boolean {
  return ROLE_WORDS.approvalVerbs.has(lemma) || ROLE_WORDS.orderVerbs.has(lemma);
}

/**
 * "Qatar hosted talks between Israel and Hamas": the host verb of an act noun that names its own
 * sides after "between"/"among" (its object), or -1. The verb's subject is the act's third party.
 * Told in the passive ("talks between Ethiopia and Sudan were hosted by Kenya") the act noun is the
 * verb's subject and the host its "by" agent; a verb that only ever brings about others' acts
 * (hostVerbs brokerOnly: "the truce was brokered by Egypt") needs no sides named for that.
 */
export function hostOfSides(tokens: readonly Token[], syn: SyntaxView, noun: number): number {
  // "peace talks": the act noun matched from a word the parse hangs on the head of its phrase.
  let head = noun;
  for (let steps = 0; steps < 3 && syn.relation(head) === 'compound' && syn.head(head) > head; steps++) head = syn.head(head);
  const verb = syn.head(head);
  if (verb < 0 || tokens[verb]!.pos !== 'VERB' || !ROLE_WORDS.hostVerbs.has(tokens[verb]!.lemma)) return -1;
  const passive = syn.isPassive(verb);
  if (passive ? syn.relation(head) !== 'nsubj' || syn.agentOf(verb) === null : syn.relation(head) !== 'obj') return -1;
  // "offered to host talks between X and Y": hosting only offered or promised is the offer's content, aimed at the sides.
  if (syn.isInfinitive(verb)) return -1;
  // The parse often hangs the sides on the verb ("hosted talks | between X and Y").
  const sides = [...syn.nominalModifiersOf(head), ...syn.obliquesOf(verb).filter((o) => o.token > head)];
  if (sides.some((m) => m.prep === 'between' || m.prep === 'among')) return verb;
  return passive && ROLE_WORDS.brokerOnlyVerbs.has(tokens[verb]!.lemma) ? verb : -1;
}

/**
 * Whether token `i` is a verb of saying: a speech lemma ("said", "announced"), or "make" with a
 * complement that makes it one ("made it clear it would not …", "made known").
 */
export function isSpeech(tokens: readonly Token[], syn: SyntaxView, i: number): boolean {
  const t = tokens[i]!;
  if (ROLE_WORDS.speechLemmas.has(t.lemma)) return true;
  return t.lemma === 'make' && syn.children(i).some((c) => syn.relation(c) === 'xcomp' && ROLE_WORDS.speechComplements.has(tokens[c]!.normal));
}
