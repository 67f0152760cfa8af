/**
 * Whole-process runs for `npm run bench`: each tool lints the whole corpus in a fresh process, started
 * and ended as a user would run it, and the parent reads its wall time, its CPU time with its child
 * processes' (ShellCheck), and its peak memory (resident set).
 *
 * Stagecraft runs as its CLI (`stagecraft lint --format json <files>`) from a bundle esbuild makes of
 * the source here, so no TypeScript is compiled while it is timed. dockerfile-utils and dockerfilelint run
 * as small scripts that read every file and validate it, as their own CLIs would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEsm } from '../__tests__/helpers/lint-worker-bundle.js';

const HERE = fileURLToPath(import.meta.url);
const REPO = dirname(dirname(HERE));

export interface WholeProcess {
  name: string;
  wallMs: number;
  /** CPU time of the process and the processes it waited for (ShellCheck). */
  cpuMs: number;
  /** CPU time over wall time: how many cores were busy on average. */
  coresBusy: number;
  filesPerSecond: number;
  peakMB: number;
  ok: boolean;
  detail: string;
}

/**
 * The CLI bundled once per bench run (esbuild: a second, not ncc's half minute), with its lint worker
 * where the CLI looks for it, as in dist/: `cli/index.mjs` and `lint-worker/index.js`.
 */
async function bundleCli(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-cli-'));
  await bundleEsm('src/lint-worker-entry.ts', join(dir, 'lint-worker', 'index.js'));
  writeFileSync(join(dir, 'lint-worker', 'package.json'), '{"type":"module"}\n');
  const cli = join(dir, 'cli', 'index.mjs');
  await bundleEsm('src/cli/index.ts', cli);
  return cli;
}

/**
 * Runs `argv` under /usr/bin/time-like accounting: a tiny node wrapper spawns it and reports its
 * rusage, which on Linux includes the children it waited for.
 */
function measure(name: string, argv: string[], files: number, env: NodeJS.ProcessEnv): WholeProcess {
  const wrapper = `
    const { spawnSync } = require('node:child_process');
    const started = process.hrtime.bigint();
    const r = spawnSync(process.argv[1], process.argv.slice(2), { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const fs = require('node:fs');
    const stat = fs.readFileSync('/proc/self/stat', 'utf8').slice(fs.readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of /proc/self/stat (cutime, cstime), in clock ticks of 10 ms.
    const childCpuMs = (Number(stat[13]) + Number(stat[14])) * 10;
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    process.stdout.write(JSON.stringify({ wallMs, childCpuMs, status: r.status, signal: r.signal, stderr: String(r.stderr).slice(-400) }));
  `;
  const peakFile = join(mkdtempSync(join(tmpdir(), 'stagecraft-bench-rss-')), 'peak');
  // GNU time gives the peak RSS of the child; /proc gives CPU including grandchildren.
  const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', peakFile, process.execPath, '-e', wrapper, ...argv], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  try {
    const result = JSON.parse(run.stdout) as { wallMs: number; childCpuMs: number; status: number | null; signal: string | null; stderr: string };
    const peakKB = Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop());
    const ok = result.status === 0 || result.status === 1;
    return {
      name,
      wallMs: result.wallMs,
      cpuMs: result.childCpuMs,
      coresBusy: result.childCpuMs / result.wallMs,
      filesPerSecond: (files * 1000) / result.wallMs,
      peakMB: peakKB / 1024,
      ok,
      detail: ok ? '' : `exit ${result.status ?? result.signal}: ${result.stderr.trim()}`,
    };
  } catch {
    return { name, wallMs: 0, cpuMs: 0, coresBusy: 0, filesPerSecond: 0, peakMB: 0, ok: false, detail: (run.stderr || run.stdout).slice(-400) };
  }
}

/** Each tool over every file in a process of its own: Stagecraft without and with ShellCheck, and the peers. */
export async function measureWholeProcesses(paths: readonly string[]): Promise<WholeProcess[]> {
  const cli = await bundleCli();
  const list = join(mkdtempSync(join(tmpdir(), 'stagecraft-bench-files-')), 'files.json');
  writeFileSync(list, JSON.stringify(paths));
  const noShellcheck = { ...process.env, STAGECRAFT_SHELLCHECK: '/nonexistent/stagecraft-bench-no-shellcheck' };
  const withShellcheck = { ...process.env, STAGECRAFT_SHELLCHECK: process.env.STAGECRAFT_SHELLCHECK || 'shellcheck' };
  const driver = writePeerDriver();
  const peer = (tool: string) => [process.execPath, driver, tool, list];
  // By default a lint on 2 cores stays in one thread (src/files/lint-workers.ts): the --jobs rows force one worker per core.
  const jobs = `--jobs=${Math.max(2, availableParallelism())}`;
  return [
    measure('stagecraft lint, no ShellCheck', [process.execPath, cli, 'lint', '--format', 'json', ...paths], paths.length, noShellcheck),
    measure(`stagecraft lint ${jobs}, no ShellCheck`, [process.execPath, cli, 'lint', jobs, '--format', 'json', ...paths], paths.length, noShellcheck),
    measure('dockerfile-utils validate', peer('dockerfile-utils'), paths.length, process.env),
    measure('dockerfilelint', peer('dockerfilelint'), paths.length, process.env),
    measure('stagecraft lint, with ShellCheck', [process.execPath, cli, 'lint', '--format', 'json', ...paths], paths.length, withShellcheck),
    measure(`stagecraft lint ${jobs}, with ShellCheck`, [process.execPath, cli, 'lint', jobs, '--format', 'json', ...paths], paths.length, withShellcheck),
  ];
}

/** The peers' driver: plain JavaScript in a temporary file, so its process loads only the peer. */
function writePeerDriver(): string {
  const driver = `
    import { readFileSync, mkdtempSync } from 'node:fs';
    import { availableParallelism, tmpdir } from 'node:os';
    import { join } from 'node:path';
    import { createRequire } from 'node:module';
    const require = createRequire(${JSON.stringify(join(REPO, 'package.json'))});
    const [tool, list] = process.argv.slice(2);
    const paths = JSON.parse(readFileSync(list, 'utf8'));
    let problems = 0;
    if (tool === 'dockerfile-utils') {
      const { validate } = require('dockerfile-utils');
      for (const p of paths) problems += validate(readFileSync(p, 'utf8')).length;
    } else {
      const { run } = require('dockerfilelint');
      const config = mkdtempSync(join(tmpdir(), 'stagecraft-bench-dfl-'));
      for (const p of paths) { try { problems += run(config, readFileSync(p, 'utf8')).length; } catch {} }
    }
    process.stdout.write(String(problems));
  `;
  const path = join(mkdtempSync(join(tmpdir(), 'stagecraft-bench-peer-')), 'peer.mjs');
  writeFileSync(path, driver);
  return path;
}
