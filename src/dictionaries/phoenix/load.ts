import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorKind } from '../../core/document.js';
import type { ActorCode, ActorDictionary, ActorEntry } from '../petrarch/actors.js';
import type { AgentDictionary } from '../petrarch/agents.js';
import type { DiscardList } from '../petrarch/discards.js';
import type { PatternElement, VerbCode, VerbDictionary, VerbGroup } from '../petrarch/verbs.js';

/**
 * The Phoenix / PETRARCH-2 dictionaries (MIT, Open Event Data Alliance) as Chronicle ships them:
 * resources/dictionaries/phoenix/*.json, written by `npm run build:dictionaries`
 * (scripts/convert-phoenix.ts) with PLOVER codes and sectors. Each file is read once per process,
 * on first use, into the same records the PETRARCH readers give for a user's dictionaries.
 */
interface Header {
  readonly name: string;
  readonly version: string;
  /** `phoenix@676801c`: stamped on every actor and event the entries code. */
  readonly origin: string;
  readonly source: string;
  readonly license: string;
}

export type ActorRow = [ref: string, kind: ActorKind, names: string[], codes: (string | [string, string | null, string | null])[]];
type AgentRow = [ref: string, sector: string, names: string[]];
type DiscardRow = [ref: string, scope: 'sentence' | 'story', phrase: string];
type VerbRow = [line: number, name: string, code: string | null, verbs: [line: number, code: string | null, spellings: string[]][], patterns: [line: number, code: string | null, elements: string[], text: string][]];

const here = dirname(fileURLToPath(import.meta.url));
// src/dictionaries/phoenix → ../../../resources in the checkout; dist/src/dictionaries/phoenix → ../../../../resources in the package.
const candidates = [join(here, '../../../resources/dictionaries/phoenix'), join(here, '../../../../resources/dictionaries/phoenix')];

export function read<T>(file: string): Header & T {
  const dir = candidates.find((d) => existsSync(join(d, file)));
  if (!dir) throw new Error(`Phoenix dictionary ${file} not found (looked in ${candidates.join(', ')}): ship resources/dictionaries/phoenix with the package, or rebuild it with npm run build:dictionaries.`);
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Header & T;
  if (typeof data.origin !== 'string' || typeof data.version !== 'string' || typeof data.license !== 'string') {
    throw new Error(`resources/dictionaries/phoenix/${file} lacks its name/version/origin/license header: rebuild it with npm run build:dictionaries.`);
  }
  return data;
}

const FILES: Record<string, string> = { C: 'Phoenix.Countries.actors.txt', I: 'Phoenix.International.actors.txt', M: 'Phoenix.MilNonState.actors.txt', A: 'Phoenix.agents.txt', D: 'Phoenix.discards.txt' };
/** An entry's reference as written in the files (`C51057`) → where it came from (`Phoenix.Countries.actors.txt:51057`). */
export function phoenixSource(ref: string): string {
  return `${FILES[ref[0]!] ?? 'CAMEO.2.0.txt'}:${ref.slice(1)}`;
}
// The converter writes names lower-cased with single spaces.
const words = (phrase: string) => phrase.split(' ');

const cache = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

/** One row of actors.json as the entry the PETRARCH reader gives. */
export function actorEntry([ref, kind, names, codes]: ActorRow): ActorEntry {
  return {
    // `source` keeps the short reference; phoenixSource() spells it out for an explanation.
    kind: 'actor', names: names.map(words), line: Number(ref.slice(1)), actorKind: kind, source: ref,
    codes: codes.map((c): ActorCode => {
      const [code, from, to] = typeof c === 'string' ? [c, null, null] : c;
      return { codes: code === '' ? [] : code.split('/'), from, to };
    }),
  };
}

/** Actors of the country, international and armed non-state files; `version` is the origin stamp. */
export function phoenixActors(): ActorDictionary & { readonly version: string } {
  return once('actors', () => {
    const file = read<{ entries: ActorRow[] }>('actors.json');
    return { entries: file.entries.map(actorEntry), diagnostics: [], version: file.origin };
  });
}

/** Agents (common nouns naming kinds of actors) with PLOVER sectors, all suffix codes. */
export function phoenixAgents(): AgentDictionary {
  return once('agents', () => ({
    entries: read<{ entries: AgentRow[] }>('agents.json').entries.map(([ref, sector, names]) => ({
      kind: 'agent' as const, names: names.map(words), code: sector, position: 'suffix' as const, line: Number(ref.slice(1)),
    })),
    diagnostics: [],
  }));
}

/** Phrases that mark a sentence (or, `story`, the article) as not codable: sports, disasters, entertainment. */
export function phoenixDiscards(): DiscardList {
  return once('discards', () => ({
    entries: read<{ entries: DiscardRow[] }>('discards.json').entries.map(([ref, scope, phrase]) => ({ kind: 'discard' as const, words: words(phrase), scope, line: Number(ref.slice(1)) })),
    diagnostics: [],
  }));
}

const MARKS: Record<string, PatternElement['kind']> = { '*': 'verb', $: 'source', '+': 'target', '^': 'skip', '%': 'compound' };

function verbCode(code: string | null): VerbCode | null {
  if (code === null) return null;
  const [first, second] = code.split(':');
  return { code: first === '---' ? null : first!, paired: second ?? null };
}

function element(text: string): PatternElement {
  const joined = text.endsWith('_') && text.length > 1;
  const body = joined ? text.slice(0, -1) : text;
  const mark = MARKS[body];
  if (mark) return { kind: mark, joined } as PatternElement;
  if (body.startsWith('&')) return { kind: 'synset', name: body.slice(1), joined };
  return { kind: 'word', text: body, joined };
}

/** The CAMEO verb dictionary (CAMEO.2.0.txt): verb groups, their patterns and synsets. */
export function phoenixVerbs(): VerbDictionary & { readonly version: string } {
  return once('verbs', () => {
    const file = read<{ synsets: Record<string, string[]>; entries: VerbRow[] }>('verbs.json');
    const groups: VerbGroup[] = file.entries.map(([line, name, code, verbs, patterns]) => ({
      kind: 'verb-group', name, line, code: verbCode(code) ?? { code: null, paired: null },
      verbs: verbs.map(([verbLine, own, spellings]) => ({
        line: verbLine, code: verbCode(own),
        spellings: spellings.map((s) => {
          const parts = words(s);
          const head = Math.max(0, parts.findIndex((w) => w.startsWith('+')));
          return { words: parts.map((w) => w.replace(/^\+/, '')), head };
        }),
      })),
      patterns: patterns.map(([patternLine, patternCode, elements, text]) => ({ line: patternLine, code: verbCode(patternCode)!, elements: elements.map(element), text })),
    }));
    return { groups, synsets: new Map(Object.entries(file.synsets)), diagnostics: [], version: file.origin };
  });
}
