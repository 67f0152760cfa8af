/**
 * The lint's worker thread (bundled on its own as dist/lint-worker/index.js): lints the files the main
 * thread sends it, with the configuration, build and ShellCheck findings the main thread resolved.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runLintJob } from './files/lint-job.js';
import { serveLintJobs } from './files/lint-workers.js';

if (!parentPort) throw new Error('the lint worker runs as a worker thread of Stagecraft, not on its own');
serveLintJobs(parentPort, (workerData as { progress: Int32Array }).progress, (job) => runLintJob(job));
