import { parseWords, unquote, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** Shell syntax a JSON array cannot express without a shell. */
const SHELL_SYNTAX = /[|&;<>()$`*?~[\]{}]|\\/;

/** The command a shell-form CMD / ENTRYPOINT / HEALTHCHECK CMD runs, or null for the exec form and `HEALTHCHECK NONE`. */
function shellCommand(ins: Instruction): string | null {
  if (ins.execForm !== null) return null;
  if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') return ins.args.trim() === '' ? null : ins.args.trim();
  if (ins.keyword === 'HEALTHCHECK') {
    const m = /^cmd\s+([\s\S]+)$/i.exec(ins.args.trim());
    return m ? m[1]!.trim() : null;
  }
  return null;
}

/** `node server.js` → `["node", "server.js"]`; null when the command needs a shell to mean what it says. */
function asJson(command: string, escapeChar: string): string | null {
  if (SHELL_SYNTAX.test(command)) return null;
  const words = parseWords(command, escapeChar).map((w) => unquote(w, escapeChar));
  return words.length > 0 ? JSON.stringify(words).replace(/","/g, '", "') : null;
}

interface ShellInEffect {
  argv: readonly string[];
  /** Whether a SHELL instruction (in the stage or one it is built FROM) chose it. */
  chosen: boolean;
}

/** The SHELL the instruction's shell form runs under: `/bin/sh -c` unless a SHELL instruction says otherwise. */
function shellAt(df: Dockerfile, ins: Instruction): ShellInEffect {
  const stage = df.stages[ins.stage];
  if (!stage) return { argv: ['/bin/sh', '-c'], chosen: false };
  let shell: ShellInEffect = { argv: stage.initial.shell, chosen: stage.initial.shellLine !== null };
  for (const other of stage.instructions) {
    if (other === ins) break;
    if (other.keyword === 'SHELL' && other.execForm && other.execForm.length > 0) shell = { argv: other.execForm, chosen: true };
  }
  return shell;
}

/**
 * Whether BuildKit's JSONArgsRecommended (json-args-recommended, which carries DL3025 as an alias)
 * already reports the instruction: a shell-form CMD or ENTRYPOINT in a stage with no SHELL chosen.
 * That finding stands for DL3025 there; this rule adds what hadolint reports beyond it, so no line
 * is reported twice.
 */
function reportedAsJsonArgsRecommended(ins: Instruction, shell: ShellInEffect): boolean {
  return ins.stage >= 0 && (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !shell.chosen;
}

/** `exec` only means "replace the shell" in a POSIX shell, not in PowerShell or cmd. */
function isPosixShell(shell: readonly string[]): boolean {
  return /(^|\/)(sh|bash|ash|dash|zsh|ksh|mksh)$/.test(shell[0] ?? '');
}

function shorten(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

export const commandInShellForm: Rule = {
  id: 'command-in-shell-form',
  title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3025'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const command = shellCommand(ins);
      if (command === null) continue;
      const keyword = ins.keyword === 'HEALTHCHECK' ? `${ins.rawKeyword} CMD` : ins.rawKeyword;
      const inEffect = shellAt(df, ins);
      if (reportedAsJsonArgsRecommended(ins, inEffect)) continue;
      const shellArgv = inEffect.argv;
      const shell = shorten(shellArgv.join(' '), 30);
      const written = `\`${keyword} ${shorten(command)}\``;
      let detail: string;
      if (/^["']?\[/.test(command)) {
        // A JSON array with single quotes, escaped quotes or a missing bracket silently becomes shell form.
        detail = `${written} looks like a JSON array but is not valid JSON, so it runs through \`${shell}\`. Write it with double quotes and a closing \`]\``;
      } else {
        const why =
          ins.keyword === 'HEALTHCHECK'
            ? `runs the check through \`${shell}\`, which the image must then contain`
            : `runs it as a child of \`${shell}\`, so the process does not receive the SIGTERM of \`docker stop\` and is killed after the timeout`;
        const json = asJson(command, df.escapeChar);
        const exec = isPosixShell(shellArgv) ? ', or start the command with `exec` so it replaces the shell' : '';
        const fix = json ? `Write \`${keyword} ${json}\`` : `Write it as a JSON array${exec}`;
        detail = `${written} ${why}. ${fix}`;
      }
      ctx.reportAt(ins, `Use arguments JSON notation for CMD and ENTRYPOINT arguments: ${detail}`);
    }
  },
};
