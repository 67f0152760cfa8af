import type { ShellCommand } from './parse.js';

/**
 * The shell variables a script has set by the time one of its commands runs, as far as reading (not
 * running) the script can tell: `deps='curl git'; apt-get install $deps` installs curl and git.
 */

/** Builtins whose `NAME=value` operands set a variable for the rest of the script. */
const DECLARING_BUILTINS = new Set(['export', 'readonly', 'declare', 'typeset', 'local']);
const NAME_VALUE = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Variables = ReadonlyMap<string, string | null>;

/**
 * What `commands[0 … index-1]` leave in the variables: a name maps to its value, or to null when the
 * script sets it in a way a reader cannot follow — the value comes from an expansion (`$(cat x)`,
 * `"$a b"`), or the assignment sits in a branch, loop, function, subshell or `$( )` that may not run
 * or does not reach the top level. Names the script never sets are absent, so the caller can fall
 * back to ENV and ARG. Prefix assignments (`NAME=1 cmd`) only reach `cmd`'s environment: not listed.
 */
export function variablesBefore(commands: readonly ShellCommand[], index: number): Variables {
  return variablesBeforeEach(commands)[Math.min(Math.max(0, index), commands.length)]!;
}

/**
 * `variablesBefore` for every index at once, `0 … commands.length`, in one pass: a RUN's rules ask for
 * it at each of its commands. Commands that set nothing share the map before them, so a long chain of
 * commands costs one map, not one per command.
 */
export function variablesBeforeEach(commands: readonly ShellCommand[]): Variables[] {
  const snapshots: Variables[] = [];
  let current: Variables = new Map();
  for (const cmd of commands) {
    snapshots.push(current);
    const sets = variablesSetBy(cmd);
    if (sets.length > 0) {
      const next = new Map(current);
      for (const [name, value] of sets) next.set(name, value);
      current = next;
    }
  }
  snapshots.push(current);
  return snapshots;
}

/** The variables one command sets, in order, each with its value or null when a reader cannot follow it. */
function variablesSetBy(cmd: ShellCommand): [string, string | null][] {
  const sets: [string, string | null][] = [];
  const followed = cmd.depth === 0 && !cmd.substitution;
  const set = (name: string, value: string, literal: boolean) => sets.push([name, followed && literal ? value : null]);
  if (cmd.name === '') {
    // The parser keeps expansions as written in the value, so a `$` or backtick marks one.
    for (const a of cmd.assignments) set(a.name, a.value, !/[$`]/.test(a.value));
  } else if (DECLARING_BUILTINS.has(cmd.base)) {
    for (const word of cmd.args) {
      const m = NAME_VALUE.exec(word.value);
      if (m) set(m[1]!, m[2]!, !word.dynamic);
    }
  } else if (cmd.base === 'unset' || cmd.base === 'read') {
    // Unset or read from input: either way no longer a value the script spells out.
    for (const word of cmd.args) if (NAME.test(word.value)) sets.push([word.value, null]);
  }
  return sets;
}
