import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJson1, versionAtLeast, type ShellcheckComment, type ShellcheckFile, type ShellcheckOutcome, type ShellcheckRunner } from '../lint/shellcheck/index.js';

export interface ShellcheckRunnerOptions {
  /** The program to run: by default `$STAGECRAFT_SHELLCHECK` (a path, to pick one of several installed), else `shellcheck` on PATH. */
  command?: string;
  /** Longest a ShellCheck process may run before its results are given up on. */
  timeoutMs?: number;
}

export const SHELLCHECK_MISSING = 'ShellCheck not found: SC checks skipped';

/** json1 output appeared in ShellCheck 0.7.0. */
const MINIMUM_VERSION = [0, 7, 0];
/** Keeps each command line well under the kernel's limit; more scripts than that take another process. */
const MAX_COMMAND_LINE = 100_000;

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

/** Splits the file names into command lines that stay short enough. */
function chunks(names: readonly string[]): string[][] {
  const out: string[][] = [[]];
  let length = 0;
  for (const name of names) {
    if (length + name.length + 1 > MAX_COMMAND_LINE && out[out.length - 1]!.length > 0) {
      out.push([]);
      length = 0;
    }
    out[out.length - 1]!.push(name);
    length += name.length + 1;
  }
  return out;
}

/**
 * Runs the `shellcheck` program: the scripts go to a temporary folder (removed afterwards) and one
 * `shellcheck --format=json1` process reads them all. When ShellCheck is missing, too old, fails or
 * times out, the outcome is a notice for the user instead of findings.
 */
export function createShellcheckRunner(options: ShellcheckRunnerOptions = {}): ShellcheckRunner {
  const command = options.command ?? (process.env.STAGECRAFT_SHELLCHECK || 'shellcheck');
  const timeout = options.timeoutMs ?? 300_000;
  return {
    version(): string | null {
      const detection = detect(command);
      return detection.ok ? detection.version : null;
    },
    run(files: readonly ShellcheckFile[], excluded: readonly number[]): ShellcheckOutcome {
      const detection = detect(command);
      if (!detection.ok) return detection;
      const dir = mkdtempSync(join(tmpdir(), 'stagecraft-shellcheck-'));
      try {
        for (const file of files) writeFileSync(join(dir, file.name), file.content);
        const comments: ShellcheckComment[] = [];
        for (const names of chunks(files.map((f) => f.name))) {
          const args = ['--norc', '--format=json1', '--severity=style', ...(excluded.length > 0 ? [`--exclude=${excluded.join(',')}`] : []), '--', ...names];
          const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout, maxBuffer: 512 * 1024 * 1024 });
          if (result.error) {
            const why = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `timed out after ${Math.round(timeout / 1000)} s` : result.error.message;
            return { ok: false, notice: `ShellCheck ${why}: SC checks skipped` };
          }
          // Exit status 1 means "found something"; anything else is ShellCheck failing.
          if (result.status !== 0 && result.status !== 1) {
            const detail = result.stderr.trim().split('\n')[0] ?? '';
            return { ok: false, notice: `ShellCheck failed (exit ${result.status ?? result.signal}${detail ? `: ${detail}` : ''}): SC checks skipped` };
          }
          comments.push(...parseJson1(result.stdout));
        }
        return { ok: true, comments };
      } catch (err) {
        return { ok: false, notice: `ShellCheck output could not be read (${err instanceof Error ? err.message : String(err)}): SC checks skipped` };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
