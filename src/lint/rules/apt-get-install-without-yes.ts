import { countFlag, hasAnyFlag, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { aptConfigWritten, aptOptions, isAptGetInstall, isTrueWord, runSites, showCommand } from './shared/package-managers.js';

/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q -q`, `-q=2`), which implies yes. */
function answersYes(cmd: ShellCommand): boolean {
  if (hasAnyFlag(cmd, ['y', 'yes', 'assume-yes', 'qq'])) return true;
  if (countFlag(cmd, 'q') >= 2 || countFlag(cmd, 'quiet') >= 2) return true;
  if (cmd.args.some((a) => a.value === '-q=2' || a.value === '--quiet=2')) return true;
  const assumeYes = aptOptions(cmd).get('apt::get::assume-yes');
  return assumeYes !== undefined && isTrueWord(assumeYes);
}

export const aptGetInstallWithoutYes: Rule = {
  id: 'apt-get-install-without-yes',
  title: 'Use the -y switch with apt-get install',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3014'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const waiting = site.commands.find((cmd, i) => {
        if (!isAptGetInstall(cmd) || answersYes(cmd)) return false;
        // `yes | apt-get install …` answers the prompt through the pipe.
        const before = site.commands[i - 1];
        return !(cmd.before === '|' && before?.base === 'yes');
      });
      if (!waiting) continue;
      // `APT::Get::Assume-Yes "true";` written to /etc/apt/apt.conf.d earlier answers for every later apt-get.
      if (aptConfigWritten(ctx.dockerfile, site.instruction, 'APT::Get::Assume-Yes', isTrueWord)) continue;
      ctx.reportAt(
        site.instruction,
        `Use the \`-y\` switch to avoid manual input: \`${showCommand(waiting)}\` asks for a confirmation the build cannot give. ` +
          `Write \`${waiting.name} -y ${showCommand({ ...waiting, name: '' }).trim()}\``,
      );
    }
  },
};
