import { parentPort, workerData } from 'node:worker_threads';
import { PeopleMemory, type KnownPerson } from '../memory/people.js';
import { docFromRaw } from '../ingest/load.js';
import { createDocumentCoder } from '../pipeline/default.js';
import { AnalysedTexts, codeKeeping, KEPT_TOKENS } from './analysed-texts.js';
import { dictionaryOptions } from './coder-options.js';
import { useSharedResources, type SharedResources } from './shared-resources.js';
import type { CodeRequest, CodeResponse, ReadyMessage } from './messages.js';

/**
 * A worker thread that codes documents: the NLP stages are CPU-bound and synchronous, so each
 * core gets its own thread with its own wink-nlp instance, and the main thread keeps the store.
 */
const data = (workerData ?? {}) as { people?: KnownPerson[]; dictionaries?: string[]; precise?: boolean; keptTokens?: number; resources?: SharedResources };
if (data.resources) useSharedResources(data.resources);
const memory = new PeopleMemory(data.people ?? []);
const coder = createDocumentCoder({ onStageError: 'record', ...dictionaryOptions(data.dictionaries, data.precise), memory });
// Analysed texts of documents this thread coded, for their second coding (a `resume` request comes to this thread).
const texts = new AnalysedTexts(data.keptTokens ?? KEPT_TOKENS);

parentPort?.on('message', (request: CodeRequest) => {
  const doc = request.doc;
  for (const person of request.people ?? []) memory.put(person);
  let status: CodeResponse['status'];
  let consulted: string[] | undefined;
  let kept: true | undefined;
  let resumed: true | undefined;
  try {
    ({ status, consulted, kept, resumed } = codeKeeping(coder, memory, texts, doc, { ...(request.keep ? { keep: true } : {}), ...(request.resume ? { resume: true } : {}) }));
  } catch (error) {
    status = { status: 'failed', stage: 'worker', reason: error instanceof Error ? error.message : String(error) };
  }
  // Tokens and raw mentions are the bulk of a document and are not stored: they stay in the thread.
  const response: CodeResponse = { id: request.id, doc: { ...doc, tokens: [], mentions: [] }, status, ...(consulted ? { consulted } : {}), ...(kept ? { kept } : {}), ...(resumed ? { resumed } : {}) };
  parentPort!.postMessage(response);
});

// Stages load their dictionaries and models on first use; one small document loads them all, so
// the first real document's time budget counts its own coding only.
coder.code(docFromRaw('Police in Paris detained 12 protesters on Monday, officials said.', 'warm-up', 'text'));
const ready: ReadyMessage = { ready: true };
parentPort?.postMessage(ready);
