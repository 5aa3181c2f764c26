import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of the process. LIBRARIES.md: a second `winkNLP(model)` in one
 * process breaks custom entities, so every stage shares this one. The model is required on first
 * use, not imported: a thread that only reads and writes (the main thread of a multi-worker
 * ingest) never loads it.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const create = require('wink-nlp') as typeof winkNLP;
    instance = create(require('wink-eng-lite-web-model') as typeof model);
  }
  return instance;
}

export const WINK_MODEL_VERSION = 'wink-eng-lite-web-model@1.8';
