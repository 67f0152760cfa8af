import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { effectiveBuild, type BuildOverrides, type EffectiveBuild } from '../builds/effective.js';
import type { BuildDiscovery } from '../builds/types.js';
import type { LintReport } from '../report/types.js';
import type { DockerfileChange } from '../review/types.js';
import type { BuildSettings } from './argv.js';
import { addBuildFailedFindings } from './build-failed.js';
import { imageName, targetComparisons } from './delta.js';
import type { Leftover } from './cleanup.js';
import { compareBuilds, type BuildPlan, type ChangedBuild, type CompareEdges, type ComparedBuilds } from './compare.js';
import type { SizeBudget } from './units.js';

/** The build inputs (src/inputs.ts BuildInputs), as far as building needs them: secrets come with their values. */
export interface ReviewBuildOptions extends Omit<BuildSettings, 'secretSpecs' | 'secretValues'> {
  secrets: { id: string; value: string }[];
  maxSizeIncrease: SizeBudget | null;
}

export interface ReviewBuildEdges extends Omit<CompareEdges, 'saveLeftovers'> {
  saveLeftovers?(items: readonly Leftover[]): void;
  /** Build the head from a worktree of this commit rather than the checkout (pull_request_target with allow-untrusted-build). */
  headSha?: string | null;
}

/** What a review knows of its change before it lints it: which Dockerfiles changed, and how the head builds them. */
export interface ChangedDockerfiles {
  changed: readonly DockerfileChange[];
  headBuilds: BuildDiscovery;
}

/**
 * How each changed Dockerfile is built on both sides: its head build definitions (with the user's
 * `target` and `build-args` on top), as the lint judges it. Removed Dockerfiles are built on the base
 * side only, added ones on the head side only; a Dockerfile whose settings alone changed is built on
 * both sides like a modified one.
 */
export function planReviewBuilds({ changed, headBuilds }: ChangedDockerfiles, overrides: BuildOverrides): ChangedBuild[] {
  const planOf = (build: EffectiveBuild): BuildPlan => ({ context: build.context, target: build.targets[0] ?? null, args: build.args });
  return changed
    .filter((change) => change.status !== 'unchanged')
    .map((change) => {
      const head = change.status !== 'removed' ? effectiveBuild(change.path, headBuilds, overrides) : null;
      const base = change.basePath ? effectiveBuild(change.basePath, headBuilds, overrides) : null;
      // Several targets (compose services, bake targets of one Dockerfile): each is built and compared.
      return { path: change.path, basePath: change.basePath, inHead: head !== null, basePlan: base && planOf(base), headPlan: head && planOf(head), targets: (head ?? base)?.targets };
    });
}

/**
 * Builds the base and head variants of the planned Dockerfiles (`planReviewBuilds`) and compares them;
 * put the result on the review's report with `applyImageComparisons`. It needs nothing from the lint,
 * so the action starts it as soon as the review knows what changed.
 */
export async function compareReviewBuilds(builds: ChangedBuild[], root: string, baseSha: string, options: ReviewBuildOptions, edges: ReviewBuildEdges): Promise<ComparedBuilds | null> {
  if (builds.length === 0) return null;
  // Secrets reach buildx as files only it reads: never on a command line, never in the log.
  const secretDir = options.secrets.length > 0 ? mkdtempSync(join(edges.tempDir, 'stagecraft-secrets-')) : null;
  try {
    const secretSpecs = secretDir ? writeSecretSpecs(options.secrets, secretDir) : [];
    const settings: BuildSettings = { ...options, secretSpecs, secretValues: options.secrets.map((secret) => secret.value) };
    return await compareBuilds({ root, baseSha, headSha: edges.headSha ?? null, builds, settings, budget: options.maxSizeIncrease }, edges);
  } finally {
    if (secretDir) rmSync(secretDir, { recursive: true, force: true });
  }
}

/** Puts each compared image on its FileReport (`image`), a head that does not build as a `build-failed` finding, and the builds' notices on the report. */
export function applyImageComparisons(report: LintReport, compared: ComparedBuilds | null): void {
  if (!compared) return;
  for (const file of report.files) {
    const image = compared.images.get(file.path);
    if (!image) continue;
    file.image = image;
    addBuildFailedFindings(file);
  }
  report.notices = [...(report.notices ?? []), ...buildNotices(compared)];
}

/** Writes each secret to a file of its own (mode 0600) in `dir`; returns the `--secret id=…,src=…` specs. */
export function writeSecretSpecs(secrets: readonly { id: string; value: string }[], dir: string): string[] {
  return secrets.map((secret, i) => {
    const file = join(dir, `secret-${i}`);
    writeFileSync(file, secret.value, { mode: 0o600 });
    chmodSync(file, 0o600);
    return `id=${secret.id},src=${file}`;
  });
}

/** Said once for the run: Dockerfiles (targets) whose base no longer builds, and those where neither side built. */
function buildNotices(compared: ComparedBuilds): string[] {
  const notices: string[] = [];
  for (const [path, file] of compared.images) {
    for (const { target, image } of targetComparisons(file)) {
      const what = imageName(path, target);
      if (image.base.status === 'failed' && image.head.status === 'built') notices.push(`${what}: the base no longer builds (${image.base.failure.reason}); only the head image is shown.`);
      if (image.base.status === 'failed' && image.head.status === 'failed') notices.push(`${what}: neither the base nor the head built (${image.head.failure.reason}); the check stands on the lint alone.`);
    }
  }
  return notices;
}

/**
 * Whether the images fail the check: a head that does not build while its base does (or that is new),
 * or a head over `max-size-increase` — of any target. Null when they do not.
 */
export function imageVerdict(report: LintReport): string | null {
  const broken: string[] = [];
  const over: string[] = [];
  for (const file of report.files) {
    for (const { target, image } of file.image ? targetComparisons(file.image) : []) {
      const what = imageName(file.path, target);
      if (image.head.status === 'failed' && image.base.status !== 'failed') broken.push(what);
      if (image.budget?.exceeded) over.push(`${what} (more than ${image.budget.text})`);
    }
  }
  const parts: string[] = [];
  if (broken.length > 0) parts.push(`the head image of ${broken.join(', ')} does not build`);
  if (over.length > 0) parts.push(`the image of ${over.join(', ')} grew past max-size-increase`);
  return parts.length > 0 ? `Stagecraft: ${parts.join('; ')}.` : null;
}
