import type { ActorMention } from '../core/document.js';
import { loadKb } from '../kb/index.js';
import { nameShapes } from '../kb/names.js';

/**
 * Whether a resolved person is one, as far as the article shows, so the corpus memory may learn
 * it. The name finder labels two to four capitalised words a person when nothing else in them is
 * telling, and a state before them ("Nigeria's Kwara State", "Kenya's Serena Hotel") or
 * after them ("… of Chile") then gives them a country: taught as they were, regions, hotels and
 * squares became "people", and their last word ("State") a surname that made every capitalised
 * "State" a person in later articles. So a lesson needs evidence of a person:
 *
 * - an office title in the words that resolved it: before the name ("King Harald of Norway"), or
 *   in an apposition ("Qadiri Wardak, the army spokesman"); or a given name as its first
 *   word (resources/kb/given-names.json: "Chile's Gabriel Boric");
 * - and nothing of a place's, an organisation's or an event's name: not its head as the last
 *   word ("… State", "… Hotel", "… Square", "… Council"), not a place's first word ("Mount …",
 *   "Plaza …"; resources/kb/names.json), not an office title itself ("Prime Minister", read as a
 *   name where the finder missed the person after it).
 */
export function hasPersonEvidence(actor: ActorMention): boolean {
  const words = actor.name.split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first || !/^\p{Lu}/u.test(first)) return false;
  const shapes = nameShapes();
  const kb = loadKb();
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1]!;
  if (words.length >= 2 && ([shapes.placeHeads, shapes.orgHeads, shapes.eventHeads].some((heads) => heads.has(last)) || shapes.placeLeads.has(lower[0]!))) return false;
  if (containsTitle(lower, kb.officeTitles, 2)) return false;
  // The evidence the actors stage kept: the title before the name, the apposition after it.
  const titled = actor.evidence.some((e) => !actor.name.includes(e.text) && containsTitle(e.text.toLowerCase().split(/[\s-]+/), kb.officeTitles, 1));
  return titled || (words.length >= 2 && shapes.isGivenName(lower[0]!));
}

/** Whether some run of at least `minWords` of the words is an office title. */
function containsTitle(words: readonly string[], titles: ReadonlyMap<string, string>, minWords: number): boolean {
  for (let i = 0; i < words.length; i++) {
    for (let j = i + minWords; j <= words.length; j++) if (titles.has(words.slice(i, j).join(' '))) return true;
  }
  return false;
}
