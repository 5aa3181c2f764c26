import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import { startsUpper, titleCase } from './case.js';

/**
 * Religious, ethnic and regional groups written as names: "Kurds", "Sunni", "Roman Catholic",
 * "Southeast Asian" (NORP). Two-word names first (their second word may be a demonym's hit, which
 * the group replaces); a token already in another mention is skipped.
 */
export function findGroups(tokens: readonly Token[], from: number, to: number, shapes: NameShapes, taken: (t: Token) => boolean, shouted: boolean, isDemonym: (t: Token) => boolean = () => false): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const form = (t: Token) => (shouted ? titleCase(t.text) : t.text);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!startsUpper(t.text) || taken(t)) continue;
    const u = tokens[i + 1];
    // The second word may be a demonym of its own: "Central American", "South Asian" are groups, not the US or Asia.
    if (u && i + 1 < to && (!taken(u) || isDemonym(u)) && u.start === t.end + 1 && shapes.groupNames.has(`${form(t)} ${form(u)}`)) {
      out.push({ start: t.start, end: u.end });
      i++;
    } else if (shapes.groupNames.has(form(t))) {
      out.push({ start: t.start, end: t.end });
    }
  }
  return out;
}
