import type { Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** Words a shell would treat specially; a command without them can be rewritten as JSON word for word. */
const SHELL_SYNTAX = /["'`\\$|&;<>(){}*?[\]#~=%!]/;

function execFormOf(ins: Instruction): string {
  const words = ins.args.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || SHELL_SYNTAX.test(ins.args)) return `${ins.rawKeyword} ["executable", "arg"]`;
  return `${ins.rawKeyword} ${JSON.stringify(words).replace(/","/g, '", "')}`;
}

export const jsonArgsRecommended: Rule = {
  id: 'json-args-recommended',
  title: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  severity: 'warning',
  scope: 'all',
  aliases: ['JSONArgsRecommended', 'DL3025'],
  checkStage(stage, ctx) {
    // A SHELL (here or in a stage this one is built FROM) says the shell form is intended.
    let shellSet = stage.initial.shellLine !== null;
    for (const ins of stage.instructions) {
      if (ins.keyword === 'SHELL' && ins.execForm && ins.execForm.length > 0) shellSet = true;
      if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.execForm !== null || shellSet) continue;
      ctx.reportAt(
        ins,
        `JSON arguments recommended for ${ins.rawKeyword} to prevent unintended behavior related to OS signals: write \`${execFormOf(ins)}\` so the process runs as PID 1 and receives SIGTERM, not /bin/sh`,
      );
    }
  },
};
