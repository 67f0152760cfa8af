import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BakePrintOutcome, BakePrintRequest, BakePrinter } from './types.js';

/**
 * The one edge of src/builds/: `docker buildx bake --print`, run as a `BakePrinter`.
 *
 * Bake reads a variable's value from the environment variable of the same name, so a bake file in a
 * pull request that declares `variable "GITHUB_TOKEN" {}` and prints it in an arg would lift the token
 * into our output. It therefore runs with an empty environment except PATH and HOME, which the docker
 * CLI needs to find its buildx plugin (on PATH's docker, under /usr/libexec/docker/cli-plugins or
 * ~/.docker/cli-plugins). It also runs in a scratch folder holding only the bake files, so that it reads
 * nothing else of the repository (no `.env`, no compose file).
 */
export interface BuildxBakePrinterOptions {
  /** The docker CLI to run; `docker` on PATH by default. */
  command?: string;
  /** Longest one `bake --print` may run. */
  timeoutMs?: number;
  /** Most output one `bake --print` may give; more is taken as a failure. */
  maxOutputBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/** The whole environment bake sees: PATH and HOME of ours, nothing else. */
export function bakeEnvironment(environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['PATH', 'HOME']) {
    const value = environment[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why the run was cut short: it ran too long or printed too much. */
  cut?: string;
  /** The program could not be started (not installed). */
  missing?: boolean;
}

function run(command: string, args: string[], cwd: string, timeoutMs: number, maxOutputBytes: number): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: bakeEnvironment(), timeout: timeoutMs, maxBuffer: maxOutputBytes, killSignal: 'SIGKILL', encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ code: 0, stdout, stderr });
      const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
      if (failure.code === 'ENOENT') return resolve({ code: null, stdout, stderr, missing: true });
      if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ code: null, stdout, stderr, cut: `printed more than ${maxOutputBytes} bytes` });
      if (failure.killed) return resolve({ code: null, stdout, stderr, cut: `ran longer than ${timeoutMs / 1000} s` });
      resolve({ code: typeof failure.code === 'number' ? failure.code : 1, stdout, stderr });
    });
  });
}

/** The error bake gives last (`ERROR: docker-bake.hcl:2,19-23: Unknown variable; …`), else its last line of output. */
function bakeError(stderr: string, scratch?: string): string {
  // Paths in the scratch folder are shown as the file names they stand for.
  const lines = stderr.split('\n').map((line) => (scratch ? line.split(scratch + '/').join('') : line).trim()).filter(Boolean);
  const error = [...lines].reverse().find((line) => line.startsWith('ERROR:')) ?? lines[lines.length - 1] ?? 'no message';
  return error.replace(/^ERROR:\s*/, '');
}

/** Per docker command: null when `docker buildx version` answers, else why buildx cannot be used. Asked once per process. */
const availability = new Map<string, Promise<string | null>>();

function buildxUnavailability(command: string): Promise<string | null> {
  if (!availability.has(command)) {
    const probe = run(command, ['buildx', 'version'], tmpdir(), 15_000, 1024 * 1024).then((result) =>
      result.code === 0 ? null : result.missing ? `${command} not found` : `${command} buildx is not installed (${result.cut ?? bakeError(result.stderr)})`,
    );
    availability.set(command, probe);
  }
  return availability.get(command)!;
}

/** A `BakePrinter` that runs buildx, or says it is unavailable when `docker buildx` is not installed. */
export function createBuildxBakePrinter(options: BuildxBakePrinterOptions = {}): BakePrinter {
  const command = options.command ?? 'docker';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return {
    async print(request: BakePrintRequest): Promise<BakePrintOutcome> {
      const missing = await buildxUnavailability(command);
      if (missing) return { status: 'unavailable', message: missing };
      const scratch = await mkdtemp(join(tmpdir(), 'stagecraft-bake-'));
      try {
        for (const file of request.files) await writeFile(join(scratch, file.name), file.text);
        const files = request.files.flatMap((file) => ['--file', file.name]);
        // `--` so that a target named like a flag (`--allow=…`) stays a target name.
        const result = await run(command, ['buildx', 'bake', '--print', '--progress=quiet', ...files, '--', ...request.targets], scratch, timeoutMs, maxOutputBytes);
        if (result.cut) return { status: 'failed', message: result.cut };
        if (result.code !== 0) return { status: 'failed', message: bakeError(result.stderr, scratch) };
        // Should a bake version print paths resolved against its working folder, they are made
        // relative to it again: that folder stands for the bake files' folder in the repository.
        return { status: 'printed', json: result.stdout.split(`${scratch}/`).join('').split(scratch).join('.') };
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  };
}
