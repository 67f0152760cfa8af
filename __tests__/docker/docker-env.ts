/**
 * Whether the Docker build tests can run here: root, a running dockerd with buildx, and the local base
 * images scripts/ci/setup-docker.sh makes. When they cannot, they skip with a loud message saying why
 * (CI runs the setup script first, so nothing skips there).
 */
import { execFileSync } from 'node:child_process';

/** The second daemon, with the containerd image store (scripts/ci/setup-docker.sh). */
export const OCI_DOCKER_HOST = 'unix:///run/stagecraft-docker-oci.sock';
export const BASE_IMAGES = ['node:18-alpine', 'node:alpine', 'node:18', 'alpine:latest'];

export function docker(args: readonly string[], host?: string): string {
  return execFileSync('docker', [...args], { encoding: 'utf8', env: { ...process.env, ...(host ? { DOCKER_HOST: host } : {}) }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** Null when builds can run against the daemon at `host`; else why not. */
export function dockerUnavailable(host?: string): string | null {
  if (process.getuid?.() !== 0) return 'not running as root';
  try {
    docker(['buildx', 'version']);
    docker(['info', '--format', '{{.ServerVersion}}'], host);
  } catch (err) {
    return `no Docker daemon with buildx${host ? ` at ${host}` : ''} (${(err as Error).message.split('\n')[0]})`;
  }
  const missing = BASE_IMAGES.filter((image) => {
    try {
      docker(['image', 'inspect', image], host);
      return false;
    } catch {
      return true;
    }
  });
  return missing.length > 0 ? `the local base images ${missing.join(', ')} are missing` : null;
}

/** Says loudly why a Docker test file skips. */
export function warnSkipped(what: string, why: string): void {
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPED: ${what}: ${why}.\n!! Run scripts/ci/setup-docker.sh as root (see DEVELOPERS.md) to run them.\n${'!'.repeat(100)}\n`);
}

/** Every image id and container id of a daemon: compared before and after a run to prove nothing was left. */
export function daemonState(host?: string): { images: string[]; containers: string[]; tags: string[] } {
  const lines = (text: string) => text.split('\n').filter(Boolean).sort();
  return {
    images: lines(docker(['image', 'ls', '--all', '--no-trunc', '--quiet'], host)).filter((v, i, a) => a.indexOf(v) === i),
    containers: lines(docker(['container', 'ls', '--all', '--no-trunc', '--quiet'], host)),
    tags: lines(docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], host)),
  };
}
