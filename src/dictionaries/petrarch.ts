/**
 * User dictionaries in the PETRARCH/TABARI formats (actors, agents, verbs, discards), parsed into
 * plain records. Parsers never throw on a bad line: they return `diagnostics` with line numbers.
 *
 * @example
 * const dict = parsePetrarchDictionaries({ actors: readFileSync('actors.txt', 'utf8'), verbs: … });
 * dict.diagnostics  // [{ file: 'verbs', line: 12, ruleId: 'dictionaries/pattern-without-code', … }]
 */
import { parseActorDictionary, type ActorDictionary } from './petrarch/actors.js';
import { parseAgentDictionary, type AgentDictionary } from './petrarch/agents.js';
import { parseDiscardList, type DiscardList } from './petrarch/discards.js';
import type { DictionaryDiagnostic } from './petrarch/lines.js';
import { parseVerbDictionary, type VerbDictionary } from './petrarch/verbs.js';

export { parseActorDictionary, actorCodesOn, readDate, type ActorCode, type ActorDictionary, type ActorEntry } from './petrarch/actors.js';
export { parseAgentDictionary, pluralise, type AgentDictionary, type AgentEntry } from './petrarch/agents.js';
export { parseDiscardList, type DiscardEntry, type DiscardList } from './petrarch/discards.js';
export { contentLines, phraseWords, type ContentLine, type DictionaryDiagnostic } from './petrarch/lines.js';
export {
  expandSynset, parseVerbDictionary, type PatternElement, type VerbCode, type VerbDictionary, type VerbForm, type VerbGroup,
  type VerbPattern, type VerbSpelling,
} from './petrarch/verbs.js';

/** The texts of the dictionary files a user supplies; any may be left out. */
export interface PetrarchSources {
  readonly actors?: string;
  readonly agents?: string;
  readonly verbs?: string;
  readonly discards?: string;
  /** Recorded in event and actor origins, e.g. `petrarch-validate@0.9`. */
  readonly version?: string;
}

export interface PetrarchDictionaries {
  readonly actors: ActorDictionary;
  readonly agents: AgentDictionary;
  readonly verbs: VerbDictionary;
  readonly discards: DiscardList;
  readonly version: string;
  /** Every file's diagnostics, tagged with the file they came from. */
  readonly diagnostics: readonly (DictionaryDiagnostic & { readonly file: 'actors' | 'agents' | 'verbs' | 'discards' })[];
}

export function parsePetrarchDictionaries(sources: PetrarchSources): PetrarchDictionaries {
  const actors = parseActorDictionary(sources.actors ?? '');
  const agents = parseAgentDictionary(sources.agents ?? '');
  const verbs = parseVerbDictionary(sources.verbs ?? '');
  const discards = parseDiscardList(sources.discards ?? '');
  return {
    actors, agents, verbs, discards,
    version: sources.version ?? 'petrarch-user',
    diagnostics: [
      ...actors.diagnostics.map((d) => ({ ...d, file: 'actors' as const })),
      ...agents.diagnostics.map((d) => ({ ...d, file: 'agents' as const })),
      ...verbs.diagnostics.map((d) => ({ ...d, file: 'verbs' as const })),
      ...discards.diagnostics.map((d) => ({ ...d, file: 'discards' as const })),
    ],
  };
}
