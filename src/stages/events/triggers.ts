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
}

export const TRIGGERS_VERSION = 'plover-triggers@2026-11-26';

const PRISONERS = ['prisoner', 'prisoners', 'captive', 'captives', 'hostage', 'hostages', 'detainee', 'detainees', 'pow', 'pows', 'body', 'bodies', 'remains', 'soldier', 'soldiers', 'civilian', 'civilians', 'activist', 'activists', 'journalist', 'journalists', 'dissident', 'dissidents', 'him', 'her', 'them', 'crew', 'sailors', 'fishermen', 'citizens', 'nationals'];
const PEACEKEEPING = ['peacekeeper', 'peacekeepers', 'peacekeeping', 'observer', 'observers', 'monitors', 'monitor'];
const AID_OBJECTS = ['aid', 'assistance', 'supplies', 'food', 'medicine', 'medicines', 'vaccine', 'vaccines', 'loan', 'loans', 'grant', 'grants', 'money', 'fund', 'funds', 'funding', 'relief', 'weapon', 'weapons', 'arms', 'ammunition', 'equipment', 'humanitarian', 'million', 'billion', 'asylum', 'shelter', 'tents'];
const FORCES = ['troop', 'troops', 'soldier', 'soldiers', 'force', 'forces', 'tank', 'tanks', 'warship', 'warships', 'jet', 'jets', 'battalion', 'battalions', 'unit', 'units', 'reinforcement', 'reinforcements', 'army', 'navy', 'police', 'missile', 'missiles'];
const TALKS = ['talk', 'talks', 'meeting', 'meetings', 'negotiation', 'negotiations', 'summit', 'consultation', 'consultations', 'dialogue', 'discussion', 'discussions'];

