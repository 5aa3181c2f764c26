import type { Sentence } from '../../core/document.js';
import type { KbRegion } from '../../kb/index.js';
import { type ActorContext, pushActor, textSpan } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';
import { sectorPhraseAt } from './phrases.js';

/** Prepositions that tie a group to the state it is in or from: "rebels in Darfur", "students throughout Indonesia". */
// Not "from": "withdraw workers from Iraq" is a movement, not a nationality.
const TIES = new Set(['in', 'throughout', 'across', 'inside']);
/** Prepositions that tie workers to the organisation they work for: "workers at X", "employees of X". */
const EMPLOYERS = new Set(['at', 'of']);
/** Sectors a group takes from where it is. GOV is left out: "officials in Moscow" may be foreign diplomats. */
const LOCAL_SECTORS = new Set(['OPP', 'REB', 'COP', 'MIL', 'CVL', 'EDU', 'LAB', 'REF', 'JRN', 'REL', 'BUS', 'AGR', 'CRM', 'MED', 'PTY', 'LEG', 'SOC']);

/**
 * A group noun phrase followed by "in COUNTRY": "Opposition groups in Zimbabwe" → ZWE OPP,
 * "Security forces in Guinea" → GIN COP, "rebels in Darfur" → SDN REB (a region gives its state),
 * "students throughout Indonesia" → IDN EDU. Runs after the other rules, on tokens no actor covers,
 * so "Iraqi police in Baghdad" keeps its demonym. A city gives its country too ("militias in
 * Tripoli"), chosen as the places rule chose it.
 */
export function resolveSectorInCountry(ctx: ActorContext, sentence: Sentence): void {
  const { doc, kb } = ctx;
  const tokens = doc.tokens;
  const covered = (start: number, end: number): boolean => ctx.actors.some((a) => a.span.start < end && start < a.span.end);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const hit = sectorPhraseAt(tokens, i, sentence.tokenEnd, kb);
    if (!hit || !LOCAL_SECTORS.has(hit.sector)) continue;
    // Longest noun phrase: "opposition groups" (OPP + group noun), "security forces".
    let last = i + hit.length - 1;
    while (last + 1 < sentence.tokenEnd && ['groups', 'group', 'parties', 'members', 'supporters', 'leaders', 'activists'].includes(tokens[last + 1]!.normal)) last++;
    const tie = tokens[last + 1];
    if (!tie) continue;
    let at = last + 2;
    if (tokens[at]?.normal === 'the') at++;
    const placeToken = tokens[at];
    if (!placeToken) continue;
    // "Dock workers at Norway Shipping", "workers of Kenya Airways": the staff of an organisation of a state
    // are of that state, in their own sector (the organisation stays an actor of its own).
    if (EMPLOYERS.has(tie.normal) && hit.sector === 'LAB') {
      const employer = ctx.actors.find((a) => a.span.start === placeToken.start && a.actorKind === 'organization' && a.code !== null);
      const start = tokens[i]!.start;
      if (employer && !covered(start, tokens[last]!.end)) {
        pushActor(ctx, {
          span: { start, end: employer.span.end }, text: doc.text.slice(start, employer.span.end), code: employer.code, sector: hit.sector, actorKind: 'group',
          name: `${kb.countries.get(employer.code!)?.name ?? employer.code} ${hit.sector}`, via: 'sector-in-place',
          evidence: [textSpan(doc, start, tokens[last]!.end), textSpan(doc, employer.span.start, employer.span.end)],
        });
        i = last;
      }
      continue;
    }
    if (!TIES.has(tie.normal)) continue;
    const m = doc.mentions.find((x) => x.span.start === placeToken.start && (x.label === 'GPE' || x.label === 'LOC'));
    const reading = m ? ctx.readings.get(m.id) : undefined;
    if (!m || !reading) continue;
    // The place the places rule chose wins over the name's first reading: "Tripoli" in a Lebanon story is LBN.
    let code = ctx.places.find((p) => p.span.start === m.span.start)?.countryCode ?? stateCodeOf(reading);
    if (!code) {
      const region = reading.refs.find((r) => r.type === 'region');
      code = region && region.type === 'region' ? (kb.regions.get(region.id) as KbRegion | undefined)?.countryCode ?? null : null;
    }
    const start = tokens[i]!.start;
    if (!code || covered(start, tokens[last]!.end)) continue;
    pushActor(ctx, {
      span: { start, end: m.span.end }, text: doc.text.slice(start, m.span.end), code, sector: hit.sector, actorKind: 'group',
      name: `${kb.countries.get(code)?.name ?? code} ${hit.sector}`, via: 'sector-in-place',
      evidence: [textSpan(doc, start, tokens[last]!.end), textSpan(doc, m.span.start, m.span.end)],
    });
    i = last;
  }
}
