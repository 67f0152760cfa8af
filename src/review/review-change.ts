import { mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { dockerignoreCandidates, effectiveBuild } from '../builds/effective.js';
import { formatNotice, type BakePrinter, type BuildDiscovery, type RepoFiles } from '../builds/types.js';
import { discoverRepositoryBuilds, explicitConfigAt, readBuildFileAt, type ExplicitConfig } from '../files/builds.js';
import { SKIPPED_DIRS } from '../files/discover.js';
import { lintFiles, relativeTo, type LintFilesOptions } from '../files/lint-files.js';
import type { GitRepository } from '../git/repository.js';
import { gitRevisionReader } from '../git/revision.js';
import { PULL_REQUEST_FILES_LIMIT, type GitHubApi } from '../github/api.js';
import { contentsRevisionReader } from '../github/revision.js';
import type { FailOn } from '../lint/config.js';
import type { FileReport, LintReport } from '../report/types.js';
import { selectDockerfiles } from '../action/discover.js';
import { selectChangedDockerfiles } from './changes.js';
import { classifyFindings } from './compare.js';
import { materialiseRevision } from './materialise.js';
import { revisionRepoFiles } from './revision-builds.js';
import type { ChangedFile, DockerfileChange, FileReview, ReviewContext, RevisionReader } from './types.js';

/**
 * The head of a change and where its files come from.
 * - `worktree` (the default): the files on disk — a `pull_request` or `merge_group` checkout, linted in
 *   place; `sha: null` is the CLI's work tree, which git diffs against the base as it is on disk.
 * - `revision`: the commit read as data (git objects fetched by SHA, else the contents API) and laid out in
 *   a scratch folder, as the base is. For `pull_request_target`, whose head is untrusted and must never
 *   be checked out or run: the checkout (if any) stays as it is.
 */
export type ReviewHead = { sha: string | null; ref: string | null; source?: 'worktree' } | { sha: string; ref: string | null; source: 'revision' };

/** The change to review and how: from the action's event and inputs, or the CLI's `--base-ref`. */
export interface ReviewRequest {
  /** GITHUB_EVENT_NAME, or `local`. */
  event: string;
  base: { sha: string; ref: string | null };
  head: ReviewHead;
  /** `headSha`: the tip of the pull request's branch, carried into the report. */
  pullRequest: { number: number; url: string | null; changedFiles: number | null; headSha?: string } | null;
  /** Absolute; `patterns` are relative to it. */
  workingDirectory: string;
  patterns: { include: string[]; exclude: string[] };
  /** An explicit `.stagecraft.yml`, absolute. */
  config: string | null;
  failOn: FailOn | null;
  /** Null: yes. */
  changedOnly: boolean | null;
  failOnScope: 'new' | 'all';
  /** The target, build args and named contexts the user gave (the action's build inputs): both sides are judged as built with them. */
  buildOverrides?: Pick<LintFilesOptions, 'target' | 'buildArgs' | 'buildContexts'> | null;
}

/** What reviewing a change needs from outside: the checkout's git, the REST API, the log. */
export interface ReviewEdges {
  /** The repository root (where `.git` is); report paths are relative to it. */
  root: string;
  /** The checkout's repository; null when the workspace is not a git work tree. */
  git: GitRepository | null;
  /** The REST API; null without a token. */
  github: GitHubApi | null;
  /** Every file of the work tree below a folder, relative and `/`-separated. */
  listFiles(dir: string): string[];
  /** Where revisions read as data are laid out while they are linted. */
  tempDir: string;
  /** Said once each, in the log and the report. */
  notice(text: string): void;
  info(text: string): void;
  /**
   * Evaluates the bake files of a head in the checkout (`createBuildxBakePrinter()`); null or absent:
   * the WASM parser. A head read as data (untrusted) is never given to buildx.
   */
  bake?: BakePrinter | null;
  /** What the build readers could not use in the head (`compose.yaml:3: …`): for the log only, never a failure. */
  buildNotice?(text: string): void;
  /**
   * Told which Dockerfiles changed and the head's build definitions as soon as the review knows them,
   * before it lints anything: the action starts the image builds there, beside the lint.
   */
  changesKnown?(changes: { changed: readonly DockerfileChange[]; headBuilds: BuildDiscovery }): void;
}

/** The change cannot be reviewed at all (the head cannot be read): the step fails with this message. */
export class ReviewError extends Error {
  override readonly name = 'ReviewError';
}

/**
 * One side of the change: the files it has and a lint of some of them, with report paths relative to
 * the repository root either way.
 */
interface Side {
  /** Every file path, repository-relative and `/`-separated. */
  listFiles(): Promise<string[]>;
  /** Its build definitions, from its files (`listed`); what could not be read goes to `buildNotice`. */
  discoverBuilds(listed: readonly string[]): Promise<BuildDiscovery>;
  lint(paths: readonly string[], builds: BuildDiscovery): Promise<LintReport>;
}

/**
 * Lints the change a pull request, a merge group or a local work tree makes: the changed Dockerfiles (or all of them), and
 * each one's base version with the base's configuration, so every head finding is new or existing and
 * every base finding left behind is fixed.
 */
export async function reviewChange(request: ReviewRequest, edges: ReviewEdges): Promise<LintReport> {
  const { root } = edges;
  const explicitConfig = request.config ? toRepoPath(root, request.config) : null;
  const baseAvailable = ensureCommit(edges.git, request.base.sha, 'the base commit', edges);
  const baseReader = readerFor(request.base.sha, baseAvailable, edges);
  if (!baseReader) edges.notice(`The base commit ${request.base.sha.slice(0, 12)} is neither in the repository nor readable through the API: base findings are unknown, so every finding counts as new.`);
  const head = headSide(request, explicitConfig, edges);
  const headAvailable = request.head.sha === null || (edges.git?.hasCommit(request.head.sha) ?? false);
  const changes = await listChanges(request, baseAvailable && headAvailable, edges);

  const workingDirectory = toRepoPath(root, request.workingDirectory);
  const changedOnly = request.changedOnly ?? true;
  const pull = request.pullRequest;
  const review: ReviewContext = {
    event: request.event,
    base: request.base,
    head: { sha: request.head.sha ?? 'WORKTREE', ref: request.head.ref },
    pullRequest: pull ? { number: pull.number, url: pull.url, ...(pull.headSha ? { headSha: pull.headSha } : {}) } : null,
    changedOnly,
    failOnScope: request.failOnScope,
  };

  const headFiles = await head.listFiles();
  const headBuilds = await head.discoverBuilds(headFiles);
  const underWorkingDirectory = workingDirectory === '' ? headFiles : headFiles.filter((p) => p.startsWith(`${workingDirectory}/`)).map((p) => p.slice(workingDirectory.length + 1));
  const matched = selectDockerfiles(underWorkingDirectory, request.patterns).files.map((rel) => toRepoPath(root, resolve(request.workingDirectory, rel)));
  let changed: DockerfileChange[];
  if (changes) {
    changed = selectChangedDockerfiles(changes, { workingDirectory, patterns: request.patterns, headFiles, explicitConfig, builds: headBuilds });
  } else {
    // Without the list of changed paths, every Dockerfile is compared with its base version.
    edges.notice('The files this change touches could not be listed: every matching Dockerfile was linted and compared with its base version.');
    changed = matched.map((path) => ({ path, status: 'modified', basePath: path, because: [] }));
  }

  edges.changesKnown?.({ changed, headBuilds });

  // Head: the changed Dockerfiles, or every one the patterns select.
  const changeByPath = new Map(changed.map((c) => [c.path, c]));
  const changedHeadPaths = changed.filter((c) => c.status !== 'removed').map((c) => c.path);
  const headPaths = changedOnly ? changedHeadPaths : [...new Set([...matched, ...changedHeadPaths])].sort();
  const headReport = await head.lint(headPaths, headBuilds);

  // Base: the changed Dockerfiles as they were, with the settings they had.
  const baseChanges = changed.filter((c) => c.basePath !== null);
  const base = baseChanges.length > 0 && baseReader ? await lintBase(baseChanges, baseReader, explicitConfig, request, edges) : new Map<string, FileReport>();

  const files: FileReport[] = [];
  for (const file of headReport.files) {
    const change: DockerfileChange = changeByPath.get(file.path) ?? { path: file.path, status: 'unchanged', basePath: file.path, because: [] };
    const baseFile = change.basePath !== null && change.status !== 'unchanged' ? base.get(change.basePath) : undefined;
    files.push({ ...file, review: reviewOf(change, file, baseFile) });
  }
  for (const change of changed) {
    if (change.status !== 'removed') continue;
    const baseFile = base.get(change.basePath ?? change.path);
    const failOn = baseFile?.failOn ?? request.failOn ?? 'error';
    const removed: FileReport = { path: change.path, findings: [], failOn };
    files.push({ ...removed, review: reviewOf(change, removed, baseFile) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const report: LintReport = { files, errors: headReport.errors, review };
  if (headReport.notices?.length) report.notices = headReport.notices;
  return report;
}

function reviewOf(change: DockerfileChange, head: FileReport, base: FileReport | undefined): FileReview {
  if (change.status === 'unchanged') {
    // Untouched by the change: the base has the same file and settings, so the same findings.
    return { change, newFindings: [], existingFindings: [...head.findings], fixedFindings: [], baseDockerfile: head.dockerfile ?? null };
  }
  const isRemoved = change.status === 'removed';
  const classified = classifyFindings(isRemoved ? null : { findings: head.findings, dockerfile: head.dockerfile }, base ? { findings: base.findings, dockerfile: base.dockerfile } : null);
  return { change, ...classified, baseDockerfile: base?.dockerfile ?? null };
}

/**
 * The head as the request says: the work tree linted in place, or the commit read as data. A head that
 * cannot be read at all throws ReviewError: without it there is nothing to review.
 */
function headSide(request: ReviewRequest, explicitConfig: string | null, edges: ReviewEdges): Side {
  const { root } = edges;
  const { head } = request;
  if (head.source !== 'revision') {
    return {
      listFiles: async () => edges.listFiles(root),
      discoverBuilds: async (listed) => {
        const files: RepoFiles = { list: () => [...listed], read: (path) => readBuildFileAt(root, path) };
        const builds = await discoverRepositoryBuilds(files, { explicitConfig: explicitConfigAt(root, request.config), bake: edges.bake ?? null });
        for (const notice of builds.notices) edges.buildNotice?.(formatNotice(notice));
        return builds;
      },
      lint: async (paths, builds) => lintFiles(paths.map((p) => resolve(root, p)), { root, configPath: request.config, failOn: request.failOn, builds, displayPath: relativeTo(root), ...request.buildOverrides }),
    };
  }
  const available = ensureCommit(edges.git, head.sha, "the pull request's head commit", edges);
  const reader = readerFor(head.sha, available, edges);
  if (!reader) throw new ReviewError(`the pull request's head commit ${head.sha.slice(0, 12)} is neither in the repository nor readable through the API (no github-token), so there is nothing to review.`);
  edges.info(`Reading the head ${head.sha.slice(0, 12)} as data (${available ? 'git objects' : 'the contents API'}): nothing of it is checked out or run.`);
  const unreadable = (err: unknown) => new ReviewError(`the pull request's head commit ${head.sha.slice(0, 12)} could not be read: ${err instanceof Error ? err.message : String(err)}`);
  return {
    listFiles: async () => {
      const files = await reader.listFiles().catch((err: unknown) => Promise.reject(unreadable(err)));
      // The folders a walk of the work tree skips are skipped in a commit's file list too.
      return files.filter((p) => !p.split('/').some((segment) => SKIPPED_DIRS.has(segment)));
    },
    discoverBuilds: async (listed) => {
      const builds = await revisionBuilds(reader, listed, explicitConfig, request, edges).catch((err: unknown) => Promise.reject(unreadable(err)));
      for (const notice of builds.notices) edges.buildNotice?.(formatNotice(notice));
      return builds;
    },
    lint: (paths, builds) => lintRevision(reader, paths, explicitConfig, request, edges, { side: 'head', builds }).catch((err: unknown) => Promise.reject(unreadable(err))),
  };
}

/** The base versions, by base path; when they cannot be read, none, and a notice says their findings count as new. */
async function lintBase(changes: readonly DockerfileChange[], reader: RevisionReader, explicitConfig: string | null, request: ReviewRequest, edges: ReviewEdges): Promise<Map<string, FileReport>> {
  const byPath = new Map<string, FileReport>();
  try {
    const builds = await revisionBuilds(reader, await reader.listFiles(), explicitConfig, request, edges);
    const report = await lintRevision(reader, [...new Set(changes.map((c) => c.basePath!))], explicitConfig, request, edges, { side: 'base', builds });
    for (const file of report.files) byPath.set(file.path, file);
  } catch (err) {
    edges.notice(`The base versions could not be read (${err instanceof Error ? err.message : String(err)}): their findings count as new.`);
  }
  return byPath;
}

/**
 * Dockerfiles of a commit linted in a scratch folder laid out like the repository at that commit: each
 * with the settings files it had there, and built as that commit's build definitions (`builds`) say
 * (their contexts' `.dockerignore` are laid out too). Paths absent at the commit are left out. Rejects
 * when the reader fails.
 */
async function lintRevision(
  reader: RevisionReader,
  paths: readonly string[],
  explicitConfig: string | null,
  request: ReviewRequest,
  edges: ReviewEdges,
  { side, builds }: { side: 'base' | 'head'; builds: BuildDiscovery },
): Promise<LintReport> {
  if (paths.length === 0) return { files: [], errors: [] };
  const scratch = mkdtempSync(join(edges.tempDir, `stagecraft-${side}-`));
  try {
    const contextSettings = paths.flatMap((path) => dockerignoreCandidates(effectiveBuild(path, builds)));
    const laidOut = await materialiseRevision(reader, paths, scratch, [...(explicitConfig ? [explicitConfig] : []), ...contextSettings]);
    // The commit's own copy of an explicit config, else the checkout's (a config this change adds or removes).
    const config = explicitConfig && laidOut.settings.includes(explicitConfig) ? join(scratch, explicitConfig) : request.config;
    const written = paths.filter((p) => laidOut.written.has(p));
    const report = await lintFiles(
      written.map((p) => laidOut.written.get(p)!),
      { root: scratch, configPath: config, failOn: request.failOn, builds, displayPath: relativeTo(scratch), ...request.buildOverrides },
    );
    return withoutScratchPaths(report, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A commit's build definitions. Bake files are evaluated without
 * buildx: a commit read as data is not given to a program.
 */
async function revisionBuilds(reader: RevisionReader, listed: readonly string[], explicitConfig: string | null, request: ReviewRequest, edges: ReviewEdges): Promise<BuildDiscovery> {
  const { files, skipped } = await revisionRepoFiles(reader, listed, explicitConfig ? [explicitConfig] : []);
  const explicit = explicitConfig ? revisionConfig(files, explicitConfig, request, edges.root) : null;
  const builds = await discoverRepositoryBuilds(files, { explicitConfig: explicit, bake: null });
  if (skipped > 0) builds.notices.push({ file: '.', line: null, message: `${skipped} build files were not read (more than a review reads)` });
  return builds;
}

/** The explicit configuration as the commit has it, else the checkout's (as `lintRevision` configures the lint). */
function revisionConfig(files: RepoFiles, explicitConfig: string, request: ReviewRequest, root: string): ExplicitConfig | null {
  const text = files.read(explicitConfig);
  if (text !== null) return { source: explicitConfig, folder: explicitConfig.includes('/') ? explicitConfig.slice(0, explicitConfig.lastIndexOf('/')) : '', text };
  return explicitConfigAt(root, request.config);
}

/**
 * A configuration error names its file as the loader found it, relative to the current folder: here a
 * path into the scratch folder, gone once linted. The repository path says where to fix it.
 */
function withoutScratchPaths(report: LintReport, scratch: string): LintReport {
  const prefixes = [`${relative(process.cwd(), scratch)}${sep}`, `${scratch}${sep}`];
  const clean = (message: string) => prefixes.reduce((text, prefix) => text.split(prefix).join(''), message);
  for (const file of report.files) {
    file.findings = file.findings.map((f) => (f.rule === 'config-error' ? { ...f, message: clean(f.message) } : f));
  }
  return report;
}

/** Whether a commit's objects are in the checkout, fetching the one commit a shallow checkout lacks. */
function ensureCommit(git: GitRepository | null, sha: string, what: string, edges: ReviewEdges): boolean {
  if (!git) return false;
  if (git.hasCommit(sha)) return true;
  edges.info(`The checkout lacks ${what} ${sha.slice(0, 12)}: fetching it.`);
  if (git.fetchCommit(sha) && git.hasCommit(sha)) return true;
  edges.info(`Fetching ${what} failed: its files are read through the REST API instead.`);
  return false;
}

/** A commit's files as data: from the local git objects when they are here, else the contents API; null when neither. */
function readerFor(sha: string, available: boolean, edges: ReviewEdges): RevisionReader | null {
  if (available && edges.git) return gitRevisionReader(edges.git, sha);
  if (edges.github) return contentsRevisionReader(edges.github, sha);
  return null;
}

/**
 * The paths the change touches: from the pull request files API (what GitHub shows in "Files changed"),
 * else — past its 3,000-file cap, for merge groups, or when the API fails — `git diff -M` between the
 * base commit and the head (when git has both). Null when neither can say.
 */
async function listChanges(request: ReviewRequest, bothInGit: boolean, edges: ReviewEdges): Promise<ChangedFile[] | null> {
  const pull = request.pullRequest;
  if (pull && edges.github && (pull.changedFiles ?? 0) < PULL_REQUEST_FILES_LIMIT) {
    try {
      const listed = await edges.github.listPullRequestFiles(pull.number);
      if (!listed.truncated) return listed.files;
      edges.info(`The pull request changes more than ${PULL_REQUEST_FILES_LIMIT} files, GitHub's limit for listing them: asking git instead.`);
    } catch (err) {
      edges.info(`Listing the pull request's files failed (${err instanceof Error ? err.message : String(err)}): asking git instead.`);
    }
  }
  if (!edges.git || !bothInGit) return null;
  try {
    return edges.git.diff(request.base.sha, request.head.sha);
  } catch (err) {
    edges.info(`git diff failed (${err instanceof Error ? err.message : String(err)}).`);
    return null;
  }
}

/** A path inside the repository, relative and `/`-separated ('' for the root itself). */
function toRepoPath(root: string, absolute: string): string {
  return relative(root, absolute).split('\\').join('/');
}

