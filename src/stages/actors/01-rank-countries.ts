import type { ArticleDoc } from '../../core/document.js';
import type { GazetteerMatch, Kb } from '../../kb/index.js';
import { sentenceHolding } from '../../core/search.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { tokenFrom } from './context.js';
import { headSectorAfter } from './phrases.js';

/** Country code a gazetteer reading points to, if it names or modifies a state. */
export function stateCodeOf(match: GazetteerMatch): string | null {
  for (const r of match.refs) if (r.type === 'country' || r.type === 'demonym' || r.type === 'capital') return r.code;
  return null;
}

/** The one state every reading of a place name lies in ("Cochabamba" → BOL), or null. */
export function placeCountryOf(match: GazetteerMatch, kb: Kb): string | null {
  const codes = new Set(match.refs.map((r) => r.type === 'city' ? kb.cities.get(r.id)?.countryCode : r.type === 'region' ? kb.regions.get(r.id)?.countryCode : undefined));
  const [code] = [...codes];
  return codes.size === 1 && code ? code : null;
}

/**
 * Ranks the document's countries, to resolve "both sides" and to prefer consistent places.
 * The two main parties are the pair most often coordinated ("Armenia and Azerbaijan",
 * "Baku and Yerevan"); a mediator mentioned more often (the US in a peace-talks story) is
 * rarely coordinated with a party, so coordination beats raw counts. Headline mentions count double.
 * With no coordinated pair there is none: the two most named states are as often a party and its
 * mediator ("Congo's army and the M23 rebels …, Qatari mediators said"), whose "both sides" are
 * the army and the rebels, not Congo and Qatar.
 */
export function rankCountries(doc: ArticleDoc, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb): { salience: Map<string, number>; pair: string[] } {
  const salience = new Map<string, number>();
  const pairs = new Map<string, number>();
  const firstParagraphEnd = doc.paragraphs[0]?.end ?? 0;
  const coded = doc.mentions
    .map((m) => ({ m, code: readings.has(m.id) ? stateCodeOf(readings.get(m.id)!) : null }))
    .filter((x): x is { m: typeof x.m; code: string } => x.code !== null);
  coded.forEach(({ m, code }, i) => {
    salience.set(code, (salience.get(code) ?? 0) + (m.span.start < firstParagraphEnd ? 2 : 1));
    const next = coded[i + 1];
    if (next && next.code !== code && /^\s*(and|&|,)\s*$/.test(doc.text.slice(m.span.end, next.m.span.start))) {
      const key = [code, next.code].sort().join('+');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  });
  // A place of one state ("Cochabamba", "the Chapare") says where the story is as much as the state's
  // name: a story told through its towns, naming its own state once and a state abroad once, is about
  // its own. Counted for salience only, not for the coordinated pair; each distinct place once, so a town
  // named again and again does not stand for the state more than its name. (At half a name's weight, a
  // story told through its towns lost to the neighbour it names once.)
  const placeWeights = new Map<string, number>();
  const places = new Set<string>();
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    if (!reading || stateCodeOf(reading) !== null) continue;
    const code = placeCountryOf(reading, kb);
    if (!code || places.has(m.text.toLowerCase())) continue;
    places.add(m.text.toLowerCase());
    placeWeights.set(code, (placeWeights.get(code) ?? 0) + (m.span.start < firstParagraphEnd ? 2 : 1));
  }
  // A state named as the owner of an acting office ("Kenya's trade minister toured …", `namesOffice`) is a
  // side of the story: the places of another state never lift that state to its weight, and it wins a tie of names.
  const officeStates = new Set(coded.filter(({ m }) => namesOffice(doc, m.span, kb)).map(({ code }) => code));
  const officeTop = Math.max(0, ...[...officeStates].map((c) => (salience.get(c) ?? 0) + (placeWeights.get(c) ?? 0)));
  for (const c of officeStates) salience.set(c, (salience.get(c) ?? 0) + (placeWeights.get(c) ?? 0) + 0.5);
  for (const [code, w] of placeWeights) {
    if (officeStates.has(code)) continue;
    const own = salience.get(code) ?? 0;
    salience.set(code, own + (officeStates.size > 0 ? Math.min(w, Math.max(0, officeTop - own - 0.25)) : w));
  }
  const bestPair = [...pairs.entries()].sort((a, b) => b[1] - a[1])[0];
  const pair = bestPair ? bestPair[0].split('+').sort((a, b) => (salience.get(b) ?? 0) - (salience.get(a) ?? 0)) : [];
  return { salience, pair };
}

/** A state's name set before the possessive of a state office ("Kenya's trade minister", "Peru's army"). */
function namesOffice(doc: ArticleDoc, span: { start: number; end: number }, kb: Kb): boolean {
  const tokens = doc.tokens;
  const i = tokenFrom(tokens, span.end);
  const sentence = sentenceHolding(doc.sentences, span.start, span.end);
  if (i < 0 || !sentence || i + 1 >= sentence.tokenEnd || !["'s", '’s'].includes(tokens[i]!.normal)) return false;
  const head = headSectorAfter(tokens, i + 1, sentence.tokenEnd, kb, (t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (head === null || !loadGroupNouns().stateSectors.has(head.sector)) return false;
  // Only an office that acts with its holder unnamed ("Kenya's trade minister toured …") is the state of an
  // officer named later by title alone; "Rwanda's President Paul Kagame" names its holder, and an office
  // acted on ("expelled Rwanda's ambassador") is the other side of a story told through its own towns.
  const k = tokenFrom(tokens, head.end);
  return k >= 0 && k < sentence.tokenEnd && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
}
