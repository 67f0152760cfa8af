import { expandWord } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd',
  'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le',
  'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);
const ARCH_ALIASES: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };

/** The OS and architecture containerd's `platforms.Parse` makes of a value (on a linux/amd64 builder), or null. */
function parsePlatform(value: string): { os: string; arch: string } | null {
  if (value.includes('*')) return null;
  const parts = value.split('/');
  if (parts.length > 3) return null;
  const osPart = /^([A-Za-z0-9_-]+)(?:\([A-Za-z0-9_.-]*\))?$/.exec(parts[0]!);
  if (!osPart || parts.slice(1).some((p) => !/^[A-Za-z0-9_.-]+$/.test(p))) return null;
  const os = osPart[1]!.toLowerCase() === 'macos' ? 'darwin' : osPart[1]!.toLowerCase();
  const arch = (name: string) => ARCH_ALIASES[name.toLowerCase()] ?? name.toLowerCase();
  if (parts.length > 1) return { os, arch: arch(parts[1]!) };
  if (KNOWN_OS.has(os)) return { os, arch: 'amd64' };
  return KNOWN_ARCH.has(arch(parts[0]!)) ? { os: 'linux', arch: arch(parts[0]!) } : null;
}

export const fromPlatformFlagConstDisallowed: Rule = {
  id: 'from-platform-flag-const-disallowed',
  title: 'FROM --platform flag should not use a constant value',
  severity: 'warning',
  scope: 'all',
  aliases: ['FromPlatformFlagConstDisallowed', 'DL3029'],
  checkStage(stage, ctx) {
    if (stage.platform === null) return;
    const expansion = expandWord(stage.platform, { get: () => undefined }, { escapeChar: ctx.dockerfile.escapeChar });
    if (expansion.error || expansion.matched.size > 0 || expansion.unmatched.size > 0) return;
    const platform = parsePlatform(expansion.result);
    if (!platform) return;
    // A stage named for its platform (`AS build-arm64`) pins it on purpose.
    const name = stage.name === null ? '' : stage.id;
    if (name.includes(platform.os) || name.includes(platform.arch)) return;
    ctx.reportAt(
      stage.from,
      `FROM --platform flag should not use constant value ${JSON.stringify(expansion.result)}: use \`--platform=$BUILDPLATFORM\` for a stage that only builds, drop the flag to follow the target platform, or name the stage after the platform if it must be pinned`,
    );
  },
};
