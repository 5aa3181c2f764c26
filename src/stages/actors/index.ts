import type { ActorMention, ArticleDoc, PlaceMention } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { type GazetteerMatch, loadKb } from '../../kb/index.js';
import type { ActorContext } from './context.js';
import { rankCountries } from './01-rank-countries.js';
import { resolvePerson } from './02-resolve-people.js';
import { resolvePlaceOrState } from './03-resolve-places-and-states.js';
import { resolveDemonym } from './04-resolve-demonyms.js';
import { resolveOrganisation } from './05-resolve-organisations.js';
import { resolvePronouns } from './06-resolve-pronouns.js';
import { resolveCollectives } from './07-resolve-collectives.js';

const VERSION = 1;

/**
 * Resolves mentions to PLOVER actors (country or organisation code + sector, with evidence spans)
 * and to places with coordinates.
 *
 * Rules run per sentence in this order, because earlier ones consume mentions later ones would
 * misread: people (a title's demonym belongs to the person), organisations (a demonym before an
 * unknown body belongs to it), places and states, demonyms, then pronouns and collectives.
 *
 * @example
 * actors().run(doc, { report })  // doc after sentences + entities
 * // "Armenian Prime Minister Nikol Pashinyan said" → {code: 'ARM', sector: 'GOV', actorKind: 'person', via: 'title'}
 */
export function actors(): Stage {
  return {
    name: 'actors',
    version: VERSION,
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['actors', 'places'],
    run(doc: ArticleDoc, { report }) {
      const kb = loadKb();
      const readings = new Map<string, GazetteerMatch>();
      for (const m of doc.mentions) {
        const hit = kb.match(doc.text, m.span.start, m.span.end).find((g) => g.start === m.span.start && g.end === m.span.end);
        if (hit) readings.set(m.id, hit);
      }
      const { salience, pair } = rankCountries(doc, readings, kb);
      const ctx: ActorContext = {
        doc, kb, origin: { stage: `actors@${VERSION}`, resource: kb.version }, actors: [], places: [],
        readings, salience, pair, people: new Map(), consumed: new Set(),
      };
      const bySentence = new Map<number, typeof doc.mentions>();
      for (const m of doc.mentions) {
        const s = doc.sentences.find((x) => x.span.start <= m.span.start && m.span.end <= x.span.end);
        if (!s) {
          report('warning', 'actors/mention-outside-sentence', `Mention "${m.text}" lies outside every sentence; re-run entities after sentences.`, { span: m.span, actual: m.text });
          continue;
        }
        const list = bySentence.get(s.index) ?? [];
        list.push(m);
        bySentence.set(s.index, list);
      }
      for (const sentence of doc.sentences) {
        const mentions = bySentence.get(sentence.index) ?? [];
        for (const m of mentions) if (m.label === 'PERSON') resolvePerson(ctx, m, sentence);
        for (const m of mentions) if (m.label === 'ORG' && !ctx.consumed.has(m.id)) resolveOrganisation(ctx, m, sentence);
        for (const m of mentions) {
          if (ctx.consumed.has(m.id)) continue;
          if (m.label === 'GPE' || m.label === 'LOC') resolvePlaceOrState(ctx, m, sentence);
          else if (m.label === 'NORP') resolveDemonym(ctx, m, sentence);
        }
        resolvePronouns(ctx, sentence);
        resolveCollectives(ctx, sentence);
      }
      doc.actors = renumber(ctx.actors, 'a');
      doc.places = renumber(ctx.places, 'p');
    },
  };
}

function renumber<T extends ActorMention | PlaceMention>(records: T[], prefix: string): T[] {
  return [...records].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end).map((r, i) => ({ ...r, id: `${prefix}${i}` }));
}
