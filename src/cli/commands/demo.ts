import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderDemoJson, renderDemoText, type DemoExample } from '../../demo/index.js';
import { readDockerignore } from '../../files/config-files.js';
import { lintText } from '../../lint/engine.js';
import { painter } from '../../report/text.js';
import { nodeCommandRunner } from '../../docker/node-runner.js';
import type { CommandRunner } from '../../docker/runner.js';
import { UsageError, useColor, type CliIO } from '../io.js';
import { measureExamples, type ExampleToBuild } from './demo-sizes.js';

export const DEMO_HELP = `Usage: stagecraft demo [options]

Lints the examples that ship with Stagecraft: small apps, each with a single-stage
Dockerfile (Dockerfile.single) and its multi-stage rewrite (Dockerfile), and shows
rule by rule what the rewrite fixed, what it still gets wrong and what it added.
When Docker is there (docker buildx and a running daemon), it also builds both
versions of each example (as "stagecraft compare" does) and shows the image sizes;
only from base images already in the image store, and offline unless --network says
otherwise. Nothing is left behind.

Options:
  --format <f>      text (default) or json
  --examples <dir>  a folder of examples to use instead of the bundled ones
  --network <mode>  the builds' network: none (default), default or host
  --no-build        lint only: build nothing
  --color / --no-color
  -h, --help
`;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

const SINGLE = 'Dockerfile.single';
const MULTI = 'Dockerfile';

/**
 * The bundled examples folder: the package root is the nearest folder above this module that has a
 * `package.json` and an `examples/` folder. From the sources that is `src/cli/commands/../../..`; from
 * the ncc bundle `dist/cli/index.js` it is `dist/cli/../..` — so walk up instead of counting.
 */
export function bundledExamplesDir(moduleUrl: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return join(dir, 'examples');
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The README's first heading, without the `#` and the folder name it repeats: the example's one-line title. */
function readTitle(folder: string, name: string): string | null {
  try {
    const heading = readFileSync(join(folder, 'README.md'), 'utf8')
      .split(/\r?\n/)
      .find((l) => l.startsWith('# '));
    if (!heading) return null;
    const title = heading.slice(2).trim();
    const rest = title.startsWith(name) ? title.slice(name.length).replace(/^\s*[—–:-]\s*/, '') : title;
    return rest || null;
  } catch {
    return null;
  }
}

/** Every folder under `root` holding both Dockerfiles, linted, in name order. */
export function loadExamples(root: string, displayRoot: string): (DemoExample & { toBuild: ExampleToBuild })[] {
  const examples: (DemoExample & { toBuild: ExampleToBuild })[] = [];
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    const folder = join(root, name);
    const single = join(folder, SINGLE);
    const multi = join(folder, MULTI);
    if (!existsSync(single) || !existsSync(multi)) continue;
    const lint = (path: string) => {
      const display = relative(displayRoot, path).split('\\').join('/') || path;
      const { findings } = lintText(readFileSync(path, 'utf8'), display, { dockerignore: readDockerignore(path) });
      return { path: display, findings };
    };
    examples.push({ name, title: readTitle(folder, name), single: lint(single), multi: lint(multi), toBuild: { name, folder, single, multi } });
  }
  return examples;
}

/** `stagecraft demo`; `runner` is for tests. */
export async function demoCommand(argv: string[], io: CliIO, runner: CommandRunner = nodeCommandRunner): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      examples: { type: 'string' },
      network: { type: 'string', default: 'none' },
      'no-build': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(DEMO_HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);

  const root = values.examples !== undefined ? resolve(io.cwd, values.examples) : bundledExamplesDir();
  if (root === null || !existsSync(root)) {
    io.stderr(`stagecraft demo: ${values.examples !== undefined ? `${values.examples}: no such folder` : 'the bundled examples folder is missing from this installation'}\n`);
    return 2;
  }
  // Paths read from the package root when the examples are bundled, from the current folder otherwise.
  const displayRoot = values.examples !== undefined ? io.cwd : dirname(root);
  const examples = loadExamples(root, displayRoot);
  if (examples.length === 0) {
    io.stderr(`stagecraft demo: no examples under ${root} (each needs a ${SINGLE} and a ${MULTI})\n`);
    return 2;
  }
  let sizeNote: string | null = null;
  if (!values['no-build']) {
    // The CLI's environment (DOCKER_HOST, DOCKER_CONTEXT…) is the daemon the user means.
    const env = Object.fromEntries(Object.entries(io.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0].startsWith('DOCKER_')));
    const sizes = await measureExamples(
      examples.map((e) => e.toBuild),
      { runner, network: values.network!, env, progress: (text) => io.stderr(`${text}\n`) },
    );
    if ('unavailable' in sizes) sizeNote = `Image sizes were not compared: that needs Docker (${sizes.unavailable}).`;
    else for (const example of examples) example.size = sizes.get(example.name);
  }
  if (format === 'json') io.stdout(renderDemoJson(examples, sizeNote));
  else io.stdout(renderDemoText(examples, painter(useColor(io, values['no-color'] ? false : values.color)), sizeNote));
  return 0;
}
