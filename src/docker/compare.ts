import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { findTarget } from '../dockerfile/reach.js';
import { parseDockerfile } from '../dockerfile/index.js';
import { stagesToMeasure } from './stages.js';
import { join, resolve } from 'node:path';
import type { BuildRequest, BuildSettings } from './argv.js';
import { buildVariant, type BuildEnvironment, type BuildMetadata } from './build.js';
import { Leftovers, type Leftover } from './cleanup.js';
import { compareVariants } from './delta.js';
import { describeBuilder, detectBuilder, type BuilderInfo } from './detect.js';
import type { CommandRunner } from './runner.js';
import type { ImageComparison, ImageMeasurement, StageSize, TargetComparison, VariantResult } from './types.js';
import type { SizeBudget } from './units.js';

/** How a Dockerfile is built: its context (repository-relative, '' the root), target and args. */
export interface BuildPlan {
  context: string;
  target: string | null;
  args: Record<string, string>;
}

/** One changed Dockerfile to build on both sides. */
export interface ChangedBuild {
  /** Head path (repository-relative); for a removed file its base path. */
  path: string;
  /** Null: the base has no such file (added). */
  basePath: string | null;
  /** False for a removed file. */
  inHead: boolean;
  /** How each side builds it (its build definition, else its folder as context). */
  basePlan: BuildPlan | null;
  headPlan: BuildPlan | null;
  /** When its build definitions name several targets (null: the last stage): each is built and compared on its own. */
  targets?: (string | null)[];
}

export interface CompareBuildsRequest {
  /** The head checkout (repository root). */
  root: string;
  baseSha: string;
  /** Build the head from a worktree of this commit instead of `root` (a head that is not checked out). */
  headSha?: string | null;
  builds: ChangedBuild[];
  settings: BuildSettings;
  budget: SizeBudget | null;
}

export interface CompareEdges {
  runner: CommandRunner;
  tempDir: string;
  info(text: string): void;
  notice(text: string): void;
  logGroup: BuildEnvironment['logGroup'];
  /** Called with what is left to clean up, whenever it changes (the action keeps it as post-step state). */
  saveLeftovers?(items: readonly Leftover[]): void;
  env?: Record<string, string>;
  /** The builder, when its detection was started earlier (the action starts it beside the lint). */
  detection?: Promise<BuilderInfo | { error: string }>;
  /** Marks the end of a phase (`builder detection`, `builds`, `cleanup`): the run's timing line. */
  phase?(name: string): void;
}

export interface ComparedBuilds {
  builder: BuilderInfo | null;
  images: Map<string, ImageComparison>;
  /** The digests each build's metadata file reported, by `<path> base|head` (read before cleanup). */
  metadata: Map<string, BuildMetadata>;
}

/**
 * Builds the base variant of each changed Dockerfile in a `git worktree` of the base commit and the
 * head variant in the checkout, measures both and compares them. Everything made is removed before
 * this returns, whatever happened.
 */
export async function compareBuilds(request: CompareBuildsRequest, edges: CompareEdges): Promise<ComparedBuilds> {
  const images = new Map<string, ImageComparison>();
  const metadata = new Map<string, BuildMetadata>();
  const detected = await (edges.detection ?? detectBuilder(edges.runner, request.settings.builder, edges.env));
  edges.phase?.('builder detection');
  if ('error' in detected) {
    edges.notice(`Images were not built: ${detected.error}.`);
    return { builder: null, images, metadata };
  }
  edges.info(describeBuilder(detected));
  if (!detected.cacheExport && request.settings.cacheTo.some((spec) => !/(^|,)type=inline(,|$)/.test(spec))) {
    edges.notice(`cache-to was left out: the ${detected.driver} driver on the ${detected.imageStore ?? 'classic'} image store exports only inline caches (use a docker-container or remote builder, or the containerd image store).`);
  }
  const notes: string[] = [];
  if (request.settings.platforms.length > 1 && detected.output === 'load') notes.push(`The classic image store holds one platform: ${request.settings.platforms[0]} was built and measured, not ${request.settings.platforms.slice(1).join(', ')}.`);

  const leftovers = new Leftovers(edges.saveLeftovers);
  const env: BuildEnvironment = { runner: edges.runner, builder: detected, settings: request.settings, tempDir: edges.tempDir, leftovers, logGroup: edges.logGroup, env: edges.env };
  try {
    let baseTree: string | null = null;
    const needBase = request.builds.some((b) => b.basePath !== null && b.basePlan !== null);
    if (needBase) baseTree = await addWorktree(request.root, request.baseSha, 'base', edges, leftovers);
    const headTree = request.headSha ? await addWorktree(request.root, request.headSha, 'head', edges, leftovers) : request.root;
    const trees = { base: baseTree, head: headTree };
    for (const build of request.builds) {
      const targets = targetsToBuild(build, request.settings);
      if (!targets) {
        images.set(build.path, await compareTarget(build, undefined, trees, request, env, metadata, notes));
        continue;
      }
      const compared: TargetComparison[] = [];
      for (const target of targets) compared.push({ target, image: await compareTarget(build, target, trees, request, env, metadata, notes) });
      images.set(build.path, { ...compared[0]!.image, targets: compared });
    }
    edges.phase?.('builds and measurements');
  } finally {
    await leftovers.removeAll(edges.runner, (text) => edges.notice(`Cleanup: ${text}`), edges.env);
    edges.phase?.('cleanup');
  }
  return { builder: detected, images, metadata };
}

