import { isAbsolute, relative, resolve } from 'node:path';
import type { ReviewBuildOptions } from './docker/review-builds.js';
import { parseSizeBudget, type SizeBudget } from './docker/units.js';
import { FAIL_ON_VALUES, type FailOn } from './lint/config.js';

/** Every input `action.yml` declares (a test keeps the two lists equal). */
export const INPUT_NAMES = [
  'dockerfiles',
  'config',
  'fail-on',
  'fail-on-scope',
  'working-directory',
  'changed-only',
  'sarif-file',
  'report-file',
  'annotations',
  'job-summary',
  'comment',
  'comment-key',
  'comment-author',
  'github-token',
  'mode',
  'report-path',
  'build',
  'target',
  'build-args',
  'build-contexts',
  'secrets',
  'ssh',
  'platform',
  'network',
  'builder',
  'no-cache',
  'cache-from',
  'cache-to',
  'build-timeout',
  'max-size-increase',
  'allow-untrusted-build',
  'stage-sizes',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** The action's inputs, parsed and checked once; everything after reads this instead of the environment. */
export interface ActionInputs {
  /**
   * Which files to lint, as picomatch globs relative to `workingDirectory`. No `include` means the
   * Dockerfile naming patterns (`Dockerfile`, `*.Dockerfile`, `Containerfile`, …) in every folder.
   */
  dockerfiles: { include: string[]; exclude: string[] };
  /** An explicit `.stagecraft.yml`, absolute; null: each Dockerfile's nearest one. */
  config: string | null;
  /** Overrides every file's configured `fail-on`; null: the configuration decides (default `error`). */
  failOn: FailOn | null;
  /** Absolute; inside the workspace. Patterns and relative paths of the other inputs start here. */
  workingDirectory: string;
  /** Absolute paths the SARIF and JSON reports are written to. */
  sarifFile: string;
  reportFile: string;
  /** Whether findings become annotations on the diff and the run. */
  annotations: boolean;
  /** Whether the report is added to the job summary. */
  jobSummary: boolean;
  /** What `fail-on` judges in a review: the findings the change brings (`new`) or every finding (`all`). */
  failOnScope: 'new' | 'all';
  /**
   * Lint only the Dockerfiles the change touches; null (the default) means yes on pull request and merge
   * group events, no elsewhere.
   */
  changedOnly: boolean | null;
  /** The PR comment: always, never, or only once there is something to say (`on-findings`). */
  comment: 'true' | 'false' | 'on-findings';
  /** Tells this step's comment apart from other Stagecraft steps' on the same PR. */
  commentKey: string;
  /** The login the token posts as: only comments by it are ever edited or deleted. */
  commentAuthor: string;
  /** For the REST API; '' when not given (no comment, and changed files come from git). */
  githubToken: string;
  /**
   * `lint`: review the change (or lint the checkout) and report. `publish-report`: post the comment from
   * the JSON report a pull request's lint run wrote (`reportPath`), in a `workflow_run` workflow.
   */
  mode: 'lint' | 'publish-report';
  /** Absolute: the report to publish; set exactly when `mode` is `publish-report`. */
  reportPath: string | null;
  /** With `build: true`: how the base and head variants of each changed Dockerfile are built; null otherwise. */
  build: BuildInputs | null;
}

/**
 * The build inputs, as docker/build-push-action names them. A Dockerfile's build definition gives its
 * context, target and args; `target` and `buildArgs` override those for every Dockerfile.
 */
export interface BuildInputs extends ReviewBuildOptions {
  /** Under pull_request_target: build the untrusted head anyway. */
  allowUntrustedBuild: boolean;
  /** Also build each stage the head's target reaches, for the sizes on the stage graph. */
  stageSizes: boolean;
}

/** What parsing needs from the runner and the disk, passed in so it stays a pure function. */
export interface InputEnvironment {
  /** GITHUB_WORKSPACE, absolute. */
  workspace: string;
  /** RUNNER_TEMP, absolute: default home of the report files, cleaned after the job. */
  runnerTemp: string;
  pathKind(path: string): 'file' | 'directory' | 'missing';
}

/** A mistake in the workflow file: the message names the input and says what would be accepted. */
export class InputError extends Error {
  constructor(
    readonly input: InputName,
    message: string,
  ) {
    super(`Input "${input}": ${message}`);
    this.name = 'InputError';
  }
}

/**
 * Splits a list input on newlines and on commas, except commas inside `{…}` so brace globs such as
 * `**\/{Dockerfile,Containerfile}` stay one pattern.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && depth > 0) depth--;
    if (char === '\n' || char === '\r' || (char === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

function parsePatterns(text: string): ActionInputs['dockerfiles'] {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const item of splitList(text)) {
    const negated = item.startsWith('!');
    const pattern = (negated ? item.slice(1) : item).trim().replace(/^\.\//, '');
    if (pattern === '') throw new InputError('dockerfiles', `"${item}" excludes nothing: write a pattern after "!"`);
    if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern) || pattern.split('/').includes('..')) {
      throw new InputError('dockerfiles', `"${item}" points outside working-directory; patterns are relative to it (e.g. "services/**/Dockerfile")`);
    }
    (negated ? exclude : include).push(pattern);
  }
  return { include, exclude };
}

