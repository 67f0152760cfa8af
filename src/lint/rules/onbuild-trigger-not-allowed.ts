import type { Rule } from '../types.js';

const FORBIDDEN_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const onbuildTriggerNotAllowed: Rule = {
  id: 'onbuild-trigger-not-allowed',
  title: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3043'],
  checkFile(ctx) {
    for (const ins of ctx.dockerfile.instructions) {
      const trigger = ins.trigger;
      if (ins.keyword !== 'ONBUILD' || !trigger || !FORBIDDEN_TRIGGERS.has(trigger.keyword)) continue;
      ctx.reportAt(
        ins,
        `\`ONBUILD\`, \`FROM\` or \`MAINTAINER\` triggered from within \`ONBUILD\` instruction: \`ONBUILD ${trigger.rawKeyword}\` is refused by Docker, ` +
          `which stops the build at this line. Remove it${trigger.keyword === 'MAINTAINER' ? ' (use `LABEL org.opencontainers.image.authors=…` in this image instead)' : ''}`,
      );
    }
  },
};
