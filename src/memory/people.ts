import type { ActorMention, ArticleDoc } from '../core/document.js';
import { hasPersonEvidence } from './person-evidence.js';

/** How a person entered the memory: from a title in an article, or from the user. */
export type PersonSource = 'learned' | 'user';

/** One person the corpus memory knows. Plain data: it crosses worker threads and is a table row. */
export interface KnownPerson {
  /** Full name as first written with a title ("Nikol Pashinyan"). */
  readonly name: string;
  readonly code: string | null;
  readonly sector: string | null;
  /** The words that taught it ("Armenian Prime Minister"), null for user entries. */
  readonly title: string | null;
  readonly source: PersonSource;
  /** Rule that learned it in the actors stage (`title`, `title-of`, `appositive`, `counterpart`, `modifier`) or `user`. */
  readonly how: string;
  /** Publication dates (ISO) of the first and last article that showed the title. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** The last document that taught it. */
  readonly documentId: string | null;
}

/** The synchronous lookup the actors stage uses. */
export interface PeopleLookup {
  /** A person by full name, or by surname when the known people with that surname agree on a code. */
  lookup(name: string): KnownPerson | undefined;
}

/**
 * What a coding asked of the memory, as keys (`PeopleMemory.consulting`). The run's finishing step
 * compares them with the keys its changes can answer differently (`keysChangedBy`), and codes again
 * only the documents whose coding asked one of those.
 */
export const consultedKey = {
  /** The record of exactly this full name (`lookup`, `get`). */
  record: (name: string): string => `name:${name}`,
  /** The records sharing this surname (`lookup` of a name without a record of its own). */
  surname: (surname: string): string => `surname:${surname}`,
  /** Whether this word is a known name or surname (`knownNames.has`: the entities stage). */
  known: (word: string): string => `known:${word}`,
};

/** Recorded when a coding read the known names whole (iterated them): any change may alter it. */
export const CONSULTED_EVERYTHING = '*';

/**
 * The known names and surnames (a Set, as the entities stage takes it) that, while a coding is
 * recorded, notes each word it is asked about, and notes everything when it is read whole.
 */
class WatchedNames extends Set<string> {
  /** The keys of the coding being recorded (`PeopleMemory.consulting`), if one is. */
  recording: Set<string> | undefined;

  override has(word: string): boolean {
    this.recording?.add(consultedKey.known(word));
    return super.has(word);
  }

  override forEach(each: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.recording?.add(CONSULTED_EVERYTHING);
    super.forEach(each, thisArg);
  }

  override keys(): SetIterator<string> {
    this.recording?.add(CONSULTED_EVERYTHING);
    return super.keys();
  }

  override values(): SetIterator<string> {
    this.recording?.add(CONSULTED_EVERYTHING);
    return super.values();
  }

  override entries(): SetIterator<[string, string]> {
    this.recording?.add(CONSULTED_EVERYTHING);
    return super.entries();
  }

  override [Symbol.iterator](): SetIterator<string> {
    this.recording?.add(CONSULTED_EVERYTHING);
    return super[Symbol.iterator]();
  }
}

/** Rules whose result states the person's country in the article itself: only these are learned. */
export const LEARNABLE_VIAS: ReadonlySet<string> = new Set(['title', 'title-of', 'appositive', 'counterpart', 'modifier']);

const surnameOf = (name: string): string => name.split(/\s+/).pop() ?? name;

/** Code-unit order, the same in every locale (ISO dates and hex ids sort right). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An in-memory people memory: load it from the store before a run (`loadPeopleMemory`) and hand
 * it to `actors({ memory })`. Ingest keeps it fixed while the run codes, and applies what the run
 * taught at its end (settle.ts), so no document's coding depends on which others finished first;
 * `learn` updates it in place (one process coding in a known order, tests). A user correction is
 * never overwritten by learning.
 */
export class PeopleMemory implements PeopleLookup {
  private readonly byName = new Map<string, KnownPerson>();
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly known = new WatchedNames();

  constructor(people: Iterable<KnownPerson> = []) {
    for (const p of people) this.put(p);
  }

  get size(): number {
    return this.byName.size;
  }

