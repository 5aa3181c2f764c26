import type { MentionLabel } from '../../core/document.js';
import type { GazetteerMatch, Kb } from '../../kb/index.js';
import { titleCase } from './case.js';

/** Label of a gazetteer hit from its readings: a user entry wins, then an organisation, a state, a region. */
export function labelOf(match: GazetteerMatch, kb: Kb): MentionLabel {
  // A user's entry says what the name is: "Putin" (person) is a PERSON, "Wagner Group" an ORG.
  const user = match.refs.find((r) => r.type === 'user');
  if (user && user.type === 'user') return kb.userEntries.get(user.id)?.entry.kind === 'person' ? 'PERSON' : 'ORG';
  const types = new Set(match.refs.map((r) => r.type));
  if (types.has('organisation')) return 'ORG';
  if (types.has('country') || types.has('capital')) return 'GPE';
  if (types.has('demonym')) return 'NORP';
  const region = match.refs.find((r) => r.type === 'region');
  if (region && region.type === 'region') return kb.regions.get(region.id)?.level === 'city' ? 'GPE' : 'LOC';
  return 'GPE';
}

export interface GazetteerCandidate { start: number; end: number; label: MentionLabel; match: GazetteerMatch }

const PLACE_TYPES = new Set(['country', 'capital', 'city', 'region']);

/**
 * Names from the knowledge base found in one sentence, as candidate mentions. The gazetteer is
 * case-sensitive ("Chad", never "chad"), so words in capitals are looked up again in title case:
 * datelines ("KHARTOUM, Sudan", "KYIV, Ukraine") and headlines written in capitals. In a sentence
 * of ordinary case only places of four letters or more are read that way ("BATH" stays a word
 * there, "AL" never becomes a place); in a shouted sentence every reading counts.
 */
export function matchGazetteer(text: string, from: number, to: number, kb: Kb, shouted = false): GazetteerCandidate[] {
  const direct = kb.match(text, from, to);
  const sentence = text.slice(from, to);
  if (!/\p{Lu}{2}/u.test(sentence)) return direct.map((match) => ({ start: match.start, end: match.end, label: labelOf(match, kb), match }));
  const folded = kb.match(titleCase(sentence))
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from, text: text.slice(m.start + from, m.end + from) }))
    .filter((m) => {
      if (m.text === titleCase(m.text) || m.text !== m.text.toUpperCase()) return false;
      if (direct.some((d) => d.start < m.end && m.start < d.end)) return false;
      return shouted || ((m.text.match(/\p{L}/gu)?.length ?? 0) >= 4 && m.refs.every((r) => PLACE_TYPES.has(r.type)));
    });
  return [...direct, ...folded].sort((a, b) => a.start - b.start).map((match) => ({ start: match.start, end: match.end, label: labelOf(match, kb), match }));
}
