import type { Dockerfile, Instruction, Stage } from '../../dockerfile/index.js';
import type { RunScript } from '../../shell/index.js';

/** The shell a RUN's shell form runs under. */
export interface RunShell {
  /** argv of the shell, as SHELL writes it: `["/bin/bash", "-o", "pipefail", "-c"]`; a `# hadolint shell=pwsh` comment gives `["pwsh"]`. */
  argv: readonly string[];
}

const DEFAULT_SHELL: RunShell = { argv: ['/bin/sh', '-c'] };
/** Windows containers run RUN lines with cmd.exe unless SHELL says otherwise. */
const WINDOWS_DEFAULT_SHELL: RunShell = { argv: ['cmd', '/S', '/C'] };
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/i;

/** Shells that are not POSIX shells: their RUN lines are not sh scripts (hadolint's list). */
const NON_POSIX = ['pwsh', 'powershell', 'cmd'];

/** The program name of a shell: `/usr/bin/bash` → `bash`, `C:\\…\\powershell.exe` → `powershell`. */
export function shellName(argv: readonly string[]): string {
  const first = argv[0] ?? '';
  return first.slice(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '').toLowerCase();
}

/** PowerShell and cmd.exe run RUN lines; sh-script checks do not apply to them. */
export function isNonPosixShell(argv: readonly string[]): boolean {
  const name = shellName(argv);
  return NON_POSIX.some((n) => name.includes(n));
}

/** The argv a `#!` line runs: `#!/bin/bash -e` → `["/bin/bash", "-e"]`, `#!/usr/bin/env bash` → `["bash"]`; null without one. */
export function shebangArgv(text: string): string[] | null {
  const m = /^#!\s*([^\n]*)/.exec(text);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/).filter((w) => w !== '');
  // `env` starts the program it names (after its own options, `env -S bash -e`).
  if (words.length > 1 && shellName(words) === 'env') return words.slice(1).filter((w, i) => i > 0 || !w.startsWith('-'));
  return words.length > 0 ? words : null;
}

/**
 * The argv of the shell that runs one script of a RUN: an exec form's own shell
 * (`["/bin/bash", "-c", …]`); for a heredoc script its shebang, else the shell the RUN line starts it
 * with (`RUN bash -e <<EOF`); otherwise `shell`, the SHELL in effect.
 */
export function scriptShell(script: RunScript, scripts: readonly RunScript[], execForm: readonly string[] | null, shell: readonly string[]): readonly string[] {
  if (script.source === 'exec') return execForm ?? shell;
  if (script.source === 'heredoc') {
    const shebang = shebangArgv(script.text);
    if (shebang) return shebang;
    const launcher = scripts.find((s) => s.source === 'shell')?.parsed.commands.find((c) => c.depth === 0);
    if (launcher) return [launcher.name, ...launcher.args.map((a) => a.value)];
  }
  return shell;
}

/**
 * Whether a stage is built from a Windows image: `--platform=windows/…`, a Windows base
 * (`mcr.microsoft.com/windows/servercore`, `…/nanoserver`, an `ltsc2022` tag), or the backtick escape
 * character Windows Dockerfiles use.
 */
export function isWindowsStage(df: Dockerfile, stage: Stage): boolean {
  if (stage.platform?.toLowerCase().startsWith('windows')) return true;
  if (df.escapeChar === '`') return true;
  if (stage.base.kind !== 'image') return false;
  const ref = stage.base.expanded;
  return /mcr\.microsoft\.com\/windows\b|nanoserver|servercore|:[^/]*ltsc\d{4}|(^|\/)windows(:|$)/i.test(ref);
}

/**
 * The shell each RUN (and ONBUILD RUN) of the file runs under, keyed by the instruction written in the
 * file. SHELL changes it for the rest of the stage and for stages built FROM that stage (as BuildKit
 * does; hadolint starts every stage over). A `# hadolint shell=…` comment sets it from that line on;
 * written before the first FROM, it is every stage's default. A stage from a Windows image starts
 * with cmd.exe, as Windows containers do.
 */
export function runShells(df: Dockerfile): Map<Instruction, RunShell> {
  const pragmas = df.comments
    .filter((c) => !c.embedded)
    .map((c) => ({ line: c.line, shell: SHELL_PRAGMA.exec(c.text)?.[1] }))
    .filter((p): p is { line: number; shell: string } => p.shell !== undefined);
  const firstFrom = df.stages[0]?.from.line ?? Infinity;
  const globalPragma = pragmas.filter((p) => p.line < firstFrom).pop();
  const fileDefault: RunShell = globalPragma ? { argv: [globalPragma.shell] } : DEFAULT_SHELL;

  const out = new Map<Instruction, RunShell>();
  // Walks one section (the preamble or a stage) in line order, SHELLs and pragmas changing the shell.
  const walk = (start: RunShell, instructions: readonly Instruction[], fromLine: number, toLine: number): RunShell => {
    type Event = { line: number; instruction: Instruction } | { line: number; pragma: string };
    const events: Event[] = [
      ...instructions.map((instruction) => ({ line: instruction.line, instruction })),
      ...pragmas.filter((p) => p.line > fromLine && p.line <= toLine).map((p) => ({ line: p.line, pragma: p.shell })),
    ].sort((a, b) => a.line - b.line);
    let current = start;
    for (const event of events) {
      if ('pragma' in event) {
        current = { argv: [event.pragma] };
        continue;
      }
      const ins = event.instruction;
      if (ins.keyword === 'SHELL' && ins.execForm && ins.execForm.length > 0) current = { argv: ins.execForm };
      else if (ins.keyword === 'RUN' || ins.trigger?.keyword === 'RUN') out.set(ins, current);
    }
    return current;
  };

  walk(fileDefault, df.preamble, 0, firstFrom - 1);
  const finals: RunShell[] = [];
  for (const stage of df.stages) {
    const external = globalPragma ? fileDefault : isWindowsStage(df, stage) ? WINDOWS_DEFAULT_SHELL : DEFAULT_SHELL;
    const start = stage.base.kind === 'stage' ? (finals[stage.base.stage] ?? external) : external;
    finals[stage.index] = walk(start, stage.instructions, stage.from.line, stage.endLine);
  }
  return out;
}
