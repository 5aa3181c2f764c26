import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The official CAMEO → PLOVER table (openeventdata/PLOVER, 2021), shipped in resources/ontology. */
const TABLE_URL = new URL('../../../resources/ontology/CAMEO2PLOVER-2021.txt', import.meta.url);
export const CAMEO_TABLE_VERSION = 'CAMEO2PLOVER-2021-09-17';

export interface CameoRow {
  readonly cameo: string;
  readonly event: string;
  readonly mode: string | null;
  readonly context: string | null;
}

let rows: CameoRow[] | undefined;

/** Parses lines such as `0841: RETREAT, release,   legal # Return, release person(s)`. */
export function parseCameoTable(text: string): CameoRow[] {
  const out: CameoRow[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?/.exec(line);
    if (!m) continue;
    const mode = m[3]?.trim() || null;
    const context = m[4]?.trim() || null;
    out.push({ cameo: m[1]!, event: m[2]!, mode, context });
  }
  return out;
}

export function cameoRows(): CameoRow[] {
  rows ??= parseCameoTable(readFileSync(fileURLToPath(TABLE_URL), 'utf8'));
  return rows;
}

/**
 * The CAMEO code to export for a PLOVER event: the most general code (fewest digits) of the
 * same type and mode, else of the same type. An export mapping only; PLOVER stays the truth.
 */
const cameoCache = new Map<string, string | null>();

export function toCameo(event: string, mode: string | null): string | null {
  const key = `${event}|${mode ?? ''}`;
  const cached = cameoCache.get(key);
  if (cached !== undefined) return cached;
  const code = findCameo(event, mode);
  cameoCache.set(key, code);
  return code;
}

function findCameo(event: string, mode: string | null): string | null {
  const candidates = cameoRows().filter((r) => r.event === event);
  const pick = (list: CameoRow[]) => [...list].sort((a, b) => a.cameo.length - b.cameo.length || a.cameo.localeCompare(b.cameo))[0]?.cameo ?? null;
  return (mode ? pick(candidates.filter((r) => r.mode === mode)) : null) ?? pick(candidates.filter((r) => r.cameo.length >= 3 && !r.mode)) ?? pick(candidates);
}

/** The PLOVER type of a CAMEO code, walking up to its parent codes ("0841" → "084" → "08"). */
export function fromCameo(cameo: string): CameoRow | null {
  const table = cameoRows();
  for (let code = cameo; code.length >= 2; code = code.slice(0, -1)) {
    const row = table.find((r) => r.cameo === code);
    if (row) return row;
  }
  return null;
}
