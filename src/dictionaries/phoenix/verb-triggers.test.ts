import { describe, expect, it } from 'vitest';
import type { Token } from '../../core/document.js';
import { quadClass } from '../../store/plover.js';
import { compileVerbPatterns, inflections, verbMatches, type CompiledPattern } from '../verb-patterns.js';
import type { VerbGroup } from '../petrarch/verbs.js';
import { phoenixVerbs } from './load.js';
import { verbTriggerCandidates } from './verb-triggers.js';

/**
 * The trigger compiles only the patterns of a token's own spellings (to keep each thread's heap
 * small); what it tries must be what compiling every pattern of the token's groups, sorting them
 * across groups and keeping the token's own gives: the same patterns in the same order.
 */
describe('verbTriggerCandidates', () => {
  const dict = phoenixVerbs();
  const compiled = new Map<VerbGroup, CompiledPattern[]>();
  const all = (group: VerbGroup) => {
    let patterns = compiled.get(group);
    if (!patterns) compiled.set(group, (patterns = compileVerbPatterns({ groups: [group], synsets: dict.synsets, diagnostics: [] }).patterns));
    return patterns;
  };
  // Every written form of every verb, with the groups that list it (as the trigger's index has them).
  const byForm = new Map<string, VerbGroup[]>();
  for (const group of dict.groups) {
    for (const verb of group.verbs) {
      for (const spelling of verb.spellings) {
        for (const form of inflections(spelling.words[spelling.head]!)) {
          const list = byForm.get(form) ?? [];
          if (!list.includes(group)) list.push(group);
          byForm.set(form, list);
        }
      }
    }
  }
  const material = (p: CompiledPattern) => p.plover !== null && [2, 4].includes(quadClass(p.plover.event) ?? 0);
  const reference = (token: Token): CompiledPattern[] => {
    const groups = byForm.get(byForm.has(token.normal) ? token.normal : token.lemma) ?? [];
    const ordered = groups.flatMap(all).sort((a, b) => b.specificity - a.specificity);
    return ordered.some(material) ? ordered.filter((p) => verbMatches(p.spelling.words[p.spelling.head]!, token)) : [];
  };
  // Every 25th form (about 400, from every part of the dictionary), as its own lemma and under another.
  const forms = [...byForm.keys()].filter((_, k) => k % 25 === 0);

  it('tries the patterns a full compilation would, in the same order', () => {
    let tried = 0;
    for (const form of forms) {
      for (const lemma of [form, forms[0]!]) {
        const token = { normal: form, lemma } as Token;
        const expected = reference(token);
        expect(verbTriggerCandidates(token), `${form} / ${lemma}`).toEqual(expected);
        tried += expected.length;
      }
    }
    // The comparison covers real patterns, not only empty lists.
    expect(forms.length).toBeGreaterThan(300);
    expect(tried).toBeGreaterThan(1000);
  });
});
