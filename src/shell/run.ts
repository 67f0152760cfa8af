import { instructionToCheck, lineOfArgsOffset, type Instruction } from '../dockerfile/index.js';
import { parseShell, type ParsedScript, type ShellCommand } from './parse.js';

export interface RunScript {
  /** The shell text as the shell would read it. */
  text: string;
  parsed: ParsedScript;
  /** `shell`: the shell form; `exec`: an exec form that runs a shell with -c; `heredoc`: a heredoc body run as a script. */
  source: 'shell' | 'exec' | 'heredoc';
  /** The Dockerfile line an offset of `text` comes from. */
  lineAt(offset: number): number;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Windows and PowerShell: their scripts are not POSIX shell, so there is nothing for this reader to say. */
const FOREIGN_SHELLS = /^(pwsh|powershell|cmd)(\.exe)?$/i;

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

function execCommand(words: string[]): ParsedScript {
  const [name = '', ...rest] = words;
  let offset = name.length + 1;
  const command: ShellCommand = {
    name,
    base: basename(name),
    args: rest.map((value) => {
      const word = { value, raw: value, offset, quoted: true, dynamic: false };
      offset += value.length + 1;
      return word;
    }),
    assignments: [],
    offset: 0,
    before: null,
    piped: false,
    redirects: [],
    depth: 0,
    substitution: false,
  };

  return { source: words.join(' '), commands: name ? [command] : [], hasPipes: false, incomplete: false };
}

const cache = new WeakMap<Instruction, RunScript[]>();

/**
 * The shell scripts a RUN (or ONBUILD RUN trigger) executes: its shell form; the `-c` script of an exec
 * form that starts a shell (`["/bin/bash", "-c", "…"]`) or, for any other exec form, the one command it
 * runs; and heredoc bodies the shell runs (`RUN <<EOF`, `RUN bash <<EOF`) — not bodies that are data
 * (`RUN cat <<EOF > file`, `RUN python3 <<EOF`). Parsed once per instruction.
 */
export function runScripts(instruction: Instruction): RunScript[] {
  const ins = instructionToCheck(instruction);
  if (ins.keyword !== 'RUN') return [];
  const cached = cache.get(ins);
  if (cached) return cached;

  const scripts: RunScript[] = [];
  const shell = basename(ins.scope.shell[0] ?? '/bin/sh');
  if (ins.execForm) {
    const words = ins.execForm;
    const c = words.indexOf('-c');
    if (words.length > 0 && SHELLS.has(basename(words[0]!)) && c > 0 && c + 1 < words.length) {
      const text = words[c + 1]!;
      scripts.push({ text, parsed: parseShell(text), source: 'exec', lineAt: () => ins.line });
    } else {
      scripts.push({ text: words.join(' '), parsed: execCommand(words), source: 'exec', lineAt: () => ins.line });
    }
  } else if (FOREIGN_SHELLS.test(shell)) {
    // SHELL ["powershell", …]: leave the script alone rather than misread it.
  } else {
    const parsed = parseShell(ins.args);
    scripts.push({ text: ins.args, parsed, source: 'shell', lineAt: (offset) => lineOfArgsOffset(ins, offset) });
    if (ins.heredocs.length > 0) {
      const withoutMarkers = ins.args.replace(/(^|\s)\d*<<-?\S+/g, ' ').trim();
      const runner = parsed.commands.find((cmd) => cmd.depth === 0);
      const bodyIsScript =
        withoutMarkers === '' ||
        (runner !== undefined && SHELLS.has(runner.base) && !runner.args.some((a) => a.value === '-c'));
      if (bodyIsScript) {
        for (const heredoc of ins.heredocs) {
          const text = heredoc.content;
          scripts.push({
            text,
            parsed: parseShell(text),
            source: 'heredoc',
            lineAt: (offset) => heredoc.line + countNewlines(text, offset),
          });
        }
      }
    }
  }
  cache.set(ins, scripts);
  return scripts;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const commandsCache = new WeakMap<Instruction, readonly ShellCommand[]>();

/** Every command a RUN executes, in order, across its scripts (computed once per instruction). */
export function runCommands(instruction: Instruction): readonly ShellCommand[] {
  let commands = commandsCache.get(instruction);
  if (!commands) {
    commands = runScripts(instruction).flatMap((s) => s.parsed.commands);
    commandsCache.set(instruction, commands);
  }
  return commands;
}
