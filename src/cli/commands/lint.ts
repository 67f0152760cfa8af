import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_VALUES, type FailOn } from '../../lint/config.js';
import { findDockerfiles, isDirectory, walkFiles } from '../../files/discover.js';
import { findRepositoryRoot } from '../../files/config-files.js';
import { lintFiles } from '../../files/lint-files.js';
import { parseJobs, useLintWorkers } from '../../files/lint-workers.js';
import { discoverRepositoryBuilds, diskRepoFiles, explicitConfigAt } from '../../files/builds.js';
import { createBuildxBakePrinter } from '../../builds/buildx.js';
import { describeDefinition, describeEffectiveBuild, describeTargets } from '../../builds/effective.js';
import { formatNotice, type BuildDefinition } from '../../builds/types.js';
import { terminalSafe } from '../../report/text.js';
import { readDockerfileText } from '../../files/read.js';
import { renderJson } from '../../report/json.js';
import { renderSarif } from '../../report/sarif.js';
import { renderText } from '../../report/text.js';
import { failingFindings } from '../../report/verdict.js';
import { renderWorkflowCommands } from '../../report/workflow-commands.js';
import { renderComment } from '../../report/comment.js';
import type { LintReport } from '../../report/types.js';
import { reviewChange } from '../../review/review-change.js';
import { openRepository } from '../../git/repository.js';
import { DEFAULT_DOCS_BASE } from '../../lint/docs.js';
import { VERSION } from '../../version.js';
import { UsageError, useColor, type CliIO } from '../io.js';

export const LINT_HELP = `Usage: stagecraft lint [paths…] [options]

Lints Dockerfiles. A file is linted whatever its name; a folder is searched for
Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile,
Containerfile and Containerfile.*. Without paths, the current folder.

Options:
  --format <f>     text (default), json, sarif, github or markdown (the PR comment)
  --base-ref <ref> review a change: lint the Dockerfiles changed between the git
                   ref and the work tree (and their base versions, with the
                   base's configuration); only new findings fail
  --config <file>  a .stagecraft.yml to use instead of the nearest one
  --fail-on <lvl>  error (default), warning, info, style or none
  --target <name>  the build target, instead of those the build definitions give
                   (default: their targets, else the last stage)
  --explain-builds list every build definition found (compose, bake, workflows,
                   .stagecraft.yml builds:) and what could not be read
  -j, --jobs <n>   lint in n worker threads (1: in this thread); by default a
                   run of 100 files or more uses one per core (also STAGECRAFT_JOBS)
  --color / --no-color
  -h, --help

How each Dockerfile is built (its context, its targets) comes from
.stagecraft.yml builds:, docker-bake.hcl, compose.yaml and workflows using
docker/build-push-action; the one used is said on stderr. See docs/builds.md.

With --base-ref, paths narrow the review to files or folders (default: the
current folder); findings already at the ref are shown as existing, and those
the change removed as fixed.

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage error or unreadable path.
`;

