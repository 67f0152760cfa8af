import { expandWord } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { fromArguments } from '../variables.js';

export const redundantTargetPlatform: Rule = {
  id: 'redundant-target-platform',
  title: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
  severity: 'warning',
  scope: 'all',
  aliases: ['RedundantTargetPlatform', 'DL3065'],
  checkStage(stage, ctx) {
    const platform = stage.platform;
    if (platform === null) return;
    const { values } = fromArguments(ctx.dockerfile);
    const expansion = expandWord(platform, { get: (name) => values.get(name) }, { escapeChar: ctx.dockerfile.escapeChar });
    // Only a value that is exactly $TARGETPLATFORM: other variables around it may change the result.
    const onlyTargetPlatform = expansion.matched.size === 1 && expansion.matched.has('TARGETPLATFORM') && expansion.unmatched.size === 0;
    if (!onlyTargetPlatform || expansion.result !== values.get('TARGETPLATFORM')) return;
    ctx.reportAt(
      stage.from,
      `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior: remove \`--platform=${platform}\``,
    );
  },
};