  /** Every known person, by name. */
  list(): KnownPerson[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Names and surnames, live (it grows as the memory learns), for `entities({ knownPeople })`: a
   * bare "Pashinyan" is a PERSON mention once the memory knows him.
   */
  get knownNames(): ReadonlySet<string> {
    return this.known;
  }

  /** A copy of `knownNames`. */
  names(): Set<string> {
    return new Set(this.known);
  }

  /**
   * Runs `work` (the coding of one document) and returns, with its result, the keys of what it
   * asked this memory (`consultedKey`), sorted. Coding is synchronous, so nothing else asks in between.
   */
  consulting<T>(work: () => T): { result: T; consulted: string[] } {
    const consulted = new Set<string>();
    this.known.recording = consulted;
    try {
      return { result: work(), consulted: [...consulted].sort() };
    } finally {
      this.known.recording = undefined;
    }
  }

  /** The record of exactly this full name. */
  get(name: string): KnownPerson | undefined {
    this.known.recording?.add(consultedKey.record(name));
    return this.byName.get(name);
  }

  lookup(name: string): KnownPerson | undefined {
    const consulted = this.known.recording;
    consulted?.add(consultedKey.record(name));
    const exact = this.byName.get(name);
    if (exact) return exact;
    consulted?.add(consultedKey.surname(surnameOf(name)));
    // "Bush": George H. W. Bush and George W. Bush are both USA, so the surname still resolves;
    // "Kim" meaning two people of different countries does not.
    const names = this.bySurname.get(surnameOf(name));
    if (!names) return undefined;
    const people = [...names].map((n) => this.byName.get(n)!).filter((p) => p.code !== null);
    const codes = new Set(people.map((p) => p.code));
    if (codes.size !== 1) return undefined;
    const users = people.filter((p) => p.source === 'user');
    // The most recently seen, then by name: never by the order the records were put.
    return (users.length > 0 ? users : people).sort((a, b) => compareText(b.lastSeen ?? '', a.lastSeen ?? '') || compareText(a.name, b.name))[0];
  }

  /** Adds or replaces a record as is (loading, user corrections). */
  put(person: KnownPerson): void {
    this.byName.set(person.name, person);
    const surname = surnameOf(person.name);
    (this.bySurname.get(surname) ?? this.bySurname.set(surname, new Set()).get(surname)!).add(person.name);
    this.known.add(person.name).add(surname);
  }

  forget(name: string): boolean {
    const had = this.byName.delete(name);
    const surname = surnameOf(name);
    const others = this.bySurname.get(surname);
    others?.delete(name);
    this.known.delete(name);
    if (!others || others.size === 0) this.known.delete(surname);
    return had;
  }

  /** Learns from a coded document; returns the records it added or changed. */
  learn(doc: ArticleDoc): KnownPerson[] {
    const changed: KnownPerson[] = [];
    for (const learned of peopleLearnedFrom(doc)) {
      const merged = mergePerson(this.byName.get(learned.name), learned);
      if (merged) {
        this.put(merged);
        changed.push(merged);
      }
    }
    return changed;
  }
}

/**
 * Merges a newly learned record into a known one. A user record wins (only dates move); a learned
 * record takes the code and sector of the latest article (people change office: a president
 * becomes a former president) and keeps the first-seen date. "Latest" is the publication date,
 * then the greater document id on the same day, never the order records arrive in: merging is
 * commutative and associative, so a corpus teaches the same memory whatever order (or however
 * many workers) it is coded in. Returns undefined when nothing changes.
 */
export function mergePerson(known: KnownPerson | undefined, learned: KnownPerson): KnownPerson | undefined {
  if (!known) return learned;
  const firstSeen = [known.firstSeen, learned.firstSeen].filter((d): d is string => d !== null).sort()[0] ?? null;
  const latest = laterTeaching(learned, known) ? learned : known;
  const base = known.source === 'user' || latest === known ? known : { ...learned };
  const merged: KnownPerson = { ...base, firstSeen, lastSeen: latest.lastSeen, documentId: latest.documentId };
  return JSON.stringify(merged) === JSON.stringify(known) ? undefined : merged;
}

/** What a coding reads of a record it looks up: code, sector and title (and the source, which decides between people sharing a surname). */
const codingOf = (p: KnownPerson | undefined): string => (p ? JSON.stringify([p.code, p.sector, p.title, p.source]) : '');

/**
 * The consulted keys (`consultedKey`) whose answer can differ between two states of the memory: a
 * coding that asked none of them gets the same answers from both, so coding it again gives the same
 * result. A record whose only change is in what a coding does not read (its dates, the rule or the
 * document that taught it) alters the answer for its surname alone, and only where a surname is
 * shared: the latest seen then answers for it.
 */
export function keysChangedBy(before: ReadonlyMap<string, KnownPerson>, after: ReadonlyMap<string, KnownPerson>): Set<string> {
  const namesAndSurnames = (people: ReadonlyMap<string, KnownPerson>): Set<string> => new Set([...people.keys()].flatMap((n) => [n, surnameOf(n)]));
  const knownBefore = namesAndSurnames(before);
  const knownAfter = namesAndSurnames(after);
  const sharing = new Map<string, number>();
  for (const name of new Set([...before.keys(), ...after.keys()])) sharing.set(surnameOf(name), (sharing.get(surnameOf(name)) ?? 0) + 1);
  const keys = new Set<string>();
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(name);
    const now = after.get(name);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    const surname = surnameOf(name);
    if (codingOf(old) !== codingOf(now)) keys.add(consultedKey.record(name)).add(consultedKey.surname(surname));
    else if ((sharing.get(surname) ?? 0) >= 2) keys.add(consultedKey.surname(surname));
    for (const word of [name, surname]) if (knownBefore.has(word) !== knownAfter.has(word)) keys.add(consultedKey.known(word));
  }
  return keys;
}

/** Whether `a` was taught after `b`: later publication date, then the greater document id (undated counts as earliest). */
function laterTeaching(a: KnownPerson, b: KnownPerson): boolean {
  return (compareText(a.lastSeen ?? '', b.lastSeen ?? '') || compareText(a.documentId ?? '', b.documentId ?? '')) > 0;
}

function titleOf(actor: ActorMention): string | null {
  // Evidence is [modifier?, title, ..., name]: everything before the name span.
  const parts = actor.evidence.filter((e) => !actor.name.endsWith(e.text) && e.text !== actor.text).map((e) => e.text);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * The people a document states the country of (by title, "of COUNTRY" or apposition), one per
 * name; only those it shows to be people (`hasPersonEvidence`: not "South Sudan's Unity State").
 */
export function peopleLearnedFrom(doc: ArticleDoc): KnownPerson[] {
  const out = new Map<string, KnownPerson>();
  const date = doc.source.publishedAt?.slice(0, 10) ?? null;
  for (const a of doc.actors) {
    if (a.actorKind !== 'person' || a.code === null || !LEARNABLE_VIAS.has(a.via) || !hasPersonEvidence(a)) continue;
    // A one-word name ("President Mugabe") is learned too: later "Mugabe said" needs it.
    if (out.has(a.name)) continue;
    out.set(a.name, { name: a.name, code: a.code, sector: a.sector, title: titleOf(a), source: 'learned', how: a.via, firstSeen: date, lastSeen: date, documentId: doc.id });
  }
  return [...out.values()];
}
