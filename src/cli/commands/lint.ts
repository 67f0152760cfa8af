import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_VALUES, type FailOn } from '../../lint/config.js';
import { findDockerfiles, isDirectory } from '../../files/discover.js';
import { findRepositoryRoot } from '../../files/config-files.js';
import { lintFiles } from '../../files/lint-files.js';
import { readDockerfileText } from '../../files/read.js';
import { renderJson } from '../../report/json.js';
import { renderSarif } from '../../report/sarif.js';
import { renderText } from '../../report/text.js';
import { failingFindings } from '../../report/verdict.js';
import { renderWorkflowCommands } from '../../report/workflow-commands.js';
import { UsageError, useColor, type CliIO } from '../io.js';

export const LINT_HELP = `Usage: stagecraft lint [paths…] [options]

Lints Dockerfiles. A file is linted whatever its name; a folder is searched for
Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile,
Containerfile and Containerfile.*. Without paths, the current folder.

Options:
  --format <f>     text (default), json, sarif or github
  --config <file>  a .stagecraft.yml to use instead of the nearest one
  --fail-on <lvl>  error (default), warning, info, style or none
  --target <name>  the build target (default: the last stage)
  --color / --no-color
  -h, --help

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage error or unreadable path.
`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
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

  const report = lintFiles(
    files.map((f) => resolve(cwd, f)),
    {
      root: findRepositoryRoot(cwd, cwd),
      configPath: values.config ? resolve(cwd, values.config) : null,
      failOn,
      target: values.target ?? null,
      displayPath: (abs) => relativeDisplay(cwd, abs),
    },
  );
  for (const path of unreadable) report.errors.push({ path, message: `cannot read ${path}: no such file or directory` });

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
    default:
      io.stdout(renderText(report, { color: useColor(io, values['no-color'] ? false : values.color) }));
  }
  for (const notice of report.notices ?? []) io.stderr(`stagecraft: ${notice}\n`);
  for (const error of report.errors) io.stderr(`stagecraft: ${error.message}\n`);
  if (report.errors.length > 0) return 2;
  return failingFindings(report).length > 0 ? 1 : 0;
}

function relativeDisplay(cwd: string, path: string): string {
  const abs = resolve(cwd, path);
  const rel = abs.startsWith(cwd + '/') ? abs.slice(cwd.length + 1) : abs;
  return rel.split('\\').join('/');
}
