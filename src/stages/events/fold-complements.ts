import type { ArticleDoc } from '../../core/document.js';
import { OBLIGATION_RULE } from './find-obligations.js';
import type { TriggerMatch } from './find-triggers.js';
import { requestMode, threatMode, withType } from './recode-by-modality.js';
import type { PloverType } from './triggers.js';

/** Statement types whose "to"/"that" complement is the content of the statement, not a second event. */
const MATRIX_TYPES = new Set<PloverType>(['AGREE', 'REQUEST', 'REJECT', 'THREATEN']);
/** Words that may stand between a matrix trigger and its complement ("urged the European Union to", "demanded that Israel"). */
const BRIDGE_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM', 'ADV', 'PART', 'AUX', 'SCONJ', 'ADP', 'CCONJ']);
const MAX_GAP = 9;
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);

export interface Folded {
  /** The triggers to code, complements removed. */
  readonly triggers: TriggerMatch[];
  /** For each matrix trigger that took a complement, the complement. */
  readonly complementOf: Map<TriggerMatch, TriggerMatch>;
}

/**
 * "Libya offered to hand over the suspects", "urged the EU to support the PLO", "refused to
 * release the prisoners", "threatened to impose sanctions": PLOVER codes the statement (AGREE,
 * REQUEST, REJECT, THREATEN), and the act inside it gives the statement its mode (REQUEST-yield,
 * THREATEN-relations). The complement is folded into its matrix instead of being coded twice.
 */
export function foldComplements(doc: ArticleDoc, triggers: readonly TriggerMatch[]): Folded {
  const tokens = doc.tokens;
  const complementOf = new Map<TriggerMatch, TriggerMatch>();
  const folded = new Set<TriggerMatch>();
  for (const matrix of triggers) {
    if (folded.has(matrix)) continue;
    // "lifted the blockade", "halted economic aid", "dismissed the appeal": a noun that selected the verb's
    // rule (its `objects`) is the verb's object, not an event of its own.
    if (!matrix.nominal && matrix.rule.objects) {
      const object = triggers.find((c) => c.nominal && c.head >= matrix.end && c.head - matrix.end < 8 &&
        (matrix.rule.objects!.includes(tokens[c.head]!.lemma) || matrix.rule.objects!.includes(tokens[c.head]!.normal)));
      if (object) { folded.add(object); continue; }
    }
    if (!MATRIX_TYPES.has(matrix.rule.event)) continue;
    const complement = triggers.find((c) => c !== matrix && !folded.has(c) && c.head >= matrix.end && c.head - matrix.end <= MAX_GAP);
    if (!complement) continue;
    const between = tokens.slice(matrix.end, complement.head);
    if (!between.every((t) => BRIDGE_POS.has(t.pos) || t.text === '-')) continue;
    // "Sudan must return the helicopter": the act right after "must" is what is demanded.
    const obligation = matrix.rule === OBLIGATION_RULE;
    const marked = obligation || between.some((t) => t.normal === 'that' || t.normal === 'to' || t.normal === 'for') || between.length === 0 && complement.nominal;
    const verbalOk = obligation || complement.nominal || tokens[complement.head - 1]?.normal === 'to' || between.some((t) => t.normal === 'that' || t.pos === 'AUX');
    const nominalOk = !complement.nominal || between.length <= 4 && !between.some((t) => t.normal === 'that');
    if (!marked && !(complement.nominal && between.length <= 3) || !verbalOk || !nominalOk) continue;
    complementOf.set(matrix, complement);
    folded.add(complement);
  }
  return { triggers: triggers.filter((t) => !folded.has(t)), complementOf };
}

/** The matrix rule with the mode its complement gives it ("urged … to release" → REQUEST-yield). */
export function matrixWithComplement(matrix: TriggerMatch, complement: TriggerMatch | undefined): TriggerMatch {
  if (!complement) return matrix;
  const rule = matrix.rule;
  // "vowed to fight on", "swore to retaliate": a promise of violence is a threat.
  if (rule.event === 'AGREE' && HOSTILE.has(complement.rule.event)) return { ...matrix, rule: withType(rule, 'THREATEN', threatMode(complement.rule)) };
  if (rule.mode) return matrix;
  const mode = rule.event === 'THREATEN' ? threatMode(complement.rule) : rule.event === 'REQUEST' || rule.event === 'REJECT' ? requestMode(complement.rule) : undefined;
  return mode ? { ...matrix, rule: withType(rule, rule.event, mode) } : matrix;
}
