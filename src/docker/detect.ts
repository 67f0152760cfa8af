import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CommandRunner } from './runner.js';

/** What the builder is and can do; said in the log once per run. */
export interface BuilderInfo {
  /** `docker`, `docker-container`, `kubernetes`, `remote`, `cloud`; null when buildx could not say. */
  driver: string | null;
  buildxVersion: string | null;
  buildkitVersion: string | null;
  /** For the `docker` driver: the daemon's image store. Other drivers keep images in BuildKit. */
  imageStore: 'classic' | 'containerd' | null;
  /** Where measured images go: loaded into the classic store, or exported as an OCI layout. */
  output: 'load' | 'oci';
  /** `--cache-to` other than inline. */
  cacheExport: boolean;
  /** `--call=check` (buildx 0.15 and later). */
  callCheck: boolean;
}

/** `github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3` or `github.com/docker/buildx v0.17.1 abc123` → `0.13.1`. */
export function parseBuildxVersion(text: string): string | null {
  return /buildx\s+v?(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1] ?? null;
}

/**
 * The `Driver:`, first `BuildKit version:` (or `Buildkit:`) and first `Error:` of `docker buildx inspect`,
 * which exits 0 with an empty driver and an `Error:` line when the daemon cannot be reached.
 */
export function parseBuildxInspect(text: string): { driver: string | null; buildkitVersion: string | null; error?: string } {
  const driver = /^Driver:[ \t]*(\S+)/m.exec(text)?.[1] ?? null;
  const buildkitVersion = /^(?:BuildKit version|Buildkit):[ \t]*(\S+)/im.exec(text)?.[1] ?? null;
  const error = /^Error:[ \t]*(.+)$/m.exec(text)?.[1]?.trim();
  return error ? { driver, buildkitVersion, error } : { driver, buildkitVersion };
}

/** `docker info --format '{{json .DriverStatus}}'`: the containerd store shows a snapshotter driver type. */
export function parseImageStore(driverStatusJson: string): 'classic' | 'containerd' {
  return /io\.containerd\.snapshotter/.test(driverStatusJson) ? 'containerd' : 'classic';
}

export function atLeast(version: string | null, wanted: string): boolean {
  if (!version) return false;
  const a = version.split('.').map(Number);
  const b = wanted.split('.').map(Number);
  for (let i = 0; i < b.length; i++) {
    if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i]!;
  }
  return true;
}

/** What the driver and store allow, from the facts detected. */
export function abilitiesOf(facts: Pick<BuilderInfo, 'driver' | 'buildxVersion' | 'buildkitVersion' | 'imageStore'>): BuilderInfo {
  const docker = facts.driver === 'docker' || facts.driver === null;
  const containerd = facts.imageStore === 'containerd';
  return {
    ...facts,
    // The classic store cannot take an OCI layout; BuildKit's own drivers and the containerd store export one.
    output: docker && !containerd ? 'load' : 'oci',
    // The docker driver exports cache (other than inline) only on the containerd store.
    cacheExport: !docker || containerd,
    callCheck: atLeast(facts.buildxVersion, '0.15'),
  };
}

/**
 * `docker info --format '{{json .}}'`: the buildx plugin's version (the CLI lists its plugins) and the
 * daemon's image store, in one process. Either is null when the output does not say.
 */
export function parseDockerInfo(json: string): { buildxVersion: string | null; imageStore: 'classic' | 'containerd' | null } {
  try {
    const info = JSON.parse(json) as { DriverStatus?: unknown; ClientInfo?: { Plugins?: { Name?: string; Version?: string }[] } };
    const buildx = (info.ClientInfo?.Plugins ?? []).find((plugin) => plugin.Name === 'buildx');
    return {
      buildxVersion: /v?(\d+\.\d+(?:\.\d+)?)/.exec(buildx?.Version ?? '')?.[1] ?? null,
      imageStore: Array.isArray(info.DriverStatus) ? parseImageStore(JSON.stringify(info.DriverStatus)) : null,
    };
  } catch {
    return { buildxVersion: null, imageStore: null };
  }
}

/**
 * Asks buildx and the daemon, both at once: `docker buildx inspect` (driver, BuildKit) and `docker info`
 * (buildx's version, the image store). Starting a docker CLI costs a few hundred milliseconds on a busy
 * runner, so `docker buildx version` runs only when `docker info` cannot name buildx's version or
 * buildx fails (its message says why). Where no builder was ever created (`onlyDefaultBuilders`) and none
 * is asked for, every builder there is uses the `docker` driver, and `docker info` alone says the rest:
 * buildx is the slowest CLI to start, and the builds wait for this answer.
 */
