import { spawn, spawnSync } from 'node:child_process';
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

/**
 * As `runCli`, without blocking the test worker while the CLI runs: a test that runs the CLI many
 * times in a row (ingest, query, ingest again) would otherwise keep the worker from answering the
 * test runner for over a minute, which vitest reports as a timeout.
 */
export function runCliAsync(args: readonly string[], options: { input?: string; cwd?: string } = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: options.cwd ?? ROOT, env: { ...process.env, CHRONICLE_DB: '' }, timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
