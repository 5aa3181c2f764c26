import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of the process. LIBRARIES.md: a second `winkNLP(model)` in one
 * process breaks custom entities, so every stage shares this one.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}

export const WINK_MODEL_VERSION = 'wink-eng-lite-web-model@1.8';
