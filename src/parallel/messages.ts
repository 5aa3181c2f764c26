import type { ArticleDoc } from '../core/document.js';
import type { CodeStatus } from '../pipeline/default.js';

/** A document to code, sent to a worker (plain data: it crosses threads by structured clone). */
export interface CodeRequest {
  readonly id: number;
  readonly doc: ArticleDoc;
}

/** The coded document (or the crash) sent back. */
export interface CodeResponse {
  readonly id: number;
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
}
