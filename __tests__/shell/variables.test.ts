import { describe, expect, it } from 'vitest';
import { parseShell, variablesBefore } from '../../src/shell/index.js';

/** The variables set before the script's `use` command. */
function before(script: string): Record<string, string | null> {
  const { commands } = parseShell(script);
  return Object.fromEntries(variablesBefore(commands, commands.findIndex((c) => c.name === 'use')));
}

describe('variablesBefore', () => {
  it.each([
    ['a literal assignment', "deps='curl git'; use", { deps: 'curl git' }],
    ['several on one line', 'a=1 b="two words"; use', { a: '1', b: 'two words' }],
    ['export, readonly, declare, local', 'export A=1 B; readonly C=2; declare -x D=3; use', { A: '1', C: '2', D: '3' }],
    ['the last assignment wins', 'v=1; v=2; use', { v: '2' }],
    ['a value from an expansion is unknown', 'v="$(cat f)"; w=$HOME/x; export X="$v"; use', { v: null, w: null, X: null }],
    ['an assignment in a branch is unknown', 'if x; then v=1; fi; use', { v: null }],
    ['an assignment in a subshell or substitution is unknown', '(v=1); echo $(w=2); use', { v: null, w: null }],
    ['unset and read make it unknown', 'v=1; w=2; unset v; read -r w; use', { v: null, w: null }],
    ['a prefix assignment only reaches its command', 'v=1 make; use', {}],
    ['nothing after the command counts', 'use; v=1', {}],
  ])('%s', (_name, script, expected) => {
    expect(before(script)).toEqual(expected);
  });
});
