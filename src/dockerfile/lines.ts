import type { Instruction } from './types.js';

/** The file line a position in `instruction.args` comes from. */
export function lineOfArgsOffset(instruction: Instruction, offset: number): number {
  let line = instruction.line;
  for (const start of instruction.argsLines) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}
