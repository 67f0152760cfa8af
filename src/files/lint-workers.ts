import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { Finding } from '../lint/types.js';
import type { LintJob } from './lint-job.js';
import { internalErrorFinding } from '../lint/engine.js';

/**
 * Below this many files a run lints in its own thread: starting a worker and loading the lint into it
 * costs about what linting 40 files does (docs/performance.md), so a pull request's few Dockerfiles
 * would only wait for the workers.
 */
export const MIN_FILES_FOR_WORKERS = 100;

/** Fewer files than this per worker and another worker costs more than it saves. */
const MIN_FILES_PER_WORKER = 50;

/** How a run may use worker threads: set once by the entry point (the action, the CLI), or per call. */
export interface LintWorkerSettings {
  /** The worker's bundle; null when there is none (running from the sources): every file in-process. */
  file: string | null;
  /** `--jobs`: 1 lints in-process, N ≥ 2 in N workers whatever the number of files; null decides by the number of files. */
  jobs: number | null;
}

let processSettings: LintWorkerSettings = { file: null, jobs: null };

/** Called by an entry point: where its worker bundle is, and the `--jobs` asked for. */
export function useLintWorkers(settings: Partial<LintWorkerSettings>): void {
  processSettings = { ...processSettings, ...settings };
}

export function lintWorkerSettings(): LintWorkerSettings {
  return processSettings;
}

/**
 * The worker bundle at `relativePath` from the bundle at `bundleUrl` (the entry's `import.meta.url`),
 * or null when it is not there: run from the sources, the lint stays in-process.
 */
export function lintWorkerBeside(bundleUrl: string, relativePath: string): string | null {
  const file = join(dirname(fileURLToPath(bundleUrl)), relativePath);
  return existsSync(file) ? file : null;
}

/** `STAGECRAFT_JOBS` / `--jobs`: a whole number ≥ 1, else a message saying what was wrong. */
export function parseJobs(value: string, name: string): number | string {
  const jobs = Number(value);
  return /^\d+$/.test(value.trim()) && jobs >= 1 ? jobs : `${name} must be a whole number of 1 or more (got "${value}")`;
}

/**
 * How many workers lint `files` files: 0 for in-process. By default one core is left to the main
 * thread and V8's own threads (its garbage collector and compiler keep most of a second core busy
 * during a lint in one thread), and one worker would only move the lint, not share it: on 2 cores
 * the lint stays in-process (docs/performance.md has the measurements).
 */
