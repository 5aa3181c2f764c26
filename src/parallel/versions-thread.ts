import { parentPort, workerData } from 'node:worker_threads';
import { createDocumentCoder } from '../pipeline/default.js';
import { dictionaryOptions } from './coder-options.js';

/**
 * A short-lived thread that reads the coder's stage versions for some dictionary files and posts
 * them (src/parallel/versions.ts): the pipeline's modules are imported here, and go when the
 * thread ends, instead of staying in a main thread that codes nothing.
 */
const { dictionaries, precise } = workerData as { dictionaries: string[]; precise?: boolean };
parentPort!.postMessage(createDocumentCoder(dictionaryOptions(dictionaries, precise)).versions);
