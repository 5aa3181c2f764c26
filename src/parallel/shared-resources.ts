import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { phoenixActorTables, usePhoenixActorTables, type PhoenixActorTables } from '../dictionaries/phoenix/shared-actors.js';
import { sharedLanguageTables, useSharedLanguageTables, type LanguageTables } from '../ingest/language.js';
import { WorldPlaces, type WorldPlacesTables } from '../kb/world-places.js';
import type { StringIndexArrays } from '../core/shared-table.js';
import { sharedSyntaxModel, useSharedSyntaxModel, type SharedSyntaxModel } from '../syntax/analyse.js';
import { sharedClusterTable, useSharedClusters } from '../syntax/clusters.js';
import { startThread } from './thread.js';

/**
 * The read-only resources a coding thread would otherwise build for itself, built once per
 * process into SharedArrayBuffers and handed to every worker in `workerData` (structured clone
 * shares such memory instead of copying it): the parser's weights and tables, the world
 * gazetteer, the language detector's n-grams, the Phoenix actors and the parser's word clusters.
 * A thread given them builds none of its own; docs/benchmarks.md ("Shared read-only tables",
 * "Young generation, Phoenix verbs, word clusters") has what each saves.
 *
 * A field is missing when it could not be built: the worker then loads its own copy
 * on first use, where a broken file fails the document being coded (recorded) rather than the pool.
 */
export interface SharedResources {
  readonly syntax?: SharedSyntaxModel;
  /** null: no world gazetteer is shipped. */
  readonly worldPlaces?: WorldPlacesTables | null;
  /** null: the detector uses eld's own module (no table for the installed eld). */
  readonly language?: LanguageTables | null;
  readonly phoenixActors?: PhoenixActorTables;
  /** The parser's word clusters. */
  readonly clusters?: StringIndexArrays;
}

function attempt<T>(build: () => T): T | undefined {
  try {
    return build();
  } catch {
    return undefined;
  }
}

/** Builds every shared resource in this thread (what the builder thread runs). */
export function buildSharedResources(): SharedResources {
  const syntax = attempt(sharedSyntaxModel);
  const worldPlaces = attempt(WorldPlaces.shared);
  const language = attempt(sharedLanguageTables);
  const phoenixActors = attempt(phoenixActorTables);
  const clusters = attempt(sharedClusterTable);
  return {
    ...(syntax ? { syntax } : {}),
    ...(clusters ? { clusters } : {}),
    ...(phoenixActors ? { phoenixActors } : {}),
    ...(worldPlaces !== undefined ? { worldPlaces } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}

/** Longest wait for the builder thread; past it (or if it fails) the tables are built in this thread. */
const BUILD_TIMEOUT_MS = 300_000;

/**
 * Builds the resources in a thread of their own and waits for it, synchronously. Building parses
 * some 15 MB of JSON and text into objects that are garbage once the tables are written; in the
 * main thread they left V8 a high heap limit, so the main thread's heap then grew to ~300 MB of
 * garbage before its next full collection (`node --trace-gc`, docs/benchmarks.md). The builder's
 * whole heap goes when it exits; the tables, in SharedArrayBuffers, stay. The wait is
 * `Atomics.wait` on a flag the builder sets after posting the tables to a port read with
 * `receiveMessageOnPort`, so callers stay synchronous, as the stages' loaders are.
 */
function buildInOwnThread(): SharedResources | undefined {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    worker = startThread('build-shared', { port: port2, flag }, [port2]);
    const outcome = Atomics.wait(flag, 0, 0, BUILD_TIMEOUT_MS);
    const reply = receiveMessageOnPort(port1)?.message as { resources?: SharedResources } | undefined;
    return outcome === 'timed-out' ? undefined : reply?.resources;
  } catch {
    return undefined;
  } finally {
    void worker?.terminate();
    port1.close();
  }
}

let built: SharedResources | undefined;
let builtIn: 'own thread' | 'this thread' | undefined;
let pending: Promise<SharedResources> | undefined;

/** Where this process's shared resources were built: in a thread of their own, or (that failing) in the calling thread; undefined before. */
export function sharedResourcesBuiltIn(): 'own thread' | 'this thread' | undefined {
  return builtIn;
}

/** Keeps the first resources built in this process (built here when the builder thread gave none) and makes this thread use them. */
function adopt(fromThread: SharedResources | undefined): SharedResources {
  if (!built) {
    builtIn = fromThread ? 'own thread' : 'this thread';
    built = fromThread ?? buildSharedResources();
    useSharedResources(built);
  }
  return built;
}

/**
 * The shared resources for this process's worker threads, built on the first call in a thread of
 * their own (in this thread if that fails) and kept; this thread uses them too. Blocks while they
 * are built: a thread that must keep answering meanwhile (the HTTP server) awaits
 * `sharedResourcesReady()` first.
 */
export function sharedResources(): SharedResources {
  return built ?? adopt(buildInOwnThread());
}

/** The same resources, built without blocking this thread's event loop. */
export function sharedResourcesReady(): Promise<SharedResources> {
  if (built) return Promise.resolve(built);
  pending ??= new Promise<SharedResources>((resolve) => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    let settled = false;
    const settle = (fromThread: SharedResources | undefined): void => {
      if (settled) return;
      settled = true;
      port1.close();
      void worker?.terminate();
      resolve(adopt(fromThread));
    };
    let worker: Worker | undefined;
    try {
      worker = startThread('build-shared', { port: port2, flag }, [port2]);
    } catch {
      settle(undefined);
      return;
    }
    port1.once('message', (reply: { resources?: SharedResources }) => settle(reply.resources));
    // A reply posted just before the thread ended may not have been delivered yet: read it here.
    const ended = () => settle((receiveMessageOnPort(port1)?.message as { resources?: SharedResources } | undefined)?.resources);
    worker.once('error', ended);
    worker.once('exit', ended);
  });
  return pending;
}

/** Makes this thread (a worker) use the resources its parent built, before any stage loads its own. */
export function useSharedResources(resources: SharedResources): void {
  if (resources.syntax) useSharedSyntaxModel(resources.syntax);
  if (resources.worldPlaces !== undefined) WorldPlaces.useShared(resources.worldPlaces);
  if (resources.language !== undefined) useSharedLanguageTables(resources.language);
  if (resources.phoenixActors) usePhoenixActorTables(resources.phoenixActors);
  if (resources.clusters) useSharedClusters(resources.clusters);
}
