import { nonStateCodes, ploverSectors } from '../../store/plover.js';
import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { DB_OPTION } from '../options.js';
import { closest } from '../suggest.js';
import { withStore } from '../runtime.js';

const SUBCOMMANDS = ['list', 'set', 'forget'] as const;

/** An actor code the store can hold: a state the knowledge base knows, or a PLOVER code for a non-state actor. */
async function knownCodes(): Promise<string[]> {
  const { loadKb } = await import('../../kb/index.js');
  const kb = loadKb();
  return [...new Set([...kb.countries.keys(), ...[...kb.organisations.values()].map((o) => o.code), ...nonStateCodes()])].sort();
}

/** `--code`/`--sector` upper-cased and checked against what exists; `null` clears it. */
function checked(value: string, flag: string, allowed: readonly string[], expected: string): string | null {
  if (value.toLowerCase() === 'null') return null;
  const upper = value.toUpperCase();
  if (allowed.includes(upper)) return upper;
  const near = closest(upper, allowed);
  throw new UsageError(`${flag} '${value}' is not ${expected}${near ? ` (did you mean ${near}?)` : ''}; or give null to clear it.`);
}

export const memory = defineCommand({
  name: 'memory',
  summary: 'People learned from titles, who resolve bare names in later articles.',
  usage: ['memory list [--db FILE]', 'memory set NAME --code CODE [--sector SECTOR] [--db FILE]', 'memory forget NAME [--db FILE]'],
  description: [
    '"Armenian Prime Minister Nikol Pashinyan" in one article teaches that Pashinyan is ARM/GOV, so "Pashinyan said"',
    'in a later one is coded too. A correction you set wins over what is learned; null clears a field.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    code: { type: 'string', value: 'CODE', help: 'with set: ISO alpha-3 country, a PLOVER code (IGO, UNO, EUR, NGO, …), or null' },
    sector: { type: 'string', value: 'SECTOR', help: 'with set: a PLOVER sector (GOV, MIL, REB, …) or null' },
  },
  positionals: true,
  examples: ['memory list', 'memory set "Nikol Pashinyan" --code ARM --sector GOV', 'memory forget "Nikol Pashinyan"'],
  async run({ values, positionals }) {
    const [sub, ...words] = positionals;
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      const near = sub === undefined ? undefined : closest(sub, SUBCOMMANDS);
      throw new UsageError(`memory takes list, set or forget, not '${sub ?? ''}'.${near ? ` Did you mean ${near}?` : ''}`);
    }
    const name = words.join(' ');
    if (sub !== 'list' && !name) throw new UsageError(`memory ${sub} needs the full name, e.g. chronicle memory ${sub} "Nikol Pashinyan"${sub === 'set' ? ' --code ARM --sector GOV' : ''}`);
    if (sub !== 'set' && (values.code !== undefined || values.sector !== undefined)) throw new UsageError('--code and --sector go with memory set.');
    if (sub === 'set' && values.code === undefined) throw new UsageError('memory set needs --code (ISO alpha-3, a PLOVER code, or null).');
    const code = values.code === undefined ? undefined
      : checked(values.code, '--code', await knownCodes(), `a known code: an ISO alpha-3 country or one of ${nonStateCodes().join(', ')}`);
    const sector = values.sector === undefined ? undefined : checked(values.sector, '--sector', ploverSectors(), `a PLOVER sector: ${ploverSectors().join(', ')}`);
    const people = await import('../../memory/index.js');
    return withStore(values.db, async (store) => {
      if (sub === 'list') {
        for (const person of await people.listPeople(store.db)) process.stdout.write(`${JSON.stringify(person)}\n`);
        return EXIT.ok;
      }
      if (sub === 'set') {
        const person = await people.correctPerson(store.db, name, { code: code ?? null, ...(sector !== undefined ? { sector } : {}) });
        process.stdout.write(`${JSON.stringify(person)}\n`);
        return EXIT.ok;
      }
      const had = await people.forgetPerson(store.db, name);
      process.stdout.write(had ? `forgot ${name}\n` : `${name} is not in the memory\n`);
      return had ? EXIT.ok : EXIT.failed;
    });
  },
});
