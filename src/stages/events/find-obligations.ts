import type { ArticleDoc } from '../../core/document.js';
import type { TriggerMatch } from './find-triggers.js';
import type { TriggerRule } from './triggers.js';

/** Verbs that report a statement whose "must" is a demand on someone else. */
const STATEMENT_LEMMAS = new Set(['say', 'declare', 'insist', 'reiterate', 'conclude', 'tell', 'warn', 'stress', 'state', 'announce', 'argue', 'maintain', 'repeat', 'write', 'add', 'emphasize', 'emphasise', 'issue', 'remind', 'agree']);
const OBLIGATION_WORDS = new Set(['must']);

export const OBLIGATION_RULE: TriggerRule = { phrase: 'must', pos: 'VERB', event: 'REQUEST' };

/**
 * "Russia said on Tuesday that Sudan must return the helicopter": a speaker stating what another
 * party *must* do is making a demand (PLOVER REQUEST). Returns a trigger on "must" when a
 * statement verb comes before it in the clause with some word between (the obliged party);
 * "We must act" with no statement verb is not a demand on another party.
 */
export function findObligations(doc: ArticleDoc, clauseTokens: readonly number[]): TriggerMatch[] {
  const tokens = doc.tokens;
  const out: TriggerMatch[] = [];
  for (let k = 0; k < clauseTokens.length; k++) {
    const i = clauseTokens[k]!;
    if (!OBLIGATION_WORDS.has(tokens[i]!.normal)) continue;
    const next = tokens[i + 1];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV')) continue;
    const statement = statementVerbBefore(doc, clauseTokens, i);
    if (statement === undefined || i - statement < 2) continue;
    out.push({ rule: OBLIGATION_RULE, head: i, end: i + 1, nominal: false });
  }
  return out;
}

/** The statement verb before an obligation trigger, which splits speaker (before) from the obliged party (after). */
export function statementVerbBefore(doc: ArticleDoc, clauseTokens: readonly number[], head: number): number | undefined {
  const tokens = doc.tokens;
  const before = clauseTokens.filter((j) => j < head && STATEMENT_LEMMAS.has(tokens[j]!.lemma) && tokens[j]!.pos === 'VERB');
  return before[before.length - 1];
}
