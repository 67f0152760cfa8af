/**
 * The app gate: whether the image a target builds is a production app (what the rules about what an
 * image ships judge), or a toolchain, test harness, dev environment or the language image itself.
 */
import { parseWords, unquote, type Dockerfile, type Instruction, type Stage } from '../../dockerfile/index.js';
import { parseShell, type ShellCommand } from '../../shell/index.js';
import type { RuleContext } from '../types.js';
import { instructionsOf, shippedChain } from './chain.js';
import { copiesProjectFiles, copiesProjectSources, copySpec } from './copies.js';
import { dependencyInstall } from './packages.js';
import { isDevelopmentImage } from './development.js';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'fish', 'ksh', 'pwsh', 'powershell', 'cmd']);
/** Start commands that run a build: the image is a toolchain, not an app (unless they run the app: `go run`). */
const BUILD_TOOLS = new Set(['mvn', 'mvnw', 'gradle', 'gradlew', 'go', 'cargo', 'rustc', 'make', 'gcc', 'cc', 'javac', 'sbt', 'lein', 'bazel', 'bazelisk']);
/** Test runners: an image that starts one is a test harness. */
const TEST_RUNNERS = new Set([
  'pytest', 'py.test', 'tox', 'nox', 'jest', 'mocha', 'vitest', 'playwright', 'cypress', 'rspec', 'cucumber', 'behave', 'robot',
  'phpunit', 'pest', 'karma', 'ava', 'tap', 'jasmine', 'nyc', 'c8', 'unittest', 'nose2', 'nosetests',
]);
/** Interpreters started without a script are a REPL: the language image itself, not an app. */
const REPLS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'node', 'ruby', 'irb', 'jshell', 'clj', 'clojure', 'php', 'ghci', 'iex', 'erl', 'julia', 'R', 'swift']);
/** ENTRYPOINTs that only wrap the CMD (init shims, `docker-entrypoint.sh`): the CMD says what runs. */
const WRAPPER = /(^|\/)(tini|tini-static|dumb-init|catatonit|[\w.-]*entrypoint[\w.-]*)$/i;
/**
 * Commands that start another command as another user, with how many words name that user: `gosu app
 * cmd`, `su-exec app cmd`, `s6-setuidgid app cmd`; `setpriv`, `runuser` and `chroot` take flags.
 */
const PRIVILEGE_DROPS: Record<string, number> = { gosu: 1, 'su-exec': 1, 's6-setuidgid': 1, setpriv: 0, runuser: 0, chroot: 0 };
/** Commands that run the next words as a command: `bundle exec rspec`, `npx jest`, `poetry run pytest`. */
const RUNNERS: Record<string, string | null> = { bundle: 'exec', npx: null, pnpx: null, bunx: null, poetry: 'run', pipenv: 'run', uv: 'run', pdm: 'run', hatch: 'run', rye: 'run', exec: null, env: null };
/** `go run`, `cargo run`, `dotnet run`, `mvn spring-boot:run`, `gradle bootRun`: the build tool starts the app. */
const RUNS_THROUGH_BUILD_TOOL = /^(run|watch|spring-boot:run|bootRun|quarkus:dev|quarkusDev|jetty:run|tomcat7?:run|exec:java)$/;

function commandWords(ins: Instruction): string[] {
  return ins.execForm ?? parseWords(ins.args).map((w) => unquote(w));
}

function baseName(word: string): string {
  return word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
}

/** What a container starts: ENTRYPOINT and CMD as Docker joins them, and the instructions that set them. */
export interface StartCommand {
  /** ENTRYPOINT words followed by CMD words (a shell-form ENTRYPOINT ignores CMD). */
  words: string[];
  entrypoint: Instruction | null;
  cmd: Instruction | null;
}

export function startCommandOf(chain: readonly Stage[]): StartCommand {
  const instructions = instructionsOf(chain);
  const entrypoint = instructions.filter((i) => i.keyword === 'ENTRYPOINT').pop() ?? null;
  const cmd = instructions.filter((i) => i.keyword === 'CMD').pop() ?? null;
  const entryWords = entrypoint ? commandWords(entrypoint) : [];
  const cmdWords = cmd && !(entrypoint && !entrypoint.execForm && entryWords.length > 0) ? commandWords(cmd) : [];
  return { words: [...entryWords, ...cmdWords], entrypoint, cmd };
}

