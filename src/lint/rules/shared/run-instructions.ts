import { parseMountOptions, type Dockerfile, type Instruction } from '../../../dockerfile/index.js';
import { runCommands, unwrap, type ShellCommand } from '../../../shell/index.js';
import type { RuleContext } from '../../types.js';

/** A RUN as the rules see it: the instruction to report on, and the RUN itself (an ONBUILD's trigger). */
export interface RunInstruction {
  /** The instruction written in the file: the RUN, or the ONBUILD that wraps it. Findings go here. */
  instruction: Instruction;
  /** The RUN that executes: `instruction` itself, or the ONBUILD's trigger. */
  run: Instruction;
}

/**
 * Every RUN of the file, ONBUILD RUN triggers included, in file order — stages and instructions before
 * the first FROM alike, so hadolint's fragments (`RUN yum install foo` alone) are checked too.
 */
export function runInstructions(df: Dockerfile): RunInstruction[] {
  const out: RunInstruction[] = [];
  for (const instruction of df.instructions) {
    if (instruction.keyword === 'RUN') out.push({ instruction, run: instruction });
    else if (instruction.trigger?.keyword === 'RUN') out.push({ instruction, run: instruction.trigger });
  }
  return out;
}

/**
 * The commands a RUN executes, with wrappers (`sudo`, `env`, `nice`, …) looked through: `sudo yum install`
 * is a yum install.
 */
export function executedCommands(run: Instruction): ShellCommand[] {
  return runCommands(run).map(unwrap);
}

/** Whether any of the command's arguments is exactly one of `words` (hadolint's reading of subcommands). */
export function hasAnyArg(cmd: ShellCommand, words: readonly string[]): boolean {
  return cmd.args.some((a) => words.includes(a.value));
}

/**
 * Whether the RUN mounts a cache or tmpfs whose target contains one of `fragments`: the package
 * manager's cache then never lands in a layer, so there is nothing to clean.
 */
export function hasCacheMount(run: Instruction, fragments: readonly string[]): boolean {
  return run.flags.some((flag) => {
    if (flag.name !== 'mount' || flag.value === null) return false;
    const options = parseMountOptions(flag.value);
    const type = options.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '';
    return fragments.some((f) => target.includes(f));
  });
}

/**
 * Whether an instruction's stage ends up in the image the build produces (the target and the stages it
 * is built FROM). Instructions before any FROM — hadolint's fragments — count as shipped.
 */
export function isShipped(ctx: RuleContext, instruction: Instruction): boolean {
  return instruction.stage < 0 || ctx.shipped.has(instruction.stage);
}

/** A command as it would be read back in a message, long words shortened: `yum install httpd`. */
export function describeCommand(cmd: ShellCommand, maxArgs = 6): string {
  const short = (word: string) => (word.length > 40 ? `${word.slice(0, 37)}…` : word);
  const words = [cmd.name, ...cmd.args.slice(0, maxArgs).map((a) => short(a.value.replace(/\s+/g, ' ')))];
  return words.join(' ') + (cmd.args.length > maxArgs ? ' …' : '');
}
