import type { Rule } from '../types.js';
import { argSources, describeReference, pinnedExample } from './shared/base-image.js';

export const baseImageUsesLatest: Rule = {
  id: 'base-image-uses-latest',
  title: 'Do not build FROM the latest tag',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3007'],
  checkStage(stage, ctx) {
    const base = stage.base;
    if (base.kind !== 'image' || base.image === null) return;
    const { image } = base;
    // A digest pins the content whatever the tag says.
    if (image.tag !== 'latest' || image.digest !== null) return;
    const sources = argSources(ctx.dockerfile, base.raw);
    const example = sources.length === 1 && base.namedContext === undefined ? `\`ARG ${sources[0]!.name}=…:<version>\`` : pinnedExample(base, image);
    ctx.reportAt(
      stage.from,
      `Using latest is prone to errors if the image will ever update: ${describeReference(ctx.dockerfile, base)} ` +
        `changes under you with every new release. Pin the version explicitly to a release tag, e.g. ${example}`,
    );
  },
};
