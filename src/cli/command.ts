import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { closest } from './suggest.js';

/** One option of a command, as parsed and as shown by `--help`. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  readonly default?: string | boolean;
  /** What the value is, for the help: `FILE`, `N`, `YYYY[-MM[-DD]]`. */
  readonly value?: string;
  readonly help: string;
  /**
   * The values allowed, checked before the command runs (a function: read only when needed, so
   * a list that comes from a data file costs nothing for `--help`). Compared upper-cased with `upper`.
   */
  readonly choices?: readonly string[] | (() => readonly string[]);
  readonly upper?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** A string option with a fixed list of choices parses to one of them (`--format` → `'jsonl' | 'csv' | …`). */
type StringOf<S extends OptionSpec> = S['choices'] extends readonly (infer C extends string)[] ? C : string;
type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? StringOf<S>[] : StringOf<S>;

/** The parsed values of a command's options: present when given or defaulted. */
export type Values<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K] extends { readonly default: string | boolean } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
};

/** What a command's `run` gets. */
export interface Invocation<O extends OptionSpecs> {
  readonly values: Values<O>;
  readonly positionals: readonly string[];
}

/**
 * A CLI command: its help (summary, usage lines, options, examples) and `run`, which returns the
 * exit code. A command file imports the heavy modules it needs inside `run` (`await import(…)`),
 * so `chronicle --help` and every command's `--help` load none of them.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage lines without the leading `chronicle `. */
  readonly usage: readonly string[];
  /** A paragraph or two after the usage: what it does, what it prints (re-flowed; a blank line starts a paragraph). */
  readonly description?: string;
  readonly options: O;
  /** Whether the command takes arguments besides options (files, names, sub-commands). */
  readonly positionals: boolean;
  /** Command lines without the leading `chronicle `. */
  readonly examples: readonly string[];
  run(invocation: Invocation<O>): Promise<number>;
}

/** Declares a command; the identity, for the option types to flow into `run`. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** Whether the arguments ask for help (before any `--`, which ends the options). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

const choicesOf = (spec: OptionSpec): readonly string[] | undefined => (typeof spec.choices === 'function' ? spec.choices() : spec.choices);

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or an unexpected
 * argument is a UsageError that says what was wrong and, for a near miss, what was meant
 * (`--formt` → `--format`). Values outside an option's choices are refused the same way.
 */
export function parseInvocation<O extends OptionSpecs>(command: Command<O>, args: readonly string[]): Invocation<O> {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [name, {
      type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
    }]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: command.positionals, strict: true });
  } catch (error) {
    throw new UsageError(explainParseError(command, error as Error & { code?: string }));
  }
  for (const [name, spec] of Object.entries(command.options)) {
    const choices = choicesOf(spec);
    const given = parsed.values[name];
    if (choices === undefined || given === undefined) continue;
    for (const value of Array.isArray(given) ? (given as string[]) : [given as string]) {
      const wanted = spec.upper ? value.toUpperCase() : value;
      if (choices.includes(wanted)) continue;
      const near = closest(wanted, choices);
      throw new UsageError(`--${name} must be one of ${choices.join(', ')}; not '${value}'.${near ? ` Did you mean ${near}?` : ''}`);
    }
    if (spec.upper) parsed.values[name] = Array.isArray(given) ? (given as string[]).map((v) => v.toUpperCase()) : (given as string).toUpperCase();
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/** A one-sentence reason for Node's parseArgs errors, in this command's terms. */
function explainParseError(command: Command, error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const flag = quoted.replace(/^-+/, '').split('=')[0]!;
      const near = closest(flag, Object.keys(command.options));
      return `unknown option '${quoted}'.${near ? ` Did you mean --${near}?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--([\w-]+)/.exec(error.message)?.[1] ?? '';
      const spec = command.options[name];
      return spec?.type === 'boolean' ? `--${name} takes no value.` : `--${name} needs a value${spec?.value ? ` (${spec.value})` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${command.name} takes options only; '${quoted}' is not one.`;
    default:
      return error.message;
  }
}

/** Help lines stay within a common terminal's width. */
const HELP_WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** The `--help` text of a command. */
export function commandHelp(command: Command): string {
  const rows = [...Object.entries(command.options), ['help', HELP] as const].map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    const choices = typeof spec.choices === 'function' ? undefined : spec.choices;
    const notes = [
      choices && choices.length <= 8 && !spec.help.includes(choices.join('|')) ? `one of ${choices.join('|')}` : '',
      spec.multiple ? 'repeatable' : '',
      spec.default !== undefined && spec.default !== false && spec.default !== '' ? `default ${String(spec.default)}` : '',
    ].filter(Boolean);
    return [flag, `${spec.help}${notes.length ? ` (${notes.join('; ')})` : ''}`] as const;
  });
  const width = Math.min(34, Math.max(...rows.map(([flag]) => flag.length)) + 2);
  const indent = ' '.repeat(width + 2);
  const options = rows.map(([flag, help]) => {
    const text = wrap(help, HELP_WIDTH - indent.length).join(`\n${indent}`);
    return flag.length + 2 > width ? `  ${flag}\n${indent}${text}` : `  ${flag.padEnd(width)}${text}`;
  });
  return [
    `Usage: ${command.usage.map((line, i) => `${i === 0 ? '' : '       '}chronicle ${line}`).join('\n')}`,
    '',
    command.summary,
    // Paragraphs (split at blank lines) are re-flowed to the help's width.
    ...(command.description ? ['', ...command.description.split(/\n{2,}/).map((para) => wrap(para, HELP_WIDTH).join('\n')).join('\n\n').split('\n')] : []),
    '',
    'Options:',
    ...options,
    '',
    'Examples:',
    ...command.examples.map((example) => `  chronicle ${example}`),
  ].join('\n');
}
