/** Where `serve` listens unless told otherwise; a module of its own so the CLI's help needs no HTTP code. */
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
