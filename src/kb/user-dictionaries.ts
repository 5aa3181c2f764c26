import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

/**
 * A user's own actor dictionary: names the built-in knowledge base does not know or codes
 * differently ("Vladimir Putin" RUS GOV, a local militia, a company). Entries win over every
 * built-in rule and over the corpus memory, because the user said so.
 *
 * JSON: `{ "name": "my-actors", "version": "2024-05", "source": "...", "entries": [
 *   { "name": "Vladimir Putin", "aliases": ["Putin"], "code": "RUS", "sector": "GOV", "kind": "person", "from": "2000-05-07" } ] }`
 *
 * CSV (header required, `|` between aliases, `#` lines are comments; `# version: 3` sets the version,
 * else a content hash does): `name,code,sector,kind,aliases,from,until`
 */
export interface UserDictionaryEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO alpha-3 or a PLOVER organisation code (IGO, NGO, ...). */
  readonly code: string | null;
  readonly sector: string | null;
  readonly kind: 'person' | 'organisation' | 'group';
  /** Validity as ISO dates (inclusive); an entry applies to an article only if its publication date is inside. */
  readonly from?: string;
  readonly until?: string;
}

export interface UserDictionary {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly entries: readonly UserDictionaryEntry[];
}

/** A dictionary file the user got wrong: the message names the file, the line and the fix. */
export class UserDictionaryError extends Error {
  override name = 'UserDictionaryError';
}

const CODE = /^[A-Z]{3}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KINDS = new Set(['person', 'organisation', 'organization', 'group']);

function entryFrom(raw: Record<string, unknown>, where: string): UserDictionaryEntry {
  const text = (key: string): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw new UserDictionaryError(`${where}: "${key}" must be a string.`);
    return v.trim();
  };
  const name = text('name');
  if (!name) throw new UserDictionaryError(`${where}: every entry needs a "name".`);
  const code = text('code')?.toUpperCase() ?? null;
  if (code !== null && !CODE.test(code)) throw new UserDictionaryError(`${where}: code "${code}" is not a three-letter code (ISO alpha-3 or IGO/NGO/...).`);
  const sector = text('sector')?.toUpperCase() ?? null;
  if (code === null && sector === null) throw new UserDictionaryError(`${where}: "${name}" needs a code or a sector.`);
  const kindText = (text('kind') ?? 'organisation').toLowerCase();
  if (!KINDS.has(kindText)) throw new UserDictionaryError(`${where}: kind "${kindText}" must be person, organisation or group.`);
  const kind = kindText === 'organization' ? 'organisation' : kindText as UserDictionaryEntry['kind'];
  const rawAliases = raw.aliases;
  const aliases = Array.isArray(rawAliases) ? rawAliases.map(String) : typeof rawAliases === 'string' && rawAliases ? rawAliases.split('|') : [];
  const from = text('from');
  const until = text('until');
  for (const [k, v] of [['from', from], ['until', until]] as const) {
    if (v !== undefined && !DATE.test(v)) throw new UserDictionaryError(`${where}: "${k}" must be an ISO date like 2000-05-07 (got "${v}").`);
  }
  return { name, aliases: aliases.map((a) => a.trim()).filter(Boolean), code, sector, kind, ...(from ? { from } : {}), ...(until ? { until } : {}) };
}

/** Splits one CSV line, honouring double quotes ("Smith, John"). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; }
    else field += c;
  }
  out.push(field);
  return out;
}

/** Parses a dictionary from text; `file` names it in errors and gives CSV files their name. */
export function parseUserDictionary(content: string, file: string): UserDictionary {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  if (extname(file).toLowerCase() === '.csv') {
    const lines = content.split(/\r?\n/);
    const version = lines.map((l) => /^#\s*version:\s*(\S+)/i.exec(l)?.[1]).find(Boolean) ?? `sha256:${hash}`;
    const rows = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() && !l.trimStart().startsWith('#'));
    const header = rows.shift();
    const columns = header ? csvFields(header.l).map((c) => c.trim().toLowerCase()) : [];
    if (!columns.includes('name')) throw new UserDictionaryError(`${file}: the first line must be a header with at least "name" and "code" or "sector" (name,code,sector,kind,aliases,from,until).`);
    const entries = rows.map(({ l, i }) => {
      const fields = csvFields(l);
      return entryFrom(Object.fromEntries(columns.map((c, k) => [c, fields[k]?.trim() ?? ''])), `${file}:${i + 1}`);
    });
    return { name: basename(file, extname(file)), version, source: file, entries };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new UserDictionaryError(`${file}: not valid JSON (${(error as Error).message}); use the JSON or CSV format in src/stages/actors/README.md.`);
  }
  const d = data as { name?: unknown; version?: unknown; source?: unknown; entries?: unknown };
  if (!Array.isArray(d.entries)) throw new UserDictionaryError(`${file}: expected {"name", "version", "entries": [...]}.`);
  return {
    name: typeof d.name === 'string' ? d.name : basename(file, extname(file)),
    version: typeof d.version === 'string' ? d.version : `sha256:${hash}`,
    source: typeof d.source === 'string' ? d.source : file,
    entries: d.entries.map((e, i) => entryFrom(e as Record<string, unknown>, `${file} entry ${i + 1}`)),
  };
}

/** Reads a `.json` or `.csv` dictionary file. Throws UserDictionaryError on a bad file (a configuration error). */
export function loadUserDictionary(path: string): UserDictionary {
  return parseUserDictionary(readFileSync(path, 'utf8'), path);
}

/** Whether an entry applies on a publication date (`YYYY-MM-DD…`); no date or no limits → it applies. */
export function validOn(entry: UserDictionaryEntry, date: string | undefined): boolean {
  if (!date) return true;
  const day = date.slice(0, 10);
  if (entry.from && day < entry.from) return false;
  if (entry.until && day > `${entry.until}\uffff`) return false;
  return true;
}
