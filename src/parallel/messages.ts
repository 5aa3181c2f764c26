import type { ArticleDoc } from '../core/document.js';
import type { KnownPerson } from '../memory/index.js';
import type { CodeStatus } from '../pipeline/default.js';

/** A document to code, sent to a worker (plain data: it crosses threads by structured clone). */
export interface CodeRequest {
  readonly id: number;
  readonly doc: ArticleDoc;
  /** People learned from documents saved since this thread's last request (corpus memory). */
  readonly people?: readonly KnownPerson[];
}

/** The coded document (or the crash) sent back. */
export interface CodeResponse {
  readonly id: number;
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
  /** What the coding asked the thread's corpus memory (`CodedResult.consulted`). */
  readonly consulted?: readonly string[];
}

/** Sent once by a thread when its coder is loaded: documents are handed only to ready threads, so loading never eats a document's budget. */
export interface ReadyMessage {
  readonly ready: true;
}

export type WorkerMessage = CodeResponse | ReadyMessage;
