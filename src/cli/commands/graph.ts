import { relative, resolve } from 'node:path';
import { createBuildxBakePrinter } from '../../builds/buildx.js';
import { describeEffectiveBuild, effectiveBuild } from '../../builds/effective.js';
import { findRepositoryRoot } from '../../files/config-files.js';
import { discoverRepositoryBuilds, diskRepoFiles } from '../../files/builds.js';
import { terminalSafe } from '../../report/text.js';
import { parseArgs } from 'node:util';
import { findTarget } from '../../dockerfile/reach.js';
import { parseDockerfile } from '../../dockerfile/parse.js';
import type { Dockerfile } from '../../dockerfile/types.js';
import { readDockerfileText } from '../../files/read.js';
import { buildStageGraph } from '../../graph/build.js';
import { diffStageGraphs } from '../../graph/diff.js';
import { renderDot } from '../../graph/dot.js';
import { renderGraphJson } from '../../graph/json.js';
import { renderMermaid } from '../../graph/mermaid.js';
import { UsageError, type CliIO } from '../io.js';

export const GRAPH_HELP = `Usage: stagecraft graph <Dockerfile> [options]

Prints the stage graph of a Dockerfile: the stages, the images and contexts
each is built from, what the target copies or mounts from which stage, and
the stages the target never needs. With --base, one graph of the change from
an older version of the file: stages and edges added, removed or changed.

Options:
  --base <file>    the older version of the Dockerfile to compare with
  --format <f>     mermaid (default), dot or json
  --target <name>  the build target (default: the targets of the file's build
                   definitions — compose, bake, workflows, .stagecraft.yml builds:
                   — else the last stage)
  -h, --help

Notes about the graph (what was collapsed to fit GitHub's limits, parse
problems) go to stderr. A file with syntax errors still gives the graph of
what could be read.

Exit status: 0 printed, 2 usage error or unreadable file.
`;

const FORMATS = ['mermaid', 'dot', 'json'] as const;
type Format = (typeof FORMATS)[number];

export async function graphCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string', short: 'b' },
      format: { type: 'string', short: 'f', default: 'mermaid' },
      target: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(GRAPH_HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  if (positionals.length === 0) throw new UsageError('which Dockerfile? Give its path');
  if (positionals.length > 1) throw new UsageError(`one Dockerfile at a time (got ${positionals.length}); use --base for the older version`);

  const head = readModel(positionals[0]!, io);
  const base = values.base === undefined ? null : readModel(values.base, io);
  if (!head.ok || (base !== null && !base.ok)) {
    for (const result of [head, base]) if (result && !result.ok) io.stderr(`stagecraft graph: ${result.message}\n`);
    return 2;
  }
  const target = values.target ?? null;
  if (target !== null && !findTarget(head.model, target)) {
    const stages = head.model.stages.map((s) => s.name ?? String(s.index)).join(', ') || 'none';
    throw new UsageError(`--target ${target}: no such stage in ${positionals[0]} (stages: ${stages})`);
  }

  for (const result of [base, head]) {
    for (const problem of result?.ok ? result.problems : []) {
      io.stderr(`stagecraft graph: ${result!.path}:${problem.line}: ${problem.message} (the graph shows what could be read)\n`);
    }
  }

  const targets = target ?? (await definedTargets(positionals[0]!, io));
  const graph = base === null ? buildStageGraph(head.model, { target: targets }) : diffStageGraphs(base.model, head.model, { target: targets });
  switch (format) {
    case 'json':
      io.stdout(renderGraphJson(graph));
      break;
    case 'dot':
      io.stdout(renderDot(graph));
      break;
    default: {
      const rendering = renderMermaid(graph);
      io.stdout(rendering.text);
      for (const note of rendering.notes) io.stderr(`stagecraft graph: note: ${note}\n`);
    }
  }
  return 0;
}

/** The targets the repository's build definitions give the file (saying which definition on stderr); null without one. */
async function definedTargets(path: string, io: CliIO): Promise<(string | null)[] | null> {
  const root = findRepositoryRoot(io.cwd, io.cwd);
  const dockerfile = relative(root, resolve(io.cwd, path)).split('\\').join('/');
  if (dockerfile.startsWith('..')) return null;
  const builds = await discoverRepositoryBuilds(diskRepoFiles(root), { bake: createBuildxBakePrinter() });
  const build = effectiveBuild(dockerfile, builds);
  if (!build.definition) return null;
  io.stderr(`stagecraft graph: ${terminalSafe(describeEffectiveBuild(build, path))}\n`);
  return build.targets;
}

type ReadModel = { ok: true; path: string; model: Dockerfile; problems: { line: number; message: string }[] } | { ok: false; message: string };

function readModel(path: string, io: CliIO): ReadModel {
  const read = readDockerfileText(resolve(io.cwd, path));
  if (!read.ok) return { ok: false, message: read.message.replace(resolve(io.cwd, path), path) };
  const model = parseDockerfile(read.text, { path });
  // A binary file or invalid UTF-8 explains an empty or odd graph: report it with the parse problems.
  return { ok: true, path, model, problems: [...read.problems, ...model.problems] };
}
