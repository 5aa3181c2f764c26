import { buildPhraseIndex, type PhraseIndex } from '../dictionaries/phrase-index.js';
import { loadPersonNouns } from './person-nouns.js';
import { readResource, type ResourceHeader } from './resource.js';

/** resources/kb/group-nouns.json: nouns that name a group of people with a sector and no state of their own. */
interface GroupNounFile extends ResourceHeader {
  readonly states: readonly string[];
  readonly forces: readonly string[];
  readonly sendingVerbs: readonly string[];
  readonly installations: { readonly owners: Readonly<Record<string, string>>; readonly nouns: readonly string[] };
  readonly nouns: Readonly<Record<string, readonly string[]>>;
  readonly groupForces?: { readonly nouns: Readonly<Record<string, string>>; readonly notGroups?: readonly string[] };
  readonly voiceNouns?: { readonly nouns: readonly string[] };
  readonly seatNouns?: { readonly nouns: readonly string[]; readonly verbs?: readonly string[] };
  readonly captiveComplements?: { readonly nouns: readonly string[] };
  readonly sharedForceNouns?: { readonly nouns: readonly string[] };
  readonly doerActs?: { readonly sectors: readonly string[]; readonly nouns: readonly string[]; readonly labels?: readonly string[] };
  readonly bodyAnaphors?: { readonly nouns: readonly string[] };
  readonly bodyNouns?: { readonly nouns: readonly string[]; readonly namedOnly?: readonly string[] };
  readonly anonymousModifiers?: { readonly sectors: readonly string[]; readonly words: readonly string[] };
  readonly missions?: { readonly nouns: readonly string[]; readonly staff: readonly string[] };
  readonly titleOffices?: { readonly nouns: readonly string[] };
  readonly kindedBodies?: { readonly nouns: Readonly<Record<string, string>>; readonly withOwner?: readonly string[]; readonly notKinds?: readonly string[] };
}

/** A group noun phrase and its PLOVER sector ("unidentified gunmen" → UAF, "protesters" → CVL). */
export interface GroupNoun {
  readonly phrase: string;
  readonly sector: string;
  /** Where a noun from another source came from (`phoenix@676801c#A1234`), for the actor's origin. */
  readonly resource?: string;
  /** Read only where the tagger reads a noun: the word is a verb or an adjective in other uses ("guard", "chief"). */
  readonly nounOnly?: boolean;
  /** A force's installation or weapon owned through "its"/"their" ("its jets"): the owner gives the code, and its sector when it is a force. */
  readonly possessed?: boolean;
}

/** More group nouns from another dictionary (the Phoenix agents), listed below the curated ones. */
export interface GroupNounSource {
  /** Names the source in the cache and in provenance (`phoenix-agents`). */
  readonly name: string;
  nouns(): Iterable<GroupNoun>;
}

export interface GroupNouns {
  /** `group-nouns@<version>`, for `origin.resource`. */
  readonly version: string;
  /** Phrases by first word, longest first, for longest-match lookup over tokens. */
  readonly index: PhraseIndex<GroupNoun>;
  /** Sectors of a state's own forces and offices (GOV, MIL, COP, …). */
  readonly stateSectors: ReadonlySet<string>;
  /** Sectors of armed forces (MIL, COP, PRM), which after a verb of `sendingVerbs` are sent, not parties. */
  readonly forceSectors: ReadonlySet<string>;
  /** Lemmas of verbs whose object is an instrument of the subject ("send troops", "deploy police"). */
  readonly sendingVerbs: ReadonlySet<string>;
  /** A force's installations and vehicles, which stand for it: owner word → sector ("army" → MIL), and the nouns ("camp", "convoy"). */
  readonly installationOwners: ReadonlyMap<string, string>;
  readonly installationNouns: ReadonlySet<string>;
  /** Nouns that name a force only after an ethnic, religious or regional group's name ("Tigrayan forces"): noun → sector. */
  readonly groupForces: ReadonlyMap<string, string>;
  /** Names of continents, blocs and political camps, which name no armed group before "forces" ("European forces", "Republican forces"). */
  readonly notForceGroups: ReadonlySet<string>;
  /** People who speak or act for a body ("spokesman", "representative"): after "for" the body is the party. */
  readonly voiceNouns: ReadonlySet<string>;
  /** Nouns of a body's standing office ("office", "headquarters"): the place of an international body's one is its seat. */
  readonly seatNouns: ReadonlySet<string>;
  /** Participles that say where a body sits ("based", "headquartered"): the place on one describing an international body is its seat. */
  readonly seatVerbs: ReadonlySet<string>;
  /** What a group is taken or held as ("took six guards hostage"): after a group noun, no compound of it. */
  readonly captiveComplements: ReadonlySet<string>;
  /** Ranks both the police and the army have ("officers"): the police's where the text around names the police and no army. */
  readonly sharedForceNouns: ReadonlySet<string>;
  /** Armed acts before which a group noun of `doerSectors` names the doer ("a rebel attack"): the group noun heads a phrase of its own. */
  readonly doerActs: ReadonlySet<string>;
  readonly doerSectors: ReadonlySet<string>;
  /** Words that name what an act is called, not who did it ("a terrorist attack"). */
  readonly doerLabels: ReadonlySet<string>;
  /** Nouns by which "the group", "the organisation" refer back to a body named before ("… The group claimed the attack"). */
  readonly bodyAnaphors: ReadonlySet<string>;
  /**
   * Nouns of a kind of body ("the union", "the association", "the board"), singular: in the actors stage the body named
   * a few sentences before whose name holds the noun; in the events stage, definite and taken up by no named body, an
   * uncoded subject — except the nouns of `bodyNamedOnly`.
   */
  readonly bodyNouns: ReadonlySet<string>;
  /** Nouns that name a body or force only after a word of its kind ("environmental groups", "air defences"): noun → sector ('' for none). */
  readonly kindedBodies: ReadonlyMap<string, string>;
  /** Nouns that stand for a force only after an owner word of `installationOwners` ("an army source"). */
  readonly ownedVoices: ReadonlySet<string>;
  /** Words before such a noun that say how many or which, not what kind ("several groups", "foreign forces"). */
  readonly notKinds: ReadonlySet<string>;
  /** Nouns of `bodyNouns` that as often name no body ("the party ended", "the management of …"): a party only when a named body is taken up. */
  readonly bodyNamedOnly: ReadonlySet<string>;
  /** Words that say an armed group is not known ("unidentified gunmen"), and the sectors whose group nouns they make UAF. */
  readonly anonymousModifiers: ReadonlySet<string>;
  readonly anonymousSectors: ReadonlySet<string>;
  /** A state's missions abroad ("embassy", "consulate") and the nouns of their staff ("second secretary", "attaché"): staff at a state's mission are that state's. */
  readonly missionNouns: ReadonlySet<string>;
  readonly missionStaff: ReadonlySet<string>;
  /** What an office holder's staff is called after the title's possessive ("the governor's office", "the prime minister's press service"). */
  readonly titleOffices: ReadonlySet<string>;
}

