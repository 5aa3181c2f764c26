import { contentLines, type DictionaryDiagnostic } from './lines.js';

/** A verb code: `[064]` → {code: '064', paired: null}; `[032:033]` adds the recipient's reply event; `[---]` codes nothing. */
export interface VerbCode {
  readonly code: string | null;
  /** The code of the mirrored event (recipient → actor), as in `LEFT [032:033]` (visit / receive a visit). */
  readonly paired: string | null;
}

/** One spelling of a verb: its words and which of them is the verb (`KLM_NOP_+RST` → head 2). */
export interface VerbSpelling {
  readonly words: readonly string[];
  readonly head: number;
}

/** A verb of a group, with its irregular forms (`BREAK {BROKE BROKEN}`) and its own code if any (`DOWNPLAY [014]`). */
export interface VerbForm {
  readonly spellings: readonly VerbSpelling[];
  readonly code: VerbCode | null;
  readonly line: number;
}

/**
 * An element of a pattern. `joined` means no word may come between it and the next element
 * (TABARI's `_`, as in `NEW_&TIETYPES_RELATIONS`); a space allows words in between.
 */
export type PatternElement =
  | { readonly kind: 'word'; readonly text: string; readonly joined: boolean }
  | { readonly kind: 'synset'; readonly name: string; readonly joined: boolean }
  /** `*` the verb, `$` the source, `+` the target, `^` a skipped noun phrase, `%` a compound (joint) actor. */
  | { readonly kind: 'verb' | 'source' | 'target' | 'skip' | 'compound'; readonly joined: boolean };

export interface VerbPattern {
  readonly elements: readonly PatternElement[];
  readonly code: VerbCode;
  readonly line: number;
  readonly text: string;
}

/** A `--- NAME [CODE] ---` block: synonymous verbs sharing a default code and a list of patterns. */
export interface VerbGroup {
  readonly kind: 'verb-group';
  readonly name: string;
  readonly code: VerbCode;
  readonly verbs: readonly VerbForm[];
  readonly patterns: readonly VerbPattern[];
  readonly line: number;
}

export interface VerbDictionary {
  readonly groups: readonly VerbGroup[];
  /** `&NAME` word sets, members as written (lower case, may name other sets): `&CURRENCY` → ['dollars', 'swiss francs', …]. */
  readonly synsets: ReadonlyMap<string, readonly string[]>;
  readonly diagnostics: readonly DictionaryDiagnostic[];
}

const MARKERS: Record<string, PatternElement['kind']> = { '*': 'verb', $: 'source', '+': 'target', '^': 'skip', '%': 'compound' };

/**
 * Parses a PETRARCH verb dictionary:
 *
 *     &TIETYPES                   a synset, members on `+` lines
 *     +MILITARY
 *     --- RESTORE [064] ---       a verb group and its default code
 *     RESTORE                     the verb (and synonyms, each on its own line)
 *     - * DIPLOMATIC  [064]       a pattern: `*` the verb, then literal words
 *     - NOT * RELATIONS [112]     words before the verb
 *     - + * FROM $ [066]          `$` source, `+` target
 *     - * (TO) {ARMS SHIPMENT} [072]   PETRARCH-2 phrase brackets: their words, in order
 */
export function parseVerbDictionary(source: string): VerbDictionary {
  const groups: { name: string; code: VerbCode; verbs: VerbForm[]; patterns: VerbPattern[]; line: number }[] = [];
  const synsets = new Map<string, string[]>();
  const diagnostics: DictionaryDiagnostic[] = [];
  let group: (typeof groups)[number] | null = null;
  let synset: string[] | null = null;
  const report = (line: number, ruleId: string, reason: string, text: string) => diagnostics.push({ line, ruleId, reason, text });

  for (const { line, text } of contentLines(source)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('---')) {
      synset = null;
      const m = /^---\s*([^[]+?)\s*\[([^\]]*)\](.*)$/.exec(trimmed);
      const code = m ? readCode(m[2]!) : null;
      if (!m || !code) {
        report(line, 'dictionaries/bad-verb-header', `Cannot read verb group header "${trimmed}"; write --- VERB [CODE] ---.`, text);
        group = null;
        continue;
      }
      if (/\[/.test(m[3]!)) report(line, 'dictionaries/extra-code', `Verb group "${m[1]}" has more than one code; only the first, [${m[2]}], is used.`, text);
      group = { name: m[1]!.replace(/_$/, ''), code, verbs: [], patterns: [], line };
      groups.push(group);
      continue;
    }
    if (trimmed.startsWith('&')) {
      const name = trimmed.slice(1).split(/\s+/)[0]!.replace(/_$/, '').toUpperCase();
      synset = [];
      synsets.set(name, synset);
      group = null;
      continue;
    }
    if (synset) {
      if (trimmed.startsWith('+')) synset.push(trimmed.slice(1).trim().toLowerCase());
      else report(line, 'dictionaries/bad-synset-member', `Synset member "${trimmed}" does not start with "+"; write +WORD.`, text);
      continue;
    }
    if (!group) {
      report(line, 'dictionaries/outside-verb-group', `Line "${trimmed}" is outside any --- VERB [CODE] --- group; move it under one.`, text);
      continue;
    }
    if (/^-(\s|$)/.test(trimmed)) {
      const pattern = readPattern(trimmed.slice(1), line, text, report);
      if (pattern) group.patterns.push(pattern);
      continue;
    }
    const verb = readVerbForm(trimmed, line);
    if (verb) group.verbs.push(verb);
    else report(line, 'dictionaries/bad-verb-line', `Cannot read verb line "${trimmed}"; write VERB, VERB {FORMS} or VERB [CODE].`, text);
  }
  for (const g of groups) {
    if (g.verbs.length === 0) {
      // A group without verb lines codes its header word ("--- LASH OUT [122] ---").
      g.verbs.push({ spellings: [readSpelling(g.name)], code: null, line: g.line });
    }
  }
  return { groups: groups.map((g) => ({ kind: 'verb-group', ...g })), synsets, diagnostics };
}

