import { stageSystemShell, type SystemShell } from '../../dockerfile/index.js';
import { commandFlags, hasArg, runScripts, type ShellCommand } from '../../shell/index.js';
import { isNonPosixShell, runShells, scriptShell, shellName } from '../shellcheck/shell.js';
import type { Rule, Severity } from '../types.js';
import { describeCommand, runInstructions } from './shared/run-instructions.js';

/** Shells that know `-o pipefail` whatever the image: bash, zsh, the Korn shells, BusyBox ash. */
const PIPEFAIL_SHELLS = ['bash', 'zsh', 'ash', 'ksh', 'mksh', 'busybox'];
/**
 * Upstream commands whose failure pipefail would not be about: `echo`/`printf` cannot fail in a way
 * that matters (and under pipefail `echo … | grep -q` can fail on a closed pipe), and `yes` always
 * ends on SIGPIPE, so pipefail would break a working `yes | cmd`.
 */
const HARMLESS_UPSTREAM = new Set(['echo', 'printf', 'yes']);

const BASH_PIPEFAIL = '`SHELL ["/bin/bash", "-o", "pipefail", "-c"]`';
const DASH_PIPEFAIL_SINCE = 'dash has it from Debian 13 (trixie) and Ubuntu 24.10 on';

/**
 * Whether the shell a script runs under has `pipefail`: `yes`; `no` (dash before 0.5.12-7: Debian 12,
 * Ubuntu 24.04 and older), where `set -o pipefail` stops the RUN; `depends` (dash of a release the tag
 * does not name); `unknown` (`sh` of an image we know nothing about — taken on trust, as hadolint does).
 */
type PipefailSupport = 'yes' | 'no' | 'depends' | 'unknown';

function pipefailSupport(name: string, system: SystemShell | null): PipefailSupport {
  if (PIPEFAIL_SHELLS.includes(name)) return 'yes';
  if (name !== 'sh' && name !== 'dash') return 'unknown';
  if (!system || (name === 'dash' && system.shell !== 'dash')) return 'unknown';
  return system.pipefail === null ? 'depends' : system.pipefail ? 'yes' : 'no';
}

/** `["/bin/bash", "-eo", "pipefail", "-c"]`: a shell started with pipefail. */
function startsWithPipefail(argv: readonly string[]): boolean {
  return argv.some((word, i) => word === 'pipefail' && i > 0 && /^-[A-Za-z]*o$/.test(argv[i - 1]!));
}

function setsPipefail(cmd: ShellCommand): boolean {
  return cmd.base === 'set' && commandFlags(cmd).includes('o') && hasArg(cmd, 'pipefail');
}

/**
 * The first command whose failure a pipe would hide, unless `set -o pipefail` ran before it. A pipe
 * inside a `$( )` whose status is thrown away anyway (an argument, a `for` list) hides nothing.
 */
function hiddenFailure(commands: readonly ShellCommand[]): ShellCommand | null {
  for (const cmd of commands) {
    if (setsPipefail(cmd)) return null;
    if (cmd.piped && !cmd.statusIgnored && !HARMLESS_UPSTREAM.has(cmd.base)) return cmd;
  }
  return null;
}

/** `` `/bin/sh` is dash in Debian 12 (bookworm)``: what a message says the shell is. */
function whichShell(argv: readonly string[], system: SystemShell | null): string {
  return `\`${argv[0]}\` is dash${system?.release ? ` in ${system.release}` : ''}`;
}

/** How to turn pipefail on, in the terms of the shell the RUN runs under. */
function advice(argv: readonly string[], support: PipefailSupport, system: SystemShell | null): string {
  const name = shellName(argv);
  if (support === 'no') return `add ${BASH_PIPEFAIL} before this RUN (this dash has no pipefail)`;
  if (support === 'depends') return `add ${BASH_PIPEFAIL} before this RUN (\`set -o pipefail\` works in dash only from Debian 13 and Ubuntu 24.10 on)`;
  if (support === 'unknown') return `add ${BASH_PIPEFAIL} (\`/bin/ash\` on Alpine) before this RUN, or \`set -o pipefail\` in it where /bin/sh has pipefail`;
  if (system?.shell === 'ash' && (name === 'sh' || name === 'ash' || name === 'busybox')) {
    return 'add `set -o pipefail &&` at the start of the RUN, or `SHELL ["/bin/ash", "-o", "pipefail", "-c"]` before it (BusyBox ash has pipefail)';
  }
  if (name === 'sh' || name === 'dash') return `add \`set -o pipefail &&\` at the start of the RUN, or ${BASH_PIPEFAIL} before it`;
  return `add \`set -o pipefail &&\` at the start of the RUN, or start the shell with it: \`SHELL ["${argv[0]}", "-o", "pipefail", "-c"]\``;
}

interface Verdict {
  severity: Severity;
  message: string;
}

/** What one script of a RUN is told, or null when its pipes are covered. */
function judge(argv: readonly string[], commands: readonly ShellCommand[], system: SystemShell | null): Verdict | null {
  const support = pipefailSupport(shellName(argv), system);
  const started = startsWithPipefail(argv);
  const asked = started ? `\`${argv.join(' ')}\`` : commands.some(setsPipefail) ? '`set -o pipefail`' : null;
  if (asked && support === 'no') {
    return {
      severity: 'error',
      message: `${asked} stops this RUN: ${whichShell(argv, system)}, which has no pipefail option (${DASH_PIPEFAIL_SINCE}); use ${BASH_PIPEFAIL} instead`,
    };
  }
  if (asked && support === 'depends') {
    return {
      severity: 'warning',
      message: `${asked} works only if the image's dash (\`${argv[0]}\`) is new enough: ${DASH_PIPEFAIL_SINCE}, while in Debian 12, Ubuntu 24.04 and older it stops the RUN ("Illegal option -o pipefail"); name the release in the tag (\`debian:trixie\`) or use ${BASH_PIPEFAIL}`,
    };
  }
  if (started && support === 'yes') return null;
  const culprit = hiddenFailure(commands);
  if (!culprit) return null;
  return {
    severity: 'warning',
    message: `Set the SHELL option -o pipefail before RUN with a pipe in it: if \`${describeCommand(culprit, 3)}\` fails, the build goes on; ${advice(argv, support, system)}`,
  };
}

export const pipeWithoutPipefail: Rule = {
  id: 'pipe-without-pipefail',
  title: 'Set -o pipefail before a RUN with a pipe',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL4006'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const shells = runShells(df);
    for (const { instruction, run } of runInstructions(df)) {
      const shell = shells.get(instruction)!.argv;
      if (isNonPosixShell(shell)) continue;
      const system = stageSystemShell(df, df.stages[instruction.stage]);
      const scripts = runScripts(run);
      for (const script of scripts) {
        const verdict = judge(scriptShell(script, scripts, run.execForm, shell), script.parsed.commands, system);
        if (!verdict) continue;
        ctx.reportAt(instruction, verdict.message, verdict.severity);
        break;
      }
    }
  },
};
