import { expandWord, scopeLookup } from '../../dockerfile/index.js';
import { flagValues, hasAnyFlag } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { describeCommand, executedCommands, runInstructions } from './shared/run-instructions.js';

/**
 * The UID a `-u`/`--uid` value stands for: the number, with ARG/ENV values filled in; null when it is
 * only known at build time (`-u "$UID"` with no default).
 */
function resolveUid(value: string, lookup: ReturnType<typeof scopeLookup>): string | null {
  if (!value.includes('$')) return value;
  const expanded = expandWord(value, lookup, { keepUnset: true });
  return expanded.error || expanded.result.includes('$') ? null : expanded.result;
}

export const useraddHighUidWithoutL: Rule = {
  id: 'useradd-high-uid-without-l',
  title: 'useradd with a high UID should use -l (--no-log-init)',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3046'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const lookup = scopeLookup(run.scope);
      for (const cmd of executedCommands(run)) {
        if (cmd.base !== 'useradd' || hasAnyFlag(cmd, ['l', 'no-log-init'])) continue;
        // hadolint's threshold: a UID of more than five digits.
        const uid = [...flagValues(cmd, 'u'), ...flagValues(cmd, 'uid')].map((v) => resolveUid(v, lookup)).find((v) => v !== null && v.length > 5);
        if (uid === undefined || uid === null) continue;
        ctx.reportAt(
          instruction,
          `\`useradd\` without flag \`-l\` and high UID will result in excessively large image: \`${describeCommand(cmd)}\` makes /var/log/lastlog and faillog sparse files sized for UID ${uid}, which the layer stores in full; add \`-l\` (\`--no-log-init\`)`,
        );
        break;
      }
    }
  },
};
