import type { Rule } from '../types.js';

export const maintainerDeprecated: Rule = {
  id: 'maintainer-deprecated',
  title: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  severity: 'warning',
  scope: 'all',
  aliases: ['MaintainerDeprecated', 'DL4000'],
  checkFile(ctx) {
    for (const ins of ctx.dockerfile.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const author = JSON.stringify(ins.args);
      ctx.reportAt(ins, `Maintainer instruction is deprecated in favor of using label: write \`LABEL org.opencontainers.image.authors=${author}\``);
    }
  },
};
