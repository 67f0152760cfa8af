/**
 * `npm run bench`: lint throughput over a corpus of real Dockerfiles, in one process, against the
 * reference parse (dockerfile-ast's, which the model was built on until it read lines by BuildKit's rules) and
 * two peers on the same files.
 *
 *   npm run bench -- [--corpus DIR] [--rounds N] [--warmup N] [--profile] [--out FILE]
 *
 * Every contender runs over every file once per round, taking turns a few files at a time in a rotating
 * order, so load from elsewhere and garbage one leaves behind fall on all of them alike. The table
 * shows medians over the rounds. The goal (issue §8): "rules should cost at most half again the parse
 * time" — everything the lint adds to dockerfile-ast's parse (our model, the shared analyses and every
 * registered rule) costs at most 1.5 × that parse, so the whole lint takes at most 2.5 × the parse.
 * ShellCheck is a separate process and is not part of it. When the goal is missed (or with --profile) the bench
 * times each rule and samples a CPU profile of the lint, and prints where the time goes.
 *
 * Then each tool lints the whole corpus in a process of its own (bench/whole-process.ts): files/s,
 * CPU, cores busy and peak memory for Stagecraft without and with ShellCheck, dockerfile-utils and
 * dockerfilelint, judged against the goals (faster than dockerfile-utils; 0.75 of every core busy with
 * ShellCheck), with the load average beside them. The model alone is timed at 20,000 instructions of
 * each kind (goal: under a second). Last, synthetic files grow one dimension at a time (instructions,
 * stages, pairs, chained commands, nesting) to show whether lint time grows in proportion.
 *
 * Exits non-zero only on errors — no corpus, our lint throwing or reporting `internal-error` — never
 * for missing the goal. Numbers also go to bench/results.json (machine-specific; see docs/performance.md
 * for a run on record).
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as dockerfileUtilsValidate } from 'dockerfile-utils';
import { run as dockerfilelintRun } from 'dockerfilelint';
import { parseDockerfile, type Dockerfile } from '../src/dockerfile/index.js';
import { readDockerfileText } from '../src/files/read.js';
import { createShellcheckRunner } from '../src/files/shellcheck-runner.js';
import { runShellcheckForFiles, shellcheckScripts } from '../src/lint/shellcheck/index.js';
import { lintDockerfile, lintText } from '../src/lint/engine.js';
import { RULES } from '../src/lint/registry.js';
import type { Rule } from '../src/lint/types.js';
import { measureWholeProcesses, type WholeProcess } from './whole-process.js';

/** What the lint may add on top of the parse, as a multiple of the parse time. */
const GOAL_RATIO = 1.5;
/** Files per turn when contenders take turns. */
const CHUNK = 16;
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);

interface CorpusFile {
  name: string;
  text: string;
}

interface Contender {
  name: string;
  run(file: CorpusFile): void;
}

interface Measurement {
  name: string;
  roundsMs: number[];
  medianMs: number;
  filesPerSecond: number;
  /** Time relative to dockerfile-ast's parse: the median of the rounds' ratios. */
  ratioToParse: number;
  peakHeapMB: number;
  /** Files the contender threw on (peers only: ours throwing is an error). */
  threw: number;
}

interface RuleTiming {
  rule: string;
  msPerRound: number;
  shareOfLint: number;
}

interface ProfileEntry {
  what: string;
  ms: number;
  share: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mb = (bytes: number) => bytes / (1024 * 1024);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function loadCorpus(dir: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.endsWith('.json') || !statSync(path).isFile()) continue;
    const read = readDockerfileText(path);
    if (read.ok && !read.skipped) files.push({ name, text: read.text });
  }
  return files;
}

/**
 * One ShellCheck run over every RUN script of the corpus, as `lintFiles` does it: how many scripts, how
 * long the whole run takes (building the scripts, the process, mapping its output back), what it found.
 */