function parseFailOn(text: string): FailOn | null {
  if (text === '') return null;
  const value = text.toLowerCase();
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value)) {
    throw new InputError('fail-on', `must be one of ${FAIL_ON_VALUES.join(', ')} (got "${text}")`);
  }
  return value as FailOn;
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts, but with an error naming the input. */
function parseBoolean(name: InputName, text: string, fallback: boolean): boolean {
  if (text === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(name, `must be true or false (got "${text}")`);
}

function parseChoice<T extends string>(name: InputName, text: string, choices: readonly T[], fallback: T): T {
  if (text === '') return fallback;
  const value = text.toLowerCase();
  if (!(choices as readonly string[]).includes(value)) throw new InputError(name, `must be one of ${choices.join(', ')} (got "${text}")`);
  return value as T;
}

const COMMENT_KEY = /^[A-Za-z0-9._-]{1,64}$/;

function parseCommentKey(text: string): string {
  if (text === '') return 'default';
  if (!COMMENT_KEY.test(text)) {
    throw new InputError('comment-key', `"${text}" may hold only letters, digits, ".", "_" and "-", at most 64 characters (e.g. "api" or "matrix-\${{ matrix.service }}")`);
  }
  return text;
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Reads and checks every input. `read` returns an input's value trimmed, '' when not set
 * (`core.getInput`). Throws InputError for the first mistake.
 */
export function parseInputs(read: (name: InputName) => string, env: InputEnvironment): ActionInputs {
  const dockerfiles = parsePatterns(read('dockerfiles'));
  const failOn = parseFailOn(read('fail-on'));
  const annotations = parseBoolean('annotations', read('annotations'), true);
  const jobSummary = parseBoolean('job-summary', read('job-summary'), true);
  const failOnScope = parseChoice('fail-on-scope', read('fail-on-scope'), ['new', 'all'] as const, 'new');
  const changedOnly = read('changed-only') === '' ? null : parseBoolean('changed-only', read('changed-only'), true);
  const comment = parseChoice('comment', read('comment'), ['true', 'false', 'on-findings'] as const, 'true');
  const commentKey = parseCommentKey(read('comment-key'));
  const commentAuthor = read('comment-author') || 'github-actions[bot]';
  const githubToken = read('github-token');

  const workingDirectory = resolve(env.workspace, read('working-directory') || '.');
  if (!isInside(env.workspace, workingDirectory)) {
    throw new InputError('working-directory', `"${read('working-directory')}" is not inside the workspace (${env.workspace})`);
  }
  if (env.pathKind(workingDirectory) !== 'directory') {
    throw new InputError('working-directory', `"${read('working-directory')}" is not a directory in the workspace; did a checkout step run first?`);
  }

  const configText = read('config');
  let config: string | null = null;
  if (configText !== '') {
    config = resolve(workingDirectory, configText);
    const kind = env.pathKind(config);
    if (kind !== 'file') throw new InputError('config', `"${configText}" ${kind === 'directory' ? 'is a directory, not a file' : 'does not exist'} (relative paths start at working-directory)`);
  }

  const outputFile = (name: 'sarif-file' | 'report-file', fallback: string): string => {
    const text = read(name);
    const path = text === '' ? resolve(env.runnerTemp, 'stagecraft', fallback) : resolve(workingDirectory, text);
    if (env.pathKind(path) === 'directory') throw new InputError(name, `"${text}" is a directory; give a file path`);
    return path;
  };
  const sarifFile = outputFile('sarif-file', 'stagecraft.sarif');
  const reportFile = outputFile('report-file', 'stagecraft-report.json');
  if (sarifFile === reportFile) throw new InputError('report-file', 'must differ from sarif-file');

  const mode = parseChoice('mode', read('mode'), ['lint', 'publish-report'] as const, 'lint');
  const reportPath = parseReportPath(read('report-path'), mode, workingDirectory, env);

  const build = parseBoolean('build', read('build'), false) ? parseBuildInputs(read) : null;

  return {
    dockerfiles,
    config,
    failOn,
    workingDirectory,
    sarifFile,
    reportFile,
    annotations,
    jobSummary,
    failOnScope,
    changedOnly,
    comment,
    commentKey,
    commentAuthor,
    githubToken,
    mode,
    reportPath,
    build,
  };
}

/** One item per line (values may hold commas: `--build-context` and cache specs do). */
function lines(text: string): string[] {
  return text.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== '');
}

function parsePairs(name: InputName, text: string): [string, string][] {
  return lines(text).map((line) => {
    const eq = line.indexOf('=');
    // The value is never echoed back: a secret may be on this line.
    if (eq <= 0) throw new InputError(name, `each line must be NAME=value (line ${lines(text).indexOf(line) + 1} has no "=")`);
    return [line.slice(0, eq).trim(), line.slice(eq + 1)];
  });
}

/**
 * `id=value` lines. The id ends up in buildx's comma-separated `--secret id=…,src=…` spec and in a
 * Dockerfile's `--mount=type=secret,id=…`: a comma, quote or space in it would change what the spec says.
 */
function parseSecrets(text: string): { id: string; value: string }[] {
  return parsePairs('secrets', text).map(([id, value], index) => {
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) {
      throw new InputError('secrets', `line ${index + 1}: the id must be letters, digits, "_", "." or "-" (as in --mount=type=secret,id=…)`);
    }
    return { id, value };
  });
}

