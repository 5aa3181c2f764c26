import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** What a CLI run gave back. */
export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the chronicle CLI from source (through tsx) and resolves with its exit code and output.
 * Asynchronous on purpose: a test that waited with spawnSync would block the test worker's event
 * loop for the whole run, so the worker could not answer vitest's RPC (`onTaskUpdate`), and on a
 * busy machine the run failed with "Timeout calling onTaskUpdate" though every test passed.
 */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: options.cwd ?? ROOT, env: { ...process.env, CHRONICLE_DB: '', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'], timeout: 180_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? -1 : 0), stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
