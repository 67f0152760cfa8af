import type { Rule } from '../types.js';

export const duplicateStageName: Rule = {
  id: 'duplicate-stage-name',
  title: 'Stage names should be unique',
  severity: 'warning',
  scope: 'all',
  aliases: ['DuplicateStageName', 'DL3024'],
  checkFile(ctx) {
    const firstLine = new Map<string, number>();
    for (const stage of ctx.dockerfile.stages) {
      if (stage.name === null) continue;
      const first = firstLine.get(stage.id);
      if (first === undefined) {
        firstLine.set(stage.id, stage.from.line);
        continue;
      }
      ctx.reportAt(
        stage.from,
        `Duplicate stage name "${stage.id}", stage names should be unique: the stage on line ${first} has it too, so \`--target ${stage.id}\` and \`COPY --from=${stage.id}\` can only reach one of them; rename one`,
      );
    }
  },
};
