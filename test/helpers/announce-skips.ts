import { OPTIONAL_PARTS } from './optional.js';

/**
 * Vitest global setup: before any test runs, one line per optional part that is missing, naming
 * what is skipped and how to turn it on. With CHRONICLE_TEST_REQUIRE=shared,postgres,chromium
 * (what `.ci/run` sets) a missing part fails the run instead.
 */
export default function announceSkips(): void {
  const required = new Set((process.env.CHRONICLE_TEST_REQUIRE ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const missing = OPTIONAL_PARTS.filter((part) => !part.present);
  for (const part of missing) process.stdout.write(`skipped: ${part.skipped}; to run them: ${part.enable}\n`);
  const unmet = missing.filter((part) => required.has(part.key));
  if (unmet.length > 0) {
    throw new Error(`CHRONICLE_TEST_REQUIRE asks for ${unmet.map((p) => p.key).join(', ')}, which this machine does not have: ${unmet.map((p) => p.enable).join('; ')}.`);
  }
}
