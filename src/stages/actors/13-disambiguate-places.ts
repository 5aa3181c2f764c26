import type { ArticleDoc } from '../../core/document.js';
import type { GazetteerMatch, GazetteerRef, Kb } from '../../kb/index.js';
import { firstTokenFrom } from '../../core/search.js';
import { readResource, type ResourceHeader } from '../../kb/resource.js';

/** The state each reading of a name points to. */
export function codeOf(ref: GazetteerRef, kb: Kb): string | null {
  switch (ref.type) {
    case 'country': case 'capital': case 'demonym': return ref.code;
    case 'region': return kb.regions.get(ref.id)?.countryCode ?? null;
    case 'city': return kb.cities.get(ref.id)?.countryCode ?? null;
    default: return null;
  }
}

/** What joins a place to the larger place it lies in: "Richmond, Western Cape", "Tshidzini in northern Limpopo". */
const CONTAINED_IN = /^(?:, |\s+in\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?\s+|(?:east|west)(?:ern)?\s+|central\s+)?)$/i;

/**
 * The state of the province, US state or country a place name is written in: "Richmond,
 * Western Cape" (ZAF), "Hamilton, Waikato" (NZL), "Tripoli, Lebanon", "Tshidzini in northern
 * Limpopo". Not inside a list ("in Kano, Kaduna and Katsina": a comma before the name or
 * "and"/"or" after the larger place make the names items of one list), and not for a state's own
 * name. Null when no such place follows.
 */
