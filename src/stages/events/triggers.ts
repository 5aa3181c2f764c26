/**
 * The trigger lexicon: which words start which PLOVER event.
 *
 * Written for Chronicle from the PLOVER definitions (resources/ontology/plover.json) and English
 * usage in news, not from any gold set. Each rule names the lemma sequence that triggers it, the
 * part of speech of its head, and the PLOVER type, mode and context. Where a verb's meaning depends
 * on its object ("dispatched peacekeepers" is AID, "dispatched troops" MOBILIZE), `objects` lists
 * the object lemmas that select the rule; rules are tried in order, first match wins.
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
   * The rule applies only to a transfer: the verb has an object and a "to" phrase names where it
   * goes ("returned the statues to Nepal", "was returned to its owners"), read on the parse.
   */
  readonly transfer?: boolean;
  /**
   * The rule applies only when the verb's object names a person or a party (an actor found in
   * it), with nothing said of it ("called Lavrov", "received the Emirati envoy"; not "called him a
   * liar", "called elections", "received aid").
   */
  readonly personObject?: boolean;
  /** The rule applies only if one of these lemmas precedes within a few tokens ("air strike"). */
  readonly preceded?: readonly string[];
  /** The rule does not apply right after these words ("prisoners of war" is no war). */
  readonly notAfter?: readonly string[];
  /**
   * 'collective': all participants go in `actor` (two-sided violence, talks without a host).
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

export const TRIGGERS_VERSION = 'plover-triggers@2026-11-26';

const PRISONERS = ['prisoner', 'prisoners', 'captive', 'captives', 'hostage', 'hostages', 'detainee', 'detainees', 'pow', 'pows', 'body', 'bodies', 'remains', 'soldier', 'soldiers', 'civilian', 'civilians', 'activist', 'activists', 'journalist', 'journalists', 'dissident', 'dissidents', 'him', 'her', 'them', 'crew', 'sailors', 'fishermen', 'citizens', 'nationals'];
const PEACEKEEPING = ['peacekeeper', 'peacekeepers', 'peacekeeping', 'observer', 'observers', 'monitors', 'monitor'];
const AID_OBJECTS = ['aid', 'assistance', 'support', 'intelligence', 'training', 'personnel', 'protection', 'help', 'supplies', 'food', 'medicine', 'medicines', 'vaccine', 'vaccines', 'loan', 'loans', 'grant', 'grants', 'money', 'fund', 'funds', 'funding', 'relief', 'weapon', 'weapons', 'arms', 'ammunition', 'equipment', 'humanitarian', 'million', 'billion', 'asylum', 'shelter', 'tents',
  // Material goods handed to someone: the transfer is assistance whatever the goods (PLOVER AID, CAMEO 07).
  'vehicle', 'vehicles', 'ambulance', 'ambulances', 'truck', 'trucks', 'rifle', 'rifles', 'gun', 'guns', 'firearms', 'tank', 'tanks',
  'aircraft', 'jets', 'helicopters', 'boats', 'ships', 'drones', 'radios', 'blankets', 'clothing', 'clothes', 'water', 'fuel', 'seeds',
  'generators', 'kits', 'doses', 'drugs', 'materials', 'items', 'donation', 'donations', 'rations', 'flour', 'rice', 'grain'];
const FORCES = ['troop', 'troops', 'soldier', 'soldiers', 'force', 'forces', 'tank', 'tanks', 'warship', 'warships', 'jet', 'jets', 'battalion', 'battalions', 'unit', 'units', 'reinforcement', 'reinforcements', 'army', 'navy', 'police', 'missile', 'missiles'];
const TALKS = ['talk', 'talks', 'meeting', 'meetings', 'negotiation', 'negotiations', 'summit', 'consultation', 'consultations', 'dialogue', 'discussion', 'discussions'];
const MILITARY_PEOPLE = ['reserve', 'reserves', 'reservist', 'reservists', 'men', 'militia', 'militias', 'fighters', 'volunteers', 'conscripts', 'guard', 'guards'];
const TIES = ['tie', 'ties', 'relation', 'relations', 'link', 'links'];
/** What a state lifts or eases: economic measures (lifting them is RETREAT, CAMEO 085) vs. restrictions at home (CONCEDE, CAMEO 081). */
const ECONOMIC_MEASURES = ['sanction', 'sanctions', 'embargo', 'blockade', 'siege', 'boycott'];
const RESTRICTIONS = ['restriction', 'restrictions', 'curfew', 'ban', 'emergency', 'measures', 'controls', 'law', 'censorship'];
const INSPECTORS = ['inspector', 'inspectors', 'investigator', 'investigators'];
const INTELLIGENCE = ['intelligence', 'information', 'evidence', 'expertise', 'technology', 'data', 'know-how', 'experience'];
const TERRITORY = ['town', 'towns', 'village', 'villages', 'city', 'cities', 'stronghold', 'strongholds', 'territory', 'base', 'bases', 'airport', 'hill', 'hills', 'district', 'province', 'region', 'outpost', 'positions', 'position', 'border', 'control'];
const EXPLOSIVE_DEVICES = ['bomb', 'bombs', 'device', 'devices', 'mine', 'mines', 'landmine', 'landmines', 'grenade', 'grenades', 'ied', 'ieds', 'explosive', 'explosives', 'shell', 'shells', 'rocket', 'rockets', 'car', 'roadside', 'suicide'];
const ROADS = ['road', 'roads', 'street', 'streets', 'highway', 'highways', 'bridge', 'bridges', 'border', 'entrance', 'entrances', 'access', 'traffic', 'transport', 'railway', 'railways', 'port', 'ports', 'crossing', 'roadway', 'motorway', 'rail', 'route', 'routes'];
const OWN_RESOURCES = ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'aid', 'funding', 'support', 'observers', 'monitors', 'inspectors', 'workers', 'staff', 'mission', 'assistance'];
const MEETINGS = ['visit', 'trip', 'talks', 'meeting', 'meetings', 'summit', 'negotiations', 'tour'];
const DEMANDS = ['demand', 'demands', 'condition', 'conditions', 'terms', 'request', 'requests'];