/** One pair of builds given outright (the CLI's `compare`): no git, no worktree. */
export interface BuildPair {
  base: BuildRequest;
  head: BuildRequest;
  settings: BuildSettings;
  budget: SizeBudget | null;
}

/** Builds and compares two Dockerfiles as given; everything made is removed before this returns. */
export async function compareBuildPair(pair: BuildPair, edges: CompareEdges): Promise<{ builder: BuilderInfo; image: ImageComparison } | { error: string }> {
  const detected = await detectBuilder(edges.runner, pair.settings.builder, edges.env);
  if ('error' in detected) return detected;
  edges.info(describeBuilder(detected));
  const leftovers = new Leftovers(edges.saveLeftovers);
  const env: BuildEnvironment = { runner: edges.runner, builder: detected, settings: pair.settings, tempDir: edges.tempDir, leftovers, logGroup: edges.logGroup, env: edges.env };
  try {
    // Side by side, as a review's builds: BuildKit shares the work the two have in common.
    const [base, head] = (await Promise.all([buildVariant('base', pair.base, env), buildVariant('head', pair.head, env)])).map((built) => built.result) as [VariantResult, VariantResult];
    const notes = pair.settings.platforms.length > 1 && detected.output === 'load' ? [`The classic image store holds one platform: ${pair.settings.platforms[0]} was built and measured.`] : [];
    return { builder: detected, image: compareVariants(base, head, pair.budget, notes) };
  } finally {
    await leftovers.removeAll(edges.runner, (text) => edges.notice(`Cleanup: ${text}`), edges.env);
  }
}

/**
 * Builds each stage the head's target reaches on its own (`--target`; unnamed stages named in a copy of
 * the Dockerfile beside it in the scratch folder) and measures it.
 */
async function measureStages(label: string, tree: string, path: string, plan: BuildPlan, env: BuildEnvironment, finalImage: ImageMeasurement): Promise<StageSize[]> {
  const dockerfile = resolve(tree, path);
  const text = readFileSync(dockerfile, 'utf8');
  const df = parseDockerfile(text);
  const target = env.settings.target ?? plan.target;
  const { stages, text: renamed } = stagesToMeasure(df, text, target);
  if (stages.length === 0) return [];
  let file = dockerfile;
  if (renamed !== null) {
    const scratch = mkdtempSync(join(env.tempDir, 'stagecraft-build-'));
    env.leftovers.add({ kind: 'path', path: scratch });
    file = join(scratch, 'Dockerfile');
    writeFileSync(file, renamed);
  }
  const final = findTarget(df, target)!;
  const sizes: StageSize[] = [{ index: final.index, id: final.id, name: final.name, bytes: finalImage.bytes, layers: finalImage.layers.length, buildSeconds: finalImage.buildSeconds, copiedFromByFinal: false, final: true }];
  const copied = new Set(final.dependencies.filter((d) => d.kind === 'copy' && d.source.kind === 'stage').map((d) => (d.source as { stage: number }).stage));
  for (const stage of stages) {
    const request: BuildRequest = { dockerfile: file, context: resolve(tree, plan.context || '.'), target: stage.target, args: plan.args };
    const built = await buildVariant(`${label}, stage ${stage.name ?? stage.index}`, request, { ...env, settings: { ...env.settings, target: null } });
    const image = built.result.status === 'built' ? built.result.image : null;
    sizes.push({ index: stage.index, id: stage.id, name: stage.name, bytes: image?.bytes ?? null, layers: image?.layers.length ?? 0, buildSeconds: image?.buildSeconds ?? 0, copiedFromByFinal: copied.has(stage.index), final: false });
  }
  return sizes;
}

