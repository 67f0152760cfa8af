import type { Rule } from '../types.js';
import { showValue } from './shared/format.js';
import { isGitHash } from './shared/label-values.js';
import { checkTypedLabels } from './shared/labels.js';

export const labelNotGitHash: Rule = {
  id: 'label-not-git-hash',
  title: 'A hash label of the label schema should hold a git commit id',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3055'],
  checkFile(ctx) {
    checkTypedLabels(ctx, 'hash', isGitHash, (label, value) => `Label \`${label}\` is not a valid git hash: ${showValue(value)} is not a lower-case hex commit id (7 to 40 digits, as \`git rev-parse HEAD\` prints)`);
  },
};
