import { createRequire } from 'node:module';

interface WorldCountry {
  readonly cca3: string;
  readonly name: { readonly common: string };
}

// PLOVER's organisation codes that are not countries (see resources/ontology/plover.json, actor_model).
const ORGANISATION_NAMES: Readonly<Record<string, string>> = {
  IGO: 'Intergovernmental organisation',
  UNO: 'United Nations',
  NGO: 'Non-governmental organisation',
  EUR: 'European Union',
};

let names: ReadonlyMap<string, string> | undefined;

/** A display name for an actor code: `ARM` → Armenia, `UNO` → United Nations; undefined when unknown. */
export function actorName(code: string): string | undefined {
  if (names === undefined) {
    const world = createRequire(import.meta.url)('world-countries') as readonly WorldCountry[];
    names = new Map([...world.map((c) => [c.cca3, c.name.common] as const), ...Object.entries(ORGANISATION_NAMES)]);
  }
  return names.get(code);
}
