import { instructionToCheck, keywordAsWritten, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** Words a shell would treat specially; a command without them can be rewritten as JSON word for word. */
const SHELL_SYNTAX = /["'`\\$|&;<>(){}*?[\]#~=%!]/;

function execFormOf(ins: Instruction): string {
  const words = ins.args.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || SHELL_SYNTAX.test(ins.args)) return `${keywordAsWritten(ins)} ["executable", "arg"]`;
  return `${keywordAsWritten(ins)} ${JSON.stringify(words).replace(/","/g, '", "')}`;
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
    // ONBUILD triggers run after the whole stage: its last SHELL counts for them, and so do SHELL triggers.
    let triggerShellSet = stage.final.shellLine !== null;
    for (const ins of stage.instructions) {
      const checked = instructionToCheck(ins);
      const isTrigger = checked !== ins;
      if (checked.keyword === 'SHELL' && checked.execForm && checked.execForm.length > 0) {
        if (isTrigger) triggerShellSet = true;
        else shellSet = true;
      }
      if ((checked.keyword !== 'CMD' && checked.keyword !== 'ENTRYPOINT') || checked.execForm !== null) continue;
      if (isTrigger ? triggerShellSet : shellSet) continue;
      ctx.reportAt(
        ins,
        `JSON arguments recommended for ${checked.rawKeyword} to prevent unintended behavior related to OS signals: write \`${execFormOf(checked)}\` so the process runs as PID 1 and receives SIGTERM, not /bin/sh`,
      );
    }
  },
};
