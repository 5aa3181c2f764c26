import { createPipeline, type Pipeline, type PipelineOptions } from '../core/pipeline.js';
import type { Stage } from '../core/stage.js';
import { analysisStages, type ChronicleOptions } from '../pipeline/default.js';
import { clean } from '../stages/clean/index.js';
import type { TriggerRule } from '../stages/events/triggers.js';
import { dictionaryActors, type DictionaryActorsOptions } from './actors-stage.js';
import { dictionaryEvents, type DictionaryEventsOptions } from './events-stage.js';
import type { DictionaryDiagnostic } from './petrarch/lines.js';
import type { PetrarchDictionaries } from './petrarch.js';
import { compileVerbPatterns, type CompiledPattern } from './verb-patterns.js';
import { patternsToTriggers } from './verb-triggers.js';

/** What a user's dictionaries add to Chronicle: the stages and the trigger rules, ready to plug in. */
export interface DictionaryPlugin {
  /** Insert after `actors`. */
  readonly actorsStage: Stage;
  /** Pass to `events({ triggers })`. */
  readonly triggers: readonly TriggerRule[];
  readonly triggersVersion: string;
  /** Insert after `events`. */
  readonly eventsStage: Stage;
  /** The CAMEO pattern behind each trigger rule (for explanations and evaluation). */
  readonly patternOf: ReadonlyMap<TriggerRule, CompiledPattern>;
  readonly patterns: readonly CompiledPattern[];
  /** Problems found while compiling the verb patterns (the parsers' own are on `dict.diagnostics`). */
  readonly diagnostics: readonly DictionaryDiagnostic[];
}

export interface DictionaryPluginOptions {
  readonly actors?: DictionaryActorsOptions;
  readonly events?: DictionaryEventsOptions;
}

export function createDictionaryPlugin(dict: PetrarchDictionaries, options: DictionaryPluginOptions = {}): DictionaryPlugin {
  const { patterns, diagnostics } = compileVerbPatterns(dict.verbs);
  const { triggers, patternOf } = patternsToTriggers(patterns);
  return {
    actorsStage: dictionaryActors(dict, options.actors),
    triggers,
    triggersVersion: dict.version,
    eventsStage: dictionaryEvents(dict, patterns, options.events),
    patternOf,
    patterns,
    diagnostics,
  };
}

/**
 * The analysis stages (after `clean`) with the dictionaries plugged in:
 * sentences → entities → dates → quantities → actors → dictionary-actors → events → dictionary-events.
 */
export function dictionaryAnalysisStages(plugin: DictionaryPlugin): Stage[] {
  return analysisStages({ dictionaryPlugin: plugin });
}

/**
 * Chronicle's standard pipeline with a user's PETRARCH dictionaries: `clean` then the stages of
 * `dictionaryAnalysisStages`. Built from the stage factories, so src/pipeline/default.ts is unchanged.
 */
export function createDictionaryPipeline(dict: PetrarchDictionaries, options: DictionaryPluginOptions & PipelineOptions = {}): Pipeline {
  return createPipeline([clean(), ...dictionaryAnalysisStages(createDictionaryPlugin(dict, options))], options);
}

/** For callers of createChroniclePipeline: the events options that carry the dictionary's verbs. */
export function dictionaryEventsOptions(plugin: DictionaryPlugin): NonNullable<ChronicleOptions['events']> {
  return { triggers: plugin.triggers, triggersVersion: plugin.triggersVersion };
}
