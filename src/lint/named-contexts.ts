import type { DependencySource, Dockerfile, ImageRef, StageBase } from '../dockerfile/index.js';

/**
 * The name BuildKit looks a FROM or `--from` reference up by among the named contexts: the familiar
 * reference without `:latest` (`FROM node`, `FROM docker.io/library/node:latest` → `node`).
 */
function contextKey(image: ImageRef): string {
  const tag = image.tag && image.tag !== 'latest' ? `:${image.tag}` : '';
  return `${image.familiar}${tag}${image.digest ? `@${image.digest}` : ''}`;
}

/**
 * The Dockerfile as its build sees it when it passes named contexts (bake `contexts`, compose
 * `additional_contexts`): a `FROM node` with a context named `node` is built FROM that context, so its
 * base is no known image (`image: null`: what the image facts say about `node` does not apply), and a
 * `COPY --from=node` copies from the context. The same object when no reference names a context.
 */
export function withNamedContexts(df: Dockerfile, names: readonly string[] | undefined): Dockerfile {
  if (!names || names.length === 0) return df;
  const named = new Set(names);
  const isNamed = (image: ImageRef | null) => image !== null && named.has(contextKey(image));
  let changed = false;
  const stages = df.stages.map((stage) => {
    const base: StageBase = stage.base.kind === 'image' && isNamed(stage.base.image) ? { ...stage.base, image: null } : stage.base;
    const dependencies = stage.dependencies.map((dep) => {
      if (dep.source.kind !== 'image' || !isNamed(dep.source.image)) return dep;
      const source: DependencySource = { kind: 'context', name: contextKey(dep.source.image!) };
      return { ...dep, source };
    });
    if (base === stage.base && dependencies.every((d, i) => d === stage.dependencies[i])) return stage;
    changed = true;
    return { ...stage, base, dependencies };
  });
  return changed ? { ...df, stages } : df;
}
