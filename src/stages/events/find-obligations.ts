import type { ArticleDoc } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import type { TriggerMatch } from './find-triggers.js';
import type { TriggerRule } from './triggers.js';
import { ROLE_WORDS } from './role-words.js';

const OBLIGATION_WORDS = new Set(['must']);

export const OBLIGATION_RULE: TriggerRule = { phrase: 'must', pos: 'VERB', event: 'REQUEST' };

/**
 * "Peru said on Thursday that Chile must hand back the fishing boat": a speaker stating what another
 * party *must* do is making a demand (PLOVER REQUEST). A trigger on "must" when its clause is the
 * complement of a statement verb whose subject is another party; "We must act" with no statement
 * verb is not a demand on another party.
 */
export function findObligations(doc: ArticleDoc, tokenIndices: readonly number[]): TriggerMatch[] {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const out: TriggerMatch[] = [];
  for (const i of tokenIndices) {
    if (!OBLIGATION_WORDS.has(tokens[i]!.normal)) continue;
    const verb = syn.head(i);
    if (verb < 0 || syn.relation(verb) !== 'ccomp') continue;
    const statement = syn.head(verb);
    if (statement < 0 || !ROLE_WORDS.statementLemmas.has(tokens[statement]!.lemma)) continue;
    const obliged = syn.subjectOf(verb);
    const speaker = syn.subjectOf(statement);
    if (!obliged || !speaker || obliged.via !== 'own' || tokens[obliged.token]!.pos === 'PRON') continue;
    out.push({ rule: OBLIGATION_RULE, head: i, end: i + 1, nominal: false, obligation: true });
  }
  return out;
}
