import { contentLines, phraseWords, type DictionaryDiagnostic } from './lines.js';

/**
 * An agent: a common noun phrase that names a kind of actor ("police", "foreign minister") and the
 * code it adds to the actor it is attached to. `[~GOV]` is a suffix ("Arnor police" → ARN + COP);
 * `[NGO~]` a prefix ("MSF Arnor" → NGO + ARN).
 */
export interface AgentEntry {
  readonly kind: 'agent';
  /** Every written form as lower-case words, singular and plural. */
  readonly names: readonly (readonly string[])[];
  readonly code: string;
  readonly position: 'suffix' | 'prefix';
  readonly line: number;
}

export interface AgentDictionary {
  readonly entries: readonly AgentEntry[];
  readonly diagnostics: readonly DictionaryDiagnostic[];
}

/**
 * Parses a PETRARCH agent dictionary:
 *
 *     !PERSON! = MAN, MEN, WOMAN, WOMEN      a substitution set, used as CONGRESS!PERSON!
 *     POLICE {} [~COP]                       `{}`: no plural form
 *     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plurals
 *     SOLDIER [~MIL]                         the regular plural (SOLDIERS) is added
 *     MSF {} [NGO~]                          a prefix code
 */
export function parseAgentDictionary(source: string): AgentDictionary {
  const entries: AgentEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  const substitutions = new Map<string, string[]>();

  for (const { line, text } of contentLines(source)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const sub = /^(![A-Za-z0-9]+!)\s*=\s*(.+)$/.exec(trimmed);
    if (sub) {
      substitutions.set(sub[1]!.toUpperCase(), sub[2]!.split(',').map((w) => w.trim()).filter((w) => w.length > 0));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(trimmed);
    if (!m) {
      diagnostics.push({ line, ruleId: 'dictionaries/bad-agent-line', reason: `Cannot read agent line "${trimmed}"; write PHRASE [~CODE] or PHRASE {PLURALS} [~CODE].`, text });
      continue;
    }
    const code = m[3]!.replace(/\s+/g, '');
    const suffix = /^~([A-Za-z0-9]+)$/.exec(code);
    const prefix = /^([A-Za-z0-9]+)~$/.exec(code);
    if (!suffix && !prefix) {
      diagnostics.push({ line, ruleId: 'dictionaries/bad-agent-code', reason: `Agent code "[${m[3]}]" has no "~"; write [~CODE] (added after the actor's code) or [CODE~] (before it).`, text });
      continue;
    }
    const spelled = expand(m[1]!, substitutions);
    if (spelled === null) {
      diagnostics.push({ line, ruleId: 'dictionaries/unknown-substitution', reason: `Agent "${m[1]}" uses a !SET! that is not defined above it; define it as !SET! = WORD, WORD.`, text });
      continue;
    }
    const forms = new Set<string>();
    for (const s of spelled) forms.add(s);
    if (m[2] !== undefined) {
      for (const plural of m[2].split(/\s+/).filter((p) => p.length > 0)) for (const s of expand(plural, substitutions) ?? []) forms.add(s);
    } else if (!m[1]!.includes('!')) {
      // Substitution sets list their plurals themselves (MAN, MEN); other phrases get the regular one.
      for (const s of spelled) forms.add(pluralise(s));
    }
    entries.push({
      kind: 'agent',
      names: [...forms].map(phraseWords).filter((w) => w.length > 0),
      code: (suffix?.[1] ?? prefix![1]!).toUpperCase(),
      position: suffix ? 'suffix' : 'prefix',
      line,
    });
  }
  return { entries, diagnostics };
}

/** Expands `!SET!` markers: `CONGRESS!PERSON!` → CONGRESSMAN, CONGRESSMEN, …; null if a set is unknown. */
function expand(phrase: string, substitutions: ReadonlyMap<string, readonly string[]>): string[] | null {
  const marker = /![A-Za-z0-9]+!/.exec(phrase);
  if (!marker) return [phrase.trim()];
  const values = substitutions.get(marker[0].toUpperCase());
  if (!values) return null;
  const out: string[] = [];
  for (const value of values) {
    const rest = expand(phrase.slice(0, marker.index) + value + phrase.slice(marker.index + marker[0].length), substitutions);
    if (rest === null) return null;
    out.push(...rest);
  }
  return out;
}

const NOT_MAN_COMPOUNDS = new Set(['human', 'german', 'roman', 'shaman', 'ottoman', 'talisman', 'caiman', 'cayman', 'oman']);

/**
 * The regular English plural of a phrase's head word: SOLDIER → SOLDIERS, AUTHORITY → AUTHORITIES,
 * PRESS → PRESSES. The head is the last word, or the word before the first "of"/"for" when a
 * phrase ends in one: HEAD_OF_STATE → HEADS_OF_STATE, as news writes it, not HEAD_OF_STATES.
 */
export function pluralise(phrase: string): string {
  const m = /^(.*?)([A-Za-z-]+)([_\s]+(?:of|for)[_\s].*)$/i.exec(phrase.trim()) ?? /^(.*?)([A-Za-z-]+)(_?)$/.exec(phrase.trim());
  if (!m) return phrase;
  const word = m[2]!;
  const upper = word === word.toUpperCase();
  let plural: string;
  // MAN, WOMAN, MILITIAMAN, CHAIRMAN → -MEN; the few words ending in "man" that are no compound of it keep "-s".
  if (/man$/i.test(word) && !NOT_MAN_COMPOUNDS.has(word.toLowerCase())) plural = `${word.slice(0, -2)}${word.slice(-2) === 'AN' ? 'EN' : 'en'}`;
  else if (/[^aeiou]y$/i.test(word)) plural = `${word.slice(0, -1)}ies`;
  else if (/(s|sh|ch|x|z)$/i.test(word)) plural = `${word}es`;
  else plural = `${word}s`;
  return `${m[1]}${upper ? plural.toUpperCase() : plural}${m[3]}`;
}
