#!/usr/bin/env node
import { lintWorkerBeside, useLintWorkers } from '../files/lint-workers.js';
import { runCli } from './main.js';
import { processIO } from './io.js';

// dist/cli/index.js: the worker bundle is dist/lint-worker/index.js, shared with the action's.
useLintWorkers({ file: lintWorkerBeside(import.meta.url, '../lint-worker/index.js') });
process.exitCode = await runCli(process.argv.slice(2), processIO());
