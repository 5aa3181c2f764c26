import { startThread } from './thread.js';

/**
 * The `name@version` of every stage a coder with these dictionary files runs, for the run's
 * provenance, read in a short-lived thread of its own. A main thread that hands all coding to
 * worker threads would otherwise import the whole pipeline (some 90 modules of stages, about
 * 9 MB resident: docs/benchmarks.md, "sixth step") only to read these strings; modules, once
 * imported, stay for the life of the thread. Rejects when the thread fails (a dictionary that
 * cannot be read: the caller has checked the files before, so that is a bug, not bad input).
 */
export function coderVersionsInThread(dictionaries: readonly string[] = [], precise = false): Promise<readonly string[]> {
  return new Promise((resolve, reject) => {
    const worker = startThread('versions-thread', { dictionaries: [...dictionaries], precise });
    let answered = false;
    worker.once('message', (versions: readonly string[]) => {
      answered = true;
      resolve(versions);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the thread reading the coder's stage versions stopped (exit code ${code}) without an answer`));
    });
  });
}
