import { detectBuilder } from '../docker/detect.js';
import type { ComparedBuilds } from '../docker/compare.js';
import { compareReviewBuilds, planReviewBuilds, type ChangedDockerfiles } from '../docker/review-builds.js';
import type { CommandRunner } from '../docker/runner.js';
import type { BuildInputs } from '../inputs.js';
import { LEFTOVERS_STATE } from '../post.js';
import { phaseClock } from './phase-clock.js';
import type { ActionIO } from './runner.js';

export interface ImageBuildEdges {
  io: ActionIO;
  runner: CommandRunner;
  /** RUNNER_TEMP: worktrees, metadata files and OCI layouts. */
  tempDir: string;
  /** Said once in the log and the report. */
  notice(text: string): void;
}

/**
 * `build: true` in a review: the base and head images of each changed Dockerfile, built while the
 * change is linted. `start` is the review's `changesKnown` edge; `finished` waits for the builds once
 * the lint is done (the comparison goes on the report with `applyImageComparisons`).
 */
export interface ReviewImageBuilds {
  start(changes: ChangedDockerfiles): void;
  /** Null when nothing was built (no changed Dockerfile, or the review stopped before it knew). Rejects only on an unexpected error, never on a failed build. */
  finished(): Promise<ComparedBuilds | null>;
  /** Where the builds spent their time, and when they started: for the run's timing line. */
  timings(): string;
}

/**
 * Builds for a review; the builder is asked about at once, beside the review's first git and API
 * reads. `headSha`: build the head from a worktree of that commit (pull_request_target with
 * allow-untrusted-build), not the checkout.
 */
export function reviewImageBuilds(build: BuildInputs, root: string, baseSha: () => string, headSha: string | null, edges: ImageBuildEdges): ReviewImageBuilds {
  const { io, runner } = edges;
  const detection = detectBuilder(runner, build.builder);
  let running: Promise<{ compared: ComparedBuilds | null } | { error: unknown }> | null = null;
  let clock: ReturnType<typeof phaseClock> | null = null;
  let startedAt = 0;
  return {
    start(changes) {
      if (running) return;
      startedAt = performance.now();
      clock = phaseClock(startedAt);
      const builds = planReviewBuilds(changes, { target: build.target, args: build.buildArgs });
      // Settled into a value at once: a build that throws while the lint still runs must not be an unhandled rejection.
      running = compareReviewBuilds(builds, root, baseSha(), build, {
        runner,
        tempDir: edges.tempDir,
        headSha,
        detection,
        info: (text) => io.info(text),
        notice: edges.notice,
        logGroup: async (title, runBuild) => {
          const lines: string[] = [];
          await runBuild((line) => lines.push(line));
          io.group(title, lines.join('\n'));
        },
        saveLeftovers: (items) => io.saveState?.(LEFTOVERS_STATE, JSON.stringify(items)),
        phase: (name) => clock?.mark(name),
      }).then(
        (compared) => ({ compared }),
        (error: unknown) => ({ error }),
      );
    },
    async finished() {
      if (!running) return null;
      const outcome = await running;
      if ('error' in outcome) throw outcome.error;
      return outcome.compared;
    },
    timings: () => (clock ? `the builds, started ${(startedAt / 1000).toFixed(2)} s into the run: ${clock.text()}` : 'no builds'),
  };
}
