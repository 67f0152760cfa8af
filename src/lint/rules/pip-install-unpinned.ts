import { hasAnyFlag, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { isPipInstall, noVersion, operandWords, pipInstallArgs, runSites, unpinnedPackages } from './shared/package-managers.js';

/** pip (and pipx) install options that take a value, so the value is not read as a package. */
const PIP_VALUE_FLAGS = [
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation', 'no-binary',
  'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root', 'root-user-action', 'src',
  't', 'target', 'trusted-host', 'upgrade-strategy', 'cache-dir', 'log', 'timeout', 'retries', 'exists-action', 'cert',
  'client-cert', 'global-option', 'install-option', 'config-settings', 'C', 'report', 'keyring-provider', 'pip-args', 'suffix', 'spec',
] as const;

/** Version control schemes pip understands (`git+https://…@v1.2`). */
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;

/**
 * A version specifier (`==`, `>=`, `~=`, `!=`, `<`, …), a VCS reference with a revision (`@v1.2`), a
 * wheel or sdist file, or a path or URL that is not VCS (`./pkg`, `https://…/pkg.zip`).
 */
function isPinned(spec: string): boolean {
  if (/[=<>!~]=|[<>]/.test(spec)) return true;
  if (spec.endsWith('.whl') || spec.endsWith('.tar.gz')) return true;
  if (VCS.test(spec)) return spec.replace(/^[a-z+]+:\/\/[^@/]*@/, '').includes('@');
  return spec.includes('/');
}

/** `-r requirements.txt`, `--requirement …` and `.` install what a file or the project pins; `-c` constrains everything. */
function pinnedElsewhere(cmd: ShellCommand): boolean {
  const args = cmd.args.map((a) => a.value);
  if (args.some((v) => v === '-r' || v === '--requirement' || v === '.' || v.startsWith('--requirement=') || /^-r\S/.test(v))) return true;
  return hasAnyFlag(cmd, ['c', 'constraint']);
}

export const pipInstallUnpinned: Rule = {
  id: 'pip-install-unpinned',
  title: 'Pin versions in pip install',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3013'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const unpinned = site.commands
        .filter((cmd) => isPipInstall(cmd) && !pinnedElsewhere(cmd))
        .flatMap((cmd) => unpinnedPackages(site, cmd, operandWords({ ...cmd, args: pipInstallArgs(cmd) }, PIP_VALUE_FLAGS), isPinned));
      if (unpinned.length === 0) continue;
      const first = unpinned[0]!;
      const pinned = VCS.test(first) ? first.replace(/(\.git)?(#.*)?$/, (_m, git = '', egg = '') => `${git}@<tag or commit>${egg}`) : `${first}==<version>`;
      ctx.reportAt(
        site.instruction,
        `Pin versions in pip: ${noVersion(unpinned)}. ` +
          `Instead of \`pip install ${first}\` use \`pip install ${pinned}\` or \`pip install --requirement <requirements file>\``,
      );
    }
  },
};
