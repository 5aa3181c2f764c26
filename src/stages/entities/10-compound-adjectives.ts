import type { Token } from '../../core/document.js';
import type { NameShapes } from '../../kb/names.js';
import { type Candidate, tokenAtOffset } from './candidates.js';

/** Labels whose name makes an adjective with a suffix: "Saudi-led", "Kurdish-controlled", "Hamas-run". */
const SUFFIXED = new Set(['GPE', 'LOC', 'NORP', 'ORG']);

/**
 * Adjectives made of names (a NORP, CoNLL's MISC): a name joined by a hyphen to a participle
 * ("Saudi-led coalition", "Moscow-backed leader", "Kurdish-controlled north"), a prefix before a
 * name ("pro-Moscow", "anti-Western", "ex-Soviet"), two nationalities joined ("Arab-Israeli talks",
 * "Turkish-Kurdish"), and a nationality before a people's name or another nationality ("Syrian Kurds", "Bosnian Serb",
 * "Iraqi Kurdish"). The adjective describes a party rather than naming one, so the names inside it keep
 * their own mentions, nested in the adjective: the actors stage reads "Saudi" of "Saudi-led" as the
 * coalition's leader and "Iraqi" of "Iraqi Kurdish leaders" as their state, as it did without it.
 * A name cut by another mention ("Saudi accord" read as an event) makes no adjective.
 */
export function addCompoundAdjectives(text: string, tokens: readonly Token[], shapes: NameShapes, candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const startingAt = new Map<number, Candidate>();
  for (const c of sorted) if (!startingAt.has(c.start)) startingAt.set(c.start, c);
  const added: Candidate[] = [];
  for (const c of sorted) {
    if (added.some((a) => a.start <= c.start && c.end <= a.end)) continue;
    let start = c.start;
    let end = c.end;
    // The tagger keeps "anti-American" one word; "Saudi-led" is split at the hyphen.
    const prefix = /(?:^|[^\p{L}\p{N}-])(\p{L}+)-$/u.exec(text.slice(Math.max(0, c.start - 16), c.start));
    if (prefix && shapes.compoundPrefixes.has(prefix[1]!.toLowerCase())) start = c.start - prefix[1]!.length - 1;
    // Nationalities joined by hyphens: "Arab-Israeli", "German-Polish-Czech".
    let last = c;
    for (;;) {
      const j = tokenAtOffset(tokens, 0, tokens.length, last.end);
      const dash = tokens[j];
      const next = dash?.text === '-' && dash.start === last.end ? startingAt.get(dash.end) : undefined;
      if (!next || next.label !== 'NORP' || (last.label !== 'NORP' && last.label !== 'GPE')) break;
      last = next;
      end = next.end;
    }
    const j = tokenAtOffset(tokens, 0, tokens.length, end);
    const dash = tokens[j];
    const word = tokens[j + 1];
    if (SUFFIXED.has(last.label) && dash?.text === '-' && dash.start === end && word !== undefined && word.start === dash.end
      && word.sentence === dash.sentence && /^\p{Ll}/u.test(word.text) && shapes.compoundSuffixes.has(word.normal)) end = word.end;
    // A nationality right before a people's name: "Syrian Kurds", "Bosnian Serb".
    if (start === c.start && end === c.end && c.label === 'NORP') {
      const next = startingAt.get(c.end + 1);
      if (next && next.label === 'NORP' && text[c.end] === ' ') {
        end = next.end;
      }
    }
    if (start === c.start && end === c.end) continue;
    // A mention crossing the adjective's edge means the words were read otherwise.
    if (sorted.some((o) => o.start < end && start < o.end && (o.start < start || o.end > end))) continue;
    if (sorted.some((o) => o.start === start && o.end === end)) continue;
    added.push({ start, end, label: 'NORP' });
  }
  // A prefix before a capitalised word no finder took is an adjective too: "pro-Houthi", "anti-Junta".
  for (const t of tokens) {
    const m = /^(\p{L}+)-\p{Lu}\p{Ll}+$/u.exec(t.text);
    if (!m || !shapes.compoundPrefixes.has(m[1]!.toLowerCase()) || sorted.some((o) => o.start < t.end && t.start < o.end)) continue;
    added.push({ start: t.start, end: t.end, label: 'NORP' });
  }
  return [...candidates, ...added];
}
