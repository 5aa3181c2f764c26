import { parentPort } from 'node:worker_threads';
import { createDocumentCoder } from '../pipeline/default.js';
import type { CodeRequest, CodeResponse } from './messages.js';

/**
 * A worker thread that codes documents: the NLP stages are CPU-bound and synchronous, so each
 * core gets its own thread with its own wink-nlp instance, and the main thread keeps the store.
 */
const coder = createDocumentCoder({ onStageError: 'record' });

parentPort?.on('message', (request: CodeRequest) => {
  const doc = request.doc;
  let status: CodeResponse['status'];
  try {
    status = coder.code(doc);
  } catch (error) {
    status = { status: 'failed', stage: 'worker', reason: error instanceof Error ? error.message : String(error) };
  }
  // Tokens and raw mentions are the bulk of a document and are not stored: they stay in the thread.
  const response: CodeResponse = { id: request.id, doc: { ...doc, tokens: [], mentions: [] }, status };
  parentPort!.postMessage(response);
});
