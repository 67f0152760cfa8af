import type { ShellCommand } from './parse.js';

/**
 * The shell variables a script has set by the time one of its commands runs, as far as reading (not
 * running) the script can tell: `deps='curl git'; apt-get install $deps` installs curl and git.
 */

/** Builtins whose `NAME=value` operands set a variable for the rest of the script. */
const DECLARING_BUILTINS = new Set(['export', 'readonly', 'declare', 'typeset', 'local']);
const NAME_VALUE = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * What `commands[0 … index-1]` leave in the variables: a name maps to its value, or to null when the
 * script sets it in a way a reader cannot follow — the value comes from an expansion (`$(cat x)`,
 * `"$a b"`), or the assignment sits in a branch, loop, function, subshell or `$( )` that may not run
 * or does not reach the top level. Names the script never sets are absent, so the caller can fall
 * back to ENV and ARG. Prefix assignments (`NAME=1 cmd`) only reach `cmd`'s environment: not listed.
 */
export function variablesBefore(commands: readonly ShellCommand[], index: number): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const set = (cmd: ShellCommand, name: string, value: string, literal: boolean) => {
    const followed = cmd.depth === 0 && !cmd.substitution;
    out.set(name, followed && literal ? value : null);
  };
  for (const cmd of commands.slice(0, Math.max(0, index))) {
    if (cmd.name === '') {
      // The parser keeps expansions as written in the value, so a `$` or backtick marks one.
      for (const a of cmd.assignments) set(cmd, a.name, a.value, !/[$`]/.test(a.value));
    } else if (DECLARING_BUILTINS.has(cmd.base)) {
      for (const word of cmd.args) {
        const m = NAME_VALUE.exec(word.value);
        if (m) set(cmd, m[1]!, m[2]!, !word.dynamic);
      }
    } else if (cmd.base === 'unset' || cmd.base === 'read') {
      // Unset or read from input: either way no longer a value the script spells out.
      for (const word of cmd.args) if (NAME.test(word.value)) out.set(word.value, null);
    }
  }
  return out;
}
