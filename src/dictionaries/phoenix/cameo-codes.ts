/** resources/dictionaries/phoenix/cameo-codes.json: how CAMEO actor codes read in PLOVER (see its notes). */
export interface CameoCodeTable {
  /** CAMEO's own spellings of states → ISO or PLOVER codes ("USR" → SUN, "KSV" → KOS). */
  readonly countries: Readonly<Record<string, string>>;
  /** Organisation blocks → PLOVER code and default sector; `second` reads the next block ("IGOUNO" → UNO). */
  readonly organisations: Readonly<Record<string, { readonly code: string | null; readonly sector: string | null; readonly second?: Readonly<Record<string, string>> }>>;
  /** Regions: no state in PLOVER (code null, sector kept). */
  readonly regions: readonly string[];
  /** First blocks with no reading: the entry is dropped. */
  readonly dropped: readonly string[];
  /** CAMEO role blocks → PLOVER sectors ("MED" → JRN, "HLH" → MED). */
  readonly sectors: Readonly<Record<string, string>>;
  /** Religion blocks: sector REL when no role block gives one. */
  readonly religions: readonly string[];
}

/**
 * A CAMEO actor or agent code as Chronicle's PLOVER code string: the code (ISO alpha-3 or
 * UNO/EUR/IGO/NGO/IMG/MNC, `---` for none) followed by one PLOVER sector, as the PETRARCH reader
 * splits it ("USAGOV" → USA + GOV). `isCountry` says which three letters are states Chronicle
 * knows. Null when the code has no PLOVER reading.
 *
 * @example
 * cameoToPlover('IGOUNOKID', table, isCountry)  // 'UNO'
 * cameoToPlover('PSEREBHMS', table, isCountry)  // 'PSEREB'
 * cameoToPlover('---MED', table, isCountry)     // '---JRN' (an agent: CAMEO's media are PLOVER's journalists)
 */
export function cameoToPlover(cameo: string, table: CameoCodeTable, isCountry: (code: string) => boolean): string | null {
  const blocks = cameo.toUpperCase().match(/.{1,3}/g) ?? [];
  const first = blocks[0];
  if (!first || first.length < 3 || table.dropped.includes(first)) return null;
  let later = blocks.slice(1);
  let code: string | null;
  let sector: string | null = null;
  const organisation = table.organisations[first];
  if (first === '---') code = null;
  else if (isCountry(first)) code = first;
  else if (table.countries[first]) code = table.countries[first]!;
  else if (organisation) {
    code = organisation.code;
    sector = organisation.sector;
    const second = later[0] !== undefined ? organisation.second?.[later[0]] : undefined;
    if (second) { code = second; later = later.slice(1); }
  } else if (table.regions.includes(first) || table.religions.includes(first)) code = null;
  else return null;
  const role = later.map((b) => table.sectors[b]).find((s): s is string => s !== undefined);
  if (role) sector = role;
  else if (sector === null && [first, ...later].some((b) => table.religions.includes(b))) sector = 'REL';
  if (code === null && sector === null) return null;
  return `${code ?? '---'}${sector ?? ''}`;
}