async function measureShellcheck(files: CorpusFile[]): Promise<string> {
  const dockerfiles = files.map((f) => parseDockerfile(f.text, { path: f.name }));
  const scripts = dockerfiles.reduce((n, df) => n + shellcheckScripts(df).length, 0);
  const start = performance.now();
  const results = await runShellcheckForFiles(dockerfiles, createShellcheckRunner());
  const seconds = (performance.now() - start) / 1000;
  if (results.notices.length > 0) return results.notices.join('; ');
  const findings = [...results.findings.values()].reduce((n, list) => n + list.length, 0);
  return `${scripts} scripts from ${files.length} files in ${fmt(seconds, 1)} s (${fmt((seconds * 1000) / Math.max(1, scripts), 1)} ms per script), ${findings} findings`;
}

/** ShellCheck runs as its own process and is benchmarked apart; its relay rule only reads its results. */
function isShellcheckRelay(rule: Rule): boolean {
  return /shellcheck/i.test(rule.id) || rule.aliases.some((a) => /^SC\d{4}$/.test(a));
}

function main(): Promise<number> | number {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: process.env.STAGECRAFT_CORPUS ?? '/tmp/stagecraft-corpus/public' },
      rounds: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '2' },
      profile: { type: 'boolean', default: false },
      out: { type: 'string', default: join(HERE, 'results.json') },
    },
  });
  const rounds = Number(values.rounds);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(warmup) || warmup < 0) {
    console.error('bench: --rounds must be ≥ 1 and --warmup ≥ 0');
    return 2;
  }
  let files: CorpusFile[];
  try {
    files = loadCorpus(values.corpus);
  } catch (err) {
    console.error(`bench: cannot read the corpus at ${values.corpus} (${(err as Error).message}); set STAGECRAFT_CORPUS or --corpus`);
    return 1;
  }
  if (files.length === 0) {
    console.error(`bench: no Dockerfiles in ${values.corpus}`);
    return 1;
  }
  return benchmark(files, { corpus: values.corpus, rounds, warmup, profile: values.profile, out: values.out });
}

