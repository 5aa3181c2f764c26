#!/usr/bin/env node
/**
 * The `chronicle` executable. `serve` starts from its own module, so the server listens before
 * anything heavy loads (the coder, the readers, the worker pool take over a second); every other
 * command goes through main.ts, which runs as soon as it is imported.
 */
const argv = process.argv.slice(2);
if (argv[0] === 'serve') {
  const { runServe } = await import('./serve.js');
  process.exitCode = await runServe(argv.slice(1));
} else {
  await import('./main.js');
}