export async function detectBuilder(runner: CommandRunner, builder: string | null, env?: Record<string, string>, options: { buildxConfigDir?: string } = {}): Promise<BuilderInfo | { error: string }> {
  // Asked once: when the shortcut cannot answer, its answer still serves the full detection.
  const asked = runner.run('docker', ['info', '--format', '{{json .}}'], { env, timeoutMs: 30_000 });
  const shortcut = builder === null && onlyDefaultBuilders({ ...process.env, ...env }, options.buildxConfigDir);
  if (shortcut) {
    const info = await asked;
    const daemon = info.code === 0 ? parseDockerInfo(info.stdout) : null;
    if (daemon?.buildxVersion && daemon.imageStore) return abilitiesOf({ driver: 'docker', buildxVersion: daemon.buildxVersion, buildkitVersion: null, imageStore: daemon.imageStore });
  }
  const [inspect, info] = await Promise.all([runner.run('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], { env, timeoutMs: 60_000 }), asked]);
  const daemon = info.code === 0 ? parseDockerInfo(info.stdout) : { buildxVersion: null, imageStore: null };
  let buildxVersion = daemon.buildxVersion;
  if (inspect.code !== 0 || buildxVersion === null) {
    const version = await runner.run('docker', ['buildx', 'version'], { env, timeoutMs: 30_000 });
    if (version.code !== 0) return { error: `docker buildx is not available (${firstLine(version.stderr) || `exit ${version.code}`})` };
    buildxVersion = parseBuildxVersion(version.stdout);
  }
  if (inspect.code !== 0) return { error: `docker buildx inspect ${builder ?? ''} failed: ${firstLine(inspect.stderr)}`.replace('  ', ' ') };
  const { driver, buildkitVersion, error } = parseBuildxInspect(inspect.stdout);
  if (error && driver === null) return { error: `the builder ${builder ?? 'default'} cannot be reached: ${error}` };
  let imageStore: BuilderInfo['imageStore'] = null;
  if (driver === 'docker') {
    if (info.code !== 0 || daemon.imageStore === null) return { error: `docker info failed: ${firstLine(info.stderr) || 'it does not list the storage driver'}` };
    imageStore = daemon.imageStore;
  }
  return abilitiesOf({ driver, buildxVersion, buildkitVersion, imageStore });
}

/**
 * Whether the only builders buildx knows are the docker contexts' own (`docker` driver): no builder was
 * created (`docker buildx create`, docker/setup-buildx-action) in its configuration folder
 * (`BUILDX_CONFIG`, else `$DOCKER_CONFIG/buildx`, else `~/.docker/buildx`), and neither `BUILDX_BUILDER`
 * nor `BUILDKIT_HOST` names one. Anything unreadable or unexpected answers false: buildx is asked then.
 */
export function onlyDefaultBuilders(env: Record<string, string | undefined>, configDir?: string): boolean {
  // BUILDKIT_HOST makes buildx's default builder a remote one.
  if (env.BUILDX_BUILDER || env.BUILDKIT_HOST) return false;
  const dir = configDir ?? env.BUILDX_CONFIG ?? join(env.DOCKER_CONFIG ?? join(env.HOME || homedir(), '.docker'), 'buildx');
  try {
    return readdirSync(join(dir, 'instances')).length === 0;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** One line for the log: what builds here and what it can do. */
export function describeBuilder(info: BuilderInfo): string {
  const store = info.imageStore ? ` on the ${info.imageStore} image store` : '';
  const how = info.output === 'load' ? 'images are loaded and measured in the image store (uncompressed)' : 'images are exported as OCI layouts and measured compressed and uncompressed';
  return (
    `Builder: ${info.driver ?? 'unknown'} driver${store}, buildx ${info.buildxVersion ?? '?'}, BuildKit ${info.buildkitVersion ?? (info.driver === 'docker' ? "the daemon's" : '?')}; ${how}; ` +
    `cache export ${info.cacheExport ? 'available' : 'inline only'}; --call=check ${info.callCheck ? 'available' : 'needs buildx 0.15'}.`
  );
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