async function benchmark(files: CorpusFile[], opts: { corpus: string; rounds: number; warmup: number; profile: boolean; out: string }): Promise<number> {
  const rules = RULES.filter((r) => !isShellcheckRelay(r));
  const excluded = RULES.filter(isShellcheckRelay).map((r) => r.id);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const lintConfig = { rules, dockerignore: null };
  // dockerfilelint looks for a `.dockerfilelintrc` in the folder it is given: an empty one means its defaults.
  const dockerfilelintConfigDir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-'));

  const errors: string[] = [];
  let findings = 0;
  const internalErrors = new Set<string>();
  for (const file of files) {
    try {
      const result = lintText(file.text, file.name, lintConfig);
      findings += result.findings.length;
      for (const f of result.findings) if (f.rule === 'internal-error') internalErrors.add(`${file.name}: ${f.message}`);
    } catch (err) {
      errors.push(`${file.name}: lint threw ${(err as Error).stack ?? String(err)}`);
    }
  }
  errors.push(...internalErrors);

  const contenders: Contender[] = [
    { name: 'dockerfile-ast parse (floor)', run: (f) => void DockerfileParser.parse(f.text) },
    { name: 'stagecraft model (parseDockerfile)', run: (f) => void parseDockerfile(f.text, { path: f.name }) },
    { name: `stagecraft lint (${rules.length} rules)`, run: (f) => void lintText(f.text, f.name, lintConfig) },
    { name: 'dockerfile-utils validate', run: (f) => void dockerfileUtilsValidate(f.text) },
    { name: 'dockerfilelint run', run: (f) => void dockerfilelintRun(dockerfilelintConfigDir, f.text) },
  ];
  const samples = new Map(contenders.map((c) => [c.name, { roundsMs: [] as number[], peakHeap: 0, threw: 0 }]));

  console.log(
    `corpus: ${files.length} files, ${fmt(mb(bytes), 1)} MB from ${opts.corpus}\n` +
      `node ${process.version} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} threads); ${opts.warmup} warm-up + ${opts.rounds} measured rounds\n` +
      `stagecraft: ${rules.length} rules${excluded.length ? ` (excluded: ${excluded.join(', ')})` : ''}, ${findings} findings on the corpus\n`,
  );

  // Contenders take turns chunk by chunk, not round by round: on a shared machine (CI, or a laptop
  // doing other work) a burst of load then slows every contender alike, and the ratios stay steady.
  for (let round = 0; round < opts.warmup + opts.rounds; round++) {
    const measured = round >= opts.warmup;
    const elapsed = new Map(contenders.map((c) => [c.name, 0]));
    for (let start = 0, chunk = 0; start < files.length; start += CHUNK, chunk++) {
      const slice = files.slice(start, start + CHUNK);
      for (let k = 0; k < contenders.length; k++) {
        const contender = contenders[(k + chunk + round) % contenders.length]!;
        const sample = samples.get(contender.name)!;
        let threw = 0;
        const started = performance.now();
        for (const file of slice) {
          try {
            contender.run(file);
          } catch {
            threw++;
          }
        }
        elapsed.set(contender.name, elapsed.get(contender.name)! + performance.now() - started);
        if (!measured) continue;
        // Read once per chunk: reading the heap costs more than parsing a small Dockerfile.
        sample.peakHeap = Math.max(sample.peakHeap, process.memoryUsage().heapUsed);
        if (round === opts.warmup) sample.threw += threw;
      }
    }
    if (measured) for (const [name, ms] of elapsed) samples.get(name)!.roundsMs.push(ms);
    process.stdout.write(measured ? '.' : 'w');
  }
  process.stdout.write('\n\n');

  const parseRounds = samples.get(contenders[0]!.name)!.roundsMs;
  const measurements: Measurement[] = contenders.map((c) => {
    const s = samples.get(c.name)!;
    const medianMs = median(s.roundsMs);
    return {
      name: c.name,
      roundsMs: s.roundsMs.map((ms) => Math.round(ms * 10) / 10),
      medianMs,
      filesPerSecond: files.length / (medianMs / 1000),
      // The median of each round's ratio: steadier than a ratio of medians when the machine is busy.
      ratioToParse: median(s.roundsMs.map((ms, i) => ms / parseRounds[i]!)),
      peakHeapMB: mb(s.peakHeap),
      threw: s.threw,
    };
  });
  const lint = measurements[2]!;
  // The lint includes the parse; the goal is about what it adds.
  const addedByLint = lint.ratioToParse - 1;
  const pass = addedByLint <= GOAL_RATIO;

  console.log(renderTable(measurements));
  console.log(`\npeak RSS of the process: ${fmt(mb(process.resourceUsage().maxRSS * 1024), 0)} MB`);
  console.log(
    `goal: what the lint adds to the parse (model, analyses, ${rules.length} rules) ≤ ${GOAL_RATIO} × the parse — ` +
      `${fmt(addedByLint, 2)}× (lint ${fmt(lint.ratioToParse, 2)}× the parse) → ${pass ? 'PASS' : 'FAIL'}`,
  );

  let breakdown: LintBreakdown | null = null;
  let profile: LintProfile | null = null;
  if (!pass || opts.profile) {
    breakdown = breakDownLint(files, rules, lint.medianMs);
    console.log('\nwhere the lint time goes (separate runs, medians of three; the parts add up to about the whole):');
    console.log(renderBreakdown(breakdown, { parseMs: measurements[0]!.medianMs, modelMs: measurements[1]!.medianMs, lintMs: lint.medianMs, ruleCount: rules.length }));
    console.log('\nmost expensive rules (marginal cost, shared analyses already done):');
    console.log(renderRuleTable(breakdown.rules.slice(0, 12)));
    profile = await profileLint(files, lintConfig);
    console.log('\nCPU profile of the lint, self time by area:');
    console.log(renderProfile(profile.byArea.slice(0, 15)));
    console.log('\nCPU profile of the lint, self time by function:');
    console.log(renderProfile(profile.byFunction.slice(0, 20)));
    console.log('\nCPU profile of the lint, by our function (with the dependency and built-in calls it makes):');
    console.log(renderProfile(profile.byOurFunction.slice(0, 20)));
  }

  // ShellCheck runs in processes of its own, in batches on every core: timed apart, once, wall clock.
  const shellcheck = await measureShellcheck(files);
  console.log(`\nShellCheck (batches of processes, once over the corpus): ${shellcheck}`);

  // Whole processes, as users run them: start-up, reading the files and output included.
  const load = loadavg();
  const whole = await measureWholeProcesses(files.map((f) => join(opts.corpus, f.name)));
  console.log(`\nwhole processes over the corpus (load average before: ${load.map((l) => fmt(l, 2)).join(', ')} on ${availableParallelism()} cores):`);
  console.log(renderWholeProcesses(whole));
  const wholeGoals = judgeWholeProcesses(whole);
  for (const line of wholeGoals.lines) console.log(line);

  // The model alone at 20,000 instructions of each kind: the goal is under a second each.
  const model = measureModelAt20k();
  console.log('\nthe model (parseDockerfile) at 20,000 instructions of each kind (goal: under 1 s each; best of three):');
  console.log(model.map((m) => `  ${m.name.padEnd(44)} ${fmt(m.ms).padStart(6)} ms${m.ms > 1000 ? '  OVER THE GOAL' : ''}`).join('\n'));

  // 4× the input should cost about 4× the time; 16× means the cost is quadratic in that dimension.
  const scaling = measureScaling(rules);
  console.log('\nscaling (lint time as one dimension of a file grows 4×; best of three):');
  console.log(renderScaling(scaling));

  writeFileSync(
    opts.out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpu: cpus()[0]?.model ?? null,
        corpus: { dir: opts.corpus, files: files.length, bytes },
        rounds: opts.rounds,
        warmup: opts.warmup,
        rules: rules.length,
        excludedRules: excluded,
        measurements,
        goal: { addedByLint, lintToParse: lint.ratioToParse, limit: GOAL_RATIO, pass },
        peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
        breakdown,
        profile,
        shellcheck,
        wholeProcesses: { loadAverage: load, runs: whole, goals: wholeGoals.results },
        modelAt20k: model,
        scaling,
        errors,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nnumbers written to ${relative(process.cwd(), opts.out) || opts.out}`);

  if (errors.length > 0) {
    console.error(`\nbench: our lint failed on ${errors.length} file(s):\n  ${errors.slice(0, 20).join('\n  ')}`);
    return 1;
  }
  return 0;
}

function renderWholeProcesses(rows: WholeProcess[]): string {
  const header = `  ${'tool'.padEnd(34)} ${'files/s'.padStart(8)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)} ${'cores busy'.padStart(10)} ${'peak RSS'.padStart(9)}`;
  return [
    header,
    ...rows.map(
      (r) =>
        `  ${r.name.padEnd(34)} ${fmt(r.filesPerSecond).padStart(8)} ${`${fmt(r.wallMs / 1000, 1)} s`.padStart(8)} ${`${fmt(r.cpuMs / 1000, 1)} s`.padStart(8)} ${fmt(r.coresBusy, 2).padStart(10)} ${`${fmt(r.peakMB)} MB`.padStart(9)}${r.ok ? '' : `  FAILED ${r.detail}`}`,
    ),
  ].join('\n');
}

/**
 * The issue's goals for whole processes: Stagecraft without ShellCheck faster than dockerfile-utils, and
 * at least 1.5 of 2 cores busy with ShellCheck (0.75 of every core on other machines). Says by how much
 * a goal is missed; never fails the bench (docs/performance.md says why a goal is out of reach).
 */
function judgeWholeProcesses(rows: WholeProcess[]): { lines: string[]; results: Record<string, { value: number; goal: number; met: boolean }> } {
  const by = (name: string) => rows.find((r) => r.name.startsWith(name))!;
  const ours = by('stagecraft lint, no ShellCheck');
  const utils = by('dockerfile-utils');
  const withShellcheck = by('stagecraft lint, with ShellCheck');
  const speed = utils.wallMs / Math.max(ours.wallMs, 1);
  const busyGoal = 0.75 * availableParallelism();
  const results = {
    fasterThanDockerfileUtils: { value: speed, goal: 1, met: speed >= 1 },
    coresBusyWithShellcheck: { value: withShellcheck.coresBusy, goal: busyGoal, met: withShellcheck.coresBusy >= busyGoal },
  };
  const inWorkers = rows.find((r) => r.name.includes('--jobs') && r.name.endsWith('no ShellCheck'));
  const workerSpeed = inWorkers ? utils.wallMs / Math.max(inWorkers.wallMs, 1) : null;
  const lines = [
    ...(workerSpeed === null ? [] : [`  in worker threads (${inWorkers!.name}): ${fmt(workerSpeed, 2)}× dockerfile-utils' speed, ${fmt(ours.wallMs / Math.max(inWorkers!.wallMs, 1), 2)}× the default run's`]),
    `  goal: faster than dockerfile-utils, whole process: ${results.fasterThanDockerfileUtils.met ? 'met' : 'MISSED'} (${fmt(speed, 2)}× its speed${speed < 1 ? `; ${fmt(ours.wallMs / utils.wallMs, 2)}× its time` : ''})`,
    `  goal: ≥ ${fmt(busyGoal, 2)} cores busy with ShellCheck: ${results.coresBusyWithShellcheck.met ? 'met' : 'MISSED'} (${fmt(withShellcheck.coresBusy, 2)}, ${fmt((100 * withShellcheck.coresBusy) / busyGoal)}% of the goal)`,
  ];
  return { lines, results };
}

/** The model at 20,000 instructions of each kind, the issue's linearity goal (the tests count its operations). */
function measureModelAt20k(): { name: string; ms: number }[] {
  const n = 20_000;
  const inputs: [string, string][] = [
    ['ENV lines, each using the last', `FROM alpine\n${Array.from({ length: n }, (_, i) => `ENV V${i}=$V${i - 1}x`).join('\n')}\n`],
    ['ARG + RUN pairs', `FROM alpine\n${Array.from({ length: n }, (_, i) => `ARG A${i}=1\nRUN echo $A${i}`).join('\n')}\n`],
    ['key=value pairs on one ENV', `FROM alpine\nENV ${Array.from({ length: n }, (_, i) => `K${i}=v`).join(' ')}\n`],
    ['global ARGs redeclared in the stage', `${Array.from({ length: n }, (_, i) => `ARG G${i}=1`).join('\n')}\nFROM alpine\n${Array.from({ length: n }, (_, i) => `ARG G${i}`).join('\n')}\n`],
    ['stages, each COPY --from the one before', Array.from({ length: n }, (_, i) => `FROM alpine AS s${i}\n${i ? `COPY --from=s${i - 1} /a /a` : 'RUN true'}`).join('\n') + '\n'],
    ['stages, each built FROM the one before', `FROM alpine AS s0\n${Array.from({ length: n }, (_, i) => `FROM s${i} AS s${i + 1}\nENV E${i}=1`).join('\n')}\n`],
    ['ONBUILD triggers', `FROM alpine\n${'ONBUILD ENV O=1\n'.repeat(n)}`],
    ['WORKDIR lines', `FROM alpine\n${Array.from({ length: n }, (_, i) => `WORKDIR d${i}`).join('\n')}\n`],
  ];
  return inputs.map(([name, text]) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      parseDockerfile(text, { path: 'Dockerfile' });
      best = Math.min(best, performance.now() - started);
    }
    return { name, ms: best };
  });
}

/** Synthetic files that grow one dimension of a Dockerfile, to see whether lint time grows in proportion. */
const SCALING_INPUTS: { name: string; make(n: number): string }[] = [
  { name: 'ENV lines in one stage, each using the last', make: (n) => `FROM alpine\n${Array.from({ length: n }, (_, i) => `ENV V${i}=$V${i - 1}x`).join('\n')}\nRUN echo $V1\n` },
  { name: 'ARG + RUN pairs in one stage', make: (n) => `FROM alpine\n${Array.from({ length: n }, (_, i) => `ARG A${i}=1\nRUN echo $A${i}`).join('\n')}\n` },
  { name: 'stages, each COPY --from the previous', make: (n) => Array.from({ length: n }, (_, i) => `FROM alpine AS s${i}\n${i ? `COPY --from=s${i - 1} /a /a\n` : ''}RUN true`).join('\n') + '\n' },
  { name: 'key=value pairs on one ENV', make: (n) => `FROM alpine\nENV ${Array.from({ length: n }, (_, i) => `K${i}=v`).join(' ')}\n` },
  { name: 'commands chained in one RUN', make: (n) => `FROM debian\nRUN ${Array.from({ length: n }, (_, i) => `apt-get install -y pkg${i}`).join(' && \\\n    ')}\n` },
  { name: 'nesting depth of $( in one RUN', make: (n) => `FROM alpine\nRUN ${'$('.repeat(n / 4)}\n` },
];

interface ScalingResult {
  name: string;
  sizes: [number, number];
  ms: [number, number];
  /** Time at 4× the size over time at 1×: 4 is linear, 16 quadratic. */
  growth: number;
}

/** Lints each synthetic input at n and 4n lines (best of three) and reports how the time grows. */
function measureScaling(rules: readonly Rule[], n = 250): ScalingResult[] {
  const best = (text: string) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      try {
        lintText(text, 'Dockerfile', { rules, dockerignore: null });
      } catch {
        // A crash is the robustness tests' business; here only the time counts.
      }
      min = Math.min(min, performance.now() - started);
    }
    return min;
  };
  return SCALING_INPUTS.map((input) => {
    const ms: [number, number] = [best(input.make(n)), best(input.make(4 * n))];
    return { name: input.name, sizes: [n, 4 * n], ms, growth: ms[1] / Math.max(ms[0], 0.01) };
  });
}

function renderScaling(rows: ScalingResult[]): string {
  return [
    '| input | n | ms | 4n | ms | growth | |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.sizes[0]} | ${fmt(r.ms[0], 1)} | ${r.sizes[1]} | ${fmt(r.ms[1], 1)} | ${fmt(r.growth, 1)}× | ${r.growth > 8 ? 'super-linear' : 'linear'} |`,
    ),
  ].join('\n');
}

