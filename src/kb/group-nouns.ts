import { buildPhraseIndex, type PhraseIndex } from '../dictionaries/phrase-index.js';
import { readResource, type ResourceHeader } from './resource.js';

/** resources/kb/group-nouns.json: nouns that name a group of people with a sector and no state of their own. */
interface GroupNounFile extends ResourceHeader {
  readonly states: readonly string[];
  readonly forces: readonly string[];
  readonly sendingVerbs: readonly string[];
  readonly nouns: Readonly<Record<string, readonly string[]>>;
}

/** A group noun phrase and its PLOVER sector ("unidentified gunmen" → UAF, "protesters" → CVL). */
export interface GroupNoun {
  readonly phrase: string;
  readonly sector: string;
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
}

let loaded: GroupNouns | undefined;

/** Loads the group-noun lexicon once per process (a few hundred phrases). */
export function loadGroupNouns(): GroupNouns {
  if (loaded) return loaded;
  const file = readResource<GroupNounFile>('group-nouns.json');
  const items: { words: string[]; value: GroupNoun }[] = [];
  const seen = new Set<string>();
  for (const [sector, phrases] of Object.entries(file.nouns)) {
    for (const phrase of phrases) {
      // First listing wins, as in sectors.json.
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      items.push({ words: phrase.split(' '), value: { phrase, sector } });
    }
  }
  loaded = { version: `${file.name}@${file.version}`, index: buildPhraseIndex(items), stateSectors: new Set(file.states),
    forceSectors: new Set(file.forces), sendingVerbs: new Set(file.sendingVerbs) };
  return loaded;
}
