import type { ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { noVersion, operandWords, runSites, unpinnedPackages } from './shared/package-managers.js';

/** npm options that take a value, so the value is not read as a package or as the subcommand. */
const NPM_VALUE_FLAGS = ['loglevel', 'registry', 'prefix', 'cache', 'userconfig', 'globalconfig', 'omit', 'include', 'only', 'workspace', 'w', 'tag'] as const;

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATH_PREFIXES = ['/', './', '../', '~/'];
const TARBALLS = ['.tar', '.tar.gz', '.tgz'];

/**
 * `name@version` (or `@scope/name@version`, a tag or a range), a git URL with `#commit` or `#semver:`,
 * a tarball, or a folder.
 */
function isPinned(spec: string): boolean {
  if (GIT_PREFIXES.some((p) => spec.startsWith(p))) return spec.includes('#');
  if (TARBALLS.some((s) => spec.endsWith(s))) return true;
  if (PATH_PREFIXES.some((p) => spec.startsWith(p))) return true;
  const withoutScope = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  return withoutScope.includes('@');
}

/**
 * `npm install <packages>` (and its aliases `npm i`, `npm add`). Without packages it installs what
 * package.json and the lockfile say, which is pinned.
 */
function installedPackages(cmd: ShellCommand): ReturnType<typeof operandWords> {
  if (cmd.base !== 'npm') return [];
  const [subcommand, ...packages] = operandWords(cmd, NPM_VALUE_FLAGS);
  return subcommand && ['install', 'i', 'add'].includes(subcommand.value) ? packages : [];
}

export const npmInstallUnpinned: Rule = {
  id: 'npm-install-unpinned',
  title: 'Pin versions in npm install',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3016'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const unpinned = site.commands.flatMap((cmd) => unpinnedPackages(site, cmd, installedPackages(cmd), isPinned));
      if (unpinned.length === 0) continue;
      ctx.reportAt(
        site.instruction,
        `Pin versions in npm: ${noVersion(unpinned)}. ` +
          `Instead of \`npm install ${unpinned[0]}\` use \`npm install ${unpinned[0]}@<version>\``,
      );
    }
  },
};
