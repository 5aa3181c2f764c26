import type { ArticleDoc, Token } from '../../core/document.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';

/** Prepositions that make a nominal trigger a circumstance of the sentence ("following the killing of …"). */
const CIRCUMSTANCE = new Set(['after', 'following', 'before', 'during', 'despite', 'amid', 'since', 'until', 'over', 'because', 'like']);

export interface Salience {
  /** Added to the event's confidence: the sentence's main act scores higher than a background mention. */
  readonly delta: number;
  readonly why?: string;
}

function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && /(ed|en|wn|nt)$/.test(t.normal) && t.normal !== t.lemma;
}

/**
 * How central a trigger is to its sentence. News sentences report one main act in the main
 * clause; the other triggers are backdrop: "weapons *seized* last year" (a reduced relative),
 * ", *killing* one person" (a participial adjunct), "*following* the killing of …" (a
 * circumstance), a relative or subordinate clause. Those are still coded but rank below the main act.
 */
export function salience(doc: ArticleDoc, clause: Clause, trigger: TriggerMatch): Salience {
  const tokens = doc.tokens;
  const head = tokens[trigger.head]!;
  const prev = tokens[trigger.head - 1];
  const range = clause.tokens;
  const at = range.indexOf(trigger.head);
  if (clause.role === 'relative') return { delta: -0.12, why: 'in a relative clause' };
  if (clause.role === 'subordinate') return { delta: -0.1, why: `in a subordinate clause ("${clause.marker ?? ''}")` };
  if (!trigger.nominal) {
    const finiteBefore = range.slice(0, Math.max(0, at)).some((i) => (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') && tokens[i - 1]?.text !== '-');
    // "the weapons seized last year", "the agreement signed in March": a participle right after its noun.
    if (isParticiple(head) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && finiteBefore) return { delta: -0.15, why: 'a participle modifying a noun' };
    // ", killing one person and arresting 12": a participial adjunct after the main act.
    if (head.normal.endsWith('ing') && prev && (prev.text === ',' || prev.normal === 'and' || prev.normal === 'by') && finiteBefore) return { delta: -0.12, why: 'a participial adjunct' };
    if (finiteBefore && clause.role === 'main') return { delta: -0.02 };
    return { delta: 0.03 };
  }
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const t = tokens[range[k]!]!;
    if (t.pos === 'ADP' || t.pos === 'SCONJ') {
      if (CIRCUMSTANCE.has(t.normal)) return { delta: -0.15, why: `a circumstance ("${t.text} …")` };
      break;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
  }
  return { delta: 0 };
}
