import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is in eval/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared, read-only material beside the project (`../shared`), or $CHRONICLE_SHARED. */
export const SHARED = process.env.CHRONICLE_SHARED ?? resolve(ROOT, '../shared');
export const sharedPath = (...parts: string[]) => resolve(SHARED, ...parts);
