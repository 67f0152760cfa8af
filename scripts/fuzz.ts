/**
 * `npm run fuzz`: the hostile shapes at the size limit, each linted alone in a fresh process (ShellCheck
 * included when installed), which must finish within 20 s and 1 GB; then the fuzz properties of
 * __tests__/robustness for longer than CI gives them (STAGECRAFT_FUZZ_MS, default 120 s here).
 *
 *   npm run fuzz -- [--shape NAME] [--bytes N] [--skip-properties]
 *
 * Exits non-zero when a shape breaks a limit, crashes, or a property fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintFiles } from '../src/files/lint-files.js';
import { MAX_DOCKERFILE_BYTES } from '../src/files/read.js';
import { HOSTILE_SHAPES } from './hostile-shapes.js';

const LIMIT_MS = 20_000;
const LIMIT_MB = 1024;
const HERE = fileURLToPath(import.meta.url);
const REPO = dirname(dirname(HERE));

const { values } = parseArgs({
  options: {
    one: { type: 'string' },
    shape: { type: 'string' },
    bytes: { type: 'string', default: String(MAX_DOCKERFILE_BYTES) },
    'skip-properties': { type: 'boolean', default: false },
  },
});
const bytes = Number(values.bytes);

if (values.one !== undefined) {
  // The child: lint one shape, print what it cost.
  const shape = HOSTILE_SHAPES[Number(values.one)]!;
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-fuzz-'));
  try {
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, shape.make(bytes));
    const started = performance.now();
    const report = await lintFiles([path], { root: dir });
    const ms = performance.now() - started;
    const findings = report.files.flatMap((f) => f.findings);
    const usage = process.resourceUsage();
    const internal = findings.filter((f) => f.rule === 'internal-error').length;
    process.stdout.write(JSON.stringify({ ms, peakMB: usage.maxRSS / 1024, findings: findings.length, internal, notices: report.notices ?? [] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

let failed = 0;
console.log(`hostile shapes at ${bytes.toLocaleString('en-US')} bytes, each in its own process (limits: ${LIMIT_MS / 1000} s, ${LIMIT_MB} MB)\n`);
console.log(`${'shape'.padEnd(40)} ${'time'.padStart(8)} ${'peak RSS'.padStart(9)} ${'findings'.padStart(8)}`);
for (const [index, shape] of HOSTILE_SHAPES.entries()) {
  if (values.shape && shape.name !== values.shape) continue;
  const child = spawnSync(process.execPath, ['--import', 'tsx', HERE, '--one', String(index), '--bytes', String(bytes)], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: LIMIT_MS * 3,
    maxBuffer: 16 * 1024 * 1024,
  });
  let line: string;
  try {
    const result = JSON.parse(child.stdout) as { ms: number; peakMB: number; findings: number; internal: number; notices: string[] };
    const over = result.ms > LIMIT_MS || result.peakMB > LIMIT_MB || result.internal > 0;
    if (over) failed++;
    line = `${shape.name.padEnd(40)} ${`${(result.ms / 1000).toFixed(1)} s`.padStart(8)} ${`${Math.round(result.peakMB)} MB`.padStart(9)} ${String(result.findings).padStart(8)}${over ? '  OVER A LIMIT' : ''}${result.internal ? ` (${result.internal} internal errors)` : ''}${result.notices.length ? `  ${result.notices.join('; ')}` : ''}`;
  } catch {
    failed++;
    line = `${shape.name.padEnd(40)} FAILED: ${child.error?.message ?? `exit ${child.status ?? child.signal}`} ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  }
  console.log(line);
}

if (!values['skip-properties'] && !values.shape) {
  console.log('\nfuzz properties (STAGECRAFT_FUZZ_MS to change the time):');
  const run = spawnSync('npx', ['vitest', 'run', '__tests__/robustness/fuzz.test.ts'], {
    cwd: REPO,
    stdio: 'inherit',
    env: { ...process.env, STAGECRAFT_FUZZ_MS: process.env.STAGECRAFT_FUZZ_MS ?? '120000' },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
