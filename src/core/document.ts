import type { Diagnostic } from './diagnostic.js';
import type { OffsetMap } from './offset-map.js';
import type { Span, TextSpan } from './span.js';

/** Where a stage's record came from: `stage@version` and, where used, the resource version. */
export interface Origin {
  readonly stage: string;
  readonly resource?: string;
}

/** How the publication date was found. */
export type PublishedProvenance =
  | 'cli' | 'input-field' | 'json-ld' | 'meta' | 'time-element' | 'url' | 'dateline' | 'feed' | 'warc' | 'none';

/** Metadata about the input article. */
export interface SourceInfo {
  /** What the user gave: a path, a URL, `-` for stdin, or `file.jsonl#12`. */
  uri: string;
  /**
   * The input's own id, so events can be joined back to the articles they came from: a JSONL
   * record's `id`, a feed item's `guid`, a `WARC-Record-ID`, a sidecar's `id`, or else the file's
   * path relative to the folder that was given (`2022/10/story.txt`). Absent: `uri` stands in.
   */
  id?: string;
  format: 'text' | 'html';
  url?: string;
  title?: string;
  /** Publication date as ISO `YYYY-MM-DD` (or a full ISO timestamp). The reference date for relative dates. */
  publishedAt?: string;
  publishedProvenance?: PublishedProvenance;
  siteName?: string;
  author?: string;
  /** ISO 639-1 code from language detection (e.g. `en`). */
  language?: string;
}

export type Pos = string; // Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, NUM, PUNCT, ... (src/syntax's tagger; wink-nlp's before the syntax stage)

/** A token of the cleaned text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased normal form. */
  readonly normal: string;
  readonly pos: Pos;
  /** Lemma (base form) where the tagger gives one, else `normal`. */
  readonly lemma: string;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
  /** Penn Treebank tag (VBD, NNS, …) from the syntax stage. */
  readonly tag?: string;
  /** Index in `doc.tokens` of the syntactic head; -1 for the root of its sentence. Set by the syntax stage. */
  readonly head?: number;
  /** Universal Dependencies relation to the head (`nsubj`, `obl:agent`, `root`, …). Set by the syntax stage. */
  readonly dep?: string;
}

export interface Sentence {
  readonly id: string;
  readonly index: number;
  readonly span: Span;
  /** Index range `[tokenStart, tokenEnd)` into `doc.tokens`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Paragraph number (0-based) in the cleaned text. */
  readonly paragraph: number;
}

/** OntoNotes' labels; PRODUCT is a named vessel or vehicle ("HMS Argyll"). */
export type MentionLabel = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'PRODUCT';

