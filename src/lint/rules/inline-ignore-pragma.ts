import type { Rule } from '../types.js';

/** `# hadolint ignore=DL3008,DL3015` or `# stagecraft ignore=…` — not the `global` or `stage` forms. */
const INLINE_PRAGMA = /^(hadolint|stagecraft)\s+ignore\s*=\s*([\w\-.*]+(?:\s*,\s*[\w\-.*]+)*)/i;

export const inlineIgnorePragma: Rule = {
  id: 'inline-ignore-pragma',
  title: 'Do not silence findings with inline ignore pragmas',
  severity: 'info',
  scope: 'all',
  aliases: ['DL1001'],
  off: true,
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const comment of df.comments) {
      if (comment.embedded) continue;
      const pragma = INLINE_PRAGMA.exec(comment.text);
      if (!pragma) continue;
      const codes = pragma[2]!.split(',').map((c) => c.trim()).join(', ');
      const next = df.instructions.find((i) => i.line > comment.line);
      const where = next ? `on line ${next.line}` : 'on the next instruction';
      ctx.report({
        line: comment.line,
        message:
          `Please refrain from using inline ignore pragmas: \`# ${comment.text}\` silences ${codes} ${where}. ` +
          'Fix the finding, or ignore the rule in `.hadolint.yaml` / `.stagecraft.yml` where exceptions are reviewed in one place',
      });
    }
  },
};
