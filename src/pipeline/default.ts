import type { ArticleDoc } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { createPipeline, type Pipeline, type PipelineOptions } from '../core/pipeline.js';
import { detectLanguage } from '../ingest/language.js';
import type { UserDictionary } from '../kb/index.js';
import type { PeopleMemory } from '../memory/index.js';
import type { DictionaryPlugin } from '../dictionaries/pipeline.js';
import { PHOENIX_DEFAULTS, phoenixActorsStage, phoenixDiscardsStage, phoenixGroupNouns, phoenixVerbTrigger, type PhoenixOptions } from '../dictionaries/phoenix/index.js';
import { actors } from '../stages/actors/index.js';
import { clean } from '../stages/clean/index.js';
import { dates } from '../stages/dates/index.js';
import { entities } from '../stages/entities/index.js';
import { events, type EventsOptions } from '../stages/events/index.js';
import { quantities } from '../stages/quantities/index.js';
import { sentences } from '../stages/sentences/index.js';
import { syntax } from '../stages/syntax/index.js';

/** Options of the standard pipeline: user dictionaries plug in here. */
export interface ChronicleOptions extends PipelineOptions {
  readonly events?: EventsOptions;
  /** People learned from earlier articles (titles), to resolve bare names. */
  readonly memory?: PeopleMemory;
  /** User actor dictionaries (our JSON/CSV format) added to the knowledge base. */
  readonly userDictionaries?: readonly UserDictionary[];
  /** PETRARCH/TABARI dictionaries: an actors stage after `actors`, verb triggers, an events stage after `events`. */
  readonly dictionaryPlugin?: DictionaryPlugin;
  /**
   * The field's dictionaries (Phoenix / PETRARCH-2, MIT), under Chronicle's precedence: its own
   * rules, the corpus memory and user dictionaries win. On by default; false turns them off.
   */
  readonly phoenix?: PhoenixOptions | false;
}

/** The stages after `clean`, in order: sentences → syntax → entities → dates → quantities → actors → events. */
export function analysisStages(options: ChronicleOptions): Stage[] {
  const dictionaries = options.userDictionaries ? { userDictionaries: options.userDictionaries } : {};
  const plugin = options.dictionaryPlugin;
  const phoenix = options.phoenix === false ? null : { ...PHOENIX_DEFAULTS, ...options.phoenix };
  return [
    sentences(),
    syntax(),
    entities({ ...dictionaries, ...(options.memory ? { knownPeople: options.memory.knownNames } : {}) }),
    dates(),
    quantities(),
    actors({ ...dictionaries, ...(options.memory ? { memory: options.memory } : {}), ...(phoenix?.agents ? { groupNouns: phoenixGroupNouns } : {}) }),
    ...(phoenix?.actors ? [phoenixActorsStage(phoenix)] : []),
    ...(plugin ? [plugin.actorsStage] : []),
    events({
      ...options.events,
      ...(plugin ? { triggers: [...plugin.triggers, ...(options.events?.triggers ?? [])], triggersVersion: plugin.triggersVersion } : {}),
      ...(phoenix?.verbs && !options.events?.fallback ? { fallback: phoenixVerbTrigger } : {}),
    }),
    ...(phoenix?.discards ? [phoenixDiscardsStage()] : []),
    ...(plugin ? [plugin.eventsStage] : []),
  ];
}

/** Chronicle's standard pipeline: clean → sentences → syntax → entities → dates → quantities → actors → events. */
export function createChroniclePipeline(options: ChronicleOptions = {}): Pipeline {
  return createPipeline([clean(), ...analysisStages(options)], options);
}

export type CodeStatus =
  | { status: 'coded' }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string; stage: string };

export interface DocumentCoder {
  /** `name@version` of every stage, for provenance. */
  readonly versions: readonly string[];
  /** Cleans, checks the language, and codes one document in place. Never throws for bad input with 'record'. */
  code(doc: ArticleDoc): CodeStatus;
}

/**
 * A coder that cleans a document, records non-English or empty articles as skipped (not coded
 * as garbage), and runs the analysis stages on the rest.
 */
export function createDocumentCoder(options: ChronicleOptions = {}): DocumentCoder {
  const cleaning = createPipeline([clean()], options);
  const analyse = createPipeline(analysisStages(options), { ...options, given: ['text'] });
  return {
    versions: [...cleaning.versions, ...analyse.versions],
    code(doc) {
      const first = cleaning.run(doc);
      if (first.failedStage) return failed(doc, first.failedStage);
      if (doc.text.trim().length === 0) return { status: 'skipped', reason: 'no article text was found in the input' };
      const language = detectLanguage(doc.text);
      doc.source.language = language.language;
      if (language.reliable && language.language !== 'en') {
        return { status: 'skipped', reason: `the article is in '${language.language}'; Chronicle codes English text only` };
      }
      const outcome = analyse.run(doc);
      return outcome.failedStage ? failed(doc, outcome.failedStage) : { status: 'coded' };
    },
  };
}

function failed(doc: ArticleDoc, stage: string): CodeStatus {
  const reason = doc.diagnostics.filter((d) => d.severity === 'fatal').at(-1)?.reason ?? `stage '${stage}' failed`;
  return { status: 'failed', reason, stage };
}
