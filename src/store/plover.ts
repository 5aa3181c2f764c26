import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** resources/ontology/plover.json, shipped with the package (two folders up from src/store and dist/store). */
const PLOVER_URL = new URL('../../resources/ontology/plover.json', import.meta.url);

interface PloverType {
  readonly event: string;
  readonly quad_code: number;
  readonly plover_score: number;
  readonly modes: readonly { readonly mode: string; readonly plover_score?: number | null }[];
}

interface PloverFile {
  readonly event_types: PloverType[];
  readonly actor_model: {
    readonly nonstate_country_codes: Readonly<Record<string, string>>;
    /** Sector code → what it covers. */
    readonly sector_codes_frequent: Readonly<Record<string, string>>;
    readonly sector_codes_less_frequent: Readonly<Record<string, string>>;
  };
}

let ontology: PloverFile | undefined;
let types: Map<string, PloverType> | undefined;

function file(): PloverFile {
  ontology ??= JSON.parse(readFileSync(fileURLToPath(PLOVER_URL), 'utf8')) as PloverFile;
  return ontology;
}

function table(): Map<string, PloverType> {
  types ??= new Map(file().event_types.map((type) => [type.event, type]));
  return types;
}

/** PLOVER's event types, in the ontology's order (AGREE … ASSAULT). */
export function ploverTypes(): string[] {
  return [...table().keys()];
}

/** The modes of one PLOVER type, or of every type when none is given (sorted, each once). */
export function ploverModes(event?: string): string[] {
  const of = event === undefined ? [...table().values()] : [table().get(event)].filter((t) => t !== undefined);
  return [...new Set(of.flatMap((type) => type.modes.map((m) => m.mode)))].sort();
}

/** PLOVER's actor sectors (GOV, MIL, REB, …). */
export function ploverSectors(): string[] {
  const { sector_codes_frequent: frequent, sector_codes_less_frequent: rest } = file().actor_model;
  return [...Object.keys(frequent), ...Object.keys(rest)];
}

/** PLOVER's codes for actors that are not states (IGO, UNO, EUR, NGO, …). */
export function nonStateCodes(): string[] {
  return Object.keys(file().actor_model.nonstate_country_codes);
}

/** PLOVER quad class of an event type: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict; null if unknown. */
export function quadClass(event: string): number | null {
  return table().get(event)?.quad_code ?? null;
}

/** Whether a quad class is cooperation (1–2) rather than conflict (3–4). */
export function isCooperation(quad: number): boolean {
  return quad <= 2;
}

/**
 * The PLOVER conflict–cooperation score of a type and mode (the mode's score where it has one):
 * ASSAULT -9, ASSAULT/aerial -9.5, CONSULT 2.5, CONSULT/visit 4. Null for an unknown type.
 * Exports use it as a stand-in for GDELT's Goldstein scale (same -10…+10 range, not the same scale).
 */
export function ploverScore(event: string, mode: string | null): number | null {
  const type = table().get(event);
  if (type === undefined) return null;
  const modeScore = mode === null ? undefined : type.modes.find((m) => m.mode === mode)?.plover_score;
  return modeScore ?? type.plover_score;
}
