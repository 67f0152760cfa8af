import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BUILD_SETTINGS } from '../../docker/argv.js';
import { compareBuildPair } from '../../docker/compare.js';
import { nodeCommandRunner } from '../../docker/node-runner.js';
import type { CommandRunner } from '../../docker/runner.js';
import { parseSizeBudget, type SizeBudget } from '../../docker/units.js';
import { imageText } from '../../report/image.js';
import { imageJson } from '../../report/json.js';
import { UsageError, type CliIO } from '../io.js';

export const COMPARE_HELP = `Usage: stagecraft compare <base Dockerfile> <head Dockerfile> [options]

Builds both Dockerfiles with docker buildx, measures the images and prints the
size delta, layer by layer: what "build: true" puts in a pull request comment.
Nothing is left behind (temporary tags and files are removed).

Options:
  --context <dir>          the head's build context (default: the head Dockerfile's folder)
  --base-context <dir>     the base's build context (default: the base Dockerfile's folder)
  --target <stage>         the stage to build, on both sides
  --build-arg <NAME=value> (repeatable)
  --network <mode>         default, none or host
  --platform <list>        comma-separated platforms
  --builder <name>         a buildx builder
  --no-cache
  --max-size-increase <s>  exit 1 when the head grows past it: 10%, 50MB (10^6), 50MiB (2^20)
  --format <f>             text (default) or json
  -h, --help

Exit codes: 0 compared, 1 the head does not build or grew past --max-size-increase,
2 usage, 4 Docker or buildx is not available.
`;

/** `stagecraft compare`; `runner` is for tests. */
export async function compareCommand(argv: string[], io: CliIO, runner: CommandRunner = nodeCommandRunner): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      'base-context': { type: 'string' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      network: { type: 'string' },
      platform: { type: 'string' },
      builder: { type: 'string' },
      'no-cache': { type: 'boolean' },
      'max-size-increase': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('give the base Dockerfile and the head Dockerfile');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
  const [baseFile, headFile] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
  for (const file of [baseFile, headFile]) if (kindOf(file) !== 'file') throw new UsageError(`${file} is not a file`);
  const baseContext = resolve(io.cwd, values['base-context'] ?? dirname(baseFile));
  const headContext = resolve(io.cwd, values.context ?? dirname(headFile));
  for (const dir of [baseContext, headContext]) if (kindOf(dir) !== 'directory') throw new UsageError(`${dir} is not a folder`);
  let budget: SizeBudget | null = null;
  if (values['max-size-increase'] !== undefined) {
    try {
      budget = parseSizeBudget(values['max-size-increase']);
    } catch (err) {
      throw new UsageError(`--max-size-increase: ${(err as Error).message}`);
    }
  }
  const buildArgs: Record<string, string> = {};
  for (const pair of values['build-arg'] ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--build-arg ${JSON.stringify(pair)}: write NAME=value`);
    buildArgs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const settings = {
    ...DEFAULT_BUILD_SETTINGS,
    buildArgs,
    target: values.target ?? null,
    network: values.network ?? null,
    platforms: values.platform ? values.platform.split(',').map((s) => s.trim()).filter(Boolean) : [],
    builder: values.builder ?? null,
    noCache: values['no-cache'] ?? false,
  };
  const tempDir = mkdtempSync(resolve(tmpdir(), 'stagecraft-compare-'));
  try {
    const outcome = await compareBuildPair(
      { base: { dockerfile: baseFile, context: baseContext, target: null, args: {} }, head: { dockerfile: headFile, context: headContext, target: null, args: {} }, settings, budget },
      { runner, tempDir, info: (text) => io.stderr(`${text}\n`), notice: (text) => io.stderr(`${text}\n`), logGroup: async (_title, run) => run(() => {}) },
    );
    if ('error' in outcome) {
      io.stderr(`stagecraft compare: ${outcome.error}\n`);
      return 4;
    }
    const { image } = outcome;
    io.stdout(format === 'json' ? `${JSON.stringify(imageJson(image), null, 2)}\n` : imageText(image));
    const headBroken = image.head.status === 'failed';
    return headBroken || image.budget?.exceeded ? 1 : 0;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

function kindOf(path: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}
