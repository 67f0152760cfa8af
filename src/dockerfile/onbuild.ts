import type { Instruction } from './types.js';

/**
 * What a check looks at in an instruction's place: the instruction itself, or for `ONBUILD` the
 * instruction it triggers. Triggers run in the images built FROM this one; Stagecraft checks them where
 * they are written (docs/compatibility.md), so `ONBUILD ENV A 1` is judged as `ENV A 1` would be.
 * Report on the instruction as written (the ONBUILD): the trigger shares its lines.
 */
export function instructionToCheck(instruction: Instruction): Instruction {
  return instruction.trigger ?? instruction;
}

/** The keyword a suggested fix writes: `ENV`, or `ONBUILD ENV` for a trigger, each as the file spells it. */
export function keywordAsWritten(checked: Instruction): string {
  const parent = checked.onbuildParent;
  return parent ? `${parent.rawKeyword} ${checked.rawKeyword}` : checked.rawKeyword;
}