const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string', short: 'c' },
      'fail-on': { type: 'string' },
      target: { type: 'string' },
      'base-ref': { type: 'string' },
      'explain-builds': { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  let failOn: FailOn | null = null;
  if (values['fail-on'] !== undefined) {
    const v = values['fail-on'].toLowerCase();
    if (!(FAIL_ON_VALUES as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got "${values['fail-on']}")`);
    failOn = v as FailOn;
  }
  const cwd = io.cwd;
  if (values.config !== undefined && !existsSync(resolve(cwd, values.config))) {
    throw new UsageError(`--config ${values.config}: no such file`);
  }

  const jobsGiven = values.jobs !== undefined ? { value: values.jobs, name: '--jobs' } : io.env.STAGECRAFT_JOBS ? { value: io.env.STAGECRAFT_JOBS, name: 'STAGECRAFT_JOBS' } : null;
  if (jobsGiven) {
    const jobs = parseJobs(jobsGiven.value, jobsGiven.name);
    if (typeof jobs === 'string') throw new UsageError(jobs);
    useLintWorkers({ jobs });
  }

  const explainBuilds = values['explain-builds'] ?? false;
  const report =
    values['base-ref'] !== undefined
      ? await reviewWorkTree(values['base-ref'], positionals, { cwd, config: values.config ?? null, failOn, explainBuilds }, io)
      : await lintPaths(positionals, { cwd, config: values.config ?? null, failOn, explainBuilds, target: values.target ?? null }, io);

  switch (format) {
    case 'json':
      io.stdout(renderJson(report));
      break;
    case 'sarif':
      io.stdout(
        renderSarif(report, {
          root: findRepositoryRoot(cwd, cwd),
          cwd,
          sourceText: (path) => {
            const read = readDockerfileText(resolve(cwd, path));
            return read.ok ? read.text : null;
          },
        }),
      );
      break;
    case 'github':
      io.stdout(renderWorkflowCommands(report));
      break;
    case 'markdown':
      io.stdout(renderComment(report, { key: 'default', docsBase: DEFAULT_DOCS_BASE, failOn, version: VERSION, runUrl: null }));
      break;
    default:
      io.stdout(renderText(report, { color: useColor(io, values['no-color'] ? false : values.color) }));
  }
  for (const notice of report.notices ?? []) io.stderr(`stagecraft: ${notice}\n`);
  for (const error of report.errors) io.stderr(`stagecraft: ${error.message}\n`);
  if (report.errors.length > 0) return 2;
  return failingFindings(report).length > 0 ? 1 : 0;
}

interface LintOptions {
  cwd: string;
  config: string | null;
  failOn: FailOn | null;
  /** `--explain-builds`: every definition and notice, not only the definitions used. */
  explainBuilds: boolean;
}

/** Plain lint: the files given, and the Dockerfiles in the folders given. */
async function lintPaths(positionals: string[], options: LintOptions & { target: string | null }, io: CliIO): Promise<LintReport> {
  const { cwd } = options;
  const inputs = positionals.length > 0 ? positionals : ['.'];
  const files: string[] = [];
  const unreadable: string[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (isDirectory(abs)) {
      const found = findDockerfiles(abs);
      if (found.length === 0) io.stderr(`stagecraft: no Dockerfiles under ${input}\n`);
      files.push(...found.map((f) => relativeDisplay(cwd, f)));
    } else if (existsSync(abs)) files.push(input);
    else unreadable.push(input);
  }

  const root = findRepositoryRoot(cwd, cwd);
  const configPath = options.config ? resolve(cwd, options.config) : null;
  const builds = await discoverRepositoryBuilds(diskRepoFiles(root), { explicitConfig: explicitConfigAt(root, configPath), bake: createBuildxBakePrinter() });
  const report = await lintFiles(
    files.map((f) => resolve(cwd, f)),
    {
      root,
      configPath,
      failOn: options.failOn,
      target: options.target,
      builds,
      displayPath: (abs) => relativeDisplay(cwd, abs),
    },
  );
  explainBuilds(report, { definitions: builds.definitions, notices: builds.notices.map(formatNotice) }, options.explainBuilds, io);
  for (const path of unreadable) report.errors.push({ path, message: `cannot read ${path}: no such file or directory` });
  return report;
}

/**
 * `--base-ref`: the change between a git ref and the work tree, reviewed as the action reviews a pull
 * request. Paths in the report are relative to the repository root, as the action's are.
 */
async function reviewWorkTree(ref: string, positionals: string[], options: LintOptions, io: CliIO): Promise<LintReport> {
  const { cwd } = options;
  const git = openRepository(cwd);
  if (!git) throw new UsageError('--base-ref needs a git repository: the current folder is not in one');
  const baseSha = git.resolve(ref);
  if (!baseSha) throw new UsageError(`--base-ref ${ref}: no such commit, branch or tag`);
  const notices: string[] = [];
  const buildNotices: string[] = [];
  const report = await reviewChange(
    {
      event: 'local',
      base: { sha: baseSha, ref },
      head: { sha: null, ref: null },
      pullRequest: null,
      workingDirectory: cwd,
      patterns: { include: [], exclude: [] },
      config: options.config ? resolve(cwd, options.config) : null,
      failOn: options.failOn,
      changedOnly: true,
      failOnScope: 'new',
    },
    {
      root: git.root,
      git,
      github: null,
      listFiles: walkFiles,
      tempDir: tmpdir(),
      notice: (text) => notices.push(text),
      info: () => {},
      bake: createBuildxBakePrinter(),
      buildNotice: (text) => buildNotices.push(text),
    },
  );
  // Paths given narrow the review to those files and folders.
  if (positionals.length > 0) {
    const wanted = positionals.map((p) => relative(git.root, resolve(cwd, p)).split('\\').join('/'));
    const missing = positionals.filter((p) => !existsSync(resolve(cwd, p)));
    for (const path of missing) io.stderr(`stagecraft: ${path} does not exist in the work tree; a removed Dockerfile is still reviewed when its folder is given\n`);
    report.files = report.files.filter((f) => wanted.some((w) => w === '' || f.path === w || f.path.startsWith(`${w}/`)));
  }
  // Shown relative to the current folder, like a plain lint's paths.
  for (const file of report.files) file.path = relativeDisplay(cwd, resolve(git.root, file.path));
  explainBuilds(report, { definitions: null, notices: buildNotices }, options.explainBuilds, io);
  if (notices.length > 0) report.notices = [...notices, ...(report.notices ?? [])];
  return report;
}

/**
 * On stderr, so every format's output stays as it is: per Dockerfile, the definition it was linted by
 * (all of them, even those with the defaults, with `--explain-builds`), and what the readers could not use.
 * With `--explain-builds`, also every definition found (`definitions`; null when the review does not
 * keep them), whether or not its Dockerfile was linted.
 */
function explainBuilds(report: LintReport, builds: { definitions: readonly BuildDefinition[] | null; notices: readonly string[] }, all: boolean, io: CliIO): void {
  const say = (line: string) => io.stderr(`stagecraft: ${terminalSafe(line)}\n`);
  for (const file of report.files) {
    if (file.build && (all || file.build.definition || file.build.overridden)) say(describeEffectiveBuild(file.build, file.path));
  }
  if (all && builds.definitions) {
    say(builds.definitions.length === 0 ? 'build definitions: none found' : `build definitions (${builds.definitions.length}, highest precedence first):`);
    for (const d of builds.definitions) {
      const args = Object.keys(d.args).length > 0 ? `, args ${Object.entries(d.args).map(([k, v]) => `${k}=${v}`).join(' ')}` : '';
      say(`  ${describeDefinition(d)}: ${d.dockerfile}, context ${d.context || '.'}, target ${describeTargets(d.targets.length > 0 ? d.targets : [null])}${args}`);
    }
  }
  for (const notice of builds.notices) say(notice);
}

function relativeDisplay(cwd: string, path: string): string {
  const abs = resolve(cwd, path);
  const rel = abs.startsWith(cwd + '/') ? abs.slice(cwd.length + 1) : abs;
  return rel.split('\\').join('/');
}
