// Prints the test runner's own counts as "N passed, N failed" (the last line CI reads).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-output/vitest.json', 'utf8'));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
