import type { Rule } from '../types.js';
import { showValue } from './shared/format.js';
import { isUrl } from './shared/label-values.js';
import { checkTypedLabels } from './shared/labels.js';

export const labelNotUrl: Rule = {
  id: 'label-not-url',
  title: 'A url label of the label schema should hold an absolute URL',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3052'],
  checkFile(ctx) {
    checkTypedLabels(ctx, 'url', isUrl, (label, value) => `Label \`${label}\` is not a valid URL: ${showValue(value)} is not an absolute URL; write it with its scheme, e.g. \`https://example.com/…\``);
  },
};
