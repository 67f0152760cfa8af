import { findTarget, reachableFrom } from '../dockerfile/reach.js';
import type { Dockerfile } from '../dockerfile/types.js';

/** The prefix of the names given to unnamed stages in the temporary copy. */
export const STAGE_NAME_PREFIX = '__sc_';

/** One stage to build on its own: how `--target` names it in the (possibly renamed) copy. */
export interface StageTarget {
  index: number;
  /** The stage's id as the graph keys it: lower-cased name, or the index. */
  id: string;
  /** As written, or null. */
  name: string | null;
  /** What `--target` takes: the name, or `__sc_<index>` in the copy. */
  target: string;
}

/**
 * The stages a build of `target` reaches, other than the target itself, each with a name `--target`
 * accepts. BuildKit refuses `--target <index>`, so an unnamed stage is named in a temporary copy of the
 * Dockerfile (`FROM node AS __sc_0`): `text` is that copy, or null when every stage has a name.
 */
export function stagesToMeasure(df: Dockerfile, text: string, target: string | null): { stages: StageTarget[]; text: string | null } {
  const final = findTarget(df, target);
  if (!final) return { stages: [], text: null };
  const reached = [...reachableFrom(df, final)].filter((i) => i !== final.index).sort((a, b) => a - b);
  const stages = reached.map((index) => {
    const stage = df.stages[index]!;
    return { index, id: stage.id, name: stage.name, target: stage.name ?? `${STAGE_NAME_PREFIX}${index}` };
  });
  const unnamed = stages.filter((s) => s.name === null);
  if (unnamed.length === 0) return { stages, text: null };
  const lines = text.split('\n');
  for (const stage of unnamed) {
    const at = df.stages[stage.index]!.from.endLine - 1;
    const line = lines[at]!;
    const cr = line.endsWith('\r') ? '\r' : '';
    lines[at] = `${line.slice(0, line.length - cr.length).trimEnd()} AS ${stage.target}${cr}`;
  }
  return { stages, text: lines.join('\n') };
}
