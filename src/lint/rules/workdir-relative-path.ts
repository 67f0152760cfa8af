import { ancestry } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables, resolveWord } from '../variables.js';

/** `/app` on Linux; `C:\app` and `C:/app` as Windows builders read them. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}

export const workdirRelativePath: Rule = {
  id: 'workdir-relative-path',
  title: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  severity: 'warning',
  scope: 'all',
  aliases: ['WorkdirRelativePath', 'DL3000'],
  checkStage(stage, ctx) {
    const df = ctx.dockerfile;
    // Only the first WORKDIR of the whole chain matters: fixing it anchors every later relative one.
    let workdirSet = ancestry(df, stage)
      .slice(1)
      .some((parent) => parent.instructions.some((ins) => ins.keyword === 'WORKDIR'));
    forEachInstructionVariables(df, stage, (ins, variables) => {
      if (ins.keyword !== 'WORKDIR') return;
      const path = resolveWord(ins.args, variables, df.escapeChar);
      if (!workdirSet && path !== null && !isAbsolute(path)) {
        const absolute = `/${path.replace(/^(\.\/)+/, '')}`;
        ctx.reportAt(ins, `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes: write \`WORKDIR ${absolute}\` (or the absolute path you mean)`);
      }
      workdirSet = true;
    });
  },
};
