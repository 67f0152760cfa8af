import type { Instruction, KeyValue } from '../../../dockerfile/index.js';
import type { LabelType, RuleContext } from '../../types.js';

/** A LABEL as the label rules see it. */
export interface LabelInstruction {
  /** Where findings go: the LABEL, or the ONBUILD that wraps it. */
  instruction: Instruction;
  pairs: readonly KeyValue[];
}

/** Every LABEL of the file, ONBUILD LABEL triggers included, stages and fragments alike. */
export function labelInstructions(ctx: RuleContext): LabelInstruction[] {
  const out: LabelInstruction[] = [];
  for (const instruction of ctx.dockerfile.instructions) {
    const label = instruction.keyword === 'LABEL' ? instruction : instruction.trigger?.keyword === 'LABEL' ? instruction.trigger : null;
    if (label) out.push({ instruction, pairs: label.pairs });
  }
  return out;
}

/**
 * Whether a label value is only known at build time (`version=$VERSION`, filled in by
 * `--build-arg`): its format cannot be judged from the Dockerfile.
 */
export function isBuildTimeValue(pair: KeyValue): boolean {
  return pair.value !== null && /\$(\{|[A-Za-z_])/.test(pair.value);
}

/**
 * The schema labels of one type (`label-schema` in `.hadolint.yaml`), each checked once per LABEL:
 * reports the LABEL when a label of that type is set to a value `isValid` rejects.
 */
export function checkTypedLabels(
  ctx: RuleContext,
  type: LabelType,
  isValid: (value: string) => boolean,
  message: (label: string, value: string) => string,
): void {
  const names = Object.entries(ctx.settings.labelSchema)
    .filter(([, t]) => t === type)
    .map(([name]) => name);
  if (names.length === 0) return;
  for (const { instruction, pairs } of labelInstructions(ctx)) {
    const reported = new Set<string>();
    for (const pair of pairs) {
      if (!names.includes(pair.key) || reported.has(pair.key) || isBuildTimeValue(pair)) continue;
      const value = pair.value ?? '';
      if (isValid(value)) continue;
      reported.add(pair.key);
      ctx.reportAt(instruction, message(pair.key, value));
    }
  }
}
