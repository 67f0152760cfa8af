import type { Dockerfile } from '../dockerfile/index.js';
import type { Finding } from '../lint/types.js';

/** How a change touched one path, as the pull request files API or `git diff --name-status -M` says. */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'removed';

/** One path the change touched. `previousPath` is the base path of a rename (or a copy), else null. */
export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  previousPath: string | null;
}

/**
 * Why a Dockerfile is reviewed: the file itself changed (`added`, `modified`, `renamed`, `removed`), or
 * only a file that decides how it is linted (`.dockerignore`, `.stagecraft.yml`, `.hadolint.yaml`) did:
 * `settings`, with those files in `because`. `unchanged`: linted with `changed-only: false` although the
 * change did not touch it, so every finding is existing.
 */
export interface DockerfileChange {
  /** The head path; for a removed file, its base path. Relative to the repository root, `/`-separated. */
  path: string;
  status: ChangeStatus | 'settings' | 'unchanged';
  /** Where the file was at the base; null for an added file. Equals `path` unless renamed. */
  basePath: string | null;
  /** The changed settings files that make a `settings` change (also listed for other statuses when they changed too). */
  because: string[];
}

export type FindingStatus = 'new' | 'existing';

/**
 * A head file's findings judged against its base version. `newFindings` and `existingFindings` partition
 * the FileReport's `findings` (same objects); `fixedFindings` are base findings with no head match.
 */
export interface FileReview {
  change: DockerfileChange;
  newFindings: Finding[];
  existingFindings: Finding[];
  fixedFindings: Finding[];
  /** The base version as parsed, for the base→head stage graph; null when there is none (added) or it could not be read. */
  baseDockerfile: Dockerfile | null;
}

/** Which commits were compared and why: the pull request (or merge queue entry) under review. */
export interface ReviewContext {
  /** GITHUB_EVENT_NAME (`pull_request`, `merge_group`, …), or `local` for `stagecraft lint --base-ref`. */
  event: string;
  /** The commit the findings are compared with, and a name for it to show (`main`, `origin/main`). */
  base: { sha: string; ref: string | null };
  /**
   * The commit linted: GITHUB_SHA (a `pull_request`'s merge commit), the PR's head commit under
   * `pull_request_target`, or the merge group's head; `WORKTREE` locally.
   */
  head: { sha: string; ref: string | null };
  /**
   * The pull request; `headSha` is the tip of its branch (`pull_request.head.sha`), which a `workflow_run`
   * publisher compares with the PR's current head before posting from the report. Absent when unknown.
   */
  pullRequest: { number: number; url: string | null; headSha?: string } | null;
  /** Whether only the changed Dockerfiles were linted. */
  changedOnly: boolean;
  /** What `fail-on` judges: new findings only, or all of them. */
  failOnScope: 'new' | 'all';
}

/**
 * The files of one commit, read as data: from the local git objects, or from the REST API when the
 * checkout lacks the commit. Nothing is checked out or run.
 */
export interface RevisionReader {
  /** The commit read. */
  readonly sha: string;
  /** A file's text at the commit; null when no such file (or it is a folder, a submodule or a symlink). */
  readFile(path: string): Promise<string | null>;
  /** Every file path at the commit, repository-relative and `/`-separated. */
  listFiles(): Promise<string[]>;
}
