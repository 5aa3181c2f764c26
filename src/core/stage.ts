import type { ArticleDoc } from './document.js';
import type { Report } from './diagnostic.js';

/** Layers of the document a stage can read or write. */
export type Layer =
  | 'text' | 'sentences' | 'tokens' | 'syntax' | 'mentions' | 'times' | 'quantities' | 'actors' | 'places' | 'events';

export interface StageContext {
  readonly report: Report;
  readonly signal?: AbortSignal;
}

/** One step of the pipeline. Stages declare what they need and what they write, as spaCy components do. */
export interface Stage {
  /** kebab-case, unique in a pipeline. */
  readonly name: string;
  /** Bump when the output for the same input may change. */
  readonly version: number;
  /**
   * Versions of data the stage reads that change its output without a change of code (a trained
   * model file), written after its version in the pipeline's provenance: a run coded with another
   * model is told apart from this one.
   */
  readonly resources?: readonly string[];
  readonly requires: readonly Layer[];
  /** The only layers `run` may write. */
  readonly assigns: readonly Layer[];
  run(doc: ArticleDoc, context: StageContext): void;
}

/** Thrown for programmer or configuration errors (never for bad input). */
export class PipelineConfigError extends Error {
  override name = 'PipelineConfigError';
}
