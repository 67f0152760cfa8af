import { parseShell } from '../../shell/index.js';
import type { Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import type { PackageJson } from '../package-json.js';
import { copiesContextPackageJson, isDevelopmentImage, programWords, shippedChain, startCommandOf } from '../image/index.js';

/** A dev server the start command runs, and what production runs instead. */
interface DevServer {
  /** How the finding names the command: `npm run dev`, `manage.py runserver`. */
  shown: string;
  production: string;
}

const NODE_SPLIT = 'build in a stage (`npm run build`) and start the built app in a slim runtime stage with production dependencies only';
const NODE_SCRIPT = /^(dev|develop|serve|watch|start:dev|dev:[\w:-]+|start:watch)$/;
/** Node tools whose default or named subcommand serves with reloading: tool → subcommands (empty: any). */
const NODE_DEV_TOOLS: Record<string, { sub: RegExp | null; production: string }> = {
  nodemon: { sub: null, production: '`node` on the built entry point' },
  'ts-node-dev': { sub: null, production: '`node` on the compiled JavaScript (`tsc` in the build stage)' },
  'ts-node': { sub: null, production: '`node` on the compiled JavaScript (`tsc` in the build stage)' },
  'webpack-dev-server': { sub: null, production: 'the bundle served by a web server (nginx) or the app server' },
  vite: { sub: /^(dev|serve)?$/, production: '`vite build` in a build stage, the `dist/` folder served by nginx' },
  next: { sub: /^dev$/, production: '`next build` in a build stage and `next start` (or the standalone `server.js`)' },
  nuxt: { sub: /^dev$/, production: '`nuxt build` in a build stage and `node .output/server/index.mjs`' },
  ng: { sub: /^(serve|s)$/, production: '`ng build` in a build stage, `dist/` served by nginx' },
  'react-scripts': { sub: /^start$/, production: '`react-scripts build` in a build stage, `build/` served by nginx' },
  craco: { sub: /^start$/, production: '`craco build` in a build stage, `build/` served by nginx' },
  'vue-cli-service': { sub: /^serve$/, production: '`vue-cli-service build`, `dist/` served by nginx' },
  gatsby: { sub: /^develop$/, production: '`gatsby build`, `public/` served by nginx' },
  astro: { sub: /^dev$/, production: '`astro build` and its server entry or static output' },
  webpack: { sub: /^serve$/, production: 'the bundle served by a web server (nginx) or the app server' },
  tsx: { sub: /^watch$/, production: '`node` on the compiled JavaScript' },
};

function nodeScript(words: string[]): DevServer | null {
  const [tool, ...rest] = words;
  const ops = rest.filter((w) => !w.startsWith('-'));
  const script = ops[0] === 'run' || ops[0] === 'run-script' ? ops[1] : tool === 'npm' ? undefined : ops[0];
  if (script === undefined || !NODE_SCRIPT.test(script)) return null;
  return { shown: `${tool} ${ops[0] === script ? script : `run ${script}`}`, production: NODE_SPLIT };
}

/** The dev server a program's words start, if they start one. */
export function devServerOf(words: readonly string[], env: ReadonlyMap<string, string>): DevServer | null {
  let w = [...words];
  if (['npx', 'pnpx', 'bunx'].includes(w[0] ?? '') || (w[0] === 'yarn' && w[1] === 'exec') || (w[0] === 'pnpm' && w[1] === 'exec')) {
    w = w.slice(w[0] === 'yarn' || w[0] === 'pnpm' ? 2 : 1).filter((x, i) => i > 0 || !x.startsWith('-'));
  }
  if (w[0] === 'bundle' && w[1] === 'exec') w = w.slice(2);
  const name = w[0];
  if (!name) return null;
  const base = name.slice(name.lastIndexOf('/') + 1);
  const args = w.slice(1);
  const operands = args.filter((a) => !a.startsWith('-'));
  if (['npm', 'yarn', 'pnpm', 'bun'].includes(base)) return nodeScript([base, ...args]);
  const tool = NODE_DEV_TOOLS[base.replace(/^@[\w-]+\//, '')];
  // A subcommand is a word (`vite build`), not a flag's value (`vite --host 0.0.0.0`).
  const sub = operands.find((o) => /^[a-z][\w:-]*$/.test(o)) ?? '';
  if (tool && (tool.sub === null || tool.sub.test(sub))) {
    return { shown: [base, ...(tool.sub && sub ? [sub] : [])].join(' '), production: tool.production };
  }
  if (base === 'nest' && operands[0] === 'start' && args.some((a) => a === '--watch' || a === '-w' || a === '--dev')) {
    return { shown: 'nest start --watch', production: '`nest build` in a build stage and `node dist/main`' };
  }
  if (/^python[\d.]*$/.test(base) || base === 'django-admin') {
    const manage = base === 'django-admin' ? 0 : operands.findIndex((o) => /(^|\/)manage\.py$/.test(o));
    const sub = base === 'django-admin' ? operands[0] : manage >= 0 ? operands[manage + 1] : undefined;
    if (sub === 'runserver') return { shown: 'manage.py runserver', production: 'a WSGI/ASGI server: `gunicorn <project>.wsgi` (or `uvicorn <project>.asgi:application`)' };
    if (args[0] === '-m' && args[1] === 'flask' && args[2] === 'run') return flaskRun(args.slice(3), env);
    if (args[0] === '-m' && /^(uvicorn|hypercorn)$/.test(args[1] ?? '') && args.includes('--reload')) return reload(args[1]!);
    return null;
  }
  if (base === 'flask' && operands[0] === 'run') return flaskRun(args, env);
  if (base === 'fastapi' && operands[0] === 'dev') return { shown: 'fastapi dev', production: '`fastapi run` (or `uvicorn main:app` without `--reload`)' };
  if (/^(uvicorn|hypercorn|gunicorn)$/.test(base) && args.includes('--reload')) return reload(base);
  if (base === 'php' && operands[0] === 'artisan' && operands[1] === 'serve') {
    return { shown: 'php artisan serve', production: 'php-fpm behind nginx (or FrankenPHP / Octane)' };
  }
  if (base === 'php' && args[0] === '-S') return { shown: 'php -S', production: 'php-fpm behind nginx, or `php:<version>-apache`' };
  if (base === 'symfony' && /^(serve|server:start)$/.test(operands[0] ?? '')) return { shown: `symfony ${operands[0]}`, production: 'php-fpm behind nginx' };
  if (base === 'rails' && /^(s|server)$/.test(operands[0] ?? '')) {
    const envFlag = args.findIndex((a) => a === '-e' || a === '--environment');
    const railsEnv = envFlag >= 0 ? args[envFlag + 1] : (args.find((a) => a.startsWith('--environment='))?.split('=')[1] ?? env.get('RAILS_ENV'));
    if (railsEnv === 'development') return { shown: 'rails server (development)', production: '`RAILS_ENV=production` with precompiled assets, or `bundle exec puma -C config/puma.rb`' };
    return null;
  }
  if (base === 'dotnet' && operands[0] === 'watch') return { shown: 'dotnet watch', production: '`dotnet publish` in an SDK stage and `dotnet app.dll` on `mcr.microsoft.com/dotnet/aspnet`' };
  if (base === 'air' || base === 'reflex' || base === 'CompileDaemon') return { shown: base, production: 'the binary `go build` makes in a build stage' };
  return null;
}

function flaskRun(args: string[], env: ReadonlyMap<string, string>): DevServer {
  const debug = args.includes('--debug') || args.includes('--reload') || env.get('FLASK_DEBUG') === '1' || env.get('FLASK_ENV') === 'development';
  return { shown: debug ? 'flask run --debug' : 'flask run', production: 'a WSGI server: `gunicorn app:app` (Flask\'s own server is for development only)' };
}

function reload(server: string): DevServer {
  return { shown: `${server} --reload`, production: `\`${server}\` without \`--reload\` (it restarts workers on file changes and watches the source tree)` };
}

/** The program words of a CMD/ENTRYPOINT pair; a shell-form command runs its last command (`npm install && npm run dev`). */
function startProgram(entrypoint: Instruction | null, cmd: Instruction | null, words: string[]): string[] {
  const shellForm = (entrypoint && !entrypoint.execForm ? entrypoint : null) ?? (!entrypoint && cmd && !cmd.execForm ? cmd : null);
  if (shellForm) {
    const commands = parseShell(shellForm.args).commands.filter((c) => !c.substitution && c.depth === 0);
    const last = commands[commands.length - 1];
    return last ? programWords([last.name, ...last.args.map((a) => a.value)]) : [];
  }
  return programWords(words);
}

/** `npm start` / `yarn start` / `npm run serve`: what the script in the context's package.json runs. */
export function scriptDevServer(words: readonly string[], pkg: PackageJson | null, env: ReadonlyMap<string, string>): DevServer | null {
  if (!pkg) return null;
  const script = scriptName(words);
  const body = script === null ? undefined : pkg.scripts[script];
  if (script === null || body === undefined) return null;
  const commands = parseShell(body).commands.filter((c) => !c.substitution && c.depth === 0);
  for (const cmd of commands) {
    const server = devServerOf([cmd.name, ...cmd.args.map((a) => a.value)], env);
    // Rendered inside backticks: `npm start` (package.json: `vite --host` is a development server.
    if (server) return { shown: `${words.slice(0, words.indexOf(script) + 1).join(' ')}\` (package.json: \`${body.replace(/`/g, "'")}`, production: server.production };
  }
  return null;
}

/** The package.json script a Node package manager runs: `npm start` → start, `yarn dev` → dev, `npm run serve` → serve. */
function scriptName(words: readonly string[]): string | null {
  const [tool, ...rest] = words;
  if (!tool || !['npm', 'yarn', 'pnpm', 'bun'].includes(tool.slice(tool.lastIndexOf('/') + 1))) return null;
  const ops = rest.filter((w) => !w.startsWith('-'));
  if (ops[0] === 'run' || ops[0] === 'run-script') return ops[1] ?? null;
  if (ops[0] === 'start' || ops[0] === 'test') return ops[0];
  return tool.endsWith('npm') ? null : (ops[0] ?? null);
}

export const devServerInImage: Rule = {
  id: 'dev-server-in-image',
  title: 'The image you ship starts a development server or file watcher',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const target = ctx.target;
    if (!target || isDevelopmentImage(ctx.dockerfile, target)) return;
    const chain = shippedChain(ctx);
    const start = startCommandOf(chain);
    const at = start.cmd ?? start.entrypoint;
    if (!at || start.words.length === 0) return;
    const env = new Map<string, string>();
    for (const [key, value] of at.scope.env) if (value !== null) env.set(key, value);
    const program = startProgram(start.entrypoint, start.cmd, start.words);
    const server = devServerOf(program, env) ?? scriptDevServer(program, ctx.packageJson && copiesContextPackageJson(chain) ? ctx.packageJson : null, env);
    if (!server) return;
    ctx.reportAt(
      at,
      `\`${server.shown}\` is a development server: it watches and rebuilds the sources, needs the dev tooling in the image, and is not built for production traffic. ` +
        `Run ${server.production}; a build stage plus a slim runtime stage replaces it. Keep the dev server for a \`dev\` target (\`docker build --target dev\`).`,
    );
  },
};
