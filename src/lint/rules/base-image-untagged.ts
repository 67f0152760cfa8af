import type { Rule } from '../types.js';
import { argSources, describeReference, pinnedExample } from './shared/base-image.js';

export const baseImageUntagged: Rule = {
  id: 'base-image-untagged',
  title: 'Always tag the version of an image explicitly',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3006'],
  checkStage(stage, ctx) {
    const base = stage.base;
    // A previous stage, scratch, or a reference whose ARGs have no default: nothing to pin here.
    if (base.kind !== 'image' || base.image === null) return;
    const { image } = base;
    if (image.tag !== null || image.digest !== null) return;
    const sources = argSources(ctx.dockerfile, base.raw);
    const fix = sources.length === 1 && base.namedContext === undefined ? `the default, e.g. \`ARG ${sources[0]!.name}=${base.expanded}:<version>\`` : `a release, e.g. ${pinnedExample(base, image)}`;
    ctx.reportAt(
      stage.from,
      `Always tag the version of an image explicitly: ${describeReference(ctx.dockerfile, base)} has no tag, ` +
        `so every build takes whatever \`latest\` is that day. Pin ${fix}, or a digest`,
    );
  },
};
