import type { MentionLabel } from '../../core/document.js';
import type { GazetteerMatch, Kb } from '../../kb/index.js';

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

/** Names from the knowledge base found in one sentence, as candidate mentions. */
export function matchGazetteer(text: string, from: number, to: number, kb: Kb): { start: number; end: number; label: MentionLabel; match: GazetteerMatch }[] {
  return kb.match(text, from, to).map((match) => ({ start: match.start, end: match.end, label: labelOf(match, kb), match }));
}
