import type { Command } from '../command.js';
import { canonical } from './canonical.js';
import { clean } from './clean.js';
import { parse } from './parse.js';
import { code } from './code.js';
import { events } from './events.js';
import { exportCommand } from './export.js';
import { ingest } from './ingest.js';
import { memory } from './memory.js';
import { queue } from './queue.js';
import { remerge } from './remerge.js';
import { runs } from './runs.js';
import { serve } from './serve.js';
import { stats } from './stats.js';
import { summary } from './summary.js';
import { unmerge } from './unmerge.js';
import { worker } from './worker.js';

/**
 * Every command, in the order `chronicle --help` lists them. A new command is one file in this
 * folder (a `defineCommand`) and one entry here.
 */
export const COMMANDS: readonly Command[] = [
  code, clean, parse, ingest, events, exportCommand, summary, stats, canonical, unmerge, remerge, runs, memory, serve, queue, worker,
];