export function workerCount(files: number, jobs: number | null, cores: number): number {
  if (jobs !== null) return jobs <= 1 ? 0 : Math.min(jobs, files);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const workers = Math.min(cores - 1, Math.floor(files / MIN_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

/** Main thread to worker: files to lint, each with its place in the run. */
export interface LintWorkRequest {
  chunk: { index: number; job: LintJob }[];
}

/** Worker to main thread: once loaded, then the findings of each chunk, in its order. */
export type LintWorkReply = { ready: true } | { findings: Finding[][] };

/**
 * The worker's side: lints each file it is sent with `lint`, and answers once per chunk (a message per
 * file costs more than some files' lint). Before each file it writes the file's index to `progress`,
 * shared with the main thread, so that if the worker dies the main thread knows which file killed it.
 */
export function serveLintJobs(port: MessagePort, progress: Int32Array, lint: (job: LintJob) => Finding[]): void {
  port.on('message', (request: LintWorkRequest) => {
    const findings: Finding[][] = [];
    for (const { index, job } of request.chunk) {
      Atomics.store(progress, 0, index);
      findings.push(lint(job));
    }
    port.postMessage({ findings } satisfies LintWorkReply);
  });
  port.postMessage({ ready: true } satisfies LintWorkReply);
}

export interface LintPool {
  /**
   * The findings of each job, in the jobs' order. `inProcess` lints a job in this thread: used for the
   * jobs left when the workers cannot start at all.
   */
  lint(jobs: readonly LintJob[], inProcess: (index: number) => Finding[]): Promise<Finding[][]>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The job indices sent and not yet answered, in the order the worker lints them. */
  pending: number[];
  /** The index of the file the worker is linting, written by the worker. */
  progress: Int32Array;
  /** Why it stopped: its uncaught error, if it had one. */
  failure: string | null;
}

/**
 * `size` workers running `file`, started now so that they load while the main thread still works
 * (ShellCheck). Files go out a few at a time, fewer as the run nears its end, so no worker idles
 * while another has a long queue. A worker that stops (a crash, running out of memory) costs the file it
 * was linting one finding naming it; its other files go to a new worker. If workers cannot start at
 * all, the files are linted in-process.
 */
export function startLintPool(file: string, size: number): LintPool {
  const slots = new Set<Slot>();
  let onReply: (slot: Slot, reply: LintWorkReply) => void = () => {};
  let onExit: (slot: Slot) => void = () => {};
  let closing = false;
  // A worker that stopped before it was ready: the bundle cannot load, and every other would fail alike.
  let cannotStart = false;

  const spawn = (): Slot => {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const slot: Slot = { worker: new Worker(file, { workerData: { progress } }), ready: false, pending: [], progress, failure: null };
    slots.add(slot);
    slot.worker.on('message', (reply: LintWorkReply) => {
      if ('ready' in reply) slot.ready = true;
      onReply(slot, reply);
    });
    slot.worker.on('error', (err) => {
      slot.failure = err instanceof Error ? err.message : String(err);
    });
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      if (closing) return;
      slot.failure ??= `exit code ${code}`;
      if (!slot.ready) cannotStart = true;
      onExit(slot);
    });
    return slot;
  };
  for (let i = 0; i < size; i++) spawn();

  return {
    lint(jobs, inProcess) {
      return new Promise((resolve) => {
        const results: Finding[][] = new Array(jobs.length);
        let answered = 0;
        const queue = jobs.map((_, i) => i);
        let broken = false;
        const finish = () => {
          if (answered === jobs.length) resolve(results);
        };
        const answer = (index: number, findings: Finding[]) => {
          results[index] = findings;
          answered++;
        };
        const feed = (slot: Slot) => {
          if (queue.length === 0 || !slot.ready) return;
          const take = Math.max(1, Math.min(16, Math.ceil(queue.length / (2 * size))));
          slot.pending = queue.splice(0, take);
          Atomics.store(slot.progress, 0, -1);
          slot.worker.postMessage({ chunk: slot.pending.map((index) => ({ index, job: jobs[index]! })) } satisfies LintWorkRequest);
        };
        const fallBack = () => {
          // Workers that cannot even load would fail every file alike: the main thread lints the rest.
          broken = true;
          for (const slot of slots) queue.push(...slot.pending.splice(0));
          for (const index of queue.splice(0)) answer(index, inProcess(index));
          finish();
        };
        onReply = (slot, reply) => {
          if (broken) return;
          if ('ready' in reply) return feed(slot);
          reply.findings.forEach((findings, i) => answer(slot.pending[i]!, findings));
          slot.pending = [];
          feed(slot);
          finish();
        };
        onExit = (slot) => {
          if (broken) return;
          if (cannotStart) return fallBack();
          // The files of its chunk before the one it died on are linted again; that one is not.
          const lost = Atomics.load(slot.progress, 0);
          if (slot.pending.includes(lost)) {
            answer(lost, [internalErrorFinding(`the worker thread linting ${jobs[lost]!.display} stopped (${slot.failure}); this file was not linted, the others were; please report it`)]);
          }
          queue.unshift(...slot.pending.filter((i) => i !== lost));
          slot.pending = [];
          if (queue.length > 0) spawn();
          finish();
        };
        if (cannotStart || slots.size === 0) return fallBack();
        for (const slot of slots) feed(slot);
        finish();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