/** Ordered: more specific rules (with `objects`) before general ones with the same head. */
export const TRIGGERS: readonly TriggerRule[] = [
  // --- RETREAT: implemented concessions with material effect
  { phrase: 'free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'release', pos: 'VERB', event: 'RETREAT', mode: 'release', objects: PRISONERS },
  { phrase: 'release', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'release', pos: 'NOUN', event: 'RETREAT', mode: 'release' },
  { phrase: 'return', pos: 'VERB', event: 'RETREAT', mode: 'release', objects: PRISONERS },
  { phrase: 'repatriate', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  // Returning property or arms is an implemented concession (PLOVER RETREAT: "returning property").
  { phrase: 'return', pos: 'VERB', event: 'RETREAT', mode: 'return', objects: ['weapon', 'weapons', 'property', 'land', 'lands', 'territory', 'assets', 'equipment', 'helicopter', 'aircraft', 'ship', 'vessel', 'artefacts', 'artifacts'] },
  // Giving anything back to someone is returning property (CAMEO 0842), whatever the thing is.
  { phrase: 'return', pos: 'VERB', event: 'RETREAT', mode: 'return', transfer: true },
  { phrase: 'hand back', pos: 'VERB', event: 'RETREAT', mode: 'return' },
  { phrase: 'give back', pos: 'VERB', event: 'RETREAT', mode: 'return' },
  // "let free" / "set free" with the freed between or after ("set the hostages free").
  { phrase: 'let free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'set free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'set * free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'set * * free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'set * * * free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'let go', pos: 'VERB', event: 'RETREAT', mode: 'release', objects: PRISONERS },
  { phrase: 'swap', pos: 'NOUN', event: 'RETREAT', mode: 'release', preceded: ['prisoner', 'prisoners'] },
  { phrase: 'exchange', pos: 'NOUN', event: 'RETREAT', mode: 'release', preceded: ['prisoner', 'prisoners'] },
  // Withdrawing one's own diplomats, aid or observers reduces relations (PLOVER SANCTION-withdraw); troops are RETREAT.
  { phrase: 'withdraw', pos: 'VERB', event: 'SANCTION', mode: 'withdraw', objects: OWN_RESOURCES },
  { phrase: 'withdraw', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'withdrawal', pos: 'NOUN', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'pull out', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'pull back', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'cede', pos: 'VERB', event: 'RETREAT', mode: 'withdraw', context: ['territory'] },
  { phrase: 'hand over', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'hand over', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  // Evacuating people (the wounded, civilians) is help; evacuating a town or settlements is a withdrawal.
  { phrase: 'evacuate', pos: 'VERB', event: 'AID', objects: ['wounded', 'injured', 'sick', 'civilians', 'refugees', 'people', 'children', 'nationals', 'citizens', 'residents', 'foreigners', 'survivors'] },
  { phrase: 'evacuate', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'disarm', pos: 'VERB', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'disarmament', pos: 'NOUN', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'surrender', pos: 'VERB', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'lay down', pos: 'VERB', event: 'RETREAT', mode: 'disarm', objects: ['arm', 'arms', 'weapon', 'weapons'] },
  { phrase: 'demobilize', pos: 'VERB', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'demobilise', pos: 'VERB', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'lift', pos: 'VERB', event: 'RETREAT', objects: ECONOMIC_MEASURES },
  { phrase: 'receive', pos: 'VERB', event: 'RETREAT', mode: 'access', objects: [...PEACEKEEPING, ...INSPECTORS, 'mission'] },
  { phrase: 'admit', pos: 'VERB', event: 'RETREAT', mode: 'access', objects: [...PEACEKEEPING, ...INSPECTORS, 'mission'] },
  { phrase: 'open', pos: 'VERB', event: 'RETREAT', mode: 'access', objects: ['border', 'borders', 'crossing', 'crossings', 'bridge', 'corridor', 'airspace', 'frontier'] },
  { phrase: 'reopen', pos: 'VERB', event: 'RETREAT', mode: 'access', objects: ['border', 'borders', 'crossing', 'crossings', 'bridge', 'corridor', 'airspace', 'frontier'] },
  { phrase: 'ceasefire', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'cease-fire', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'truce', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'armistice', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'resign', pos: 'VERB', event: 'RETREAT', mode: 'resign' },
  { phrase: 'resignation', pos: 'NOUN', event: 'RETREAT', mode: 'resign' },
  { phrase: 'step down', pos: 'VERB', event: 'RETREAT', mode: 'resign' },
  { phrase: 'allow', pos: 'VERB', event: 'RETREAT', mode: 'access', objects: ['inspector', 'inspectors', 'observer', 'observers', 'access', 'aid', 'monitor', 'monitors'] },
  { phrase: 'allow', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'permit', pos: 'VERB', event: 'CONCEDE' },

  // --- CONCEDE: verbal concessions
  { phrase: 'apologize', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'apologise', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'apology', pos: 'NOUN', event: 'CONCEDE' },
  { phrase: 'pardon', pos: 'VERB', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'pardon', pos: 'NOUN', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'amnesty', pos: 'NOUN', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'acquit', pos: 'VERB', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'concede', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'ease', pos: 'VERB', event: 'CONCEDE', objects: [...ECONOMIC_MEASURES, ...RESTRICTIONS] },
  { phrase: 'lift', pos: 'VERB', event: 'CONCEDE', objects: RESTRICTIONS },
  { phrase: 'relax', pos: 'VERB', event: 'CONCEDE', objects: [...ECONOMIC_MEASURES, ...RESTRICTIONS] },
  { phrase: 'cancel', pos: 'VERB', event: 'CONCEDE', objects: [...ECONOMIC_MEASURES, ...RESTRICTIONS] },
  { phrase: 'shorten', pos: 'VERB', event: 'CONCEDE', objects: RESTRICTIONS },
  { phrase: 'scrap', pos: 'VERB', event: 'CONCEDE', objects: RESTRICTIONS },
  { phrase: 'forgive', pos: 'VERB', event: 'CONCEDE' },
  // Calling off one's own protest or strike is a concession ("the union called off the strike").
  { phrase: 'call off', pos: 'VERB', event: 'CONCEDE', objects: ['strike', 'protest', 'protests', 'boycott', 'demonstration', 'march', 'rally', 'offensive'] },
  // Acceding to demands (CAMEO 083).
  { phrase: 'accept', pos: 'VERB', event: 'CONCEDE', objects: DEMANDS },
  { phrase: 'meet', pos: 'VERB', event: 'CONCEDE', objects: DEMANDS },

  // --- AID
  { phrase: 'dispatch', pos: 'VERB', event: 'AID', context: ['peacekeeping'], objects: PEACEKEEPING },
  { phrase: 'send', pos: 'VERB', event: 'AID', context: ['peacekeeping'], objects: PEACEKEEPING },
  { phrase: 'deploy', pos: 'VERB', event: 'AID', context: ['peacekeeping'], objects: PEACEKEEPING },
  { phrase: 'send', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'dispatch', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'provide', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'deliver', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'supply', pos: 'VERB', event: 'AID' },
  { phrase: 'distribute', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'donate', pos: 'VERB', event: 'AID' },
  { phrase: 'contribute', pos: 'VERB', event: 'AID' },
  { phrase: 'grant', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'give', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  // PLOVER: voluntary reparations are AID (court-ordered payments are SANCTION).
  { phrase: 'pay', pos: 'VERB', event: 'AID', objects: ['compensation', 'reparations', 'damages', 'indemnity'] },
  { phrase: 'lend', pos: 'VERB', event: 'AID', context: ['economic'] },
  { phrase: 'rescue', pos: 'VERB', event: 'AID' },
  { phrase: 'aid', pos: 'NOUN', event: 'AID', objects: ['to', 'for'] },
  { phrase: 'assistance', pos: 'NOUN', event: 'AID', objects: ['to', 'for'] },

  // --- MOBILIZE
  { phrase: 'deploy', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'dispatch', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'send', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'mass', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  // "mobilized troops/reservists", not "mobilized support" or "pressure groups".
  { phrase: 'mobilize', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: [...FORCES, ...MILITARY_PEOPLE] },
  { phrase: 'mobilise', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: [...FORCES, ...MILITARY_PEOPLE] },
  { phrase: 'mobilization', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'deployment', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'exercise', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'], preceded: ['military', 'naval', 'war'] },
  { phrase: 'exercises', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'], preceded: ['military', 'naval', 'war'] },
  { phrase: 'drill', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'], preceded: ['military', 'naval', 'war', 'missile'] },
  { phrase: 'drills', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'], preceded: ['military', 'naval', 'war', 'missile'] },
  { phrase: 'war games', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'reinforce', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'strengthen', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'boost', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'build up', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'order', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: [...FORCES, 'patrol', 'patrols'] },
  { phrase: 'alert', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'], preceded: ['on', 'high', 'full', 'maximum'] },
  { phrase: 'patrol', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'] },

  // --- CONSULT
  { phrase: 'meet', pos: 'VERB', event: 'CONSULT' },
  { phrase: 'meeting', pos: 'NOUN', event: 'CONSULT' },
  { phrase: 'talk', pos: 'NOUN', event: 'CONSULT' },
  { phrase: 'talks', pos: 'NOUN', event: 'CONSULT' },
  { phrase: 'hold', pos: 'VERB', event: 'CONSULT', objects: TALKS, weak: true },
  { phrase: 'negotiate', pos: 'VERB', event: 'CONSULT' },
  { phrase: 'negotiation', pos: 'NOUN', event: 'CONSULT' },
  { phrase: 'summit', pos: 'NOUN', event: 'CONSULT', mode: 'multilateral' },
  { phrase: 'discuss', pos: 'VERB', event: 'CONSULT' },
  { phrase: 'consult', pos: 'VERB', event: 'CONSULT' },
  { phrase: 'confer', pos: 'VERB', event: 'CONSULT' },
  { phrase: 'visit', pos: 'VERB', event: 'CONSULT', mode: 'visit' },
  { phrase: 'visit', pos: 'NOUN', event: 'CONSULT', mode: 'visit' },
  { phrase: 'host', pos: 'VERB', event: 'CONSULT', mode: 'visit' },
  // Receiving a visitor is hosting a visit (CAMEO 043); receiving aid or a letter is not.
  { phrase: 'receive', pos: 'VERB', event: 'CONSULT', mode: 'visit', personObject: true },
  { phrase: 'mediate', pos: 'VERB', event: 'CONSULT', mode: 'third-party' },
  { phrase: 'mediation', pos: 'NOUN', event: 'CONSULT', mode: 'third-party' },
  { phrase: 'phone', pos: 'VERB', event: 'CONSULT', mode: 'phone' },
  { phrase: 'telephone', pos: 'VERB', event: 'CONSULT', mode: 'phone' },
  { phrase: 'call', pos: 'NOUN', event: 'CONSULT', mode: 'phone', preceded: ['phone', 'telephone'] },
  { phrase: 'consultation', pos: 'NOUN', event: 'CONSULT' },
  { phrase: 'dialogue', pos: 'NOUN', event: 'CONSULT' },

  // --- AGREE (intent to cooperate)
  { phrase: 'agree', pos: 'VERB', event: 'AGREE' },
  { phrase: 'promise', pos: 'VERB', event: 'AGREE' },
  { phrase: 'pledge', pos: 'VERB', event: 'AGREE' },
  { phrase: 'pledge', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'vow', pos: 'VERB', event: 'AGREE' },
  { phrase: 'offer', pos: 'VERB', event: 'AGREE' },
  { phrase: 'offer', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'propose', pos: 'VERB', event: 'AGREE' },
  { phrase: 'proposal', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'commit', pos: 'VERB', event: 'AGREE' },
  { phrase: 'commitment', pos: 'NOUN', event: 'AGREE', preceded: ['reaffirm', 'reaffirmed', 'express', 'expressed', 'renew', 'renewed', 'pledge', 'pledged'] },
  { phrase: 'hope', pos: 'NOUN', event: 'AGREE', preceded: ['express', 'expressed', 'voice', 'voiced'] },
  { phrase: 'willingness', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'accord', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'agreement', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'deal', pos: 'NOUN', event: 'AGREE' },
  { phrase: 'accept', pos: 'VERB', event: 'AGREE' },
  { phrase: 'consensus', pos: 'NOUN', event: 'AGREE', preceded: ['reach', 'reached', 'a'] },
  { phrase: 'swear', pos: 'VERB', event: 'AGREE' },

  // --- SUPPORT (verbal support)
  { phrase: 'welcome', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'praise', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'hail', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'commend', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'applaud', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'endorse', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'support', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'back', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'approve', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'appreciate', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'appreciation', pos: 'NOUN', event: 'SUPPORT' },
  { phrase: 'thank', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'gratitude', pos: 'NOUN', event: 'SUPPORT' },
  { phrase: 'congratulate', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'recognize', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'] },
  { phrase: 'recognise', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'] },
  { phrase: 'sign', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'ratify', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'restore', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'], objects: ['tie', 'ties', 'relation', 'relations'] },
  { phrase: 'establish', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'], objects: ['tie', 'ties', 'relation', 'relations'] },
  { phrase: 'upgrade', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'], objects: TIES },
  { phrase: 'normalize', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'], objects: TIES },
  { phrase: 'normalise', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'], objects: TIES },
  { phrase: 'resume', pos: 'VERB', event: 'SUPPORT', context: ['diplomatic'], objects: TIES },
  { phrase: 'defend', pos: 'VERB', event: 'SUPPORT' },
  { phrase: 'reaffirm', pos: 'VERB', event: 'SUPPORT', objects: ['support'] },
  { phrase: 'support', pos: 'NOUN', event: 'SUPPORT', preceded: ['express', 'expressed', 'voice', 'voiced', 'reaffirm', 'reaffirmed'] },

  // --- COOPERATE
  { phrase: 'cooperate', pos: 'VERB', event: 'COOPERATE' },
  { phrase: 'collaborate', pos: 'VERB', event: 'COOPERATE' },
  { phrase: 'cooperation', pos: 'NOUN', event: 'COOPERATE', preceded: ['military', 'economic', 'security', 'intelligence'] },
  { phrase: 'extradite', pos: 'VERB', event: 'COOPERATE', context: ['legal'] },
  { phrase: 'share', pos: 'VERB', event: 'COOPERATE', objects: INTELLIGENCE },
  { phrase: 'exercise', pos: 'NOUN', event: 'COOPERATE', context: ['military'], preceded: ['joint'] },

  // --- REQUEST
  { phrase: 'urge', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'call for', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'call on', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'call upon', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'call', pos: 'NOUN', event: 'REQUEST', objects: ['for'] },
  { phrase: 'demand', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'demand', pos: 'NOUN', event: 'REQUEST' },
  { phrase: 'request', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'request', pos: 'NOUN', event: 'REQUEST' },
  { phrase: 'appeal', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'appeal', pos: 'NOUN', event: 'REQUEST' },
  { phrase: 'plea', pos: 'NOUN', event: 'REQUEST', preceded: ['issue', 'issued', 'issues', 'make', 'made', 'makes', 'fresh', 'renewed', 'urgent', 'repeated'] },
  { phrase: 'ask', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'press', pos: 'VERB', event: 'REQUEST', objects: ['for', 'to'] },
  { phrase: 'push', pos: 'VERB', event: 'REQUEST', objects: ['for'] },
  { phrase: 'pressure', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'pressure', pos: 'NOUN', event: 'REQUEST', preceded: ['put', 'increase', 'increased', 'mount', 'mounting', 'step', 'stepped'] },
  { phrase: 'insist', pos: 'VERB', event: 'REQUEST', objects: ['on', 'that'] },
  { phrase: 'plead', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'seek', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'invite', pos: 'VERB', event: 'REQUEST', mode: 'meet' },
  { phrase: 'order', pos: 'VERB', event: 'REQUEST' },

  // --- ACCUSE (incl. disapprove, investigate)
  { phrase: 'accuse', pos: 'VERB', event: 'ACCUSE', mode: 'allege' },
  { phrase: 'blame', pos: 'VERB', event: 'ACCUSE', mode: 'allege' },
  { phrase: 'allege', pos: 'VERB', event: 'ACCUSE', mode: 'allege' },
  { phrase: 'accusation', pos: 'NOUN', event: 'ACCUSE', mode: 'allege' },
  { phrase: 'charge', pos: 'VERB', event: 'ACCUSE', mode: 'allege', context: ['legal'] },
  { phrase: 'criticize', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'criticise', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'criticism', pos: 'NOUN', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'condemn', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'condemnation', pos: 'NOUN', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'denounce', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'deplore', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  // A diplomatic protest is verbal (PLOVER ACCUSE-disapprove), not a street protest.
  { phrase: 'protest', pos: 'NOUN', event: 'ACCUSE', mode: 'disapprove', preceded: ['lodge', 'lodged', 'official', 'formal', 'diplomatic', 'strong', 'strongly-worded', 'note'] },
  { phrase: 'protest', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove', objects: ['against', 'over', 'to'] },
  { phrase: 'complain', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'rebuke', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'slam', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'attack', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove', objects: ['policy', 'policies', 'decision', 'remarks', 'statement', 'plan', 'government'] },
  { phrase: 'sue', pos: 'VERB', event: 'ACCUSE', mode: 'allege', context: ['legal'] },
  { phrase: 'investigate', pos: 'VERB', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'investigation', pos: 'NOUN', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'probe', pos: 'NOUN', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'probe', pos: 'VERB', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'inquiry', pos: 'NOUN', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'hearing', pos: 'NOUN', event: 'ACCUSE', mode: 'investigate', preceded: ['open', 'opened', 'hold', 'held', 'begin', 'began', 'start', 'started'] },
  { phrase: 'indict', pos: 'VERB', event: 'ACCUSE', mode: 'allege', context: ['legal'] },
  { phrase: 'indictment', pos: 'NOUN', event: 'ACCUSE', mode: 'allege', context: ['legal'] },
  { phrase: 'prosecute', pos: 'VERB', event: 'ACCUSE', mode: 'allege', context: ['legal'] },
  { phrase: 'dispatch', pos: 'VERB', event: 'ACCUSE', mode: 'investigate', objects: INSPECTORS },
  { phrase: 'send', pos: 'VERB', event: 'ACCUSE', mode: 'investigate', objects: INSPECTORS },
  // PLOVER: summoning an ambassador to complain is ACCUSE, not CONSULT.
  { phrase: 'summon', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove', objects: ['ambassador', 'envoy', 'diplomat', 'diplomats', 'charge', "chargé"] },

  // --- REJECT
  { phrase: 'reject', pos: 'VERB', event: 'REJECT' },
  { phrase: 'rejection', pos: 'NOUN', event: 'REJECT' },
  { phrase: 'refuse', pos: 'VERB', event: 'REJECT' },
  { phrase: 'veto', pos: 'VERB', event: 'REJECT' },
  { phrase: 'rebuff', pos: 'VERB', event: 'REJECT' },
  { phrase: 'dismiss', pos: 'VERB', event: 'REJECT', objects: ['call', 'calls', 'demand', 'demands', 'proposal', 'claim', 'claims', 'report', 'reports', 'accusation', 'accusations', 'offer', 'request', 'charges', 'appeal', 'appeals', 'plea', 'ultimatum', 'allegation', 'allegations'] },
  { phrase: 'deny', pos: 'VERB', event: 'REJECT' },
  { phrase: 'break away', pos: 'VERB', event: 'REJECT', context: ['territory'] },
  { phrase: 'secede', pos: 'VERB', event: 'REJECT', context: ['territory'] },
  { phrase: 'oppose', pos: 'VERB', event: 'REJECT' },
  { phrase: 'renege', pos: 'VERB', event: 'REJECT' },
  { phrase: 'defy', pos: 'VERB', event: 'REJECT' },
  { phrase: 'cancel', pos: 'VERB', event: 'REJECT', mode: 'meet', objects: MEETINGS },
  { phrase: 'call off', pos: 'VERB', event: 'REJECT', mode: 'meet', objects: MEETINGS },
  // After every "call for/on/off" rule: calling someone is a phone call (CAMEO 041).
  { phrase: 'call', pos: 'VERB', event: 'CONSULT', mode: 'phone', personObject: true },
  { phrase: 'ring', pos: 'VERB', event: 'CONSULT', mode: 'phone', personObject: true },
  // Breaking a ceasefire is violence (CAMEO 196); breaking a ban or a law is defiance.
  { phrase: 'violate', pos: 'VERB', event: 'ASSAULT', objects: ['ceasefire', 'cease-fire', 'truce', 'armistice'] },
  { phrase: 'violate', pos: 'VERB', event: 'REJECT' },

  // --- THREATEN
  { phrase: 'threaten', pos: 'VERB', event: 'THREATEN' },
  { phrase: 'threat', pos: 'NOUN', event: 'THREATEN' },
  { phrase: 'warn', pos: 'VERB', event: 'THREATEN' },
  { phrase: 'ultimatum', pos: 'NOUN', event: 'THREATEN' },
  // "issued a warning to Somalia", "gave Putin a stern warning": a warning told as an act, not any mention of one.
  { phrase: 'warning', pos: 'NOUN', event: 'THREATEN', preceded: ['issue', 'issued', 'issues', 'issuing', 'give', 'gave', 'gives', 'giving', 'sent', 'send', 'stern', 'strong', 'final', 'fresh', 'blunt', 'veiled'] },
  { phrase: 'deadline', pos: 'NOUN', event: 'THREATEN', preceded: ['set', 'sets', 'setting', 'gave', 'give', 'gives', 'issued', 'issue', 'impose', 'imposed'] },

  // --- PROTEST (collective dissent)
  { phrase: 'protest', pos: 'VERB', event: 'PROTEST', mode: 'demo' },
  { phrase: 'protest', pos: 'NOUN', event: 'PROTEST', mode: 'demo' },
  { phrase: 'demonstrate', pos: 'VERB', event: 'PROTEST', mode: 'demo' },
  { phrase: 'demonstration', pos: 'NOUN', event: 'PROTEST', mode: 'demo' },
  { phrase: 'rally', pos: 'VERB', event: 'PROTEST', mode: 'demo' },
  { phrase: 'rally', pos: 'NOUN', event: 'PROTEST', mode: 'demo' },
  { phrase: 'march', pos: 'VERB', event: 'PROTEST', mode: 'demo', objects: ['through', 'to', 'against', 'in'] },
  { phrase: 'riot', pos: 'VERB', event: 'PROTEST', mode: 'riot' },
  { phrase: 'riot', pos: 'NOUN', event: 'PROTEST', mode: 'riot' },
  { phrase: 'strike', pos: 'NOUN', event: 'PROTEST', mode: 'hunger', preceded: ['hunger'] },
  { phrase: 'strike', pos: 'NOUN', event: 'PROTEST', mode: 'strike', preceded: ['general', 'labor', 'labour', 'national', 'nationwide', 'workers', 'on'] },
  { phrase: 'boycott', pos: 'VERB', event: 'PROTEST', mode: 'boycott' },
  { phrase: 'boycott', pos: 'NOUN', event: 'PROTEST', mode: 'boycott' },
  { phrase: 'blockade', pos: 'VERB', event: 'PROTEST', mode: 'obstruct' },
  { phrase: 'block', pos: 'VERB', event: 'PROTEST', mode: 'obstruct', objects: ROADS },
  { phrase: 'barricade', pos: 'VERB', event: 'PROTEST', mode: 'obstruct' },
  { phrase: 'march', pos: 'NOUN', event: 'PROTEST', mode: 'demo', preceded: ['protest', 'a', 'mass', 'peaceful'] },
  { phrase: 'sit-in', pos: 'NOUN', event: 'PROTEST', mode: 'demo' },
  { phrase: 'picket', pos: 'VERB', event: 'PROTEST', mode: 'demo' },
  { phrase: 'picket', pos: 'NOUN', event: 'PROTEST', mode: 'demo' },
  { phrase: 'take to the street', pos: 'VERB', event: 'PROTEST', mode: 'demo' },
  { phrase: 'stop work', pos: 'VERB', event: 'PROTEST', mode: 'strike' },
  { phrase: 'shun work', pos: 'VERB', event: 'PROTEST', mode: 'strike' },
  { phrase: 'walk out', pos: 'VERB', event: 'PROTEST', mode: 'strike' },
  { phrase: 'walkout', pos: 'NOUN', event: 'PROTEST', mode: 'strike' },
  { phrase: 'strike', pos: 'NOUN', event: 'PROTEST', mode: 'strike', preceded: ['open-ended', 'indefinite', 'day', 'week', 'hour', 'month', 'workers', 'teachers', 'doctors', 'miners', 'transport'], notAfter: ['air', 'missile', 'drone', 'rocket', 'military', 'preemptive', 'pre-emptive'] },
  { phrase: 'throw', pos: 'VERB', event: 'PROTEST', mode: 'riot', objects: ['stone', 'stones', 'rock', 'rocks', 'bottles', 'petrol', 'molotov', 'firebombs'] },

  // --- SANCTION (reductions of relations)
  { phrase: 'sanction', pos: 'VERB', event: 'SANCTION' },
  { phrase: 'sanction', pos: 'NOUN', event: 'SANCTION', preceded: ['impose', 'imposed', 'new', 'tougher', 'economic', 'fresh'] },
  { phrase: 'sanctions', pos: 'NOUN', event: 'SANCTION', preceded: ['impose', 'imposed', 'new', 'tougher', 'economic', 'fresh', 'slap', 'slapped'] },
  { phrase: 'embargo', pos: 'NOUN', event: 'SANCTION' },
  { phrase: 'expulsion', pos: 'NOUN', event: 'SANCTION', mode: 'expel' },
  { phrase: 'sever', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', context: ['diplomatic'] },
  { phrase: 'cut', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['tie', 'ties', 'relation', 'relations', 'aid'] },
  { phrase: 'cut', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: [...TIES, 'supplies', 'funding', 'trade', 'imports', 'exports', 'assistance'] },
  { phrase: 'reduce', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['aid', 'supplies', 'funding', 'assistance', 'ties', 'relations', 'imports', 'trade'] },
  { phrase: 'halt', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['aid', 'supplies', 'funding', 'assistance', 'ties', 'relations', 'imports', 'exports', 'trade', 'links', 'flights', 'cooperation', 'mediation', 'deliveries', 'shipments'] },
  { phrase: 'end', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['aid', 'mediation', 'cooperation', 'assistance', 'funding', 'ties', 'relations'] },
  { phrase: 'suspension', pos: 'NOUN', event: 'SANCTION', mode: 'discontinue' },
  { phrase: 'close', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['border', 'borders', 'embassy', 'embassies', 'consulate', 'airspace', 'frontier', 'crossing', 'crossings'] },
  { phrase: 'expel', pos: 'VERB', event: 'SANCTION', mode: 'expel' },
  { phrase: 'break off', pos: 'VERB', event: 'SANCTION', mode: 'discontinue' },
  { phrase: 'suspend', pos: 'VERB', event: 'COERCE', mode: 'censor', objects: ['publication', 'broadcast', 'broadcasts', 'broadcasting', 'newspaper', 'newspapers', 'website'] },
  { phrase: 'suspend', pos: 'VERB', event: 'SANCTION', mode: 'discontinue' },
  { phrase: 'recall', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', context: ['diplomatic'], objects: ['ambassador', 'envoy', 'diplomat', 'diplomats'] },
  { phrase: 'convict', pos: 'VERB', event: 'SANCTION', mode: 'convict', context: ['legal'] },
  { phrase: 'sentence', pos: 'VERB', event: 'SANCTION', mode: 'convict', context: ['legal'] },
  { phrase: 'freeze', pos: 'VERB', event: 'SANCTION', objects: ['asset', 'assets', 'account', 'accounts', 'aid'] },
  { phrase: 'ban', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['import', 'imports', 'export', 'exports', 'flights', 'trade', 'goods', 'products'] },
  { phrase: 'prohibit', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['aid', 'assistance', 'import', 'imports', 'export', 'exports', 'flights', 'trade', 'funding', 'sales'] },
  { phrase: 'prohibit', pos: 'VERB', event: 'COERCE', mode: 'restrict' },
  // Banning a party, a candidate or a publication restricts political life (PLOVER COERCE-restrict).
  { phrase: 'ban', pos: 'VERB', event: 'COERCE', mode: 'restrict' },
  { phrase: 'outlaw', pos: 'VERB', event: 'COERCE', mode: 'restrict' },

  // --- COERCE (repression short of violence)
  { phrase: 'arrest', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'arrest', pos: 'NOUN', event: 'COERCE', mode: 'arrest' },
  { phrase: 'detain', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'detention', pos: 'NOUN', event: 'COERCE', mode: 'arrest' },
  { phrase: 'jail', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'imprison', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  // Seizing a town is an act of war; seizing goods or documents is coercion.
  { phrase: 'seize', pos: 'VERB', event: 'ASSAULT', objects: TERRITORY },
  { phrase: 'seize', pos: 'VERB', event: 'COERCE', mode: 'seize' },
  { phrase: 'confiscate', pos: 'VERB', event: 'COERCE', mode: 'seize' },
  { phrase: 'deport', pos: 'VERB', event: 'COERCE', mode: 'deport' },
  { phrase: 'censor', pos: 'VERB', event: 'COERCE', mode: 'censor' },
  { phrase: 'curfew', pos: 'NOUN', event: 'COERCE', mode: 'curfew' },
  { phrase: 'crack down', pos: 'VERB', event: 'COERCE', context: ['repression'] },
  { phrase: 'crackdown', pos: 'NOUN', event: 'COERCE', context: ['repression'] },
  { phrase: 'impose', pos: 'VERB', event: 'COERCE', mode: 'curfew', objects: ['curfew'] },
  { phrase: 'impose', pos: 'VERB', event: 'COERCE', mode: 'martial-law', objects: ['martial', 'emergency'] },
  { phrase: 'impose', pos: 'VERB', event: 'COERCE', mode: 'restrict', objects: ['restriction', 'restrictions', 'blockade', 'blockades', 'ban', 'controls', 'limits'] },
  { phrase: 'reimpose', pos: 'VERB', event: 'COERCE', mode: 'restrict' },
  { phrase: 'tighten', pos: 'VERB', event: 'COERCE', mode: 'restrict', objects: ['restriction', 'restrictions', 'blockade', 'controls', 'security', 'siege'] },
  { phrase: 'blockade', pos: 'NOUN', event: 'COERCE', mode: 'restrict' },
  { phrase: 'law', pos: 'NOUN', event: 'COERCE', mode: 'martial-law', preceded: ['martial'] },
  { phrase: 'state of emergency', pos: 'NOUN', event: 'COERCE', mode: 'martial-law' },
  { phrase: 'state of siege', pos: 'NOUN', event: 'COERCE', mode: 'martial-law' },
  { phrase: 'prevent', pos: 'VERB', event: 'COERCE', mode: 'restrict', objects: ['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'march', 'meeting', 'gathering', 'journalists'] },
  { phrase: 'hack', pos: 'VERB', event: 'COERCE', mode: 'cyber', context: ['cyber'] },
  { phrase: 'deface', pos: 'VERB', event: 'COERCE', mode: 'cyber', context: ['cyber'] },
  { phrase: 'cyberattack', pos: 'NOUN', event: 'COERCE', mode: 'cyber', context: ['cyber'] },
  { phrase: 'attack', pos: 'NOUN', event: 'COERCE', mode: 'cyber', context: ['cyber'], preceded: ['cyber', 'hacking'] },
  { phrase: 'warfare', pos: 'NOUN', event: 'COERCE', mode: 'cyber', context: ['cyber'], preceded: ['cyber', 'electronic'] },

  // --- ASSAULT (physical violence)
  { phrase: 'kill', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'killing', pos: 'NOUN', event: 'ASSAULT' },
  { phrase: 'attack', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'attack', pos: 'NOUN', event: 'ASSAULT' },
  { phrase: 'assault', pos: 'NOUN', event: 'ASSAULT' },
  { phrase: 'invade', pos: 'VERB', event: 'ASSAULT', context: ['military'] },
  { phrase: 'invasion', pos: 'NOUN', event: 'ASSAULT', context: ['military'] },
  { phrase: 'bomb', pos: 'VERB', event: 'ASSAULT', mode: 'aerial' },
  { phrase: 'bombing', pos: 'NOUN', event: 'ASSAULT', mode: 'explosives' },
  { phrase: 'airstrike', pos: 'NOUN', event: 'ASSAULT', mode: 'aerial' },
  // "struck a depot", "missiles struck the town"; "struck a deal" is an agreement (the rule before wins).
  { phrase: 'strike', pos: 'VERB', event: 'AGREE', objects: ['deal', 'deals', 'agreement', 'accord', 'compromise', 'bargain', 'truce', 'pact', 'balance', 'note', 'tone', 'chord'] },
  { phrase: 'strike', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'strike', pos: 'NOUN', event: 'ASSAULT', preceded: ['launch', 'launched', 'launches', 'carry', 'carried', 'carries', 'conduct', 'conducted', 'conducts', 'retaliatory', 'precision', 'targeted', 'artillery'] },
  { phrase: 'strike', pos: 'NOUN', event: 'ASSAULT', mode: 'aerial', preceded: ['air', 'missile', 'drone', 'rocket'] },
  { phrase: 'shell', pos: 'VERB', event: 'ASSAULT', mode: 'heavy-weapons' },
  { phrase: 'shelling', pos: 'NOUN', event: 'ASSAULT', mode: 'heavy-weapons' },
  { phrase: 'shoot', pos: 'VERB', event: 'ASSAULT', mode: 'firearms' },
  { phrase: 'open fire', pos: 'VERB', event: 'ASSAULT', mode: 'firearms' },
  { phrase: 'fire', pos: 'VERB', event: 'ASSAULT', mode: 'heavy-weapons', objects: ['missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'on', 'at'] },
  { phrase: 'clash', pos: 'VERB', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'clash', pos: 'NOUN', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'clashes', pos: 'NOUN', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'fight', pos: 'VERB', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'fighting', pos: 'NOUN', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'war', pos: 'NOUN', event: 'ASSAULT', roles: 'collective', context: ['military'], notAfter: ['of', 'cold', 'trade', 'price', 'civil-war', 'post', 'pre'] },
  { phrase: 'conflict', pos: 'NOUN', event: 'ASSAULT', roles: 'collective', preceded: ['armed', 'ensuing', 'the', 'military', 'bloody', 'deadly'] },
  { phrase: 'hostilities', pos: 'NOUN', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'battle', pos: 'NOUN', event: 'ASSAULT', roles: 'collective' },
  { phrase: 'offensive', pos: 'NOUN', event: 'ASSAULT', context: ['military'] },
  { phrase: 'ambush', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'massacre', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'massacre', pos: 'NOUN', event: 'ASSAULT' },
  { phrase: 'assassinate', pos: 'VERB', event: 'ASSAULT', mode: 'targeted' },
  { phrase: 'assassination', pos: 'NOUN', event: 'ASSAULT', mode: 'targeted' },
  { phrase: 'abduct', pos: 'VERB', event: 'ASSAULT', mode: 'abduct' },
  { phrase: 'kidnap', pos: 'VERB', event: 'ASSAULT', mode: 'abduct' },
  { phrase: 'torture', pos: 'VERB', event: 'ASSAULT', mode: 'torture' },
  { phrase: 'torture', pos: 'NOUN', event: 'ASSAULT', mode: 'torture' },
  { phrase: 'abuse', pos: 'VERB', event: 'ASSAULT', mode: 'sexual', preceded: ['sexually'] },
  { phrase: 'abuse', pos: 'VERB', event: 'ASSAULT', mode: 'beat' },
  { phrase: 'rape', pos: 'VERB', event: 'ASSAULT', mode: 'sexual' },
  { phrase: 'execute', pos: 'VERB', event: 'ASSAULT', mode: 'targeted' },
  { phrase: 'execution', pos: 'NOUN', event: 'ASSAULT', mode: 'targeted' },
  { phrase: 'behead', pos: 'VERB', event: 'ASSAULT', mode: 'targeted' },
  { phrase: 'cleansing', pos: 'NOUN', event: 'ASSAULT', mode: 'targeted', preceded: ['ethnic'] },
  { phrase: 'capture', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'retake', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'recapture', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'overrun', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'take', pos: 'VERB', event: 'ASSAULT', mode: 'abduct', objects: ['hostage', 'hostages', 'captive'] },
  { phrase: 'hold', pos: 'VERB', event: 'ASSAULT', mode: 'abduct', objects: ['hostage', 'hostages', 'shields', 'captive'] },
  { phrase: 'demolish', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'raze', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'bulldoze', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'torch', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'set fire', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'set ablaze', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'explode', pos: 'VERB', event: 'ASSAULT', mode: 'explosives', objects: ['bomb', 'bombs', 'device', 'devices', 'mine', 'mines'] },
  { phrase: 'detonate', pos: 'VERB', event: 'ASSAULT', mode: 'explosives' },
  // The device as subject: "a roadside bomb exploded near the post", "wounded in a car bomb blast".
  { phrase: 'explode', pos: 'VERB', event: 'ASSAULT', mode: 'explosives', preceded: EXPLOSIVE_DEVICES },
  { phrase: 'go off', pos: 'VERB', event: 'ASSAULT', mode: 'explosives', preceded: EXPLOSIVE_DEVICES },
  { phrase: 'blast', pos: 'NOUN', event: 'ASSAULT', mode: 'explosives', preceded: EXPLOSIVE_DEVICES },
  { phrase: 'explosion', pos: 'NOUN', event: 'ASSAULT', mode: 'explosives', preceded: EXPLOSIVE_DEVICES },
  { phrase: 'loot', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'looting', pos: 'NOUN', event: 'ASSAULT', mode: 'destroy' },
  // Holding ground taken by force, read like "seize" + a territory noun (the lexicon's convention).
  { phrase: 'take control', pos: 'VERB', event: 'ASSAULT', objects: ['of'] },
  { phrase: 'take * control', pos: 'VERB', event: 'ASSAULT', objects: ['of'] },
  { phrase: 'seize control', pos: 'VERB', event: 'ASSAULT', objects: ['of'] },
  { phrase: 'stab', pos: 'VERB', event: 'ASSAULT', mode: 'primitive' },
  { phrase: 'gun down', pos: 'VERB', event: 'ASSAULT', mode: 'firearms' },
  { phrase: 'tear gas', pos: 'NOUN', event: 'ASSAULT', mode: 'crowd-control' },
  { phrase: 'teargas', pos: 'NOUN', event: 'ASSAULT', mode: 'crowd-control' },
  { phrase: 'beat', pos: 'VERB', event: 'ASSAULT', mode: 'beat' },
  { phrase: 'wound', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'injure', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'destroy', pos: 'VERB', event: 'ASSAULT', mode: 'destroy' },
  { phrase: 'raid', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'raid', pos: 'NOUN', event: 'ASSAULT' },
  { phrase: 'storm', pos: 'VERB', event: 'ASSAULT' },
  { phrase: 'blow up', pos: 'VERB', event: 'ASSAULT', mode: 'explosives' },
  { phrase: 'suicide', pos: 'NOUN', event: 'ASSAULT', mode: 'suicide-attack', objects: ['bomber', 'bombing', 'attack'] },
  { phrase: 'violence', pos: 'NOUN', event: 'ASSAULT', preceded: ['ethnic', 'sectarian', 'political', 'deadly', 'communal'] },
];
