import type { Rule } from '../types.js';

/** Names BuildKit gives a meaning of its own: the empty image and the build context. */
const RESERVED = new Set(['scratch', 'context']);

export const reservedStageName: Rule = {
  id: 'reserved-stage-name',
  title: 'Reserved words should not be used as stage names',
  severity: 'warning',
  scope: 'all',
  aliases: ['ReservedStageName', 'DL3063'],
  checkStage(stage, ctx) {
    if (stage.name === null || !RESERVED.has(stage.id)) return;
    const meaning = stage.id === 'scratch' ? 'the empty base image (`FROM scratch`)' : 'the build context (`COPY --from=context`)';
    ctx.reportAt(
      stage.from,
      `Stage name should not use the same name as reserved stage "${stage.id}": the name hides ${meaning} from later instructions; rename the stage`,
    );
  },
};