/** Ordered: more specific rules (with `objects`) before general ones with the same head. */
export const TRIGGERS: readonly TriggerRule[] = [
  // --- RETREAT: implemented concessions with material effect
  { phrase: 'free', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'release', pos: 'VERB', event: 'RETREAT', mode: 'release', objects: PRISONERS },
  { phrase: 'release', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'release', pos: 'NOUN', event: 'RETREAT', mode: 'release' },
  { phrase: 'return', pos: 'VERB', event: 'RETREAT', mode: 'release', objects: PRISONERS },
  { phrase: 'repatriate', pos: 'VERB', event: 'RETREAT', mode: 'release' },
  { phrase: 'swap', pos: 'NOUN', event: 'RETREAT', mode: 'release', preceded: ['prisoner', 'prisoners'] },
  { phrase: 'exchange', pos: 'NOUN', event: 'RETREAT', mode: 'release', preceded: ['prisoner', 'prisoners'] },
  { phrase: 'withdraw', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'withdrawal', pos: 'NOUN', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'pull out', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'pull back', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'cede', pos: 'VERB', event: 'RETREAT', mode: 'withdraw', context: ['territory'] },
  { phrase: 'hand over', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'evacuate', pos: 'VERB', event: 'RETREAT', mode: 'withdraw' },
  { phrase: 'disarm', pos: 'VERB', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'disarmament', pos: 'NOUN', event: 'RETREAT', mode: 'disarm' },
  { phrase: 'ceasefire', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'cease-fire', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'truce', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'armistice', pos: 'NOUN', event: 'RETREAT', mode: 'ceasefire', roles: 'collective' },
  { phrase: 'resign', pos: 'VERB', event: 'RETREAT', mode: 'resign' },
  { phrase: 'resignation', pos: 'NOUN', event: 'RETREAT', mode: 'resign' },
  { phrase: 'step down', pos: 'VERB', event: 'RETREAT', mode: 'resign' },
  { phrase: 'allow', pos: 'VERB', event: 'RETREAT', mode: 'access', objects: ['inspector', 'inspectors', 'observer', 'observers', 'access', 'aid', 'monitor', 'monitors'] },

  // --- CONCEDE: verbal concessions
  { phrase: 'apologize', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'apologise', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'apology', pos: 'NOUN', event: 'CONCEDE' },
  { phrase: 'pardon', pos: 'VERB', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'pardon', pos: 'NOUN', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'amnesty', pos: 'NOUN', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'acquit', pos: 'VERB', event: 'CONCEDE', context: ['legal'] },
  { phrase: 'concede', pos: 'VERB', event: 'CONCEDE' },
  { phrase: 'ease', pos: 'VERB', event: 'CONCEDE', objects: ['sanction', 'sanctions', 'restriction', 'restrictions', 'curfew', 'blockade', 'embargo', 'ban'] },
  { phrase: 'lift', pos: 'VERB', event: 'CONCEDE', objects: ['sanction', 'sanctions', 'restriction', 'restrictions', 'curfew', 'blockade', 'embargo', 'ban', 'siege'] },

  // --- AID
  { phrase: 'dispatch', pos: 'VERB', event: 'AID', context: ['peacekeeping'], objects: PEACEKEEPING },
  { phrase: 'send', pos: 'VERB', event: 'AID', context: ['peacekeeping'], objects: PEACEKEEPING },
  { phrase: 'deploy', pos: 'VERB', event: 'AID', context: ['peacekeeping'], objects: PEACEKEEPING },
  { phrase: 'send', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'dispatch', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'provide', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'deliver', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'supply', pos: 'VERB', event: 'AID' },
  { phrase: 'donate', pos: 'VERB', event: 'AID' },
  { phrase: 'grant', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'give', pos: 'VERB', event: 'AID', objects: AID_OBJECTS },
  { phrase: 'lend', pos: 'VERB', event: 'AID', context: ['economic'] },
  { phrase: 'rescue', pos: 'VERB', event: 'AID' },
  { phrase: 'aid', pos: 'NOUN', event: 'AID', objects: ['to', 'for'] },
  { phrase: 'assistance', pos: 'NOUN', event: 'AID', objects: ['to', 'for'] },

  // --- MOBILIZE
  { phrase: 'deploy', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'dispatch', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'send', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'mass', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'], objects: FORCES },
  { phrase: 'mobilize', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'mobilise', pos: 'VERB', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'mobilization', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'deployment', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'] },
  { phrase: 'exercise', pos: 'NOUN', event: 'MOBILIZE', mode: 'troops', context: ['military'], preceded: ['military', 'naval', 'war'] },

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
  { phrase: 'reaffirm', pos: 'VERB', event: 'SUPPORT', objects: ['support'] },
  { phrase: 'support', pos: 'NOUN', event: 'SUPPORT', preceded: ['express', 'expressed', 'voice', 'voiced', 'reaffirm', 'reaffirmed'] },

  // --- COOPERATE
  { phrase: 'cooperate', pos: 'VERB', event: 'COOPERATE' },
  { phrase: 'collaborate', pos: 'VERB', event: 'COOPERATE' },
  { phrase: 'cooperation', pos: 'NOUN', event: 'COOPERATE', preceded: ['military', 'economic', 'security', 'intelligence'] },
  { phrase: 'extradite', pos: 'VERB', event: 'COOPERATE', context: ['legal'] },
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
  { phrase: 'ask', pos: 'VERB', event: 'REQUEST' },
  { phrase: 'press', pos: 'VERB', event: 'REQUEST', objects: ['for', 'to'] },
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
  { phrase: 'protest', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove', objects: ['against', 'over', 'to'] },
  { phrase: 'complain', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'rebuke', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'slam', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove' },
  { phrase: 'attack', pos: 'VERB', event: 'ACCUSE', mode: 'disapprove', objects: ['policy', 'policies', 'decision', 'remarks', 'statement', 'plan', 'government'] },
  { phrase: 'sue', pos: 'VERB', event: 'ACCUSE', mode: 'allege', context: ['legal'] },
  { phrase: 'investigate', pos: 'VERB', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'investigation', pos: 'NOUN', event: 'ACCUSE', mode: 'investigate' },
  { phrase: 'probe', pos: 'NOUN', event: 'ACCUSE', mode: 'investigate' },

  // --- REJECT
  { phrase: 'reject', pos: 'VERB', event: 'REJECT' },
  { phrase: 'rejection', pos: 'NOUN', event: 'REJECT' },
  { phrase: 'refuse', pos: 'VERB', event: 'REJECT' },
  { phrase: 'veto', pos: 'VERB', event: 'REJECT' },
  { phrase: 'rebuff', pos: 'VERB', event: 'REJECT' },
  { phrase: 'dismiss', pos: 'VERB', event: 'REJECT', objects: ['call', 'calls', 'demand', 'demands', 'proposal', 'claim', 'claims', 'report', 'reports', 'accusation', 'accusations', 'offer', 'request', 'charges'] },
  { phrase: 'deny', pos: 'VERB', event: 'REJECT' },
  { phrase: 'break away', pos: 'VERB', event: 'REJECT', context: ['territory'] },
  { phrase: 'secede', pos: 'VERB', event: 'REJECT', context: ['territory'] },
  { phrase: 'oppose', pos: 'VERB', event: 'REJECT' },

  // --- THREATEN
  { phrase: 'threaten', pos: 'VERB', event: 'THREATEN' },
  { phrase: 'threat', pos: 'NOUN', event: 'THREATEN' },
  { phrase: 'warn', pos: 'VERB', event: 'THREATEN' },
  { phrase: 'ultimatum', pos: 'NOUN', event: 'THREATEN' },

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

  // --- SANCTION (reductions of relations)
  { phrase: 'sanction', pos: 'VERB', event: 'SANCTION' },
  { phrase: 'sanction', pos: 'NOUN', event: 'SANCTION', preceded: ['impose', 'imposed', 'new', 'tougher', 'economic', 'fresh'] },
  { phrase: 'sanctions', pos: 'NOUN', event: 'SANCTION', preceded: ['impose', 'imposed', 'new', 'tougher', 'economic', 'fresh', 'slap', 'slapped'] },
  { phrase: 'embargo', pos: 'NOUN', event: 'SANCTION' },
  { phrase: 'expel', pos: 'VERB', event: 'SANCTION', mode: 'expel' },
  { phrase: 'expulsion', pos: 'NOUN', event: 'SANCTION', mode: 'expel' },
  { phrase: 'sever', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', context: ['diplomatic'] },
  { phrase: 'cut', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', objects: ['tie', 'ties', 'relation', 'relations', 'aid'] },
  { phrase: 'break off', pos: 'VERB', event: 'SANCTION', mode: 'discontinue' },
  { phrase: 'suspend', pos: 'VERB', event: 'SANCTION', mode: 'discontinue' },
  { phrase: 'recall', pos: 'VERB', event: 'SANCTION', mode: 'discontinue', context: ['diplomatic'], objects: ['ambassador', 'envoy', 'diplomat', 'diplomats'] },
  { phrase: 'convict', pos: 'VERB', event: 'SANCTION', mode: 'convict', context: ['legal'] },
  { phrase: 'sentence', pos: 'VERB', event: 'SANCTION', mode: 'convict', context: ['legal'] },
  { phrase: 'freeze', pos: 'VERB', event: 'SANCTION', objects: ['asset', 'assets', 'account', 'accounts', 'aid'] },
  { phrase: 'ban', pos: 'VERB', event: 'SANCTION' },

  // --- COERCE (repression short of violence)
  { phrase: 'arrest', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'arrest', pos: 'NOUN', event: 'COERCE', mode: 'arrest' },
  { phrase: 'detain', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'detention', pos: 'NOUN', event: 'COERCE', mode: 'arrest' },
  { phrase: 'jail', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'imprison', pos: 'VERB', event: 'COERCE', mode: 'arrest' },
  { phrase: 'seize', pos: 'VERB', event: 'COERCE', mode: 'seize' },
  { phrase: 'confiscate', pos: 'VERB', event: 'COERCE', mode: 'seize' },
  { phrase: 'deport', pos: 'VERB', event: 'COERCE', mode: 'deport' },
  { phrase: 'censor', pos: 'VERB', event: 'COERCE', mode: 'censor' },
  { phrase: 'curfew', pos: 'NOUN', event: 'COERCE', mode: 'curfew' },
  { phrase: 'crack down', pos: 'VERB', event: 'COERCE', context: ['repression'] },
  { phrase: 'crackdown', pos: 'NOUN', event: 'COERCE', context: ['repression'] },

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
