import { VERSION } from '../version.js';
import { compareCommand } from './commands/compare.js';
import { demoCommand } from './commands/demo.js';
import { graphCommand } from './commands/graph.js';
import { lintCommand } from './commands/lint.js';
import { rulesCommand } from './commands/rules.js';
import { UsageError, type CliIO } from './io.js';

export const HELP = `stagecraft ${VERSION} — reviews Dockerfiles: multi-stage aware lint, stage graphs, image size deltas.

Usage: stagecraft <command> [options]

Commands:
  lint [paths…]     lint Dockerfiles (text, json, sarif or github output)
  rules             list the rules
  graph <file>      the stage graph as Mermaid, DOT or JSON (--base <old file>: what a change did to it)
  compare <base> <head>  build two Dockerfiles with buildx and print the image size delta, layer by layer
  demo              lint the bundled examples: each single-stage Dockerfile beside its multi-stage rewrite

Run "stagecraft <command> --help" for a command's options.
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  rules: rulesCommand,
  graph: graphCommand,
  demo: demoCommand,
  compare: compareCommand,
};

/** Runs the CLI; returns the exit code. Never throws for bad input: it prints what went wrong. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version' || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`stagecraft: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.stderr(`stagecraft ${name}: ${(err as Error).message}\nRun "stagecraft ${name} --help" for usage.\n`);
      return 2;
    }
    io.stderr(`stagecraft ${name}: internal error: ${err instanceof Error ? err.message : String(err)}\nPlease report this with the file that caused it.\n`);
    return 3;
  }
}

function isParseArgsError(err: unknown): boolean {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && (err as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS');
}
