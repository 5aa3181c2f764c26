import { describe, expect, it } from 'vitest';
import { commandHelp, defineCommand, parseInvocation, wantsHelp } from './command.js';
import { COMMANDS } from './commands/index.js';
import { batchExit, describeFailure, EXIT, OperationalError, UsageError } from './errors.js';
import { checkDate, filterFrom } from './options.js';
import { closest } from './suggest.js';

const sample = defineCommand({
  name: 'sample',
  summary: 'A command for these tests.',
  usage: ['sample [options]'],
  options: {
    format: { type: 'string', default: 'jsonl', value: 'F', choices: ['jsonl', 'csv'], help: 'jsonl|csv' },
    type: { type: 'string', value: 'TYPE', upper: true, choices: () => ['ASSAULT', 'CONSULT'], help: 'a type' },
    db: { type: 'string', value: 'FILE', help: 'the store' },
    quiet: { type: 'boolean', default: false, help: 'say less' },
  },
  positionals: false,
  examples: ['sample --format csv'],
  run: async () => 0,
});

describe('parseInvocation', () => {
  it('should give defaults and upper-case a value compared upper-cased', () => {
    expect(parseInvocation(sample, ['--type', 'assault']).values).toEqual({ format: 'jsonl', type: 'ASSAULT', quiet: false });
  });

  it.each([
    [['--formt', 'csv'], "unknown option '--formt'. Did you mean --format?"],
    [['--frobnicate'], "unknown option '--frobnicate'."],
    [['--format'], '--format needs a value (F).'],
    [['--quiet=yes'], '--quiet takes no value.'],
    [['stray'], "sample takes options only; 'stray' is not one."],
    [['--format', 'xml'], "--format must be one of jsonl, csv; not 'xml'."],
    [['--type', 'assult'], "--type must be one of ASSAULT, CONSULT; not 'assult'. Did you mean ASSAULT?"],
  ])('should refuse %j with a UsageError saying %j', (args, message) => {
    expect(() => parseInvocation(sample, args)).toThrow(new UsageError(message));
  });
});

describe('wantsHelp', () => {
  it.each([
    [['--help'], true], [['x', '-h'], true], [['--', '--help'], false], [['--db', 'x'], false],
  ])('should read %j as %s', (args, expected) => {
    expect(wantsHelp(args)).toBe(expected);
  });
});

describe('the command table', () => {
  it('should hold each command once', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['code', 'clean', 'ingest', 'events', 'export', 'canonical', 'stats', 'runs', 'unmerge', 'remerge', 'summary', 'serve', 'memory', 'queue', 'worker']));
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('should give %s a help with its usage, every option and an example', (name, command) => {
    const help = commandHelp(command);
    expect(help).toMatch(new RegExp(`^Usage: chronicle ${name}`));
    for (const option of [...Object.keys(command.options), 'help']) expect(help).toContain(`--${option}`);
    expect(help).toMatch(/\nExamples:\n {2}chronicle /);
    expect(help.split('\n').filter((line) => line.length > 100)).toEqual([]);
  });
});

describe('closest', () => {
  it.each([
    ['formt', ['format', 'db'], 'format'],
    ['ingset', ['code', 'ingest', 'events'], 'ingest'],
    ['assult', ['ASSAULT', 'CONSULT'], 'ASSAULT'],
    ['xyz', ['format', 'db'], undefined],
  ])('should suggest for %j among %j: %j', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('checkDate', () => {
  it.each(['2022', '2022-10', '2022-10-04', '2024-02-29'])('should take %j', (value) => {
    expect(checkDate(value, '--since')).toBe(value);
  });

  it.each(['2022-13', '2022-02-30', '2023-02-29', 'yesterday', '22-10-04', '2022-1-4'])('should refuse %j', (value) => {
    expect(() => checkDate(value, '--published')).toThrow(`--published expects a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${value}'.`);
  });
});

describe('filterFrom', () => {
  it('should refuse a mode the type does not have', () => {
    expect(() => filterFrom({ type: 'ASSAULT', mode: 'release' })).toThrow(/ASSAULT has no mode 'release'/);
  });

  it('should build the store filter from the flags', () => {
    expect(filterFrom({ type: 'RETREAT', mode: 'release', dyad: 'ARM,AZE', since: '2022-09', background: 'false', limit: '5' })).toEqual({
      type: 'RETREAT', mode: 'release', dyad: ['ARM', 'AZE'], since: '2022-09', background: false, limit: 5,
    });
  });
});

describe('describeFailure', () => {
  const system = (code: string, message: string, extra: object) => Object.assign(new Error(message), { code, ...extra });

  it.each([
    ['a usage error', new UsageError('--limit expects a whole number'), EXIT.usage, '--limit expects a whole number'],
    ['a store filter it cannot use', new RangeError('Unknown mention d/e'), EXIT.usage, 'Unknown mention d/e'],
    ['an operational error', new OperationalError('port 8787 on 127.0.0.1 is in use'), EXIT.failed, 'port 8787 on 127.0.0.1 is in use'],
    ['a missing file', system('ENOENT', "ENOENT: no such file or directory, open 'x.csv'", { syscall: 'open', path: 'x.csv' }), EXIT.failed,
      'cannot open x.csv: no such file or directory (ENOENT).'],
    ['a busy port', system('EADDRINUSE', 'listen EADDRINUSE: address already in use 127.0.0.1:8787', { syscall: 'listen', address: '127.0.0.1', port: 8787 }),
      EXIT.failed, 'cannot listen 127.0.0.1:8787: listen EADDRINUSE: address already in use 127.0.0.1:8787 (EADDRINUSE).'],
    ['a refused database password', system('28P01', 'password authentication failed for user "x"', {}), EXIT.failed,
      'database error: password authentication failed for user "x" (SQLSTATE 28P01).'],
  ])('should report %s without a stack trace', (_what, error, exit, message) => {
    expect(describeFailure(error)).toEqual({ message, exit });
  });

  it('should report a bug as internal, with its stack', () => {
    const failure = describeFailure(new TypeError('x is not iterable'));
    expect(failure).toMatchObject({ message: 'internal error: x is not iterable', exit: EXIT.internal });
    expect(failure.stack).toMatch(/TypeError: x is not iterable\n\s+at /);
  });
});

describe('batchExit', () => {
  it.each([
    [0, 0, EXIT.failed], [3, 3, EXIT.failed], [3, 1, EXIT.partial], [3, 0, EXIT.ok],
  ])('should give %i inputs with %i failed the exit code %i', (inputs, failed, exit) => {
    expect(batchExit(inputs, failed)).toBe(exit);
  });
});
