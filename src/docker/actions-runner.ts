import * as exec from '@actions/exec';
import { lineSplitter, nodeCommandRunner } from './node-runner.js';
import { appendCapped, type CommandOptions, type CommandResult, type CommandRunner } from './runner.js';

/** `timeout` exits with this when it stopped the command. */
const TIMED_OUT = 124;

/**
 * The action's CommandRunner, on @actions/exec. `silent`: the command line is not echoed (build args
 * stay out of the log; secrets are passed by environment variable or file, never on the command line).
 * A time limit runs the command under coreutils `timeout` (on every Linux runner), which stops it with
 * SIGTERM: buildx then cancels the build.
 */
export const actionsCommandRunner: CommandRunner = {
  async run(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    // @actions/exec also keeps stdout as a string to split it into lines: on a binary stream (`docker
    // image save` of a 100 MB image) that took ten times as long as the save. Streams go through
    // child_process directly.
    if (options.stdout) return nodeCommandRunner.run(command, args, options);
    let stdout = '';
    let stderr = '';
    const lines = lineSplitter(options.onLine);
    const limited = options.timeoutMs ? ['timeout', ['--kill-after=30', `${Math.ceil(options.timeoutMs / 1000)}`, command, ...args]] as const : null;
    const started = Date.now();
    try {
      const code = await exec.exec(limited ? limited[0] : command, limited ? [...limited[1]] : [...args], {
        cwd: options.cwd,
        env: { ...(process.env as Record<string, string>), ...options.env },
        silent: true,
        ignoreReturnCode: true,
        listeners: {
          stdout: (data: Buffer) => {
            const text = data.toString('utf8');
            stdout = appendCapped(stdout, text);
            lines.push(text);
          },
          stderr: (data: Buffer) => {
            const text = data.toString('utf8');
            stderr = appendCapped(stderr, text);
            lines.push(text);
          },
        },
      });
      // `timeout` exits 137 instead when the command ignored SIGTERM and was killed after --kill-after.
      return { code, stdout, stderr, timedOut: limited !== null && (code === TIMED_OUT || Date.now() - started >= options.timeoutMs!) };
    } catch (err) {
      return { code: 127, stdout, stderr: appendCapped(stderr, err instanceof Error ? err.message : String(err)), timedOut: false };
    } finally {
      lines.flush();
    }
  },
};
