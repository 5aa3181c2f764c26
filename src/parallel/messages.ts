import type { ArticleDoc } from '../core/document.js';
import type { KnownPerson } from '../memory/index.js';
import type { CodeStatus } from '../pipeline/default.js';

/** A document to code, sent to a worker (plain data: it crosses threads by structured clone). */
export interface CodeRequest {
  readonly id: number;
  readonly doc: ArticleDoc;
  /** People learned from documents saved since this thread's last request (corpus memory). */
  readonly people?: readonly KnownPerson[];
  /** Keep the document's analysed text for a later `resume` (src/parallel/analysed-texts.ts, `CodeHow`). */
  readonly keep?: true;
  /** Code again from this thread's kept analysed text of the same input, if it has one. */
  readonly resume?: true;
}

/** The coded document (or the crash) sent back. */
export interface CodeResponse {
  readonly id: number;
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
  /** What the coding asked the thread's corpus memory (`CodedResult.consulted`). */
  readonly consulted?: readonly string[];
  /** The thread kept the document's analysed text (`keep`): a `resume` of the same input should come to it. */
  readonly kept?: true;
  /** The coding resumed from this thread's kept analysed text. */
  readonly resumed?: true;
}

/** Sent once by a thread when its coder is loaded: documents are handed only to ready threads, so loading never eats a document's budget. */
export interface ReadyMessage {
  readonly ready: true;
}

export type WorkerMessage = CodeResponse | ReadyMessage;