/** A named-entity mention. */
export interface Mention {
  readonly kind: 'mention';
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  readonly label: MentionLabel;
  readonly origin: Origin;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'century';

/**
 * A temporal expression normalised against the publication date, TimeML-style.
 * `value` is truncated to `precision`: `2022-10-04`, `2022-09`, `2020`, `199` (a decade), `19` (a century).
 */
export interface TimeExpression {
  readonly kind: 'time';
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  /** `point` a date; `range` from value to `end`; `since` open range from value; `duration` a length (value like `P6W`). */
  readonly type: 'point' | 'range' | 'since' | 'duration';
  readonly value: string;
  readonly precision: DatePrecision;
  /** For `range`: the end value (same format). */
  readonly end?: string;
  /** For durations: ISO 8601 duration such as `P6W`. */
  readonly duration?: string;
  /** Whether the value came from the text alone (absolute) or was resolved against the publication date. */
  readonly anchored: 'absolute' | 'publication' | 'narrative';
  /** The rule that produced it, for explanations. */
  readonly rule: string;
  readonly origin: Origin;
}

export type QuantityQualifier =
  | 'exact' | 'at least' | 'more than' | 'about' | 'up to' | 'less than' | 'at most' | 'several' | 'dozens' | 'hundreds' | 'thousands' | 'range';

export type QuantityCategory =
  | 'dead' | 'injured' | 'arrested' | 'released' | 'persons' | 'troops' | 'displaced' | 'missing' | 'other';

/** A counted quantity ("at least 286 people were killed"). */
export interface Quantity {
  readonly kind: 'quantity';
  readonly id: string;
  /** Span of the number with its qualifier ("At least 286"). */
  readonly span: Span;
  readonly text: string;
  readonly value: number;
  /** For ranges ("20 to 30"): the upper value. */
  readonly max?: number;
  readonly qualifier: QuantityQualifier;
  /** The counted noun ("people", "prisoners of war", "soldiers"), if found. */
  readonly head?: TextSpan;
  /** What the count measures, from the head noun and the governing verb. */
  readonly category: QuantityCategory;
  /** Evidence for the category (the verb or noun that decided it). */
  readonly cue?: TextSpan;
  /**
   * A running total or rhetorical toll, not the count of one act ("the war has killed 500,000
   * since 2011", "so far this year", "in total"): kept, but never summed with other counts.
   */
  readonly cumulative?: true;
  /** The words that made it cumulative ("since 2011", "has killed"). */
  readonly cumulativeCue?: TextSpan;
  readonly origin: Origin;
}

/** PLOVER actor kinds the resolver distinguishes. */
export type ActorKind = 'country' | 'person' | 'organization' | 'igo' | 'group' | 'collective';

/** An actor mention resolved to a country (ISO alpha-3 or PLOVER's IGO/UNO/EUR/NGO codes) and sector. */
export interface ActorMention {
  readonly kind: 'actor';
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  /** ISO-3166 alpha-3, or a PLOVER organisation code (IGO, UNO, EUR, NGO, ...). Null when unknown. */
  readonly code: string | null;
  /** PLOVER sector (GOV, MIL, REB, CVL, ...), null when not known. */
  readonly sector: string | null;
  readonly actorKind: ActorKind;
  /** Canonical name ("Nikol Pashinyan", "Azerbaijan", "United Nations"). */
  readonly name: string;
  /** For collectives ("both sides", "the two"): the member codes. */
  readonly members?: readonly string[];
  /**
   * For a collective that stands for two parties of one state ("the police and opposition supporters … both sides"):
   * those parties, each with its own sector (its `members` then hold the one state's code).
   */
  readonly memberParties?: readonly { readonly code: string; readonly sector: string | null }[];
  /** How it was resolved: 'country-name', 'demonym', 'capital-metonym', 'title', 'coreference', 'memory', 'dictionary', ... */
  readonly via: string;
  /** Spans that justified the resolution (title, demonym, earlier full mention). */
  readonly evidence: readonly TextSpan[];
  /**
   * A dictionary entry's codes over time (leaders and officials: Barack Obama is USA ELI until
   * 2000, USA GOV from 2009-01-21). `code`/`sector` are those in force on the date of the mention's
   * sentence (else the publication date); the events stage reads them again at the event's date.
   */
  readonly dated?: readonly DatedCode[];
  readonly origin: Origin;
}

/** One code of a dated dictionary entry, in force from `from` to `to` (inclusive ISO days; null = open; both null = undated). */
export interface DatedCode {
  readonly code: string | null;
  readonly sector: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The code in force on a day, as PETRARCH reads dated entries: the first dated code whose range
 * holds it, else the first undated one, else none. A date of coarser precision stands for its
 * middle ("2014" → 2014-07-01, "2014-03" → 2014-03-15).
 */
export function datedCodeOn(dated: readonly DatedCode[], date: string): { code: string | null; sector: string | null } {
  const day = /^\d{4}$/.test(date) ? `${date}-07-01` : /^\d{4}-\d{2}$/.test(date) ? `${date}-15` : date.slice(0, 10);
  const hit = dated.find((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= day) && (c.to === null || day <= c.to))
    ?? dated.find((c) => c.from === null && c.to === null);
  return hit ? { code: hit.code, sector: hit.sector } : { code: null, sector: null };
}

export type PlaceLevel = 'city' | 'region' | 'country' | 'site';

/** A place mention with coordinates. */
export interface PlaceMention {
  readonly kind: 'place';
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  readonly name: string;
  readonly countryCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly level: PlaceLevel;
  readonly origin: Origin;
}

export type Modality = 'asserted' | 'reported' | 'hypothetical' | 'future' | 'negated';

/** One party of an event in the CLI/JSONL contract. */
export interface EventParty {
  readonly code: string | null;
  readonly sector: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SizeValue {
  readonly value: number;
  readonly qualifier: QuantityQualifier;
  readonly max?: number;
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  /** A running total or rhetorical toll (see `Quantity.cumulative`): shown, never summed or used to size a map. */
  readonly cumulative?: true;
}

/**
 * The article an event came from, on every event record: `id` is the input's own id (see
 * `SourceInfo.id`; `doc_id` stays the content hash), `outlet` the site or feed name, `published`
 * the publication date as found (`2022-10-04` or an ISO timestamp). Unknown fields are null.
 */
export interface EventSource {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
}

/** The `source` of the events of a document with this SourceInfo. */
export function eventSourceOf(source: SourceInfo): EventSource {
  return {
    id: source.id ?? source.uri,
    url: source.url ?? null,
    title: source.title ?? null,
    outlet: source.siteName ?? null,
    published: source.publishedAt ?? null,
  };
}

/** A coded PLOVER event. Field names follow the CLI JSONL contract. */
export interface CodedEvent {
  readonly kind: 'event';
  id: string;
  /** The content hash of the document (`ArticleDoc.id`). */
  doc_id: string;
  /** The article it came from: its own id, URL, title, outlet and publication date. */
  source: EventSource;
  event: string;
  mode: string | null;
  context: string[];
  actor: EventParty[];
  recipient: EventParty[];
  third_party: EventParty[];
  date: string | null;
  date_precision: DatePrecision | null;
  /** Where the date came from: the governing time expression, or the publication date. */
  date_source: { rule: string; text?: string; start?: number; end?: number };
  background: boolean;
  modality: Modality;
  size: Partial<Record<QuantityCategory, SizeValue>>;
  /**
   * Where the act happened: `name` as the text writes it ("Alto Parana department", the evidence), `resolved` the
   * gazetteer's name of the place it was geocoded to ("Alto Paraná Department"), when that differs or is known.
   */
  event_loc: { name: string; resolved?: string; country_code: string | null; lat: number | null; lon: number | null; level: PlaceLevel; start?: number; end?: number } | null;
  /**
   * The sentence and trigger words the event was coded from; `mentions` holds the other places the
   * article tells the same act (headline, lead, recap) that were merged into it.
   */
  evidence: { sentence: TextSpan; trigger: TextSpan; mentions?: { sentence: TextSpan; trigger: TextSpan }[] };
  confidence: number;
  /** CAMEO code for export, from the official mapping (null when none fits). */
  cameo: string | null;
  /** Human-readable reasons for the coded fields (the `explain` view). */
  why: string[];
  origin: { stage: string; resources: string[] };
}

/** The one document model every stage reads and writes. */
export interface ArticleDoc {
  id: string;
  source: SourceInfo;
  /** The original input (HTML or text). */
  raw: string;
  /** The cleaned main text; set once by `clean`, never rewritten. */
  text: string;
  offsetMap: OffsetMap;
  /** Paragraph spans in `text`. */
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  times: TimeExpression[];
  quantities: Quantity[];
  actors: ActorMention[];
  places: PlaceMention[];
  events: CodedEvent[];
  diagnostics: Diagnostic[];
  /** Per-stage wall time in ms (for benchmarks). */
  timings: Record<string, number>;
}

/** Creates an empty document for an input; `clean` fills `text`. */
export function createDoc(id: string, source: SourceInfo, raw: string): ArticleDoc {
  return {
    id, source, raw, text: '', offsetMap: [], paragraphs: [], sentences: [], tokens: [], mentions: [],
    times: [], quantities: [], actors: [], places: [], events: [], diagnostics: [], timings: {},
  };
}
