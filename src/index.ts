import { lintWorkerBeside, useLintWorkers } from './files/lint-workers.js';
import { run } from './main.js';

// dist/index.js: the worker bundle is dist/lint-worker/index.js.
useLintWorkers({ file: lintWorkerBeside(import.meta.url, 'lint-worker/index.js') });
await run();
