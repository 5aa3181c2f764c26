import type { Stage } from '../../core/stage.js';
import type { GroupNounSource } from '../../kb/group-nouns.js';
import { dictionaryActors, type DictionaryActorsOptions } from '../actors-stage.js';
import { keepCodable } from '../events-stage.js';
import type { PetrarchDictionaries } from '../petrarch.js';
import type { ActorDictionary } from '../petrarch/actors.js';
import { phoenixActors, phoenixAgents, phoenixDiscards } from './load.js';
import { phoenixActorIndex, phoenixActorTables } from './shared-actors.js';

export { phoenixActors, phoenixAgents, phoenixDiscards, phoenixSource, phoenixVerbs } from './load.js';
export { phoenixVerbTrigger } from './verb-triggers.js';
export { phoenixActorIndex, phoenixActorTables, usePhoenixActorTables, type PhoenixActorTables } from './shared-actors.js';

/**
 * Which parts of the Phoenix dictionaries Chronicle codes with. Each is on by default only where
 * the development sets rose with it (docs/evaluation.md; the README's Dictionaries section gives
 * the figures); `phoenix: false` in the pipeline options turns them all off.
 */
export interface PhoenixOptions {
  /** Country, international and armed non-state actors, leaders resolved by date. */
  readonly actors?: boolean;
  /**
   * Agents next to those actors ("Taliban fighters" → AFG REB, "Afghan National Army soldiers"),
   * and as group nouns of the actors stage below Chronicle's own ("herdsmen", "kidnappers").
   */
  readonly agents?: boolean;
  /** CAMEO verb patterns for verbs Chronicle's own lexicon does not know, read in PLOVER through the official table. */
  readonly verbs?: boolean;
  /**
   * Phrases that mark a sentence or story as not codable (sports, disasters, …). Off by default:
   * the development sets fell with them (README, Dictionaries); for feeds full of sport, turn them on.
   */
  readonly discards?: boolean;
}

export const PHOENIX_DEFAULTS: Required<PhoenixOptions> = { actors: true, agents: true, verbs: true, discards: false };

/**
 * The Phoenix agents as group nouns for the actors stage ("gunmen", "herdsmen", "kidnappers" and
 * some 2,000 more), below Chronicle's own list: a noun both list keeps Chronicle's sector.
 */
export const phoenixGroupNouns: GroupNounSource = {
  name: 'phoenix-agents',
  *nouns() {
    const version = phoenixActorTables().version;
    for (const agent of phoenixAgents().entries) {
      for (const words of agent.names) yield { phrase: words.join(' '), sector: agent.code, resource: `${version}#A${agent.line}` };
    }
  },
};

/** The `phoenix-discards` stage (after `events`): drops the events of sentences, or stories, with a Phoenix discard phrase. */
export function phoenixDiscardsStage(): Stage {
  return {
    name: 'phoenix-discards',
    version: 1,
    requires: ['sentences', 'tokens', 'events'],
    assigns: ['events'],
    run(doc) {
      doc.events = keepCodable(doc, phoenixDiscards().entries);
    },
  };
}

/** How the Phoenix actors run under Chronicle's precedence: they fill what the built-in rules left open. */
const FILL: DictionaryActorsOptions = { mode: 'fill', date: 'sentence', properNames: true, agentsAlone: false, singleSector: true, formerStates: true };

const stages = new Map<string, Stage>();

/**
 * The `phoenix-actors` stage (after `actors`, before a user's PETRARCH dictionaries): Phoenix names
 * code only spans the built-in rules, the corpus memory and user dictionaries left without a code
 * or with a guessed one. The actors are read on the first document, once per process, into tables
 * in shared memory that worker threads use in place (shared-actors.ts; about 2.5 MB of JSON; see
 * README, Dictionaries).
 */
export function phoenixActorsStage(options: PhoenixOptions = {}): Stage {
  const agents = options.agents ?? PHOENIX_DEFAULTS.agents;
  const key = `agents=${agents}`;
  return {
    name: 'phoenix-actors',
    // 2: dictionary-actors@3 (an entry's open last range without a sector takes the text's office).
    // 3: dictionary-actors@4 (no actor inside the name of a treaty, format or club: "Geneva Conventions").
    // 4: dictionary-actors@14 (a person out of every dated office keeps the last office's state).
    version: 4,
    requires: ['sentences', 'tokens', 'actors', 'times'],
    assigns: ['actors'],
    run(doc, context) {
      // One stage per thread, shared by every pipeline built in it, over the process's one copy of the tables.
      let inner = stages.get(key);
      if (!inner) {
        const version = phoenixActorTables().version;
        // The actors come from the shared index; the entries list stays empty (not loaded as objects in this thread).
        inner = dictionaryActors(phoenixDictionaries(agents, { entries: [], diagnostics: [], version }), { ...FILL, actorIndex: phoenixActorIndex() });
        stages.set(key, inner);
      }
      inner.run(doc, context);
    },
  };
}

/** The Phoenix files as one set of PETRARCH dictionaries (verbs and discards are read by their own stages). */
export function phoenixDictionaries(agents = true, actors: ActorDictionary & { readonly version: string } = phoenixActors()): PetrarchDictionaries {
  return {
    actors,
    agents: agents ? phoenixAgents() : { entries: [], diagnostics: [] },
    verbs: { groups: [], synsets: new Map(), diagnostics: [] },
    discards: { entries: [], diagnostics: [] },
    version: actors.version,
    diagnostics: [],
  };
}
