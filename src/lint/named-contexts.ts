import type { NamedContext } from '../builds/types.js';
import { parseImageRef, type DependencySource, type Dockerfile, type ImageRef, type StageBase } from '../dockerfile/index.js';

/**
 * The name BuildKit looks a FROM or `--from` reference up by among the named contexts: the familiar
 * reference without `:latest` (`FROM node`, `FROM docker.io/library/node:latest` → `node`).
 */
function contextKey(image: ImageRef): string {
  const tag = image.tag && image.tag !== 'latest' ? `:${image.tag}` : '';
  return `${image.familiar}${tag}${image.digest ? `@${image.digest}` : ''}`;
}

/** What a reference that names a context is built from: an image BuildKit pulls, or content nothing here knows. */
type ContextContent = { name: string; image: ImageRef | null };

/**
 * The image a context stands for: its `docker-image://` reference when that parses. `scratch` is not
 * taken for one: BuildKit builds it as an empty filesystem, which the model would only get right with
 * a stage state recomputed for it.
 */
function contentOf(context: NamedContext): ContextContent {
  const parsed = context.image !== null && context.image !== 'scratch' ? parseImageRef(context.image) : null;
  return { name: context.name, image: parsed?.ok ? parsed.image : null };
}

/**
 * The Dockerfile as its build sees it when it passes named contexts (bake `contexts`, compose
 * `additional_contexts`, build-push-action `build-contexts`). A `FROM node` with a context named `node`
 * is built FROM that context: when the context is an image (`docker-image://node:20-alpine`), the base
 * is that image, and what the image facts say about it applies; otherwise (a folder, another target)
 * the base is no known image (`image: null`). A `COPY --from=node` copies from that image, or from the
 * context. Variables in the image reference are not expanded: the build definition's reader has
 * evaluated them. The same object when no reference names a context.
 */
export function withNamedContexts(df: Dockerfile, contexts: readonly NamedContext[] | undefined): Dockerfile {
  if (!contexts || contexts.length === 0) return df;
  const byName = new Map(contexts.map((context) => [context.name, contentOf(context)]));
  const contentFor = (image: ImageRef | null): ContextContent | undefined => (image === null ? undefined : byName.get(contextKey(image)));
  let changed = false;
  const stages = df.stages.map((stage) => {
    const base = stage.base.kind === 'image' ? baseFrom(stage.base, contentFor(stage.base.image)) : stage.base;
    const dependencies = stage.dependencies.map((dep) => {
      const content = dep.source.kind === 'image' ? contentFor(dep.source.image) : undefined;
      if (!content) return dep;
      const source: DependencySource = content.image ? { kind: 'image', image: content.image, raw: content.image.raw } : { kind: 'context', name: content.name };
      return { ...dep, source };
    });
    if (base === stage.base && dependencies.every((d, i) => d === stage.dependencies[i])) return stage;
    changed = true;
    return { ...stage, base, dependencies };
  });
  return changed ? { ...df, stages } : df;
}

function baseFrom(base: Extract<StageBase, { kind: 'image' }>, content: ContextContent | undefined): StageBase {
  if (!content) return base;
  if (!content.image) return { ...base, image: null };
  return { ...base, expanded: content.image.raw, image: content.image, namedContext: content.name };
}
