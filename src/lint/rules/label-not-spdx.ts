import type { Rule } from '../types.js';
import { showValue } from './shared/format.js';
import { isSpdxExpression } from './shared/label-values.js';
import { checkTypedLabels } from './shared/labels.js';

export const labelNotSpdx: Rule = {
  id: 'label-not-spdx',
  title: 'An spdx label of the label schema should hold an SPDX license expression',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3054'],
  checkFile(ctx) {
    checkTypedLabels(ctx, 'spdx', isSpdxExpression, (label, value) => `Label \`${label}\` is not a valid SPDX identifier: ${showValue(value)} is not an SPDX license expression; use ids from https://spdx.org/licenses/ such as \`Apache-2.0\` or \`MIT OR Apache-2.0\``);
  },
};
