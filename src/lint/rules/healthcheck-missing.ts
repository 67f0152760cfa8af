import { ancestry } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

export const healthcheckMissing: Rule = {
  id: 'healthcheck-missing',
  title: '`HEALTHCHECK` instruction missing',
  severity: 'info',
  scope: 'shipped',
  aliases: ['DL3057'],
  off: true,
  checkFile(ctx) {
    const target = ctx.target;
    if (!target) return;
    // Only the image the build produces runs as a container; a HEALTHCHECK (even `HEALTHCHECK NONE`)
    // anywhere along its FROM chain is part of its configuration.
    const chain = ancestry(ctx.dockerfile, target);
    if (chain.some((stage) => stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) return;
    const image = target.name ? `the image built from stage \`${target.name}\`` : 'the image';
    ctx.reportAt(
      target.from,
      `\`HEALTHCHECK\` instruction missing: ${image} defines none, so Docker and orchestrators only know whether its process runs, not whether it serves. ` +
        'Add e.g. `HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1`, or `HEALTHCHECK NONE` to say it has none on purpose',
    );
  },
};
