import type { Rule } from '../types.js';
import { showValue } from './shared/format.js';
import { isSemver } from './shared/label-values.js';
import { checkTypedLabels } from './shared/labels.js';

export const labelNotSemver: Rule = {
  id: 'label-not-semver',
  title: 'A semver label of the label schema should hold a semantic version',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3056'],
  checkFile(ctx) {
    checkTypedLabels(ctx, 'semver', isSemver, (label, value) => `Label \`${label}\` does not conform to semantic versioning: ${showValue(value)} ${isSemver(value.replace(/^v/, '')) ? 'has a leading `v` SemVer does not allow; write it without' : 'is not MAJOR.MINOR.PATCH, e.g. `1.4.2` or `2.0.0-rc.1`'}`);
  },
};