/**
 * The program a start command runs once wrappers have handed over: init shims, entrypoint scripts,
 * privilege drops (`gosu app`), `exec`, and `sh -c "migrate && exec app"` (the last command runs).
 */
export function programWords(words: readonly string[]): string[] {
  let rest = [...words];
  for (let guard = 0; guard < 8 && rest.length > 0; guard++) {
    const base = baseName(rest[0]!);
    if (SHELLS.has(base.toLowerCase()) && rest[1] === '-c' && rest[2] !== undefined) {
      const commands = parseShell(rest[2]).commands.filter((c) => !c.substitution && c.depth === 0);
      const last = commands[commands.length - 1];
      rest = last ? [last.name, ...last.args.map((a) => a.value), ...rest.slice(3)] : [];
      continue;
    }
    if (WRAPPER.test(rest[0]!)) {
      // `tini -s -- cmd`, `docker-entrypoint.sh cmd`.
      rest = rest.slice(1);
      while (rest[0]?.startsWith('-')) {
        const flag = rest[0];
        rest = rest.slice(1);
        if (flag === '--') break;
      }
      continue;
    }
    if (base in PRIVILEGE_DROPS) {
      rest = rest.slice(1);
      // Flags (`--reuid=1000`, `-u app`, `--userspec=app:app`), then the user words, then `chroot`'s new root.
      while (rest[0]?.startsWith('-')) {
        const flag = rest[0]!;
        rest = rest.slice(1);
        if (flag === '--') break;
        if (!flag.includes('=') && /^-(u|g|-userspec|-reuid|-regid|-groups|-user|-group)$/.test(flag)) rest = rest.slice(1);
      }
      rest = rest.slice(PRIVILEGE_DROPS[base]! + (base === 'chroot' ? 1 : 0));
      continue;
    }
    if (base === 'exec' || base === 'env') {
      rest = rest.slice(1);
      while (rest[0] !== undefined && (/^[A-Za-z_]\w*=/.test(rest[0]) || rest[0].startsWith('-'))) rest = rest.slice(1);
      continue;
    }
    break;
  }
  return rest;
}

