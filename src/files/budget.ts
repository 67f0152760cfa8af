import { parseDockerfile, type Dockerfile } from '../dockerfile/index.js';

/**
 * What one lint run may hold in memory: every file's model stays until the report is written, so the
 * run counts the instructions it has read. Past the budget a file is not linted, and says so; the ones
 * before it are. 200,000 instructions is about seven times a corpus of 927 real Dockerfiles and keeps
 * the run under 1 GB even when every file is the worst shape the size limit lets through.
 */
export const MAX_RUN_INSTRUCTIONS = 200_000;

/**
 * The longest chain of stages, each built FROM the one before, a file may have: many checks follow a
 * stage's chain to its base image, so their cost grows with the square of its length (real files stay
 * under 20; the size limit alone would let through 7,000).
 */
export const MAX_STAGE_CHAIN = 500;

/** The longest FROM chain of a file, and the stage at its end. */
function longestChain(df: Dockerfile): { depth: number; line: number } {
  const depths: number[] = [];
  let longest = { depth: 0, line: 1 };
  for (const stage of df.stages) {
    // A stage can only be built FROM an earlier one.
    const depth = stage.base.kind === 'stage' && stage.base.stage < stage.index ? depths[stage.base.stage]! + 1 : 1;
    depths.push(depth);
    if (depth > longest.depth) longest = { depth, line: stage.from.line };
  }
  return longest;
}

export class LintBudget {
  private used = 0;

  constructor(private readonly maxInstructions = MAX_RUN_INSTRUCTIONS) {}

  /** Counts a parsed file against the budget: the file itself, or over it, an empty model whose one problem says why. */
  admit(df: Dockerfile): Dockerfile {
    const refusal = this.refusal(df);
    return refusal === null ? df : notLinted(df.path, refusal);
  }

  /**
   * Counts a parsed file against the budget: null when it is linted, else why not. A worker thread that
   * rebuilds the file's model from its text is given this answer instead of a budget of its own.
   */
  refusal(df: Dockerfile): string | null {
    const count = df.instructions.length;
    const n = (x: number) => x.toLocaleString('en-US');
    const chain = longestChain(df);
    if (chain.depth > MAX_STAGE_CHAIN) {
      return `not linted: the stage on line ${chain.line} ends a chain of ${n(chain.depth)} stages each built FROM the one before, over the ${MAX_STAGE_CHAIN} the checks follow`;
    }
    if (this.used + count > this.maxInstructions) {
      return `not linted: this file's ${n(count)} instructions would take this run past the ${n(this.maxInstructions)} it may hold (${n(this.used)} read before it)`;
    }
    this.used += count;
    return null;
  }
}

/** An empty model in place of a file not linted, whose one problem, on line 1, says why. */
export function notLinted(path: string, message: string): Dockerfile {
  const skipped = parseDockerfile('', { path });
  skipped.problems = [{ line: 1, message }];
  return skipped;
}
