import type { Diagnostic, Report } from './diagnostic.js';
import type { ArticleDoc } from './document.js';
import { PipelineConfigError, type Layer, type Stage } from './stage.js';

export interface PipelineOptions {
  /** 'throw' rethrows stage bugs (tests, library default); 'record' turns them into a fatal diagnostic (bulk ingest). */
  readonly onStageError?: 'throw' | 'record';
  /** Layers the documents already carry when they reach the first stage (e.g. ['text'] after cleaning). */
  readonly given?: readonly Layer[];
}

export interface PipelineResult {
  readonly doc: ArticleDoc;
  /** Name of the stage that failed, when one did (with `onStageError: 'record'`). */
  readonly failedStage?: string;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** `name@version` of every stage (with `+resource` for each of its `resources`), for provenance. */
  readonly versions: readonly string[];
  run(doc: ArticleDoc, signal?: AbortSignal): PipelineResult;
}

/**
 * Builds a pipeline, checking at build time that each stage's `requires` is assigned by an
 * earlier stage and that stage names are unique.
 */
export function createPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const seen = new Set<string>();
  const available = new Set<Layer>(options.given ?? []);
  for (const stage of stages) {
    if (seen.has(stage.name)) throw new PipelineConfigError(`Two stages are named '${stage.name}': give each stage a unique name.`);
    seen.add(stage.name);
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineConfigError(`Stage '${stage.name}' requires ${missing.join(', ')}, which no earlier stage assigns: reorder the stages or add the missing one.`);
    }
    for (const layer of stage.assigns) available.add(layer);
  }
  const onStageError = options.onStageError ?? 'throw';

  return {
    stages,
    versions: stages.map((s) => [`${s.name}@${s.version}`, ...(s.resources ?? [])].join('+')),
    run(doc, signal) {
      for (const stage of stages) {
        if (signal?.aborted) break;
        const report: Report = (severity, ruleId, reason, extra) => {
          const diagnostic: Diagnostic = { severity, ruleId, reason, stage: stage.name, ...extra };
          doc.diagnostics.push(diagnostic);
        };
        const started = performance.now();
        try {
          stage.run(doc, signal ? { report, signal } : { report });
        } catch (error) {
          if (onStageError === 'throw') throw error;
          const message = error instanceof Error ? error.message : String(error);
          report('fatal', `${stage.name}/crashed`, `Stage '${stage.name}' failed on this input (${message}); the document was not coded further — please report it with the input.`);
          doc.timings[stage.name] = performance.now() - started;
          return { doc, failedStage: stage.name };
        }
        doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + performance.now() - started;
        if (doc.diagnostics.some((d) => d.severity === 'fatal')) return { doc, failedStage: stage.name };
      }
      return { doc };
    },
  };
}
