/** Chronicle's public API: re-exports only (pinned by test/public-api.test.ts). */
export type { ArticleDoc, CodedEvent, EventParty, EventSource, SourceInfo, TimeExpression, Quantity, ActorMention, PlaceMention, Mention, Sentence, Token, Modality, DatePrecision } from './core/document.js';
export { createDoc, eventSourceOf } from './core/document.js';
export type { Span, TextSpan } from './core/span.js';
export type { Diagnostic, Severity } from './core/diagnostic.js';
export type { Stage, StageContext, Layer } from './core/stage.js';
export { PipelineConfigError } from './core/stage.js';
export { createPipeline, type Pipeline, type PipelineOptions } from './core/pipeline.js';
export { toSourceSpan, checkOffsetMap, type OffsetMap, type Segment } from './core/offset-map.js';
export { createChroniclePipeline, createDocumentCoder, type ChronicleOptions, type CodeStatus, type DocumentCoder } from './pipeline/default.js';
export { loadFile, docFromRaw, contentId, expandPaths } from './ingest/load.js';
export { clean, cleanInput } from './stages/clean/index.js';
export { sentences } from './stages/sentences/index.js';
export { entities } from './stages/entities/index.js';
export { dates, normalizeTimes } from './stages/dates/index.js';
export { quantities, findQuantities } from './stages/quantities/index.js';
export { actors } from './stages/actors/index.js';
export { events, codeEvents, toCameo, fromCameo, TRIGGERS, type TriggerRule, type PloverType } from './stages/events/index.js';
export { openStore, type Store } from './store/index.js';
