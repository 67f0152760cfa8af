import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJson1, versionAtLeast, type ShellcheckFile, type ShellcheckOutcome, type ShellcheckRunner } from '../lint/shellcheck/index.js';

export interface ShellcheckRunnerOptions {
  /** The program to run: by default `$STAGECRAFT_SHELLCHECK` (a path, to pick one of several installed), else `shellcheck` on PATH. */
  command?: string;
  /** Longest any batch may run, before what its size adds (`timeoutPerKiBMs`). */
  timeoutMs?: number;
  /** What each KiB of scripts in a batch adds to its time limit. */
  timeoutPerKiBMs?: number;
  /** Address space each ShellCheck process may take (bytes); by default 1 GiB shared by the processes that run at once, at least 256 MiB each. */
  memoryBytes?: number;
  /** ShellCheck processes at once; by default every core this process may use. */
  parallelism?: number;
}

export const SHELLCHECK_MISSING = 'ShellCheck not found: SC checks skipped';

/** json1 output appeared in ShellCheck 0.7.0. */
const MINIMUM_VERSION = [0, 7, 0];
const MiB = 1024 * 1024;
/** What all ShellCheck processes of a run may take together. */
const MEMORY_FOR_ALL = 1024 * MiB;
const MEMORY_AT_LEAST = 256 * MiB;
const MAX_OUTPUT = 256 * MiB;
/** ShellCheck's runtime (GHC) says this, and exits 251, when its heap cannot grow. */
const OUT_OF_MEMORY = /out of memory|heap overflow/i;

type Detection = { ok: true; version: string } | { ok: false; notice: string };
const detections = new Map<string, Detection>();

/** Looks for ShellCheck once per program name and process: `shellcheck --version`. */
function detect(command: string): Detection {
  const known = detections.get(command);
  if (known) return known;
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  let detection: Detection;
  if (probe.error || probe.status !== 0) {
    detection = { ok: false, notice: SHELLCHECK_MISSING };
  } else {
    const version = /version:\s*v?(\d+(?:\.\d+)*)/i.exec(probe.stdout)?.[1] ?? '0';
    const tooOld = !versionAtLeast(version, MINIMUM_VERSION);
    detection = tooOld ? { ok: false, notice: `ShellCheck ${version} is older than 0.7.0 (no json1 output): SC checks skipped` } : { ok: true, version };
  }
  detections.set(command, detection);
  return detection;
}

interface Exit {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  error: Error | null;
}

/**
 * Runs a program with a memory and a time limit. Debian's ShellCheck refuses the GHC runtime's own
 * `+RTS -M`, so the address space is limited by the shell (`ulimit -v`) that then becomes ShellCheck.
 */
function runBounded(command: string, args: string[], cwd: string, limits: { memoryBytes: number; timeoutMs: number }): Promise<Exit> {
  const [program, argv] =
    process.platform === 'win32'
      ? [command, args]
      : ['/bin/sh', ['-c', 'ulimit -v "$1" 2>/dev/null; shift; exec "$@"', 'sh', String(Math.floor(limits.memoryBytes / 1024)), command, ...args]];
  return new Promise((resolve) => {
    const child = spawn(program, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let error: Error | null = null;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) {
        error ??= new Error(`more than ${MAX_OUTPUT / MiB} MiB of output`);
        child.kill('SIGKILL');
      } else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => (error ??= e));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, error });
    });
  });
}

/**
 * Runs the `shellcheck` program: a batch's scripts go to a temporary folder (removed afterwards) and one
 * `shellcheck --format=json1` process reads them, within a memory limit and a time limit scaled to the
 * batch's size. When ShellCheck is missing or too old the outcome is a notice for the whole run; when a
 * batch times out, runs out of memory or fails, it is `failed` (the caller retries smaller batches).
 */
export function createShellcheckRunner(options: ShellcheckRunnerOptions = {}): ShellcheckRunner {
  const command = options.command ?? (process.env.STAGECRAFT_SHELLCHECK || 'shellcheck');
  const parallelism = Math.max(1, options.parallelism ?? availableParallelism());
  const memoryBytes = options.memoryBytes ?? Math.max(MEMORY_AT_LEAST, Math.floor(MEMORY_FOR_ALL / parallelism));
  const baseTimeout = options.timeoutMs ?? 10_000;
  // ShellCheck reads about 15 ms of CPU per KiB on real scripts; a loaded runner may take several times that.
  const perKiB = options.timeoutPerKiBMs ?? 200;
  return {
    parallelism,
    version(): string | null {
      const detection = detect(command);
      return detection.ok ? detection.version : null;
    },
    async run(files: readonly ShellcheckFile[], excluded: readonly number[]): Promise<ShellcheckOutcome> {
      const detection = detect(command);
      if (!detection.ok) return detection;
      const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
      const timeoutMs = Math.round(baseTimeout + (perKiB * bytes) / 1024);
      const dir = await mkdtemp(join(tmpdir(), 'stagecraft-shellcheck-'));
      try {
        await Promise.all(files.map((file) => writeFile(join(dir, file.name), file.content)));
        const args = ['--norc', '--format=json1', '--severity=style', ...(excluded.length > 0 ? [`--exclude=${excluded.join(',')}`] : []), '--', ...files.map((f) => f.name)];
        const exit = await runBounded(command, args, dir, { memoryBytes, timeoutMs });
        if (exit.timedOut) return { ok: false, failed: true, notice: `ShellCheck took longer than ${fmtSeconds(timeoutMs)} on it` };
        if (exit.error) return { ok: false, failed: true, notice: `ShellCheck could not run on it (${exit.error.message})` };
        if (OUT_OF_MEMORY.test(exit.stderr)) return { ok: false, failed: true, notice: `ShellCheck ran out of memory on it (limit ${Math.round(memoryBytes / MiB)} MiB)` };
        // Exit status 1 means "found something"; anything else is ShellCheck failing.
        if (exit.status !== 0 && exit.status !== 1) {
          const detail = exit.stderr.trim().split('\n')[0] ?? '';
          return { ok: false, failed: true, notice: `ShellCheck failed on it (exit ${exit.status ?? 'by a signal'}${detail ? `: ${detail}` : ''})` };
        }
        return { ok: true, comments: parseJson1(exit.stdout) };
      } catch (err) {
        return { ok: false, failed: true, notice: `ShellCheck's output could not be read (${err instanceof Error ? err.message : String(err)})` };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function fmtSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
