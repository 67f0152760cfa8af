/**
 * The app gate: whether the image a target builds is a production app (what the rules about what an
 * image ships judge), or a toolchain, test harness, dev environment or the language image itself.
 */
import { parseWords, unquote, type Dockerfile, type Instruction, type Stage } from '../../dockerfile/index.js';
import { parseShell, type ShellCommand } from '../../shell/index.js';
import type { RuleContext } from '../types.js';
import { instructionsOf, shippedChain } from './chain.js';
import { memoized } from './memo.js';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'fish', 'ksh', 'pwsh', 'powershell', 'cmd']);
/** Start commands that run a test suite or a build: the image is a harness or a toolchain, not an app. */
const NON_APP_COMMANDS = new Set([
  'pytest', 'py.test', 'tox', 'nox', 'jest', 'mocha', 'vitest', 'playwright', 'cypress',
  'mvn', 'mvnw', 'gradle', 'gradlew', 'go', 'cargo', 'rustc', 'make', 'gcc', 'cc', 'javac', 'sbt', 'lein', 'bazel', 'bazelisk',
]);
/** Interpreters started without a script are a REPL: the language image itself, not an app. */
const REPLS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'node', 'ruby', 'irb', 'jshell', 'clj', 'clojure', 'php', 'ghci', 'iex', 'erl', 'julia', 'R', 'swift']);
/** ENTRYPOINTs that only wrap the CMD (init shims, `docker-entrypoint.sh`): the CMD says what runs. */
const WRAPPER = /(^|\/)(tini|dumb-init|gosu|su-exec|s6-overlay|catatonit|[\w.-]*entrypoint[\w.-]*)$/i;

function commandWords(ins: Instruction): string[] {
  return ins.execForm ?? parseWords(ins.args).map((w) => unquote(w));
}

function baseName(word: string): string {
  return word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
}

/** `CMD ["/bin/bash"]`, `ENTRYPOINT ["pytest"]`, `CMD ["mvn"]`, `CMD ["python3"]`: not an app. */
function startsNonApp(words: string[]): boolean {
  const [name, ...rest] = words;
  if (!name) return false;
  const base = baseName(name);
  if (NON_APP_COMMANDS.has(base)) return true;
  if (REPLS.has(base) && rest.length === 0) return true;
  return SHELLS.has(base.toLowerCase()) && rest.every((w) => /^-[a-z]$/i.test(w) && w !== '-c');
}

/**
 * Whether the chain says how to start an app: the effective ENTRYPOINT/CMD runs something other than
 * a shell, a REPL, a test runner or a build tool. Build environments, CI images, dev containers and
 * the language images themselves leave the program to whoever runs them, and carrying a toolchain is
 * their job.
 */
export function startsAnApp(chain: readonly Stage[]): boolean {
  const instructions = instructionsOf(chain);
  const entrypoint = instructions.filter((i) => i.keyword === 'ENTRYPOINT').pop();
  const cmd = instructions.filter((i) => i.keyword === 'CMD').pop();
  const entryWords = entrypoint ? commandWords(entrypoint) : [];
  const cmdWords = cmd ? commandWords(cmd) : [];
  if (entryWords.length > 0 && !WRAPPER.test(entryWords[0]!)) return !startsNonApp(entryWords);
  if (cmdWords.length > 0) return !startsNonApp(cmdWords);
  return entryWords.length > 0;
}

const DEVELOPMENT_NAME = /(^|[-_.])(dev|devel|develop|development|devenv|dev-envs?|devcontainer|debug|test|tests|testing|ci|lint|local|tools?|shell)([-_.]|$)/i;

/**
 * Whether the target is a development, test or tooling image by its name (`dev`, `dev-envs`, `test`,
 * `ci`, `debug`): those images carry toolchains and sources on purpose and are not what goes to
 * production.
 */
export function isDevelopmentTarget(stage: Stage): boolean {
  return stage.name !== null && DEVELOPMENT_NAME.test(stage.name);
}

const DEVELOPMENT_FOLDER = /(^|\/)(tests?|e2e|integration|testdata|testfiles|fixtures|\.devcontainer|\.github|hack|ci)\//i;
const DEVELOPMENT_FILE = /(^|[.\-_])(build|builder|dev|devel|develop|development|test|tests|ci|lint|debug|tools?|docs)([.\-_]|$)/i;

/**
 * A Dockerfile kept in a test, fixture, CI or dev-container folder, or named for a build, dev, test or
 * docs image (`Dockerfile.build`, `Dockerfile.dev`, `test.Dockerfile`), describes a harness, not a product.
 */
export const isDevelopmentDockerfile = memoized((df: Dockerfile): boolean => {
  const name = df.path.slice(df.path.lastIndexOf('/') + 1).replace(/(^|[.\-_])(dockerfile|containerfile)([.\-_]|$)/i, '$1$3');
  return DEVELOPMENT_FOLDER.test(df.path) || DEVELOPMENT_FILE.test(name);
});

/**
 * An app image built for production: it starts an app, its target is not named as a dev or test
 * image, and the Dockerfile does not live in a test or dev-container folder.
 */
export function isProductionApp(df: Dockerfile, chain: readonly Stage[]): boolean {
  const target = chain[chain.length - 1];
  return target !== undefined && !isDevelopmentTarget(target) && !isDevelopmentDockerfile(df) && startsAnApp(chain);
}

/**
 * The stages the target image is made of (external base first) when that image is a production app —
 * what the rules about what an image ships judge — else null.
 */
export function productionAppChain(ctx: RuleContext): Stage[] | null {
  const chain = shippedChain(ctx);
  return isProductionApp(ctx.dockerfile, chain) ? chain : null;
}

/** The words of a CMD or ENTRYPOINT as a command (exec form, or the shell form read by the shell reader). */
export function startCommands(ins: Instruction): ShellCommand[] {
  const words = ins.execForm;
  if (words) {
    const [name = '', ...rest] = words;
    if (/(^|\/)(ba|da|a)?sh$/.test(name) && rest[0] === '-c' && rest[1]) return parseShell(rest[1]).commands;
    return [{ name, base: name.slice(name.lastIndexOf('/') + 1), args: rest.map((value) => ({ value, raw: value, offset: 0, quoted: true, dynamic: false })), assignments: [], offset: 0, before: null, piped: false, redirects: [], depth: 0, substitution: false }];
  }
  return parseShell(ins.args).commands;
}
