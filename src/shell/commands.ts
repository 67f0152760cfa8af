import type { ShellCommand, ShellWord } from './parse.js';

/**
 * Questions rules ask about a command, with hadolint's reading of flags: `--name=value` is the flag
 * `name`; `-abc` is the flags `a`, `b` and `c`; `-` and `--` are not flags.
 */

export function flagNames(word: string): string[] {
  if (word === '-' || word === '--' || !word.startsWith('-')) return [];
  if (word.startsWith('--')) return [word.slice(2).split('=')[0]!];
  return Array.from(word.slice(1));
}

export function isFlag(word: ShellWord): boolean {
  return flagNames(word.value).length > 0;
}

/** Every flag name the command carries, up to a `--` that ends the options. */
export function commandFlags(cmd: ShellCommand): string[] {
  const out: string[] = [];
  for (const a of cmd.args) {
    if (a.value === '--') break;
    out.push(...flagNames(a.value));
  }
  return out;
}

export function hasFlag(cmd: ShellCommand, flag: string): boolean {
  return commandFlags(cmd).includes(flag);
}

export function hasAnyFlag(cmd: ShellCommand, flags: readonly string[]): boolean {
  return commandFlags(cmd).some((f) => flags.includes(f));
}

export function countFlag(cmd: ShellCommand, flag: string): number {
  return commandFlags(cmd).filter((f) => f === flag).length;
}

/** Argument values, quotes removed. */
export function argValues(cmd: ShellCommand): string[] {
  return cmd.args.map((a) => a.value);
}

export function hasArg(cmd: ShellCommand, value: string): boolean {
  return cmd.args.some((a) => a.value === value);
}

/** Arguments that are not flags (a flag's separate value, e.g. `-o out`, is still listed). */
export function positionalArgs(cmd: ShellCommand): string[] {
  const out: string[] = [];
  let afterDoubleDash = false;
  for (const a of cmd.args) {
    if (afterDoubleDash) out.push(a.value);
    else if (a.value === '--') afterDoubleDash = true;
    else if (!isFlag(a)) out.push(a.value);
  }
  return out;
}

/**
 * Positional arguments, skipping the values of flags that take one (`-o out`, `--target dir`).
 * `flagsWithValue` lists them without dashes (`o`, `target`).
 */
export function operands(cmd: ShellCommand, flagsWithValue: readonly string[] = []): string[] {
  const out: string[] = [];
  let afterDoubleDash = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const value = cmd.args[i]!.value;
    if (afterDoubleDash) {
      out.push(value);
      continue;
    }
    if (value === '--') {
      afterDoubleDash = true;
      continue;
    }
    const names = flagNames(value);
    if (names.length === 0) {
      out.push(value);
      continue;
    }
    const takesValue = value.startsWith('--') ? !value.includes('=') && flagsWithValue.includes(names[0]!) : flagsWithValue.includes(names[names.length - 1]!) && names.length === value.length - 1;
    if (takesValue) i++;
  }
  return out;
}

/** Values given to a flag: `-u 1000`, `-u1000`, `--uid=1000`, `--uid 1000`. */
export function flagValues(cmd: ShellCommand, flag: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < cmd.args.length; i++) {
    const value = cmd.args[i]!.value;
    if (flag.length > 1 || value.startsWith('--')) {
      if (value === `--${flag}` && i + 1 < cmd.args.length) out.push(cmd.args[++i]!.value);
      else if (value.startsWith(`--${flag}=`)) out.push(value.slice(flag.length + 3));
      else if (flag.length > 1 && value === `-${flag}` && i + 1 < cmd.args.length) out.push(cmd.args[++i]!.value);
    } else if (value.startsWith('-') && !value.startsWith('--')) {
      if (value === `-${flag}` && i + 1 < cmd.args.length) out.push(cmd.args[++i]!.value);
      else if (value.startsWith(`-${flag}`) && value.length > 2) out.push(value.slice(2));
    }
  }
  return out;
}

/** The first positional argument: the subcommand of `apt-get install`, `npm ci`, `go build`. */
export function subcommand(cmd: ShellCommand, flagsWithValue: readonly string[] = []): string | null {
  return operands(cmd, flagsWithValue)[0] ?? null;
}

/** Whether the command is one of `names` (compared by basename: `/usr/bin/pip3` is `pip3`). */
export function isCommand(cmd: ShellCommand, ...names: string[]): boolean {
  return names.includes(cmd.base) || names.includes(cmd.name);
}

/** Commands that run another command, with the flags of theirs that take a value. */
const WRAPPERS: Record<string, readonly string[]> = {
  sudo: ['u', 'g', 'user', 'group', 'C', 'D', 'h', 'p', 'r', 't', 'U'],
  env: ['u', 'unset', 'C', 'chdir', 'S', 'split-string'],
  nice: ['n', 'adjustment'],
  nohup: [],
  time: [],
  exec: ['a'],
  command: [],
  xargs: ['a', 'd', 'E', 'I', 'L', 'n', 'P', 's'],
  stdbuf: ['i', 'o', 'e'],
  timeout: ['k', 's', 'signal', 'kill-after'],
};

/**
 * The command a wrapper runs: `sudo apt-get …`, `env X=1 npm ci`, `nice -n 5 make`, `time go build`.
 * Returns the command itself when it is not a wrapper.
 */
export function unwrap(cmd: ShellCommand): ShellCommand {
  let current = cmd;
  for (let guard = 0; guard < 5; guard++) {
    const takesValue = WRAPPERS[current.base];
    if (!takesValue) return current;
    // `command -v ssh` only looks ssh up; it does not run it.
    if (current.base === 'command' && current.args.some((a) => /^-[a-zA-Z]*[vV]/.test(a.value))) return current;
    let i = 0;
    while (i < current.args.length) {
      const v = current.args[i]!.value;
      if (current.base === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        i++;
        continue;
      }
      if (!v.startsWith('-') || v === '-') break;
      const names = flagNames(v);
      const needsValue = !v.includes('=') && names.length > 0 && takesValue.includes(names[names.length - 1]!) && (v.startsWith('--') || names.length === v.length - 1);
      i += needsValue ? 2 : 1;
    }
    if (current.base === 'timeout' && i < current.args.length) i++; // the duration
    const inner = current.args[i];
    if (!inner) return current;
    current = { ...current, name: inner.value, base: inner.value.slice(inner.value.lastIndexOf('/') + 1), args: current.args.slice(i + 1) };
  }
  return current;
}
