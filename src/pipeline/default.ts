import type { ArticleDoc, SourceInfo } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { createPipeline, type Pipeline, type PipelineOptions } from '../core/pipeline.js';
import { detectLanguage } from '../ingest/language.js';
import type { UserDictionary } from '../kb/index.js';
import type { PeopleMemory } from '../memory/index.js';
import type { DictionaryPlugin } from '../dictionaries/pipeline.js';
import { PHOENIX_DEFAULTS, phoenixActorsStage, phoenixDiscardsStage, phoenixGroupNouns, phoenixVerbTrigger, type PhoenixOptions } from '../dictionaries/phoenix/index.js';
import { actors } from '../stages/actors/index.js';
import { clean } from '../stages/clean/index.js';
import { confidence, type ConfidenceOptions } from '../stages/confidence/index.js';
import { acceptanceWithFilter } from '../stages/events/acceptance.js';
import { dates } from '../stages/dates/index.js';
import { entities } from '../stages/entities/index.js';
import { events, type EventsOptions } from '../stages/events/index.js';
import { quantities } from '../stages/quantities/index.js';
import { sameAct, type SameActOptions } from '../stages/same-act/index.js';
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
  /**
   * The learned filter (src/stages/confidence, resources/confidence/model.json): each event's
   * probability that an analyst keeps it, and events of an article told as happening that score
   * under the model's threshold dropped. Off by default: a precision mode that costs a few acts.
   */
  readonly confidence?: ConfidenceOptions | false;
  /**
   * The learned same-act decision (src/stages/same-act, resources/same-act/model.json): of two events
   * coded from one sentence, one that tells the other's act again is folded into it. On by default;
   * false codes with the rules alone (its training script does).
   */
  readonly sameAct?: SameActOptions | false;
}

/** The stages after `clean`, in order: sentences → syntax → entities → dates → quantities → actors → events. */
export function analysisStages(options: ChronicleOptions): Stage[] {
  return [...textStages(), ...codingStages(options)];
}

/**
 * The stages after `clean` that read the text alone: sentences and syntax take no option, so their
 * layers are a function of the cleaned text, whatever the corpus memory or the dictionaries. The
 * second pass of an ingest resumes a document after them (`DocumentCoder.resume`).
 */
function textStages(): Stage[] {
  return [sentences(), syntax()];
}

