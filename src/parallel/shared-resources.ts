import { phoenixActorTables, usePhoenixActorTables, type PhoenixActorTables } from '../dictionaries/phoenix/shared-actors.js';
import { sharedLanguageTables, useSharedLanguageTables, type LanguageTables } from '../ingest/language.js';
import { WorldPlaces, type WorldPlacesTables } from '../kb/world-places.js';
import { sharedSyntaxModel, useSharedSyntaxModel, type SharedSyntaxModel } from '../syntax/analyse.js';

/**
 * The read-only resources a coding thread would otherwise build for itself, built once by the
 * main thread into SharedArrayBuffers and handed to every worker in `workerData` (structured
 * clone shares such memory instead of copying it): the parser's weights and tables, the world
 * gazetteer, the language detector's n-grams and the Phoenix actors. A thread given them builds none of its own;
 * docs/benchmarks.md ("Where a thread's memory goes") has what each saves.
 *
 * A field is missing when the main thread could not build it: the worker then loads its own copy
 * on first use, where a broken file fails the document being coded (recorded) rather than the pool.
 */
export interface SharedResources {
  readonly syntax?: SharedSyntaxModel;
  /** null: no world gazetteer is shipped. */
  readonly worldPlaces?: WorldPlacesTables | null;
  /** null: the detector uses eld's own module (no table for the installed eld). */
  readonly language?: LanguageTables | null;
  readonly phoenixActors?: PhoenixActorTables;
}

function attempt<T>(build: () => T): T | undefined {
  try {
    return build();
  } catch {
    return undefined;
  }
}

/** This thread's shared resources, built on the first call (each is built once per process and kept). */
export function sharedResources(): SharedResources {
  const syntax = attempt(sharedSyntaxModel);
  const worldPlaces = attempt(WorldPlaces.shared);
  const language = attempt(sharedLanguageTables);
  const phoenixActors = attempt(phoenixActorTables);
  return {
    ...(syntax ? { syntax } : {}),
    ...(phoenixActors ? { phoenixActors } : {}),
    ...(worldPlaces !== undefined ? { worldPlaces } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}

/** Makes this thread (a worker) use the resources its parent built, before any stage loads its own. */
export function useSharedResources(resources: SharedResources): void {
  if (resources.syntax) useSharedSyntaxModel(resources.syntax);
  if (resources.worldPlaces !== undefined) WorldPlaces.useShared(resources.worldPlaces);
  if (resources.language !== undefined) useSharedLanguageTables(resources.language);
  if (resources.phoenixActors) usePhoenixActorTables(resources.phoenixActors);
}
