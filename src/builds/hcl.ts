import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { isRecord } from './values.js';

/**
 * HCL → JSON with HashiCorp's own parser, compiled to WASM by @cdktf/hcl2json. Expressions come back
 * as `${…}` strings; nothing is evaluated.
 *
 * The package's loader is not used: it reads the WASM through `__dirname`, which the ESM bundle ncc
 * makes does not have, and it fails by an unhandled rejection and then waits forever. Here the WASM is
 * read as `readFile(new URL('<literal>', import.meta.url))`, which ncc's asset relocator recognises: it
 * copies the file into dist/ as `main.wasm.gz` and rewrites the path. Keep that call as it is, and keep
 * this module to ES2020 syntax (no `??=`, no `1_000`): when the relocator cannot parse a module it
 * silently leaves the URL to webpack, which emits a corrupted copy of the file under a hashed name.
 *
 * What this relies on in the package (pinned to an exact version in package.json): `main.wasm.gz`,
 * `wasm/wasm_exec.js` (Go's runtime, which defines `globalThis.Go`, and a `globalThis.fs` stub through
 * which the Go runtime would print) and the `parse(filename, text, callback)` the Go program puts on
 * `globalThis.__parse_terraform_config_wasm__`.
 */
const PARSE_TIMEOUT_MS = 20000;

type GoParse = (filename: string, text: string, done: (error: string | null, json?: string) => void) => void;
interface GoRuntime {
  importObject: object;
  run(instance: object): Promise<void>;
}
/** Node's global; the project's `lib` (ES2023, no DOM) does not declare it. */
declare const WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }> };

let parser: Promise<GoParse> | undefined;

/** Starts the Go program once per process (about half a second), only when an HCL file is first read. */
function loadParser(): Promise<GoParse> {
  if (!parser) parser = startParser();
  return parser;
}

async function startParser(): Promise<GoParse> {
  // Eager: in the bundle's one chunk (a chunk of its own would make ncc write a licenses.txt for that
  // chunk alone, over the whole bundle's), yet still run only when a bake file is first parsed.
  await import(/* webpackMode: "eager" */ '@cdktf/hcl2json/wasm/wasm_exec.js');
  const exported: Record<string, unknown> = {};
  (globalThis as Record<string, unknown>).__parse_terraform_config_wasm__ = exported;
  const go = new (globalThis as unknown as { Go: new () => GoRuntime }).Go();
  // V8 would otherwise optimise the 10 MB module on background threads, which Node waits for before
  // it exits (a second or more at the end of every run that read a bake file); the baseline compiler
  // alone also starts sooner, and a bake file is parsed in microseconds either way. The flag holds for
  // any WebAssembly compiled later in the process; this project has no other.
  setFlagsFromString('--liftoff-only');
  const wasm = gunzipSync(await readFile(new URL('../../node_modules/@cdktf/hcl2json/main.wasm.gz', import.meta.url)));
  const { instance } = await WebAssembly.instantiate(wasm, go.importObject);
  // `run` executes the Go `main` synchronously up to the point where it waits for calls, so the
  // functions it exports are there when it returns its (never settling) promise.
  void go.run(instance);
  if (typeof exported.parse !== 'function') throw new Error('the WASM HCL parser did not start');
  return exported.parse as GoParse;
}

export type HclResult = { value: Record<string, unknown> } | { error: string; line: number | null };

/** Parses one HCL file; a syntax error, or a parser that cannot start, is a result, never a throw. */
export async function parseHcl(fileName: string, text: string): Promise<HclResult> {
  let parse: GoParse;
  try {
    parse = await loadParser();
  } catch (error) {
    return { error: `the HCL parser could not start: ${error instanceof Error ? error.message : String(error)}`, line: null };
  }
  try {
    const json = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the HCL parser gave no answer in ${PARSE_TIMEOUT_MS / 1000} s`)), PARSE_TIMEOUT_MS);
      parse(fileName, text, (error, result) => {
        clearTimeout(timer);
        if (error) reject(new Error(error));
        else resolve(result === undefined ? 'null' : result);
      });
    });
    const value: unknown = JSON.parse(json);
    return isRecord(value) ? { value } : { error: 'not an HCL body', line: null };
  } catch (error) {
    // "parse config: [docker-bake.hcl:2,13-3,1: Invalid expression; Expected the start of an expression, …]"
    const message = error instanceof Error ? error.message : String(error);
    const located = /:(\d+),\d+(?:-\d+(?:,\d+)?)?: ([^\]]*)/.exec(message);
    return located ? { error: located[2]!.trim(), line: Number(located[1]) } : { error: message, line: null };
  }
}
