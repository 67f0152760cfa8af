import type { ImageComparison } from '../docker/types.js';
import type { EffectiveBuild } from '../builds/effective.js';
import type { Dockerfile } from '../dockerfile/index.js';
import type { FailOn } from '../lint/config.js';
import type { Finding } from '../lint/types.js';
import type { FileReview, ReviewContext } from '../review/types.js';

/** The lint result of one file. */
export interface FileReport {
  /** As given by the user, normalised to forward slashes (repository-relative in the action). */
  path: string;
  findings: Finding[];
  /** The threshold in force for this file (its configuration's `fail-on`, or the one given on the command line). */
  failOn: FailOn;
  /** The parsed file, for renderings that draw it (the stage graph); not part of the JSON report. */
  dockerfile?: Dockerfile;
  /**
   * Present when the run compared a change with its base (a pull request, a merge group, `lint --base-ref`):
   * which findings are new, which were there before, and which the change fixed. A removed Dockerfile has
   * no findings and its base findings in `fixedFindings`.
   */
  review?: FileReview;
  /** With `build: true`: the base and head images built from this Dockerfile, measured and compared. */
  image?: ImageComparison;
  /** How the file was linted: the build definition used (its context and targets), or the defaults. */
  build?: EffectiveBuild;
}

/** Everything one run of `lint` produced, for every output format. */
export interface LintReport {
  files: FileReport[];
  /** Paths that could not be read at all, with why. */
  errors: { path: string; message: string }[];
  /** Said once for the whole run, not about one file: e.g. "ShellCheck not found: SC checks skipped". */
  notices?: string[];
  /** The commits compared, when this run reviewed a change; absent for a plain lint. */
  review?: ReviewContext;
}
