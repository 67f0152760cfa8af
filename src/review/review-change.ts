import { mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lintFiles, relativeTo } from '../files/lint-files.js';
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
import type { ChangedFile, DockerfileChange, FileReview, ReviewContext, RevisionReader } from './types.js';

/** The change to review and how: from the action's event and inputs, or the CLI's `--base-ref`. */
export interface ReviewRequest {
  /** GITHUB_EVENT_NAME, or `local`. */
  event: string;
  base: { sha: string; ref: string | null };
  /** The head commit; null for the work tree (the CLI), which git diffs against the base as it is on disk. */
  head: { sha: string | null; ref: string | null };
  pullRequest: { number: number; url: string | null; changedFiles: number | null } | null;
  /** Absolute; `patterns` are relative to it. */
  workingDirectory: string;
  patterns: { include: string[]; exclude: string[] };
  /** An explicit `.stagecraft.yml`, absolute. */
  config: string | null;
  failOn: FailOn | null;
  /** Null: yes. */
  changedOnly: boolean | null;
  failOnScope: 'new' | 'all';
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
  /** Where the base versions are laid out while they are linted. */
  tempDir: string;
  /** Said once each, in the log and the report. */
  notice(text: string): void;
  info(text: string): void;
}

/**
 * Lints the change a pull request, a merge group or a local work tree makes: the changed Dockerfiles (or all of them), and
 * each one's base version with the base's configuration, so every head finding is new or existing and
 * every base finding left behind is fixed.
 */