/** `90`, `90s`, `30m`, `1h` → milliseconds. */
function parseDuration(text: string): number | null {
  if (text === '') return null;
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(text);
  if (!match || Number(match[1]) <= 0) throw new InputError('build-timeout', `"${text}" is not a duration: write seconds ("600"), or "600s", "30m", "1h"`);
  return Number(match[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 's' | 'm' | 'h'];
}

function parseBuildInputs(read: (name: InputName) => string): BuildInputs {
  let maxSizeIncrease: SizeBudget | null = null;
  if (read('max-size-increase') !== '') {
    try {
      maxSizeIncrease = parseSizeBudget(read('max-size-increase'));
    } catch (err) {
      throw new InputError('max-size-increase', (err as Error).message);
    }
  }
  return {
    target: read('target') || null,
    buildArgs: Object.fromEntries(parsePairs('build-args', read('build-args'))),
    buildContexts: parsePairs('build-contexts', read('build-contexts')).map(([name, value]) => `${name}=${value.trim()}`),
    secrets: parseSecrets(read('secrets')),
    ssh: lines(read('ssh')),
    platforms: splitList(read('platform')),
    network: read('network') || null,
    builder: read('builder') || null,
    noCache: parseBoolean('no-cache', read('no-cache'), false),
    cacheFrom: lines(read('cache-from')),
    cacheTo: lines(read('cache-to')),
    timeoutMs: parseDuration(read('build-timeout')),
    maxSizeIncrease,
    allowUntrustedBuild: parseBoolean('allow-untrusted-build', read('allow-untrusted-build'), false),
    stageSizes: parseBoolean('stage-sizes', read('stage-sizes'), false),
  };
}

/** The report `publish-report` reads (relative paths start at working-directory); no other mode reads one. */
function parseReportPath(text: string, mode: ActionInputs['mode'], workingDirectory: string, env: InputEnvironment): string | null {
  if (mode !== 'publish-report') {
    if (text !== '') throw new InputError('report-path', 'is read only with mode: publish-report (a lint writes its report to report-file)');
    return null;
  }
  if (text === '') throw new InputError('report-path', 'is required with mode: publish-report: the JSON report the pull request\'s lint run uploaded (e.g. "${{ runner.temp }}/stagecraft/stagecraft-report.json")');
  const path = resolve(workingDirectory, text);
  const kind = env.pathKind(path);
  if (kind !== 'file') {
    throw new InputError('report-path', `"${text}" ${kind === 'directory' ? 'is a directory: give the JSON file in it (stagecraft-report.json)' : 'does not exist: did actions/download-artifact run first, with the lint run\'s run-id?'}`);
  }
  return path;
}
