import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCountries } from './countries.js';
import { readResource, type ResourceHeader } from './resource.js';

/*
 * Names of party codes for people, and codes for names people type: the dashboard shows
 * `ARM` as "Armenia", and a filter box given "Armenia" (or "armenian", "United Nations") asks for
 * `ARM` (`UNO`) instead of matching nothing. Built once, on first use, from the same tables the
 * actors stage resolves names with (world-countries + resources/kb), so a name the coder knows is a
 * name the filters know.
 */

interface OrganisationFile extends ResourceHeader {
  readonly entries: readonly { name: string; code: string; sector: string | null; names: string[]; acronyms: string[] }[];
}

interface PloverActorModel {
  readonly actor_model: {
    readonly nonstate_country_codes: Readonly<Record<string, string>>;
    readonly sector_codes_frequent: Readonly<Record<string, string>>;
    readonly sector_codes_less_frequent: Readonly<Record<string, string>>;
  };
}

/** PLOVER's codes for parties that are not states, named for display (plover.json gives definitions, not names). */
const NONSTATE_NAMES: Readonly<Record<string, string>> = {
  IGO: 'Intergovernmental organisation',
  UNO: 'United Nations',
  EUR: 'European Union',
  NGO: 'Non-governmental organisation',
  ISM: 'International social movement',
  IMG: 'Transnational armed group',
  MNC: 'Multinational corporation',
};

interface Directory {
  readonly names: ReadonlyMap<string, string>;
  readonly codeByName: ReadonlyMap<string, string>;
  readonly sectors: ReadonlyMap<string, string>;
}

let directory: Directory | undefined;

function build(): Directory {
  const { countries, demonymOwner, caseSensitiveNames } = buildCountries();
  const plover = JSON.parse(readFileSync(fileURLToPath(new URL('../../resources/ontology/plover.json', import.meta.url)), 'utf8')) as PloverActorModel;
  const names = new Map<string, string>();
  const codeByName = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = name.trim().toLowerCase();
    if (key !== '' && !codeByName.has(key)) codeByName.set(key, code);
  };
  for (const country of countries.values()) {
    names.set(country.code, country.name);
    for (const name of [country.name, ...country.names]) add(name, country.code);
  }
  for (const [code, name] of Object.entries(NONSTATE_NAMES)) {
    if (!(code in plover.actor_model.nonstate_country_codes)) throw new Error(`plover.json has no non-state code ${code}; update NONSTATE_NAMES in src/kb/actor-names.ts.`);
    names.set(code, name);
    add(name, code);
  }
  // In text "US" must not match "us"; a filter box has no pronouns, so "us" means the United States.
  for (const [name, code] of caseSensitiveNames) add(name, code);
  // Demonyms after names: "Armenian" → ARM, but never over a country name.
  for (const [demonym, code] of demonymOwner) add(demonym, code);
  // Organisation names and acronyms name their PLOVER code ("World Health Organization" → UNO).
  for (const org of readResource<OrganisationFile>('organisations.json').entries) {
    for (const name of [org.name, ...org.names, ...org.acronyms]) add(name, org.code);
  }
  const sectors = new Map(Object.entries({ ...plover.actor_model.sector_codes_frequent, ...plover.actor_model.sector_codes_less_frequent }));
  return { names, codeByName, sectors };
}

function tables(): Directory {
  directory ??= build();
  return directory;
}

/** A display name for a party code: `ARM` → Armenia, `UNO` → United Nations; undefined when unknown. */
export function actorName(code: string): string | undefined {
  return tables().names.get(code);
}

/** Whether `code` is a state or PLOVER non-state code the knowledge base knows (`ARM`, `KOS`, `UNO`). */
export function isKnownCode(code: string): boolean {
  return tables().names.has(code);
}

/**
 * The code a typed name stands for, case-insensitively: "Armenia", "armenian", "Republic of
 * Armenia" → ARM; "United Nations", "WHO" → UNO. Undefined for anything else.
 */
export function codeForName(name: string): string | undefined {
  return tables().codeByName.get(name.trim().toLowerCase());
}

/** The PLOVER definition of a sector code (`REB` → "armed opposition/rebels"); undefined when unknown. */
export function sectorName(sector: string): string | undefined {
  return tables().sectors.get(sector);
}

/** Every PLOVER sector code with its definition, frequent ones first (`GOV` … `UNK`, then `AGR` …). */
export function sectors(): { code: string; definition: string }[] {
  return [...tables().sectors].map(([code, definition]) => ({ code, definition }));
}
