import type { Writable } from 'node:stream';

/** What a command did. `timedOut`: it was killed after `timeoutMs`. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface CommandOptions {
  cwd?: string;
  /** Added to the environment the runner's process has. */
  env?: Record<string, string>;
  /** Kills the command after this long (and its result says `timedOut`). */
  timeoutMs?: number;
  /** Receives stdout instead of `stdout` in the result (a tar stream from `docker image save`). */
  stdout?: Writable;
  /** Each line of output (stdout and stderr) as it comes: build logs for a log group. */
  onLine?: (line: string) => void;
}

/**
 * Runs a program without a shell, arguments as given (nothing is ever interpolated into a command line).
 * Never rejects for a non-zero exit: that is in the result. The action passes one backed by
 * `@actions/exec` (src/docker/actions-runner.ts), the CLI and tests one backed by child_process.
 */
export interface CommandRunner {
  run(command: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult>;
}

/** How much output a result keeps: a build log can be long, and only its end is shown. */
export const MAX_CAPTURED_CHARS = 1_000_000;

/** Appends to captured output, keeping its last `MAX_CAPTURED_CHARS`. */
export function appendCapped(captured: string, more: string): string {
  const joined = captured + more;
  return joined.length > MAX_CAPTURED_CHARS ? joined.slice(joined.length - MAX_CAPTURED_CHARS) : joined;
}
