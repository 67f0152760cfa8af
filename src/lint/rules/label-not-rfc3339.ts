import type { Rule } from '../types.js';
import { showValue } from './shared/format.js';
import { isRfc3339 } from './shared/label-values.js';
import { checkTypedLabels } from './shared/labels.js';

export const labelNotRfc3339: Rule = {
  id: 'label-not-rfc3339',
  title: 'An rfc3339 label of the label schema should hold an RFC 3339 timestamp',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3053'],
  checkFile(ctx) {
    checkTypedLabels(ctx, 'rfc3339', isRfc3339, (label, value) => `Label \`${label}\` is not a valid time format - must conform to RFC3339: ${showValue(value)} is not a timestamp like \`2024-05-01T12:00:00Z\` (\`date -u +%Y-%m-%dT%H:%M:%SZ\`)`);
  },
};
