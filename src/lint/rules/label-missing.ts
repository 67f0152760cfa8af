import { ancestry } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

export const labelMissing: Rule = {
  id: 'label-missing',
  title: 'The image should carry every label of the label schema',
  severity: 'info',
  scope: 'shipped',
  aliases: ['DL3049'],
  checkFile(ctx) {
    const required = Object.keys(ctx.settings.labelSchema);
    const target = ctx.target;
    if (required.length === 0 || !target) return;
    // The image's labels: those of the target and of the stages it is built FROM (labels are inherited).
    // Builder stages only copied from never become an image, so their labels do not matter.
    const present = new Set<string>();
    for (const stage of ancestry(ctx.dockerfile, target)) {
      for (const ins of stage.instructions) if (ins.keyword === 'LABEL') for (const pair of ins.pairs) present.add(pair.key);
    }
    const stageName = target.name ? `stage \`${target.name}\`` : 'the last stage';
    for (const label of required) {
      if (present.has(label)) continue;
      ctx.reportAt(target.from, `Label \`${label}\` is missing: the image built from ${stageName} does not set it; add \`LABEL ${label}=…\``);
    }
  },
};
