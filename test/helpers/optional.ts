import { existsSync } from 'node:fs';
import { SHARED, sharedPath } from '../../eval/paths.js';

/*
 * The parts of the test suite that need something a bare clone does not have. `npm test` on a
 * bare clone passes without them, skipping those tests with one line each saying how to turn
 * them on (see announce-skips.ts); `.ci/run` has all three and sets CHRONICLE_TEST_REQUIRE so
 * that none of them can be skipped there unnoticed.
 */

/** The shared gold data beside the project (`../shared`, or `$CHRONICLE_SHARED`). */
export const HAVE_SHARED = existsSync(sharedPath('examples')) && existsSync(sharedPath('gold'));
/** A PostgreSQL server for the store and queue tests. */
export const HAVE_POSTGRES = Boolean(process.env.PG_URL);
/** Debian's Chromium for the dashboard tests (playwright-core drives it; nothing is downloaded). */
export const CHROMIUM = process.env.CHRONICLE_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** One optional part: whether it is here, what is skipped without it, and how to turn it on. */
export interface OptionalPart {
  readonly key: 'shared' | 'postgres' | 'chromium';
  readonly present: boolean;
  readonly skipped: string;
  readonly enable: string;
}

export const OPTIONAL_PARTS: readonly OptionalPart[] = [
  {
    key: 'shared', present: HAVE_SHARED,
    skipped: 'the example\'s reference events and the PETRARCH validation dictionaries (gold data)',
    enable: `put the shared data beside the project (../shared) or set CHRONICLE_SHARED=DIR (looked in ${SHARED})`,
  },
  {
    key: 'postgres', present: HAVE_POSTGRES,
    skipped: 'the store, export, migration and queue tests on PostgreSQL',
    enable: 'export PG_URL="$(bash scripts/start-postgres.sh)"',
  },
  {
    key: 'chromium', present: HAVE_CHROMIUM,
    skipped: 'the dashboard tests in headless Chromium',
    enable: `apt-get install -y chromium (or set CHRONICLE_CHROMIUM=PATH; looked for ${CHROMIUM})`,
  },
];