const loaded = new Map<string, GroupNouns>();

/**
 * Loads the group-noun lexicon once per process and source: the curated file (a few hundred
 * phrases), then the nouns of `extra` it does not list (the curated sector wins: Phoenix reads
 * protesters as CAMEO's opposition, PLOVER as civilians).
 */
export function loadGroupNouns(extra?: GroupNounSource): GroupNouns {
  const key = extra?.name ?? '';
  const cached = loaded.get(key);
  if (cached) return cached;
  const file = readResource<GroupNounFile>('group-nouns.json');
  const items: { words: string[]; value: GroupNoun }[] = [];
  const seen = new Set<string>();
  const add = (noun: GroupNoun) => {
    if (seen.has(noun.phrase)) return;
    seen.add(noun.phrase);
    items.push({ words: noun.phrase.split(' '), value: noun });
  };
  // First listing wins, as in sectors.json.
  for (const [sector, phrases] of Object.entries(file.nouns)) for (const phrase of phrases) add({ phrase, sector });
  if (extra) for (const noun of extra.nouns()) add(noun);
  // Last, any other kind of person WordNet knows ("a village chief", "two shepherds"): a civilian
  // unless a hypernym gives another sector (resources/kb/person-nouns.json).
  const people = loadPersonNouns();
  for (const [phrase, sector] of people.entries()) add({ phrase, sector, resource: people.version, nounOnly: true });
  // "ex-ministers", "ex-soldiers": the tokeniser keeps a word with the prefix "ex-" whole, so each
  // one-word noun is also listed with it (the former members of a group are still people of its sector).
  for (const { value } of [...items]) if (!value.phrase.includes(' ')) add({ ...value, phrase: `ex-${value.phrase}` });
  const lexicon = { version: `${file.name}@${file.version}`, index: buildPhraseIndex(items), stateSectors: new Set(file.states),
    forceSectors: new Set(file.forces), sendingVerbs: new Set(file.sendingVerbs),
    installationOwners: new Map(Object.entries(file.installations.owners)), installationNouns: new Set(file.installations.nouns),
    groupForces: new Map(Object.entries(file.groupForces?.nouns ?? {})), notForceGroups: new Set(file.groupForces?.notGroups ?? []), voiceNouns: new Set(file.voiceNouns?.nouns ?? []),
    seatNouns: new Set(file.seatNouns?.nouns ?? []), seatVerbs: new Set(file.seatNouns?.verbs ?? []),
    captiveComplements: new Set(file.captiveComplements?.nouns ?? []), sharedForceNouns: new Set(file.sharedForceNouns?.nouns ?? []),
    doerActs: new Set(file.doerActs?.nouns ?? []), doerSectors: new Set(file.doerActs?.sectors ?? []), doerLabels: new Set(file.doerActs?.labels ?? []),
    bodyAnaphors: new Set(file.bodyAnaphors?.nouns ?? []), bodyNouns: new Set(file.bodyNouns?.nouns ?? []),
    bodyNamedOnly: new Set(file.bodyNouns?.namedOnly ?? []),
    kindedBodies: new Map(Object.entries(file.kindedBodies?.nouns ?? {})), ownedVoices: new Set(file.kindedBodies?.withOwner ?? []), notKinds: new Set(file.kindedBodies?.notKinds ?? []),
    anonymousModifiers: new Set(file.anonymousModifiers?.words ?? []), anonymousSectors: new Set(file.anonymousModifiers?.sectors ?? []),
    missionNouns: new Set(file.missions?.nouns ?? []), missionStaff: new Set(file.missions?.staff ?? []),
    titleOffices: new Set(file.titleOffices?.nouns ?? []) };
  loaded.set(key, lexicon);
  return lexicon;
}
