import type { Token } from '../../core/document.js';
import { type Candidate, tokenAtOffset } from './candidates.js';

/** Words that join the members of a list: "Khan Younis and Deir Balah", "Gao, Kidal or Menaka". */
const JOINERS = new Set(['and', 'or', ',']);
/** Gazetteer readings of a place (a nationality's adjective is no place to be listed with). */
const PLACE_READINGS = new Set(['city', 'capital', 'region', 'country']);

/**
 * A list holds names of one kind: a name guessed to be a person's from capitals alone, listed right beside
 * a place ("struck Rafah and Tal Zaatar", "in Gao, Ber Kelta and Kidal"), is a place too, and one listed
 * beside an organisation the gazetteer knows ("Hamas and Saraya Quds") an organisation. A person named with
 * evidence (a title, a given name, a word of a person already named) stays one: "Putin and Ilham Aliyev".
 */
export function labelCoordinatedNames(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  const out = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const outer = out.filter((c) => !out.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start));
  const kindOf = (c: Candidate): 'LOC' | 'ORG' | null => {
    const readings = c.readings ?? [];
    if ((c.label === 'GPE' || c.label === 'LOC') && (readings.length === 0 ? c.label === 'LOC' : readings.every((r) => PLACE_READINGS.has(r)))) return 'LOC';
    if (c.label === 'ORG' && readings.includes('organisation')) return 'ORG';
    return null;
  };
  // How two names of one sentence are joined: by "and"/"or" (", and" too), by a comma alone, or not at all.
  const joined = (a: Candidate, b: Candidate): 'and' | 'comma' | null => {
    const i = tokenAtOffset(tokens, 0, tokens.length, a.end);
    const j = tokenAtOffset(tokens, i, tokens.length, b.start);
    if (j <= i || j - i > 2 || tokens[i]!.sentence !== tokens[j]?.sentence) return null;
    for (let k = i; k < j; k++) if (!JOINERS.has(tokens[k]!.normal)) return null;
    return tokens.slice(i, j).some((t) => t.normal !== ',') ? 'and' : 'comma';
  };
  const relabelled = new Map<Candidate, 'LOC' | 'ORG'>();
  for (let changed = true; changed;) {
    changed = false;
    outer.forEach((c, n) => {
      if (c.label !== 'PERSON' || c.sure || relabelled.has(c)) return;
      // A comma alone makes a list only where "and" or "or" closes it ("Gao, Ber Kelta and Kidal"); else it may end
      // an opening phrase ("In Gao, Ber Kelta's men …").
      const joins = [outer[n - 1], outer[n + 1]].map((o) => (o === undefined ? null : o.end <= c.start ? joined(o, c) : joined(c, o)));
      const listed = joins.includes('and') || (joins[1] === 'comma' && outer[n + 2] !== undefined && joined(outer[n + 1]!, outer[n + 2]!) !== null);
      if (!listed) return;
      const neighbours = [outer[n - 1], outer[n + 1]].filter((o, k): o is Candidate => o !== undefined && joins[k] !== null);
      const kinds = new Set(neighbours.map((o) => relabelled.get(o) ?? kindOf(o)).filter((k) => k !== null));
      if (kinds.size !== 1) return;
      relabelled.set(c, [...kinds][0]!);
      changed = true;
    });
  }
  return out.map((c) => (relabelled.has(c) ? { start: c.start, end: c.end, label: relabelled.get(c)! } : c));
}
