import type { PlaceLevel } from '../core/document.js';

/** A state (or former state) with the names news text uses for it. */
export interface KbCountry {
  readonly kind: 'country';
  /** ISO alpha-3, or the PLOVER code where it differs (Kosovo KOS), or ISO 3166-3 for former states (SUN). */
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  /** world-countries region ("Asia", "Europe", ...), null for curated former states. */
  readonly region: string | null;
  readonly subregion: string | null;
  readonly borders: readonly string[];
  readonly independent: boolean;
}

/** A city from city-timezones (English names, population for disambiguation). */
export interface KbCity {
  readonly kind: 'city';
  readonly id: string;
  readonly name: string;
  readonly countryCode: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly province: string;
  /** True when the city is a capital of `countryCode` (from world-countries or our alias file). */
  readonly capital: boolean;
  /** A state's first-level division (a province, a US state) read from the world gazetteer: "Western Cape", "Waikato". */
  readonly region?: true;
}

/** An international, national or non-governmental organisation. */
export interface KbOrganisation {
  readonly kind: 'organisation';
  readonly id: string;
  readonly name: string;
  /** PLOVER code: UNO, EUR, IGO, NGO, IMG, ... or a state's ISO code for national bodies. */
  readonly code: string;
  readonly sector: string | null;
  readonly names: readonly string[];
  readonly acronyms: readonly string[];
  /** Names the bodies of many states bear ("Senate", "Congress"): this body's only where the text gives no other state. */
  readonly sharedNames: readonly string[];
}

/** A region, disputed territory or multi-country area (curated, see resources/kb/regions.json policy). */
export interface KbRegion {
  readonly kind: 'region';
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly countryCode: string | null;
  readonly alternatives?: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly level: PlaceLevel;
  readonly disputed: boolean;
}

/** What a gazetteer name can refer to. One name may have several (Washington: capital of USA and a city). */
export type GazetteerRef =
  | { readonly type: 'country'; readonly code: string }
  | { readonly type: 'demonym'; readonly code: string }
  | { readonly type: 'capital'; readonly code: string }
  | { readonly type: 'city'; readonly id: string }
  | { readonly type: 'region'; readonly id: string }
  | { readonly type: 'organisation'; readonly id: string }
  /** An entry of a user dictionary (`Kb.userEntries`). */
  | { readonly type: 'user'; readonly id: string };

/** A gazetteer hit in a text: half-open span plus every reading of the name. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly refs: readonly GazetteerRef[];
}