export function containerOf(doc: ArticleDoc, mention: { span: { start: number; end: number } }, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb): { code: string; region: string | null } | null {
  const next = doc.mentions.find((m) => m.span.start > mention.span.end && m.span.start - mention.span.end <= 24);
  if (!next || !CONTAINED_IN.test(doc.text.slice(mention.span.end, next.span.start))) return null;
  if (/,\s*$/.test(doc.text.slice(Math.max(0, mention.span.start - 2), mention.span.start))) return null;
  if (/^\s*(?:,\s*)?(?:and|or)\b/i.test(doc.text.slice(next.span.end, next.span.end + 8))) return null;
  // "in Kabul, Pakistan said", "in Vienna, Iran's envoy said": the next name opens a clause of its own.
  const after = doc.tokens[firstTokenFrom(doc.tokens, next.span.end)];
  const comma = doc.text.slice(mention.span.end, next.span.start).startsWith(',');
  if (after && ((comma && (after.pos === 'VERB' || after.pos === 'AUX')) || /^['’]s$/.test(after.text))) return null;
  const refs = readings.get(next.id)?.refs ?? [];
  const codes = new Set(refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
  if (codes.size !== 1) return null;
  const [code] = codes as unknown as [string];
  const country = refs.some((r) => r.type === 'country');
  const region = refs.find((r) => provinceOf(r, kb) !== undefined);
  return country || region ? { code, region: region ? provinceOf(region, kb)! : null } : null;
}

/**
 * The name of a state's first-level division a reading is (a province, a US state: regions.json's or
 * the world gazetteer's), else undefined.
 */
export function provinceOf(ref: GazetteerRef, kb: Kb): string | undefined {
  if (ref.type === 'region') {
    const region = kb.regions.get(ref.id);
    return region?.level === 'region' ? region.name : undefined;
  }
  if (ref.type === 'city') {
    const city = kb.cities.get(ref.id);
    return city?.region === true ? city.name : undefined;
  }
  return undefined;
}

/** Default order when the context does not decide: a state, then its capital, a region, the most populous city. */
const RANK: Record<string, number> = { country: 0, capital: 1, demonym: 1, region: 2, city: 3 };

/**
 * Same-named places in different states ("Georgia" the country or the US state, "Tripoli" in Libya
 * or Lebanon, "Alexandria" in Egypt or Virginia) are read by the article's other, unambiguous
 * places: each reading scores 3 per mention of its own state, 1 per mention of a bordering state and
 * 0.5 per mention of a state in the same subregion, so a Caucasus story keeps Georgia the country and
 * a story datelined "Atlanta" gets the US state; a wrong-continent reading scores 0. On a tie the
 * default order holds (the country over a region, the most populous city).
 * A name two states bear ("Congo") that the context does not settle is the state it meant on the
 * publication date (country-aliases.json `sharedNames`).
 * Returns new readings with only the chosen state's refs.
 */
export function disambiguatePlaces(doc: ArticleDoc, readings: ReadonlyMap<string, GazetteerMatch>, kb: Kb): Map<string, GazetteerMatch> {
  const context = new Map<string, number>();
  const ambiguous: string[] = [];
  for (const m of doc.mentions) {
    const reading = readings.get(m.id);
    if (!reading) continue;
    const codes = new Set(reading.refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
    if (codes.size === 1) {
      const [code] = codes as unknown as [string];
      context.set(code, (context.get(code) ?? 0) + 1);
    } else if (codes.size > 1) ambiguous.push(m.id);
  }
  const score = (code: string): number => {
    const country = kb.countries.get(code);
    let total = 0;
    for (const [other, n] of context) {
      const neighbour = kb.countries.get(other);
      if (other === code) total += 3 * n;
      else if (country?.borders.includes(other)) total += n;
      else if (country?.subregion && country.subregion === neighbour?.subregion) total += 0.5 * n;
    }
    return total;
  };
  const out = new Map(readings);
  for (const id of ambiguous) {
    const reading = readings.get(id)!;
    const ranked = [...reading.refs]
      .map((ref) => ({ ref, code: codeOf(ref, kb) }))
      .filter((x): x is { ref: GazetteerRef; code: string } => x.code !== null)
      .map((x) => ({ ...x, score: score(x.code), rank: RANK[x.ref.type] ?? 9, population: x.ref.type === 'city' ? kb.cities.get(x.ref.id)?.population ?? 0 : Infinity }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank || b.population - a.population);
    // "Tripoli, Lebanon", "Georgia, US": the larger place written after a name says which it is.
    const mention = doc.mentions.find((m) => m.id === id)!;
    const container = containerOf(doc, mention, readings, kb)?.code;
    const chosen = (container !== undefined && ranked.some((r) => r.code === container) ? container : undefined)
      ?? sharedNameOn(doc, reading, ranked, kb) ?? ranked[0]!.code;
    const keep = reading.refs.filter((r) => codeOf(r, kb) === chosen || r.type === 'organisation' || r.type === 'user');
    out.set(id, { ...reading, refs: keep });
  }
  dropStrayTowns(doc, out, kb);
  // "Washington": the capital and the US state name one state; the capital reading is the one news means.
  for (const [id, reading] of out) {
    if (reading.refs.some((r) => r.type === 'capital' || r.type === 'country') && reading.refs.some((r) => r.type === 'region' && r.id.startsWith('region:us:'))) {
      out.set(id, { ...reading, refs: reading.refs.filter((r) => !(r.type === 'region' && r.id.startsWith('region:us:'))) });
    }
  }
  return out;
}

/** On a tie between states that share the name, the one the name meant on the publication date. */
function sharedNameOn(doc: ArticleDoc, reading: GazetteerMatch, ranked: readonly { code: string; score: number }[], kb: Kb): string | undefined {
  const dated = kb.sharedNames.get(reading.text);
  if (!dated || ranked.length < 2) return undefined;
  const tied = new Set(ranked.filter((r) => r.score === ranked[0]!.score).map((r) => r.code));
  // Undated articles read the name as it is used now: the range open at its end.
  const day = doc.source.publishedAt?.slice(0, 10);
  const meant = dated.find((d) => (day === undefined ? d.to === null : (d.from === null || d.from <= day) && (d.to === null || day <= d.to)));
  return meant && tied.has(meant.code) ? meant.code : undefined;
}

/** A division noun after a name: "Lac province", "Tillabéri region". */
const DIVISION_AFTER = /^\s+(?:province|region|state|department|district|county|prefecture|governorate)\b/i;
/**
 * A name inside a local facility's or site's name: "the Valle Hermoso fuel plant", "the Tarn water works". Only before a
 * noun of a site (site-nouns.json), at most one other lower-case word between: before a noun of the land around a place
 * ("the Afrin countryside", "the Afrin district") the town is real.
 */
interface SiteNouns extends ResourceHeader { readonly nouns: readonly string[] }
let siteNouns: ReadonlySet<string> | undefined;
function isSiteNoun(word: string): boolean {
  siteNouns ??= new Set(readResource<SiteNouns>('site-nouns.json').nouns);
  return siteNouns.has(word);
}
const ATTRIBUTIVE = {
  before: /\bthe\s+$/i,
  after: (text: string): boolean => {
    const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text);
    return words !== null && (isSiteNoun(words[1]!) || (words[2] !== undefined && isSiteNoun(words[2])));
  },
};

/**
 * A town only the world gazetteer knows, in a state the article names in no other way, is no place where the
 * words around it say it is something else: a division ("Lac province" in a Chadian story is not the Albanian
 * town of Laç, which is no province) or a word inside a local site's name ("the Valle Hermoso fuel plant" in a
 * Bolivian story is no Argentine village). A local name the gazetteer does not know is far more often what such
 * a word is. A town named alone ("talks at Ohrid") keeps its reading, and so do notes that name no state.
 */
function dropStrayTowns(doc: ArticleDoc, readings: Map<string, GazetteerMatch>, kb: Kb): void {
  const named = new Set<string>();
  const stray: string[] = [];
  for (const [id, reading] of readings) {
    const towns = reading.refs.length > 0 && reading.refs.every((r) => r.type === 'city' && r.id.startsWith('geo:') && kb.cities.get(r.id)?.region !== true);
    if (towns) stray.push(id);
    else for (const r of reading.refs) {
      const code = codeOf(r, kb);
      if (code !== null) named.add(code);
    }
  }
  if (named.size === 0) return;
  for (const id of stray) {
    const code = codeOf(readings.get(id)!.refs[0]!, kb);
    const mention = doc.mentions.find((m) => m.id === id);
    if (code === null || named.has(code) || !mention) continue;
    const before = doc.text.slice(Math.max(0, mention.span.start - 8), mention.span.start);
    const after = doc.text.slice(mention.span.end, mention.span.end + 32);
    if (DIVISION_AFTER.test(after) || (ATTRIBUTIVE.before.test(before) && ATTRIBUTIVE.after(after))) readings.delete(id);
  }
}