function renderTable(rows: Measurement[]): string {
  const lines = [
    '| contender | median ms / round | files/s | × parse | peak heap MB | note |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map(
      (m) =>
        `| ${m.name} | ${fmt(m.medianMs, 1)} | ${fmt(m.filesPerSecond)} | ${fmt(m.ratioToParse, 2)} | ${fmt(m.peakHeapMB)} | ${m.threw ? `threw on ${m.threw} files` : ''} |`,
    ),
  ];
  return lines.join('\n');
}

interface LintBreakdown {
  /** The engine with no rules: suppressions, target, reachability. */
  engineMs: number;
  /** Work the first rule to ask pays and later ones reuse (per-instruction caches: shell parses, variable scopes). */
  sharedFirstUseMs: number;
  /** Each rule's marginal cost with the shared work already done, most expensive first. */
  rules: RuleTiming[];
}

/**
 * Splits the lint's time beyond the model into the engine, the analyses rules share through caches, and
 * each rule's own cost — medians of three runs over the corpus. The shared part is the difference
 * between linting freshly parsed files and linting them again; rules are then timed one by one on the
 * warm files, less the engine's own time, so no rule is charged for a cache another would have filled.
 */
function breakDownLint(files: CorpusFile[], rules: readonly Rule[], lintMedianMs: number): LintBreakdown {
  const time = (dfs: Dockerfile[], ruleSet: readonly Rule[]) => {
    const started = performance.now();
    for (const df of dfs) lintDockerfile(df, { rules: ruleSet, dockerignore: null });
    return performance.now() - started;
  };
  const parseAll = () => files.map((f) => parseDockerfile(f.text, { path: f.name }));
  const cold: number[] = [];
  const warm: number[] = [];
  let parsed: Dockerfile[] = [];
  for (let i = 0; i < 3; i++) {
    parsed = parseAll();
    cold.push(time(parsed, rules));
    warm.push(time(parsed, rules));
  }
  const timeMedian = (ruleSet: readonly Rule[]) => median([time(parsed, ruleSet), time(parsed, ruleSet), time(parsed, ruleSet)]);
  const engineMs = timeMedian([]);
  const timings = rules.map((rule) => {
    const ms = Math.max(0, timeMedian([rule]) - engineMs);
    return { rule: rule.id, msPerRound: ms, shareOfLint: ms / lintMedianMs };
  });
  return {
    engineMs,
    sharedFirstUseMs: Math.max(0, median(cold) - median(warm)),
    rules: timings.sort((a, b) => b.msPerRound - a.msPerRound),
  };
}

