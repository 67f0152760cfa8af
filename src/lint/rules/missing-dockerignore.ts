import type { Rule } from '../types.js';
import { copySpec, wholeContextSource } from '../image/index.js';

/** Whether a `.dockerignore` has any pattern (not just comments and blank lines). */
function hasPatterns(text: string): boolean {
  return text.split(/\r?\n/).some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

export const missingDockerignore: Rule = {
  id: 'missing-dockerignore',
  title: 'The whole build context is copied and there is no .dockerignore',
  severity: 'warning',
  scope: 'reachable',
  aliases: [],
  checkFile(ctx) {
    // Without knowing the context (stdin, a remote context, a caller that did not look), stay quiet.
    if (!ctx.dockerignoreKnown) return;
    if (ctx.dockerignore !== null && hasPatterns(ctx.dockerignore)) return;
    const df = ctx.dockerfile;
    for (const stage of df.stages) {
      if (!ctx.reachable.has(stage.index)) continue;
      for (const ins of stage.instructions) {
        const spec = copySpec(stage, ins);
        const source = spec && wholeContextSource(spec);
        if (!spec || source === null || source === undefined) continue;
        const missing = ctx.dockerignore === null ? 'there is no `.dockerignore`' : 'the `.dockerignore` has no patterns';
        ctx.reportAt(
          ins,
          `\`${ins.keyword} ${source} ${spec.dest}\` copies the whole build context and ${missing}: \`.git\`, local \`node_modules\`, \`.env\` files and build output go into the image, and any change to them invalidates this layer's cache. ` +
            'Add a `.dockerignore` that lists them.',
        );
        return; // one finding per file: the fix is one file
      }
    }
  },
};
