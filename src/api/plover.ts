import { readFileSync } from 'node:fs';

/** One PLOVER event type with its quad class (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict). */
export interface EventTypeInfo {
  readonly event: string;
  readonly quadCode: 1 | 2 | 3 | 4;
  readonly quadClass: 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict';
  /** PLOVER's conflict–cooperation score, −10 (most conflictual) … +10. */
  readonly score: number;
  readonly definition: string;
  /** The modes PLOVER defines for the type, e.g. ASSAULT: `aerial`, `beat`, … */
  readonly modes: readonly string[];
}

interface PloverFile {
  readonly event_types: readonly {
    event: string;
    quad_code: number;
    plover_score: number;
    definition: string;
    modes: readonly { mode: string }[];
  }[];
}

const QUAD_CLASSES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;

// `resources/` ships with the package and sits two folders up from both src/api and dist/api.
const PLOVER_URL = new URL('../../resources/ontology/plover.json', import.meta.url);

function load(): readonly EventTypeInfo[] {
  const file = JSON.parse(readFileSync(PLOVER_URL, 'utf8')) as PloverFile;
  return file.event_types.map((t) => {
    const quadCode = t.quad_code as 1 | 2 | 3 | 4;
    // SANCTION's quad class text in plover.json carries a note ("material conflict (per its own
    // section); listed under …"); the quad code is the reliable field, so the name comes from it.
    return {
      event: t.event,
      quadCode,
      quadClass: QUAD_CLASSES[quadCode - 1]!,
      score: t.plover_score,
      definition: t.definition,
      modes: t.modes.map((m) => m.mode),
    };
  });
}

/** The 16 PLOVER event types from resources/ontology/plover.json, in the manual's order. */
export const EVENT_TYPES: readonly EventTypeInfo[] = load();

/** Upper-case event type names, for validating `?type=`. */
export const EVENT_TYPE_NAMES: ReadonlySet<string> = new Set(EVENT_TYPES.map((t) => t.event));
