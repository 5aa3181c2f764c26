#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { commandHelp, parseInvocation, wantsHelp, type Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { describeFailure, EXIT } from './errors.js';
import { configureHeaps } from '../parallel/heap.js';
import { closest } from './suggest.js';

/*
 * The `chronicle` command. This module and the command table load no heavy module (the store's
 * drivers, the pipeline's language model, the HTTP server): each command imports what it needs when
 * it runs, so `--help` and `--version` answer at once.
 */

/** The package's version, from package.json (two folders up from src/cli and from dist/cli). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'chronicle — code political events (PLOVER) from news text',
    '',
    'Usage: chronicle COMMAND [ARGS] [OPTIONS]',
    '       chronicle COMMAND --help     usage, options and examples of one command',
    '       chronicle --version',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'PATH (code, clean, ingest, queue add) is a file (.txt .html .jsonl[.gz] .rss .atom .xml .warc[.gz]),',
    'a folder (recursive), an http(s) URL, or - for standard input. The store is ./chronicle.db unless',
    '--db or $CHRONICLE_DB names a SQLite file or a postgres:// URL.',
    '',
    'Exit codes: 0 done; 1 nothing done (every input failed, or a file, database or port could not be',
    'used); 2 wrong command line; 3 some inputs failed, the rest were done; 70 a bug in Chronicle.',
  ].join('\n');
}

/** Runs one command line (without `node` and the script); resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${overview()}\n`);
    return EXIT.usage;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    process.stdout.write(`${command ? commandHelp(command) : overview()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command === undefined) {
    const near = closest(first.replace(/^-+/, ''), first.startsWith('-') ? ['help', 'version'] : COMMANDS.map((c) => c.name));
    const what = first.startsWith('-') ? 'option' : 'command';
    process.stderr.write(`chronicle: unknown ${what} '${first}'.${near ? ` Did you mean ${first.startsWith('-') ? '--' : ''}${near}?` : ''} Run chronicle --help for the list.\n`);
    return EXIT.usage;
  }
  if (wantsHelp(rest)) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return EXIT.ok;
  }
  return runCommand(command, rest);
}

async function runCommand(command: Command, args: readonly string[]): Promise<number> {
  try {
    return await command.run(parseInvocation(command, args));
  } catch (error) {
    const failure = describeFailure(error);
    const hint = failure.exit === EXIT.usage ? ` (chronicle ${command.name} --help shows the usage)` : '';
    process.stderr.write(`chronicle ${command.name}: ${failure.message}${hint}\n`);
    if (failure.stack) process.stderr.write(`${failure.stack}\nThis is a bug in Chronicle: please report it with the command line above.\n`);
    return failure.exit;
  }
}

// `chronicle events | head`: the reader went away; stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

// Before any command starts a thread: V8's flags are the process's (src/parallel/heap.ts).
configureHeaps();

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  const failure = describeFailure(error);
  process.stderr.write(`chronicle: ${failure.stack ?? failure.message}\n`);
  process.exitCode = failure.exit;
});