const PRIVILEGE_DROP_TOOL = /(^|[\s/"'=])(gosu|su-exec|setpriv|runuser|s6-setuidgid)(\s|$|["'])|\bchroot\s+--userspec\b/;
const SCRIPT = /(^|\/)([\w.-]*entrypoint[\w.-]*|[\w.-]+\.sh)$/i;

/**
 * Whether the container starts as root only to drop to another user: the start command runs `gosu`,
 * `su-exec`, `setpriv`, `runuser`, `s6-setuidgid` or `chroot --userspec`, or starts a script in an
 * image that installs one of them (the docker-library entrypoint idiom: fix ownership, then `exec gosu`).
 */
export function dropsPrivilegesAtStart(chain: readonly Stage[]): boolean {
  const start = startCommandOf(chain);
  if (start.words.length === 0) return false;
  if (start.words.some((w, i) => PRIVILEGE_DROP_TOOL.test(w) || (w === 'chroot' && start.words[i + 1]?.startsWith('--userspec')))) return true;
  if (!start.words.some((w) => SCRIPT.test(w))) return false;
  return instructionsOf(chain).some((i) => (i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD') && PRIVILEGE_DROP_TOOL.test(i.args));
}

/** `npx jest`, `bundle exec rspec`, `python -m pytest`: the command a runner starts, else the words themselves. */
function runnerTarget(words: readonly string[]): string[] {
  let rest = [...words];
  for (let guard = 0; guard < 4 && rest.length > 0; guard++) {
    const base = baseName(rest[0]!);
    if (base in RUNNERS) {
      const sub = RUNNERS[base];
      if (sub !== null && rest[1] !== sub) break;
      rest = rest.slice(sub === null ? 1 : 2);
      while (rest[0]?.startsWith('-')) rest = rest.slice(1);
      continue;
    }
    if (/^python[\d.]*$/.test(base) && rest[1] === '-m' && rest[2]) {
      rest = rest.slice(2);
      continue;
    }
    break;
  }
  return rest;
}

/** `npm test`, `yarn test:e2e`, `go test`, `dotnet test`, `rails test`, `php artisan test`, or a test runner behind a wrapper. */
function runsTests(words: readonly string[]): boolean {
  const target = runnerTarget(words);
  const [name, ...rest] = target;
  if (!name) return false;
  const base = baseName(name);
  if (TEST_RUNNERS.has(base)) return true;
  const first = rest.find((w) => !w.startsWith('-'));
  if (['npm', 'yarn', 'pnpm', 'bun'].includes(base)) {
    const script = first === 'run' || first === 'run-script' ? rest[rest.indexOf(first) + 1] : first;
    return script !== undefined && /^(test|e2e|integration)([:-][\w:-]*)?$/.test(script);
  }
  if (['go', 'cargo', 'dotnet', 'mvn', 'mvnw', 'gradle', 'gradlew', 'rails', 'rake', 'mix'].includes(base) || (base === 'php' && rest[0] === 'artisan')) {
    const sub = base === 'php' ? rest[1] : first;
    return sub !== undefined && /^(test|spec|check|verify)(:[\w:-]+)?$/.test(sub);
  }
  return false;
}

/** Whether a start command starts the app through its build tool (`go run`, `mvn spring-boot:run`): the image compiles on every start. */
export function runsThroughBuildTool(words: readonly string[]): boolean {
  const [name, ...rest] = runnerTarget(programWords(words));
  if (!name || !(BUILD_TOOLS.has(baseName(name)) || baseName(name) === 'dotnet')) return false;
  return rest.some((w) => RUNS_THROUGH_BUILD_TOOL.test(w.replace(/^:[\w:-]*:/, '')));
}

/** `CMD ["/bin/bash"]`, `ENTRYPOINT ["pytest"]`, `CMD ["mvn"]`, `CMD ["python3"]`, `bundle exec rspec`: not an app. */
function startsNonApp(words: string[]): boolean {
  const [name, ...rest] = words;
  if (!name) return false;
  const base = baseName(name);
  if (runsTests(words)) return true;
  if (BUILD_TOOLS.has(base)) return !runsThroughBuildTool(words);
  if (REPLS.has(base) && rest.length === 0) return true;
  return SHELLS.has(base.toLowerCase()) && rest.every((w) => /^-[a-z]$/i.test(w) && w !== '-c');
}

/** Language runtime images: a stage on one that copies the project and installs its dependencies runs it. */
const LANGUAGE_RUNTIME = /^(node|python|pypy|ruby|jruby|php|openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|sapmachine|golang|rust|elixir|erlang|perl|deno|bun|julia|r-base|swift|clojure|groovy|tomcat|jetty|aspnet|runtime|sdk)$/;

function onLanguageRuntime(chain: readonly Stage[]): boolean {
  const base = chain[0]?.base;
  if (base?.kind !== 'image' || !base.image) return false;
  const image = base.image;
  if (image.familiar.startsWith('mcr.microsoft.com/') && !image.familiar.startsWith('mcr.microsoft.com/dotnet/')) return false;
  return LANGUAGE_RUNTIME.test(image.basename);
}

/**
 * A chain that copies the project's sources in (not only its manifests: a code-generation or tool
 * image copies `package.json` alone) and installs its dependencies.
 */
function installsProjectDependencies(chain: readonly Stage[]): boolean {
  let manifest = false;
  let sources = false;
  let installed = false;
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) manifest = true;
      if (spec && copiesProjectSources(spec)) sources = true;
      if (manifest && dependencyInstall(ins)) installed = true;
    }
  }
  return sources && installed;
}

/**
 * Whether the chain says how to start an app: the program ENTRYPOINT and CMD start together (after
 * init shims, entrypoint scripts and privilege drops) is something other than a shell, a REPL, a test
 * runner or a build tool — build environments, CI images, dev containers and the language images
 * themselves leave the program to whoever runs them, and carrying a toolchain is their job. With no
 * start command at all (compose or a Procfile supplies it), a stage on a language runtime that copies
 * the project and installs its dependencies is an app.
 */
export function startsAnApp(chain: readonly Stage[]): boolean {
  const start = startCommandOf(chain);
  if (start.words.length === 0) return start.entrypoint === null && start.cmd === null && onLanguageRuntime(chain) && installsProjectDependencies(chain);
  const program = programWords(start.words);
  // An entrypoint script with no CMD decides at run time what to start: an app image.
  if (program.length === 0) return true;
  return !startsNonApp(program);
}

/** An app image built for production: it starts an app and is not a development or test image. */
export function isProductionApp(df: Dockerfile, chain: readonly Stage[]): boolean {
  const target = chain[chain.length - 1];
  return target !== undefined && !isDevelopmentImage(df, target) && startsAnApp(chain);
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
