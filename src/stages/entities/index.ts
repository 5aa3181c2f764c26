import type { ArticleDoc, Mention, Token } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { loadKb, type UserDictionary } from '../../kb/index.js';
import { matchGazetteer } from './01-match-gazetteer.js';
import { findNames } from './02-find-names.js';
import { isCityInsideName } from './03-city-inside-name.js';

const VERSION = 2;

/**
 * Named-entity mentions (PERSON, ORG, GPE, LOC, NORP, EVENT) from the knowledge-base gazetteer and
 * capitalised proper-noun runs, sentence by sentence.
 *
 * @example
 * entities().run(makeDoc('Armenian Prime Minister Nikol Pashinyan said.'), { report })
 * // mentions: NORP "Armenian", PERSON "Nikol Pashinyan"
 */
export interface EntitiesOptions {
  /** User dictionaries (see src/kb/user-dictionaries.ts): their names become mentions. Pass the same list to `actors`. */
  readonly userDictionaries?: readonly UserDictionary[];
  /**
   * Names of people the corpus memory knows ("Pashinyan", "Putin"), so a bare surname is a PERSON
   * even without a title or a speech verb: "Putin met Erdogan in Sochi".
   */
  readonly knownPeople?: ReadonlySet<string>;
}

export function entities(options: EntitiesOptions = {}): Stage {
  return {
    name: 'entities',
    version: VERSION,
    requires: ['sentences', 'tokens', 'syntax'],
    assigns: ['mentions'],
    run(doc: ArticleDoc, { report }) {
      const kb = loadKb(options.userDictionaries ? { userDictionaries: options.userDictionaries } : {});
      const origin = { stage: `entities@${VERSION}`, resource: kb.version };
      const mentions: Mention[] = [];
      const knownSurnames = new Set<string>(options.knownPeople ?? []);
      if (doc.sentences.length === 0 && doc.text.trim().length > 0) {
        report('warning', 'entities/no-sentences', 'The document has text but no sentences; run the sentences stage before entities.');
      }
      for (const sentence of doc.sentences) {
        const found = matchGazetteer(doc.text, sentence.span.start, sentence.span.end, kb)
          .filter((f) => !isCityInsideName(doc.tokens, sentence.tokenStart, f));
        const covered = (t: Token): boolean => found.some((f) => t.start < f.end && f.start < t.end);
        const names = findNames(doc.tokens, sentence.tokenStart, sentence.tokenEnd, covered, kb, knownSurnames);
        const all = [...found.map(({ start, end, label }) => ({ start, end, label })), ...names].sort((a, b) => a.start - b.start);
        for (const m of all) {
          const text = doc.text.slice(m.start, m.end);
          if (m.label === 'PERSON') {
            const last = text.split(/\s+/).pop();
            if (last) knownSurnames.add(last);
          }
          mentions.push({ kind: 'mention', id: `m${mentions.length}`, span: { start: m.start, end: m.end }, text, label: m.label, origin });
        }
      }
      doc.mentions = mentions;
    },
  };
}
