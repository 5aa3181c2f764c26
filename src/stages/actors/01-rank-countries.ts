import type { ArticleDoc } from '../../core/document.js';
import type { GazetteerMatch, Kb } from '../../kb/index.js';

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
  // its own. Counted for salience only, not for the coordinated pair.
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    if (!reading || stateCodeOf(reading) !== null) continue;
    const code = placeCountryOf(reading, kb);
    if (!code) continue;
    salience.set(code, (salience.get(code) ?? 0) + (m.span.start < firstParagraphEnd ? 2 : 1));
  }
  const bestPair = [...pairs.entries()].sort((a, b) => b[1] - a[1])[0];
  const pair = bestPair ? bestPair[0].split('+').sort((a, b) => (salience.get(b) ?? 0) - (salience.get(a) ?? 0)) : [];
  return { salience, pair };
}
