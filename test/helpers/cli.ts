import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Runs the chronicle CLI from source (through tsx) and returns its exit code and output. */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: options.cwd ?? ROOT, encoding: 'utf8', input: options.input ?? '', env: { ...process.env, CHRONICLE_DB: '' }, timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
