import { commandFlags, hasArg, runScripts, type ShellCommand } from '../../shell/index.js';
import { isNonPosixShell, runShells, shellName } from '../shellcheck/shell.js';
import type { Rule } from '../types.js';
import { describeCommand, runInstructions } from './shared/run-instructions.js';

/** Shells that know `-o pipefail` (dash, Debian's /bin/sh, does not). */
const PIPEFAIL_SHELLS = ['bash', 'zsh', 'ash', 'ksh', 'mksh', 'busybox'];
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
/**
 * Upstream commands whose failure pipefail would not be about: `echo`/`printf` cannot fail in a way
 * that matters (and under pipefail `echo … | grep -q` can fail on a closed pipe), and `yes` always
 * ends on SIGPIPE, so pipefail would break a working `yes | cmd`.
 */
const HARMLESS_UPSTREAM = new Set(['echo', 'printf', 'yes']);

/** `["/bin/bash", "-eo", "pipefail", "-c"]`: a shell that understands pipefail, started with it. */
export function startsWithPipefail(argv: readonly string[]): boolean {
  if (!PIPEFAIL_SHELLS.includes(shellName(argv))) return false;
  return argv.some((word, i) => word === 'pipefail' && i > 0 && /^-[A-Za-z]*o$/.test(argv[i - 1]!));
}

function setsPipefail(cmd: ShellCommand): boolean {
  return cmd.base === 'set' && commandFlags(cmd).includes('o') && hasArg(cmd, 'pipefail');
}

/** The first command whose failure a pipe would hide, unless `set -o pipefail` ran before it. */
function hiddenFailure(commands: readonly ShellCommand[]): ShellCommand | null {
  for (const cmd of commands) {
    if (setsPipefail(cmd)) return null;
    if (cmd.piped && !HARMLESS_UPSTREAM.has(cmd.base)) return cmd;
  }
  return null;
}

export const pipeWithoutPipefail: Rule = {
  id: 'pipe-without-pipefail',
  title: 'Set -o pipefail before a RUN with a pipe',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL4006'],
  checkFile(ctx) {
    const shells = runShells(ctx.dockerfile);
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const shell = shells.get(instruction)!.argv;
      if (isNonPosixShell(shell)) continue;
      let culprit: ShellCommand | null = null;
      for (const script of runScripts(run)) {
        // An exec form that starts a shell runs under that shell, not SHELL.
        const argv = script.source === 'exec' && run.execForm && SHELLS.has(shellName(run.execForm)) ? run.execForm : shell;
        if (startsWithPipefail(argv)) continue;
        culprit = hiddenFailure(script.parsed.commands);
        if (culprit) break;
      }
      if (!culprit) continue;
      ctx.reportAt(
        instruction,
        `Set the SHELL option -o pipefail before RUN with a pipe in it: if \`${describeCommand(culprit, 3)}\` fails, the build goes on; add \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` (\`/bin/ash\` on Alpine) before this RUN, or \`set -o pipefail\` in it`,
      );
    }
  },
};
