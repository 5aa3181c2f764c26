import { readResource, type ResourceHeader } from './resource.js';

/** resources/kb/person-nouns.json: built by scripts/build-person-nouns.ts from WordNet. */
interface PersonNounFile extends ResourceHeader {
  readonly nouns: Readonly<Record<string, string>>;
}

/**
 * English common nouns whose usual sense is a kind of person ("shepherd", "schoolgirls",
 * "troopers"), with a PLOVER sector (CVL unless a WordNet hypernym says otherwise). The curated
 * group nouns and the Phoenix agents are read first; these catch the people news names by what
 * they were, so that they become parties and counted victims.
 */
export interface PersonNouns {
  /** `person-nouns@<version>`, for provenance. */
  readonly version: string;
  /** The sector of a lower-cased word that names a kind of person, else undefined. */
  sectorOf(word: string): string | undefined;
  /** Every word with its sector. */
  entries(): Iterable<readonly [string, string]>;
}

let loaded: PersonNouns | undefined;

/** Loads the person nouns once per thread (about 6,000 forms). */
export function loadPersonNouns(): PersonNouns {
  if (loaded) return loaded;
  const file = readResource<PersonNounFile>('person-nouns.json');
  const nouns = new Map(Object.entries(file.nouns));
  loaded = { version: `${file.name}@${file.version}`, sectorOf: (word) => nouns.get(word), entries: () => nouns.entries() };
  return loaded;
}
