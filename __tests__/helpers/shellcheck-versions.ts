import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where CI unpacks ShellCheck versions beside the one on PATH: `/opt/shellcheck-0.10/usr/bin/shellcheck`. */
const UNPACKED = '/opt';

function versionOf(command: string): string | null {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) return null;
  return /version:\s*v?(\d+\.\d+)/.exec(probe.stdout)?.[1] ?? null;
}

let found: Map<string, string> | null = null;

/**
 * The ShellCheck programs installed here, by minor version (`0.9`, `0.10`): `$STAGECRAFT_SHELLCHECK`,
 * `shellcheck` on PATH, and ShellCheck packages unpacked under /opt (`dpkg -x` of another release's
 * .deb). The first one found for a version is kept.
 */
export function installedShellchecks(): ReadonlyMap<string, string> {
  if (found) return found;
  const candidates = [process.env.STAGECRAFT_SHELLCHECK, 'shellcheck'];
  if (existsSync(UNPACKED)) {
    for (const dir of readdirSync(UNPACKED).filter((d) => d.startsWith('shellcheck')).sort()) {
      candidates.push(join(UNPACKED, dir, 'usr/bin/shellcheck'), join(UNPACKED, dir, 'bin/shellcheck'), join(UNPACKED, dir, 'shellcheck'));
    }
  }
  found = new Map();
  for (const command of candidates) {
    if (!command || (command.includes('/') && !existsSync(command))) continue;
    const version = versionOf(command);
    if (version && !found.has(version)) found.set(version, command);
  }
  return found;
}

/** The ShellCheck versions the tests run under: before and after ShellCheck learnt BusyBox (0.10). CI installs both. */
export const TESTED_SHELLCHECK_VERSIONS = ['0.9', '0.10'] as const;

/** A test title that says why it is skipped when that ShellCheck version is not installed. */
export function titleFor(title: string, version: string): string {
  return installedShellchecks().has(version)
    ? `${title} (ShellCheck ${version})`
    : `${title} (ShellCheck ${version}: skipped, not installed — put it on PATH, in /opt/shellcheck-${version}/ or in STAGECRAFT_SHELLCHECK)`;
}