function renderBreakdown(b: LintBreakdown, m: { parseMs: number; modelMs: number; lintMs: number; ruleCount: number }): string {
  const rulesMs = b.rules.reduce((n, r) => n + r.msPerRound, 0);
  const rows: [string, number][] = [
    ['dockerfile-ast parse', m.parseMs],
    ['model on top of the parse (parseDockerfile − parse)', m.modelMs - m.parseMs],
    ['engine with no rules (suppressions, target, reachability)', b.engineMs],
    ['analyses rules share, first use (shell parses, variable scopes)', b.sharedFirstUseMs],
    [`rules, each on its own (sum of ${m.ruleCount})`, rulesMs],
    ['lint as measured above', m.lintMs],
  ];
  return ['| part | ms / round | × parse |', '|---|---:|---:|', ...rows.map(([what, ms]) => `| ${what} | ${fmt(ms, 1)} | ${fmt(ms / m.parseMs, 2)} |`)].join('\n');
}

function renderRuleTable(rows: RuleTiming[]): string {
  return ['| rule | ms / round | % of lint |', '|---|---:|---:|', ...rows.map((r) => `| ${r.rule} | ${fmt(r.msPerRound, 1)} | ${fmt(r.shareOfLint * 100, 1)} |`)].join('\n');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface LintProfile {
  /** Self time by file or dependency. */
  byArea: ProfileEntry[];
  /** Self time by function. */
  byFunction: ProfileEntry[];
  /**
   * Time by the nearest function of ours on the stack: its own time plus the dependency and built-in
   * calls it makes (not the time of our functions it calls). Says which of our lines to change.
   */
  byOurFunction: ProfileEntry[];
}

const SOURCE_ROOT = join(REPO, 'src');

function pathOf(url: string): string {
  return url.replace(/^file:\/\//, '');
}

/** Where a function lives, in the terms of the project's layout. */
function areaOf(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)' || functionName === '(root)') return 'V8 (compiler, runtime)';
  const path = pathOf(url);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `${pkg[1]} (dependency)`;
  if (path.startsWith(REPO)) return relative(REPO, path);
  return url === '' ? 'built-ins (RegExp, String, Array …)' : path;
}

/** A function's name and place; lines only for dependencies (tsx's transform does not keep ours). */
function functionLabel(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const area = areaOf(frame.url, frame.functionName);
  return pathOf(frame.url).startsWith(REPO) && !area.includes('(dependency)') ? `${name} — ${area}` : `${name} — ${area}:${frame.lineNumber + 1}`;
}

/** Samples a CPU profile of three lint rounds in this process and sums the time by area and by function. */
async function profileLint(files: CorpusFile[], lintConfig: Parameters<typeof lintText>[2]): Promise<LintProfile> {
  const PROFILED_ROUNDS = 3;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let round = 0; round < PROFILED_ROUNDS; round++) for (const f of files) lintText(f.text, f.name, lintConfig);
  const { profile } = (await session.post('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const ourFrame = (node: ProfileNode): ProfileNode | null => {
    for (let n: ProfileNode | undefined = node; n; n = parent.get(n.id)) {
      if (pathOf(n.callFrame.url).startsWith(SOURCE_ROOT)) return n;
    }
    return null;
  };

  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byOurFunction = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += us;
    add(byArea, areaOf(node.callFrame.url, node.callFrame.functionName), us);
    add(byFunction, functionLabel(node.callFrame), us);
    const ours = ourFrame(node);
    add(byOurFunction, ours ? functionLabel(ours.callFrame) : areaOf(node.callFrame.url, node.callFrame.functionName), us);
  });
  const entries = (m: Map<string, number>) =>
    [...m.entries()].map(([what, us]) => ({ what, ms: us / 1000 / PROFILED_ROUNDS, share: us / total })).sort((a, b) => b.ms - a.ms);
  return { byArea: entries(byArea), byFunction: entries(byFunction), byOurFunction: entries(byOurFunction) };
}

function renderProfile(rows: ProfileEntry[]): string {
  return ['| where | ms / round | % of lint |', '|---|---:|---:|', ...rows.map((r) => `| ${r.what} | ${fmt(r.ms, 1)} | ${fmt(r.share * 100, 1)} |`)].join('\n');
}

const code = await main();
process.exitCode = code;
