import type { Rule } from '../types.js';
import { showValue } from './shared/format.js';
import { isEmail } from './shared/label-values.js';
import { checkTypedLabels } from './shared/labels.js';

export const labelNotEmail: Rule = {
  id: 'label-not-email',
  title: 'An email label of the label schema should hold an email address',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3058'],
  checkFile(ctx) {
    checkTypedLabels(ctx, 'email', isEmail, (label, value) => `Label \`${label}\` is not a valid email format - must conform to RFC5322: ${showValue(value)} is not an address like \`dev@example.com\` or \`Jane Doe <dev@example.com>\``);
  },
};
