import { definitionsFor } from './discover.js';
import { describeBuild, folderOf } from './place.js';

// Its own module so the lint's worker thread reads .dockerignore without loading the build readers.
export { dockerignoreCandidates } from './dockerignore-path.js';
import type { BuildDefinition, BuildDiscovery, NamedContext } from './types.js';

/**
 * How one Dockerfile is built, all its definitions taken together: what the linter judges it by and
 * what a build of it runs.
 */
export interface EffectiveBuild {
  dockerfile: string;
  /** Repository-relative context folder ('' the root): the named definition's, else the Dockerfile's folder. */
  context: string;
  /**
   * The stages built: every target of every definition (null: the last stage, for a definition without
   * one), in precedence order without repeats. [null] when nothing says otherwise.
   */
  targets: (string | null)[];
  /**
   * Named build contexts any definition passes (a base of that name is the context, not the image of
   * that name), with the image each is when every definition passing it agrees on one; absent: none.
   */
  namedContexts?: NamedContext[];
  /** The named definition's build args, with the overrides given on top. */
  args: Record<string, string>;
  /** The definition named in reports (the highest precedence); null: the defaults. */
  definition: BuildDefinition | null;
  /** Every definition of this Dockerfile, highest precedence first. */
  definitions: BuildDefinition[];
  /** A target or args given by the user (CLI `--target`, the action's inputs), which win over the definitions. */
  overridden: boolean;
}

export interface BuildOverrides {
  /** Replaces every definition's targets. */
  target?: string | null;
  /** Set on top of the named definition's args. */
  args?: Readonly<Record<string, string>> | null;
  /** Named contexts given by the user (the action's `build-contexts`): each replaces a definition's context of the same name. */
  contexts?: readonly NamedContext[] | null;
}

/**
 * The effective build of `dockerfile` (repository-relative): without a definition, today's defaults
 * (the Dockerfile's folder as context, the last stage as target); with several, the union of their
 * targets (a stage any of them ships is judged as shipped) and the highest-precedence one's context
 * and args. Overrides given by the user win over the definitions.
 */
export function effectiveBuild(dockerfile: string, discovery: BuildDiscovery | null, overrides: BuildOverrides = {}): EffectiveBuild {
  const definitions = discovery ? definitionsFor(dockerfile, discovery) : [];
  const definition = definitions[0] ?? null;
  const targets: (string | null)[] = [];
  for (const each of definitions) {
    for (const target of each.targets.length > 0 ? each.targets : [null]) if (!targets.includes(target)) targets.push(target);
  }
  const target = overrides.target ?? null;
  const overridden = target !== null || Object.keys(overrides.args ?? {}).length > 0 || (overrides.contexts?.length ?? 0) > 0;
  return {
    dockerfile,
    context: definition ? definition.context : folderOf(dockerfile),
    targets: target !== null ? [target] : targets.length > 0 ? targets : [null],
    args: { ...(definition?.args ?? {}), ...(overrides.args ?? {}) },
    ...namedContextsOf(definitions, overrides.contexts ?? []),
    definition,
    definitions,
    overridden,
  };
}

/** `compose.yaml:12 (service api)`: where a definition is, for people. */
export function describeDefinition(definition: BuildDefinition): string {
  const { file, line, kind } = definition.source;
  return `${file}${line ? `:${line}` : ''} (${describeBuild(kind, definition.name)})`;
}

/**
 * The named contexts of all the definitions, in precedence order. The file is linted once for all its
 * builds: a context that is one image in one build and a folder or another image in the next has no one
 * image the rules could judge.
 */
function namedContextsOf(definitions: readonly BuildDefinition[], given: readonly NamedContext[]): { namedContexts?: NamedContext[] } {
  const byName = new Map<string, string | null>();
  for (const { name, image } of definitions.flatMap((d) => d.namedContexts ?? [])) {
    byName.set(name, byName.has(name) && byName.get(name) !== image ? null : image);
  }
  // What the user passes is what every build gets.
  for (const { name, image } of given) byName.set(name, image);
  return byName.size > 0 ? { namedContexts: [...byName].map(([name, image]) => ({ name, image })) } : {};
}

/** `the last stage`, `prod`, `prod and light`: the targets of an effective build, for people. */
export function describeTargets(targets: readonly (string | null)[]): string {
  const names = targets.map((t) => t ?? 'the last stage');
  return names.length <= 1 ? (names[0] ?? 'the last stage') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * One line saying how a Dockerfile is linted: `docker/prod/Dockerfile: built by compose.yaml:12 (service api),
 * context ., targets prod`. Repository text is as written: a renderer escapes it for its format.
 */
export function describeEffectiveBuild(build: EffectiveBuild, shownPath: string = build.dockerfile): string {
  const by = build.definition
    ? `built by ${describeDefinition(build.definition)}${build.definitions.length > 1 ? ` and ${build.definitions.length - 1} more` : ''}`
    : 'no build definition';
  const override = build.overridden ? ' (target given by the user)' : '';
  return `${shownPath}: ${by}, context ${build.context || '.'}, ${build.targets.length > 1 ? 'targets' : 'target'} ${describeTargets(build.targets)}${override}`;
}
