import { spawn } from 'node:child_process';
import { appendCapped, type CommandOptions, type CommandResult, type CommandRunner } from './runner.js';

/** A CommandRunner on child_process: for the CLI and the tests. */
export const nodeCommandRunner: CommandRunner = {
  run(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    return new Promise((resolve) => {
      const child = spawn(command, [...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      const lines = lineSplitter(options.onLine);
      if (options.stdout) child.stdout.pipe(options.stdout, { end: false });
      else
        child.stdout.on('data', (data: Buffer) => {
          const text = data.toString('utf8');
          stdout = appendCapped(stdout, text);
          lines.push(text);
        });
      child.stderr.on('data', (data: Buffer) => {
        const text = data.toString('utf8');
        stderr = appendCapped(stderr, text);
        lines.push(text);
      });
      const timer = options.timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGTERM')), options.timeoutMs) : null;
      const finish = (code: number) => {
        if (timer) clearTimeout(timer);
        lines.flush();
        resolve({ code, stdout, stderr, timedOut });
      };
      child.on('error', (err) => finish(((stderr = appendCapped(stderr, err.message)), 127)));
      child.on('close', (code, signal) => {
        if (options.stdout) {
          options.stdout.end(() => finish(code ?? (signal ? 128 : 1)));
        } else finish(code ?? (signal ? 128 : 1));
      });
    });
  },
};

/** Calls `onLine` per complete line of text fed in pieces. */
export function lineSplitter(onLine: ((line: string) => void) | undefined): { push(text: string): void; flush(): void } {
  let partial = '';
  return {
    push(text) {
      if (!onLine) return;
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) onLine(line.replace(/\r$/, ''));
    },
    flush() {
      if (onLine && partial !== '') onLine(partial);
      partial = '';
    },
  };
}
