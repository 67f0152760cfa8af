import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { dockerignoreCandidates } from '../builds/dockerignore-path.js';
import type { EffectiveBuild } from '../builds/effective.js';
import { ConfigError, parseHadolintConfig, parseStagecraftConfig, resolveConfig, type ConfigLayer, type EffectiveConfig } from '../lint/config.js';

const STAGECRAFT_NAMES = ['.stagecraft.yml', '.stagecraft.yaml'];
const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

/** The repository root: the nearest folder above `start` holding `.git`, else `fallback`. */
export function findRepositoryRoot(start: string, fallback: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(fallback);
    dir = parent;
  }
}

function nearest(startDir: string, root: string, names: string[]): string | null {
  let dir = resolve(startDir);
  const top = resolve(root);
  for (;;) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (dir === top || !dir.startsWith(top)) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads configuration files and remembers them, so a tree of Dockerfiles reads each file once.
 * Errors are ConfigError with the file and line.
 */
export class ConfigLoader {
  private readonly cache = new Map<string, ConfigLayer>();

  constructor(
    private readonly root: string,
    /** `--config` / the action's `config` input: used instead of discovering `.stagecraft.yml`. */
    private readonly explicitConfig: string | null = null,
  ) {}

  private load(path: string, kind: 'stagecraft' | 'hadolint'): ConfigLayer {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const display = relative(process.cwd(), path) || basename(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ConfigError(display, null, `cannot read the configuration file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const isHadolint = kind === 'hadolint' || /hadolint/i.test(basename(path));
    const layer = isHadolint ? parseHadolintConfig(text, display) : parseStagecraftConfig(text, display);
    const base = relative(this.root, dirname(path)).split('\\').join('/');
    layer.baseDir = base.startsWith('..') ? '' : base;
    this.cache.set(path, layer);
    return layer;
  }

  /** The configuration for one Dockerfile: nearest `.hadolint.yaml`, then nearest `.stagecraft.yml` (or --config). */
  configFor(dockerfilePath: string): EffectiveConfig {
    const dir = dirname(resolve(dockerfilePath));
    const layers: ConfigLayer[] = [];
    const hadolint = nearest(dir, this.root, HADOLINT_NAMES);
    if (hadolint) layers.push(this.load(hadolint, 'hadolint'));
    const own = this.explicitConfig ? resolve(this.explicitConfig) : nearest(dir, this.root, STAGECRAFT_NAMES);
    if (own) layers.push(this.load(own, 'stagecraft'));
    const rel = relative(this.root, resolve(dockerfilePath)).split('\\').join('/');
    return resolveConfig(layers, rel);
  }
}

/**
 * The `.dockerignore` that applies when the Dockerfile's folder is the build context (see
 * `readDockerignoreOf`). Returns null when there is none.
 */
export function readDockerignore(dockerfilePath: string): string | null {
  return readDockerignoreOf(dirname(dockerfilePath), { dockerfile: basename(dockerfilePath), context: '' });
}

/**
 * The build context's `package.json` (what `COPY package*.json ./` brings in): its text, or null when
 * there is none or it cannot be read. Rules get it through their context and stay pure.
 */
export function readContextPackageJson(root: string, build: Pick<EffectiveBuild, 'context'>): string | null {
  try {
    return readFileSync(join(root, build.context, 'package.json'), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The `.dockerignore` BuildKit would use for a build under `root` (see `dockerignoreCandidates`:
 * `<Dockerfile>.dockerignore` beside it, else the context's): its text, or null when there is none.
 */
export function readDockerignoreOf(root: string, build: Pick<EffectiveBuild, 'dockerfile' | 'context'>): string | null {
  for (const candidate of dockerignoreCandidates(build)) {
    try {
      return readFileSync(join(root, candidate), 'utf8');
    } catch {
      // Not there: BuildKit looks at the next one.
    }
  }
  return null;
}