export async function reviewChange(request: ReviewRequest, edges: ReviewEdges): Promise<LintReport> {
  const { root } = edges;
  const baseAvailable = ensureCommit(edges.git, request.base.sha, edges);
  const baseReader = baseReaderFor(request.base.sha, baseAvailable, edges);
  const changes = await listChanges(request, baseAvailable, edges);

  const workingDirectory = toRepoPath(root, request.workingDirectory);
  const explicitConfig = request.config ? toRepoPath(root, request.config) : null;
  const changedOnly = request.changedOnly ?? true;
  const review: ReviewContext = {
    event: request.event,
    base: request.base,
    head: { sha: request.head.sha ?? 'WORKTREE', ref: request.head.ref },
    pullRequest: request.pullRequest ? { number: request.pullRequest.number, url: request.pullRequest.url } : null,
    changedOnly,
    failOnScope: request.failOnScope,
  };

  const matched = selectDockerfiles(edges.listFiles(request.workingDirectory), request.patterns).files.map((rel) => toRepoPath(root, resolve(request.workingDirectory, rel)));
  let changed: DockerfileChange[];
  if (changes) {
    changed = selectChangedDockerfiles(changes, { workingDirectory, patterns: request.patterns, headFiles: edges.listFiles(root), explicitConfig });
  } else {
    // Without the list of changed paths, every Dockerfile is compared with its base version.
    edges.notice('The files this change touches could not be listed: every matching Dockerfile was linted and compared with its base version.');
    changed = matched.map((path) => ({ path, status: 'modified', basePath: path, because: [] }));
  }

  // Head: the changed Dockerfiles, or every one the patterns select.
  const changeByPath = new Map(changed.map((c) => [c.path, c]));
  const changedHeadPaths = changed.filter((c) => c.status !== 'removed').map((c) => c.path);
  const headPaths = changedOnly ? changedHeadPaths : [...new Set([...matched, ...changedHeadPaths])].sort();
  const head = lintFiles(
    headPaths.map((p) => resolve(root, p)),
    { root, configPath: request.config, failOn: request.failOn, displayPath: relativeTo(root) },
  );

  // Base: the changed Dockerfiles as they were, with the settings they had.
  const baseChanges = changed.filter((c) => c.basePath !== null);
  const base = baseChanges.length > 0 ? await lintBase(baseChanges, baseReader, explicitConfig, request, edges) : new Map<string, FileReport>();

  const files: FileReport[] = [];
  for (const file of head.files) {
    const change: DockerfileChange = changeByPath.get(file.path) ?? { path: file.path, status: 'unchanged', basePath: file.path, because: [] };
    const baseFile = change.basePath !== null && change.status !== 'unchanged' ? base.get(change.basePath) : undefined;
    files.push({ ...file, review: reviewOf(change, file, baseFile, change.status === 'unchanged') });
  }
  for (const change of changed) {
    if (change.status !== 'removed') continue;
    const baseFile = base.get(change.basePath ?? change.path);
    const failOn = baseFile?.failOn ?? request.failOn ?? 'error';
    const removed: FileReport = { path: change.path, findings: [], failOn };
    files.push({ ...removed, review: reviewOf(change, removed, baseFile, false) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const report: LintReport = { files, errors: head.errors, review };
  if (head.notices?.length) report.notices = head.notices;
  return report;
}

function reviewOf(change: DockerfileChange, head: FileReport, base: FileReport | undefined, unchanged: boolean): FileReview {
  if (unchanged) {
    // Untouched by the change: the base has the same file and settings, so the same findings.
    return { change, newFindings: [], existingFindings: [...head.findings], fixedFindings: [], baseDockerfile: head.dockerfile ?? null };
  }
  const isRemoved = change.status === 'removed';
  const classified = classifyFindings(isRemoved ? null : { findings: head.findings, dockerfile: head.dockerfile }, base ? { findings: base.findings, dockerfile: base.dockerfile } : null);
  return { change, ...classified, baseDockerfile: base?.dockerfile ?? null };
}

/** The base versions linted in a scratch folder laid out like the repository at the base commit. */
async function lintBase(changes: readonly DockerfileChange[], reader: RevisionReader | null, explicitConfig: string | null, request: ReviewRequest, edges: ReviewEdges): Promise<Map<string, FileReport>> {
  const byPath = new Map<string, FileReport>();
  if (!reader) return byPath;
  const scratch = mkdtempSync(join(edges.tempDir, 'stagecraft-base-'));
  try {
    const basePaths = [...new Set(changes.map((c) => c.basePath!))];
    const laidOut = await materialiseRevision(reader, basePaths, scratch, explicitConfig ? [explicitConfig] : []);
    // The base's own copy of an explicit config, else the head's (a config added by this change).
    const baseConfig = explicitConfig && laidOut.settings.includes(explicitConfig) ? join(scratch, explicitConfig) : request.config;
    const written = basePaths.filter((p) => laidOut.written.has(p));
    const report = lintFiles(
      written.map((p) => laidOut.written.get(p)!),
      { root: scratch, configPath: baseConfig, failOn: request.failOn, displayPath: relativeTo(scratch) },
    );
    for (const file of report.files) byPath.set(file.path, file);
  } catch (err) {
    edges.notice(`The base versions could not be read (${err instanceof Error ? err.message : String(err)}): their findings count as new.`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return byPath;
}

/** Whether the base commit's objects are in the checkout, fetching the one commit a shallow checkout lacks. */
function ensureCommit(git: GitRepository | null, sha: string, edges: ReviewEdges): boolean {
  if (!git) return false;
  if (git.hasCommit(sha)) return true;
  edges.info(`The checkout lacks the base commit ${sha.slice(0, 12)} (a shallow clone): fetching it.`);
  if (git.fetchCommit(sha) && git.hasCommit(sha)) return true;
  edges.info('Fetching the base commit failed: its files are read through the REST API instead.');
  return false;
}

function baseReaderFor(baseSha: string, baseAvailable: boolean, edges: ReviewEdges): RevisionReader | null {
  if (baseAvailable && edges.git) return gitRevisionReader(edges.git, baseSha);
  if (edges.github) return contentsRevisionReader(edges.github, baseSha);
  edges.notice(`The base commit ${baseSha.slice(0, 12)} is neither in the repository nor readable through the API: base findings are unknown, so every finding counts as new.`);
  return null;
}

/**
 * The paths the change touches: from the pull request files API (what GitHub shows in "Files changed"),
 * else — past its 3,000-file cap, for merge groups, or when the API fails — `git diff -M` between the
 * base commit and the head. Null when neither can say.
 */
async function listChanges(request: ReviewRequest, baseAvailable: boolean, edges: ReviewEdges): Promise<ChangedFile[] | null> {
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
  const head = request.head.sha;
  if (!edges.git || !baseAvailable || (head !== null && !edges.git.hasCommit(head))) return null;
  try {
    return edges.git.diff(request.base.sha, head);
  } catch (err) {
    edges.info(`git diff failed (${err instanceof Error ? err.message : String(err)}).`);
    return null;
  }
}

/** A path inside the repository, relative and `/`-separated ('' for the root itself). */
function toRepoPath(root: string, absolute: string): string {
  return relative(root, absolute).split('\\').join('/');
}