/**
 * The targets to build a Dockerfile for when its build definitions name several (null: the last
 * stage); null when it is built once, for its plan's own target. The `target` input overrides them all.
 */
export function targetsToBuild(build: Pick<ChangedBuild, 'targets'>, settings: Pick<BuildSettings, 'target'>): (string | null)[] | null {
  const distinct = [...new Set(build.targets ?? [])];
  return settings.target === null && distinct.length > 1 ? distinct : null;
}

/**
 * Builds and compares one target of a changed Dockerfile (`undefined`: the plans' own target). A target
 * the base Dockerfile does not define is absent on the base side, like a new file.
 */
async function compareTarget(
  build: ChangedBuild,
  target: string | null | undefined,
  trees: { base: string | null; head: string | null },
  request: CompareBuildsRequest,
  env: BuildEnvironment,
  metadata: Map<string, BuildMetadata>,
  notes: readonly string[],
): Promise<ImageComparison> {
  const plan = (p: BuildPlan | null) => (p && target !== undefined ? { ...p, target } : p);
  const [basePlan, headPlan] = [plan(build.basePlan), plan(build.headPlan)];
  const named = target === undefined ? '' : `, target ${target ?? '(last stage)'}`;
  const key = (side: string) => `${build.path} ${side}${target === undefined ? '' : ` target=${target ?? ''}`}`;
  const { base: baseTree, head: headTree } = trees;
  // Base and head build at once: BuildKit shares the work they have in common, and the logs are kept apart.
  const [base, head] = await Promise.all([
    build.basePath && basePlan
      ? baseTree
        ? definesTarget(baseTree, build.basePath, target)
          ? side(`${build.basePath} (base${named})`, baseTree, build.basePath, basePlan, env, metadata, key('base'))
          : absentVariant()
        : failedVariant(`the base commit ${request.baseSha.slice(0, 12)} could not be checked out`)
      : absentVariant(),
    !build.inHead || !headPlan
      ? absentVariant()
      : !headTree
        ? failedVariant('the head commit could not be checked out')
        : side(`${build.path} (head${named})`, headTree, build.path, headPlan, env, metadata, key('head')),
  ]);
  const comparison = compareVariants(base, head, request.budget, [...notes]);
  if (request.settings.stageSizes) {
    if (head.status === 'built' && headTree && headPlan) comparison.stages = await measureStages(`${build.path} (head${named})`, headTree, build.path, headPlan, env, head.image);
    if (base.status === 'built' && baseTree && basePlan && build.basePath) comparison.baseStages = await measureStages(`${build.basePath} (base${named})`, baseTree, build.basePath, basePlan, env, base.image);
  }
  return comparison;
}

/** Whether the Dockerfile in `tree` has the stage `target` names (the last stage always exists; an unreadable file is left to the build to report). */
function definesTarget(tree: string, path: string, target: string | null | undefined): boolean {
  if (target === undefined || target === null) return true;
  let text: string;
  try {
    text = readFileSync(resolve(tree, path), 'utf8');
  } catch {
    return true;
  }
  return findTarget(parseDockerfile(text), target) !== null;
}

async function absentVariant(): Promise<VariantResult> {
  return { status: 'absent' };
}

async function failedVariant(reason: string): Promise<VariantResult> {
  return { status: 'failed', failure: { reason, logTail: '' } };
}

async function side(label: string, tree: string, path: string, plan: BuildPlan, env: BuildEnvironment, metadata: Map<string, BuildMetadata>, key: string): Promise<VariantResult> {
  const request: BuildRequest = { dockerfile: resolve(tree, path), context: resolve(tree, plan.context || '.'), target: plan.target, args: plan.args };
  const built = await buildVariant(label, request, env);
  if (built.metadata) metadata.set(key, built.metadata);
  return built.result;
}

/** A detached worktree of a commit in the scratch folder; null (with a notice) when git cannot make one. */
async function addWorktree(root: string, sha: string, side: 'base' | 'head', edges: CompareEdges, leftovers: Leftovers): Promise<string | null> {
  const parent = mkdtempSync(join(edges.tempDir, `stagecraft-${side}-`));
  leftovers.add({ kind: 'path', path: parent });
  const tree = join(parent, 'tree');
  const added = await edges.runner.run('git', ['-C', root, 'worktree', 'add', '--detach', '--quiet', tree, sha], { timeoutMs: 600_000 });
  if (added.code !== 0) {
    edges.notice(`The ${side} commit ${sha.slice(0, 12)} could not be checked out to build it (${added.stderr.trim().split('\n')[0] ?? ''}).`);
    return null;
  }
  leftovers.add({ kind: 'worktree', path: tree, repository: root });
  return tree;
}