/** `064`, `032:033`, `---`, `174K`; null when the brackets are empty. */
function readCode(body: string): VerbCode | null {
  const [first, second] = body.trim().split(':').map((c) => c.trim());
  if (!first) return null;
  const norm = (c: string | undefined) => (c === undefined || c === '' || c === '---' ? null : c.toUpperCase());
  return { code: norm(first), paired: norm(second) };
}

function readSpelling(text: string): VerbSpelling {
  const parts = text.split(/[_\s]+/).filter((w) => w.length > 0);
  const head = Math.max(0, parts.findIndex((w) => w.startsWith('+')));
  return { words: parts.map((w) => w.replace(/^\+/, '').toLowerCase()), head };
}

function readVerbForm(text: string, line: number): VerbForm | null {
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(text);
  if (!m) return null;
  const spellings = [readSpelling(m[1]!), ...(m[2] ?? '').split(/\s+/).filter((s) => s.length > 0).map(readSpelling)];
  if (spellings.some((s) => s.words.length === 0 || s.words.some((w) => !/^[a-z0-9'.-]+$/.test(w)))) return null;
  const code = m[3] !== undefined ? readCode(m[3]) : null;
  return { spellings, code, line };
}

function readPattern(body: string, line: number, text: string, report: (line: number, ruleId: string, reason: string, text: string) => void): VerbPattern | null {
  const m = /^(.*?)\[([^\]]*)\]\s*$/.exec(body.trim());
  const code = m ? readCode(m[2]!) : null;
  if (!m || !code) {
    report(line, 'dictionaries/pattern-without-code', `Pattern "${body.trim()}" has no [CODE]; end it with a code such as [064] or [---].`, text);
    return null;
  }
  const elements: PatternElement[] = [];
  for (const chunk of m[1]!.trim().split(/\s+/).filter((c) => c.length > 0)) {
    // PETRARCH-2 marks phrases with brackets, "(TO)" a prepositional and "{ARMS SHIPMENT}" a noun phrase;
    // Chronicle matches their words in order, so the brackets are dropped.
    const pieces = chunk.replace(/^[({]+|[)}]+$/g, '').split('_');
    pieces.forEach((piece, k) => {
      // A piece is joined to the next one inside its chunk; a trailing "_" joins it to the next chunk ("KNOWN_ *").
      const joined = k < pieces.length - 1;
      if (piece === '') return;
      const marker = MARKERS[piece];
      if (marker) elements.push({ kind: marker, joined } as PatternElement);
      else if (piece.startsWith('&')) elements.push({ kind: 'synset', name: piece.slice(1).toUpperCase(), joined });
      else elements.push({ kind: 'word', text: piece.toLowerCase(), joined });
    });
  }
  const verbs = elements.filter((e) => e.kind === 'verb').length;
  if (verbs !== 1) {
    report(line, 'dictionaries/pattern-verb-marker', `Pattern "${m[1]!.trim()}" has ${verbs} "*" verb markers; write exactly one.`, text);
    return null;
  }
  return { elements, code, line, text };
}

/** The members of a synset as word lists, nested sets expanded (`&ACCORDSYN` holds `&TIETYPES`); cycles are cut. */
export function expandSynset(synsets: ReadonlyMap<string, readonly string[]>, name: string, seen: ReadonlySet<string> = new Set()): string[][] {
  const members = synsets.get(name.toUpperCase());
  if (!members || seen.has(name)) return [];
  const inner = new Set([...seen, name]);
  const out: string[][] = [];
  for (const member of members) {
    let variants: string[][] = [[]];
    for (const part of member.split(/[_\s]+/).filter((w) => w.length > 0)) {
      const alternatives = part.startsWith('&') ? expandSynset(synsets, part.slice(1), inner) : [[part]];
      variants = variants.flatMap((v) => alternatives.map((a) => [...v, ...a]));
    }
    out.push(...variants.filter((v) => v.length > 0));
  }
  return out;
}
