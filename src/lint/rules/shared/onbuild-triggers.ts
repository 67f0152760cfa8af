import type { Dockerfile, Instruction, Stage } from '../../../dockerfile/index.js';
import type { StageVariables } from '../../variables.js';

/**
 * ONBUILD triggers are checked where they are written, as BuildKit checks them in a stage built FROM
 * this one: they run there right after FROM, in order, on top of everything this stage did.
 */

/** Where each name is set in a stage: the last instruction that sets it, the first trigger that does. */
interface Definers {
  lastByInstruction: Map<string, number>;
  firstByTrigger: Map<string, number>;
  /** Every name set, in the order of the stage. */
  names: string[];
  positions: Map<Instruction, number>;
}

const definersCache = new WeakMap<Stage, Definers>();

function definersOf(stage: Stage): Definers {
  let definers = definersCache.get(stage);
  if (definers) return definers;
  definers = { lastByInstruction: new Map(), firstByTrigger: new Map(), names: [], positions: new Map() };
  const seen = new Set<string>();
  stage.instructions.forEach((ins, index) => {
    definers!.positions.set(ins, index);
    for (const [definer, record] of [
      [ins, (key: string) => definers!.lastByInstruction.set(key, index)],
      [ins.trigger, (key: string) => definers!.firstByTrigger.has(key) || definers!.firstByTrigger.set(key, index)],
    ] as const) {
      if (!definer || (definer.keyword !== 'ENV' && definer.keyword !== 'ARG')) continue;
      for (const { key } of definer.pairs) {
        record(key);
        if (!seen.has(key)) definers.names.push(key), seen.add(key);
      }
    }
  });
  definersCache.set(stage, definers);
  return definers;
}

/**
 * The variables an ONBUILD trigger can use: those before the ONBUILD (`variables`), plus what the rest
 * of the stage and the earlier triggers define. Those values are left unknown (null): a rule then
 * treats the names as defined and does not guess what they expand to. Reading a name costs the same
 * however many triggers the stage has (an index per stage, not a copy per trigger).
 */
export function triggerVariables(variables: StageVariables, stage: Stage, onbuild: Instruction): StageVariables {
  const { lastByInstruction, firstByTrigger, names, positions } = definersOf(stage);
  const position = positions.get(onbuild) ?? -1;
  // Later instructions of the stage itself, earlier triggers: both have run when this trigger runs.
  const setLater = (name: string) => (lastByInstruction.get(name) ?? -1) > position || (firstByTrigger.get(name) ?? Infinity) < position;
  const values = {
    get: (name: string) => (setLater(name) ? null : variables.values.get(name)),
    has: (name: string) => setLater(name) || variables.values.has(name),
  };
  const order = {
    *[Symbol.iterator]() {
      const seen = new Set<string>();
      for (const name of variables.order) if (!seen.has(name)) yield (seen.add(name), name);
      for (const name of names) if (setLater(name) && !seen.has(name)) yield (seen.add(name), name);
    },
  };
  return { values, declared: variables.declared, baseKnown: variables.baseKnown, order };
}

/**
 * Whether a stage of this file is built FROM `stage`, so runs its triggers in this build, with this
 * build context; otherwise they run in builds elsewhere, from contexts this file does not know.
 */
export function triggersRunInThisFile(df: Dockerfile, stage: Stage): boolean {
  return df.stages.some((child) => child.base.kind === 'stage' && child.base.stage === stage.index);
}
