import { parseShell } from '../../shell/index.js';
import type { ShellcheckComment } from './batch.js';
import { lineStarts } from './mapped-text.js';

/**
 * ShellCheck's portability findings (SC3xxx) about what BusyBox ash — Alpine's /bin/sh — runs anyway.
 * Before 0.10 ShellCheck has no BusyBox mode (its `ash` means dash, and its POSIX `sh` flags all of
 * these); 0.10's `busybox` mode still reports some (`$RANDOM`, `<(…)`, `**`, `$'…'`). Each entry was
 * checked with `busybox ash -c` (BusyBox 1.35); codes ShellCheck uses for several constructs carry a
 * pattern for the message (`only`), or apply only to `NAME=value` operands of declarations.
 */
const BUSYBOX_ASH_RUNS: readonly { code: number; construct: string; only?: RegExp; inDeclaration?: true }[] = [
  // POSIX sh may split `export A=$(…)`; BusyBox ash, like dash, reads it as an assignment (0.9's `sh` warns).
  { code: 2046, construct: '`$( )` in an assignment of `export`, `local`, `readonly`', inDeclaration: true },
  { code: 3001, construct: 'process substitution `<(…)`' },
  { code: 3003, construct: "`$'…'` strings" },
  { code: 3010, construct: '`[[ ]]`' },
  { code: 3012, construct: '`\\<` and `\\>` in `[ ]`' },
  { code: 3013, construct: '`-nt`, `-ot`, `-ef` in `[ ]`' },
  { code: 3014, construct: '`==` in `[ ]`' },
  { code: 3018, construct: '`++` and `--` in `$(( ))`' },
  { code: 3019, construct: '`**` in `$(( ))`' },
  { code: 3020, construct: '`&>` redirection' },
  { code: 3028, construct: 'variables BusyBox ash sets', only: /\b(RANDOM|EPOCHSECONDS|EPOCHREALTIME|HOSTNAME|SHLVL)\b/ },
  { code: 3036, construct: '`echo -e`' },
  { code: 3037, construct: '`echo` flags' },
  { code: 3039, construct: '`let`' },
  { code: 3040, construct: '`set -o pipefail`', only: /\bpipefail\b/ },
  { code: 3043, construct: '`local`' },
  { code: 3046, construct: '`source`' },
  { code: 3048, construct: 'signal names with `SIG` in `trap`' },
  { code: 3057, construct: 'substrings `${x:1:2}`' },
  { code: 3060, construct: 'replacements `${x/a/b}`' },
];

const DECLARATIONS = new Set(['export', 'local', 'readonly']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Reads a BusyBox ash script once, then tells whether a 1-based line and column lies in a `NAME=value`
 * operand of `export`, `local` or `readonly`.
 */
export function declarationOperands(content: string): (line: number, column: number) => boolean {
  const starts = lineStarts(content);
  const spans = parseShell(content)
    .commands.filter((c) => DECLARATIONS.has(c.base))
    .flatMap((c) => c.args.filter((a) => ASSIGNMENT.test(a.value)).map((a) => [a.offset, a.offset + a.raw.length] as const));
  return (line, column) => {
    const offset = (starts[line - 1] ?? Infinity) + column - 1;
    return spans.some(([start, end]) => offset >= start && offset < end);
  };
}

/** Whether a ShellCheck comment on a BusyBox ash script is about something BusyBox ash runs. */
export function busyboxAshRuns(comment: Pick<ShellcheckComment, 'code' | 'message' | 'line' | 'column'>, inDeclaration: (line: number, column: number) => boolean): boolean {
  return BUSYBOX_ASH_RUNS.some(
    (entry) =>
      entry.code === comment.code && (!entry.only || entry.only.test(comment.message)) && (!entry.inDeclaration || inDeclaration(comment.line, comment.column)),
  );
}