/** The stages from `entities` on: the first that reads the corpus memory (known names), then every later one. */
function codingStages(options: ChronicleOptions): Stage[] {
  const dictionaries = options.userDictionaries ? { userDictionaries: options.userDictionaries } : {};
  const plugin = options.dictionaryPlugin;
  const phoenix = options.phoenix === false ? null : { ...PHOENIX_DEFAULTS, ...options.phoenix };
  return [
    entities({ ...dictionaries, ...(options.memory ? { knownPeople: options.memory.knownNames } : {}) }),
    dates(),
    quantities(),
    actors({ ...dictionaries, ...(options.memory ? { memory: options.memory } : {}), ...(phoenix?.agents ? { groupNouns: phoenixGroupNouns } : {}) }),
    ...(phoenix?.actors ? [phoenixActorsStage(phoenix)] : []),
    ...(plugin ? [plugin.actorsStage] : []),
    events({
      // With the confidence filter behind it, the learned acceptance admits from its lower threshold for that (the filter drops the extras).
      ...(options.confidence && options.events?.acceptance === undefined ? { acceptance: acceptanceWithFilter() } : {}),
      ...options.events,
      ...(plugin ? { triggers: [...plugin.triggers, ...(options.events?.triggers ?? [])], triggersVersion: plugin.triggersVersion } : {}),
      ...(phoenix?.verbs && !options.events?.fallback ? { fallback: phoenixVerbTrigger } : {}),
    }),
    ...(phoenix?.discards ? [phoenixDiscardsStage()] : []),
    ...(plugin ? [plugin.eventsStage] : []),
    ...(options.sameAct === false ? [] : [sameAct(options.sameAct)]),
    ...(options.confidence ? [confidence(options.confidence)] : []),
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
  /**
   * Cleans, checks the language, and codes one document in place. Never throws for bad input with
   * 'record'. `onText` is called when the text stages are done (before the first stage that reads
   * the corpus memory), with what `resume` needs to code the document again from there.
   */
  code(doc: ArticleDoc, onText?: (analysed: AnalysedText) => void): CodeStatus;
  /**
   * Codes a document again from the stages that read the corpus memory on: the same as `code` on
   * the same input (`createDoc(id, source, raw)`), without cleaning, checking the language and
   * parsing its text again. `analysed` must be what `code`'s `onText` gave for that input.
   */
  resume(doc: ArticleDoc, analysed: AnalysedText): CodeStatus;
}

/**
 * A document's layers when the text stages are done (clean, the language check, sentences,
 * syntax): a function of its input alone. Later stages add layers and never rewrite these
 * (they are shared, not copied, between a document and its resumptions).
 */
export interface AnalysedText {
  /** What cleaning and the language check set on `source` (a title found in the input, the language), in the order they set it. */
  readonly sourceSet: Partial<SourceInfo>;
  readonly text: string;
  readonly offsetMap: ArticleDoc['offsetMap'];
  readonly paragraphs: ArticleDoc['paragraphs'];
  readonly sentences: ArticleDoc['sentences'];
  readonly tokens: ArticleDoc['tokens'];
  readonly diagnostics: ArticleDoc['diagnostics'];
  readonly timings: ArticleDoc['timings'];
}

/**
 * A coder that cleans a document, records non-English or empty articles as skipped (not coded
 * as garbage), and runs the analysis stages on the rest.
 */
export function createDocumentCoder(options: ChronicleOptions = {}): DocumentCoder {
  const cleaning = createPipeline([clean()], options);
  const reading = createPipeline(textStages(), { ...options, given: ['text'] });
  const coding = createPipeline(codingStages(options), { ...options, given: ['text', ...reading.stages.flatMap((stage) => stage.assigns)] });
  const finish = (doc: ArticleDoc): CodeStatus => {
    const outcome = coding.run(doc);
    return outcome.failedStage ? failed(doc, outcome.failedStage) : { status: 'coded' };
  };
  return {
    versions: [...cleaning.versions, ...reading.versions, ...coding.versions],
    code(doc, onText) {
      const title = doc.source.title;
      const first = cleaning.run(doc);
      if (first.failedStage) return failed(doc, first.failedStage);
      if (doc.text.trim().length === 0) return { status: 'skipped', reason: 'no article text was found in the input' };
      const language = detectLanguage(doc.text);
      doc.source.language = language.language;
      if (language.reliable && language.language !== 'en') {
        return { status: 'skipped', reason: `the article is in '${language.language}'; Chronicle codes English text only` };
      }
      const read = reading.run(doc);
      if (read.failedStage) return failed(doc, read.failedStage);
      onText?.({
        sourceSet: { ...(doc.source.title !== title ? { title: doc.source.title } : {}), language: doc.source.language }, text: doc.text, offsetMap: doc.offsetMap, paragraphs: doc.paragraphs, sentences: doc.sentences,
        tokens: doc.tokens, diagnostics: [...doc.diagnostics], timings: { ...doc.timings },
      });
      return finish(doc);
    },
    resume(doc, analysed) {
      // The source as the input gave it, with what cleaning and the language check set (so its fields are in the same order as after `code`).
      Object.assign(doc.source, analysed.sourceSet);
      Object.assign(doc, {
        text: analysed.text, offsetMap: analysed.offsetMap, paragraphs: analysed.paragraphs, sentences: analysed.sentences,
        tokens: analysed.tokens, diagnostics: [...analysed.diagnostics], timings: { ...analysed.timings },
      });
      return finish(doc);
    },
  };
}

function failed(doc: ArticleDoc, stage: string): CodeStatus {
  const reason = doc.diagnostics.filter((d) => d.severity === 'fatal').at(-1)?.reason ?? `stage '${stage}' failed`;
  return { status: 'failed', reason, stage };
}
