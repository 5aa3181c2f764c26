import type { PloverType, TriggerRule } from '../stages/events/triggers.js';
import { inflections, type CompiledPattern, type Slot } from './verb-patterns.js';

/** Words that say little about a pattern on their own; a cue is taken from the next slot when there is one. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'over', 'and', 'or', 'its', 'their', 'his', 'her', 'that', 'be', 'is', 'was', 'were', 'are']);

/**
 * Turns compiled verb patterns into `TriggerRule`s for `events({ triggers })`.
 *
 * A TriggerRule can require one cue word after the verb (`objects`) and one before (`preceded`),
 * so a pattern becomes a rule with its most telling literal on each side: `- * DIPLOMATIC TIES [901]`
 * → objects ['diplomatic']; `- * &TIETYPES TIES` → objects ['military', 'economic', 'cultural'];
 * `- NOT * RELATIONS` → preceded ['not'], objects ['relations']. The rule is a net that lets the
 * events stage find the verb and its parties; `dictionaryEvents` then re-checks the whole pattern
 * and sets the exact code. Each regular form of the verb gets its own rule, because the tagger
 * does not lemmatise every form ("cordoned" stays "cordoned").
 *
 * Patterns whose code has no PLOVER reading (CAMEO 01/02 statements, `[---]`) make no rule.
 */
export function patternsToTriggers(patterns: readonly CompiledPattern[]): { triggers: TriggerRule[]; patternOf: Map<TriggerRule, CompiledPattern> } {
  const triggers: TriggerRule[] = [];
  const patternOf = new Map<TriggerRule, CompiledPattern>();
  for (const pattern of patterns) {
    if (pattern.cameo === null || !pattern.plover) continue;
    const { words, head } = pattern.spelling;
    const particles = words.slice(head + 1);
    const preWords = words.slice(0, head);
    const objects = cue(pattern.after, 'first');
    const preceded = preWords.length > 0 ? [preWords[preWords.length - 1]!] : cue(pattern.before, 'last');
    const row = pattern.plover;
    const heads = words.length === 1 || head === words.length - 1 ? inflections(words[head]!) : [words[head]!];
    for (const form of heads) {
      const rule: TriggerRule = {
        phrase: [form, ...particles].join(' '),
        pos: 'VERB',
        event: row.event as PloverType,
        ...(row.mode ? { mode: row.mode } : {}),
        ...(row.context ? { context: row.context.split(';').map((c) => c.trim()).filter((c) => c.length > 0) } : {}),
        ...(objects ? { objects } : {}),
        ...(preceded ? { preceded } : {}),
        ...(pattern.compound ? { roles: 'collective' as const } : {}),
      };
      triggers.push(rule);
      patternOf.set(rule, pattern);
    }
  }
  return { triggers, patternOf };
}

/** The cue words of the first (or last) telling slot: its alternatives' first (or last) words. */
function cue(slots: readonly Slot[], which: 'first' | 'last'): string[] | null {
  if (slots.length === 0) return null;
  const ordered = which === 'first' ? slots : [...slots].reverse();
  const telling = ordered.find((s) => s.alternatives.some((a) => a.some((w) => !FUNCTION_WORDS.has(w)))) ?? ordered[0]!;
  const words = telling.alternatives.map((a) => (which === 'first' ? a[0] : a[a.length - 1])).filter((w): w is string => !!w);
  return words.length > 0 ? [...new Set(words)] : null;
}
