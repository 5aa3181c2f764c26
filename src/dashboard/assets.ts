import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The client's modules: `tsc` compiles `client/*.ts` to `client/*.js` beside the compiled server
 * (dist/dashboard/client). Run from the sources (tsx, vitest) there is only the `.ts`, which is
 * transpiled once with TypeScript (a dev dependency) and kept in memory.
 */
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

/** Client module names: lower-case words and dashes, so a request can never name a path. */
export const CLIENT_MODULE = /^[a-z][a-z0-9-]*\.js$/;

const transpiled = new Map<string, string>();

/** The JavaScript of client module `name` (`main.js`), or undefined when there is none. */
export async function clientModule(name: string): Promise<string | undefined> {
  if (!CLIENT_MODULE.test(name)) return undefined;
  const js = join(CLIENT_DIR, name);
  if (existsSync(js)) return readFile(js, 'utf8');
  const ts = join(CLIENT_DIR, name.replace(/\.js$/, '.ts'));
  if (!existsSync(ts)) return undefined;
  const cached = transpiled.get(ts);
  if (cached !== undefined) return cached;
  const { default: typescript } = await import('typescript');
  const output = typescript.transpileModule(await readFile(ts, 'utf8'), {
    compilerOptions: { module: typescript.ModuleKind.ES2022, target: typescript.ScriptTarget.ES2022 },
    fileName: ts,
  }).outputText;
  transpiled.set(ts, output);
  return output;
}

const require = createRequire(import.meta.url);

function besideMain(pkg: string, file: string): string {
  return join(dirname(require.resolve(pkg)), file);
}

/**
 * Third-party browser files, served from node_modules by a fixed table (no path from the request
 * reaches the file system). The UMD builds set `window.d3` and `window.topojson`.
 */
const VENDOR: Readonly<Record<string, { path: () => string; type: string }>> = {
  // The whole of d3 in one file: scales and time ticks (timeline), zoom, quadtree and geo (map).
  'd3.min.js': { path: () => besideMain('d3', 'd3.min.js'), type: 'text/javascript; charset=utf-8' },
  'topojson-client.min.js': { path: () => besideMain('topojson-client', 'topojson-client.min.js'), type: 'text/javascript; charset=utf-8' },
  // Natural Earth 1:110m countries as TopoJSON (world-atlas, public domain data, ISC package).
  'countries-110m.json': { path: () => require.resolve('world-atlas/countries-110m.json'), type: 'application/json' },
};

/** A vendored file and its content type, or undefined for a name not in the table. */
export async function vendorFile(name: string): Promise<{ body: string; type: string } | undefined> {
  const entry = Object.hasOwn(VENDOR, name) ? VENDOR[name] : undefined;
  if (entry === undefined) return undefined;
  return { body: await readFile(entry.path(), 'utf8'), type: entry.type };
}
