import type { Dockerfile, Instruction, Stage } from '../../../dockerfile/index.js';
import type { StageVariables } from '../../variables.js';

/**
 * ONBUILD triggers are checked where they are written, as BuildKit checks them in a stage built FROM
 * this one: they run there right after FROM, in order, on top of everything this stage did.
 */

/**
 * The variables an ONBUILD trigger can use: those before the ONBUILD (`variables`), plus what the rest
 * of the stage and the earlier triggers define. Those values are left unknown (null): a rule then
 * treats the names as defined and does not guess what they expand to.
 */
export function triggerVariables(variables: StageVariables, stage: Stage, onbuild: Instruction): StageVariables {
  const position = stage.instructions.indexOf(onbuild);
  const values = new Map(variables.values);
  const order = [...variables.order];
  stage.instructions.forEach((ins, index) => {
    // Later instructions of the stage itself, earlier triggers: both have run when this trigger runs.
    const definer = index > position ? ins : index < position ? ins.trigger : null;
    if (!definer || (definer.keyword !== 'ENV' && definer.keyword !== 'ARG')) return;
    for (const { key } of definer.pairs) {
      if (!values.has(key)) order.push(key);
      values.set(key, null);
    }
  });
  return { values, declared: variables.declared, baseKnown: variables.baseKnown, order };
}

/**
 * Whether a stage of this file is built FROM `stage`, so runs its triggers in this build, with this
 * build context; otherwise they run in builds elsewhere, from contexts this file does not know.
 */
export function triggersRunInThisFile(df: Dockerfile, stage: Stage): boolean {
  return df.stages.some((child) => child.base.kind === 'stage' && child.base.stage === stage.index);
}
