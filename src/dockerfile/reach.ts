import type { Dockerfile, Stage } from './types.js';

/** The stage `docker build --target` selects: by name (case-insensitive) or index; the last stage by default. */
export function findTarget(df: Dockerfile, target?: string | null): Stage | null {
  if (df.stages.length === 0) return null;
  if (target === undefined || target === null || target === '') return df.stages[df.stages.length - 1]!;
  const id = target.toLowerCase();
  return df.stages.find((s) => s.id === id) ?? (/^\d+$/.test(id) ? (df.stages[Number(id)] ?? null) : null);
}

/**
 * The stages several targets name, in order without repeats: one target as `--target` takes it, or the
 * targets of every build of the file (null in the list: the last stage); the last stage when none.
 * Names that match no stage are left out.
 */
export function findTargets(df: Dockerfile, requested: string | readonly (string | null)[] | null | undefined): Stage[] {
  const names = typeof requested === 'string' || requested === null || requested === undefined ? [requested ?? null] : requested.length > 0 ? requested : [null];
  const stages: Stage[] = [];
  for (const name of names) {
    const stage = findTarget(df, name);
    if (stage && !stages.includes(stage)) stages.push(stage);
  }
  return stages;
}

/**
 * Indexes of the stages a build of `target` needs: the target, the stages it is built FROM and every
 * stage reached through `COPY --from` or `RUN --mount=…,from=`, transitively. BuildKit builds only these;
 * the legacy builder builds every stage up to the target. Several targets are walked together, each
 * stage once.
 */
export function reachableFrom(df: Dockerfile, target: Stage | readonly Stage[]): Set<number> {
  const seen = new Set<number>();
  const stack = Array.isArray(target) ? target.map((t: Stage) => t.index) : [(target as Stage).index];
  while (stack.length > 0) {
    const index = stack.pop()!;
    if (seen.has(index)) continue;
    seen.add(index);
    for (const dep of df.stages[index]!.dependencies) {
      if (dep.source.kind === 'stage' && !seen.has(dep.source.stage)) stack.push(dep.source.stage);
    }
  }
  return seen;
}

/** The stage chain an image is built from: the stage, its FROM parent, and so on up to an external base. */
export function ancestry(df: Dockerfile, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  let current: Stage | undefined = stage;
  while (current && !seen.has(current.index)) {
    chain.push(current);
    seen.add(current.index);
    current = current.base.kind === 'stage' ? df.stages[current.base.stage] : undefined;
  }
  return chain;
}
