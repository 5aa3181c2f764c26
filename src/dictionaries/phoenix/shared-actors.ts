import { StringIndex, StringList, sharedUint32, type StringIndexArrays, type StringListArrays } from '../../core/shared-table.js';
import type { ActorEntry } from '../petrarch/actors.js';
import { buildPhraseIndex, type Phrase, type PhraseIndex } from '../phrase-index.js';
import { actorEntry, read, type ActorRow } from './load.js';

/**
 * The Phoenix actors (27,000 entries, 35,000 names) as tables in shared memory: what the
 * `phoenix-actors` stage looks names up in. Built as objects, the entries and their phrase index
 * cost each coding thread about 18 MB of heap (`npx tsx bench/resource-memory.ts`); built once per
 * process into these arrays (7.6 MB) and handed to its worker threads
 * (src/parallel/shared-resources.ts), they are read in place:
 *
 * - `byFirst`: a phrase's first word (and the first piece of a joined word, as `buildPhraseIndex`
 *   files it) → its phrase numbers, longest first: the same lists, in the same order, as the
 *   phrase index built from the entries;
 * - `phrases`: each phrase's words joined by single spaces (the converter writes them so);
 * - `rows`: each entry's row of actors.json as JSON text, turned into an `ActorEntry` only when
 *   one of its names matches.
 */
export interface PhoenixActorTables {
  /** The origin stamp (`phoenix@676801c`). */
  readonly version: string;
  readonly rows: StringListArrays;
  readonly phrases: StringListArrays;
  /** Phrase number → entry number. */
  readonly phraseEntry: Uint32Array;
  readonly byFirst: StringIndexArrays;
}

let tables: PhoenixActorTables | undefined;

/** This process's tables, read from actors.json on the first call (or the ones a parent thread gave). */
export function phoenixActorTables(): PhoenixActorTables {
  tables ??= buildTables(read<{ entries: ActorRow[] }>('actors.json'));
  return tables;
}

/** Makes this thread use the tables another thread built (a worker given its parent's `phoenixActorTables()`). */
export function usePhoenixActorTables(shared: PhoenixActorTables): void {
  tables ??= shared;
}

function buildTables(file: { origin: string; entries: ActorRow[] }): PhoenixActorTables {
  const phrases: string[] = [];
  const phraseEntry: number[] = [];
  const items: Phrase<number>[] = [];
  file.entries.forEach(([, , names], entry) => {
    for (const name of names) {
      items.push({ words: name.split(' '), value: phrases.length });
      phrases.push(name);
      phraseEntry.push(entry);
    }
  });
  // The index the stage would build from the entries, with phrase numbers for values: its order is the lookup's.
  const pairs: [string, number][] = [];
  for (const [first, list] of buildPhraseIndex(items).byFirst) for (const phrase of list) pairs.push([first, phrase.value]);
  return {
    version: file.origin,
    rows: StringList.build(file.entries.map((row) => JSON.stringify(row))).arrays,
    phrases: StringList.build(phrases).arrays,
    phraseEntry: sharedUint32(phraseEntry),
    byFirst: StringIndex.build(pairs).arrays,
  };
}

/**
 * Most first words and entries a thread keeps decoded. A thread meets the same capitalised words
 * again and again ("United", "Iraqi"), so each is decoded once; the bound keeps a long stream of
 * new names from growing the cache without end (it is emptied when full).
 */
const CACHE_LIMIT = 20_000;

/**
 * The Phoenix actors' phrase index over the shared tables: the lookups of the index built from
 * `phoenixActors().entries`, with the same phrases in the same order and entries equal to its own.
 */
export function phoenixActorIndex(shared: PhoenixActorTables = phoenixActorTables()): PhraseIndex<ActorEntry> {
  const byFirst = StringIndex.over(shared.byFirst);
  const phrases = StringList.over(shared.phrases);
  const rows = StringList.over(shared.rows);
  const lists = new Map<string, readonly Phrase<ActorEntry>[] | null>();
  const entries = new Map<number, ActorEntry>();
  const entry = (n: number): ActorEntry => {
    let found = entries.get(n);
    if (!found) {
      if (entries.size >= CACHE_LIMIT) entries.clear();
      found = actorEntry(JSON.parse(rows.get(n)) as ActorRow);
      entries.set(n, found);
    }
    return found;
  };
  return {
    byFirst: {
      get(first) {
        // One lookup for a word met before; `null` marks a word known to head no phrase.
        const known = lists.get(first);
        if (known !== undefined) return known ?? undefined;
        const k = byFirst.find(first);
        // The entry is decoded when a phrase matches and the stage reads `value`, not for every candidate tried.
        const list = k < 0 ? undefined : Array.from(byFirst.valuesAt(k), (p): Phrase<ActorEntry> => {
          const n = shared.phraseEntry[p]!;
          return { words: phrases.get(p).split(' '), get value() { return entry(n); } };
        });
        if (lists.size >= CACHE_LIMIT) lists.clear();
        lists.set(first, list ?? null);
        return list;
      },
    },
  };
}
