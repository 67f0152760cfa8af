import type { ShellCommand, ShellWord } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { noVersion, runSites, unpinnedPackages } from './shared/package-managers.js';

/**
 * gem install options that take no value. hadolint reads every other option as taking the next word;
 * knowing these keeps `gem install --no-document rails` from hiding `rails`.
 */
const GEM_SWITCHES = new Set([
  'N', 'no-document', 'no-ri', 'no-rdoc', 'document', 'conservative', 'minimal-deps', 'user-install', 'no-user-install', 'f', 'force',
  'no-force', 'l', 'local', 'r', 'remote', 'b', 'both', 'clear-sources', 'E', 'env-shebang', 'no-env-shebang', 'ignore-dependencies',
  'prerelease', 'no-prerelease', 'q', 'quiet', 'V', 'verbose', 'no-verbose', 'development', 'development-all', 'wrappers', 'no-wrappers',
  'norc', 'backtrace', 'debug', 'default', 'explain', 'lock', 'no-lock', 'post-install-message', 'no-post-install-message', 'suggestions',
  'no-suggestions', 'vendor', 'format-executable', 'no-format-executable', 'update-sources', 'no-update-sources', 'system', 'silent',
]);

function switchName(word: string): string {
  return word.replace(/^--?/, '').split('=')[0]!;
}

/** The gems a `gem install` (or `gem i`) names; none when `-v`/`--version` pins them all. */
function installedGems(cmd: ShellCommand): ShellWord[] {
  if (cmd.base !== 'gem') return [];
  const args = cmd.args;
  const at = args.findIndex((a) => a.value === 'install' || a.value === 'i');
  if (at < 0) return [];
  if (args.some((a) => a.value === '-v' || a.value === '--version' || a.value.startsWith('--version=') || /^-v\S/.test(a.value))) return [];
  const gems: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    // Everything after `--` goes to the gem's build, not to gem install.
    if (word.value === '--') break;
    if (i === at) continue;
    if (word.value.startsWith('-')) {
      if (!word.value.includes('=') && !GEM_SWITCHES.has(switchName(word.value))) i++;
      continue;
    }
    if (i > at) gems.push(word);
  }
  return gems;
}

/** `rails:7.1.3`, or a local `.gem` file. */
function isPinned(gem: string): boolean {
  return gem.includes(':') || gem.endsWith('.gem');
}

export const gemInstallUnpinned: Rule = {
  id: 'gem-install-unpinned',
  title: 'Pin versions in gem install',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3028'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const unpinned = site.commands.flatMap((cmd) => unpinnedPackages(site, cmd, installedGems(cmd), isPinned));
      if (unpinned.length === 0) continue;
      ctx.reportAt(
        site.instruction,
        `Pin versions in gem install: ${noVersion(unpinned)}. ` +
          `Instead of \`gem install ${unpinned[0]}\` use \`gem install ${unpinned[0]}:<version>\``,
      );
    }
  },
};
